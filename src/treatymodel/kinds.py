"""The kinds of records with an id, declared once.

A dossier holds records of eleven top-level kinds (states, organizations, persons,
offices, visits, meetings, decisions, agreements, sources, quotes, and the tenures,
which have no id) and nested records with ids of their own: the events of a visit's
or a meeting's program, the sections and commitments of an agreement, the bodies of
an organization. `KINDS` lists every kind with an id: where its records sit, which
field holds the id, whether lookups and the duplicate-id rule see it, and which
table of the frames lists it. `REFERENCES` says which fields of which record refer
to a kind by id. The dossier index, `merge`, the validation indexes and the
duplicate-id rule read these tables, so a new kind of record is one class plus its
entry here.

A field of a record is a reference when it holds the id of another record
(``Tenure.person``); references through a typed reference (``StateRef``...) need no
entry, their type says it. A field named ``sources`` always holds source ids.

Example:
    >>> from treatymodel import datasets
    >>> from treatymodel.kinds import KIND, records
    >>> [s.code for s in records(datasets.load("ru-kz-2025"), KIND["state"])]
    ['RUS', 'KAZ']
"""

from __future__ import annotations

import operator
from collections.abc import Iterator, Mapping, Sequence
from types import MappingProxyType
from typing import Any

import attrs

from treatymodel._fielddocs import documented
from treatymodel.agreements import Agreement, PartyAction, Relation, Signature
from treatymodel.meetings import Decision, Meeting, Participant
from treatymodel.parties import Body, MembershipAct, Organization, State
from treatymodel.people import Office, Person, Tenure
from treatymodel.provisions import Commitment, Section
from treatymodel.sources import Quote, Source
from treatymodel.values import Place
from treatymodel.visits import Event, Visit

__all__ = [
    "KIND",
    "KINDS",
    "LABELS",
    "LOCAL_REFERENCES",
    "NESTED",
    "REFERENCES",
    "SOURCE_FIELD",
    "TOP_LEVEL",
    "UNKEYED",
    "Kind",
    "references_of",
    "records",
]


@documented
@attrs.frozen(kw_only=True)
class Kind:
    """One kind of record with an id.

    Example:
        >>> KIND["event"].within
        ('visit', 'meeting')
    """

    name: str
    """What the rules and lookups call it (``"person"``)."""
    cls: type
    """The record class."""
    field: str
    """The field holding the records: of the `Dossier` for a top-level kind, else of each container."""
    id_field: str = "id"
    """The field holding the id (``"code"`` for states)."""
    within: tuple[str, ...] = ()
    """The kinds whose records hold these, in order; empty for a top-level kind."""
    children: str | None = None
    """A field of each record holding more records of the kind (``subsections``)."""
    indexed: bool = True
    """Whether the dossier's lookups by id (`Dossier.has`) see the kind."""
    unique: bool = True
    """Whether an id may not repeat among the kind's records of a dossier (rule ``TM-S003``)."""
    table: str | None = None
    """The table of the frames with one row per record (`treatymodel.tables`); ``None`` when none has."""

    @property
    def top_level(self) -> bool:
        """Whether the records sit in the dossier itself."""
        return not self.within

    def id_of(self, record: Any) -> str:
        """The id of one record of the kind."""
        found: str = getattr(record, self.id_field)
        return found


#: Every kind with an id, top-level kinds first, in the order of the `Dossier`'s fields.
KINDS: tuple[Kind, ...] = (
    Kind(name="state", cls=State, field="states", id_field="code"),
    Kind(name="organization", cls=Organization, field="organizations"),
    Kind(name="person", cls=Person, field="persons", table="persons"),
    Kind(name="office", cls=Office, field="offices", table="offices"),
    Kind(name="visit", cls=Visit, field="visits", table="visits"),
    Kind(name="meeting", cls=Meeting, field="meetings", table="meetings"),
    Kind(name="decision", cls=Decision, field="decisions", table="decisions"),
    Kind(name="agreement", cls=Agreement, field="agreements", table="agreements"),
    Kind(name="source", cls=Source, field="sources", table="sources"),
    Kind(name="quote", cls=Quote, field="quotes", table="quotes"),
    Kind(name="event", cls=Event, field="program", within=("visit", "meeting"), table="events"),
    Kind(
        name="section",
        cls=Section,
        field="sections",
        within=("agreement",),
        children="subsections",
        indexed=False,
        table="sections",
    ),
    Kind(
        name="commitment",
        cls=Commitment,
        field="commitments",
        within=("agreement",),
        indexed=False,
        table="commitments",
    ),
    # Bodies are named within their organization; the rules do not ask for unique ids yet.
    Kind(name="body", cls=Body, field="bodies", within=("organization",), indexed=False, unique=False),
)

