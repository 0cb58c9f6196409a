"""The parties to agreements: states and international organizations.

A `State` is identified by its ISO 3166-1 alpha-3 code, checked with
pycountry against the current and the historic (withdrawn) codes, so the USSR
(``SUN``) and Yugoslavia (``YUG``) are states as much as Kazakhstan. Renamed
states keep their code (``TUR`` is Türkiye). Kosovo, not in ISO 3166-1, is
``XKX`` (`treatymodel.crosswalk.KOSOVO`). Names in other spellings resolve
through `treatymodel.crosswalk`.

Agreements and other records refer to parties by a tagged reference,
`StateRef` or `OrganizationRef`; `PartyRef` is their union.
"""

from __future__ import annotations

import enum
from typing import Any

import attrs

from treatymodel import _validators as v
from treatymodel._fielddocs import documented
from treatymodel._validators import country_record as _country_record
from treatymodel.crosswalk import KOSOVO, Scheme, resolve
from treatymodel.dates import DateLike, DateValue, PartialDate, UncertainDate
from treatymodel.errors import FieldError
from treatymodel.identity import Capital, DatedName, ExternalId, capital_on, name_on
from treatymodel.refs import OrganizationRef, PartyRef, StateRef, party_refs
from treatymodel.values import Certainty, Variant, variants_of

__all__ = [
    "Body",
    "BodyKind",
    "MembershipAct",
    "MembershipActKind",
    "Organization",
    "OrganizationRef",
    "PartyRef",
    "State",
    "StateRef",
    "party_refs",
    "resolve_state_code",
]

_DATES = (PartialDate, UncertainDate)

#: Exchange form of a state code: three capital letters.
STATE_CODE_PATTERN = r"^[A-Z]{3}$"


def _record(code: str) -> Any:
    record = _country_record(code)
    assert record is not None, "State.code is validated on construction"
    return record


def resolve_state_code(query: str, *, on: object = None, scheme: Scheme = "name") -> str:
    """The alpha-3 code of the one state ``query`` names: a code, or a name in any spelling.

    Through `treatymodel.crosswalk`: ISO 3166 codes and names (current, and
    withdrawn ones), former names ("Swaziland", "Burma"), the UN Treaty
    Collection's spellings, common short names ("UK", "Ivory Coast"), and with
    ``scheme="cow"`` Correlates of War numbers and abbreviations. A renamed state
    is one state with its current code; a state that ceased to exist keeps its
    historic code (``SUN``, ``YUG``).

    Args:
        query: A code or a name.
        on: The date the name is used on (``datetime.date``, partial date or ISO
            text): "Germany" on 1980 is refused (``DEU`` or ``DDR``), on 2000 it is ``DEU``.
        scheme: ``"name"``, or ``"cow"`` for Correlates of War codes.

    Raises:
        FieldError: nothing, or more than one state, matches ``query``; the
            message names every candidate.

    Example:
        >>> from treatymodel.parties import resolve_state_code
        >>> resolve_state_code("KZ"), resolve_state_code("Russia"), resolve_state_code("USSR")
        ('KAZ', 'RUS', 'SUN')
        >>> resolve_state_code("Republic of Korea"), resolve_state_code("Yugoslavia", on="1980")
        ('KOR', 'YUG')
    """
    if not isinstance(query, str) or not query.strip():
        raise FieldError("State", "code", query, "must be an ISO 3166-1 code or a country name")
    return resolve(query, on=on, scheme=scheme)


