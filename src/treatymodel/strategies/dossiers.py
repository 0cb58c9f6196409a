"""Whole dossiers whose records agree with one another, and the records taken from them."""

from __future__ import annotations

import datetime as dt

import attrs
from hypothesis import strategies as st

import treatymodel as tm
from treatymodel.strategies._common import (
    _ART7,
    _FREE_TEXT,
    _OPT_BOOLS,
    CITIES,
    CURRENT_STATE_CODES,
    FIELDS,
    LANGUAGE_TAGS,
    ORGANIZATIONS,
    RELATIONSHIP_LEVELS,
    VENUES,
    VERBATIM,
    Draw,
    _cite,
    _distinct,
    _flag,
    _int,
    _maybe,
    _pick,
    _shuffled,
    _subset,
)
from treatymodel.strategies.agreements import _RELATION_KINDS, _commitment, _section_forest, terms
from treatymodel.strategies.dates import (
    _any_precision,
    _date_between,
    _dated,
    _day,
    _days,
    _earlier,
    _later,
    _up_to_90_days,
)
from treatymodel.strategies.parties import _organization, _place
from treatymodel.strategies.people import _office_id, _office_title, _person, _tenure_dates
from treatymodel.strategies.sources import _source, titles, variants
from treatymodel.strategies.visits import _AGREEMENT_VARIANT_FIELDS, _VISIT_VARIANT_FIELDS, _event

_KIND_LABELS = {
    tm.AgreementKind.TREATY: "Treaty on Friendship and Cooperation",
    tm.AgreementKind.CONVENTION: "Convention on Legal Assistance",
    tm.AgreementKind.AGREEMENT: "Agreement on Cooperation in the Field of {}",
    tm.AgreementKind.CHARTER: "Charter of Partnership",
    tm.AgreementKind.PROTOCOL: "Protocol on Cooperation in the Field of {}",
    tm.AgreementKind.EXCHANGE_OF_NOTES: "Exchange of Notes on {}",
    tm.AgreementKind.DECLARATION: "Declaration on Comprehensive Strategic Partnership",
    tm.AgreementKind.JOINT_STATEMENT: "Joint Statement on {}",
    tm.AgreementKind.MEMORANDUM_OF_UNDERSTANDING: "Memorandum of Understanding on {}",
    tm.AgreementKind.LETTER_OF_INTENT: "Letter of Intent on {}",
    tm.AgreementKind.PROGRAMME: "Programme of Cooperation in the Field of {}",
    tm.AgreementKind.ACTION_PLAN: "Action Plan on {}",
    tm.AgreementKind.OTHER: "Roadmap on {}",
}
_BINDING_KINDS = (
    tm.AgreementKind.TREATY,
    tm.AgreementKind.CONVENTION,
    tm.AgreementKind.AGREEMENT,
    tm.AgreementKind.PROTOCOL,
    tm.AgreementKind.EXCHANGE_OF_NOTES,
    tm.AgreementKind.CHARTER,
)
_POLITICAL_KINDS = tuple(k for k in tm.AgreementKind if k not in _BINDING_KINDS)
_CONSENT_KINDS = (tm.PartyActionKind.RATIFICATION, tm.PartyActionKind.ACCEPTANCE, tm.PartyActionKind.APPROVAL)
_VISIT_KINDS = list(tm.VisitKind)
_EXTRA_ROLES = (
    None,
    tm.OfficeRole.HEAD_OF_GOVERNMENT,
    tm.OfficeRole.FOREIGN_MINISTER,
    tm.OfficeRole.MINISTER,
)
_LEVELS = list(tm.AgreementLevel)
_DOSSIER_TITLES = ("Russia-Kazakhstan 2025", "Договоры и визиты", "Generated dossier")


@attrs.frozen(kw_only=True)
class _Ground:
    """What the first step draws: the year, the states, organizations and sources."""

    y0: int
    window: dt.date
    codes: tuple[str, ...]
    capitals: dict[str, str | None]
    states: tuple[tm.State, ...]
    organizations: tuple[tm.Organization, ...]
    sources: tuple[tm.Source, ...]

    @property
    def source_ids(self) -> list[str]:
        return [s.id for s in self.sources]


