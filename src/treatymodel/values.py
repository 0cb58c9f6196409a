"""Small value types shared by the records.

Places, titles in a language, variant values reported by other sources, and how
certain a record's facts are.
"""

from __future__ import annotations

import datetime as dt
import enum
import functools
import re
import typing
from collections.abc import Callable
from typing import Any

import attrs

from treatymodel import _durations
from treatymodel import _validators as v
from treatymodel._converters import as_tuple, retry
from treatymodel._fielddocs import documented
from treatymodel.dates import DateValue, PartialDate, parse_date
from treatymodel.errors import FieldError
from treatymodel.refs import (
    ActorRef,
    BodyRef,
    OfficeRef,
    OrganizationRef,
    PartyRef,
    PersonRef,
    StateRef,
    actor_refs,
)

__all__ = [
    "DOUBTFUL_LEVELS",
    "Certainty",
    "CertaintyLevel",
    "Place",
    "Title",
    "Variant",
    "in_doubt",
    "variants_of",
]


class CertaintyLevel(enum.StrEnum):
    """How sure the sources are of a record's facts."""

    PLANNED = "planned"
    """Announced or scheduled, not (yet) reported as having happened."""
    REPORTED = "reported"
    """Reported by a source, not independently confirmed."""
    CONFIRMED = "confirmed"
    """Confirmed: by an official record or by independent sources."""
    UNVERIFIED = "unverified"
    """Claimed, and not verified; sources that could verify it do not."""
    DISPUTED = "disputed"
    """Disputed: some of the sources, or the parties, say otherwise (``by`` names who)."""


#: The levels at which a fact may not have happened: planned, unverified or disputed.
DOUBTFUL_LEVELS = frozenset({CertaintyLevel.PLANNED, CertaintyLevel.UNVERIFIED, CertaintyLevel.DISPUTED})


def in_doubt(level: CertaintyLevel | None, *, confirmed_only: bool = False) -> bool:
    """Whether a fact at certainty ``level`` (``None``: not stated) may not have happened.

    Planned, unverified and disputed facts are in doubt; with ``confirmed_only``,
    everything not confirmed is. The lifecycle engine and the membership queries
    read certainty this way.

    Example:
        >>> from treatymodel.values import CertaintyLevel, in_doubt
        >>> in_doubt(CertaintyLevel.REPORTED), in_doubt(CertaintyLevel.REPORTED, confirmed_only=True)
        (False, True)
    """
    if confirmed_only:
        return level is not CertaintyLevel.CONFIRMED
    return level in DOUBTFUL_LEVELS


@documented
@attrs.frozen(kw_only=True)
class Certainty:
    """How sure the sources are of a record's facts, and who says so.

    Example:
        >>> from treatymodel import Certainty, CertaintyLevel, StateRef
        >>> Certainty(level=CertaintyLevel.DISPUTED, by=(StateRef(code="USA"),)).level.value
        'disputed'
    """

    level: CertaintyLevel = attrs.field(validator=v.member(CertaintyLevel))
    """Planned, reported, confirmed, unverified or disputed."""
    by: tuple[ActorRef, ...] = attrs.field(default=(), validator=actor_refs)
    """Who planned, confirmed or disputes it: persons, offices, states, organizations or bodies."""
    note: str | None = attrs.field(default=None, validator=v.optional_paragraphs)
    """Context ("the Kremlin's program; no report that it took place")."""
    sources: tuple[str, ...] = attrs.field(default=(), validator=v.identifiers)
    """Ids of the sources of this judgement."""


#: A field path relative to a record: field names, each optionally with an index into
#: a tuple (``signatures[1].date``, ``venue.name``, ``participants[0]``).
FIELD_PATH_PATTERN = r"^[a-z][a-z0-9_]*(\[[0-9]{1,6}\])?(\.[a-z][a-z0-9_]*(\[[0-9]{1,6}\])?)*$"
_FIELD_PATH_RE = re.compile(FIELD_PATH_PATTERN)
_SEGMENT_RE = re.compile(r"([a-z][a-z0-9_]*)(?:\[([0-9]+)\])?")


