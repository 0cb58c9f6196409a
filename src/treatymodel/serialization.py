"""The JSON exchange format: one cattrs converter, strict in, canonical out.

Every record type travels as a JSON object whose keys are the field names. A
document written by `to_json` (and every line written by
`write_jsonl`) starts with the envelope ``"format": "treatymodel"`` and
``"version": "1.3"``; nested records carry none. A field equal to its default is
left out; required fields are always written. See ``docs/json-format.md``.

Reading is strict: a wrong JSON type, an unknown key, a missing required key, a
duplicate key or a value a field validator refuses is an error, and every error in
a document is reported at once in one `DecodeError`,
each with its JSON path.

Example:
    >>> import treatymodel as tm
    >>> text = tm.to_json(tm.Person(id="putin", name="Vladimir Putin"))
    >>> text
    '{"format":"treatymodel","version":"1.3","id":"putin","name":"Vladimir Putin"}'
    >>> tm.from_json(text, tm.Person).name
    'Vladimir Putin'
"""

from __future__ import annotations

import contextvars
import datetime as dt
import enum
import functools
import io
import itertools
import json
import operator
import os
import re
import types
import typing
from collections.abc import Callable, Iterable, Iterator, Mapping
from typing import IO, Any, TypeVar

import attrs
import orjson
from cattrs.errors import (
    ClassValidationError,
    ForbiddenExtraKeysError,
    IterableValidationError,
    IterableValidationNote,
)
from cattrs.gen import make_dict_structure_fn
from cattrs.preconf.orjson import make_converter

from treatymodel import _dump, _durations, _files, _gc, _limits, _load, _validators
from treatymodel._dossier import Dossier
from treatymodel._exchange import (
    FORMAT_MAJOR,
    FORMAT_MINOR,
    FORMAT_NAME,
    FORMAT_VERSION,
    OVERRIDES,
    RECORD_TYPES,
    TAG_KEY,
    TAGGED,
    exchanged_as,
    exchanged_fields,
)
from treatymodel.dates import EDTF_PATTERN, PARTIAL_DATE_PATTERN, DateValue, PartialDate, UncertainDate
from treatymodel.errors import DecodeError, DecodeErrorItem, EncodeError, FieldError
from treatymodel.parties import PartyRef
from treatymodel.refs import ActorRef, PersonRef

__all__ = [
    "FORMAT_NAME",
    "FORMAT_VERSION",
    "RECORD_TYPES",
    "from_dict",
    "from_json",
    "iter_jsonl",
    "to_json",
    "write_jsonl",
]

T = TypeVar("T")

#: A file to stream from or to: a path, or an open file object in text or binary mode.
JsonlFile = str | os.PathLike[str] | IO[str] | IO[bytes]

_StructureHook = Callable[[Any, Any], Any]
# cattrs types the per-field overrides as keyword arguments its own flags share.
_make_structure: Any = make_dict_structure_fn
_UnstructureHook = Callable[[Any], Any]


class _InvalidValueError(Exception):
    """A value of the wrong JSON type or form; the path is added by the walk."""

    def __init__(self, expected: str, *, key: str | None = None, missing: bool = False) -> None:
        super().__init__(expected)
        self.expected = expected
        self.key = key
        self.missing = missing


# ---------------------------------------------------------------------------
# Leaf hooks: strict, no coercion.


def _structure_str(value: Any, _: Any) -> str:
    if type(value) is str:
        return value
    raise _InvalidValueError("a string")


def _structure_bool(value: Any, _: Any) -> bool:
    if value is True or value is False:
        return value
    raise _InvalidValueError("true or false")


def _structure_int(value: Any, _: Any) -> int:
    if type(value) is int:
        return value
    if type(value) is float and value.is_integer() and abs(value) >= 2**63:
        # orjson reads an integer beyond 64 bits as a float: say why it is refused.
        raise _InvalidValueError("an integer of at most 64 bits")
    raise _InvalidValueError("an integer")


_PARTIAL_DATE_RE = re.compile(PARTIAL_DATE_PATTERN)
_DATE_EXPECTED = "a date as YYYY, YYYY-MM or YYYY-MM-DD"


@functools.lru_cache(maxsize=4096)
def _parse_partial_date(value: str) -> PartialDate:
    return PartialDate.parse(value)


def _structure_partial_date(value: Any, _: Any) -> PartialDate:
    if type(value) is not str or _PARTIAL_DATE_RE.fullmatch(value) is None:
        raise _InvalidValueError(_DATE_EXPECTED)
    return _parse_partial_date(value)


_EDTF_RE = re.compile(EDTF_PATTERN)
_ANY_DATE_EXPECTED = (
    "a date as YYYY, YYYY-MM or YYYY-MM-DD, or an uncertain one: qualified (2025-11-12? or ~ or %),"
    " one of a set ([2024-06-18,2024-06-19]) or within an interval (2024-06-18/2024-06-19)"
)


@functools.lru_cache(maxsize=4096)
def _parse_any_date(value: str) -> PartialDate | UncertainDate:
    """A partial or an uncertain date; cached, as a dossier repeats few dates many times."""
    if _PARTIAL_DATE_RE.fullmatch(value) is not None:
        return _parse_partial_date(value)
    if _EDTF_RE.fullmatch(value) is not None:
        return UncertainDate.parse(value)
    raise _InvalidValueError(_ANY_DATE_EXPECTED)


def _structure_any_date(value: Any, _: Any) -> PartialDate | UncertainDate:
    if type(value) is str:
        return _parse_any_date(value)
    raise _InvalidValueError(_ANY_DATE_EXPECTED)


_TIME_EXPECTED = "a time of day as HH:MM or HH:MM:SS"
_DURATION_EXPECTED = "an ISO 8601 duration in days, hours, minutes and seconds, like PT3H or P1DT2H"


def _structure_time(value: Any, _: Any) -> dt.time:
    parsed = _durations.parse_time(value) if type(value) is str else None
    if parsed is None:
        raise _InvalidValueError(_TIME_EXPECTED)
    return parsed


def _structure_duration(value: Any, _: Any) -> dt.timedelta:
    parsed = _durations.parse_duration(value) if type(value) is str else None
    if parsed is None:
        raise _InvalidValueError(_DURATION_EXPECTED)
    return parsed


