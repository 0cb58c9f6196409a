"""Visits and their day-by-day program.

A visit has a guest (a person and the state they represent), a host, a kind
(state, official, official working, working, private: in descending formality),
dates, places, and a program of `Event` records.
"""

from __future__ import annotations

import datetime as dt
import enum

import attrs

from treatymodel import _validators as v
from treatymodel._fielddocs import documented
from treatymodel.dates import DateLike, DateValue, PartialDate, UncertainDate, as_date_value
from treatymodel.identity import ExternalId
from treatymodel.values import Certainty, Place, Variant, variants_of

_DATES = (PartialDate, UncertainDate)

__all__ = ["Event", "EventKind", "TalksFormat", "Visit", "VisitKind"]


class VisitKind(enum.StrEnum):
    """The protocol rank of a visit, from the most formal down."""

    STATE = "state"
    """A state visit: a head of state hosted by a head of state, with full ceremony."""
    OFFICIAL = "official"
    """An official visit."""
    OFFICIAL_WORKING = "official_working"
    """An official working visit."""
    WORKING = "working"
    """A working visit."""
    PRIVATE = "private"
    """A private visit."""


class EventKind(enum.StrEnum):
    """What happens at an item of a visit's program.

    Where one exists, `cameo` gives the CAMEO event code coders use.
    """

    ARRIVAL = "arrival"
    """Arrival, usually with an official greeting at the airport."""
    WELCOME_CEREMONY = "welcome_ceremony"
    """Official welcome ceremony."""
    WREATH_LAYING = "wreath_laying"
    """Laying of a wreath at a memorial."""
    PRIVATE_MEETING = "private_meeting"
    """Private or informal meeting of the leaders, behind closed doors."""
    TALKS = "talks"
    """Talks or negotiations (see `TalksFormat`)."""
    MEETING = "meeting"
    """Any other meeting, e.g. with a prime minister or a parliament speaker."""
    FORUM = "forum"
    """A forum, conference or plenary session the leaders attend."""
    SIGNING_CEREMONY = "signing_ceremony"
    """Signing of documents, or exchange of signed documents."""
    PRESS_STATEMENTS = "press_statements"
    """Statements for the press."""
    PRESS_CONFERENCE = "press_conference"
    """A press conference with questions."""
    STATE_DINNER = "state_dinner"
    """State dinner or state luncheon in the guest's honour."""
    MEAL = "meal"
    """Any other meal: an informal dinner, a working breakfast, tea."""
    CULTURAL_EVENT = "cultural_event"
    """Concert, performance, exhibition."""
    SITE_VISIT = "site_visit"
    """A visit to a place: a factory, a university, a monument."""
    DEPARTURE = "departure"
    """Departure."""
    OTHER = "other"
    """Anything else."""

    @property
    def cameo(self) -> str | None:
        """The CAMEO event code of this kind of program item, where one fits."""
        return _CAMEO.get(self)


_CAMEO = {
    EventKind.TALKS: "046",
    EventKind.PRIVATE_MEETING: "040",
    EventKind.MEETING: "040",
    EventKind.SIGNING_CEREMONY: "057",
    EventKind.PRESS_STATEMENTS: "010",
    EventKind.PRESS_CONFERENCE: "010",
}


class TalksFormat(enum.StrEnum):
    """Who sits at the table during talks."""

    ONE_ON_ONE = "one_on_one"
    """The two leaders alone (with interpreters): tête-à-tête."""
    NARROW = "narrow"
    """Leaders with a few close aides."""
    EXPANDED = "expanded"
    """Leaders with full delegations."""