@attrs.frozen(kw_only=True)
class _Cast:
    """Persons, offices and tenures, and who holds which office for which party."""

    persons: list[tm.Person] = attrs.Factory(list)
    offices: list[tm.Office] = attrs.Factory(list)
    tenures: list[tm.Tenure] = attrs.Factory(list)
    roster: dict[tm.PartyRef, list[tuple[str, tm.Office]]] = attrs.Factory(dict)
    office_of: dict[str, tm.Office] = attrs.Factory(dict)


@attrs.frozen(kw_only=True)
class _Skeleton:
    """A visit before its program: the agreements step appends the agreements signed on it."""

    id: str
    kind: tm.VisitKind
    guest: str
    guest_state: str
    host: str
    host_state: str
    start: dt.date
    end: dt.date
    agreements: list[str] = attrs.Factory(list)


@st.composite
def dossiers(
    draw: Draw,
    *,
    min_visits: int = 0,
    max_visits: int = 2,
    max_agreements: int = 3,
    max_states: int = 3,
    max_organizations: int = 2,
) -> tm.Dossier:
    """Internally consistent dossiers; the package docstring lists every invariant."""
    # The steps draw in this order; reordering them changes what a given seed generates.
    ground = _states_and_sources(draw, _int(draw, 1950, 2040), max_states, max_organizations)
    cast = _persons_and_offices(draw, ground)
    skeletons = _visit_skeletons(draw, ground, cast, min_visits, max_visits)
    agreements = _agreements(draw, ground, cast, skeletons, max_agreements)
    visits = _visits(draw, ground, skeletons)
    quotes = _quotes(draw, ground, cast.persons, agreements)
    return tm.Dossier(
        id=f"dossier-{ground.y0}",
        title=_pick(draw, _DOSSIER_TITLES),
        description=_maybe(draw, lambda: draw(_FREE_TEXT)),
        states=ground.states,
        organizations=ground.organizations,
        persons=tuple(cast.persons),
        offices=tuple(cast.offices),
        tenures=tuple(cast.tenures),
        visits=tuple(visits),
        agreements=tuple(agreements),
        sources=ground.sources,
        quotes=quotes,
    )


def _states_and_sources(draw: Draw, y0: int, max_states: int, max_organizations: int) -> _Ground:
    window = dt.date(y0, 1, 1)
    codes = _distinct(draw, CURRENT_STATE_CODES, _int(draw, 2, max_states))
    capitals = {code: _maybe(draw, lambda: _pick(draw, CITIES)) for code in codes}
    states = tuple(
        tm.State(
            code=code,
            name=tm.State(code=code).display_name if _flag(draw) else None,
            capital=capitals[code],
        )
        for code in codes
    )
    organizations = tuple(
        _organization(entry, _flag(draw))
        for entry in _distinct(draw, ORGANIZATIONS, _int(draw, 0, max_organizations))
    )
    sources = tuple(draw(_source(f"src-{i + 1}", _days(window, -30))) for i in range(_int(draw, 1, 3)))
    return _Ground(
        y0=y0,
        window=window,
        codes=codes,
        capitals=capitals,
        states=states,
        organizations=organizations,
        sources=sources,
    )


def _persons_and_offices(draw: Draw, ground: _Ground) -> _Cast:
    """A head of state (and perhaps another office) per state, a head per organization."""
    cast = _Cast()
    for code in ground.codes:
        ref = tm.StateRef(code=code)
        _appoint(draw, ground, cast, tm.OfficeRole.HEAD_OF_STATE, ref)
        extra = _pick(draw, _EXTRA_ROLES)
        if extra is not None:
            _appoint(draw, ground, cast, extra, ref)
    for org in ground.organizations:
        _appoint(draw, ground, cast, tm.OfficeRole.HEAD_OF_ORGANIZATION, org.ref())
    return cast


def _new_person(draw: Draw, ground: _Ground, cast: _Cast) -> str:
    person: tm.Person = draw(_person(number=len(cast.persons) + 1, source_ids=ground.source_ids))
    cast.persons.append(person)
    return person.id


