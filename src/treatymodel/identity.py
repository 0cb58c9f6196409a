"""Identity over time: identifiers in other systems, and names and capitals with dates.

An `ExternalId` ties a record to the systems researchers link to: a
Wikidata item, a UN Treaty Series registration, a UN Treaty Collection chapter
and number, an ATOP or Correlates of War id, an ISO 3166 code, a national treaty
series. `treatymodel.Dossier.find` looks a record up by one.

A `DatedName` is a name a state or an organization bore from one date to
another ("Swaziland" until 19 April 2018); a `Capital` is a capital city
with its dates. `name_on` and `capital_on` answer for a day, and say
``None`` when the record does not settle it.

Example:
    >>> from treatymodel import ExternalId, IdScheme
    >>> ExternalId(scheme=IdScheme.WIKIDATA, value="Q232").url
    'https://www.wikidata.org/wiki/Q232'
"""

from __future__ import annotations

import datetime as dt
import enum
import re
from collections.abc import Iterable
from typing import Any

import attrs

from treatymodel import _validators as v
from treatymodel._fielddocs import documented
from treatymodel.dates import DateLike, DateValue, PartialDate, UncertainDate, as_date_value
from treatymodel.values import Certainty, Variant, variants_of

__all__ = [
    "Capital",
    "DatedName",
    "ExternalId",
    "IdScheme",
    "NameKind",
    "capital_on",
    "name_on",
]

_DATES = (PartialDate, UncertainDate)


class IdScheme(enum.StrEnum):
    """A system of identifiers that records link to."""

    WIKIDATA = "wikidata"
    """A Wikidata item: ``Q`` and a number (``Q232``)."""
    UNTS = "unts"
    """A registration number in the United Nations Treaty Series (``37924``, ``I-37924``);
    the volume goes in ``volume``."""
    UNTC = "untc"
    """A chapter and number in the UN Treaty Collection's Status of Multilateral Treaties
    Deposited with the Secretary-General (``XXVI-4``, ``XXVII-7-d``)."""
    ATOP = "atop"
    """An Alliance Treaty Obligations and Provisions alliance id (``1005``)."""
    COW_STATE = "cow-state"
    """A Correlates of War state number (``365`` for Russia)."""
    COW_ALLIANCE = "cow-alliance"
    """A Correlates of War formal alliance id."""
    ISO3166 = "iso3166"
    """An ISO 3166 code: alpha-2, alpha-3, numeric, or an ISO 3166-3 alpha-4 former code."""
    NATIONAL = "national"
    """A number in a national treaty series; ``name`` says which series."""
    OTHER = "other"
    """Any other system; ``name`` says which."""


#: What a value must look like, per scheme (the schemes not listed take any text).
ID_PATTERNS: dict[IdScheme, str] = {
    IdScheme.WIKIDATA: r"^Q[1-9][0-9]*$",
    IdScheme.UNTS: r"^(?:I{1,2}-)?[1-9][0-9]*$",
    IdScheme.UNTC: r"^[IVXL]+-[1-9][0-9]*(?:-[a-z])?$",
    IdScheme.ATOP: r"^[1-9][0-9]*$",
    IdScheme.COW_STATE: r"^[1-9][0-9]{0,2}$",
    IdScheme.COW_ALLIANCE: r"^[1-9][0-9]*$",
    IdScheme.ISO3166: r"^(?:[A-Z]{2,4}|[0-9]{3})$",
}
_ID_RES = {scheme: re.compile(pattern) for scheme, pattern in ID_PATTERNS.items()}
#: Schemes whose ``name`` is required (it says which series or system).
NAMED_SCHEMES = frozenset({IdScheme.NATIONAL, IdScheme.OTHER})
#: Schemes that number volumes.
VOLUME_SCHEMES = frozenset({IdScheme.UNTS, IdScheme.NATIONAL, IdScheme.OTHER})


