"""Generated readers: one function per record type that checks each value once and builds the record.

The read path of `treatymodel.serialization` parses a document with orjson, then
hands the tree to the reader of the record type. cattrs' generated functions call
a hook per field, then the class's ``__init__``, whose validators check again what
the hooks have just checked. The readers generated here do the work once:

- the type of every JSON value, inline (``type(x) is str``), and the field
  validator's check: inline where it is one of the common ones (identifiers, text,
  enums, dates, nested records, which the conversion itself proves), otherwise a
  call of the validator itself, on the record being built, exactly as attrs would
  call it;
- the record is built without ``__init__`` (``object.__new__`` and the slots), then
  ``__attrs_post_init__`` runs if the class has one, as attrs runs it.

A reader accepts exactly what the detailed path accepts and builds an equal record;
anything else makes it raise (any exception: a `KeyError` for a missing key, a
`RefusedError` for a wrong value), and the caller reads the document again through
cattrs' detailed path, which reports every problem with its JSON path. The tests
hold the two paths to the same answers (``tests/test_load.py``). Records built in
Python still go through ``__init__`` and all their validators.

The writers (`treatymodel._dump`) are generated the same way.
"""

from __future__ import annotations

import datetime as dt
import enum
import itertools
import types
import typing
from collections.abc import Callable, Iterable, Mapping
from typing import Any

import attrs

from treatymodel import _validators as v

Reader = Callable[[Any], Any]
FieldsOf = Callable[[type], "list[tuple[attrs.Attribute[Any], str]]"]

#: Reference records (one string or two) are kept, one instance per value, in a
#: table per class while reading: a dossier names the same states thousands of times,
#: and an immutable reference can be shared. A table is cleared when it grows past
#: `_SHARED_MAX`.
_SHARED_MAX = 1 << 16


def _shared_table() -> dict[Any, Any]:
    return {}


#: The file name the generated code is compiled under, shown in tracebacks.
_FILENAME = "<treatymodel generated readers>"


class RefusedError(Exception):
    """The generated reader met a value it does not accept: read the document again, in detail."""


_TEXT_VALIDATORS = (v.text, v.optional_text, v.paragraphs, v.optional_paragraphs)


class Readers:
    """The generated readers of the record types, and of their subclasses on demand.

    Args:
        record_types: The classes that travel as JSON objects.
        fields_of: The exchanged fields of a class, with their JSON keys.
        tagged: The classes written with a tag, and their tag.
        tag_key: The key of the tag.
        leaves: Readers of the leaf types that are not JSON types (dates, times,
            durations), each raising on a value it refuses.
        unions: Readers of the unions the generator does not take apart (the tagged
            party and actor unions, the date union), by type.

    ``readers`` maps each record type to its reader: the JSON tree in, the record
    out, or an exception.
    """

    def __init__(
        self,
        record_types: Iterable[type],
        fields_of: FieldsOf,
        tagged: Mapping[type, str],
        tag_key: str,
        leaves: Mapping[Any, Reader],
        unions: Mapping[Any, Reader],
    ) -> None:
        classes = tuple(record_types)
        self._fields_of = fields_of
        self._tagged = tagged
        self._tag_key = tag_key
        # Every reader looks up the others in one namespace at call time, so that a
        # record that holds itself (a section's points) needs no forward declaration.
        self._namespace: dict[str, Any] = {
            "_Refused": RefusedError,
            "_empty": (),
            "_new": object.__new__,
            "_set": object.__setattr__,
            "_SHARED_MAX": _SHARED_MAX,
            "_id_match": v._ID_MATCH,
            "_invisible_first": v._PRINTABLE_INVISIBLE,
        }
        self._names = {cls: f"_read_{cls.__name__}" for cls in classes}
        self._generator = _Generator(self._namespace, self._names, leaves, unions)
        source = [self._generator.reader(cls, fields_of(cls), tagged.get(cls), tag_key) for cls in classes]
        self._run(source)
        self.readers: dict[type, Reader] = {cls: self._namespace[self._names[cls]] for cls in classes}

    def add(self, cls: type, record: type) -> Reader:
        """Generate the reader of ``cls``, a subclass of ``record`` with no field of its own (tm.Dossier)."""
        name = f"_read_{cls.__module__.replace('.', '_')}_{cls.__name__}"
        fields = self._fields_of(record)
        self._run([self._generator.reader(cls, fields, self._tagged.get(record), self._tag_key, name=name)])
        reader: Reader = self._namespace[name]
        self.readers[cls] = reader
        return reader

    def _run(self, source: list[str]) -> None:
        text = "\n\n".join(source)
        exec(compile(text, _FILENAME, "exec"), self._namespace)