@v.described({"pattern": FIELD_PATH_PATTERN})
def field_path(instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
    """Field validator: a path to a field of a record, like ``signatures[1].date``."""
    if not isinstance(value, str) or _FIELD_PATH_RE.fullmatch(value) is None:
        v.fail(
            instance,
            attribute,
            value,
            "must be a field path like 'date', 'venue.name' or 'signatures[1].date'",
        )


@v.described(
    v.array_schema(v.ID_SCHEMA, minItems=1),
    item_reason=v.identifier_reason,
    distinct=False,
)
def _at_least_one_source(instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
    v.identifiers(instance, attribute, value)
    if not value:
        v.fail(instance, attribute, value, "must name at least one source")


@documented
@attrs.frozen(kw_only=True)
class Variant:
    """A value for one field of a record that other sources give differently.

    A record holds the value the editor judged best; each conflicting report is a
    `Variant`. One outlet says the private meeting lasted two hours,
    others three: the event's ``duration`` is ``PT3H`` and a variant records
    ``PT2H`` with the outlet as its source.

    ``field`` is a path from the record that holds the variant to one value: a
    field (``"duration"``), a field of a nested record (``"venue.name"``), or a field
    of an item of a list (``"signatures[1].date"``, ``"party_actions[3].effective"``).
    A path to a place (``"venue"``) stands for its name.
    The record checks, when it is built or read, that the path names one of its
    values and that ``value`` is a valid value of that field, written as in the
    exchange format: a date as ``2025-11-12`` (or an uncertain date), a duration as
    ``PT2H``, a member of a vocabulary by its value (``"narrow"``), ``true`` or
    ``false``, a whole number, or text. A party or speaker is written as a state
    code (``"RUS"``) or as ``organization:<id>``, ``person:<id>`` or ``office:<id>``.

    Example:
        >>> from treatymodel import Event, EventKind, PartialDate, Variant
        >>> Event(id="e1", kind=EventKind.TALKS, date=PartialDate.parse("2025-11-12"),
        ...       variants=(Variant(field="date", value="2025-11-13", sources=("rbc",)),)).variants[0].field
        'date'
    """

    field: str = attrs.field(validator=field_path)
    """Path of the value the variant is about, relative to the record that holds it."""
    value: str = attrs.field(validator=v.paragraphs)
    """The reported value, written as in the exchange format (``"PT2H"``, ``"2025-11-12"``)."""
    sources: tuple[str, ...] = attrs.field(validator=_at_least_one_source)
    """Ids of the sources reporting this value; at least one."""
    note: str | None = attrs.field(default=None, validator=v.optional_paragraphs)
    """Context for the variant, e.g. "planned date, reported before the visit"."""


@v.described({})
def variants_of(instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
    """Field validator: variants whose paths name values of ``instance`` and whose values fit those fields.

    Raises:
        FieldError: the first variant that does not fit, with ``at`` naming it
            (``"[0].field"`` or ``"[0].value"``).
    """
    if value == () and type(value) is tuple:  # the common case, on the read path of every record
        return
    if type(value) is not tuple and retry(instance, attribute, value, as_tuple, variants_of):
        return
    if type(value) is not tuple or not all(isinstance(x, Variant) for x in value):
        v.fail(instance, attribute, value, "must be a tuple of Variant")
    owner = type(instance).__name__
    for k, variant in enumerate(value):
        leaf, problem = _resolve(instance, variant.field)
        if problem is not None:
            raise FieldError(owner, attribute.name, variant.field, problem, at=f"[{k}].field")
        assert leaf is not None
        parse = _parser(leaf)
        if parse is None:
            raise FieldError(
                owner,
                attribute.name,
                variant.field,
                "names a record or a list, not one value",
                at=f"[{k}].field",
            )
        try:
            parse(variant.value)
        except (FieldError, ValueError, KeyError) as exc:
            reason = exc.reason if isinstance(exc, FieldError) else "is not a valid value of that field"
            raise FieldError(
                owner, attribute.name, variant.value, f"{variant.field}: {reason}", at=f"[{k}].value"
            ) from None


def _resolve(record: Any, path: str) -> tuple[Any, str | None]:
    """The type of the value ``path`` names in ``record``, or why it names none."""
    obj: Any = record
    cls: Any = type(record)
    for segment in path.split("."):
        match = _SEGMENT_RE.fullmatch(segment)
        assert match is not None  # the path's form is checked by Variant
        name, index = match.group(1), match.group(2)
        hints = _hints(cls)
        if name not in hints or name in ("variants", "certainty") or name.startswith("_"):
            return None, f"{cls.__name__} has no field {name!r}"
        t = _unoptional(hints[name])
        obj = getattr(obj, name) if obj is not None else None
        if index is not None:
            args = typing.get_args(t)
            if typing.get_origin(t) is not tuple or len(args) != 2 or args[1] is not Ellipsis:
                return None, f"{cls.__name__}.{name} is not a list"
            if obj is not None and int(index) >= len(obj):
                return None, f"{cls.__name__}.{name} has no item {index} (it has {len(obj)})"
            obj = obj[int(index)] if obj is not None else None
            t = _unoptional(args[0])
        cls = t
    if isinstance(cls, type) and attrs.has(cls) and _hints(cls).get("name") is str:
        return str, None  # a variant of a place is of its name (as format 1.1 wrote ``venue``)
    return cls, None


@functools.cache
def _hints(cls: Any) -> dict[str, Any]:
    if not (isinstance(cls, type) and attrs.has(cls)):
        return {}
    hints = typing.get_type_hints(cls)
    return {a.name: hints[a.name] for a in attrs.fields(cls) if a.init}


def _unoptional(t: Any) -> Any:
    args = typing.get_args(t)
    if args and type(None) in args:
        members = [a for a in args if a is not type(None)]
        return members[0] if len(members) == 1 else functools.reduce(lambda a, b: a | b, members)
    return t


def _parser(t: Any) -> Callable[[str], object] | None:
    """How to read a variant's value for a field of type ``t``; ``None`` for a record or a list."""
    if t is str:
        return _text
    if t is bool:
        return lambda x: {"true": True, "false": False}[x]
    if t is int:
        return _whole
    if t is PartialDate:
        return PartialDate.parse
    if t == DateValue:
        return parse_date
    if t is dt.time:
        return lambda x: _must(_durations.parse_time(x))
    if t is dt.timedelta:
        return lambda x: _must(_durations.parse_duration(x))
    if isinstance(t, type) and issubclass(t, enum.Enum):
        return t
    if t == PartyRef:
        return _party
    if t == ActorRef:
        return _actor
    return None


def _text(value: str) -> str:
    if not v.is_text(value, one_line=False):
        raise ValueError(value)
    return value


def _whole(value: str) -> int:
    if re.fullmatch(r"-?[0-9]{1,18}", value) is None:
        raise ValueError(value)
    return int(value)


def _must(value: object) -> object:
    if value is None:
        raise ValueError("not a valid value")
    return value


def _party(value: str) -> PartyRef:
    if value.startswith("organization:"):
        return OrganizationRef(id=value.split(":", 1)[1])
    return StateRef(code=value)


def _actor(value: str) -> ActorRef:
    kind, _, rest = value.partition(":")
    if kind == "person" and rest:
        return PersonRef(id=rest)
    if kind == "office" and rest:
        return OfficeRef(id=rest)
    if kind == "body" and rest:
        return BodyRef(name=rest)
    return _party(value)


@documented
@attrs.frozen(kw_only=True)
class Place:
    """Where something happened: a venue, the town it is in, and the state.

    Example:
        >>> from treatymodel import Place
        >>> Place(name="Bolshoi Theatre", locality="Moscow", state="RUS").name
        'Bolshoi Theatre'
    """

    name: str = attrs.field(validator=v.text)
    """The most specific name known: a venue (``"Kremlin"``, ``"Bolshoi Theatre"``) or, when no venue is
    known, the town.
    """
    locality: str | None = attrs.field(default=None, validator=v.optional_text)
    """Town or city the venue is in (``"Moscow"``), when ``name`` is a venue."""
    state: str | None = attrs.field(default=None, validator=v.optional_state_code)
    """ISO 3166-1 alpha-3 code of the state the place lies in, when known (checked against the dossier's
    states by the rules).
    """
    sources: tuple[str, ...] = attrs.field(default=(), validator=v.identifiers)
    """Ids of sources for the place (where it was, what it is called)."""
    variants: tuple[Variant, ...] = attrs.field(default=(), validator=variants_of)
    """Values other sources report differently (another venue name), each addressing a field of this record.
    """
    certainty: Certainty | None = attrs.field(default=None, validator=v.optional_instance_of(Certainty))
    """How sure the sources are of this record's facts; ``None`` when not stated."""


@documented
@attrs.frozen(kw_only=True)
class Title:
    """A title or name of a document in one language, with who used it.

    The same declaration can be named differently by each side (the Kremlin's
    English title says "interstate relations", the press says "bilateral
    relations"); each wording is a `Title` citing its sources.
    """

    text: str = attrs.field(validator=v.text)
    """The wording, as published."""
    lang: str = attrs.field(validator=v.language)
    """Language tag (BCP 47, ISO 639 language), e.g. ``"en"``, ``"ru"``."""
    sources: tuple[str, ...] = attrs.field(default=(), validator=v.identifiers)
    """Ids of the dossier's sources that use this wording."""
    note: str | None = attrs.field(default=None, validator=v.optional_paragraphs)
    """What kind of title it is (official, short, press form...) and why this wording matters, e.g. "official
    English title".
    """
    variants: tuple[Variant, ...] = attrs.field(default=(), validator=variants_of)
    """Values other sources report differently, each addressing a field of this record."""
    certainty: Certainty | None = attrs.field(default=None, validator=v.optional_instance_of(Certainty))
    """How sure the sources are of this record's facts; ``None`` when not stated."""
