"""What the converter and the schema generator share: one table, read by both.

`RECORD_TYPES` lists every class that travels as a JSON object, simple types
first (the order hooks are registered in). `OVERRIDES` is the one override
table: per class, per field, a `cattrs.gen.override` saying that a field is
left out of the exchange format or written under another key. The rules engine
builds JSON paths from field names, so keys are the field names and nothing is
renamed or left out today.

`exchanged_as` says which record type a class travels as: `treatymodel.Dossier`,
defined above the records with the questions it answers, adds no field to the
records layer's dossier (`treatymodel._dossier.Dossier`), the type listed here,
and is read and written as it.
"""

from __future__ import annotations

import functools
from typing import Any, Protocol

import attrs

from treatymodel._dossier import Dossier
from treatymodel.agreements import Agreement, Milestone, PartyAction, Relation, Signature, Term, Vote
from treatymodel.clauses import ConsentClause, EntryIntoForceClause, Period, SignaturePeriod, WithdrawalClause
from treatymodel.identity import Capital, DatedName, ExternalId
from treatymodel.meetings import Decision, Meeting, Participant
from treatymodel.parties import Body, MembershipAct, Organization, OrganizationRef, State, StateRef
from treatymodel.people import Office, Person, Tenure
from treatymodel.provisions import Commitment, Section
from treatymodel.refs import BodyRef, OfficeRef, PersonRef
from treatymodel.sources import Quote, Source
from treatymodel.values import Certainty, Place, Title, Variant
from treatymodel.visits import Event, Visit

#: The name every document declares in its ``format`` key.
FORMAT_NAME = "treatymodel"
#: The version of the exchange format this library writes, ``MAJOR.MINOR``. It reads
#: every earlier minor version of the same major version: 1.1 added the final
#: clauses, undated and disputed party actions, domestic steps and votes; 1.2
#: uncertain dates, variants and certainty on every record of facts, sourced places,
#: speakers that are not persons, and unknown parties, hosts and dates
#: (``docs/json-format.md``); 1.3 external identifiers, dated names and capitals,
#: organizations' bodies, founding and membership, meetings and decisions.
FORMAT_VERSION = "1.3"
FORMAT_MAJOR, FORMAT_MINOR = (int(part) for part in FORMAT_VERSION.split("."))

#: The key that tags the members of a union (``{"type": "state", ...}``).
TAG_KEY = "type"

#: Every record type, simple types first.
RECORD_TYPES: tuple[type, ...] = (
    StateRef,
    OrganizationRef,
    PersonRef,
    OfficeRef,
    BodyRef,
    Variant,
    Certainty,
    Place,
    Title,
    ExternalId,
    DatedName,
    Capital,
    State,
    Body,
    MembershipAct,
    Organization,
    Person,
    Office,
    Tenure,
    Event,
    Visit,
    Participant,
    Meeting,
    Decision,
    Signature,
    Vote,
    PartyAction,
    Milestone,
    Relation,
    Period,
    ConsentClause,
    EntryIntoForceClause,
    SignaturePeriod,
    WithdrawalClause,
    Term,
    Section,
    Commitment,
    Agreement,
    Source,
    Quote,
    Dossier,
)

#: Classes tagged by `TAG_KEY`, with their tag.
TAGGED: dict[type, str] = {cls: cls.TAG for cls in (StateRef, OrganizationRef, PersonRef, OfficeRef, BodyRef)}


class FieldOverride(Protocol):
    """What this module reads of a `cattrs.gen.override`: whether the field is left out, its JSON key.

    The table below holds what ``override`` returns; this names the part of it read
    here without naming cattrs' class, which cattrs keeps in a private module.
    """

    @property
    def omit(self) -> bool | None:
        """Whether the field is left out of the exchange format."""

    @property
    def rename(self) -> str | None:
        """The field's JSON key, when it is not the field's name."""


#: The override table: per class, per field name (each a `cattrs.gen.override`).
OVERRIDES: dict[type, dict[str, FieldOverride]] = {}

for _cls in RECORD_TYPES:
    attrs.resolve_types(_cls)


@functools.cache
def exchanged_as(cls: type) -> type | None:
    """The record type of `RECORD_TYPES` that ``cls`` is read and written as; None if it is none.

    A record type is exchanged as itself. So is a subclass of one that adds no field:
    `treatymodel.Dossier` is the records layer's dossier with the lookups and
    questions added, and its documents and schema are the dossier's, byte for byte.

    Example:
        >>> import treatymodel as tm
        >>> exchanged_as(tm.Dossier) is Dossier, exchanged_as(tm.Agreement) is tm.Agreement
        (True, True)
        >>> exchanged_as(dict) is None
        True
    """
    if cls in RECORD_TYPES:
        return cls
    if not isinstance(cls, type) or not attrs.has(cls):
        return None
    names = [attribute.name for attribute in attrs.fields(cls)]
    for base in cls.__mro__[1:]:
        if base in RECORD_TYPES:
            return base if names == [attribute.name for attribute in attrs.fields(base)] else None
    return None


def exchanged_fields(cls: type) -> list[tuple[attrs.Attribute[Any], str]]:
    """The fields of ``cls`` that the exchange format carries, with their JSON keys, in order."""
    table = OVERRIDES.get(exchanged_as(cls) or cls, {})
    out = []
    for attribute in attrs.fields(cls):
        entry = table.get(attribute.name)
        if entry is not None and entry.omit:
            continue
        if not attribute.init:
            raise TypeError(f"{cls.__name__}.{attribute.name} is init=False: add it to OVERRIDES")
        key = entry.rename if entry is not None and entry.rename is not None else attribute.name
        out.append((attribute, key))
    return out


def json_key_of(cls: type, field: str) -> str:
    """The JSON key of field ``field`` of ``cls``."""
    entry = OVERRIDES.get(exchanged_as(cls) or cls, {}).get(field)
    return entry.rename if entry is not None and entry.rename is not None else field