class _Generator:
    def __init__(
        self,
        namespace: dict[str, Any],
        names: Mapping[type, str],
        leaves: Mapping[Any, Reader],
        unions: Mapping[Any, Reader],
    ) -> None:
        self.namespace = namespace
        self.names = names
        self.leaves = leaves
        self.unions = unions
        self.counter = itertools.count()

    def bind(self, prefix: str, value: Any) -> str:
        name = f"_{prefix}{next(self.counter)}"
        self.namespace[name] = value
        return name

    # -- one class

    def reader(
        self,
        cls: type,
        fields: list[tuple[attrs.Attribute[Any], str]],
        tag: str | None,
        tag_key: str,
        *,
        name: str | None = None,
    ) -> str:
        """The source of the reader of ``cls``, named ``name`` (by default its record type's name)."""
        keys = {key for _, key in fields}
        if tag is not None:
            keys.add(tag_key)
        lines = [f"def {name or self.names[cls]}(d):"]
        body: list[str] = []
        body.append(f"if type(d) is not dict or not {self.bind('keys', frozenset(keys))}.issuperset(d):")
        body.append("    raise _Refused")
        if tag is not None:
            body.append(f"if d[{tag_key!r}] != {tag!r}:")
            body.append("    raise _Refused")
        required = sum(attribute.default is attrs.NOTHING for attribute, _ in fields) + (tag is not None)
        if required < len(fields) + (tag is not None):
            body.append("get = d.get")
            body.append(f"rest = len(d) - {required}")
        calls: list[str] = []  # validators run on the built record, in field order
        exchanged = {attribute.name for attribute, _ in fields}
        values: dict[str, str] = {}
        for index, (attribute, key) in enumerate(fields):
            var = f"x{index}"
            values[attribute.name] = var
            body.extend(self.field(attribute, key, var, calls))
        for attribute in attrs.fields(cls):
            if attribute.name in exchanged:
                continue
            var = f"x_{attribute.name}"
            values[attribute.name] = var
            body.append(f"{var} = {self.default(attribute)}")
        plain_slots = set(getattr(cls, "__slots__", ())) <= {a.name for a in attrs.fields(cls)} | {
            "__weakref__"
        }
        if tag is not None or not plain_slots:
            # Reference records (and any class with a slot of attrs' own, such as a
            # cached hash) are built by their class, once per value.
            arguments = ", ".join(f"{a.name}={values[a.name]}" for a in attrs.fields(cls) if a.init)
            key_tuple = "(" + "".join(f"{values[a.name]}, " for a in attrs.fields(cls)) + ")"
            cls_name = self.bind("cls", cls)
            if tag is not None and all(_hashable(a.type) for a in attrs.fields(cls)):
                # One table per class, keyed by the value itself when there is one field.
                table = self.bind("shared", _shared_table())
                names = [values[a.name] for a in attrs.fields(cls)]
                key = names[0] if len(names) == 1 else key_tuple
                body.append(f"o = {table}.get({key})")
                body.append("if o is None:")
                body.append(f"    o = {cls_name}({arguments})")
                body.append(f"    if len({table}) >= _SHARED_MAX:")
                body.append(f"        {table}.clear()")
                body.append(f"    {table}[{key}] = o")
                body.append("return o")
            else:
                body.append(f"return {cls_name}({arguments})")
        else:
            body.append(f"o = _new({self.bind('cls', cls)})")
            for attribute in attrs.fields(cls):
                body.append(f"{self.setter(cls, attribute.name)}(o, {values[attribute.name]})")
            body.extend(calls)
            if hasattr(cls, "__attrs_post_init__"):
                body.append("o.__attrs_post_init__()")
            body.append("return o")
        lines.extend("    " + line for line in body)
        return "\n".join(lines)

    def setter(self, cls: type, name: str) -> str:
        """The name of a function that sets slot ``name`` of a ``cls`` being built.

        The slot's own descriptor when there is one (a third faster than
        ``object.__setattr__``, which looks the name up first), else ``object.__setattr__``.
        """
        for klass in cls.__mro__:
            found = klass.__dict__.get(name)
            if isinstance(found, types.MemberDescriptorType):
                return self.bind(f"set_{name}_", found.__set__)
        return f"(lambda o, value: _set(o, {name!r}, value))"

    def default(self, attribute: attrs.Attribute[Any]) -> str:
        default: Any = attribute.default
        if isinstance(default, attrs.Factory):  # type: ignore[arg-type]
            if default.takes_self:
                raise TypeError(f"{attribute.name}: a factory that takes self is not supported by the reader")
            return f"{self.bind('factory', default.factory)}()"
        if default is attrs.NOTHING:
            raise TypeError(f"{attribute.name} has no default and is not exchanged")
        return self.bind("default", default)

    # -- one field

    def field(self, attribute: attrs.Attribute[Any], key: str, var: str, calls: list[str]) -> list[str]:
        """Read one field into ``var``.

        ``rest`` counts the keys of the object not yet read beyond the required ones:
        once it is zero, the remaining optional fields take their defaults without a
        lookup (most objects hold few of their optional keys).
        """
        t = attribute.type
        if attribute.default is attrs.NOTHING:
            return [f"{var} = d[{key!r}]", *self.convert(t, var, var), *self.check(attribute, var, calls)]
        if not self.default_is_valid(attribute):
            calls.extend(self.call(attribute, var))  # the default is checked too, as attrs does
        present = ["rest -= 1", *self.convert(t, var, var), *self.check(attribute, var, calls)]
        literal = _literal(attribute)
        if literal is not None:
            # The default is a constant that no JSON value can be but the same constant,
            # which then means the same: one lookup, one identity test.
            return [
                "if rest:",
                f"    {var} = get({key!r}, {literal})",
                f"    if {var} is not {literal}:",
                *_indent(_indent(present)),
                "else:",
                f"    {var} = {literal}",
            ]
        return [
            f"{var} = get({key!r}, _Refused) if rest else _Refused",
            f"if {var} is _Refused:",
            f"    {var} = {self.default(attribute)}",
            "else:",
            *_indent(present),
        ]

    def default_is_valid(self, attribute: attrs.Attribute[Any]) -> bool:
        """Whether the field's validator accepts its default, asked once, here, of the validator."""
        validator = attribute.validator
        if validator is None:
            return True
        try:
            validator(None, attribute, _default_value(attribute))
        except Exception:  # refused, or the validator reads the record: check it on every read
            return False
        return True

    def call(self, attribute: attrs.Attribute[Any], var: str) -> list[str]:
        validator = self.bind("validator", attribute.validator)
        field = self.bind("attribute", attribute)
        return [f"{validator}(o, {field}, {var})"]

    def check(self, attribute: attrs.Attribute[Any], var: str, calls: list[str]) -> list[str]:
        """Inline checks of the field's validator, or a call deferred until the record exists."""
        validator = attribute.validator
        if validator is None:
            return []
        if validator is v.identifier:
            return [f"if _id_match({var}) is None:", "    raise _Refused"]
        if validator is v.optional_identifier:
            return [f"if {var} is not None and _id_match({var}) is None:", "    raise _Refused"]
        if validator is v.identifiers:
            return [f"for i in {var}:", "    if _id_match(i) is None:", "        raise _Refused"]
        if validator in _TEXT_VALIDATORS:
            # The validator's own common case, inline; anything else is asked of the
            # validator (its instance is only named in its error, which is not kept).
            name = self.bind("validator", validator)
            field = self.bind("attribute", attribute)
            optional = getattr(validator, "optional", False)
            test = (
                f"({var} and {var} == {var}.strip() and {var}.isprintable()"
                f" and ({var}.isascii() or {var}[0] not in _invisible_first))"
            )
            guard = f"{var} is not None and not {test}" if optional else f"not {test}"
            return [f"if {guard}:", f"    {name}(None, {field}, {var})"]
        if validator is v.boolean or validator is v.optional_bool:
            return []  # the conversion accepts only true, false (and null where optional)
        enum_cls = getattr(validator, "enum", None)
        inner_type = _strip_optional(attribute.type)[0]
        if (
            enum_cls is not None
            and getattr(validator, "distinct", False)
            and inner_type == tuple[enum_cls, ...]  # type: ignore[valid-type]
        ):
            # members(): the conversion made every item a member; distinct, and one at least if asked.
            empty = f"not {var} or " if getattr(validator, "non_empty", False) else ""
            return [f"if len({var}) != 1 and ({empty}len(set({var})) != len({var})):", "    raise _Refused"]
        if self.implied(attribute):
            non_empty = getattr(validator, "non_empty", False)
            if non_empty and getattr(validator, "types", None) is not None:
                return [f"if not {var}:", "    raise _Refused"]
            if not non_empty:
                return []
        if (
            typing.get_origin(_strip_optional(attribute.type)[0]) is tuple
            and attribute.default == ()
            and self.default_is_valid(attribute)
        ):
            # Variants and the like: empty is the common case, and the validator accepts it.
            calls.extend([f"if {var}:", *("    " + line for line in self.call(attribute, var))])
            return []
        calls.extend(self.call(attribute, var))
        return []

    def implied(self, attribute: attrs.Attribute[Any]) -> bool:
        """Whether the conversion of the field's type proves what its validator checks."""
        validator, t = attribute.validator, attribute.type
        inner, optional = _strip_optional(t)
        if optional and not getattr(validator, "optional", False):
            return False
        enum_cls = getattr(validator, "enum", None)
        if enum_cls is not None:
            if getattr(validator, "distinct", False):
                return False  # members(): distinct items, asked of the validator
            return inner is enum_cls
        accepted = getattr(validator, "types", None)
        if accepted is None:
            return False
        produced = _produced(inner)
        return produced is not None and produced <= set(accepted)

    # -- conversions

    def convert(self, t: Any, src: str, dst: str) -> list[str]:
        inner, optional = _strip_optional(t)
        body = self.convert_required(inner, src, dst)
        if not optional:
            return body
        if not body:
            return []
        return [f"if {src} is not None:", *("    " + line for line in body)]

    def convert_required(self, t: Any, src: str, dst: str) -> list[str]:
        if t is str:
            return [f"if type({src}) is not str:", "    raise _Refused"]
        if t is bool:
            return [f"if {src} is not True and {src} is not False:", "    raise _Refused"]
        if t is int:
            return [f"if type({src}) is not int:", "    raise _Refused"]
        if t in self.leaves:
            return [f"{dst} = {self.bind('leaf', self.leaves[t])}({src})"]
        if t in self.unions:
            return [f"{dst} = {self.bind('union', self.unions[t])}({src})"]
        if isinstance(t, type) and issubclass(t, enum.Enum):
            table = {member.value: member for member in t}
            return [f"{dst} = {self.bind('enum', table)}[{src}]"]
        if t in self.names:
            return [f"{dst} = {self.names[t]}({src})"]
        if typing.get_origin(t) is tuple:
            args = typing.get_args(t)
            if len(args) != 2 or args[1] is not Ellipsis:
                raise TypeError(f"the reader does not know the type {t!r}")
            item = args[0]
            head = [f"if type({src}) is not list:", "    raise _Refused"]
            if item is str:
                return [
                    *head,
                    f"for i in {src}:",
                    "    if type(i) is not str:",
                    "        raise _Refused",
                    f"{dst} = tuple({src})",
                ]
            read = self.item(item)
            if isinstance(item, type) and issubclass(item, enum.Enum):
                # Most such tuples hold one member: no map, no set.
                return [
                    *head,
                    f"if len({src}) == 1:",
                    f"    {dst} = ({read}({src}[0]),)",
                    "else:",
                    f"    {dst} = tuple(map({read}, {src}))",
                ]
            return [*head, f"{dst} = tuple(map({read}, {src}))"]
        raise TypeError(f"the reader does not know the type {t!r}")

    def item(self, t: Any) -> str:
        """A function that reads one item of type ``t``, for ``map``: no frame per item where it can."""
        if t in self.leaves:
            return self.bind("leaf", self.leaves[t])
        if t in self.unions:
            return self.bind("union", self.unions[t])
        if isinstance(t, type) and issubclass(t, enum.Enum):
            return self.bind("enum_item", {member.value: member for member in t}.__getitem__)
        if t in self.names:
            # A global of the generated module, looked up when the function runs: a
            # record may hold itself (a section's points).
            return self.names[t]
        raise TypeError(f"the reader does not know the item type {t!r}")


