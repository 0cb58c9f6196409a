"""Rules about visits and their programs (``TM-V``)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

from treatymodel.parties import StateRef
from treatymodel.people import OfficeRole
from treatymodel.validation._index import DossierIndex, may_overlap, outside
from treatymodel.validation._registry import Finding, dossier_rule, visit_rule
from treatymodel.validation.report import Severity
from treatymodel.visits import Visit, VisitKind

__all__ = [
    "duplicate_event_id",
    "event_may_fall_outside_visit",
    "event_outside_visit",
    "guest_is_host",
    "guest_state_is_host_state",
    "program_out_of_order",
    "state_visit_not_head_of_state",
    "venue_outside_host_state",
    "visit_ends_before_start",
]

_E = Severity.ERROR
_W = Severity.WARNING


@visit_rule("TM-V001", "Visit ends before it starts", _E)
def visit_ends_before_start(visit: Visit, at: str) -> Iterator[Finding]:
    """A visit's ``end`` is certainly before its ``start``.

    Needs: the visit's ``start`` and ``end``, which are always recorded; partial or
    uncertain dates fire only when every day the end may be is before every day the
    start may be.

    Why: a visit cannot end before it begins; the two dates are usually swapped or
    mistyped. With partial dates the rule fires only when no reading of the dates
    is consistent (``2025-11`` to ``2025-11-05`` is fine).

    Example:
        ``{"id": "v1", "start": "2025-11-12", "end": "2025-11-11", ...}`` is reported
        at ``$.end``.
    """
    if visit.end.is_before(visit.start):
        yield Finding(
            f"{at}.end",
            f"visit {visit.id!r} ends ({visit.end}) before it starts ({visit.start})",
            "swap or correct start and end",
        )


@visit_rule("TM-V002", "Event dated outside its visit", _E)
def event_outside_visit(visit: Visit, at: str) -> Iterator[Finding]:
    """A program item is dated certainly before the visit's start or after its end.

    Needs: the event's ``date`` (the visit's dates are always recorded). An undated
    event draws nothing; a partial or uncertain date fires only when every day it may
    stand for lies outside the visit.

    Why: the program of a visit happens during the visit; an event outside it is
    misdated or belongs to another visit.

    Example:
        A visit from ``2025-11-11`` to ``2025-11-12`` whose ``program[2].date`` is
        ``2025-11-13`` is reported at ``$.program[2].date``.
    """
    first, last = visit.start.earliest(), visit.end.latest()
    for j, event in enumerate(visit.program):
        if outside(event.date, first, last):
            yield Finding(
                f"{at}.program[{j}].date",
                f"event {event.id!r} on {event.date} is outside visit {visit.id!r}"
                f" ({visit.start} to {visit.end})",
                "correct the event's date or the visit's dates",
            )


@visit_rule("TM-V003", "Event may fall outside its visit", _W)
def event_may_fall_outside_visit(visit: Visit, at: str) -> Iterator[Finding]:
    """A program item's date is too coarse to be sure it falls within the visit (``strict`` only).

    The event is not certainly outside the visit (that is ``TM-V002``), but some
    of the days its partial or uncertain date allows are: an event dated
    ``2025-11`` on a visit of 11-12 November. A "may" finding: reported only by
    ``validate(..., strict=True)``, since a month that no source narrows is not a
    mistake.

    Needs: the event's ``date`` and ``validate(..., strict=True)``: its findings are
    "may" findings, warnings whose message starts "may: ", left out otherwise. An
    undated event draws nothing, even with ``strict``.

    Why: an event known only to the month or year cannot be placed in the program;
    the day is usually in the sources.

    Example:
        A visit from ``2025-11-11`` to ``2025-11-12`` with an event dated
        ``2025-11`` is reported at ``$.program[0].date``.
    """
    first, last = visit.start.earliest(), visit.end.latest()
    for j, event in enumerate(visit.program):
        if event.date is None:
            continue  # an undated event may be on any day: nothing to say, even a "may"
        earliest, latest = event.date.earliest(), event.date.latest()
        if latest < first or earliest > last:
            continue  # certainly outside: TM-V002
        if earliest < first or latest > last:
            yield Finding(
                f"{at}.program[{j}].date",
                f"event {event.id!r} is dated {event.date}, which may fall outside visit"
                f" {visit.id!r} ({visit.start} to {visit.end})",
                "give the event's date to the day, where a source gives it",
                may=True,
            )


@visit_rule("TM-V004", "Guest state is the host state", _E)
def guest_state_is_host_state(visit: Visit, at: str) -> Iterator[Finding]:
    """A visit's ``guest_state`` equals its ``host_state``.

    Needs: only ``guest_state`` and ``host_state``, which are always recorded; an
    unknown ``host`` plays no part.

    Why: a visit in this model is a visit to another state; a trip within one's own
    country is not a diplomatic visit, and the usual cause is a wrong state code.

    Example:
        ``{"guest_state": "KAZ", "host_state": "KAZ", ...}`` is reported at
        ``$.host_state``.
    """
    if visit.guest_state == visit.host_state:
        yield Finding(
            f"{at}.host_state",
            f"visit {visit.id!r} has the same guest and host state ({visit.host_state})",
            "correct guest_state or host_state",
        )


@visit_rule("TM-V005", "Guest is the host", _E)
def guest_is_host(visit: Visit, at: str) -> Iterator[Finding]:
    """A visit's ``guest`` and ``host`` are the same person.

    Needs: the visit's ``host``; an unknown host (``null``) draws nothing.

    Why: nobody visits themselves; one of the two person ids is wrong.

    Example:
        ``{"guest": "tokayev", "host": "tokayev", ...}`` is reported at ``$.host``.
    """
    if visit.host is not None and visit.guest == visit.host:
        yield Finding(f"{at}.host", f"visit {visit.id!r} has {visit.host!r} as both guest and host")


def _certainly_not_head_of_state(
    index: DossierIndex, person: str, state: str, first: dt.date, last: dt.date
) -> bool:
    tenures = index.tenures_by_person.get(person)
    if not tenures:
        return False  # nothing recorded: no knowledge, no error
    offices = index.offices
    if any(t.office not in offices for t in tenures):
        return False  # an unknown office might be the headship
    ref = StateRef(code=state)
    return not any(
        offices[t.office].role is OfficeRole.HEAD_OF_STATE
        and offices[t.office].represents == ref
        and may_overlap(t, first, last)
        for t in tenures
    )


@dossier_rule("TM-V006", "State visit by or to someone not head of state", _E)
def state_visit_not_head_of_state(index: DossierIndex) -> Iterator[Finding]:
    """The guest or host of a state visit certainly was not head of their state then.

    A state visit is made by a head of state to a head of state. The rule fires only
    when the dossier records tenures for the person (it then takes them as
    complete), all of their offices are in the dossier, and none of them is a
    head-of-state office of that state that may cover the visit's dates. When no
    tenure is recorded for the person it stays silent.

    Needs: a ``state`` visit and at least one recorded tenure of the guest or host, all
    of whose offices are in the dossier; the person's tenures are then taken as
    complete, so a head-of-state tenure left out of the record is reported. An unknown
    host (``null``), or a person with no recorded tenure, draws nothing; unknown tenure
    dates leave a tenure open on that side.

    Why: ``state`` is the most formal kind of visit; a prime minister's visit is
    ``official`` at most, so either the kind or the person is wrong.

    Example:
        A ``state`` visit whose guest ``mishustin`` has only a tenure of the office
        ``pm-rus`` (role ``head_of_government``) is reported at
        ``$.visits[0].guest``.
    """
    for at, visit in index.visits:
        if visit.kind is not VisitKind.STATE:
            continue
        first, last = visit.start.earliest(), max(visit.start.latest(), visit.end.latest())
        for field, person, state in (
            ("guest", visit.guest, visit.guest_state),
            ("host", visit.host, visit.host_state),
        ):
            if person is not None and _certainly_not_head_of_state(index, person, state, first, last):
                yield Finding(
                    f"{at}.{field}",
                    f"state visit {visit.id!r}: {person!r} was not head of state of {state}"
                    f" from {visit.start} to {visit.end}, by the recorded tenures",
                    "change the visit's kind, the person, or record the head-of-state tenure",
                )


@visit_rule("TM-V007", "Program out of date order", _W)
def program_out_of_order(visit: Visit, at: str) -> Iterator[Finding]:
    """A program item is dated certainly before an item listed earlier.

    Needs: the events' ``date``; undated events are skipped, and partial or uncertain
    dates fire only when an item is certainly before one listed earlier.

    Why: the program is kept in order; an item out of order is either misplaced or
    misdated.

    Example:
        ``{"program": [{"date": "2025-11-12", ...}, {"date": "2025-11-11", ...}]}``
        is reported at ``$.program[1].date``.
    """
    latest_start: dt.date | None = None
    for j, event in enumerate(visit.program):
        if event.date is None:
            continue  # an undated item is not out of order
        if latest_start is not None and event.date.latest() < latest_start:
            yield Finding(
                f"{at}.program[{j}].date",
                f"event {event.id!r} on {event.date} is listed after an event on a later day",
                "keep the program in date order",
            )
        first = event.date.earliest()
        latest_start = first if latest_start is None else max(latest_start, first)


@visit_rule("TM-V008", "Venue outside the host state", _W)
def venue_outside_host_state(visit: Visit, at: str) -> Iterator[Finding]:
    """A place of the visit or an event's venue lies in a state other than the host state.

    Events attended by videoconference (``remote``) are not checked.

    Needs: the ``state`` of a place or venue (``host_state`` is always recorded); a
    place without a ``state``, or a ``remote`` event, draws nothing. Dates and the
    ``host`` play no part.

    Why: a visit is to one host state (a trip to several states is several visits
    sharing a ``trip`` id); a venue elsewhere is misplaced or has a wrong state code.

    Example:
        A visit with ``host_state`` ``RUS`` and an event whose venue is
        ``{"name": "Akorda", "state": "KAZ"}`` is reported at
        ``$.program[0].venue.state``.
    """
    for k, place in enumerate(visit.places):
        if place.state is not None and place.state != visit.host_state:
            yield Finding(
                f"{at}.places[{k}].state",
                f"place {place.name!r} is in {place.state}, not in the host state {visit.host_state}",
            )
    for j, event in enumerate(visit.program):
        venue = event.venue
        if (
            venue is not None
            and venue.state is not None
            and venue.state != visit.host_state
            and not event.remote
        ):
            yield Finding(
                f"{at}.program[{j}].venue.state",
                f"event {event.id!r} takes place in {venue.state}, not in the host state {visit.host_state}",
                "correct the venue's state, or mark the event remote",
            )


@visit_rule("TM-V010", "Duplicate event id in a program", _E)
def duplicate_event_id(visit: Visit, at: str) -> Iterator[Finding]:
    """Two items of one visit's program have the same id.

    Needs: only the events' ids, which are always recorded.

    Why: events are referred to by id; a duplicate makes the reference ambiguous.
    Duplicates across visits are ``TM-S003``.

    Example:
        ``{"program": [{"id": "talks", ...}, {"id": "talks", ...}]}`` is reported at
        ``$.program[1].id``.
    """
    seen: set[str] = set()
    for j, event in enumerate(visit.program):
        if event.id in seen:
            yield Finding(f"{at}.program[{j}].id", f"event id {event.id!r} is used twice in the program")
        seen.add(event.id)
