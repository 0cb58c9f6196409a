# mypy: allow-redefinition
"""Strategies for agreements' parts: text structure, signatures, actions, clauses, lifecycles."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from hypothesis import strategies as st

import treatymodel as tm
from treatymodel.strategies._common import (
    _FREE_TEXT,
    _OPT_BOOLS,
    VERBATIM,
    Draw,
    _cite,
    _flag,
    _int,
    _maybe,
    _pick,
    _shuffled,
    _subset,
    identifiers,
)
from treatymodel.strategies.dates import (
    _any_precision,
    _date_between,
    _day,
    _days,
    _later,
    date_values,
    partial_dates,
)
from treatymodel.strategies.parties import _place, party_refs, places, state_codes, state_refs
from treatymodel.strategies.people import _office_id

_SECTION_KINDS = (tm.SectionKind.PART, tm.SectionKind.SECTION, tm.SectionKind.ARTICLE, tm.SectionKind.POINT)
_HEADINGS = (
    "Politics and security",
    "в гуманитарной области",
    "Economic cooperation",
    "Ғылым және инновация",
)


def _section_tree(
    draw: Draw, prefix: str, number: str, depth: int, max_depth: int, source_ids: Sequence[str] | None
) -> tm.Section:
    n_children = _int(draw, 0, 2) if depth < max_depth else 0
    children = tuple(
        _section_tree(draw, prefix, f"{number}.{i + 1}", depth + 1, max_depth, source_ids)
        for i in range(n_children)
    )
    return tm.Section(
        id=f"{prefix}-s{number.replace('.', '-')}",
        kind=_SECTION_KINDS[min(depth - 1, len(_SECTION_KINDS) - 1)],
        number=number,
        heading=_maybe(draw, lambda: _pick(draw, _HEADINGS)),
        text=_maybe(draw, lambda: draw(_FREE_TEXT)),
        subsections=children,
        sources=_cite(draw, source_ids),
    )


def _section_forest(
    draw: Draw, prefix: str, max_top: int, max_depth: int, source_ids: Sequence[str] | None
) -> tuple[tm.Section, ...]:
    return tuple(
        _section_tree(draw, prefix, str(i + 1), 1, max_depth, source_ids)
        for i in range(_int(draw, 0, max_top))
    )


@st.composite
def sections(draw: Draw, max_depth: int = 3) -> tm.Section:
    """Nested sections (depth at most ``max_depth``) with unique ids and hierarchical numbers."""
    return _section_tree(draw, "decl", str(_int(draw, 1, 9)), 1, max_depth, None)


_TOPICS = list(tm.Topic)
_VERBS = list(tm.CommitmentVerb)
_OBLIGATIONS = list(tm.Obligation)
_SUMMARIES = (
    "Strengthen the CSTO's capacity",
    "Prevent the deployment of weapons in outer space",
    "Develop common markets of the EAEU",
    "Improve conditions for citizens residing in each other's territories",
)
_INSTRUMENTS: tuple[tuple[str, ...], ...] = (
    (),
    ("Charter of the United Nations",),
    ("Treaty on the Eurasian Economic Union",),
)


def _commitment(
    draw: Draw,
    cid: str,
    parties: Sequence[tm.PartyRef],
    organization_ids: Sequence[str],
    agreement_ids: Sequence[str],
    section_ids: Sequence[str],
    source_ids: Sequence[str] | None,
) -> tm.Commitment:
    return tm.Commitment(
        id=cid,
        topics=_subset(
            draw, _shuffled(draw, _TOPICS[:8]) if _flag(draw) else _TOPICS, max_size=3, min_size=1
        ),
        verb=_pick(draw, _VERBS),
        summary=_pick(draw, _SUMMARIES) if _int(draw, 0, 3) < 3 else draw(_FREE_TEXT),
        quote=_maybe(draw, lambda: _pick(draw, VERBATIM)),
        bound=_subset(draw, parties, max_size=len(parties)),
        beneficiaries=_subset(draw, parties, max_size=1),
        organizations=_subset(draw, organization_ids),
        instruments=_pick(draw, _INSTRUMENTS),
        agreements=_subset(draw, agreement_ids, max_size=1),
        obligation=_maybe(draw, lambda: _pick(draw, _OBLIGATIONS)),
        section=_maybe(draw, lambda: _pick(draw, section_ids)) if section_ids else None,
        sources=_cite(draw, source_ids),
    )


@st.composite
def commitments(draw: Draw) -> tm.Commitment:
    """Commitments between Russia and Kazakhstan naming real organizations."""
    parties = (tm.StateRef(code="RUS"), tm.StateRef(code="KAZ"))
    return _commitment(
        draw, f"c-{_int(draw, 1, 99)}", parties, ("csto", "eaeu", "un"), (), ("decl-s1", "decl-s2"), None
    )


# --------------------------------------------------------------------------- agreements

_ACTION_KINDS = list(tm.PartyActionKind)
_MILESTONE_KINDS = list(tm.MilestoneKind)
_RELATION_KINDS = list(tm.RelationKind)


@st.composite
def signatures(draw: Draw) -> tm.Signature:
    """Signatures by a head of state, or by a minister with full powers, on a day."""
    party = draw(state_refs(historic=False))
    role = _pick(draw, [tm.OfficeRole.HEAD_OF_STATE, tm.OfficeRole.MINISTER])
    return tm.Signature(
        signatory=draw(identifiers()),
        party=party,
        date=_day(_date_between(draw, dt.date(1945, 1, 1), dt.date(2090, 12, 31))),
        office=_office_id(role, party),
        full_powers=True if role is tm.OfficeRole.MINISTER else draw(_OPT_BOOLS),
        ad_referendum=_flag(draw),
        place=_maybe(draw, lambda: draw(_place([party.code], require_state=True))),
        sources=_cite(draw, None),
    )


@st.composite
def votes(draw: Draw) -> tm.Vote:
    """Votes of a chamber: counts of 0 or more, against and abstentions sometimes unreported."""
    return tm.Vote(
        in_favour=_int(draw, 0, 450),
        against=_maybe(draw, lambda: _int(draw, 0, 450)),
        abstentions=_maybe(draw, lambda: _int(draw, 0, 100)),
    )


@st.composite
def party_actions(draw: Draw) -> tm.PartyAction:
    """Lifecycle actions of every kind; effect on or after the act; some undated or uncertain."""
    date = _maybe(draw, lambda: draw(date_values(dt.date(1945, 1, 1), dt.date(2090, 12, 31))))
    kind = _pick(draw, _ACTION_KINDS)
    needs_text = kind in (tm.PartyActionKind.RESERVATION, tm.PartyActionKind.DECLARATION)
    domestic = kind is tm.PartyActionKind.PARLIAMENTARY_APPROVAL
    after = date.latest() if date is not None else dt.date(1945, 1, 1)
    return tm.PartyAction(
        kind=kind,
        party=draw(party_refs()),
        date=date,
        effective=_maybe(draw, lambda: _later(draw, after, 0, 120)),
        text=draw(_FREE_TEXT) if needs_text else None,
        depositary=_maybe(
            draw, lambda: _pick(draw, ["Secretary-General of the United Nations", "Russian Federation"])
        ),
        performed_by=_maybe(draw, lambda: draw(identifiers())),
        body=_pick(draw, ["State Duma", "Mazhilis", "Federation Council"]) if domestic else None,
        vote=draw(votes()) if domestic and _flag(draw) else None,
        disputed_by=tuple(draw(st.lists(party_refs(), max_size=2, unique=True))),
        note=_maybe(draw, lambda: draw(_FREE_TEXT)),
        sources=_cite(draw, None),
    )


@st.composite
def milestones(draw: Draw) -> tm.Milestone:
    """Agreement milestones, some with an uncertain date; an extension ends after its date, or is open."""
    kind = _pick(draw, _MILESTONE_KINDS)
    date = draw(date_values(dt.date(1945, 1, 1), dt.date(2090, 12, 31)))
    extension = kind is tm.MilestoneKind.EXTENSION
    return tm.Milestone(
        kind=kind,
        date=date,
        until=_maybe(draw, lambda: _later(draw, date.latest(), 365, 3650)) if extension else None,
        note=_maybe(draw, lambda: _pick(draw, ["extended by the Protocol of 7 June 2012", "вступил в силу"])),
        sources=_cite(draw, None),
    )


@st.composite
def terms(draw: Draw, min_years: int = 0, source_ids: Sequence[str] | None = None) -> tm.Term:
    """Terms: at least a month (or ``min_years``) long; automatic renewal has a renewal period."""
    years, months = _int(draw, min_years, max(min_years, 50)), _int(draw, 0, 11)
    if years == 0 and months == 0:
        years = 5
    automatic = _flag(draw)
    renewal_years = _int(draw, 1 if automatic else 0, 10)
    return tm.Term(
        years=years,
        months=months,
        renewal_years=renewal_years,
        renewal_months=_int(draw, 0, 11),
        automatic_renewal=automatic,
        max_extensions=_maybe(draw, lambda: _int(draw, 0, 3)),
        article=_maybe(draw, lambda: _pick(draw, ["Article 27", "Article XV"])),
        sources=_cite(draw, source_ids),
    )


def periods(max_years: int = 5) -> st.SearchStrategy[tm.Period]:
    """Periods of up to ``max_years`` years, months and days (zero included)."""
    return st.builds(
        tm.Period,
        years=st.integers(0, max_years),
        months=st.integers(0, 11),
        days=st.integers(0, 365),
    )


_ARTICLES = ("Article 12", "Article XVII", "Article 24(3)", "Статья 15")


def consent_clauses() -> st.SearchStrategy[tm.ConsentClause]:
    """Consent clauses: binding signature or not, accession open or not."""
    return st.builds(
        tm.ConsentClause,
        by_signature=st.booleans(),
        accession=_OPT_BOOLS,
        article=st.none() | st.sampled_from(_ARTICLES),
        text=st.none() | _FREE_TEXT,
        sources=st.lists(identifiers("src-"), max_size=2, unique=True).map(tuple),
    )


@st.composite
def entry_into_force_clauses(draw: Draw) -> tm.EntryIntoForceClause:
    """Entry into force clauses of every mode, with the fields each mode needs."""
    mode = _pick(draw, list(tm.EntryIntoForceMode))
    instruments = (
        _int(draw, 1, 60) if mode is tm.EntryIntoForceMode.AFTER_INSTRUMENTS and _flag(draw) else None
    )
    required: tuple[tm.PartyRef, ...] = ()
    if mode is tm.EntryIntoForceMode.AFTER_INSTRUMENTS and (instruments is None or _flag(draw)):
        required = tuple(draw(st.lists(state_refs(historic=False), min_size=1, max_size=4, unique=True)))
    return tm.EntryIntoForceClause(
        mode=mode,
        delay=_maybe(draw, lambda: draw(periods(1))),
        instruments=instruments,
        required=required,
        date=_any_precision(draw, dt.date(1945, 1, 1), dt.date(2090, 12, 31))
        if mode is tm.EntryIntoForceMode.ON_DATE
        else None,
        not_before=_maybe(draw, lambda: _any_precision(draw, dt.date(1945, 1, 1), dt.date(2090, 12, 31))),
        later_parties=_maybe(draw, lambda: draw(periods(1))),
        article=_maybe(draw, lambda: _pick(draw, _ARTICLES)),
        text=_maybe(draw, lambda: draw(_FREE_TEXT)),
        sources=_cite(draw, None),
    )


@st.composite
def signature_periods(draw: Draw) -> tm.SignaturePeriod:
    """Signature periods: opening on or before closing, where both are known."""
    opens = _maybe(draw, lambda: _any_precision(draw, dt.date(1945, 1, 1), dt.date(2080, 12, 31)))
    after = opens.latest() if opens is not None else dt.date(1945, 1, 1)
    return tm.SignaturePeriod(
        opens=opens,
        closes=_maybe(draw, lambda: _later(draw, after, 0, 3650)),
        place=_maybe(draw, lambda: draw(places())),
        open_to=tuple(draw(st.lists(party_refs(), max_size=3, unique=True))),
        article=_maybe(draw, lambda: _pick(draw, _ARTICLES)),
        sources=_cite(draw, None),
    )


def withdrawal_clauses() -> st.SearchStrategy[tm.WithdrawalClause]:
    """Withdrawal clauses: allowed or not, with notice and waiting periods."""
    return st.builds(
        tm.WithdrawalClause,
        allowed=st.booleans(),
        notice=st.none() | periods(1),
        not_before=st.none() | periods(10),
        article=st.none() | st.sampled_from(_ARTICLES),
        text=st.none() | _FREE_TEXT,
        sources=st.lists(identifiers("src-"), max_size=2, unique=True).map(tuple),
    )


def relations() -> st.SearchStrategy[tm.Relation]:
    """Relations to other agreements."""
    return st.builds(
        tm.Relation,
        kind=st.sampled_from(tm.RelationKind),
        target=identifiers("agr-"),
        date=st.none() | partial_dates(dt.date(1945, 1, 1), dt.date(2090, 12, 31)),
        sources=st.lists(identifiers("src-"), max_size=2, unique=True).map(tuple),
    )


_LIFE_CONSENTS = (
    tm.PartyActionKind.RATIFICATION,
    tm.PartyActionKind.ACCEPTANCE,
    tm.PartyActionKind.APPROVAL,
    tm.PartyActionKind.NOTIFICATION,
)


@st.composite
def lifecycles(draw: Draw, max_parties: int = 4) -> tm.Agreement:
    """Binding agreements with varied lifecycles, for property tests of the lifecycle engine.

    Unlike `dossiers`, these need not be free of rule findings: acts come in
    any order the generator happens to draw (a withdrawal before consent, a second
    accession), dates have every precision, some acts are undated or disputed,
    and the final clauses, when present, are of every kind. Each party signs,
    consents, leaves, re-joins, suspends and resumes at random, mostly in the
    usual order.
    """
    codes = draw(st.lists(state_codes(historic=False), min_size=2, max_size=max_parties, unique=True))
    parties = tuple(tm.StateRef(code=c) for c in codes)
    start = _date_between(draw, dt.date(1950, 1, 1), dt.date(2030, 12, 31))

    def when(after: dt.date) -> tm.PartialDate | None:
        if _int(draw, 0, 9) == 0:
            return None  # an undated act
        return _later(draw, after, 0, 900)

    actions: list[tm.PartyAction] = []
    signatures: list[tm.Signature] = []
    for party in parties:
        cursor = start
        if _flag(draw):
            signed = _day(_days(start, _int(draw, 0, 60)))
            signatures.append(
                tm.Signature(signatory=f"signer-{party.code.lower()}", party=party, date=signed)
            )
            cursor = signed.latest()
        for _ in range(_int(draw, 0, 4)):
            kind = _pick(
                draw,
                [
                    *_LIFE_CONSENTS,
                    tm.PartyActionKind.ACCESSION,
                    tm.PartyActionKind.SIGNATURE,
                    tm.PartyActionKind.DEFINITIVE_SIGNATURE,
                    tm.PartyActionKind.WITHDRAWAL,
                    tm.PartyActionKind.SUSPENSION,
                    tm.PartyActionKind.RESUMPTION,
                    tm.PartyActionKind.REVOCATION,
                    tm.PartyActionKind.NON_INTENT,
                    tm.PartyActionKind.PROVISIONAL_APPLICATION,
                    tm.PartyActionKind.RESERVATION,
                    tm.PartyActionKind.PARLIAMENTARY_APPROVAL,
                ],
            )
            date = when(cursor)
            effective = None
            if date is not None and _flag(draw):
                effective = _later(draw, date.latest(), 0, 400)
            others = [p for p in parties if p != party]
            actions.append(
                tm.PartyAction(
                    kind=kind,
                    party=party,
                    date=date,
                    effective=effective,
                    disputed_by=(_pick(draw, others),)
                    if kind is tm.PartyActionKind.SUSPENSION and _flag(draw)
                    else (),
                )
            )
            if date is not None:
                cursor = max(cursor, (effective or date).latest())
    milestones: list[tm.Milestone] = []
    for kind in (tm.MilestoneKind.ENTRY_INTO_FORCE, tm.MilestoneKind.TERMINATION, tm.MilestoneKind.EXTENSION):
        if _int(draw, 0, 2) == 0:
            date = _any_precision(draw, start, _days(start, 4000))
            until = None
            if kind is tm.MilestoneKind.EXTENSION and _flag(draw):
                until = _later(draw, date.latest(), 30, 3000)
            milestones.append(tm.Milestone(kind=kind, date=date, until=until))
    if _int(draw, 0, 3) == 0 and len(parties) == 2:
        milestones.append(
            tm.Milestone(
                kind=tm.MilestoneKind.EXCHANGE_OF_INSTRUMENTS,
                date=_any_precision(draw, start, _days(start, 2000)),
            )
        )
    return tm.Agreement(
        id="life",
        title="Generated lifecycle",
        kind=tm.AgreementKind.TREATY,
        parties=parties,
        legally_binding=_pick(draw, [True, None, False]),
        date=_day(start),
        signatures=tuple(signatures),
        party_actions=tuple(actions),
        milestones=tuple(milestones),
        consent_clause=_maybe(draw, lambda: draw(consent_clauses())),
        entry_into_force_clause=_maybe(draw, lambda: _lifecycle_clause(draw, parties, start)),
        withdrawal_clause=_maybe(draw, lambda: draw(withdrawal_clauses())),
        term=_maybe(draw, lambda: draw(terms())),
    )


def _lifecycle_clause(
    draw: Draw, parties: tuple[tm.StateRef, ...], start: dt.date
) -> tm.EntryIntoForceClause:
    mode = _pick(draw, list(tm.EntryIntoForceMode))
    after = mode is tm.EntryIntoForceMode.AFTER_INSTRUMENTS
    return tm.EntryIntoForceClause(
        mode=mode,
        delay=_maybe(draw, lambda: draw(periods(0))),
        instruments=_int(draw, 1, len(parties)) if after and _flag(draw) else None,
        required=_subset(draw, parties, max_size=len(parties), min_size=1) if after else (),
        date=_any_precision(draw, start, _days(start, 3000))
        if mode is tm.EntryIntoForceMode.ON_DATE
        else None,
        later_parties=_maybe(draw, lambda: draw(periods(0))),
    )