@documented
@attrs.frozen(kw_only=True)
class State:
    """A sovereign state, current or historic, identified by ISO 3166-1 alpha-3.

    Example:
        >>> from treatymodel import State
        >>> kz = State.lookup("Kazakhstan", capital="Astana")
        >>> kz.code, kz.display_name, kz.historic
        ('KAZ', 'Kazakhstan', False)
        >>> State(code="SUN").historic
        True
    """

    code: str = attrs.field(validator=v.state_code)
    """ISO 3166-1 alpha-3 code (``"RUS"``, ``"KAZ"``, historic ``"SUN"``); it is the state's id in a dossier.
    """
    name: str | None = attrs.field(default=None, validator=v.optional_text)
    """The short name the record uses (``"Russia"``); ``None`` uses ISO 3166's name."""
    capital: str | None = attrs.field(default=None, validator=v.optional_text)
    """The capital as the sources name it at the time of the record (``"Astana"``); ``capitals`` holds
    capitals with their dates.
    """
    names: tuple[DatedName, ...] = attrs.field(default=(), validator=v.tuple_of(DatedName))
    """Names with their dates: a renamed state is one state, with its current code and dated names
    ("Swaziland" until 19 April 2018, then "Eswatini").
    """
    capitals: tuple[Capital, ...] = attrs.field(default=(), validator=v.tuple_of(Capital))
    """Capitals with their dates."""
    ceased: DateValue | None = attrs.field(default=None, validator=v.optional_instance_of(_DATES))
    """Day the state ceased to exist (USSR: 1991-12-26); ``None`` if it exists or is not known."""
    successors: tuple[str, ...] = attrs.field(default=(), validator=v.state_codes)
    """Codes of its successor states (``SUN``: ``RUS``...)."""
    external_ids: tuple[ExternalId, ...] = attrs.field(default=(), validator=v.tuple_of(ExternalId))
    """Identifiers in other systems (Wikidata, COW, ISO 3166)."""
    sources: tuple[str, ...] = attrs.field(default=(), validator=v.identifiers)
    """Ids of sources."""
    variants: tuple[Variant, ...] = attrs.field(default=(), validator=variants_of)
    """Values other sources report differently, each addressing a field of this record."""
    certainty: Certainty | None = attrs.field(default=None, validator=v.optional_instance_of(Certainty))
    """How sure the sources are of this record's facts; ``None`` when not stated."""

    def name_on(self, on: DateLike) -> str:
        """The name in use on ``on``: the dated short name that settles it, else `display_name`.

        Example:
            >>> import datetime as dt
            >>> from treatymodel import DatedName, PartialDate, State
            >>> swz = State(code="SWZ", names=(
            ...     DatedName(name="Swaziland", start=PartialDate.parse("1968-09-06"),
            ...               end=PartialDate.parse("2018-04-19")),))
            >>> swz.name_on(dt.date(2016, 3, 1)), swz.name_on(dt.date(2020, 1, 1))
            ('Swaziland', 'Eswatini')
        """
        return name_on(self.names, on) or self.display_name

    def capital_on(self, on: DateLike) -> str | None:
        """The capital on ``on`` when the dated capitals settle it; ``None`` otherwise."""
        return capital_on(self.capitals, on)

    @classmethod
    def lookup(
        cls,
        query: str,
        *,
        on: object = None,
        scheme: Scheme = "name",
        name: str | None = None,
        capital: str | None = None,
    ) -> State:
        """A state from a code or a name, on a date when one is given (see `resolve_state_code`).

        Example:
            >>> from treatymodel import State
            >>> State.lookup("Swaziland").code, State.lookup("Germany", on="1995").code
            ('SWZ', 'DEU')
        """
        return cls(code=resolve_state_code(query, on=on, scheme=scheme), name=name, capital=capital)

    @property
    def id(self) -> str:
        """The state's id in a dossier: its alpha-3 code."""
        return self.code

    @property
    def iso_name(self) -> str:
        """ISO 3166's name of the state."""
        return str(_record(self.code).name)

    @property
    def official_name(self) -> str:
        """ISO 3166's official name where it has one, else its name."""
        record = _record(self.code)
        return str(getattr(record, "official_name", record.name))

    @property
    def display_name(self) -> str:
        """``name`` if the record gives one, else ISO 3166's common or short name."""
        if self.name is not None:
            return self.name
        record = _record(self.code)
        name = str(getattr(record, "common_name", record.name))
        # Historic names are inverted ("USSR, Union of Soviet Socialist Republics").
        return name.split(",")[0] if self.historic else name

    @property
    def historic(self) -> bool:
        """Whether the code has been withdrawn from ISO 3166-1 (USSR, Yugoslavia...)."""
        import pycountry

        return self.code != KOSOVO and pycountry.countries.get(alpha_3=self.code) is None

    def ref(self) -> StateRef:
        """A reference to this state, for parties, signatures and commitments."""
        return StateRef(code=self.code)