def _appoint(draw: Draw, ground: _Ground, cast: _Cast, role: tm.OfficeRole, party: tm.PartyRef) -> None:
    """An office of ``party``, its holder for the whole window, and now and then a predecessor."""
    y0 = ground.y0
    single = _flag(draw) if role is tm.OfficeRole.MINISTER else True
    office = tm.Office(
        id=_office_id(role, party),
        title=_office_title(role, party),
        role=role,
        represents=party,
        single_holder=single,
    )
    cast.offices.append(office)
    pid = _new_person(draw, ground, cast)
    start, end = _tenure_dates(draw, y0)
    cast.tenures.append(
        tm.Tenure(person=pid, office=office.id, start=start, end=end, sources=_cite(draw, ground.source_ids))
    )
    cast.roster.setdefault(party, []).append((pid, office))
    cast.office_of[pid] = office
    if single and _int(draw, 0, 3) == 3:
        predecessor = _new_person(draw, ground, cast)
        cast.tenures.append(
            tm.Tenure(
                person=predecessor,
                office=office.id,
                start=_any_precision(draw, dt.date(y0 - 40, 1, 1), dt.date(y0 - 30, 12, 31)),
                end=_any_precision(draw, dt.date(y0 - 29, 1, 1), dt.date(y0 - 21, 12, 31)),
            )
        )


def _visit_skeletons(
    draw: Draw, ground: _Ground, cast: _Cast, min_visits: int, max_visits: int
) -> list[_Skeleton]:
    """Visits in date order, not overlapping, between office holders of two distinct states."""
    skeletons: list[_Skeleton] = []
    cursor = _days(ground.window, _int(draw, 0, 60))
    for i in range(_int(draw, min_visits, max_visits)):
        guest_state, host_state = _shuffled(draw, ground.codes)[:2]
        kind = _pick(draw, _VISIT_KINDS)
        if kind is tm.VisitKind.STATE:
            guest = cast.roster[tm.StateRef(code=guest_state)][0][0]
            host = cast.roster[tm.StateRef(code=host_state)][0][0]
        else:
            guest = _pick(draw, cast.roster[tm.StateRef(code=guest_state)])[0]
            host = _pick(draw, cast.roster[tm.StateRef(code=host_state)])[0]
        start = cursor
        end = _days(start, _int(draw, 0, 3))
        cursor = _days(end, _int(draw, 1, 200))
        skeletons.append(
            _Skeleton(
                id=f"visit-{i + 1}",
                kind=kind,
                guest=guest,
                guest_state=guest_state,
                host=host,
                host_state=host_state,
                start=start,
                end=end,
            )
        )
    return skeletons


def _agreements(
    draw: Draw, ground: _Ground, cast: _Cast, skeletons: list[_Skeleton], max_agreements: int
) -> list[tm.Agreement]:
    agreements: list[tm.Agreement] = []
    visit_of: dict[str, str] = {}
    for i in range(_int(draw, 1, max_agreements)):
        agreements.append(_agreement(draw, f"agr-{i + 1}", ground, cast, skeletons, visit_of, agreements))
    return agreements