@v.described(v.TEXT_SCHEMA)
def _id_value(instance: ExternalId, attribute: attrs.Attribute[Any], value: Any) -> None:
    v.text(instance, attribute, value)
    pattern = _ID_RES.get(instance.scheme)
    if pattern is not None and pattern.fullmatch(value) is None:
        v.fail(
            instance,
            attribute,
            value,
            f"is not a {instance.scheme.value} id (must match {ID_PATTERNS[instance.scheme]})",
        )


@v.described(v.TEXT_SCHEMA, optional=True)
def _id_name(instance: ExternalId, attribute: attrs.Attribute[Any], value: Any) -> None:
    v.optional_text(instance, attribute, value)
    if value is None and instance.scheme in NAMED_SCHEMES:
        v.fail(instance, attribute, value, f"is required for scheme {instance.scheme.value!r}: which system")


@v.described(v.TEXT_SCHEMA, optional=True)
def _id_volume(instance: ExternalId, attribute: attrs.Attribute[Any], value: Any) -> None:
    v.optional_text(instance, attribute, value)
    if value is not None and instance.scheme not in VOLUME_SCHEMES:
        v.fail(instance, attribute, value, f"only treaty series have volumes, not {instance.scheme.value!r}")


@documented
@attrs.frozen(kw_only=True)
class ExternalId:
    """An identifier of the record's subject in another system.

    Example:
        >>> from treatymodel import ExternalId, IdScheme
        >>> ExternalId(scheme=IdScheme.UNTS, value="37924", volume="2167").volume
        '2167'
    """

    scheme: IdScheme = attrs.field(validator=v.member(IdScheme))
    """The system."""
    value: str = attrs.field(validator=_id_value)
    """The identifier, checked against the scheme's form where it has one."""
    name: str | None = attrs.field(default=None, validator=_id_name)
    """Which series or system, for ``national`` and ``other`` (required there): ``"Canada Treaty Series"``."""
    volume: str | None = attrs.field(default=None, validator=_id_volume)
    """The volume of a treaty series, where the scheme has volumes."""
    sources: tuple[str, ...] = attrs.field(default=(), validator=v.identifiers)
    """Ids of the sources that give the identifier."""

    @property
    def key(self) -> tuple[str, str]:
        """``(scheme, value)``, what `treatymodel.Dossier.find` looks up.

        ``other`` and ``national`` ids are qualified by their ``name``:
        ``("national:Canada Treaty Series", "1992/41")``.
        """
        scheme = self.scheme.value if self.name is None else f"{self.scheme.value}:{self.name}"
        return (scheme, self.value)

    @property
    def url(self) -> str | None:
        """A web address for the identifier, where the scheme has one (Wikidata)."""
        if self.scheme is IdScheme.WIKIDATA:
            return f"https://www.wikidata.org/wiki/{self.value}"
        return None


class NameKind(enum.StrEnum):
    """What kind of name a `DatedName` is."""

    SHORT = "short"
    """The short name in common use ("Eswatini")."""
    FORMAL = "formal"
    """The formal name ("Kingdom of Eswatini")."""
    ACRONYM = "acronym"
    """An acronym (for organizations: "SCO")."""


@documented
@attrs.frozen(kw_only=True)
class DatedName:
    """A name borne from one date to another.

    A name with an ``end`` is a former name. ``start`` and ``end`` are ``None``
    when not known; ``end`` is the first day of the next name.

    Example:
        >>> from treatymodel import DatedName, PartialDate
        >>> DatedName(name="Swaziland", end=PartialDate.parse("2018-04-19")).former
        True
    """

    name: str = attrs.field(validator=v.text)
    """The name, as written in English (or in ``lang``)."""
    kind: NameKind = attrs.field(default=NameKind.SHORT, validator=v.member(NameKind))
    """Short, formal or acronym."""
    start: DateValue | None = attrs.field(default=None, validator=v.optional_instance_of(_DATES))
    """First day it was the name; ``None`` if not known."""
    end: DateValue | None = attrs.field(default=None, validator=v.optional_instance_of(_DATES))
    """First day it was no longer the name; ``None`` if it still is or is not known."""
    lang: str | None = attrs.field(default=None, validator=v.optional_language)
    """Language of the name (BCP 47), when not English."""
    sources: tuple[str, ...] = attrs.field(default=(), validator=v.identifiers)
    """Ids of the sources that give it."""
    variants: tuple[Variant, ...] = attrs.field(default=(), validator=variants_of)
    """Values other sources report differently, each addressing a field of this record."""
    certainty: Certainty | None = attrs.field(default=None, validator=v.optional_instance_of(Certainty))
    """How sure the sources are of this record's facts; ``None`` when not stated."""

    @property
    def former(self) -> bool:
        """Whether the record gives a day it stopped being the name."""
        return self.end is not None


