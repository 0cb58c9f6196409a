"""The dossier: the unit of exchange.

A :class:`Dossier` holds the states, organizations, persons, offices, tenures,
visits, agreements, sources and quotes of one story or one dataset. Records
refer to one another by id, so nothing is written twice and references can be
checked by :func:`treatymodel.validate`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import TYPE_CHECKING, TypeVar

import attrs

from treatymodel import _validators as v
from treatymodel.agreements import Agreement, RelationKind
from treatymodel.dates import PartialDate
from treatymodel.errors import TreatyModelError
from treatymodel.parties import Organization, PartyRef, State, StateRef
from treatymodel.people import Office, Person, Tenure
from treatymodel.sources import Quote, Source
from treatymodel.visits import Event, Visit

if TYPE_CHECKING:
    import pandas as pd

    from treatymodel.agreements import Term
    from treatymodel.queries import Relationship, Status

__all__ = ["Dossier", "RecordNotFoundError"]

_R = TypeVar("_R")


class RecordNotFoundError(TreatyModelError, KeyError):
    """No record of the asked kind has the asked id in the dossier."""

    def __init__(self, kind: str, id: str) -> None:
        self.kind = kind
        self.id = id
        super().__init__(f"no {kind} with id {id!r} in the dossier")

    def __str__(self) -> str:
        return str(self.args[0])


@attrs.frozen(kw_only=True, repr=False)
class Dossier:
    """The records of one story or one dataset, referring to one another by id.

    Args:
        id: Id of the dossier (``"ru-kz-2025"``).
        title: What the dossier is about.
        description: A paragraph on its scope and how it was made.
        states: The states the records name.
        organizations: The international organizations they name.
        persons: The persons.
        offices: The offices those persons hold.
        tenures: Who held which office when.
        visits: Visits, with their programs.
        agreements: Agreements, with their signatures, structure and lifecycle.
        sources: Where the facts come from.
        quotes: Words attributed to speakers or documents.

    Lookups by id (:meth:`state`, :meth:`person`, :meth:`agreement`...) raise
    :class:`RecordNotFoundError`; the index behind them is built once, on first use.
    Time-aware questions (:meth:`status`, :meth:`relationship_level`,
    :meth:`office_holders`...) are answered from the records; :meth:`to_frames`
    gives pandas tables. In a notebook a dossier shows as an HTML card.

    Example:
        >>> from treatymodel import Dossier, Person
        >>> d = Dossier(id="demo", title="Demo", persons=(Person(id="putin", name="Vladimir Putin"),))
        >>> d.person("putin").name
        'Vladimir Putin'
    """

    id: str = attrs.field(validator=v.identifier)
    """Id of the dossier."""
    title: str = attrs.field(validator=v.text)
    """What the dossier is about."""
    description: str | None = attrs.field(default=None, validator=v.optional_paragraphs)
    """Scope and method."""
    states: tuple[State, ...] = attrs.field(default=(), validator=v.tuple_of(State))
    """States."""
    organizations: tuple[Organization, ...] = attrs.field(default=(), validator=v.tuple_of(Organization))
    """International organizations."""
    persons: tuple[Person, ...] = attrs.field(default=(), validator=v.tuple_of(Person))
    """Persons."""
    offices: tuple[Office, ...] = attrs.field(default=(), validator=v.tuple_of(Office))
    """Offices."""
    tenures: tuple[Tenure, ...] = attrs.field(default=(), validator=v.tuple_of(Tenure))
    """Tenures of offices."""
    visits: tuple[Visit, ...] = attrs.field(default=(), validator=v.tuple_of(Visit))
    """Visits."""
    agreements: tuple[Agreement, ...] = attrs.field(default=(), validator=v.tuple_of(Agreement))
    """Agreements."""
    sources: tuple[Source, ...] = attrs.field(default=(), validator=v.tuple_of(Source))
    """Sources."""
    quotes: tuple[Quote, ...] = attrs.field(default=(), validator=v.tuple_of(Quote))
    """Quotes."""

    _index: dict[tuple[str, str], object] | None = attrs.field(
        default=None, init=False, repr=False, eq=False, hash=False
    )

    def _lookup(self, kind: str, id: str, cls: type[_R]) -> _R:
        index = self._index
        if index is None:
            index = _build_index(self)
            object.__setattr__(self, "_index", index)
        found = index.get((kind, id))
        if found is None or not isinstance(found, cls):
            raise RecordNotFoundError(kind, id)
        return found

    def state(self, code: str) -> State:
        """The state with alpha-3 ``code``."""
        return self._lookup("state", code, State)

    def organization(self, id: str) -> Organization:
        """The organization with ``id``."""
        return self._lookup("organization", id, Organization)

    def party(self, ref: PartyRef) -> State | Organization:
        """The state or organization a party reference points at."""
        if isinstance(ref, StateRef):
            return self.state(ref.code)
        return self.organization(ref.id)

    def person(self, id: str) -> Person:
        """The person with ``id``."""
        return self._lookup("person", id, Person)

    def office(self, id: str) -> Office:
        """The office with ``id``."""
        return self._lookup("office", id, Office)

    def visit(self, id: str) -> Visit:
        """The visit with ``id``."""
        return self._lookup("visit", id, Visit)

    def event(self, id: str) -> Event:
        """The program item with ``id``, from any visit."""
        return self._lookup("event", id, Event)

    def agreement(self, id: str) -> Agreement:
        """The agreement with ``id``."""
        return self._lookup("agreement", id, Agreement)

    def source(self, id: str) -> Source:
        """The source with ``id``."""
        return self._lookup("source", id, Source)

    def quote(self, id: str) -> Quote:
        """The quote with ``id``."""
        return self._lookup("quote", id, Quote)

    def has(self, kind: str, id: str) -> bool:
        """Whether a record of ``kind`` (``"person"``, ``"agreement"``...) has ``id``."""
        try:
            self._lookup(kind, id, object)
        except RecordNotFoundError:
            return False
        return True

    def tenures_of(self, person: str) -> tuple[Tenure, ...]:
        """The tenures of the person with id ``person``."""
        return tuple(t for t in self.tenures if t.person == person)

    def offices_held(self, person: str, on: PartialDate) -> tuple[Office, ...]:
        """The offices ``person`` certainly held on every day of ``on``.

        Offices missing from the dossier are skipped.
        """
        held = []
        for tenure in self.tenures_of(person):
            if tenure.covers(on) and self.has("office", tenure.office):
                held.append(self.office(tenure.office))
        return tuple(held)

    def holders(self, office: str, on: PartialDate) -> tuple[Person, ...]:
        """The persons who certainly held ``office`` on ``on``."""
        return tuple(
            self.person(t.person)
            for t in self.tenures
            if t.office == office and t.covers(on) and self.has("person", t.person)
        )

    def events(self) -> Iterator[tuple[Visit, Event]]:
        """Every program item with its visit, visit by visit."""
        for visit in self.visits:
            for event in visit.program:
                yield visit, event

    def __repr__(self) -> str:
        counts = ", ".join(
            f"{name}={len(getattr(self, name))}"
            for name in ("states", "persons", "visits", "agreements", "sources")
            if getattr(self, name)
        )
        return f"Dossier(id={self.id!r}, {counts})" if counts else f"Dossier(id={self.id!r})"

    def _repr_html_(self) -> str:
        from treatymodel.display import render_html

        return render_html(self)

    def office_holders(self, office: str, on: dt.date | PartialDate) -> tuple[Person, ...]:
        """The persons who certainly held ``office`` on ``on`` (a date, or a partial date's first day).

        Examples:
            >>> import datetime as dt
            >>> from treatymodel import datasets
            >>> seed = datasets.load("ru-kz-2025")
            >>> [p.name for p in seed.office_holders("president-kaz", dt.date(2025, 11, 12))]
            ['Kassym-Jomart Tokayev']
        """
        from treatymodel import queries

        return queries.office_holders(self, office, on)

    def status(
        self,
        agreement: str,
        on: dt.date | PartialDate,
        *,
        party: str | PartyRef | None = None,
        term: Term | None = None,
    ) -> Status | None:
        """Where an agreement stands on ``on``, derived from its lifecycle.

        Signed until it enters into force (or is applied provisionally); then in
        force until a termination or expiry milestone, or until the end of ``term``
        when one is given. An extension milestone brings a terminated agreement back
        into force. For one ``party``: suspended or withdrawn by that party's own
        actions; for the agreement as a whole a suspension counts only for a
        bilateral agreement, and withdrawals terminate it once fewer than two
        parties are left. Facts count only when certainly dated on or before ``on``.

        Args:
            agreement: Id of the agreement.
            on: The day asked about (a partial date stands for its first day).
            party: A state code or a party reference, to ask about one party.
            term: A term and renewal clause to assume; by default the agreement's own
                :attr:`Agreement.term <treatymodel.Agreement.term>`.

        Returns:
            The :class:`~treatymodel.queries.Status`, or ``None`` before the
            agreement (or the party) signed it, and for a party that is not a party.

        Raises:
            RecordNotFoundError: No agreement has that id.
        """
        from treatymodel import queries

        return queries.status(self.agreement(agreement), on, party=party, term=term)

    def parties_on(self, agreement: str, on: dt.date | PartialDate) -> tuple[PartyRef, ...]:
        """The parties that had signed or joined ``agreement`` by ``on`` and had not withdrawn."""
        from treatymodel import queries

        return queries.parties_on(self.agreement(agreement), on)

    def agreements_between(self, a: str | PartyRef, b: str | PartyRef) -> tuple[Agreement, ...]:
        """The agreements to which both ``a`` and ``b`` (state codes or party references) are party."""
        from treatymodel import queries

        return queries.agreements_between(self, a, b)

    def relationship(
        self, a: str | PartyRef, b: str | PartyRef, on: dt.date | PartialDate
    ) -> Relationship | None:
        """The level of relations between ``a`` and ``b`` on ``on``, with the agreement that set it.

        It is the ``relationship_level`` of the latest agreement between them that
        sets one and is certainly dated on or before ``on``; ``None`` if none does.
        """
        from treatymodel import queries

        return queries.relationship(self, a, b, on)

    def relationship_level(
        self, a: str | PartyRef, b: str | PartyRef, on: dt.date | PartialDate
    ) -> str | None:
        """The level of relations between ``a`` and ``b`` on ``on``, in the agreement's words."""
        found = self.relationship(a, b, on)
        return None if found is None else found.level

    def expiry(self, agreement: str, on: dt.date | PartialDate, term: Term | None = None) -> dt.date | None:
        """The day an agreement's ``term`` ends, as it stands on ``on``.

        The term runs from entry into force (else from the agreement's date), plus
        :attr:`Term.initial <treatymodel.Term.initial>` computed with
        dateutil's ``relativedelta``; an extension milestone with an ``until`` dated
        by ``on`` moves the end; automatic renewals are applied until the end is
        after ``on``. ``term`` defaults to the agreement's own
        :attr:`Agreement.term <treatymodel.Agreement.term>`; ``None`` when there is no
        term, the agreement has neither date, or the term would end after 31 December
        9999 (the last day a date holds: the agreement is then in force for good).
        """
        from treatymodel import queries

        return queries.expiry(self.agreement(agreement), on, term)

    def related(self, agreement: str, kind: RelationKind | None = None) -> tuple[Agreement, ...]:
        """The agreements with a relation (of ``kind``, if given) to ``agreement``: amendments..."""
        from treatymodel import queries

        return queries.related(self, agreement, kind)

    def to_frames(self) -> dict[str, pd.DataFrame]:
        """The dossier as pandas tables; see :func:`treatymodel.frames.to_frames`.

        Raises:
            MissingDependencyError: pandas is not installed (``pip install 'treatymodel[pandas]'``).
        """
        from treatymodel import frames

        return frames.to_frames(self)

    def party_name(self, ref: PartyRef) -> str:
        """A display name for a party reference; its code or id if not in the dossier."""
        try:
            party = self.party(ref)
        except RecordNotFoundError:
            return str(ref)
        return party.display_name if isinstance(party, State) else party.label


def _build_index(dossier: Dossier) -> dict[tuple[str, str], object]:
    index: dict[tuple[str, str], object] = {}
    # setdefault: the first record with an id wins; duplicates are the rules' business.
    for state in dossier.states:
        index.setdefault(("state", state.code), state)
    for organization in dossier.organizations:
        index.setdefault(("organization", organization.id), organization)
    for person in dossier.persons:
        index.setdefault(("person", person.id), person)
    for office in dossier.offices:
        index.setdefault(("office", office.id), office)
    for visit in dossier.visits:
        index.setdefault(("visit", visit.id), visit)
        for event in visit.program:
            index.setdefault(("event", event.id), event)
    for agreement in dossier.agreements:
        index.setdefault(("agreement", agreement.id), agreement)
    for source in dossier.sources:
        index.setdefault(("source", source.id), source)
    for quote in dossier.quotes:
        index.setdefault(("quote", quote.id), quote)
    return index