def _indent(lines: list[str]) -> list[str]:
    return ["    " + line for line in lines]


def _literal(attribute: attrs.Attribute[Any]) -> str | None:
    """The default as a Python literal, when reading it from JSON can only give the same value.

    ``None`` for a field that may be null (a JSON null means what the absent key
    means), ``()`` (JSON arrays are read as lists, never as this object), and the
    booleans of a boolean field.
    """
    default = attribute.default
    inner, optional = _strip_optional(attribute.type)
    if default is None and optional:
        return "None"
    if type(default) is tuple and default == () and typing.get_origin(inner) is tuple:
        return "_empty"
    if (default is True or default is False) and inner is bool:
        return repr(default)
    return None


def _default_value(attribute: attrs.Attribute[Any]) -> Any:
    default: Any = attribute.default
    if isinstance(default, attrs.Factory):  # type: ignore[arg-type]
        return default.factory()
    return default


def _strip_optional(t: Any) -> tuple[Any, bool]:
    if typing.get_origin(t) in (typing.Union, types.UnionType):
        args = typing.get_args(t)
        if type(None) in args:
            rest = [a for a in args if a is not type(None)]
            if len(rest) == 1:
                return rest[0], True
            inner: Any = rest[0]
            for a in rest[1:]:
                inner = inner | a
            return inner, True
    return t, False


def _produced(t: Any) -> set[type] | None:
    """The classes a conversion of ``t`` can give (items, for a tuple); ``None`` if not known."""
    if typing.get_origin(t) is tuple:
        return _produced(typing.get_args(t)[0])
    if typing.get_origin(t) in (typing.Union, types.UnionType):
        found: set[type] = set()
        for arg in typing.get_args(t):
            sub = _produced(arg)
            if sub is None:
                return None
            found |= sub
        return found
    if isinstance(t, type) and attrs.has(t):
        return {t}
    if t in (dt.time, dt.timedelta):
        return {t}
    if isinstance(t, type) and t.__module__ == "treatymodel.dates":
        return {t}
    return None


def _hashable(t: Any) -> bool:
    inner, _ = _strip_optional(t)
    return inner in (str, int, bool)
