"""Strategies for states, organizations, references to them, their identity over time, and certainties."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

import attrs
from hypothesis import strategies as st

import treatymodel as tm
from treatymodel.strategies._common import (
    _FREE_TEXT,
    CITIES,
    CURRENT_STATE_CODES,
    HISTORIC_STATE_CODES,
    LANGUAGE_TAGS,
    ORGANIZATIONS,
    VENUES,
    Draw,
    _cite,
    _flag,
    _int,
    _maybe,
    _pick,
    identifiers,
)
from treatymodel.strategies.dates import _any_precision, _coarsen, _day, _later, date_values


@st.composite
def _place(draw: Draw, state_codes: Sequence[str] | None, require_state: bool = False) -> tm.Place:
    codes = state_codes if state_codes is not None else CURRENT_STATE_CODES
    name = _pick(draw, VENUES + CITIES) if _int(draw, 0, 3) < 3 else draw(_FREE_TEXT)
    return tm.Place(
        name=name,
        locality=_maybe(draw, lambda: _pick(draw, CITIES)),
        state=_pick(draw, codes) if require_state else _maybe(draw, lambda: _pick(draw, codes)),
    )


def places(state_codes: Sequence[str] | None = None) -> st.SearchStrategy[tm.Place]:
    """Venues and towns, in one of ``state_codes`` (any current state by default) or nowhere known."""
    return _place(state_codes)


def state_codes(historic: bool = True) -> st.SearchStrategy[str]:
    """ISO 3166-1 alpha-3 codes, current and (optionally) historic."""
    pool = CURRENT_STATE_CODES + (HISTORIC_STATE_CODES if historic else ())
    return st.sampled_from(pool)


def states(historic: bool = True) -> st.SearchStrategy[tm.State]:
    """States, current and historic (USSR, Yugoslavia...), some with dated names and identifiers."""
    return st.builds(
        tm.State,
        code=state_codes(historic),
        name=st.none() | st.sampled_from(["Russia", "Kazakhstan", "Россия", "Қазақстан"]),
        capital=st.none() | st.sampled_from(CITIES),
        names=st.lists(dated_names(), max_size=2).map(tuple),
        capitals=st.lists(capitals(), max_size=2).map(tuple),
        successors=st.lists(state_codes(historic=False), max_size=2, unique=True).map(tuple),
        external_ids=st.lists(external_ids(), max_size=2).map(tuple),
    )


def _organization(entry: tuple[str, str, str, str | None, str], full: bool) -> tm.Organization:
    oid, name, acronym, other, url = entry
    return tm.Organization(
        id=oid,
        name=name,
        acronym=acronym if full else None,
        other_names=(other,) if (other and full) else (),
        url=url if full else None,
    )


@st.composite
def organizations(draw: Draw) -> tm.Organization:
    """Real international organizations (UN, CSTO, EAEU, EU...), some with bodies and membership acts."""
    organization = _organization(_pick(draw, ORGANIZATIONS), _flag(draw))
    if not _flag(draw):
        return organization
    founded = _maybe(draw, lambda: _any_precision(draw, dt.date(1945, 1, 1), dt.date(2010, 1, 1)))
    return attrs.evolve(
        organization,
        names=tuple(draw(st.lists(dated_names(), max_size=1))),
        founding_agreement=_maybe(draw, lambda: draw(identifiers("agr-"))),
        accession_agreements=tuple(draw(st.lists(identifiers("agr-"), max_size=1))),
        founded=founded,
        dissolved=None if founded is None or _flag(draw) else _later(draw, founded.latest(), 1, 9000),
        bodies=tuple(draw(st.lists(bodies(), max_size=2, unique_by=lambda b: b.id))),
        membership_acts=tuple(draw(st.lists(membership_acts(), max_size=2))),
        external_ids=tuple(draw(st.lists(external_ids(), max_size=1))),
        certainty=_maybe(draw, lambda: draw(certainties())),
    )


#: Real identifiers (Wikidata items and Correlates of War state numbers, as Our World in Data's
#: country table lists them: https://github.com/owid/owid-grapher, CountriesRegions.ts).
STATE_IDS: dict[str, tuple[str, str]] = {
    "RUS": ("Q159", "365"),
    "KAZ": ("Q232", "705"),
    "CHN": ("Q148", "710"),
    "KGZ": ("Q813", "703"),
    "TJK": ("Q863", "702"),
    "UZB": ("Q265", "704"),
    "BLR": ("Q184", "370"),
    "IND": ("Q668", "750"),
    "PAK": ("Q843", "770"),
    "IRN": ("Q794", "630"),
    "USA": ("Q30", "2"),
    "FRA": ("Q142", "220"),
    "GBR": ("Q145", "200"),
    "DEU": ("Q183", "255"),
}
_ID_VALUES: dict[tm.IdScheme, tuple[str, ...]] = {
    tm.IdScheme.WIKIDATA: ("Q159", "Q232", "Q485207", "Q7747"),
    tm.IdScheme.UNTS: ("37924", "I-12140"),
    tm.IdScheme.UNTC: ("XXVI-4", "XXVII-7-d"),
    tm.IdScheme.ATOP: ("1005", "4230"),
    tm.IdScheme.COW_STATE: ("365", "705", "2"),
    tm.IdScheme.COW_ALLIANCE: ("239",),
    tm.IdScheme.ISO3166: ("KZ", "KAZ", "398", "SUHH"),
    tm.IdScheme.NATIONAL: ("BWBV0004747", "2004/8/44"),
    tm.IdScheme.OTHER: ("8601",),
}
_ID_NAMES = ("Bulletin of International Treaties of Kazakhstan", "wetten.overheid.nl", "CIS Legislation")


@st.composite
def external_ids(draw: Draw, source_ids: Sequence[str] | None = None) -> tm.ExternalId:
    """Identifiers in every scheme, with a series name where the scheme needs one."""
    scheme = _pick(draw, list(tm.IdScheme))
    named = scheme in (tm.IdScheme.NATIONAL, tm.IdScheme.OTHER)
    volume = None
    if scheme in (tm.IdScheme.UNTS, tm.IdScheme.NATIONAL) and _flag(draw):
        volume = str(_int(draw, 1, 3000))
    return tm.ExternalId(
        scheme=scheme,
        value=_pick(draw, _ID_VALUES[scheme]),
        name=_pick(draw, _ID_NAMES) if named or _flag(draw) else None,
        volume=volume,
        sources=_cite(draw, source_ids),
    )


_FORMER_NAMES = (
    ("SWZ", "Swaziland", dt.date(1968, 9, 6), dt.date(2018, 4, 19)),
    ("TUR", "Turkey", dt.date(1923, 10, 29), dt.date(2022, 6, 1)),
    ("MKD", "The former Yugoslav Republic of Macedonia", dt.date(1993, 4, 8), dt.date(2019, 2, 12)),
    ("CPV", "Cape Verde", dt.date(1975, 7, 5), dt.date(2013, 10, 24)),
)


@st.composite
def dated_names(draw: Draw, source_ids: Sequence[str] | None = None) -> tm.DatedName:
    """Former and current names, with dates known to any precision or not at all."""
    _, name, start, end = _pick(draw, _FORMER_NAMES)
    return tm.DatedName(
        name=name,
        kind=_pick(draw, list(tm.NameKind)),
        start=_maybe(draw, lambda: _coarsen(start, _pick(draw, list(tm.Precision)))),
        end=_maybe(draw, lambda: _coarsen(end, _pick(draw, list(tm.Precision)))),
        lang=_maybe(draw, lambda: _pick(draw, LANGUAGE_TAGS)),
        sources=_cite(draw, source_ids),
        certainty=_maybe(draw, lambda: draw(certainties(source_ids))),
    )


_CAPITALS = (
    ("Almaty", None, dt.date(1997, 12, 10)),
    ("Akmola", dt.date(1997, 12, 10), dt.date(1998, 5, 6)),
    ("Astana", dt.date(1998, 5, 6), dt.date(2019, 3, 23)),
    ("Nur-Sultan", dt.date(2019, 3, 23), dt.date(2022, 9, 17)),
    ("Astana", dt.date(2022, 9, 17), None),
)


@st.composite
def capitals(draw: Draw, source_ids: Sequence[str] | None = None) -> tm.Capital:
    """Kazakhstan's capitals with their dates, some of them unknown."""
    name, start, end = _pick(draw, _CAPITALS)
    return tm.Capital(
        name=name,
        start=None if start is None or _flag(draw) else _day(start),
        end=None if end is None or _flag(draw) else _day(end),
        sources=_cite(draw, source_ids),
    )


