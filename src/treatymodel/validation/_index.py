"""Indexes over one dossier, built lazily and once per validation, plus date helpers.

Every rule that needs to look something up goes through a `DossierIndex`, so
a validation costs one pass per index instead of one scan per lookup.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator, Sequence
from functools import cached_property
from typing import Any, NamedTuple

from treatymodel.agreements import Agreement
from treatymodel.dates import DateValue
from treatymodel.dossier import Dossier
from treatymodel.kinds import TOP_LEVEL, ids
from treatymodel.parties import PartyRef, StateRef
from treatymodel.people import Office, Tenure
from treatymodel.provisions import Section
from treatymodel.refs import ActorRef, BodyRef, OfficeRef, PersonRef
from treatymodel.values import Place, Title
from treatymodel.visits import Event, Visit

__all__ = [
    "DossierIndex",
    "Gathering",
    "Reference",
    "all_sections",
    "certainly_outside",
    "may_overlap",
    "outside",
    "section_path",
    "walk_sections",
]

#: (kind, id, path) of one reference from a record to another.
Reference = tuple[str, str, str]


class Gathering(NamedTuple):
    """A visit or a meeting during which agreements were signed, as the signature rules see it."""

    kind: str
    """``"visit"`` or ``"meeting"``."""
    id: str
    """Its id."""
    start: DateValue
    """First day."""
    end: DateValue
    """Last day."""
    states: tuple[PartyRef, ...]
    """Whose signatures it accounts for: a visit's guest and host states, a meeting's participants."""
    hosts: frozenset[str]
    """The host state's code (none for a meeting whose host is not recorded)."""


class DossierIndex:
    """Lookups over one dossier, each built on first use.

    Args:
        dossier: The dossier being validated.
    """

    def __init__(self, dossier: Dossier) -> None:
        self.dossier = dossier
        self.agreements = [(f"$.agreements[{i}]", a) for i, a in enumerate(dossier.agreements)]
        self.visits = [(f"$.visits[{i}]", v) for i, v in enumerate(dossier.visits)]

    @cached_property
    def ids(self) -> dict[str, frozenset[str]]:
        """The ids of the records of each kind (``"person"``, ``"source"``...)."""
        d = self.dossier
        return {kind.name: frozenset(ids(d, kind)) for kind in TOP_LEVEL}

    @cached_property
    def offices(self) -> dict[str, Office]:
        """Offices by id (the first of duplicates wins)."""
        found: dict[str, Office] = {}
        for office in self.dossier.offices:
            found.setdefault(office.id, office)
        return found

    @cached_property
    def tenures_by_person(self) -> dict[str, list[Tenure]]:
        """The tenures recorded for each person id."""
        found: dict[str, list[Tenure]] = {}
        for tenure in self.dossier.tenures:
            found.setdefault(tenure.person, []).append(tenure)
        return found

    @cached_property
    def gatherings_by_agreement(self) -> dict[str, list[Gathering]]:
        """The visits and meetings that list each agreement id as signed during them."""
        found: dict[str, list[Gathering]] = {}
        for visit in self.dossier.visits:
            if not visit.agreements:
                continue
            gathering = Gathering(
                "visit",
                visit.id,
                visit.start,
                visit.end,
                (StateRef(code=visit.guest_state), StateRef(code=visit.host_state)),
                frozenset({visit.host_state}),
            )
            for agreement_id in dict.fromkeys(visit.agreements):
                found.setdefault(agreement_id, []).append(gathering)
        for meeting in self.dossier.meetings:
            if not meeting.agreements:
                continue
            hosts = frozenset() if meeting.host_state is None else frozenset({meeting.host_state})
            gathering = Gathering("meeting", meeting.id, meeting.start, meeting.end, meeting.parties(), hosts)
            for agreement_id in dict.fromkeys(meeting.agreements):
                found.setdefault(agreement_id, []).append(gathering)
        return found

    @cached_property
    def referenced_ids(self) -> dict[str, set[str]]:
        """The ids referred to, by kind of target, without their paths.

        Enough to tell that every reference of a kind resolves, which is the common
        case; `references` (with a path per reference) is built only when some
        id is unknown.
        """
        return _referenced_ids(self.dossier)

    @cached_property
    def references(self) -> dict[str, list[tuple[str, str]]]:
        """Every reference of the dossier, by kind of target: ``[(id, path), ...]``."""
        found: dict[str, list[tuple[str, str]]] = {}
        for kind, id_, path in _references(self.dossier):
            found.setdefault(kind, []).append((id_, path))
        return found