def _agreement(
    draw: Draw,
    aid: str,
    ground: _Ground,
    cast: _Cast,
    skeletons: list[_Skeleton],
    visit_of: dict[str, str],
    earlier: list[tm.Agreement],
) -> tm.Agreement:
    """One agreement, signed on a visit or not, related only to ``earlier`` ones."""
    source_ids = ground.source_ids
    visit = _maybe(draw, lambda: _pick(draw, skeletons)) if skeletons else None
    if visit is not None:
        parties, place, signed, bilateral = _signed_on_visit(draw, aid, ground, cast, visit, visit_of)
    else:
        parties, place, signed, bilateral = _signed_elsewhere(draw, ground, cast)

    first_signed = min(_dated(s.date).earliest() for s in signed)
    legally_binding = _pick(draw, [None, True, False])
    kind = _pick(draw, _BINDING_KINDS if legally_binding else _POLITICAL_KINDS)
    title = _KIND_LABELS[kind].format(_pick(draw, FIELDS)[0])
    if len(parties) == 2 and all(isinstance(p, tm.StateRef) for p in parties):
        names = [tm.State(code=p.code).display_name for p in parties if isinstance(p, tm.StateRef)]
        title = f"{title} between {names[0]} and {names[1]}"

    actions, milestones = _lifecycle(draw, ground, parties, signed, legally_binding, first_signed)

    body = _section_forest(draw, aid, 3, 2, source_ids)
    section_ids = [u.id for s in body for u in s.walk()]
    earlier_ids = [a.id for a in earlier]
    org_ids = [o.id for o in ground.organizations]
    commitments = tuple(
        _commitment(draw, f"{aid}-c{j + 1}", parties, org_ids, earlier_ids, section_ids, source_ids)
        for j in range(_int(draw, 0, 3))
    )

    # Relations point to earlier agreements signed no later than this one: the graph is acyclic.
    relations: list[tm.Relation] = []
    for target in _subset(draw, earlier):
        if target.date is None or target.date.earliest() > first_signed:
            continue
        same_visit = visit is not None and visit_of.get(target.id) == visit.id
        kinds = [k for k in _RELATION_KINDS if same_visit or k is not tm.RelationKind.SIGNED_WITH]
        relations.append(
            tm.Relation(kind=_pick(draw, kinds), target=target.id, sources=_cite(draw, source_ids, 1))
        )

    return tm.Agreement(
        id=aid,
        title=title,
        kind=kind,
        parties=parties,
        other_titles=tuple(draw(titles(source_ids)) for _ in range(_int(draw, 0, 2))),
        legally_binding=legally_binding,
        level=_maybe(draw, lambda: _pick(draw, _LEVELS)),
        bilateral=bilateral,
        date=_day(first_signed),
        place=place,
        languages=_subset(draw, ["ru", "kk", "en", "fr", "zh"], max_size=3),
        signatures=tuple(signed),
        preamble=_maybe(draw, lambda: draw(_FREE_TEXT)),
        sections=body,
        conclusions=_maybe(draw, lambda: "Done in two originals, each in the Russian and Kazakh languages"),
        commitments=commitments,
        party_actions=tuple(actions),
        milestones=tuple(milestones),
        consent_clause=tm.ConsentClause(by_signature=False, sources=_cite(draw, source_ids, 1))
        if legally_binding and _flag(draw)
        else None,
        withdrawal_clause=tm.WithdrawalClause(notice=tm.Period(months=_int(draw, 0, 12)))
        if any(a.kind is tm.PartyActionKind.WITHDRAWAL for a in actions) and _flag(draw)
        else None,
        # Longer than any generated lifecycle, so that no act comes after the term ends.
        term=draw(terms(min_years=10, source_ids=source_ids)) if legally_binding and _flag(draw) else None,
        relations=tuple(relations),
        relationship_level=_maybe(draw, lambda: _pick(draw, RELATIONSHIP_LEVELS)),
        published_in=_cite(draw, source_ids, 1),
        summary=_maybe(draw, lambda: draw(_FREE_TEXT)),
        sources=_cite(draw, source_ids),
        variants=(draw(variants(source_ids, _AGREEMENT_VARIANT_FIELDS)),) if _flag(draw) else (),
    )


_Signing = tuple[tuple[tm.PartyRef, ...], tm.Place | None, list[tm.Signature], bool | None]


def _sign(
    draw: Draw,
    ground: _Ground,
    cast: _Cast,
    pid: str,
    party: tm.PartyRef,
    day: dt.date,
    where: tm.Place | None,
) -> tm.Signature:
    """``pid`` signs for ``party`` in the office they hold, with full powers unless article 7 spares them."""
    office = cast.office_of[pid]
    return tm.Signature(
        signatory=pid,
        party=party,
        date=_day(day),
        office=office.id,
        full_powers=True if office.role not in _ART7 else draw(_OPT_BOOLS),
        ad_referendum=_flag(draw),
        place=where,
        sources=_cite(draw, ground.source_ids, 1),
    )