class BodyKind(enum.StrEnum):
    """What an organization's body is."""

    HEADS_OF_STATE = "heads_of_state"
    """A council of heads of state (the SCO's Council of Heads of State)."""
    HEADS_OF_GOVERNMENT = "heads_of_government"
    """A council of heads of government."""
    MINISTERS = "ministers"
    """A council of ministers (foreign, defence...)."""
    PARLIAMENTARY = "parliamentary"
    """A parliamentary assembly."""
    SECRETARIAT = "secretariat"
    """A secretariat and its head."""
    JUDICIAL = "judicial"
    """A court or tribunal."""
    EXECUTIVE = "executive"
    """A commission or executive committee."""
    OTHER = "other"
    """Any other body."""


@documented
@attrs.frozen(kw_only=True)
class Body:
    """A body of an international organization, which adopts its decisions.

    Example:
        >>> from treatymodel import Body, BodyKind
        >>> Body(id="chs", name="Council of Heads of State", kind=BodyKind.HEADS_OF_STATE).name
        'Council of Heads of State'
    """

    id: str = attrs.field(validator=v.identifier)
    """Id, unique within the organization (``"chs"``)."""
    name: str = attrs.field(validator=v.text)
    """Name in English (``"Council of Heads of State"``)."""
    kind: BodyKind = attrs.field(default=BodyKind.OTHER, validator=v.member(BodyKind))
    """What it is."""
    established: DateValue | None = attrs.field(default=None, validator=v.optional_instance_of(_DATES))
    """Day it was established; ``None`` if not known."""
    abolished: DateValue | None = attrs.field(default=None, validator=v.optional_instance_of(_DATES))
    """Day it was abolished; ``None`` if it exists or is not known."""
    external_ids: tuple[ExternalId, ...] = attrs.field(default=(), validator=v.tuple_of(ExternalId))
    """Identifiers in other systems."""
    sources: tuple[str, ...] = attrs.field(default=(), validator=v.identifiers)
    """Ids of sources."""
    variants: tuple[Variant, ...] = attrs.field(default=(), validator=variants_of)
    """Values other sources report differently, each addressing a field of this record."""
    certainty: Certainty | None = attrs.field(default=None, validator=v.optional_instance_of(Certainty))
    """How sure the sources are of this record's facts; ``None`` when not stated."""


class MembershipActKind(enum.StrEnum):
    """A change of membership that no treaty instrument records."""

    ADMISSION = "admission"
    """Becomes a member."""
    SUSPENSION = "suspension"
    """Its participation (or its rights) are suspended; it stays a member."""
    FREEZE = "freeze"
    """The member declares it freezes its participation; it stays a member."""
    RESUMPTION = "resumption"
    """A suspension or a freeze ends."""
    WITHDRAWAL = "withdrawal"
    """It leaves the organization."""
    EXPULSION = "expulsion"
    """It is expelled."""


@documented
@attrs.frozen(kw_only=True)
class MembershipAct:
    """A change of a member's standing in an organization, as the sources report it.

    Membership follows the founding agreement's lifecycle and the organization's
    decisions (`Decision`); a membership act records what no
    legal instrument of the dossier does: a declared freeze, a suspension reported
    by the press, an admission whose decision is not in the dossier.

    Example:
        >>> from treatymodel import MembershipAct, MembershipActKind, PartialDate, StateRef
        >>> act = MembershipAct(kind=MembershipActKind.FREEZE, member=StateRef(code="ARM"),
        ...                     date=PartialDate.parse("2024-02"))
        >>> act.kind.value
        'freeze'
    """

    kind: MembershipActKind = attrs.field(validator=v.member(MembershipActKind))
    """What changed."""
    member: PartyRef = attrs.field(validator=v.instance_of((StateRef, OrganizationRef)))
    """The state or organization."""
    date: DateValue | None = attrs.field(default=None, validator=v.optional_instance_of(_DATES))
    """Day it took effect; ``None`` if not known."""
    until: DateValue | None = attrs.field(default=None, validator=v.optional_instance_of(_DATES))
    """Day a suspension or freeze ended; ``None`` if it goes on or is not known."""
    decision: str | None = attrs.field(default=None, validator=v.optional_identifier)
    """Id of the decision that made it, if in the dossier."""
    note: str | None = attrs.field(default=None, validator=v.optional_paragraphs)
    """Context."""
    sources: tuple[str, ...] = attrs.field(default=(), validator=v.identifiers)
    """Ids of sources."""
    variants: tuple[Variant, ...] = attrs.field(default=(), validator=variants_of)
    """Values other sources report differently, each addressing a field of this record."""
    certainty: Certainty | None = attrs.field(default=None, validator=v.optional_instance_of(Certainty))
    """How sure the sources are of this record's facts (a freeze announced, not notified...); ``None`` when
    not stated.
    """


