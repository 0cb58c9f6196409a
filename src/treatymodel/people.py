"""Persons, the offices they hold, and their tenures.

An office ("President of the Russian Federation") exists apart from who holds
it; a `Tenure` says who held it from when to when, the way Popolo's
posts and memberships and FollowTheMoney's Position and Occupancy do. A
signatory's title is the office held on the signing date, looked up through
the tenures, not a free string.
"""

from __future__ import annotations

import enum

import attrs

from treatymodel import _validators as v
from treatymodel._fielddocs import documented
from treatymodel.dates import DateLike, DateValue, PartialDate, UncertainDate, as_date_value
from treatymodel.identity import ExternalId
from treatymodel.parties import OrganizationRef, PartyRef, StateRef
from treatymodel.values import Certainty, Title, Variant, variants_of

_DATES = (PartialDate, UncertainDate)

__all__ = ["Office", "OfficeRole", "Person", "Tenure"]


class OfficeRole(enum.StrEnum):
    """What an office is, as far as the law of treaties cares.

    Under the Vienna Convention on the Law of Treaties (art. 7(2)(a)), heads of
    state, heads of government and ministers for foreign affairs represent their
    state without producing full powers; anyone else needs them.
    """

    HEAD_OF_STATE = "head_of_state"
    """Head of state (president, monarch)."""
    HEAD_OF_GOVERNMENT = "head_of_government"
    """Head of government (prime minister, chancellor)."""
    FOREIGN_MINISTER = "foreign_minister"
    """Minister for foreign affairs."""
    DEPUTY_HEAD_OF_GOVERNMENT = "deputy_head_of_government"
    """Deputy or first deputy head of government."""
    MINISTER = "minister"
    """Any other member of a government."""
    HEAD_OF_DIPLOMATIC_MISSION = "head_of_diplomatic_mission"
    """Head of a diplomatic mission (VCLT art. 7(2)(b): only for treaties with the host state)."""
    REPRESENTATIVE = "representative"
    """Representative to a conference or an organization (VCLT art. 7(2)(c))."""
    HEAD_OF_ORGANIZATION = "head_of_organization"
    """Secretary-general, president or chair of an international organization."""
    OFFICIAL = "official"
    """Any other official."""
    OTHER = "other"
    """Anything else, such as a cultural office."""

    @property
    def represents_without_full_powers(self) -> bool:
        """Whether VCLT art. 7(2)(a) lets the holder sign any treaty without full powers."""
        return self in _VCLT_ART7_2A


_VCLT_ART7_2A = frozenset(
    {OfficeRole.HEAD_OF_STATE, OfficeRole.HEAD_OF_GOVERNMENT, OfficeRole.FOREIGN_MINISTER}
)


@documented
@attrs.frozen(kw_only=True)
class Person:
    """A person who takes part in diplomacy.

    Example:
        >>> from treatymodel import Person, Title
        >>> Person(id="tokayev", name="Kassym-Jomart Tokayev",
        ...        other_names=(Title(text="Касым-Жомарт Токаев", lang="ru"),)).name
        'Kassym-Jomart Tokayev'
    """

    id: str = attrs.field(validator=v.identifier)
    """Id in the dossier (``"putin"``)."""
    name: str = attrs.field(validator=v.text)
    """Usual English name (``"Vladimir Putin"``)."""
    other_names: tuple[Title, ...] = attrs.field(default=(), validator=v.tuple_of(Title))
    """Names in other languages and scripts."""
    external_ids: tuple[ExternalId, ...] = attrs.field(default=(), validator=v.tuple_of(ExternalId))
    """Identifiers in other systems (Wikidata, UNTS...)."""
    sources: tuple[str, ...] = attrs.field(default=(), validator=v.identifiers)
    """Ids of sources about the person."""
    variants: tuple[Variant, ...] = attrs.field(default=(), validator=variants_of)
    """Values other sources report differently, each addressing a field of this record."""
    certainty: Certainty | None = attrs.field(default=None, validator=v.optional_instance_of(Certainty))
    """How sure the sources are of this record's facts; ``None`` when not stated."""