def _signed_on_visit(
    draw: Draw, aid: str, ground: _Ground, cast: _Cast, visit: _Skeleton, visit_of: dict[str, str]
) -> _Signing:
    """Signed by the guest and the host on days of ``visit``, in the host state."""
    guest_ref = tm.StateRef(code=visit.guest_state)
    host_ref = tm.StateRef(code=visit.host_state)
    parties = _shuffled(draw, [guest_ref, host_ref])
    place = tm.Place(
        name=_pick(draw, VENUES), locality=ground.capitals[visit.host_state], state=visit.host_state
    )
    signed: list[tm.Signature] = []
    for pid, ref in ((visit.guest, guest_ref), (visit.host, host_ref)):
        day = _date_between(draw, visit.start, visit.end)
        signed.append(_sign(draw, ground, cast, pid, ref, day, place if _flag(draw) else None))
    visit.agreements.append(aid)
    visit_of[aid] = visit.id
    return parties, place, signed, True if _flag(draw) else None


def _signed_elsewhere(draw: Draw, ground: _Ground, cast: _Cast) -> _Signing:
    """Signed by two to four states and organizations within a month, one or two signatories each."""
    codes = ground.codes
    pool: list[tm.PartyRef] = [tm.StateRef(code=c) for c in codes] + [o.ref() for o in ground.organizations]
    parties = _shuffled(draw, _subset(draw, pool, min_size=2, max_size=4))
    base = _days(ground.window, _int(draw, 0, 1400))
    signed: list[tm.Signature] = []
    for party in parties:
        for pid, _office in _subset(draw, cast.roster[party], min_size=1, max_size=2):
            day = _days(base, _int(draw, 0, 30))
            signed.append(
                _sign(draw, ground, cast, pid, party, day, _maybe(draw, lambda: draw(_place(codes))))
            )
    place = _maybe(draw, lambda: draw(_place(codes)))
    # Stated or not; when stated, true exactly for two parties.
    return parties, place, signed, (len(parties) == 2) if _flag(draw) else None


def _lifecycle(
    draw: Draw,
    ground: _Ground,
    parties: tuple[tm.PartyRef, ...],
    signed: list[tm.Signature],
    legally_binding: bool | None,
    first_signed: dt.date,
) -> tuple[list[tm.PartyAction], list[tm.Milestone]]:
    """Adoption, consents, declarations, entry into force and a withdrawal, each in its order."""
    source_ids = ground.source_ids
    actions: list[tm.PartyAction] = []
    milestones: list[tm.Milestone] = []
    consents: dict[tm.PartyRef, tm.PartialDate] = {}
    if _flag(draw):
        milestones.append(tm.Milestone(kind=tm.MilestoneKind.ADOPTION, date=_earlier(draw, first_signed)))
    if legally_binding is True:
        for party in parties:
            if not _flag(draw):
                continue
            last_signed = max(_dated(s.date).latest() for s in signed if s.party == party)
            when = _later(draw, last_signed)
            consents[party] = when
            actions.append(
                tm.PartyAction(
                    kind=_pick(draw, _CONSENT_KINDS),
                    party=party,
                    date=when,
                    effective=_maybe(draw, _up_to_90_days(draw, when)),
                    depositary=_maybe(draw, lambda: "Secretary-General of the United Nations"),
                    sources=_cite(draw, source_ids, 1),
                )
            )
            if _flag(draw):
                actions.append(
                    tm.PartyAction(
                        kind=tm.PartyActionKind.DECLARATION,
                        party=party,
                        date=when,
                        text=_pick(draw, VERBATIM),
                    )
                )
        entry: tm.PartialDate | None = None
        if len(consents) == len(parties) and _flag(draw):
            entry = _later(draw, max(d.latest() for d in consents.values()), 1, 120)
            milestones.append(
                tm.Milestone(
                    kind=tm.MilestoneKind.ENTRY_INTO_FORCE, date=entry, sources=_cite(draw, source_ids, 1)
                )
            )
            # In force for no party before it is in force at all (VCLT art. 24).
            actions = [
                attrs.evolve(a, effective=None)
                if a.effective is not None and a.effective.earliest() < entry.latest()
                else a
                for a in actions
            ]
        if consents and _flag(draw):
            leaving = _pick(draw, list(consents))
            after = max(consents[leaving].latest(), entry.latest() if entry else dt.date.min)
            when = _later(draw, after, 1, 2000)
            actions.append(
                tm.PartyAction(
                    kind=tm.PartyActionKind.WITHDRAWAL,
                    party=leaving,
                    date=when,
                    # A year of notice, the longest clause generated below (365 days fall
                    # short of twelve months across a 29 February).
                    effective=_day(tm.Period(months=12).after(when.latest())),
                )
            )
    actions.sort(key=lambda a: a.date or tm.PartialDate(year=1))
    milestones.sort(key=lambda m: m.date)
    return actions, milestones