def _enum_hook(cls: type[enum.Enum]) -> _StructureHook:
    by_value = {member.value: member for member in cls}
    expected = "one of " + ", ".join(repr(v) for v in by_value)

    def structure(value: Any, _: Any) -> enum.Enum:
        if type(value) is str:
            member = by_value.get(value)
            if member is not None:
                return member
        raise _InvalidValueError(expected)

    return structure


# ---------------------------------------------------------------------------
# The converter.

# Documents are read by the generated readers of treatymodel._load, which stop at the
# first problem; when one raises, the document is read again by this converter, with
# detailed validation, whose exception tree gives every error with its path. Valid
# documents never take this path.
_converter = make_converter(forbid_extra_keys=True, detailed_validation=True)
_STRUCTURE: dict[type, _StructureHook] = {}
_UNSTRUCTURE: dict[type, _UnstructureHook] = {}
_UNSTRUCTURE_TOP: dict[type, _UnstructureHook] = {}


def _item_structure_hook(item: Any, converter: Any = _converter) -> _StructureHook:
    table = _STRUCTURE
    hook = table.get(item)
    if hook is not None:
        return hook
    if item in RECORD_TYPES:  # a record referring to itself (Section)
        return lambda value, t: table[item](value, t)
    return converter.get_structure_hook(item)  # type: ignore[no-any-return]


def _is_homogeneous_tuple(t: Any) -> bool:
    args = typing.get_args(t)
    return typing.get_origin(t) is tuple and len(args) == 2 and args[1] is Ellipsis


def _is_optional(t: Any) -> bool:
    return typing.get_origin(t) in (typing.Union, types.UnionType) and type(None) in typing.get_args(t)


def _structure_items(
    values: list[Any], hook: _StructureHook, item: Any, t: Any, fast: _StructureHook | None = None
) -> tuple[Any, ...]:
    """Structure every item, collecting each failure with its index (the slow path).

    At most the document's ``max_errors`` failures are kept (`_Budget`); past
    that, items go through the ``fast`` hook and a failure is only counted.
    """
    budget = _BUDGET.get(None)
    out = []
    errors: list[Exception] = []
    skipped = 0
    for index, value in enumerate(values):
        if budget is not None and fast is not None and budget.kept >= budget.limit:
            try:
                out.append(fast(value, item))
            except Exception:
                budget.unexamined += 1
                skipped += 1
            continue
        kept = budget.kept if budget is not None else 0
        try:
            out.append(hook(value, item))
        except Exception as exc:
            if budget is not None and budget.kept == kept:  # failed here, not below: one more kept
                budget.kept += 1
            exc.__notes__ = [
                *getattr(exc, "__notes__", []),
                IterableValidationNote(f"Structuring {t!r} @ index {index}", index, item),
            ]
            errors.append(exc)
    if errors:
        raise IterableValidationError(f"While structuring {t!r}", errors, t)
    if skipped:
        raise _SkippedError
    return tuple(out)


def _tuple_structure_factory(t: Any, converter: Any = _converter) -> _StructureHook:
    item = typing.get_args(t)[0]
    if item is str:

        def structure_strs(value: Any, _: Any) -> tuple[Any, ...]:
            if type(value) is not list:
                raise _InvalidValueError("an array")
            for x in value:
                if type(x) is not str:
                    return _structure_items(value, _structure_str, str, t, _structure_str)
            return tuple(value)

        return structure_strs

    hook = _item_structure_hook(item, converter)
    # Past the error budget, items are only counted: a record's generated reader says
    # whether it fails without building an exception tree.
    fast: _StructureHook = (lambda value, _: _READ[item](value)) if item in RECORD_TYPES else hook

    def structure(value: Any, _: Any) -> tuple[Any, ...]:
        # Item by item at once: trying the whole list first and again item by item on
        # failure would read a failing item twice at every level of nesting above it
        # (2 ** levels for sections nested deep). Only invalid documents come here.
        if type(value) is not list:
            raise _InvalidValueError("an array")
        return _structure_items(value, hook, item, t, fast)

    return structure


def _optional_structure_factory(t: Any, converter: Any = _converter) -> _StructureHook:
    members = [a for a in typing.get_args(t) if a is not type(None)]
    # A union of several types besides None (a partial or an uncertain date) is one type here.
    inner = members[0] if len(members) == 1 else functools.reduce(operator.or_, members)
    hook = _item_structure_hook(inner, converter)
    return lambda value, _: None if value is None else hook(value, inner)


def _tags_expected(union: Any = None) -> str:
    members = typing.get_args(PartyRef if union is None else union)
    return "one of " + ", ".join(repr(TAGGED[cls]) for cls in members)


def _tagged_structure_hook(cls: type, generated: _StructureHook) -> _StructureHook:
    tag = TAGGED[cls]

    def structure(value: Any, _: Any) -> Any:
        if type(value) is not dict:
            raise _InvalidValueError(f"an object ({cls.__name__})")
        found = value.get(TAG_KEY, _MISSING)
        if found is _MISSING:
            raise _InvalidValueError(repr(tag), key=TAG_KEY, missing=True)
        if type(found) is not str or found != tag:
            raise _InvalidValueError(repr(tag), key=TAG_KEY)
        rest = value.copy()
        del rest[TAG_KEY]
        return generated(rest, cls)

    return structure


def _union_hook(table: dict[type, _StructureHook], union: Any) -> _StructureHook:
    """The hook of a tagged union: its members' tags pick the member."""
    by_tag = {TAGGED[cls]: cls for cls in typing.get_args(union)}
    expected = _tags_expected(union)
    legacy_person = union == ActorRef  # format 1.1 wrote a quote's speaker as a person's id

    def structure_union(value: Any, _: Any) -> Any:
        if legacy_person and type(value) is str:
            return PersonRef(id=value)
        if type(value) is not dict:
            raise _InvalidValueError("an object tagged with " + expected)
        tag = value.get(TAG_KEY, _MISSING)
        if tag is _MISSING:
            raise _InvalidValueError(expected, key=TAG_KEY, missing=True)
        cls = by_tag.get(tag) if type(tag) is str else None
        if cls is None:
            raise _InvalidValueError(expected, key=TAG_KEY)
        return table[cls](value, cls)

    return structure_union


def _enums_of(classes: Iterable[type]) -> list[type[enum.Enum]]:
    found: dict[type[enum.Enum], None] = {}
    stack: list[Any] = [attribute.type for cls in classes for attribute in attrs.fields(cls)]
    while stack:
        t = stack.pop()
        if isinstance(t, type) and issubclass(t, enum.Enum):
            found[t] = None
        stack.extend(typing.get_args(t))
    return sorted(found, key=lambda e: e.__name__)