@documented
@attrs.frozen(kw_only=True)
class Event:
    """One item of a visit's program.

    Example:
        >>> import datetime as dt
        >>> from treatymodel import Event, EventKind, PartialDate
        >>> Event(id="e1", kind=EventKind.PRIVATE_MEETING, date=PartialDate.parse("2025-11-11"),
        ...       duration=dt.timedelta(hours=3), closed_to_press=True).kind.value
        'private_meeting'
    """

    id: str = attrs.field(validator=v.identifier)
    """Id in the dossier, unique among all events of all visits."""
    kind: EventKind = attrs.field(validator=v.member(EventKind))
    """What happens."""
    date: DateValue | None = attrs.field(default=None, validator=v.optional_instance_of(_DATES))
    """The day of the event (or the precision known); ``None`` when not known."""
    title: str | None = attrs.field(default=None, validator=v.optional_text)
    """Name of the event, e.g. ``"XXI Interregional Cooperation Forum"``."""
    talks_format: TalksFormat | None = attrs.field(default=None, validator=v.optional_member(TalksFormat))
    """Format of talks: one-on-one, narrow or expanded."""
    start_time: dt.time | None = attrs.field(default=None, validator=v.optional_time)
    """Local start time, when reported."""
    duration: dt.timedelta | None = attrs.field(default=None, validator=v.optional_duration)
    """How long it lasted, when reported."""
    venue: Place | None = attrs.field(default=None, validator=v.optional_instance_of(Place))
    """Where it took place."""
    participants: tuple[str, ...] = attrs.field(default=(), validator=v.identifiers)
    """Ids of persons taking part."""
    closed_to_press: bool | None = attrs.field(default=None, validator=v.optional_bool)
    """Whether it was held behind closed doors."""
    remote: bool = attrs.field(default=False, validator=v.boolean)
    """Whether the leaders took part by videoconference."""
    description: str | None = attrs.field(default=None, validator=v.optional_paragraphs)
    """What happened, in a sentence or two."""
    sources: tuple[str, ...] = attrs.field(default=(), validator=v.identifiers)
    """Ids of sources for the event."""
    variants: tuple[Variant, ...] = attrs.field(default=(), validator=variants_of)
    """Values other sources report differently."""
    certainty: Certainty | None = attrs.field(default=None, validator=v.optional_instance_of(Certainty))
    """How sure the sources are of this record's facts; ``None`` when not stated."""


@documented
@attrs.frozen(kw_only=True, repr=False)
class Visit:
    """A visit of a guest to a host state, with its program."""

    id: str = attrs.field(validator=v.identifier)
    """Id in the dossier."""
    kind: VisitKind = attrs.field(validator=v.member(VisitKind))
    """Protocol rank of the visit."""
    guest: str = attrs.field(validator=v.identifier)
    """Id of the visiting person."""
    guest_state: str = attrs.field(validator=v.state_code)
    """Alpha-3 code of the state the guest represents."""
    host: str | None = attrs.field(default=None, validator=v.optional_identifier)
    """Id of the host, the person who receives the guest; ``None`` when no source names one."""
    host_state: str = attrs.field(validator=v.state_code)
    """Alpha-3 code of the host state."""
    start: DateValue = attrs.field(validator=v.instance_of(_DATES))
    """First day of the visit."""
    end: DateValue = attrs.field(validator=v.instance_of(_DATES))
    """Last day of the visit."""
    places: tuple[Place, ...] = attrs.field(default=(), validator=v.tuple_of(Place))
    """Where the visit went: towns, in order."""
    program: tuple[Event, ...] = attrs.field(default=(), validator=v.tuple_of(Event))
    """Program items, in order."""
    agreements: tuple[str, ...] = attrs.field(default=(), validator=v.identifiers)
    """Ids of agreements signed during the visit."""
    invited_by: str | None = attrs.field(default=None, validator=v.optional_identifier)
    """Id of the person whose invitation the visit answers."""
    trip: str | None = attrs.field(default=None, validator=v.optional_identifier)
    """Id shared by the visits of one trip to several countries."""
    first_of_kind: bool | None = attrs.field(default=None, validator=v.optional_bool)
    """Whether this is the guest's first visit of this kind to the host state since taking the office they
    travel in; ``None`` if not reported.
    """
    description: str | None = attrs.field(default=None, validator=v.optional_paragraphs)
    """A sentence on the visit."""
    external_ids: tuple[ExternalId, ...] = attrs.field(default=(), validator=v.tuple_of(ExternalId))
    """Identifiers in other systems (Wikidata, UNTS...)."""
    sources: tuple[str, ...] = attrs.field(default=(), validator=v.identifiers)
    """Ids of sources for the visit."""
    variants: tuple[Variant, ...] = attrs.field(default=(), validator=variants_of)
    """Values other sources report differently, each addressing a field of this record."""
    certainty: Certainty | None = attrs.field(default=None, validator=v.optional_instance_of(Certainty))
    """How sure the sources are of this record's facts; ``None`` when not stated."""

    def days(self) -> tuple[DateValue, ...]:
        """The dates of the program in order, each once (undated items left out)."""
        return tuple(sorted({event.date for event in self.program if event.date is not None}))

    def events_on(self, day: DateLike) -> tuple[Event, ...]:
        """The program items dated ``day`` (a date as a query takes it), in program order."""
        day = as_date_value(day)
        return tuple(event for event in self.program if event.date == day)

    def __repr__(self) -> str:
        return (
            f"Visit(id={self.id!r}, kind={self.kind.value!r}, guest={self.guest!r}, host={self.host!r}, "
            f"start='{self.start}', end='{self.end}', program={len(self.program)})"
        )