def may_overlap(tenure: Tenure, first: dt.date, last: dt.date) -> bool:
    """Whether ``tenure`` could include some day from ``first`` to ``last``."""
    if tenure.start is not None and tenure.start.earliest() > last:
        return False
    return not (tenure.end is not None and tenure.end.latest() < first)


def certainly_outside(day: DateValue, start: DateValue, end: DateValue) -> bool:
    """Whether ``day`` is certainly before ``start`` or certainly after ``end``."""
    return outside(day, start.earliest(), end.latest())


def outside(day: DateValue | None, first: dt.date, last: dt.date) -> bool:
    """Whether every day ``day`` could be is before ``first`` or after ``last``; never for an unknown date.

    `certainly_outside` for a span whose bounds are computed once, in loops
    over the events or signatures of one visit; it compares the same bounds as
    ``day.is_before(start) or day.is_after(end)``, and only those (each bound of a
    month or a year costs a calendar lookup).
    """
    return day is not None and (day.latest() < first or day.earliest() > last)


def walk_sections(sections: Sequence[Section]) -> list[tuple[tuple[int, ...], Section]]:
    """Every section at every depth, in document order, with its steps from the top.

    ``(0, 2)`` is the third subsection of the first section; `section_path`
    turns steps into a JSON path only when one is needed. A list, built in one go
    (several rules walk the sections of every agreement).
    """
    found: list[tuple[tuple[int, ...], Section]] = [((i,), s) for i, s in enumerate(sections)]
    for _, s in found:
        if s.subsections:
            break
    else:
        return found  # the common flat case
    out: list[tuple[tuple[int, ...], Section]] = []
    stack = found
    stack.reverse()
    while stack:
        steps, section = stack.pop()
        out.append((steps, section))
        if section.subsections:
            stack.extend(((*steps, i), s) for i, s in reversed(list(enumerate(section.subsections))))
    return out


def all_sections(sections: Sequence[Section]) -> list[Section]:
    """Every section at every depth, parents before their subsections, without steps.

    Breadth-first, so not in document order: for the questions that need no order
    and no path (which ids there are, whether any repeats), at a fraction of the cost
    of `walk_sections`.
    """
    found = list(sections)
    for section in found:  # the list grows while it is read, so the subsections are read too
        if section.subsections:
            found.extend(section.subsections)
    return found


def section_path(at: str, steps: tuple[int, ...]) -> str:
    """The JSON path of the section reached by ``steps`` from the agreement at ``at``."""
    head, *rest = steps
    return f"{at}.sections[{head}]" + "".join(f".subsections[{i}]" for i in rest)


# --- the reference walk -------------------------------------------------------------


def _party(ref: PartyRef, at: str) -> Reference:
    if isinstance(ref, StateRef):
        return "state", ref.code, f"{at}.code"
    return "organization", ref.id, f"{at}.id"


def _actor(ref: ActorRef, at: str) -> Iterator[Reference]:
    if isinstance(ref, PersonRef):
        yield "person", ref.id, f"{at}.id"
    elif isinstance(ref, OfficeRef):
        yield "office", ref.id, f"{at}.id"
    elif isinstance(ref, BodyRef):
        if ref.of is not None:
            yield _party(ref.of, f"{at}.of")
    else:
        yield _party(ref, at)


def _ids(kind: str, ids: Iterable[str], at: str) -> Iterator[Reference]:
    for i, id_ in enumerate(ids):
        yield kind, id_, f"{at}[{i}]"


def _sources(ids: Sequence[str], at: str) -> Iterator[Reference]:
    if not ids:
        return iter(())
    return _ids("source", ids, f"{at}.sources")


def _record(record: Any, at: str) -> Iterator[Reference]:
    """What any record of facts refers to through its sources, variants and certainty."""
    yield from _sources(record.sources, at)
    yield from _record_without_sources(record, at)


def _place(place: Place | None, at: str) -> Iterator[Reference]:
    if place is None:
        return
    if place.state is not None:
        yield "state", place.state, f"{at}.state"
    yield from _record(place, at)


def _titles(titles: Iterable[Title], at: str) -> Iterator[Reference]:
    for i, title in enumerate(titles):
        yield from _record(title, f"{at}[{i}]")


