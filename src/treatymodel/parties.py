"""The parties to agreements: states and international organizations.

A `State` is identified by its ISO 3166-1 alpha-3 code, checked with
pycountry against the current and the historic (withdrawn) codes, so the USSR
(``SUN``) and Yugoslavia (``YUG``) are states as much as Kazakhstan. Renamed
states keep their code (``TUR`` is Türkiye).

Agreements and other records refer to parties by a tagged reference,
`StateRef` or `OrganizationRef`; `PartyRef` is their union.
"""

from __future__ import annotations

from typing import Any

import attrs

from treatymodel import _validators as v
from treatymodel._validators import country_record as _country_record
from treatymodel.errors import FieldError
from treatymodel.refs import OrganizationRef, PartyRef, StateRef, party_refs
from treatymodel.values import Certainty, Variant, variants_of

__all__ = [
    "Organization",
    "OrganizationRef",
    "PartyRef",
    "State",
    "StateRef",
    "party_refs",
    "resolve_state_code",
]

#: Exchange form of a state code: three capital letters.
STATE_CODE_PATTERN = r"^[A-Z]{3}$"


def _record(code: str) -> Any:
    record = _country_record(code)
    assert record is not None, "State.code is validated on construction"
    return record


def _names(record: Any) -> set[str]:
    """Every name of a pycountry record, and each part of a comma-inverted historic name."""
    names = {getattr(record, key, None) for key in ("name", "official_name", "common_name")}
    parts = {part.strip() for name in names if name for part in name.split(",")}
    return {n.casefold() for n in (names | parts) if n}


def resolve_state_code(query: str) -> str:
    """The alpha-3 code for an alpha-2 code, an alpha-3 code or a name.

    In order: an exact code or name (current states before historic ones); a
    part of a historic name ("USSR", "Yugoslavia"); then a name that contains
    ``query`` (at least four letters), accepted only when exactly one state's does
    ("Russia" finds "Russian Federation"). Former names that ISO 3166 does not
    record ("Turkey", "Swaziland") do not resolve: use the code.

    Raises:
        FieldError: nothing, or more than one state, matches ``query``.

    Example:
        >>> from treatymodel.parties import resolve_state_code
        >>> resolve_state_code("KZ"), resolve_state_code("Russia"), resolve_state_code("USSR")
        ('KAZ', 'RUS', 'SUN')
    """
    if not isinstance(query, str) or not query.strip():
        raise FieldError("State", "code", query, "must be an ISO 3166-1 code or a country name")
    import pycountry  # loaded on first use: `import treatymodel` does not pay for it

    text = query.strip()
    for db in (pycountry.countries, pycountry.historic_countries):
        try:
            return str(db.lookup(text).alpha_3)
        except LookupError:
            pass
    wanted = text.casefold()
    historic = [c for c in pycountry.historic_countries if wanted in _names(c)]
    if len(historic) == 1:
        return str(historic[0].alpha_3)
    found = []
    if len(wanted) >= 4:
        found = [c for c in pycountry.countries if any(wanted in name for name in _names(c))]
    if len(found) == 1:
        return str(found[0].alpha_3)
    hint = f"; candidates: {', '.join(c.alpha_3 for c in found[:8])}" if found else ""
    raise FieldError("State", "code", query, f"must name exactly one ISO 3166-1 state{hint}")


@attrs.frozen(kw_only=True)
class State:
    """A sovereign state, current or historic, identified by ISO 3166-1 alpha-3.

    Args:
        code: Alpha-3 code (``"RUS"``, ``"KAZ"``, historic ``"SUN"``); it is the
            state's id in a dossier.
        name: The short name the record uses (``"Russia"``); ``None`` uses
            ISO 3166's name.
        capital: The capital as the sources name it at the time of the record
            (``"Astana"``).

    Example:
        >>> from treatymodel import State
        >>> kz = State.lookup("Kazakhstan", capital="Astana")
        >>> kz.code, kz.display_name, kz.historic
        ('KAZ', 'Kazakhstan', False)
        >>> State(code="SUN").historic
        True
    """

    code: str = attrs.field(validator=v.state_code)
    """ISO 3166-1 alpha-3 code, the state's id."""
    name: str | None = attrs.field(default=None, validator=v.optional_text)
    """Short name used by the record, if not ISO's."""
    capital: str | None = attrs.field(default=None, validator=v.optional_text)
    """Capital city as named at the time of the record."""
    sources: tuple[str, ...] = attrs.field(default=(), validator=v.identifiers)
    """Ids of sources."""
    variants: tuple[Variant, ...] = attrs.field(default=(), validator=variants_of)
    """Values other sources report differently, each addressing a field of this record."""
    certainty: Certainty | None = attrs.field(default=None, validator=v.optional_instance_of(Certainty))
    """How sure the sources are of this record's facts; ``None`` when not stated."""

    @classmethod
    def lookup(cls, query: str, *, name: str | None = None, capital: str | None = None) -> State:
        """A state from an alpha-2 code, an alpha-3 code or a name (see `resolve_state_code`)."""
        return cls(code=resolve_state_code(query), name=name, capital=capital)

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

        return pycountry.countries.get(alpha_3=self.code) is None

    def ref(self) -> StateRef:
        """A reference to this state, for parties, signatures and commitments."""
        return StateRef(code=self.code)


@attrs.frozen(kw_only=True)
class Organization:
    """An international organization: a party to agreements or merely named in them.

    Args:
        id: The organization's id in the dossier (``"csto"``, ``"eu"``).
        name: Full name in English.
        acronym: Usual acronym (``"CSTO"``).
        other_names: Names in other languages or former names.
        url: Official website.

    Example:
        >>> from treatymodel import Organization
        >>> Organization(id="csto", name="Collective Security Treaty Organization", acronym="CSTO").label
        'CSTO'
    """

    id: str = attrs.field(validator=v.identifier)
    """Id in the dossier."""
    name: str = attrs.field(validator=v.text)
    """Full English name."""
    acronym: str | None = attrs.field(default=None, validator=v.optional_text)
    """Usual acronym."""
    other_names: tuple[str, ...] = attrs.field(default=(), validator=v.texts)
    """Other or former names."""
    url: str | None = attrs.field(default=None, validator=v.url)
    """Official website."""
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

    def ref(self) -> OrganizationRef:
        """A reference to this organization as a party."""
        return OrganizationRef(id=self.id)