#: The kinds by name.
KIND: Mapping[str, Kind] = MappingProxyType({kind.name: kind for kind in KINDS})

#: The kinds whose records sit in the dossier itself.
TOP_LEVEL: tuple[Kind, ...] = tuple(kind for kind in KINDS if kind.top_level)

#: The kinds whose records sit inside other records.
NESTED: tuple[Kind, ...] = tuple(kind for kind in KINDS if not kind.top_level)

#: Fields of the `Dossier` holding records without an id, with their class.
UNKEYED: tuple[tuple[str, type], ...] = (("tenures", Tenure),)

#: The name of the field that, on any record of facts, lists the ids of its sources.
SOURCE_FIELD = "sources"

#: Per record class, the fields holding ids of other records, with the kind they name.
#: A field may hold one id, an optional id or a tuple of ids.
REFERENCES: Mapping[type, Mapping[str, str]] = MappingProxyType(
    {
        MembershipAct: {"decision": "decision"},
        Organization: {"founding_agreement": "agreement", "accession_agreements": "agreement"},
        Tenure: {"person": "person", "office": "office"},
        Event: {"participants": "person"},
        Visit: {
            "guest": "person",
            "guest_state": "state",
            "host": "person",
            "host_state": "state",
            "agreements": "agreement",
            "invited_by": "person",
        },
        Participant: {"person": "person"},
        Meeting: {
            "organization": "organization",
            "host_state": "state",
            "agreements": "agreement",
            "decisions": "decision",
        },
        Decision: {
            "organization": "organization",
            "agreement": "agreement",
            "creates": "organization",
            "meeting": "meeting",
        },
        Place: {"state": "state"},
        Signature: {"signatory": "person", "office": "office"},
        PartyAction: {"performed_by": "person"},
        Relation: {"target": "agreement"},
        Commitment: {"organizations": "organization", "agreements": "agreement"},
        Agreement: {"published_in": "source"},
        Quote: {"source": "source", "agreement": "agreement"},
    }
)


#: Per record class, the fields holding ids of nested records of the same container (a
#: commitment's section in its agreement, a meeting's body of its organization): the
#: reference rules of each container check them, not the dossier-wide reference walk.
LOCAL_REFERENCES: Mapping[type, Mapping[str, str]] = MappingProxyType(
    {
        Commitment: {"section": "section"},
        Meeting: {"body": "body"},
        Decision: {"body": "body"},
    }
)

#: Per record class, the fields holding an id that names no record: a label shared by
#: several records (the visits of one trip).
LABELS: Mapping[type, tuple[str, ...]] = MappingProxyType({Visit: ("trip",)})


def references_of(cls: type) -> dict[str, str]:
    """The fields of ``cls`` that hold ids of other records, with the kind each names.

    The declared `REFERENCES` and, on a record of facts, its `SOURCE_FIELD`.

    Example:
        >>> from treatymodel import Tenure
        >>> references_of(Tenure)
        {'person': 'person', 'office': 'office', 'sources': 'source'}
    """
    found = dict(REFERENCES.get(cls, {}))
    if attrs.has(cls):
        field = attrs.fields_dict(attrs.resolve_types(cls)).get(SOURCE_FIELD)
        if field is not None and field.type == tuple[str, ...]:  # not the dossier's Source records
            found[SOURCE_FIELD] = "source"
    return found


def records(dossier: Any, kind: Kind) -> Iterator[Any]:
    """Every record of ``kind`` in ``dossier``, containers in order, parents before their children.

    Example:
        >>> from treatymodel import datasets
        >>> next(records(datasets.load("ru-kz-2025"), KIND["event"])).id
        'arrival'
    """
    return iter(_records(dossier, kind))


def ids(dossier: Any, kind: Kind) -> list[str]:
    """The ids of every record of ``kind`` in ``dossier``, in the order of `records`.

    Example:
        >>> from treatymodel import datasets
        >>> ids(datasets.load("ru-kz-2025"), KIND["state"])
        ['RUS', 'KAZ']
    """
    return list(map(operator.attrgetter(kind.id_field), _records(dossier, kind)))


def _records(dossier: Any, kind: Kind) -> Sequence[Any]:
    # Lists, not nested generators: the index and the duplicate-id rule read every
    # record of every kind, and a generator per level costs a resumption per record.
    if kind.top_level:
        found: Sequence[Any] = getattr(dossier, kind.field)
        return found
    field, children = kind.field, kind.children
    out: list[Any] = []
    for container in kind.within:
        for holder in _records(dossier, KIND[container]):
            if children is None:
                out += getattr(holder, field)
                continue
            grown = list(getattr(holder, field))
            # Grows while it is read, so that the children are read too (breadth-first).
            for record in grown:
                grown += getattr(record, children)
            out += grown
    return out
