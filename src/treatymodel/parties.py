"""The parties to agreements: states and international organizations.

A :class:`State` is identified by its ISO 3166-1 alpha-3 code, checked with
pycountry against the current and the historic (withdrawn) codes, so the USSR
(``SUN``) and Yugoslavia (``YUG``) are states as much as Kazakhstan. Renamed
states keep their code (``TUR`` is Türkiye). Kosovo, not in ISO 3166-1, is
``XKX`` (:data:`treatymodel.crosswalk.KOSOVO`). Names in other spellings resolve
through :mod:`treatymodel.crosswalk`.

Agreements and other records refer to parties by a tagged reference,
:class:`StateRef` or :class:`OrganizationRef`; :data:`PartyRef` is their union.
"""

from __future__ import annotations

from typing import Any

import attrs

from treatymodel import _validators as v
from treatymodel._validators import country_record as _country_record
from treatymodel.crosswalk import KOSOVO, Scheme, resolve
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


def resolve_state_code(query: str, *, on: object = None, scheme: Scheme = "name") -> str:
    """The alpha-3 code of the one state ``query`` names: a code, or a name in any spelling.

    Through :mod:`treatymodel.crosswalk`: ISO 3166 codes and names (current, and
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
    def lookup(
        cls,
        query: str,
        *,
        on: object = None,
        scheme: Scheme = "name",
        name: str | None = None,
        capital: str | None = None,
    ) -> State:
        """A state from a code or a name, on a date when one is given (see :func:`resolve_state_code`).

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