_MISSING = object()


def _register_structure(c: Any) -> None:
    # Registered by class (cattrs' singledispatch tier, which comes first); the str
    # enums are subclasses of str, so each gets its own class hook below.
    table = _STRUCTURE
    c.register_structure_hook(str, _structure_str)
    c.register_structure_hook(bool, _structure_bool)
    c.register_structure_hook(int, _structure_int)
    c.register_structure_hook(PartialDate, _structure_partial_date)
    c.register_structure_hook_func(lambda t: t == DateValue, _structure_any_date)
    c.register_structure_hook(dt.time, _structure_time)
    c.register_structure_hook(dt.timedelta, _structure_duration)
    for enum_cls in _enums_of(RECORD_TYPES):
        c.register_structure_hook(enum_cls, _enum_hook(enum_cls))
    c.register_structure_hook_factory(_is_homogeneous_tuple, lambda t: _tuple_structure_factory(t, c))
    c.register_structure_hook_func(lambda t: t == PartyRef, _union_hook(table, PartyRef))
    c.register_structure_hook_func(lambda t: t == ActorRef, _union_hook(table, ActorRef))
    c.register_structure_hook_factory(_is_optional, lambda t: _optional_structure_factory(t, c))
    for cls in RECORD_TYPES:
        _register_record(c, cls, cls)


def _register_record(c: Any, cls: type, record: type) -> _StructureHook:
    """Generate and register the hook that reads ``cls``, exchanged as the record type ``record``."""
    structure: _StructureHook = _make_structure(
        cls,
        c,
        _cattrs_forbid_extra_keys=True,
        _cattrs_detailed_validation=True,
        **OVERRIDES.get(record, {}),
    )
    if record in TAGGED:
        structure = _tagged_structure_hook(cls, structure)
    c.register_structure_hook(cls, structure)
    _STRUCTURE[cls] = structure
    return structure


def _read_partial_date(value: Any) -> PartialDate:
    if type(value) is not str or _PARTIAL_DATE_RE.fullmatch(value) is None:
        raise _load.RefusedError
    return _parse_partial_date(value)


def _read_any_date(value: Any) -> PartialDate | UncertainDate:
    if type(value) is not str:
        raise _load.RefusedError
    return _parse_any_date(value)


def _tagged_union_reader(union: Any) -> Callable[[Any], Any]:
    """The generated reader of a tagged union: the tag picks the member's reader."""
    members = typing.get_args(union)
    # Each tag's reader, looked up once the readers exist (they are generated after this).
    by_tag: dict[Any, Callable[[Any], Any]] = {}
    legacy_person = union == ActorRef  # format 1.1 wrote a quote's speaker as a person's id

    def read(value: Any) -> Any:
        if type(value) is dict:
            return by_tag[value[TAG_KEY]](value)
        if legacy_person and type(value) is str:
            return PersonRef(id=value)
        raise _load.RefusedError

    _UNION_TABLES.append((by_tag, members))
    return read


#: The tables of the tagged unions' readers, filled once the readers are generated.
_UNION_TABLES: list[tuple[dict[Any, Callable[[Any], Any]], tuple[type, ...]]] = []


#: The generated readers (treatymodel._load), one per record type, and one per subclass
#: of a record type read so far (`treatymodel.Dossier`).
_READ: dict[type, Callable[[Any], Any]] = {}
_READERS: _load.Readers


def _build() -> None:
    global _READERS
    for cls in RECORD_TYPES:
        exchanged_fields(cls)  # fails early on a field the table forgets
    _READERS = _load.Readers(
        RECORD_TYPES,
        exchanged_fields,
        TAGGED,
        TAG_KEY,
        leaves={
            PartialDate: _read_partial_date,
            dt.time: lambda value: _structure_time(value, None),
            dt.timedelta: lambda value: _structure_duration(value, None),
        },
        unions={
            DateValue: _read_any_date,
            PartyRef: _tagged_union_reader(PartyRef),
            ActorRef: _tagged_union_reader(ActorRef),
        },
    )
    _READ.update(_READERS.readers)
    for by_tag, members in _UNION_TABLES:
        by_tag.update({TAGGED[cls]: _READ[cls] for cls in members})
    # Writing uses generated functions (treatymodel._dump); the converter's hooks are
    # only the fallback for a field type the generator does not know.
    c = _converter
    c.register_unstructure_hook(PartialDate, PartialDate.isoformat)
    c.register_unstructure_hook(UncertainDate, UncertainDate.isoformat)
    c.register_unstructure_hook(dt.time, _durations.format_time)
    c.register_unstructure_hook(dt.timedelta, _durations.format_duration)
    nested, top = _dump.build(
        RECORD_TYPES, exchanged_fields, TAGGED, c.get_unstructure_hook, TAG_KEY, chunked=(Dossier,)
    )
    _UNSTRUCTURE.update(nested)
    _UNSTRUCTURE_TOP.update(top)


_built = False
_detailed_built = False


def _ensure_built() -> None:
    """Build the generated readers and writers on first use: ``import treatymodel`` does not pay for them."""
    global _built
    if not _built:
        _build()
        _built = True


def _detailed_hook(cls: type) -> _StructureHook:
    """The detailed hook of ``cls``, the converter built on the first invalid document.

    Valid documents never need it, so a program that only reads good data never
    generates its 23 functions (about 25 ms of the first read, in cProfile).
    """
    global _detailed_built
    if not _detailed_built:
        _register_structure(_converter)
        _detailed_built = True
    hook = _STRUCTURE.get(cls)
    return hook if hook is not None else _register_record(_converter, cls, _record_type(cls))


# ---------------------------------------------------------------------------
# Writing.


def _envelope(obj: object) -> dict[str, Any]:
    hook = _UNSTRUCTURE_TOP.get(type(obj))
    if hook is None:
        _ensure_built()
        # A subclass of a record type (`treatymodel.Dossier`) is written as that type.
        hook = _UNSTRUCTURE_TOP[type(obj)] = _UNSTRUCTURE_TOP[_record_type(type(obj))]
    return {"format": FORMAT_NAME, "version": FORMAT_VERSION, **hook(obj)}


