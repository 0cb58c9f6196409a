"""The dossier: the unit of exchange.

A `Dossier` holds the states, organizations, persons, offices, tenures,
visits, meetings, decisions, agreements, sources and quotes of one story or one
dataset. Records
refer to one another by id, so nothing is written twice and references can be
checked by `treatymodel.validate`.

The fields are those of the records layer's dossier (`treatymodel._dossier`),
which the exchange format and the schema describe; this class adds the lookups
by id and the questions about a day, which ask the lifecycle engine, the queries,
the membership rules, the tables and the display. It sits in the analysis layer
with them (docs/architecture.md), and every reader of dossiers builds it.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Iterator
from typing import TYPE_CHECKING, TypeVar

import attrs

from treatymodel import _dossier
from treatymodel._fielddocs import documented
from treatymodel.agreements import Agreement, RelationKind
from treatymodel.dates import DateLike, as_date_value
from treatymodel.errors import RecordNotFoundError
from treatymodel.identity import ExternalId, IdScheme
from treatymodel.kinds import KINDS, ids, records
from treatymodel.meetings import Decision, Meeting
from treatymodel.parties import Organization, PartyRef, State, StateRef
from treatymodel.people import Office, Person, Tenure
from treatymodel.refs import ActorRef, BodyRef, OfficeRef, PersonRef
from treatymodel.sources import Quote, Source
from treatymodel.visits import Event, Visit

if TYPE_CHECKING:
    from treatymodel.agreements import Relation, Term
    from treatymodel.frames import Frames
    from treatymodel.lifecycle import EntryIntoForce, Lifecycle, Standing, Status
    from treatymodel.membership import MemberStanding
    from treatymodel.queries import Relationship

__all__ = ["Dossier", "RecordNotFoundError"]

_R = TypeVar("_R")


@documented
@attrs.frozen(kw_only=True, repr=False)
class Dossier(_dossier.Dossier):
    """The records of one story or one dataset, referring to one another by id.

    Lookups by id (`state`, `person`, `agreement`...) raise
    `RecordNotFoundError`; the index behind them is built once, on first use.
    Time-aware questions (`status`, `relationship_level`,
    `office_holders`...) are answered from the records; `to_frames`
    gives pandas tables. In a notebook a dossier shows as an HTML card.

    Example:
        >>> from treatymodel import Dossier, Person
        >>> d = Dossier(id="demo", title="Demo", persons=(Person(id="putin", name="Vladimir Putin"),))
        >>> d.person("putin").name
        'Vladimir Putin'
    """

    @functools.cached_property
    def _index(self) -> dict[tuple[str, str], object]:
        # A cache, not a field: attrs gives a slotted class's cached property a slot of
        # its own, so it stays out of equality, hashing, the repr, pickles and the JSON.
        # The lookups, the lifecycle and the groupings below add their tables to it.
        return _build_index(self)

    def _lookup(self, kind: str, id: str, cls: type[_R]) -> _R:
        found = self._index.get((kind, id))
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
        """The program item with ``id``, from any visit or meeting."""
        return self._lookup("event", id, Event)

    def agreement(self, id: str) -> Agreement:
        """The agreement with ``id``."""
        return self._lookup("agreement", id, Agreement)

    def meeting(self, id: str) -> Meeting:
        """The meeting with ``id``."""
        return self._lookup("meeting", id, Meeting)

    def decision(self, id: str) -> Decision:
        """The decision with ``id``."""
        return self._lookup("decision", id, Decision)

    def find(self, scheme: IdScheme | str, value: str) -> object:
        """The record that carries the external identifier ``(scheme, value)``.

        ``scheme`` is an `IdScheme` or its value; for the
        ``national`` and ``other`` schemes, qualify it with the series' name:
        ``"national:Canada Treaty Series"``. Records of every kind are searched
        (states, organizations and their bodies, persons, offices, visits,
        meetings, decisions, agreements, sources).

        Raises:
            RecordNotFoundError: No record, or more than one, carries it (the message
                names them).

        Example:
            >>> from treatymodel import datasets
            >>> datasets.load("ctbt-1996").find("untc", "XXVI-4").id
            'ctbt-treaty-1996'
            >>> datasets.load("sco").find("wikidata", "Q232").code
            'KAZ'
        """
        key = (scheme.value if isinstance(scheme, IdScheme) else str(scheme), value)
        index = self._index
        if ("external-ids", "") not in index:
            table: dict[tuple[str, str], list[object]] = {}
            for record in self._identified():
                for external in record.external_ids:  # type: ignore[attr-defined]
                    found = table.setdefault(external.key, [])
                    if record not in found:
                        found.append(record)
            index[("external-ids", "")] = table
        records: list[object] = index[("external-ids", "")].get(key, [])  # type: ignore[attr-defined]
        if len(records) == 1:
            return records[0]
        shown = f"{key[0]}:{key[1]}"
        if records:
            names = ", ".join(repr(getattr(r, "id", None) or getattr(r, "code", "?")) for r in records)
            raise RecordNotFoundError("record", f"{shown} (carried by several: {names})")
        raise RecordNotFoundError("record", shown)

    def _identified(self) -> Iterator[object]:
        """Every record that may carry external identifiers."""
        yield from self.states
        for organization in self.organizations:
            yield organization
            yield from organization.bodies
        for group in (self.persons, self.offices, self.visits, self.meetings, self.decisions):
            yield from group
        yield from self.agreements
        yield from self.sources

    def external_ids(self, record: object) -> tuple[ExternalId, ...]:
        """The external identifiers a record carries (none for records that carry none)."""
        return tuple(getattr(record, "external_ids", ()))

    def members_on(
        self, organization: str, on: DateLike, *, confirmed_only: bool = False, suspended: bool = True
    ) -> tuple[PartyRef, ...]:
        """The certain members of an organization on ``on``, suspended ones included.

        Membership follows the founding agreement's lifecycle (a party for which the
        charter is in force is a member), the accession agreements, the
        organization's decisions (``admit``, ``suspend``, ``resume``, ``expel``) and its
        `MembershipAct` records; see `treatymodel.membership`.
        A state whose membership the record does not settle that day is left out:
        `member_standing` says what is possible. Membership is not the status of the
        founding agreement: a member suspended by a decision is still a party to the
        charter for `parties_on`.

        Args:
            organization: Id of the organization.
            on: The day asked about.
            confirmed_only: Count only facts recorded as ``confirmed``.
            suspended: Count members whose participation is suspended or frozen (they
                are members still); false counts only members taking part.

        Raises:
            RecordNotFoundError: No organization has that id.
        """
        from treatymodel import membership

        return membership.members_on(
            self, organization, on, confirmed_only=confirmed_only, suspended=suspended
        )

    def member_standing(
        self,
        organization: str,
        party: str | PartyRef,
        on: DateLike,
        *,
        confirmed_only: bool = False,
    ) -> MemberStanding:
        """A party's membership of an organization on ``on``, with every standing the facts allow."""
        from treatymodel import membership

        return membership.member_standing(self, organization, party, on, confirmed_only=confirmed_only)

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
        index = self._index
        if ("tenures", "") not in index:
            # Grouped once: the tables ask for every signatory's offices, and a scan of
            # all tenures per signature is quadratic in a large dossier.
            grouped: dict[str, list[Tenure]] = {}
            for tenure in self.tenures:
                grouped.setdefault(tenure.person, []).append(tenure)
            index[("tenures", "")] = {k: tuple(v) for k, v in grouped.items()}
        table: dict[str, tuple[Tenure, ...]] = index[("tenures", "")]  # type: ignore[assignment]
        return table.get(person, ())

    def offices_held(self, person: str, on: DateLike | None) -> tuple[Office, ...]:
        """The offices ``person`` certainly held on every day of ``on``.

        Offices missing from the dossier are skipped, and so are tenures whose dates
        are not known at all (`Tenure.covers`). An
        unknown date (``None``) is covered by no tenure. ``on`` may be a
        `datetime.date` or an ISO string too.
        """
        if on is None:
            return ()
        on = as_date_value(on)
        held = []
        for tenure in self.tenures_of(person):
            if tenure.covers(on) and self.has("office", tenure.office):
                held.append(self.office(tenure.office))
        return tuple(held)

    def holders(self, office: str, on: DateLike | None) -> tuple[Person, ...]:
        """The persons who certainly held ``office`` on every day of ``on``; none for an unknown date."""
        if on is None:
            return ()
        on = as_date_value(on)
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

    def _repr_html_(self) -> str:
        from treatymodel.display import render_html

        return render_html(self)

    def office_holders(self, office: str, on: DateLike) -> tuple[Person, ...]:
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

    def lifecycle(
        self, agreement: str, term: Term | None = None, *, confirmed_only: bool = False
    ) -> Lifecycle:
        """The lifecycle engine's view of an agreement, built once and kept (`treatymodel.lifecycle`).

        It sees the agreement's own records and the relations of the dossier's
        later agreements that supersede or terminate it.

        Args:
            agreement: Id of the agreement.
            term: A term and renewal clause to assume in place of the agreement's own.
            confirmed_only: Count only the facts recorded as ``confirmed`` (their
                `Certainty`, or the agreement's); every other act
                may or may not have happened.

        Raises:
            RecordNotFoundError: No agreement has that id.
        """
        from treatymodel import lifecycle

        record = self.agreement(agreement)
        if term is not None:
            return lifecycle.lifecycle(
                lifecycle.term_of(record, term),
                replaced_by=self._replaced_by(agreement),
                confirmed_only=confirmed_only,
            )
        index = self._index
        key = ("lifecycle-confirmed" if confirmed_only else "lifecycle", agreement)
        found = index.get(key)
        if found is None:
            found = lifecycle.lifecycle(
                record, replaced_by=self._replaced_by(agreement), confirmed_only=confirmed_only
            )
            index[key] = found
        return found  # type: ignore[return-value]

    def _replaced_by(self, agreement: str) -> tuple[tuple[Relation, Agreement], ...]:
        index = self._index
        if ("ending", "") not in index:
            from treatymodel.lifecycle import ENDING_RELATIONS

            ending: dict[str, list[tuple[Relation, Agreement]]] = {}
            for later in self.agreements:
                for relation in later.relations:
                    if relation.kind in ENDING_RELATIONS:
                        ending.setdefault(relation.target, []).append((relation, later))
            index[("ending", "")] = ending
        table: dict[str, list[tuple[Relation, Agreement]]] = index[("ending", "")]  # type: ignore[assignment]
        return tuple(table.get(agreement, ()))

    def standing(
        self,
        agreement: str,
        on: DateLike,
        *,
        party: str | PartyRef | None = None,
        term: Term | None = None,
        confirmed_only: bool = False,
    ) -> Standing:
        """Where an agreement stands on ``on``, with every status the facts allow.

        `status` is its `status`; ask
        this method to tell "nothing yet" from "not settled by the record".

        Example:
            >>> import datetime as dt
            >>> from treatymodel import datasets
            >>> seed = datasets.load("ru-kz-2025")
            >>> found = seed.standing("ru-kz-declaration-2025", dt.date(2025, 12, 1), party="KAZ")
            >>> found.settled, sorted(s.value for s in found.possible)
            (False, ['consented', 'signed'])
        """
        return self.lifecycle(agreement, term, confirmed_only=confirmed_only).standing(on, party)

    def status(
        self,
        agreement: str,
        on: DateLike,
        *,
        party: str | PartyRef | None = None,
        term: Term | None = None,
        confirmed_only: bool = False,
    ) -> Status | None:
        """Where an agreement stands on ``on``, as the law of treaties defines it.

        For one ``party``: ``signed`` (a signatory, not bound), ``consented``
        (bound, not yet in force for it), ``in_force`` (a party, VCLT art.
        2(1)(g)), ``provisionally_applied``, ``suspended``, ``withdrawn`` or
        ``terminated``. For the agreement as a whole: ``signed``,
        ``provisionally_applied``, ``in_force``, ``suspended`` (a bilateral one) or
        ``terminated``. The lifecycle engine (`treatymodel.lifecycle`)
        explains how acts, milestones, clauses and the relations of later
        agreements decide it.

        Args:
            agreement: Id of the agreement.
            on: The day asked about (a partial date stands for its first day).
            party: A state code or a party reference, to ask about one party.
            term: A term and renewal clause to assume; by default the agreement's own
                `Agreement.term`.
            confirmed_only: Count only confirmed facts (see `lifecycle`).

        Returns:
            The `Status`; ``None`` before the first
            act, for a state or organization that is not among the parties, and
            when the record does not settle it (`standing` says which).

        Raises:
            RecordNotFoundError: No agreement has that id.
        """
        return self.lifecycle(agreement, term, confirmed_only=confirmed_only).status(on, party)

    def parties_on(
        self, agreement: str, on: DateLike, *, confirmed_only: bool = False
    ) -> tuple[PartyRef, ...]:
        """The parties for which an agreement is certainly in force on ``on`` (VCLT art. 2(1)(g)).

        Signatories that are not bound, contracting states for which it is not yet
        in force, suspended, withdrawn and unsettled parties are left out, in the
        order of `Agreement.parties`.
        """
        return self.lifecycle(agreement, confirmed_only=confirmed_only).parties_on(on)

    def entry_into_force(self, agreement: str, party: str | PartyRef | None = None) -> EntryIntoForce | None:
        """When an agreement entered into force, generally or for one party, and how that is known.

        The recorded ``entry_into_force`` milestone, or the date its entry into force
        clause gives from the recorded acts (`basis`
        says which); for a party, the latest of that, its own recorded date of
        effect and its deposit plus the clause's period for later parties. ``None``
        when it has not entered into force (for that party), or it is not known.

        Example:
            >>> from treatymodel import datasets
            >>> lineage = datasets.load("ru-kz-1992")
            >>> found = lineage.entry_into_force("ru-kz-treaty-1992")
            >>> str(found.date), found.basis.value
            ('1992-10-09', 'recorded')
        """
        return self.lifecycle(agreement).entry_into_force(_party_ref(party))

    def agreements_between(self, a: str | PartyRef, b: str | PartyRef) -> tuple[Agreement, ...]:
        """The agreements to which both ``a`` and ``b`` (state codes or party references) are party."""
        from treatymodel import queries

        return queries.agreements_between(self, a, b)

    def relationship(self, a: str | PartyRef, b: str | PartyRef, on: DateLike) -> Relationship | None:
        """The level of relations between ``a`` and ``b`` on ``on``, with the agreement that set it.

        It is the ``relationship_level`` of the latest agreement between them that
        sets one and is certainly dated on or before ``on``; ``None`` if none does.
        """
        from treatymodel import queries

        return queries.relationship(self, a, b, on)

    def relationship_level(self, a: str | PartyRef, b: str | PartyRef, on: DateLike) -> str | None:
        """The level of relations between ``a`` and ``b`` on ``on``, in the agreement's words."""
        found = self.relationship(a, b, on)
        return None if found is None else found.level

    def expiry(self, agreement: str, on: DateLike, term: Term | None = None) -> dt.date | None:
        """The day an agreement's ``term`` ends, as it stands on ``on``.

        The term runs from entry into force (else from the agreement's date), plus
        `Term.initial` computed with
        dateutil's ``relativedelta``; an extension milestone certainly dated by
        ``on`` moves the end to its ``until``, or by the renewal period when it has
        none; automatic renewals are applied until the end is after ``on``, unless
        a notice of non-extension came before or ``max_extensions`` is reached.
        ``term`` defaults to the agreement's own
        `Agreement.term`; ``None`` when there is no
        term, the agreement has neither date, or the day is not known (a
        month-precise entry into force, an extension to an unrecorded end), or the
        term would end after 31 December 9999 (the last day a date holds: the
        agreement is then in force for good).
        """
        return self.lifecycle(agreement, term).expiry(on)

    def related(self, agreement: str, kind: RelationKind | None = None) -> tuple[Agreement, ...]:
        """The agreements with a relation (of ``kind``, if given) to ``agreement``: amendments..."""
        from treatymodel import queries

        return queries.related(self, agreement, kind)

    def to_frames(self) -> Frames:
        """The dossier as tidy, typed pandas tables, each built on first request.

        A read-only mapping from table name to DataFrame; see
        `treatymodel.frames.to_frames` and the schemas in `treatymodel.tables`.

        Raises:
            MissingDependencyError: pandas is not installed (``pip install 'treatymodel[pandas]'``).
        """
        from treatymodel import frames

        return frames.to_frames(self)

    def party_name(self, ref: PartyRef, on: DateLike | None = None) -> str:
        """A display name for a party reference; its code or id if not in the dossier.

        With ``on``, the name in use that day when the party's dated names settle it
        and it is not today's, with today's beside it: ``"Swaziland (now Eswatini)"``.

        Example:
            >>> import datetime as dt
            >>> from treatymodel import StateRef, datasets
            >>> sco = datasets.load("sco")
            >>> sco.party_name(StateRef(code="TUR"), dt.date(2016, 5, 1))
            'Turkey (now Türkiye)'
        """
        try:
            party = self.party(ref)
        except RecordNotFoundError:
            return str(ref)
        current = party.display_name if isinstance(party, State) else party.label
        if on is None or not party.names:
            return current
        then = party.name_on(on)
        return current if then == current else f"{then} (now {current})"

    def actor_name(self, ref: ActorRef) -> str:
        """A display name for an actor: a person's name, an office's title, a party's name, or a body.

        A body is named with the party it belongs to: ``"Ministry of Foreign Affairs
        (Kazakhstan)"``. A person or office not in the dossier is named by its id.

        Example:
            >>> from treatymodel import BodyRef, StateRef, datasets
            >>> seed = datasets.load("ru-kz-2025")
            >>> seed.actor_name(BodyRef(name="State Duma", of=StateRef(code="RUS")))
            'State Duma (Russia)'
        """
        if isinstance(ref, PersonRef):
            return self.person(ref.id).name if self.has("person", ref.id) else ref.id
        if isinstance(ref, OfficeRef):
            return self.office(ref.id).title if self.has("office", ref.id) else ref.id
        if isinstance(ref, BodyRef):
            return ref.name if ref.of is None else f"{ref.name} ({self.party_name(ref.of)})"
        return self.party_name(ref)


def _party_ref(party: str | PartyRef | None) -> PartyRef | None:
    return StateRef(code=party) if isinstance(party, str) else party


def _build_index(dossier: Dossier) -> dict[tuple[str, str], object]:
    index: dict[tuple[str, str], object] = {}
    # setdefault: the first record with an id wins; duplicates are the rules' business.
    for kind in KINDS:
        if kind.indexed:
            name = kind.name
            for key, record in zip(ids(dossier, kind), records(dossier, kind), strict=True):
                index.setdefault((name, key), record)
    return index