def _references(d: Dossier) -> Iterator[Reference]:
    for i, state in enumerate(d.states):
        yield from _record(state, f"$.states[{i}]")
    for i, state in enumerate(d.states):
        if state.names or state.capitals or state.external_ids:
            yield from _dated(state, f"$.states[{i}]")
    for i, organization in enumerate(d.organizations):
        yield from _organization(organization, f"$.organizations[{i}]")
    for i, person in enumerate(d.persons):
        at = f"$.persons[{i}]"
        yield from _titles(person.other_names, f"{at}.other_names")
        yield from _record(person, at)
        yield from _external(person, at)
    for i, office in enumerate(d.offices):
        at = f"$.offices[{i}]"
        yield _party(office.represents, f"{at}.represents")
        yield from _titles(office.other_titles, f"{at}.other_titles")
        yield from _record(office, at)
        yield from _external(office, at)
    for i, tenure in enumerate(d.tenures):
        at = f"$.tenures[{i}]"
        yield "person", tenure.person, f"{at}.person"
        yield "office", tenure.office, f"{at}.office"
        yield from _record(tenure, at)
    for at, visit in ((f"$.visits[{i}]", v) for i, v in enumerate(d.visits)):
        yield from _visit(visit, at)
    for i, meeting in enumerate(d.meetings):
        yield from _meeting(meeting, f"$.meetings[{i}]")
    for i, decision in enumerate(d.decisions):
        yield from _decision(decision, f"$.decisions[{i}]")
    for i, agreement in enumerate(d.agreements):
        yield from _agreement(agreement, f"$.agreements[{i}]")
    for i, quote in enumerate(d.quotes):
        at = f"$.quotes[{i}]"
        yield "source", quote.source, f"{at}.source"
        if quote.speaker is not None:
            yield from _actor(quote.speaker, f"{at}.speaker")
        if quote.agreement is not None:
            yield "agreement", quote.agreement, f"{at}.agreement"
        yield from _record_without_sources(quote, at)


def _external(record: Any, at: str) -> Iterator[Reference]:
    for k, external in enumerate(record.external_ids):
        yield from _sources(external.sources, f"{at}.external_ids[{k}]")


def _dated(record: Any, at: str) -> Iterator[Reference]:
    """The sources of a state's or an organization's dated names and capitals, and of its ids."""
    for k, name in enumerate(record.names):
        yield from _record(name, f"{at}.names[{k}]")
    for k, capital in enumerate(getattr(record, "capitals", ())):
        yield from _record(capital, f"{at}.capitals[{k}]")
    yield from _external(record, at)


def _organization(o: Any, at: str) -> Iterator[Reference]:
    yield from _record(o, at)
    yield from _dated(o, at)
    if o.founding_agreement is not None:
        yield "agreement", o.founding_agreement, f"{at}.founding_agreement"
    yield from _ids("agreement", o.accession_agreements, f"{at}.accession_agreements")
    for k, body in enumerate(o.bodies):
        yield from _record(body, f"{at}.bodies[{k}]")
        yield from _external(body, f"{at}.bodies[{k}]")
    for k, act in enumerate(o.membership_acts):
        kat = f"{at}.membership_acts[{k}]"
        yield _party(act.member, f"{kat}.member")
        if act.decision is not None:
            yield "decision", act.decision, f"{kat}.decision"
        yield from _record(act, kat)


def _meeting(m: Any, at: str) -> Iterator[Reference]:
    if m.organization is not None:
        yield "organization", m.organization, f"{at}.organization"
    if m.host_state is not None:
        yield "state", m.host_state, f"{at}.host_state"
    for k, place in enumerate(m.places):
        yield from _place(place, f"{at}.places[{k}]")
    for k, participant in enumerate(m.participants):
        pat = f"{at}.participants[{k}]"
        if participant.party is not None:
            yield _party(participant.party, f"{pat}.party")
        if participant.person is not None:
            yield "person", participant.person, f"{pat}.person"
        yield from _record(participant, pat)
    yield from _ids("agreement", m.agreements, f"{at}.agreements")
    yield from _ids("decision", m.decisions, f"{at}.decisions")
    yield from _external(m, at)
    yield from _record(m, at)
    yield from _program(m.program, at)