@documented
@attrs.frozen(kw_only=True)
class Office:
    """A position that exists apart from who holds it.

    Example:
        >>> from treatymodel import Office, OfficeRole, StateRef
        >>> Office(id="president-kaz", title="President of the Republic of Kazakhstan",
        ...        role=OfficeRole.HEAD_OF_STATE, represents=StateRef(code="KAZ")).single_holder
        True
    """

    id: str = attrs.field(validator=v.identifier)
    """Id in the dossier (``"president-rus"``)."""
    title: str = attrs.field(validator=v.text)
    """Official title of the office (``"President of the Russian Federation"``)."""
    role: OfficeRole = attrs.field(validator=v.member(OfficeRole))
    """What the office is, for the law of treaties."""
    represents: PartyRef = attrs.field(validator=v.instance_of((StateRef, OrganizationRef)))
    """The state or organization the office acts for."""
    single_holder: bool = attrs.field(default=True, validator=v.boolean)
    """Whether one person at most holds the office at any time (true of a presidency, false of "member of
    parliament").
    """
    other_titles: tuple[Title, ...] = attrs.field(default=(), validator=v.tuple_of(Title))
    """The title in other languages."""
    external_ids: tuple[ExternalId, ...] = attrs.field(default=(), validator=v.tuple_of(ExternalId))
    """Identifiers in other systems (Wikidata, UNTS...)."""
    sources: tuple[str, ...] = attrs.field(default=(), validator=v.identifiers)
    """Ids of sources."""
    variants: tuple[Variant, ...] = attrs.field(default=(), validator=variants_of)
    """Values other sources report differently, each addressing a field of this record."""
    certainty: Certainty | None = attrs.field(default=None, validator=v.optional_instance_of(Certainty))
    """How sure the sources are of this record's facts; ``None`` when not stated."""


@documented
@attrs.frozen(kw_only=True)
class Tenure:
    """Who held an office from when to when.

    Example:
        >>> from treatymodel import PartialDate, Tenure
        >>> t = Tenure(person="tokayev", office="president-kaz", start=PartialDate.parse("2019-03-20"))
        >>> t.covers(PartialDate.parse("2025-11-12"))
        True
    """

    person: str = attrs.field(validator=v.identifier)
    """Id of the person holding the office."""
    office: str = attrs.field(validator=v.identifier)
    """Id of the office held."""
    start: DateValue | None = attrs.field(default=None, validator=v.optional_instance_of(_DATES))
    """First day in office, to the precision known; ``None`` if unknown."""
    end: DateValue | None = attrs.field(default=None, validator=v.optional_instance_of(_DATES))
    """Last day in office; ``None`` while it goes on or if unknown."""
    held_on: tuple[DateValue, ...] = attrs.field(default=(), validator=v.tuple_of(_DATES))
    """Dates on which a source shows the person in office, for a tenure whose start and end are not known
    ("met by First Deputy Prime Minister Manturov" on the day of a visit).
    """
    sources: tuple[str, ...] = attrs.field(default=(), validator=v.identifiers)
    """Ids of sources for the tenure."""
    variants: tuple[Variant, ...] = attrs.field(default=(), validator=variants_of)
    """Values other sources report differently, each addressing a field of this record."""
    certainty: Certainty | None = attrs.field(default=None, validator=v.optional_instance_of(Certainty))
    """How sure the sources are of this record's facts; ``None`` when not stated."""

    def covers(self, day: DateLike) -> bool:
        """Whether the tenure certainly includes every day of ``day``.

        An unknown end of a tenure whose start is known is taken as open (still in
        office). A tenure with neither date has unknown dates: it covers only the
        dates of `held_on`, and the rules that need its dates say nothing
        about it. ``day`` may be a `datetime.date` or an ISO string too.
        """
        if type(day) is not PartialDate and type(day) is not UncertainDate:
            day = as_date_value(day)
        if any(held.contains(day) for held in self.held_on):
            return True
        if self.start is None and self.end is None:
            return False
        if self.start is not None and day.earliest() < self.start.latest():
            return False
        return not (self.end is not None and day.latest() > self.end.earliest())

    def may_cover(self, day: DateLike) -> bool:
        """Whether the tenure could include some day of ``day``."""
        if type(day) is not PartialDate and type(day) is not UncertainDate:
            day = as_date_value(day)
        if self.start is not None and day.latest() < self.start.earliest():
            return False
        return not (self.end is not None and day.earliest() > self.end.latest())