def to_json(obj: object, *, max_bytes: int | None = None, max_depth: int | None = None) -> str:
    """The canonical JSON document of one record.

    The limits are those `from_json` applies, with the same defaults, so a
    document written with the defaults is always read back with them.

    Args:
        obj: A record: a `Dossier`, an
            `Agreement`, a `Person`... any
            of `RECORD_TYPES`.
        max_bytes: The largest document written, in UTF-8 bytes; default 64 MiB.
        max_depth: The deepest nesting written; default 64 (no record of the model
            nests deeper: sections nest at most 28 deep).

    Returns:
        Compact UTF-8 JSON, the envelope first, then the fields in declared order,
        each field equal to its default left out.

    Raises:
        EncodeError: the document would be larger than ``max_bytes`` or nested deeper
            than ``max_depth``.
        TypeError: ``obj`` is not a record type of the model.
        ValueError: ``max_bytes`` or ``max_depth`` is not a valid limit.

    Example:
        >>> import treatymodel as tm
        >>> tm.to_json(tm.StateRef(code="KAZ"))
        '{"format":"treatymodel","version":"1.3","type":"state","code":"KAZ"}'
    """
    limits = _limits.settings(max_bytes, max_depth, None)
    with _gc.paused():  # writing builds a dict or list per record, and no cycles
        data = orjson.dumps(_envelope(obj))
    _check_written(data, len(data), limits, None)
    return data.decode("utf-8")


def _check_written(data: bytes, size: int, limits: _limits.Limits, line: int | None) -> None:
    """Refuse to write what `from_json` (or `iter_jsonl`) would refuse to read."""
    what = "document" if line is None else f"line {line}"
    if size > limits.max_bytes:
        raise EncodeError(
            f"{what} too large to write: {size:,} bytes, the limit is {_limits.mib(limits.max_bytes)} "
            "(a reader refuses it with the same limit; raise it with max_bytes=, here and there)"
        )
    # The model nests no deeper than the default limit; a lower one is checked.
    if limits.max_depth < _limits.MAX_DEPTH and _limits.deeper_than(data, limits.max_depth):
        raise EncodeError(
            f"{what} too deep to write: more than {limits.max_depth} levels of arrays and objects "
            "(a reader refuses it with the same limit; raise it with max_depth=, here and there)"
        )


def write_jsonl(
    objs: Iterable[object], file: JsonlFile, *, max_bytes: int | None = None, max_depth: int | None = None
) -> int:
    """Write records as JSON Lines, one canonical document per line, streaming.

    Args:
        objs: The records; any iterable, consumed once, one record in memory at a time.
        file: A path, or an open file object in text or binary mode. A path is
            written atomically: to a temporary file in the same folder, fsynced, then
            renamed over the target, which keeps its mode (a new file gets the
            umask's). On any failure the target is untouched, so ``objs`` may be read
            from the very file being replaced. A symbolic link is followed and kept.
            An open file object is written as it is, with no such guarantee.
        max_bytes: The largest line written, in UTF-8 bytes; default 64 MiB, the
            limit `iter_jsonl` reads with.
        max_depth: The deepest nesting written in a line; default 64, as for
            `to_json`.

    Returns:
        The number of lines written.

    Raises:
        EncodeError: a line would be larger than ``max_bytes`` or nested deeper than
            ``max_depth`` (nothing is written to a path).
        TypeError: an item is not a record type of the model (nothing is written
            to a path).
        OutputFileError: the path is a directory, a device or a FIFO, or its folder
            does not exist.
        OSError: the file cannot be written (permissions, disk full); a path's
            target is then untouched.
    """
    limits = _limits.settings(max_bytes, max_depth, None)
    if isinstance(file, str | os.PathLike):
        with _files.replacing(file) as handle:
            return _write_lines(objs, handle, limits, binary=True)
    return _write_lines(objs, file, limits, binary=_is_binary(file))


def _write_lines(objs: Iterable[object], handle: IO[Any], limits: _limits.Limits, *, binary: bool) -> int:
    count = 0
    write = handle.write
    for obj in objs:
        line = orjson.dumps(_envelope(obj), option=orjson.OPT_APPEND_NEWLINE)
        count += 1
        _check_written(line, len(line) - 1, limits, count)
        write(line if binary else line.decode("utf-8"))
    return count


def _is_binary(file: IO[Any]) -> bool:
    if isinstance(file, io.TextIOBase):
        return False
    if isinstance(file, io.BufferedIOBase | io.RawIOBase):
        return True
    return "b" in getattr(file, "mode", "")


# ---------------------------------------------------------------------------
# Reading.


def from_json(
    data: str | bytes,
    cls: type[T],
    *,
    max_bytes: int | None = None,
    max_depth: int | None = None,
    max_errors: int | None = None,
) -> T:
    """Read one JSON document into a record of type ``cls``.

    Args:
        data: The document, as text or UTF-8 bytes.
        cls: The record type the document holds, e.g. `Dossier`.
        max_bytes: The largest document accepted, in UTF-8 bytes; default
            ``treatymodel._limits.MAX_BYTES`` (64 MiB). See ``docs/errors.md``.
        max_depth: The deepest nesting of arrays and objects accepted, the document
            itself being level 1; default ``treatymodel._limits.MAX_DEPTH`` (64), at
            most 200.
        max_errors: The most problems a `DecodeError` lists;
            default ``treatymodel._limits.MAX_ERRORS`` (1,000). Past it, one last item
            says how many more there were.

    Returns:
        The record.

    Raises:
        DecodeError: the document is not valid JSON, is too large or nested too deep,
            is not a treatymodel document of a version this library reads, or does
            not fit ``cls``; ``.errors`` lists every problem with its JSON path (at
            most ``max_errors``, then a count of the rest).
        TypeError: ``data`` is not text or bytes, or ``cls`` is not a record type of
            the model.
        ValueError: ``max_bytes``, ``max_depth`` or ``max_errors`` is not a valid limit.

    Example:
        >>> import treatymodel as tm
        >>> tm.from_json('{"format":"treatymodel","version":"1.1","type":"state","code":"KAZ"}',
        ...              tm.StateRef)
        StateRef(code='KAZ')
    """
    if type(data) is not bytes and type(data) is not str and not isinstance(data, _DATA_TYPES):
        raise TypeError(f"data must be a JSON document as str or bytes, not {type(data).__name__}")
    _hook_for(cls)
    if max_bytes is None and max_depth is None and max_errors is None:
        return _read_checked(data, cls, None, _limits.DEFAULTS)
    return _read_checked(data, cls, None, _limits.settings(max_bytes, max_depth, max_errors))


_DATA_TYPES = (str, bytes, bytearray, memoryview)