def _decision(x: Any, at: str) -> Iterator[Reference]:
    yield "organization", x.organization, f"{at}.organization"
    if x.subject is not None:
        yield _party(x.subject, f"{at}.subject")
    if x.agreement is not None:
        yield "agreement", x.agreement, f"{at}.agreement"
    if x.creates is not None:
        yield "organization", x.creates, f"{at}.creates"
    if x.meeting is not None:
        yield "meeting", x.meeting, f"{at}.meeting"
    yield from _external(x, at)
    yield from _record(x, at)


def _record_without_sources(record: Any, at: str) -> Iterator[Reference]:
    """What a record refers to through its variants and certainty (a quote's one source is a field)."""
    for i, variant in enumerate(record.variants):
        yield from _sources(variant.sources, f"{at}.variants[{i}]")
    certainty = record.certainty
    if certainty is not None:
        for i, ref in enumerate(certainty.by):
            yield from _actor(ref, f"{at}.certainty.by[{i}]")
        yield from _sources(certainty.sources, f"{at}.certainty")


def _visit(visit: Visit, at: str) -> Iterator[Reference]:
    yield "person", visit.guest, f"{at}.guest"
    yield "state", visit.guest_state, f"{at}.guest_state"
    if visit.host is not None:
        yield "person", visit.host, f"{at}.host"
    yield "state", visit.host_state, f"{at}.host_state"
    for k, place in enumerate(visit.places):
        yield from _place(place, f"{at}.places[{k}]")
    yield from _ids("agreement", visit.agreements, f"{at}.agreements")
    if visit.invited_by is not None:
        yield "person", visit.invited_by, f"{at}.invited_by"
    yield from _external(visit, at)
    yield from _record(visit, at)
    yield from _program(visit.program, at)


def _program(program: Sequence[Event], at: str) -> Iterator[Reference]:
    """What the events of a visit's or a meeting's program refer to."""
    for j, event in enumerate(program):
        eat = f"{at}.program[{j}]"
        if event.venue is not None:
            yield from _place(event.venue, f"{eat}.venue")
        yield from _ids("person", event.participants, f"{eat}.participants")
        yield from _record(event, eat)


def _agreement(a: Agreement, at: str) -> Iterator[Reference]:
    for k, party in enumerate(a.parties or ()):
        yield _party(party, f"{at}.parties[{k}]")
    yield from _titles(a.other_titles, f"{at}.other_titles")
    yield from _place(a.place, f"{at}.place")
    for k, sig in enumerate(a.signatures):
        sat = f"{at}.signatures[{k}]"
        yield "person", sig.signatory, f"{sat}.signatory"
        yield _party(sig.party, f"{sat}.party")
        if sig.office is not None:
            yield "office", sig.office, f"{sat}.office"
        if sig.place is not None:
            yield from _place(sig.place, f"{sat}.place")
        yield from _record(sig, sat)
    for steps, section in walk_sections(a.sections):
        if section.sources or section.variants or section.certainty:
            yield from _record(section, section_path(at, steps))
    for k, c in enumerate(a.commitments):
        referring = c.bound or c.beneficiaries or c.organizations or c.agreements or c.sources or c.variants
        if not referring and c.certainty is None:
            continue  # nothing to refer to: build no paths
        cat = f"{at}.commitments[{k}]"
        for m, ref in enumerate(c.bound):
            yield _party(ref, f"{cat}.bound[{m}]")
        for m, ref in enumerate(c.beneficiaries):
            yield _party(ref, f"{cat}.beneficiaries[{m}]")
        if c.organizations:
            yield from _ids("organization", c.organizations, f"{cat}.organizations")
        if c.agreements:
            yield from _ids("agreement", c.agreements, f"{cat}.agreements")
        yield from _record(c, cat)
    for k, action in enumerate(a.party_actions):
        kat = f"{at}.party_actions[{k}]"
        yield _party(action.party, f"{kat}.party")
        if action.performed_by is not None:
            yield "person", action.performed_by, f"{kat}.performed_by"
        for m, ref in enumerate(action.disputed_by):
            yield _party(ref, f"{kat}.disputed_by[{m}]")
        yield from _record(action, kat)
    yield from _clauses(a, at)
    for k, milestone in enumerate(a.milestones):
        yield from _record(milestone, f"{at}.milestones[{k}]")
    for k, relation in enumerate(a.relations):
        yield "agreement", relation.target, f"{at}.relations[{k}].target"
        yield from _record(relation, f"{at}.relations[{k}]")
    yield from _ids("source", a.published_in, f"{at}.published_in")
    yield from _external(a, at)
    yield from _record(a, at)