_BODY_NAMES = (
    ("chs", "Council of Heads of State", tm.BodyKind.HEADS_OF_STATE),
    ("cfm", "Council of Foreign Ministers", tm.BodyKind.MINISTERS),
    ("secretariat", "Secretariat", tm.BodyKind.SECRETARIAT),
)


@st.composite
def bodies(draw: Draw, source_ids: Sequence[str] | None = None) -> tm.Body:
    """Bodies of organizations, established some time."""
    bid, name, kind = _pick(draw, _BODY_NAMES)
    return tm.Body(
        id=bid,
        name=name,
        kind=kind,
        established=_maybe(draw, lambda: _any_precision(draw, dt.date(1945, 1, 1), dt.date(2030, 1, 1))),
        external_ids=tuple(draw(st.lists(external_ids(source_ids), max_size=1))),
        sources=_cite(draw, source_ids),
    )


@st.composite
def membership_acts(draw: Draw, source_ids: Sequence[str] | None = None) -> tm.MembershipAct:
    """Admissions, suspensions, freezes, resumptions, withdrawals and expulsions."""
    kind = _pick(draw, list(tm.MembershipActKind))
    date = _maybe(draw, lambda: draw(date_values()))
    until = None
    if kind in (tm.MembershipActKind.SUSPENSION, tm.MembershipActKind.FREEZE) and date is not None:
        until = _maybe(draw, lambda: _later(draw, date.latest(), 1, 900))
    return tm.MembershipAct(
        kind=kind,
        member=draw(party_refs()),
        date=date,
        until=until,
        decision=_maybe(draw, lambda: draw(identifiers("decision-"))),
        note=_maybe(draw, lambda: _pick(draw, ["declared, not notified", "заморозка участия"])),
        sources=_cite(draw, source_ids),
        certainty=_maybe(draw, lambda: draw(certainties(source_ids))),
    )


