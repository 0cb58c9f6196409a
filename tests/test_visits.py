from __future__ import annotations

import datetime as dt

import attrs
import pytest
from hypothesis import given, settings

import treatymodel as tm
from conftest import assert_rejects, day
from strategies import events, visits


def test_seed_state_visit(state_visit: tm.Visit) -> None:
    assert state_visit.kind is tm.VisitKind.STATE
    assert (state_visit.guest, state_visit.guest_state) == ("tokayev", "KAZ")
    assert (state_visit.host, state_visit.host_state) == ("putin", "RUS")
    assert state_visit.first_of_kind is True
    assert state_visit.agreements == ("ru-kz-declaration-2025",)


def test_program_days_and_events_on(state_visit: tm.Visit) -> None:
    assert state_visit.days() == (day("2025-11-11"), day("2025-11-12"))
    first_day = state_visit.events_on(day("2025-11-11"))
    assert [e.kind for e in first_day] == [tm.EventKind.PRIVATE_MEETING]
    assert first_day[0].duration == dt.timedelta(hours=3)
    assert first_day[0].closed_to_press is True
    second_day = [e.id for e in state_visit.events_on(day("2025-11-12"))]
    assert second_day == ["talks-narrow", "talks-expanded", "signing", "gala-concert"]
    assert state_visit.events_on(day("2025-11-13")) == ()


def test_talks_formats(state_visit: tm.Visit) -> None:
    formats = [e.talks_format for e in state_visit.program if e.kind is tm.EventKind.TALKS]
    assert formats == [tm.TalksFormat.NARROW, tm.TalksFormat.EXPANDED]


def test_conflicting_duration_is_a_variant(state_visit: tm.Visit) -> None:
    meeting = state_visit.program[0]
    assert meeting.variants[0].field == "duration"
    assert meeting.variants[0].value == "PT2H"


def test_gala_concert_at_the_bolshoi(state_visit: tm.Visit) -> None:
    concert = state_visit.program[-1]
    assert concert.kind is tm.EventKind.CULTURAL_EVENT
    assert concert.venue == tm.Place(name="Bolshoi Theatre", locality="Moscow", state="RUS")


@pytest.mark.parametrize(
    ("kind", "code"),
    [
        (tm.EventKind.TALKS, "046"),
        (tm.EventKind.SIGNING_CEREMONY, "057"),
        (tm.EventKind.PRIVATE_MEETING, "040"),
        (tm.EventKind.CULTURAL_EVENT, None),
        (tm.EventKind.WREATH_LAYING, None),
    ],
)
def test_cameo_codes(kind: tm.EventKind, code: str | None) -> None:
    assert kind.cameo == code


def test_visit_kinds_in_descending_formality() -> None:
    assert [k.value for k in tm.VisitKind] == ["state", "official", "official_working", "working", "private"]


def test_remote_event_with_time() -> None:
    event = tm.Event(
        id="video-call",
        kind=tm.EventKind.TALKS,
        talks_format=tm.TalksFormat.ONE_ON_ONE,
        date=day("2025-03"),
        start_time=dt.time(15, 30),
        remote=True,
    )
    assert event.remote
    assert event.date.precision is tm.Precision.MONTH


EVENT = {"id": "talks", "kind": tm.EventKind.TALKS, "date": day("2025-11-12")}


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("id", ""),
        ("kind", "Talks"),
        ("date", "12 November 2025"),
        ("date", dt.datetime(2025, 11, 12, 10, 0)),
        ("title", ""),
        ("talks_format", "narrower"),
        ("start_time", "10:00"),
        ("start_time", dt.time(10, 0, tzinfo=dt.UTC)),
        ("start_time", dt.time(10, 0, 0, 5)),
        ("duration", dt.timedelta(0)),
        ("duration", dt.timedelta(hours=-3)),
        ("duration", dt.timedelta(seconds=1, microseconds=5)),
        ("duration", 10800),
        ("venue", "Kremlin"),
        ("participants", ("putin", "Tokayev K.")),
        ("closed_to_press", "yes"),
        ("remote", None),
        ("description", " "),
        ("sources", {"kremlin"}),
        ("variants", ("PT2H",)),
    ],
)
def test_event_validators(field: str, value: object) -> None:
    assert_rejects(tm.Event, EVENT, field, value)


VISIT = {
    "id": "visit",
    "kind": tm.VisitKind.STATE,
    "guest": "tokayev",
    "guest_state": "KAZ",
    "host": "putin",
    "host_state": "RUS",
    "start": day("2025-11-11"),
    "end": day("2025-11-12"),
}


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("id", "state visit"),
        ("kind", "state visit"),
        ("guest", ""),
        ("guest_state", "KZ"),
        ("host", ""),
        ("host_state", "Russia"),
        ("start", "11/11/2025"),
        ("end", None),
        ("places", (tm.Place(name="Moscow"), "Kremlin")),
        ("program", ("talks",)),
        ("agreements", ("",)),
        ("invited_by", ""),
        ("trip", "trip 1"),
        ("first_of_kind", "yes"),
        ("description", ""),
        ("sources", ("a b",)),
        ("variants", {tm.Variant(field="end", value="2025-11-13", sources=("tass",))}),
    ],
)
def test_visit_validators(field: str, value: object) -> None:
    assert_rejects(tm.Visit, VISIT, field, value)


def test_cross_record_facts_are_left_to_the_rules() -> None:
    # A visit that ends before it starts is a rule violation, not a field error.
    visit = tm.Visit(**{**VISIT, "start": day("2025-11-12"), "end": day("2025-11-11")})  # type: ignore[arg-type]
    assert visit.end < visit.start


def test_visits_are_frozen(state_visit: tm.Visit) -> None:
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        state_visit.kind = tm.VisitKind.OFFICIAL  # type: ignore[misc]
    with pytest.raises(tm.FieldError):
        attrs.evolve(state_visit, kind="Official")


@given(events())
def test_generated_events(event: tm.Event) -> None:
    assert attrs.evolve(event) == event
    assert event.date.precision is tm.Precision.DAY
    if event.talks_format is not None:
        assert event.kind is tm.EventKind.TALKS


@settings(max_examples=25)
@given(visits())
def test_generated_visits_are_consistent(visit: tm.Visit) -> None:
    assert attrs.evolve(visit) == visit
    assert visit.guest_state != visit.host_state
    assert visit.start <= visit.end
    for event in visit.program:
        assert visit.start.earliest() <= event.date.earliest() <= visit.end.latest()
    assert list(visit.days()) == sorted(visit.days())
    assert sum(len(visit.events_on(d)) for d in visit.days()) == len(visit.program)