def _visits(draw: Draw, ground: _Ground, skeletons: list[_Skeleton]) -> list[tm.Visit]:
    """The visits, with their programs in date order inside them."""
    source_ids = ground.source_ids
    visits: list[tm.Visit] = []
    seen: set[tuple[str, str, tm.VisitKind]] = set()
    for sk in skeletons:
        length = (sk.end - sk.start).days
        offsets = sorted(_int(draw, 0, length) for _ in range(_int(draw, 0, 4)))
        program = [
            draw(
                _event(
                    f"{sk.id}-e{j + 1}",
                    _day(_days(sk.start, n)),
                    (sk.guest, sk.host),
                    sk.host_state,
                    source_ids,
                )
            )
            for j, n in enumerate(offsets)
        ]
        program.sort(key=lambda e: (e.date, e.start_time or dt.time.min))
        key = (sk.guest, sk.host_state, sk.kind)
        first = (key not in seen) if _flag(draw) else None
        seen.add(key)
        town = ground.capitals[sk.host_state] or _pick(draw, CITIES)
        visits.append(
            tm.Visit(
                id=sk.id,
                kind=sk.kind,
                guest=sk.guest,
                guest_state=sk.guest_state,
                host=sk.host,
                host_state=sk.host_state,
                start=_day(sk.start),
                end=_day(sk.end),
                places=(tm.Place(name=town, state=sk.host_state),) if _flag(draw) else (),
                program=tuple(program),
                agreements=tuple(sk.agreements),
                invited_by=sk.host if _flag(draw) else None,
                first_of_kind=first,
                description=_maybe(draw, lambda: draw(_FREE_TEXT)),
                sources=_cite(draw, source_ids),
                variants=(draw(variants(source_ids, _VISIT_VARIANT_FIELDS)),) if _flag(draw) else (),
            )
        )
    return visits


def _quotes(
    draw: Draw, ground: _Ground, persons: list[tm.Person], agreements: list[tm.Agreement]
) -> tuple[tm.Quote, ...]:
    """Quotes from the dossier's sources, by its persons, about its agreements."""
    source_ids = ground.source_ids
    person_ids = [p.id for p in persons]
    agreement_ids = [a.id for a in agreements]
    window = ground.window
    return tuple(
        tm.Quote(
            id=f"q-{i + 1}",
            text=draw(_FREE_TEXT),
            source=_pick(draw, source_ids),
            speaker=_maybe(draw, lambda: _pick(draw, person_ids)),
            agreement=_maybe(draw, lambda: _pick(draw, agreement_ids)),
            date=_maybe(draw, lambda: _any_precision(draw, window, _days(window, 1460))),
            lang=_maybe(draw, lambda: _pick(draw, LANGUAGE_TAGS)),
            translated=draw(_OPT_BOOLS),
        )
        for i in range(_int(draw, 0, 2))
    )


def visits() -> st.SearchStrategy[tm.Visit]:
    """Visits taken from `dossiers` (dates in order, events inside, distinct states)."""
    return dossiers(min_visits=1).flatmap(lambda d: st.sampled_from(d.visits))


def agreements() -> st.SearchStrategy[tm.Agreement]:
    """Agreements taken from `dossiers` (signatories among parties, lifecycle in order)."""
    return dossiers().flatmap(lambda d: st.sampled_from(d.agreements))