@documented
@attrs.frozen(kw_only=True)
class Capital:
    """A capital city with the dates it was the capital.

    Example:
        >>> from treatymodel import Capital, PartialDate
        >>> Capital(name="Almaty", end=PartialDate.parse("1997-12-10")).name
        'Almaty'
    """

    name: str = attrs.field(validator=v.text)
    """The city as named at the time ("Akmola", "Astana")."""
    start: DateValue | None = attrs.field(default=None, validator=v.optional_instance_of(_DATES))
    """First day it was the capital; ``None`` if not known."""
    end: DateValue | None = attrs.field(default=None, validator=v.optional_instance_of(_DATES))
    """First day it no longer was the capital (or bore this name); ``None`` if it still is or is not known."""
    sources: tuple[str, ...] = attrs.field(default=(), validator=v.identifiers)
    """Ids of the sources that give it."""
    variants: tuple[Variant, ...] = attrs.field(default=(), validator=variants_of)
    """Values other sources report differently, each addressing a field of this record."""
    certainty: Certainty | None = attrs.field(default=None, validator=v.optional_instance_of(Certainty))
    """How sure the sources are of this record's facts; ``None`` when not stated."""


def _as_day(on: DateLike) -> tuple[dt.date, dt.date]:
    value = as_date_value(on)
    return value.earliest(), value.latest()


def _on(items: Iterable[DatedName | Capital], on: DateLike) -> DatedName | Capital | None:
    first, last = _as_day(on)
    found = [item for item in items if _may_cover(item, first, last)]
    if len(found) != 1 or not _covers(found[0], first, last):
        return None
    return found[0]


def _may_cover(item: DatedName | Capital, first: dt.date, last: dt.date) -> bool:
    """Whether the item may have been in use on some day of ``[first, last]``."""
    if item.start is not None and item.start.earliest() > last:
        return False
    return item.end is None or item.end.latest() > first


def _covers(item: DatedName | Capital, first: dt.date, last: dt.date) -> bool:
    """Whether the item's known bounds include every day of ``[first, last]`` (an unknown bound is open)."""
    if item.start is not None and item.start.latest() > first:
        return False
    return item.end is None or item.end.earliest() > last


def name_on(names: Iterable[DatedName], on: DateLike, *, kind: NameKind = NameKind.SHORT) -> str | None:
    """The name of ``kind`` in use on ``on``, when the dated names settle it.

    Exactly one name of that kind may have been in use that day, and its known
    bounds must include the whole day (or period) asked: a ``start`` on or before
    it, an ``end`` after it. An unknown bound is open, as the record lists no other
    name for that time ("Turkey" with only an ``end`` is the name before it). When
    two names may apply (an uncertain day of change), the answer is ``None``.

    Example:
        >>> import datetime as dt
        >>> from treatymodel import DatedName, PartialDate
        >>> names = (
        ...     DatedName(name="Swaziland", start=PartialDate.parse("1968-09-06"),
        ...               end=PartialDate.parse("2018-04-19")),
        ...     DatedName(name="Eswatini", start=PartialDate.parse("2018-04-19")),
        ... )
        >>> name_on(names, dt.date(2016, 5, 1)), name_on(names, "2020")
        ('Swaziland', 'Eswatini')
    """
    found = _on((n for n in names if n.kind is kind), on)
    return None if found is None else found.name


def capital_on(capitals: Iterable[Capital], on: DateLike) -> str | None:
    """The capital on ``on``, when the dated capitals settle it (as `name_on`)."""
    found = _on(capitals, on)
    return None if found is None else found.name
