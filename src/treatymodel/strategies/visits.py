"""Strategies for visits' events, and for meetings and decisions of organizations."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from hypothesis import strategies as st

import treatymodel as tm
from treatymodel.strategies._common import (
    _FREE_TEXT,
    _OPT_BOOLS,
    CITIES,
    CURRENT_STATE_CODES,
    ORGANIZATIONS,
    VENUES,
    Draw,
    _cite,
    _flag,
    _int,
    _maybe,
    _pick,
    _subset,
    identifiers,
)
from treatymodel.strategies.dates import _any_precision, _date_between, _day, _later, date_values
from treatymodel.strategies.parties import (
    _BODY_NAMES,
    certainties,
    external_ids,
    party_refs,
    places,
    state_codes,
)
from treatymodel.strategies.sources import variants

_EVENT_KINDS = list(tm.EventKind)
_EVENT_VARIANT_FIELDS = ("duration", "date", "title", "description")
_VISIT_VARIANT_FIELDS = ("start", "end", "description")
_AGREEMENT_VARIANT_FIELDS = ("date", "title", "summary")
_TALKS_FORMATS = list(tm.TalksFormat)


@st.composite
def _event(
    draw: Draw,
    eid: str,
    day: tm.PartialDate,
    participants: Sequence[str],
    host_state: str | None,
    source_ids: Sequence[str] | None,
) -> tm.Event:
    kind = _pick(draw, _EVENT_KINDS)
    talks_format = _maybe(draw, lambda: _pick(draw, _TALKS_FORMATS)) if kind is tm.EventKind.TALKS else None
    venue = None
    if _flag(draw):
        venue = tm.Place(
            name=_pick(draw, VENUES),
            locality=_maybe(draw, lambda: _pick(draw, CITIES)),
            state=host_state
            if host_state is not None
            else _maybe(draw, lambda: _pick(draw, CURRENT_STATE_CODES)),
        )
    return tm.Event(
        id=eid,
        kind=kind,
        date=day,
        title=_maybe(
            draw, lambda: _pick(draw, ["Gala concert by Kazakh artists", "XXI Interregional Forum"])
        ),
        talks_format=talks_format,
        start_time=_maybe(draw, lambda: dt.time(_int(draw, 7, 22), _pick(draw, [0, 15, 30, 45]))),
        duration=_maybe(draw, lambda: dt.timedelta(minutes=15 * _int(draw, 1, 24))),
        venue=venue,
        participants=_subset(draw, participants),
        closed_to_press=draw(_OPT_BOOLS),
        remote=_flag(draw),
        description=_maybe(draw, lambda: draw(_FREE_TEXT)),
        sources=_cite(draw, source_ids),
        variants=(draw(variants(source_ids, _EVENT_VARIANT_FIELDS)),) if _flag(draw) else (),
    )


@st.composite
def events(draw: Draw) -> tm.Event:
    """Program items of any kind, day-precise, with optional time, duration and venue."""
    day = _day(_date_between(draw, dt.date(1990, 1, 1), dt.date(2030, 12, 31)))
    event: tm.Event = draw(_event(f"event-{_int(draw, 1, 99)}", day, ("putin", "tokayev"), "RUS", None))
    return event


@st.composite
def participants(draw: Draw, source_ids: Sequence[str] | None = None) -> tm.Participant:
    """Delegations at a meeting, some known only by their leader or their state."""
    return tm.Participant(
        party=_maybe(draw, lambda: draw(party_refs())),
        person=_maybe(draw, lambda: draw(identifiers())),
        role=_maybe(draw, lambda: _pick(draw, list(tm.ParticipantRole))),
        remote=draw(_OPT_BOOLS),
        sources=_cite(draw, source_ids),
    )


@st.composite
def meetings(draw: Draw) -> tm.Meeting:
    """Summits and sessions with delegations, a program, decisions and identifiers."""
    start = _any_precision(draw, dt.date(1990, 1, 1), dt.date(2030, 1, 1))
    end = _later(draw, start.latest(), 0, 3)
    return tm.Meeting(
        id=draw(identifiers("meeting-")),
        kind=_pick(draw, list(tm.MeetingKind)),
        start=start,
        end=end,
        title=_maybe(draw, lambda: draw(_FREE_TEXT)),
        organization=_maybe(draw, lambda: _pick(draw, [o[0] for o in ORGANIZATIONS])),
        body=_maybe(draw, lambda: _pick(draw, [b[0] for b in _BODY_NAMES])),
        host_state=_maybe(draw, lambda: draw(state_codes(historic=False))),
        places=tuple(draw(st.lists(places(), max_size=1))),
        participants=tuple(draw(st.lists(participants(), max_size=3))),
        program=tuple(draw(st.lists(events(), max_size=1))),
        agreements=tuple(draw(st.lists(identifiers("agr-"), max_size=2, unique=True))),
        decisions=tuple(draw(st.lists(identifiers("decision-"), max_size=2, unique=True))),
        description=_maybe(draw, lambda: draw(_FREE_TEXT)),
        external_ids=tuple(draw(st.lists(external_ids(), max_size=1))),
        sources=tuple(draw(st.lists(identifiers("src-"), max_size=2, unique=True))),
        variants=(draw(variants(None, ("start", "end", "title"))),) if _flag(draw) else (),
        certainty=_maybe(draw, lambda: draw(certainties())),
    )


@st.composite
def decisions(draw: Draw) -> tm.Decision:
    """Acts of organizations' bodies: adoptions, admissions, suspensions..."""
    kind = _pick(draw, list(tm.DecisionKind))
    return tm.Decision(
        id=draw(identifiers("decision-")),
        kind=kind,
        organization=_pick(draw, [o[0] for o in ORGANIZATIONS]),
        body=_maybe(draw, lambda: _pick(draw, [b[0] for b in _BODY_NAMES])),
        date=_maybe(draw, lambda: draw(date_values())),
        effective=_maybe(draw, lambda: _any_precision(draw, dt.date(1990, 1, 1), dt.date(2030, 1, 1))),
        title=_maybe(draw, lambda: draw(_FREE_TEXT)),
        subject=_maybe(draw, lambda: draw(party_refs())),
        agreement=_maybe(draw, lambda: draw(identifiers("agr-"))),
        creates=_maybe(draw, lambda: _pick(draw, [o[0] for o in ORGANIZATIONS])),
        meeting=_maybe(draw, lambda: draw(identifiers("meeting-"))),
        external_ids=tuple(draw(st.lists(external_ids(), max_size=1))),
        sources=tuple(draw(st.lists(identifiers("src-"), max_size=2, unique=True))),
        certainty=_maybe(draw, lambda: draw(certainties())),
    )
