"""Meetings of many parties, and the decisions of organizations' bodies.

A `Visit` has one guest and one host; a `Meeting` is a summit, a
session of an organization's council or a conference, with many participants,
its dates, places and program, and the agreements signed and the decisions
adopted there. A `Decision` is an act of an organization's body (adopt a
document, admit or suspend a member, extend a mandate, establish an
organization), dated and sourced.

Example:
    >>> from treatymodel import Decision, DecisionKind, PartialDate, StateRef
    >>> Decision(id="sco-admits-blr", kind=DecisionKind.ADMIT, organization="sco", body="chs",
    ...          date=PartialDate.parse("2024-07-04"), subject=StateRef(code="BLR")).kind.value
    'admit'
"""

from __future__ import annotations

import enum

import attrs

from treatymodel import _validators as v
from treatymodel._fielddocs import documented
from treatymodel.dates import DateValue, PartialDate, UncertainDate
from treatymodel.identity import ExternalId
from treatymodel.refs import OrganizationRef, PartyRef, StateRef
from treatymodel.values import Certainty, Place, Variant, variants_of
from treatymodel.visits import Event

__all__ = ["Decision", "DecisionKind", "Meeting", "MeetingKind", "Participant", "ParticipantRole"]

_DATES = (PartialDate, UncertainDate)


class MeetingKind(enum.StrEnum):
    """What kind of meeting."""

    SUMMIT = "summit"
    """A meeting of heads of state or government."""
    SESSION = "session"
    """A session of an organization's body other than a summit."""
    MINISTERIAL = "ministerial"
    """A meeting of ministers."""
    CONFERENCE = "conference"
    """A diplomatic conference (one that adopts a treaty text, a review conference)."""
    OTHER = "other"
    """Any other meeting."""


class ParticipantRole(enum.StrEnum):
    """In what capacity a party takes part in a meeting."""

    HOST = "host"
    """The host (or the chair's country)."""
    MEMBER = "member"
    """A member of the organization or body meeting."""
    OBSERVER = "observer"
    """An observer."""
    GUEST = "guest"
    """An invited guest: a dialogue partner, another organization."""


@documented
@attrs.frozen(kw_only=True)
class Participant:
    """A delegation at a meeting: a state or organization, led by a person.

    Example:
        >>> from treatymodel import Participant, StateRef
        >>> Participant(party=StateRef(code="BLR"), person="lukashenko").person
        'lukashenko'
    """

    party: PartyRef | None = attrs.field(
        default=None, validator=v.optional_instance_of((StateRef, OrganizationRef))
    )
    """The state or organization taking part; ``None`` if not known."""
    person: str | None = attrs.field(default=None, validator=v.optional_identifier)
    """Id of the person leading the delegation, if known."""
    role: ParticipantRole | None = attrs.field(default=None, validator=v.optional_member(ParticipantRole))
    """Host, member, observer or guest, if stated."""
    start: DateValue | None = attrs.field(default=None, validator=v.optional_instance_of(_DATES))
    """First day it took part, when not the meeting's."""
    end: DateValue | None = attrs.field(default=None, validator=v.optional_instance_of(_DATES))
    """Last day it took part, when not the meeting's."""
    remote: bool | None = attrs.field(default=None, validator=v.optional_bool)
    """Whether it took part by video link, if known."""
    sources: tuple[str, ...] = attrs.field(default=(), validator=v.identifiers)
    """Ids of sources."""
    variants: tuple[Variant, ...] = attrs.field(default=(), validator=variants_of)
    """Values other sources report differently, each addressing a field of this record."""
    certainty: Certainty | None = attrs.field(default=None, validator=v.optional_instance_of(Certainty))
    """How sure the sources are of this record's facts; ``None`` when not stated."""