def from_dict(data: Mapping[str, Any], cls: type[T], *, max_errors: int | None = None) -> T:
    """Read a plain dict into a record of type ``cls``: the format header is optional.

    The dict is what ``json.loads`` gives, a row of a table, or a literal in a
    program. Its values may also be what Python writes for them: a tuple for a list,
    an enum member for its value, a ``datetime.date`` for a day, a record for a
    nested record. It is then read exactly as `from_json` reads a document,
    with the same checks and errors; the JSON reader itself stays strict.

    Args:
        data: The record's fields by their JSON names, with or without
            ``"format"`` and ``"version"``.
        cls: The record type, e.g. `Agreement`.
        max_errors: The most problems a `DecodeError` lists.

    Raises:
        DecodeError: ``data`` does not fit ``cls`` (each problem with its path), or
            holds a value that is not plain data.
        TypeError: ``data`` is not a mapping, or ``cls`` is not a record type.

    Example:
        >>> import treatymodel as tm
        >>> tm.from_dict({"id": "putin", "name": "Vladimir Putin"}, tm.Person).name
        'Vladimir Putin'
    """
    if not isinstance(data, Mapping):
        raise TypeError(f"data must be a mapping of field names to values, not {type(data).__name__}")
    _hook_for(cls)
    payload = dict(data) if "format" in data else {"format": FORMAT_NAME, "version": FORMAT_VERSION, **data}
    try:
        text = orjson.dumps(payload, default=_plain)
    except (orjson.JSONEncodeError, TypeError) as exc:
        raise DecodeError([DecodeErrorItem("$", f"not plain data: {exc}")]) from None
    return from_json(text, cls, max_errors=max_errors)


def _plain(value: Any) -> Any:
    """A nested record (or a date of the model) as the exchange format writes it, for orjson."""
    hook = _UNSTRUCTURE.get(type(value))
    if hook is not None:
        return hook(value)
    if isinstance(value, PartialDate | UncertainDate):
        return value.isoformat()
    if isinstance(value, dt.timedelta):
        return _durations.format_duration(value)
    raise TypeError(f"{type(value).__name__} is not plain data")


# -- Robustness (docs/errors.md): size and depth limits, checked on the raw text
# before parsing, and clearer messages for invalid JSON (computed only on failure).


def _read_checked(data: str | bytes, cls: type[T], line: int | None, limits: _limits.Limits) -> T:
    _limits.check(data, max_bytes=limits.max_bytes, max_depth=limits.max_depth, line=line)
    try:
        return _read(data, cls, line, limits.max_errors)
    except DecodeError as exc:
        raise _limits.refine(exc, data) from None


# -- End of robustness checks.


#: What `iter_jsonl` does with a line it cannot read.
OnError = typing.Literal["raise", "skip", "collect"]
_ON_ERROR = typing.get_args(OnError)


def iter_jsonl(
    file: JsonlFile,
    cls: type[T],
    *,
    max_bytes: int | None = None,
    max_depth: int | None = None,
    max_errors: int | None = None,
    on_error: OnError = "raise",
) -> Iterator[T]:
    r"""Read JSON Lines lazily, one record per line, in constant memory.

    Every line is a document; a blank line (empty, or only spaces and tabs) is an
    error like any other bad line, here and in ``treatymodel validate``. A line
    longer than ``max_bytes`` is refused after reading ``max_bytes`` of it: the
    reader cannot know where the next record starts without reading an unbounded
    amount, so the lines after it are not read, whatever ``on_error`` says.

    Args:
        file: A path or an open file object in text or binary mode.
        cls: The record type every line holds.
        max_bytes: The largest line accepted, in UTF-8 bytes; default 64 MiB, as for
            `from_json`.
        max_depth: The deepest nesting accepted in a line; default 64, as for
            `from_json`.
        max_errors: The most problems listed for a line, and with
            ``on_error="collect"`` for the whole input; default 1,000.
        on_error: ``"raise"`` (the default): raise the first bad line's
            `DecodeError`. ``"skip"``: leave bad lines out
            silently and go on. ``"collect"``: leave them out and go on, then, once
            every good record has been yielded, raise one ``DecodeError`` listing
            the problems of every bad line, each with its line number.

    Yields:
        The record of each good line, in order.

    Raises:
        DecodeError: a line cannot be read (see ``on_error``); each item's ``line``
            is the 1-based line number.
        TypeError: ``cls`` is not a record type of the model.
        ValueError: a limit or ``on_error`` is not valid.

    Example:
        >>> import io, treatymodel as tm
        >>> good = tm.to_json(tm.Person(id="putin", name="Vladimir Putin"))
        >>> lines = io.StringIO("\n".join([good, "{oops", "", good]))
        >>> [p.id for p in tm.iter_jsonl(lines, tm.Person, on_error="skip")]
        ['putin', 'putin']
    """
    if on_error not in _ON_ERROR:
        raise ValueError(f"on_error must be one of {', '.join(map(repr, _ON_ERROR))}, got {on_error!r}")
    _hook_for(cls)
    limits = _limits.settings(max_bytes, max_depth, max_errors)
    if isinstance(file, str | os.PathLike):
        with open(file, "rb") as handle:
            yield from _read_lines(handle, cls, limits, on_error)
    else:
        yield from _read_lines(file, cls, limits, on_error)


def _read_lines(handle: IO[Any], cls: type[T], limits: _limits.Limits, on_error: str) -> Iterator[Any]:
    """The records of each line, bad lines handled as ``on_error`` says; one generator for all.

    ``on_error="report"`` (the command line's) yields ``(line, record)`` for each good
    line and ``(line, DecodeError)`` for each bad one instead, the line number negated
    for a line too long to find its end, which is the last one read.
    """
    report = on_error == "report"
    collected: _Problems | None = None
    limit = limits.max_bytes + 2  # the content, then "\r\n"
    for number, line in enumerate(_raw_lines(handle, limit), start=1):
        if type(line) is str:
            complete = len(line) < limit or line[-1] == "\n"
            # surrogatepass: a lone surrogate in a text line becomes invalid UTF-8, a DecodeError.
            line = line.encode("utf-8", "surrogatepass")
        else:
            complete = len(line) < limit or line[-1] == 10  # b"\n"
        if not complete:
            error = _limits.too_large(limit - 1, limits.max_bytes, number, exact=False, last=True)
            if report:
                yield -number, error
                return
            if on_error != "collect":
                raise error
            collected = collected if collected is not None else _Problems(limits.max_errors)
            collected.extend(error.errors)
            break
        data = line.rstrip(b"\r\n")
        try:
            if not data.strip():
                raise DecodeError([DecodeErrorItem("$", _BLANK, number)])
            record = _read_checked(data, cls, number, limits)
        except DecodeError as exc:
            if report:
                yield number, exc
            elif on_error == "raise":
                raise
            elif on_error == "collect":
                collected = collected if collected is not None else _Problems(limits.max_errors)
                collected.extend(exc.errors)
            continue
        yield (number, record) if report else record
    if collected is not None:
        raise collected.error(None)


