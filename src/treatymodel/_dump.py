"""Writing records as JSON-ready values: one generated function per record type.

cattrs' generated unstructure functions call one hook per field, even for a string
or an enum that orjson writes as it is, and compare every field with its default
through ``!=``. Writing is most of what `to_json` costs (see
docs/performance.md), so this module generates, for each record type, a function
that does only what that type needs: a field orjson writes itself (strings, numbers,
booleans, enums, tuples of those) is passed through; a nested record calls its own
generated function directly; an optional field is tested with ``is not None`` and an
empty-tuple default with truthiness. The output is the same dictionary cattrs
builds, key for key, in the same order: required fields, then the others, each in
declared order, a field equal to its default left out.

Types the generator does not know go through a fallback hook (the converter's), so a
new field type is never written wrongly, only more slowly.
"""

from __future__ import annotations

import datetime as dt
import enum
import types
import typing
from collections.abc import Callable, Iterable, Mapping
from typing import Any

import attrs
import orjson

from treatymodel import _durations
from treatymodel.dates import DateValue, PartialDate

Unstructure = Callable[[Any], Any]
Fields = Callable[[type], list[tuple["attrs.Attribute[Any]", str]]]

# Written by orjson as they are: no conversion.
_NATIVE = (str, int, float, bool)
# Written through one call; the name is what the generated code calls.
_LEAVES: dict[type, tuple[str, Unstructure]] = {
    PartialDate: ("partial_date", PartialDate.isoformat),
    dt.time: ("time_of_day", _durations.format_time),
    dt.timedelta: ("duration", _durations.format_duration),
}


class _Generator:
    """Source code and globals for the functions of a set of record types."""

    def __init__(
        self,
        classes: Iterable[type],
        fields: Fields,
        tags: Mapping[type, str],
        fallback: Callable[[Any], Unstructure],
        tag_key: str,
    ) -> None:
        self.classes = tuple(classes)
        self.fields = fields
        self.tags = tags
        self.fallback = fallback
        self.tag_key = tag_key
        self.namespace: dict[str, Any] = dict(_LEAVES.values())
        # Union dispatch tables, by class; filled with the functions once they exist.
        self.unions: list[dict[type, Unstructure]] = []
        self.counter = 0

    def global_name(self, prefix: str, value: Any) -> str:
        self.counter += 1
        name = f"{prefix}_{self.counter}"
        self.namespace[name] = value
        return name

    def function_name(self, cls: type, *, top: bool = False) -> str:
        # The index keeps names apart and the class name only helps tracebacks; a
        # name that is not an identifier (a class made at runtime) is left out.
        name = cls.__name__ if cls.__name__.isidentifier() else "record"
        return f"unstructure_{self.classes.index(cls)}_{name}{'_top' if top else ''}"

    def expression(self, t: Any, var: str, depth: int = 0, *, top: bool = False) -> str:
        """Python source that turns ``var``, of type ``t``, into its JSON-ready value.

        With ``top``, an array of records is written item by item into
        `orjson.Fragment` values: see `build`.
        """
        if t in self.classes:
            return f"{self.function_name(t)}({var})"
        if t in _NATIVE or (isinstance(t, type) and issubclass(t, enum.Enum)):
            return var
        if t in _LEAVES:
            return f"{_LEAVES[t][0]}({var})"
        origin, args = typing.get_origin(t), typing.get_args(t)
        if origin is tuple and len(args) == 2 and args[1] is Ellipsis:
            item = f"x{depth}"
            inner = self.expression(args[0], item, depth + 1)
            if inner == item:
                return var  # orjson writes a tuple of strings or enums as an array
            if top and args[0] in self.classes:
                return f"[fragment(dumps({inner})) for {item} in {var}]"
            return f"[{inner} for {item} in {var}]"
        if origin in (typing.Union, types.UnionType):
            members = [a for a in args if a is not type(None)]
            if set(members) == set(typing.get_args(DateValue)):
                nullable = len(members) < len(args)
                return f"(None if {var} is None else {var}.isoformat())" if nullable else f"{var}.isoformat()"
            if len(members) < len(args) and len(members) == 1:
                inner = self.expression(members[0], var, depth)
                return var if inner == var else f"(None if {var} is None else {inner})"
            if members and all(m in self.classes for m in members):
                table: dict[type, Unstructure] = dict.fromkeys(members, _unset)
                self.unions.append(table)
                name = self.global_name("by_class", table)
                call = f"{name}[{var}.__class__]({var})"
                return call if len(members) == len(args) else f"(None if {var} is None else {call})"
        hook = self.global_name("fallback", self.fallback(t))
        return f"{hook}({var})"

    def condition(self, attribute: attrs.Attribute[Any], var: str) -> str | None:
        """Python source true when ``var`` differs from the field's default, or None if required."""
        default: Any = attribute.default
        if default is attrs.NOTHING:
            return None
        if isinstance(default, attrs.Factory):  # type: ignore[arg-type]
            if default.takes_self:
                raise TypeError(f"{attribute.name}: a default that takes self cannot be compared")
            default = default.factory()
        if default is None:
            return f"{var} is not None"
        if type(default) is tuple and not default:
            return var
        if isinstance(default, enum.Enum):
            return f"{var} is not {self.global_name('default', default)}"
        return f"{var} != {self.global_name('default', default)}"

    def source(self, cls: type, *, top: bool = False) -> str:
        required: list[str] = []
        optional: list[str] = []
        tag = self.tags.get(cls)
        if tag is not None:
            required.append(f"{self.tag_key!r}: {tag!r}")
        for attribute, key in self.fields(cls):
            if not attribute.name.isidentifier():  # attrs guarantees it; the source relies on it
                raise ValueError(f"{cls.__name__}: field name {attribute.name!r} is not an identifier")
            condition = self.condition(attribute, "v")
            if condition is None:
                value = self.expression(attribute.type, f"obj.{attribute.name}", top=top)
                required.append(f"{key!r}: {value}")
            else:
                optional.append(
                    f"    v = obj.{attribute.name}\n"
                    f"    if {condition}:\n"
                    f"        out[{key!r}] = {self.expression(attribute.type, 'v', top=top)}\n"
                )
        return (
            f"def {self.function_name(cls, top=top)}(obj):\n"
            f"    out = {{{', '.join(required)}}}\n" + "".join(optional) + "    return out\n"
        )