@documented
@attrs.frozen(kw_only=True)
class Organization:
    """An international organization: a party to agreements or merely named in them.

    Its members over time follow from its founding agreement's lifecycle, its
    accession agreements, the admissions and suspensions its bodies decide
    (`Decision`) and the `MembershipAct` records:
    `treatymodel.Dossier.members_on` puts them together.

    Example:
        >>> from treatymodel import Organization
        >>> Organization(id="csto", name="Collective Security Treaty Organization", acronym="CSTO").label
        'CSTO'
    """

    id: str = attrs.field(validator=v.identifier)
    """Id in the dossier (``"csto"``, ``"eu"``)."""
    name: str = attrs.field(validator=v.text)
    """Full English name."""
    acronym: str | None = attrs.field(default=None, validator=v.optional_text)
    """Usual acronym (``"CSTO"``)."""
    other_names: tuple[str, ...] = attrs.field(default=(), validator=v.texts)
    """Names in other languages or former names."""
    url: str | None = attrs.field(default=None, validator=v.url)
    """Official website."""
    names: tuple[DatedName, ...] = attrs.field(default=(), validator=v.tuple_of(DatedName))
    """Names with their dates."""
    founding_agreement: str | None = attrs.field(default=None, validator=v.optional_identifier)
    """Id of the agreement that created it (its charter)."""
    accession_agreements: tuple[str, ...] = attrs.field(default=(), validator=v.identifiers)
    """Ids of agreements by which states joined it, when they are not accessions to the founding agreement
    itself.
    """
    founded: DateValue | None = attrs.field(default=None, validator=v.optional_instance_of(_DATES))
    """Day it came into being; ``None`` if not known."""
    dissolved: DateValue | None = attrs.field(default=None, validator=v.optional_instance_of(_DATES))
    """Day it was dissolved; ``None`` if it exists or is not known."""
    bodies: tuple[Body, ...] = attrs.field(default=(), validator=v.tuple_of(Body))
    """Its bodies."""
    membership_acts: tuple[MembershipAct, ...] = attrs.field(default=(), validator=v.tuple_of(MembershipAct))
    """Changes of membership that no treaty instrument records."""
    external_ids: tuple[ExternalId, ...] = attrs.field(default=(), validator=v.tuple_of(ExternalId))
    """Identifiers in other systems."""
    sources: tuple[str, ...] = attrs.field(default=(), validator=v.identifiers)
    """Ids of sources."""
    variants: tuple[Variant, ...] = attrs.field(default=(), validator=variants_of)
    """Values other sources report differently, each addressing a field of this record."""
    certainty: Certainty | None = attrs.field(default=None, validator=v.optional_instance_of(Certainty))
    """How sure the sources are of this record's facts; ``None`` when not stated."""

    @property
    def label(self) -> str:
        """The acronym if there is one, else the name."""
        return self.acronym or self.name

    def name_on(self, on: DateLike) -> str:
        """The name in use on ``on``: the dated short name that settles it, else `label`."""
        return name_on(self.names, on) or self.label

    def body(self, id: str) -> Body | None:
        """The body with ``id``, or ``None``."""
        return next((b for b in self.bodies if b.id == id), None)

    def ref(self) -> OrganizationRef:
        """A reference to this organization as a party."""
        return OrganizationRef(id=self.id)
