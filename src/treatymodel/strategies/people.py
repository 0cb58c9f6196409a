"""Strategies for persons, offices and tenures."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from hypothesis import strategies as st

import treatymodel as tm
from treatymodel.strategies._common import (
    FAMILY_NAMES,
    GIVEN_NAMES,
    Draw,
    _cite,
    _flag,
    _int,
    _maybe,
    _pick,
    identifiers,
    slug,
)
from treatymodel.strategies.dates import _any_precision, _later
from treatymodel.strategies.parties import organization_refs, state_refs
from treatymodel.strategies.sources import titles


@st.composite
def _person(draw: Draw, number: int | None = None, source_ids: Sequence[str] | None = None) -> tm.Person:
    given = _pick(draw, GIVEN_NAMES)
    family = _pick(draw, FAMILY_NAMES)
    if number is None:
        number = _int(draw, 1, 999)
    other = (tm.Title(text=f"{given[1]} {family[1]}", lang="ru"),) if _flag(draw) else ()
    return tm.Person(
        id=f"{slug(family[0])}-{number}",
        name=f"{given[0]} {family[0]}",
        other_names=other,
        sources=_cite(draw, source_ids),
    )


def persons() -> st.SearchStrategy[tm.Person]:
    """Persons with English names and, sometimes, their Russian spelling."""
    return _person()


_ROLE_TITLES = {
    tm.OfficeRole.HEAD_OF_STATE: "President of {}",
    tm.OfficeRole.HEAD_OF_GOVERNMENT: "Prime Minister of {}",
    tm.OfficeRole.FOREIGN_MINISTER: "Minister of Foreign Affairs of {}",
    tm.OfficeRole.DEPUTY_HEAD_OF_GOVERNMENT: "Deputy Prime Minister of {}",
    tm.OfficeRole.MINISTER: "Minister of Energy of {}",
    tm.OfficeRole.HEAD_OF_DIPLOMATIC_MISSION: "Ambassador of {}",
    tm.OfficeRole.REPRESENTATIVE: "Permanent Representative of {}",
    tm.OfficeRole.HEAD_OF_ORGANIZATION: "Secretary-General of {}",
    tm.OfficeRole.OFFICIAL: "Head of the Protocol Service of {}",
    tm.OfficeRole.OTHER: "Special Envoy for Culture of {}",
}


def _office_id(role: tm.OfficeRole, party: tm.PartyRef) -> str:
    return f"{role.value.replace('_', '-')}-{slug(str(party))}"


def _office_title(role: tm.OfficeRole, party: tm.PartyRef) -> str:
    name = tm.State(code=party.code).display_name if isinstance(party, tm.StateRef) else party.id.upper()
    return _ROLE_TITLES[role].format(name)


@st.composite
def offices(draw: Draw) -> tm.Office:
    """Offices of states and organizations, with a role and sometimes another title."""
    role = _pick(draw, list(tm.OfficeRole))
    party = draw(organization_refs() if role is tm.OfficeRole.HEAD_OF_ORGANIZATION else state_refs())
    return tm.Office(
        id=_office_id(role, party),
        title=_office_title(role, party),
        role=role,
        represents=party,
        single_holder=_flag(draw) if role is tm.OfficeRole.MINISTER else True,
        other_titles=(draw(titles()),) if _flag(draw) else (),
    )


def _tenure_dates(draw: Draw, y0: int) -> tuple[tm.PartialDate, tm.PartialDate | None]:
    """Tenure dates that cover the whole window from ``y0`` to the end of ``y0 + 3``."""
    start = _any_precision(draw, dt.date(y0 - 20, 1, 1), dt.date(y0 - 1, 12, 31))
    end = _maybe(draw, lambda: _any_precision(draw, dt.date(y0 + 4, 1, 1), dt.date(y0 + 10, 12, 31)))
    return start, end


@st.composite
def tenures(draw: Draw) -> tm.Tenure:
    """Tenures whose end, if any, is on or after the start; dates of every precision."""
    start = _maybe(draw, lambda: _any_precision(draw, dt.date(1900, 1, 1), dt.date(2090, 12, 31)))
    end = _maybe(draw, lambda: _later(draw, start.latest() if start else dt.date(2000, 1, 1), 0, 4000))
    return tm.Tenure(
        person=draw(identifiers()),
        office=_pick(draw, ["president-rus", "president-kaz", "mfa-kaz", "pm-fra"]),
        start=start,
        end=end,
        sources=_cite(draw, None),
    )