def _clauses(a: Agreement, at: str) -> Iterator[Reference]:
    if a.consent_clause is not None:
        yield from _record(a.consent_clause, f"{at}.consent_clause")
    clause = a.entry_into_force_clause
    if clause is not None:
        for m, ref in enumerate(clause.required):
            yield _party(ref, f"{at}.entry_into_force_clause.required[{m}]")
        yield from _record(clause, f"{at}.entry_into_force_clause")
    period = a.signature_period
    if period is not None:
        yield from _place(period.place, f"{at}.signature_period.place")
        for m, ref in enumerate(period.open_to):
            yield _party(ref, f"{at}.signature_period.open_to[{m}]")
        yield from _record(period, f"{at}.signature_period")
    if a.withdrawal_clause is not None:
        yield from _record(a.withdrawal_clause, f"{at}.withdrawal_clause")
    if a.term is not None:
        yield from _record(a.term, f"{at}.term")


# --- the referred ids, without paths ----------------------------------------------
#
# The same references as the walk above, gathered straight into one set per kind:
# no path strings, no generator per record, and a list is read only when it is not
# empty (most are). tests/test_rules.py checks that both find the same (kind, id)
# pairs.


class _Ids:
    """One set of referred ids per kind of record."""

    def __init__(self) -> None:
        self.state: set[str] = set()
        self.organization: set[str] = set()
        self.person: set[str] = set()
        self.office: set[str] = set()
        self.agreement: set[str] = set()
        self.meeting: set[str] = set()
        self.decision: set[str] = set()
        self.source: set[str] = set()

    def parties(self, refs: Iterable[PartyRef]) -> None:
        for ref in refs:
            if isinstance(ref, StateRef):
                self.state.add(ref.code)
            else:
                self.organization.add(ref.id)

    def actor(self, ref: ActorRef) -> None:
        if isinstance(ref, PersonRef):
            self.person.add(ref.id)
        elif isinstance(ref, OfficeRef):
            self.office.add(ref.id)
        elif isinstance(ref, BodyRef):
            if ref.of is not None:
                self.parties((ref.of,))
        else:
            self.parties((ref,))

    def record(self, record: Any) -> None:
        """The sources, variants' sources and certainty of any record of facts."""
        if record.sources:
            self.source.update(record.sources)
        # On every commitment and section of a dossier: most have neither.
        if record.variants or record.certainty is not None:
            self.facts(record)

    def facts(self, record: Any) -> None:
        """The variants' sources and certainty of a record (a quote's one source is a field)."""
        for variant in record.variants:
            self.source.update(variant.sources)
        certainty = record.certainty
        if certainty is not None:
            for ref in certainty.by:
                self.actor(ref)
            self.source.update(certainty.sources)

    def place(self, place: Place | None) -> None:
        if place is None:
            return
        if place.state is not None:
            self.state.add(place.state)
        self.record(place)

    def program(self, program: Iterable[Event]) -> None:
        for event in program:
            self.place(event.venue)
            self.person.update(event.participants)
            self.record(event)

    def titles(self, titles: Iterable[Title]) -> None:
        for title in titles:
            self.record(title)

    def by_kind(self) -> dict[str, set[str]]:
        return {
            "state": self.state,
            "organization": self.organization,
            "person": self.person,
            "office": self.office,
            "agreement": self.agreement,
            "meeting": self.meeting,
            "decision": self.decision,
            "source": self.source,
        }

    def external(self, record: Any) -> None:
        for external in record.external_ids:
            self.source.update(external.sources)

    def dated(self, record: Any) -> None:
        for name in record.names:
            self.record(name)
        for capital in getattr(record, "capitals", ()):
            self.record(capital)
        self.external(record)


def _referenced_ids(d: Dossier) -> dict[str, set[str]]:
    ids = _Ids()
    for state in d.states:
        ids.record(state)
        if state.names or state.capitals or state.external_ids:
            ids.dated(state)
    for organization in d.organizations:
        _organization_ids(ids, organization)
    for person in d.persons:
        ids.titles(person.other_names)
        ids.record(person)
        ids.external(person)
    for office in d.offices:
        ids.parties((office.represents,))
        ids.titles(office.other_titles)
        ids.record(office)
        ids.external(office)
    for tenure in d.tenures:
        ids.person.add(tenure.person)
        ids.office.add(tenure.office)
        ids.record(tenure)
    for visit in d.visits:
        _visit_ids(ids, visit)
    for meeting in d.meetings:
        _meeting_ids(ids, meeting)
    for decision in d.decisions:
        _decision_ids(ids, decision)
    for agreement in d.agreements:
        _agreement_ids(ids, agreement)
    for quote in d.quotes:
        ids.source.add(quote.source)
        if quote.speaker is not None:
            ids.actor(quote.speaker)
        if quote.agreement is not None:
            ids.agreement.add(quote.agreement)
        ids.facts(quote)
    return ids.by_kind()