def jsonl_results(handle: IO[Any], cls: type[T], limits: _limits.Limits) -> Iterator[tuple[int, Any]]:
    """``(line, record)`` for each line of ``handle``, ``(line, DecodeError)`` for each bad one.

    The command line reads JSON Lines through this, so it reads lines exactly as
    `iter_jsonl` does. A line over ``limits.max_bytes`` is the last one read,
    yielded with its number negated.
    """
    return _read_lines(handle, cls, limits, "report")


_BLANK = "expected a JSON document, found a blank line"


def _raw_lines(handle: IO[Any], limit: int) -> Iterator[Any]:
    """The lines of ``handle``, each read no further than ``limit`` bytes (or characters)."""
    readline = getattr(handle, "readline", None)
    if readline is None:  # an iterable of lines, not a file: nothing to bound
        return iter(handle)
    first = readline(limit)
    if not first:
        return iter(())
    return itertools.chain((first,), iter(functools.partial(readline, limit), first[:0]))


def _hook_for(cls: type) -> Callable[[Any], Any]:
    if not _built:
        _ensure_built()
    hook = _READ.get(cls)
    if hook is None:  # a subclass of a record type, as `treatymodel.Dossier`: its own reader, made once
        hook = _READ[cls] = _READERS.add(cls, _record_type(cls))
    return hook


def _record_type(cls: type) -> type:
    """The record type ``cls`` is exchanged as (`exchanged_as`), or a TypeError."""
    record = exchanged_as(cls)
    if record is None:
        raise TypeError(f"{getattr(cls, '__name__', cls)!s} is not a treatymodel record type")
    return record


#: Documents at least this large are read with the cyclic garbage collector paused:
#: reading allocates millions of objects and no cycles, and the collector would
#: otherwise traverse the growing heap again and again (see docs/performance.md).
_GC_PAUSE_BYTES = 1 << 16


def _read(data: str | bytes, cls: type[T], line: int | None, max_errors: int) -> T:
    if len(data) < _GC_PAUSE_BYTES:
        return _read_document(data, cls, line, max_errors)
    with _gc.paused():
        return _read_document(data, cls, line, max_errors)


def _read_document(data: str | bytes, cls: type[T], line: int | None, max_errors: int) -> T:
    hook = _hook_for(cls)
    try:
        raw = orjson.loads(data)
    except orjson.JSONDecodeError as exc:
        raise DecodeError([DecodeErrorItem("$", f"invalid JSON: {exc}", line)]) from None
    if type(raw) is not dict:
        message = f"expected a JSON object (a {cls.__name__} document), found {_describe(raw)}"
        raise DecodeError([DecodeErrorItem("$", message, line)])
    raw_bytes = data.encode("utf-8") if isinstance(data, str) else bytes(data)
    # Nothing is allocated for the problems of a valid document: None until one is found.
    problems = _duplicate_keys(raw, raw_bytes, max_errors)
    envelope = _check_envelope(raw)
    if envelope:
        problems = problems if problems is not None else _Problems(max_errors)
        for path, message in envelope:
            problems.add(path, message)
        raise problems.error(line)
    try:
        result: T = hook(raw)  # stops at the first problem...
    except Exception:
        problems = problems if problems is not None else _Problems(max_errors)
        budget = _Budget(max_errors)
        token = _BUDGET.set(budget)
        failure: Exception | None = None
        try:
            result = _detailed_hook(cls)(raw, cls)  # ...then the detailed hooks find them all
        except Exception as exc:
            failure = exc
        finally:
            _BUDGET.reset(token)
        if failure is not None:
            _walk(failure, "$", _exact(raw, raw_bytes), cls, problems)
            problems.unexamined += budget.unexamined
    if problems is not None and problems:
        raise problems.error(line)
    return result


class _Problems:
    """The problems of one document: the first ``limit`` kept, the others only counted.

    However many problems a hostile document holds (a million bad items in an array),
    the error keeps at most ``limit`` of them, then one item saying how many more there
    were, so memory and time stay bounded.
    """

    def __init__(self, limit: int) -> None:
        self.limit = limit
        self.items: list[tuple[str, str, int | None]] = []
        self.skipped = 0  # problems found past the limit
        self.unexamined = 0  # failing items past the limit, not examined: one problem at least

    def __bool__(self) -> bool:
        return bool(self.items) or bool(self.skipped) or bool(self.unexamined)

    def add(self, path: str, message: str, line: int | None = None) -> None:
        if len(self.items) < self.limit:
            self.items.append((path, message, line))
        else:
            self.skipped += 1

    def extend(self, items: list[DecodeErrorItem]) -> None:
        """Add the problems of a JSON Lines line (its own count of the rest among them)."""
        for item in items:
            self.add(item.path, item.message, item.line)

    def error(self, line: int | None) -> DecodeError:
        items = [DecodeErrorItem(path, message, at or line) for path, message, at in self.items]
        more = self.skipped + self.unexamined
        if more:
            count = f"at least {more:,}" if self.unexamined else f"{more:,}"
            message = (
                f"{count} more problem{'s' if more != 1 else ''} not listed (only the first "
                f"{self.limit:,} are; raise the limit with max_errors=)"
            )
            items.append(DecodeErrorItem("$", message, line))
        return DecodeError(items)


class _Budget:
    """How many failing items the detailed pass keeps, shared by every array of a document.

    An item's exception is kept while fewer than ``limit`` failures are kept, or when
    it holds failures kept deeper down; past that, items are only checked (by the
    generated readers for records, else the leaf hooks) and counted, and their
    exceptions (with their tracebacks) dropped.
    """

    def __init__(self, limit: int) -> None:
        self.limit = limit
        self.kept = 0
        self.unexamined = 0


_BUDGET: contextvars.ContextVar[_Budget] = contextvars.ContextVar("treatymodel_error_budget")


