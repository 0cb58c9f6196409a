"""Small value types shared by the records.

Places, titles in a language, and variant values reported by other sources.
"""

from __future__ import annotations

import attrs

from treatymodel import _validators as v

__all__ = ["Place", "Title", "Variant"]


@attrs.frozen(kw_only=True)
class Place:
    """Where something happened: a venue, the town it is in, and the state.

    Args:
        name: The most specific name known: a venue (``"Kremlin"``,
            ``"Bolshoi Theatre"``) or, when no venue is known, the town.
        locality: The town or city (``"Moscow"``), when ``name`` is a venue.
        state: ISO 3166-1 alpha-3 code of the state the place is in, when known.

    Example:
        >>> from treatymodel import Place
        >>> Place(name="Bolshoi Theatre", locality="Moscow", state="RUS").name
        'Bolshoi Theatre'
    """

    name: str = attrs.field(validator=v.text)
    """Venue or town, the most specific name known."""
    locality: str | None = attrs.field(default=None, validator=v.optional_text)
    """Town or city the venue is in."""
    state: str | None = attrs.field(default=None, validator=v.optional_state_code)
    """Alpha-3 code of the state the place lies in (checked against the dossier's states by the rules)."""


@attrs.frozen(kw_only=True)
class Title:
    """A title or name of a document in one language, with who used it.

    The same declaration can be named differently by each side (the Kremlin's
    English title says "interstate relations", the press says "bilateral
    relations"); each wording is a :class:`Title` citing its sources.

    Args:
        text: The wording, as published.
        lang: Language tag (BCP 47, ISO 639 language), e.g. ``"en"``, ``"ru"``.
        sources: Ids of the dossier's sources that use this wording.
        note: Why this wording matters, e.g. "official English title".
    """

    text: str = attrs.field(validator=v.text)
    """The wording, as published."""
    lang: str = attrs.field(validator=v.language)
    """Language tag such as ``"en"`` or ``"ru"``."""
    sources: tuple[str, ...] = attrs.field(default=(), validator=v.identifiers)
    """Ids of the sources that use this wording."""
    note: str | None = attrs.field(default=None, validator=v.optional_paragraphs)
    """What kind of title it is (official, short, press form...)."""


@attrs.frozen(kw_only=True)
class Variant:
    """A value for one field of a record that other sources give differently.

    A record holds the value the editor judged best; each conflicting report is a
    :class:`Variant`. One outlet says the private meeting lasted two hours,
    others three: the event's ``duration`` is ``PT3H`` and a variant records
    ``PT2H`` with the outlet as its source.

    Args:
        field: Name of the field of the record this variant is about, as in the
            exchange format (``"duration"``, ``"start"``).
        value: The reported value written as in the exchange format
            (``"PT2H"``, ``"2025-11-12"``).
        sources: Ids of the sources that report this value; at least one.
        note: Context, e.g. "planned date, reported before the visit".
    """

    field: str = attrs.field(validator=v.identifier)
    """Name of the field the variant is about."""
    value: str = attrs.field(validator=v.paragraphs)
    """The reported value, written as in the exchange format."""
    sources: tuple[str, ...] = attrs.field(validator=v.identifiers)
    """Ids of the sources reporting this value."""
    note: str | None = attrs.field(default=None, validator=v.optional_paragraphs)
    """Context for the variant."""

    @sources.validator
    def _at_least_one(self, attribute: attrs.Attribute[tuple[str, ...]], value: tuple[str, ...]) -> None:
        if not value:
            v.fail(self, attribute, value, "must name at least one source")