@documented
@attrs.frozen(kw_only=True)
class Meeting:
    """A summit, a session or a conference of many parties.

    Example:
        >>> from treatymodel import Meeting, MeetingKind, PartialDate
        >>> Meeting(id="sco-2024", kind=MeetingKind.SUMMIT, start=PartialDate.parse("2024-07-03"),
        ...         end=PartialDate.parse("2024-07-04"), host_state="KAZ").host_state
        'KAZ'
    """

    id: str = attrs.field(validator=v.identifier)
    """Id in the dossier."""
    kind: MeetingKind = attrs.field(validator=v.member(MeetingKind))
    """Summit, session, ministerial, conference or other."""
    start: DateValue = attrs.field(validator=v.instance_of(_DATES))
    """First day."""
    end: DateValue = attrs.field(validator=v.instance_of(_DATES))
    """Last day."""
    title: str | None = attrs.field(default=None, validator=v.optional_text)
    """Name of the meeting ("SCO Astana summit")."""
    organization: str | None = attrs.field(default=None, validator=v.optional_identifier)
    """Id of the organization whose meeting it is, if any."""
    body: str | None = attrs.field(default=None, validator=v.optional_identifier)
    """Id of the organization's body meeting (``"chs"``), if any."""
    host_state: str | None = attrs.field(default=None, validator=v.optional_state_code)
    """Code of the host state, if known."""
    places: tuple[Place, ...] = attrs.field(default=(), validator=v.tuple_of(Place))
    """Where it took place."""
    participants: tuple[Participant, ...] = attrs.field(default=(), validator=v.tuple_of(Participant))
    """The delegations."""
    program: tuple[Event, ...] = attrs.field(default=(), validator=v.tuple_of(Event))
    """Events, in order."""
    agreements: tuple[str, ...] = attrs.field(default=(), validator=v.identifiers)
    """Ids of agreements signed there."""
    decisions: tuple[str, ...] = attrs.field(default=(), validator=v.identifiers)
    """Ids of decisions adopted there."""
    description: str | None = attrs.field(default=None, validator=v.optional_paragraphs)
    """Summary."""
    external_ids: tuple[ExternalId, ...] = attrs.field(default=(), validator=v.tuple_of(ExternalId))
    """Identifiers in other systems."""
    sources: tuple[str, ...] = attrs.field(default=(), validator=v.identifiers)
    """Ids of sources."""
    variants: tuple[Variant, ...] = attrs.field(default=(), validator=variants_of)
    """Values other sources report differently, each addressing a field of this record."""
    certainty: Certainty | None = attrs.field(default=None, validator=v.optional_instance_of(Certainty))
    """How sure the sources are of this record's facts; ``None`` when not stated."""

    def parties(self) -> tuple[PartyRef, ...]:
        """The parties taking part, once each, in order."""
        return tuple(dict.fromkeys(p.party for p in self.participants if p.party is not None))


class DecisionKind(enum.StrEnum):
    """What an organization's body decides."""

    ADOPT = "adopt"
    """Adopts a document (a charter, a declaration, a program)."""
    ESTABLISH = "establish"
    """Establishes an organization or a body."""
    ADMIT = "admit"
    """Admits a member."""
    SUSPEND = "suspend"
    """Suspends a member's participation or rights."""
    RESUME = "resume"
    """Ends a suspension."""
    EXPEL = "expel"
    """Expels a member."""
    EXTEND = "extend"
    """Extends a mandate, a term or an agreement."""
    OTHER = "other"
    """Any other decision."""


@documented
@attrs.frozen(kw_only=True)
class Decision:
    """An act of an organization's body.

    An ``admit`` decision makes its ``subject`` a member from its ``effective`` day
    (or its ``date``); ``suspend``, ``resume`` and ``expel`` change a member's
    standing the same way (`treatymodel.Dossier.members_on`). An
    ``establish`` decision may create an organization (``creates``); an ``adopt``
    or ``extend`` decision may name the ``agreement`` it adopts or extends.
    """

    id: str = attrs.field(validator=v.identifier)
    """Id in the dossier."""
    kind: DecisionKind = attrs.field(validator=v.member(DecisionKind))
    """What is decided."""
    organization: str = attrs.field(validator=v.identifier)
    """Id of the organization whose body decides."""
    body: str | None = attrs.field(default=None, validator=v.optional_identifier)
    """Id of the body (`Organization.bodies`)."""
    date: DateValue | None = attrs.field(default=None, validator=v.optional_instance_of(_DATES))
    """Day of adoption; ``None`` if not known."""
    effective: DateValue | None = attrs.field(default=None, validator=v.optional_instance_of(_DATES))
    """Day it takes effect, when not the day of adoption."""
    title: str | None = attrs.field(default=None, validator=v.optional_text)
    """Title ("Decision on admitting the Republic of Belarus")."""
    subject: PartyRef | None = attrs.field(
        default=None, validator=v.optional_instance_of((StateRef, OrganizationRef))
    )
    """The state or organization admitted, suspended or expelled."""
    agreement: str | None = attrs.field(default=None, validator=v.optional_identifier)
    """Id of the agreement adopted or extended."""
    creates: str | None = attrs.field(default=None, validator=v.optional_identifier)
    """Id of the organization it establishes."""
    meeting: str | None = attrs.field(default=None, validator=v.optional_identifier)
    """Id of the meeting where it was adopted."""
    description: str | None = attrs.field(default=None, validator=v.optional_paragraphs)
    """Summary."""
    external_ids: tuple[ExternalId, ...] = attrs.field(default=(), validator=v.tuple_of(ExternalId))
    """Identifiers in other systems."""
    sources: tuple[str, ...] = attrs.field(default=(), validator=v.identifiers)
    """Ids of sources."""
    variants: tuple[Variant, ...] = attrs.field(default=(), validator=variants_of)
    """Values other sources report differently, each addressing a field of this record."""
    certainty: Certainty | None = attrs.field(default=None, validator=v.optional_instance_of(Certainty))
    """How sure the sources are of this record's facts; ``None`` when not stated."""

    @property
    def takes_effect(self) -> DateValue | None:
        """The day it takes effect: `effective`, else `date`."""
        return self.effective if self.effective is not None else self.date