def build(
    classes: Iterable[type],
    fields: Fields,
    tags: Mapping[type, str],
    fallback: Callable[[Any], Unstructure],
    tag_key: str = "type",
    chunked: Iterable[type] = (),
) -> tuple[dict[type, Unstructure], dict[type, Unstructure]]:
    """Generate the unstructure functions of every class in ``classes``.

    Each class gets a function for a record nested anywhere. Each class in
    ``chunked`` gets another for the record at the top of a document, which writes
    each item of an array of records to bytes on its own, wrapped in an
    `orjson.Fragment` that orjson copies as it is. A dossier of 10,000
    agreements then never exists as one tree of dictionaries: each agreement's tree is
    built, written and freed while it is still in the CPU cache, which makes writing
    a large dossier about a third faster, and its peak memory that of the output
    instead of the whole tree (docs/performance.md). For a record with short arrays
    (an agreement's sections) the extra calls cost more than they save: measured, an
    agreement is written about 20% slower chunked, so only the container is.

    Args:
        classes: The record types; a field of one of these types calls its function.
        fields: The exchanged fields of a class, with their JSON keys, in order.
        tags: The classes written with a tag, under ``tag_key``, first.
        fallback: The hook for a field type the generator does not know.
        tag_key: The key of the tag.
        chunked: The classes whose arrays of records are written item by item when
            they are at the top of a document.

    Returns:
        The nested functions and the top-level functions, by class.
    """
    generator = _Generator(classes, fields, tags, fallback, tag_key)
    chunked = tuple(chunked)
    code = "\n".join(
        [generator.source(cls) for cls in generator.classes]
        + [generator.source(cls, top=True) for cls in chunked]
    )
    namespace = generator.namespace
    namespace.update(fragment=orjson.Fragment, dumps=orjson.dumps)
    exec(compile(code, "<treatymodel unstructure>", "exec"), namespace)
    nested = {cls: namespace[generator.function_name(cls)] for cls in generator.classes}
    top = {**nested, **{cls: namespace[generator.function_name(cls, top=True)] for cls in chunked}}
    for table in generator.unions:
        table.update((cls, nested[cls]) for cls in table)
    return nested, top


def _unset(value: Any) -> Any:  # pragma: no cover - replaced before any call
    raise AssertionError("union table used before build() filled it")