def _organization_ids(ids: _Ids, o: Any) -> None:
    ids.record(o)
    ids.dated(o)
    if o.founding_agreement is not None:
        ids.agreement.add(o.founding_agreement)
    ids.agreement.update(o.accession_agreements)
    for body in o.bodies:
        ids.record(body)
        ids.external(body)
    for act in o.membership_acts:
        ids.parties((act.member,))
        if act.decision is not None:
            ids.decision.add(act.decision)
        ids.record(act)


def _meeting_ids(ids: _Ids, m: Any) -> None:
    if m.organization is not None:
        ids.organization.add(m.organization)
    if m.host_state is not None:
        ids.state.add(m.host_state)
    for place in m.places:
        ids.place(place)
    for participant in m.participants:
        if participant.party is not None:
            ids.parties((participant.party,))
        if participant.person is not None:
            ids.person.add(participant.person)
        ids.record(participant)
    ids.agreement.update(m.agreements)
    ids.decision.update(m.decisions)
    ids.external(m)
    ids.record(m)
    ids.program(m.program)


def _decision_ids(ids: _Ids, x: Any) -> None:
    ids.organization.add(x.organization)
    if x.subject is not None:
        ids.parties((x.subject,))
    if x.agreement is not None:
        ids.agreement.add(x.agreement)
    if x.creates is not None:
        ids.organization.add(x.creates)
    if x.meeting is not None:
        ids.meeting.add(x.meeting)
    ids.external(x)
    ids.record(x)


def _visit_ids(ids: _Ids, visit: Visit) -> None:
    ids.person.add(visit.guest)
    if visit.host is not None:
        ids.person.add(visit.host)
    ids.state.update((visit.guest_state, visit.host_state))
    for place in visit.places:
        ids.place(place)
    ids.agreement.update(visit.agreements)
    if visit.invited_by is not None:
        ids.person.add(visit.invited_by)
    ids.external(visit)
    ids.record(visit)
    ids.program(visit.program)


def _agreement_ids(ids: _Ids, a: Agreement) -> None:
    ids.parties(a.parties or ())
    ids.titles(a.other_titles)
    ids.place(a.place)
    for sig in a.signatures:
        ids.person.add(sig.signatory)
        ids.parties((sig.party,))
        if sig.office is not None:
            ids.office.add(sig.office)
        ids.place(sig.place)
        ids.record(sig)
    source = ids.source
    for section in all_sections(a.sections):  # ids.record inlined: thousands per agreement
        if section.sources:
            source.update(section.sources)
        if section.variants or section.certainty is not None:
            ids.facts(section)
    for c in a.commitments:  # the most numerous records: test before reading each list
        if c.bound:
            ids.parties(c.bound)
        if c.beneficiaries:
            ids.parties(c.beneficiaries)
        if c.organizations:
            ids.organization.update(c.organizations)
        if c.agreements:
            ids.agreement.update(c.agreements)
        if c.sources:
            source.update(c.sources)
        if c.variants or c.certainty is not None:
            ids.facts(c)
    for action in a.party_actions:
        ids.parties((action.party,))
        if action.performed_by is not None:
            ids.person.add(action.performed_by)
        if action.disputed_by:
            ids.parties(action.disputed_by)
        ids.record(action)
    clauses = (a.consent_clause, a.entry_into_force_clause, a.signature_period, a.withdrawal_clause, a.term)
    for clause in clauses:
        if clause is not None:
            ids.record(clause)
    if a.entry_into_force_clause is not None:
        ids.parties(a.entry_into_force_clause.required)
    if a.signature_period is not None:
        ids.place(a.signature_period.place)
        ids.parties(a.signature_period.open_to)
    for milestone in a.milestones:
        ids.record(milestone)
    for relation in a.relations:
        ids.agreement.add(relation.target)
        ids.record(relation)
    ids.source.update(a.published_in)
    ids.external(a)
    ids.record(a)