class _SkippedError(Exception):
    """An array whose failing items were all past the budget: a failure with nothing to report."""


_LONG_NUMBER = re.compile(rb"[0-9]{20}")


def _exact(raw: dict[str, Any], data: bytes) -> dict[str, Any]:
    """The document to show values from: ``raw``, or the same read with integers exact.

    orjson reads an integer beyond 64 bits as a float (2**64 would be shown as
    1.8446744073709552e+19); when the text may hold one, the standard library reads
    it again, as it keeps integers exact. Only on the error path.
    """
    if _LONG_NUMBER.search(data) is None:
        return raw
    tree: dict[str, Any] = json.loads(data)
    tree.pop("format", None)  # as _check_envelope did to raw
    tree.pop("version", None)
    return tree


_VERSION_RE = re.compile(r"(0|[1-9][0-9]{0,8})\.(0|[1-9][0-9]{0,8})")


def _check_envelope(raw: dict[str, Any]) -> list[tuple[str, str]]:
    fmt = raw.pop("format", _MISSING)
    version = raw.pop("version", _MISSING)
    start = f'a treatymodel document starts with "format": "{FORMAT_NAME}", "version": "{FORMAT_VERSION}"'
    if fmt is _MISSING:
        return [("$.format", f"missing required key 'format' ({start})")]
    if fmt != FORMAT_NAME:
        return [("$.format", f"expected {FORMAT_NAME!r}, found {_describe(fmt)}: not a treatymodel document")]
    if version is _MISSING:
        return [("$.version", f"missing required key 'version' ({start})")]
    match = _VERSION_RE.fullmatch(version) if type(version) is str else None
    if match is None:
        return [
            (
                "$.version",
                f"expected a version as MAJOR.MINOR like {FORMAT_VERSION!r}, found {_describe(version)}",
            )
        ]
    major, minor = int(match[1]), int(match[2])
    if major != FORMAT_MAJOR:
        return [
            (
                "$.version",
                f"unsupported format version {version!r}: this treatymodel reads versions "
                f"{FORMAT_MAJOR}.0 to {FORMAT_VERSION}",
            )
        ]
    if minor > FORMAT_MINOR:
        return [
            (
                "$.version",
                f"format version {version!r} is newer than this treatymodel, which reads versions "
                f"{FORMAT_MAJOR}.0 to {FORMAT_VERSION}: upgrade treatymodel",
            )
        ]
    return []


# ---------------------------------------------------------------------------
# Duplicate keys. orjson keeps the last value of a repeated key. A canonical
# document (what to_json writes, or the same indented by two spaces) is
# re-serialized from the parsed value and compared byte for byte: equal bytes prove
# there was no duplicate, since a document with one has more members than its
# parse. Any other text is re-scanned by the standard library's C scanner with a
# hook that sees every member (linear, but slower): only then.


class _DuplicateKeys(dict[str, Any]):
    duplicates: list[str]


def _duplicate_keys(raw: dict[str, Any], data: bytes, max_errors: int) -> _Problems | None:
    if data[-1:] in (b"\n", b"\r", b" ", b"\t"):
        data = data.rstrip()
    if orjson.dumps(raw) == data:
        return None
    if data[:2] == b"{\n" and orjson.dumps(raw, option=orjson.OPT_INDENT_2) == data:
        return None
    found = False

    def pairs(items: list[tuple[str, Any]]) -> dict[str, Any]:
        nonlocal found
        out: dict[str, Any] = {}
        repeated = []
        for key, value in items:
            if key in out:
                repeated.append(key)
            out[key] = value
        if not repeated:
            return out
        found = True
        marked = _DuplicateKeys(out)
        marked.duplicates = repeated
        return marked

    tree = json.loads(data.decode("utf-8"), object_pairs_hook=pairs)
    if not found:
        return None
    out = _Problems(max_errors)
    _find_duplicates(tree, "$", out)
    return out


def _find_duplicates(value: Any, path: str, out: _Problems) -> None:
    if isinstance(value, dict):
        for key in getattr(value, "duplicates", ()):
            out.add(_child(path, key), f"duplicate key {key!r}: a key may appear once in an object")
        for key, child in value.items():
            _find_duplicates(child, _child(path, key), out)
    elif isinstance(value, list):
        for index, child in enumerate(value):
            _find_duplicates(child, f"{path}[{index}]", out)


# ---------------------------------------------------------------------------
# Errors: walk cattrs' exception tree alongside the raw document, so each error
# gets its JSON path and a message comparing what was expected with what was found.

_KEY_RE = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")


def _child(path: str, key: str) -> str:
    if _KEY_RE.fullmatch(key):
        return f"{path}.{key}"
    return f"{path}[{json.dumps(key, ensure_ascii=False)}]"


def _describe(value: Any) -> str:
    if value is None:
        return "null"
    if value is True or value is False:
        return f"boolean {'true' if value else 'false'}"
    if isinstance(value, int | float):
        return f"number {value!r}"
    if isinstance(value, str):
        shown = value if len(value) <= 60 else value[:57] + "..."
        return f"string {json.dumps(shown, ensure_ascii=False)}"
    if isinstance(value, list):
        return "an array"
    if isinstance(value, dict):
        return "an object"
    return repr(value)  # pragma: no cover - values the model built, not parsed JSON


def _expected(t: Any) -> str:
    """What a value of type ``t`` looks like in JSON, in the words the leaf hooks use."""
    if _is_optional(t):
        members = [a for a in typing.get_args(t) if a is not type(None)]
        t = members[0] if len(members) == 1 else functools.reduce(operator.or_, members)
    if t is str:
        return "a string"
    if t is bool:
        return "true or false"
    if t is int:
        return "an integer"
    if t is PartialDate:
        return _DATE_EXPECTED
    if t == DateValue:
        return _ANY_DATE_EXPECTED
    if t is dt.time:
        return _TIME_EXPECTED
    if t is dt.timedelta:
        return _DURATION_EXPECTED
    if isinstance(t, type) and issubclass(t, enum.Enum):
        return "one of " + ", ".join(repr(m.value) for m in t)
    if isinstance(t, type) and attrs.has(t):
        return f"an object ({t.__name__})"
    if _is_homogeneous_tuple(t):
        return "an array"
    if t in (PartyRef, ActorRef):
        return "an object tagged with " + _tags_expected(t)
    return "a value of another type"  # pragma: no cover - every field type is named above