def state_refs(historic: bool = True) -> st.SearchStrategy[tm.StateRef]:
    """References to states."""
    return st.builds(tm.StateRef, code=state_codes(historic))


def organization_refs() -> st.SearchStrategy[tm.OrganizationRef]:
    """References to organizations."""
    return st.builds(tm.OrganizationRef, id=st.sampled_from([o[0] for o in ORGANIZATIONS]))


def party_refs() -> st.SearchStrategy[tm.PartyRef]:
    """References to states or organizations."""
    return st.one_of(state_refs(), organization_refs())


def person_refs() -> st.SearchStrategy[tm.PersonRef]:
    """References to persons."""
    return st.builds(tm.PersonRef, id=identifiers())


def office_refs() -> st.SearchStrategy[tm.OfficeRef]:
    """References to offices."""
    return st.builds(tm.OfficeRef, id=st.sampled_from(["president-rus", "president-kaz", "fm-rus", "un-sg"]))


_BODIES = (
    "Ministry of Foreign Affairs",
    "Press Service of the President",
    "State Duma",
    "Министерство иностранных дел",
    "Security Council",
)


def body_refs() -> st.SearchStrategy[tm.BodyRef]:
    """Bodies of states or organizations: ministries, chambers, press services."""
    return st.builds(tm.BodyRef, name=st.sampled_from(_BODIES) | _FREE_TEXT, of=st.none() | party_refs())


def actor_refs() -> st.SearchStrategy[tm.ActorRef]:
    """Whoever speaks, acts or disputes: persons, offices, states, organizations, bodies."""
    return st.one_of(person_refs(), office_refs(), state_refs(), organization_refs(), body_refs())


def certainties(source_ids: Sequence[str] | None = None) -> st.SearchStrategy[tm.Certainty]:
    """How sure the sources are, with who says so."""
    return st.builds(
        tm.Certainty,
        level=st.sampled_from(list(tm.CertaintyLevel)),
        by=st.lists(actor_refs(), max_size=2, unique=True).map(tuple),
        note=st.none() | st.sampled_from(["the Kremlin's program", "не подтверждено"]),
        sources=st.lists(
            st.sampled_from(list(source_ids)) if source_ids else identifiers("src-"), max_size=2, unique=True
        ).map(tuple),
    )