# The validators speak Python (they also guard records built in code); a JSON reader
# reads null, true, false, arrays and integers.
_PYTHON_WORDS = re.compile(
    r"\b(None|True|False|tuple|int|datetime\.timedelta of whole seconds|datetime\.time)\b"
)
_JSON_WORDS = {
    "None": "null",
    "True": "true",
    "False": "false",
    "tuple": "array",
    "int": "integer",
    "datetime.timedelta of whole seconds": "duration (like PT3H)",
    "datetime.time": "time of day",
}
_PYTHON_WORDS = re.compile(r"\b(" + "|".join(re.escape(word) for word in _JSON_WORDS) + r")\b")


def _json_words(reason: str) -> str:
    words = _PYTHON_WORDS.sub(lambda m: _JSON_WORDS[m[1]], reason)
    return words.replace("a array", "an array").replace("a integer", "an integer")


def _walk(exc: BaseException, path: str, raw: Any, t: Any, out: _Problems) -> None:
    if isinstance(exc, ClassValidationError):
        _walk_class(exc, path, raw, out)
    elif isinstance(exc, IterableValidationError):
        if type(raw) is not list:
            out.add(path, f"expected an array, found {_describe(raw)}")
            return
        with_notes, without = exc.group_exceptions()
        for sub, note in with_notes:
            index = int(note.index)
            _walk(sub, f"{path}[{index}]", raw[index], note.type, out)
        for sub in without:
            _walk(sub, path, raw, t, out)
    elif isinstance(exc, _SkippedError):
        pass  # counted when it was skipped
    elif isinstance(exc, _InvalidValueError):
        if exc.key is None:
            out.add(path, f"expected {exc.expected}, found {_describe(raw)}")
        elif exc.missing:
            out.add(_child(path, exc.key), f"missing required key {exc.key!r}: expected {exc.expected}")
        else:
            out.add(_child(path, exc.key), f"expected {exc.expected}, found {_describe(raw.get(exc.key))}")
    elif isinstance(exc, FieldError):
        reason = _json_words(exc.reason)
        if exc.owner == "PartialDate" and exc.field != "value":
            out.add(path, f"not a real date: the {exc.field} {reason}, found {_describe(raw)}")
        else:
            out.add(path, f"{reason}, found {_describe(raw)}")
    else:
        out.add(path, f"expected {_expected(t)}, found {_describe(raw)}")


def _walk_class(exc: ClassValidationError, path: str, raw: Any, out: _Problems) -> None:
    cls = exc.cl
    if type(raw) is not dict:
        out.add(path, f"expected an object ({cls.__name__}), found {_describe(raw)}")
        return
    keys = {attribute.name: key for attribute, key in exchanged_fields(cls)}
    reported: set[str] = set()
    from_init: list[FieldError] = []
    with_notes, without = exc.group_exceptions()
    for sub, note in with_notes:
        key = keys.get(note.name, note.name)
        reported.add(key)
        if key not in raw:
            out.add(_child(path, key), f"missing required key {key!r}: expected {_expected(note.type)}")
        else:
            _walk(sub, _child(path, key), raw[key], note.type, out)
    for sub in without:
        if isinstance(sub, ForbiddenExtraKeysError):
            allowed = ", ".join(keys.values())
            for key in raw:
                if key in sub.extra_fields:
                    out.add(_child(path, key), f"unknown key {key!r}: {cls.__name__} has the keys {allowed}")
        elif isinstance(sub, FieldError):
            from_init.append(sub)
        elif not isinstance(sub, _SkippedError):
            out.add(path, str(sub))
    found = _validator_errors(cls, path, raw, reported)
    if from_init and not found:
        # A fact about two fields of the record (a term of no length, or too long),
        # checked after its fields: reported at the field it names.
        for sub in from_init:
            named = keys.get(sub.field)
            if sub.owner == cls.__name__ and named is not None:
                shown = _describe(raw.get(named, _MISSING_VALUE))
                found.append((_child(path, named), f"{_json_words(sub.reason)}, found {shown}"))
            else:  # pragma: no cover - a record's own check names one of its fields
                found.append((path, str(sub)))
    for where, message in found:
        out.add(where, message)


def _validator_errors(cls: type, path: str, raw: dict[str, Any], skip: set[str]) -> list[tuple[str, str]]:
    """Run every field validator of ``cls`` on the fields of ``raw`` that structure.

    attrs stops at the first validator that fails, and cattrs builds no record when
    a field fails to structure; this reports every validator failure of the object.
    Only called on the error path.
    """
    bare: Any = object.__new__(cls)
    checked: list[tuple[attrs.Attribute[Any], str, Any]] = []
    for attribute, key in exchanged_fields(cls):
        if key in skip:
            continue
        if key in raw:
            try:
                value = _converter.get_structure_hook(attribute.type)(raw[key], attribute.type)
            except Exception:
                continue
        elif attribute.default is attrs.NOTHING:
            continue
        else:
            default = attribute.default
            factory = getattr(default, "factory", None)
            value = factory() if callable(factory) else default
        object.__setattr__(bare, attribute.name, value)
        checked.append((attribute, key, value))
    out: list[tuple[str, str]] = []
    for attribute, key, value in checked:
        # One validator a field (tests/test_validators.py checks it), carrying its own
        # item reasons: attrs' private and_ internals are not read.
        validator = attribute.validator
        if validator is None:
            continue
        try:
            validator(bare, attribute, value)
        except FieldError as exc:
            out.extend(_field_problems(path, key, raw.get(key, _MISSING_VALUE), validator, value, exc))
        except Exception:  # a validator that needs a sibling that failed
            pass
    return out


def _field_problems(
    path: str, key: str, found: Any, validator: Any, value: Any, exc: FieldError
) -> list[tuple[str, str]]:
    """The problems of a field a validator refused: at the items at fault when it is an array."""
    at = _child(path, key)
    if exc.at:  # inside the field's value: the item it names (a variant's value)
        return [(at + exc.at, f"{_json_words(exc.reason)}, found {_describe(exc.value)}")]
    items = _validators.item_reasons(validator, value) if type(value) is tuple else None
    if items and type(found) is list and len(found) == len(value):
        return [
            (f"{at}[{index}]", f"{_json_words(reason)}, found {_describe(found[index])}")
            for index, reason in items
        ]
    return [(at, f"{_json_words(exc.reason)}, found {_describe(found)}")]


class _MissingValue:
    def __repr__(self) -> str:
        return "nothing"


_MISSING_VALUE = _MissingValue()
