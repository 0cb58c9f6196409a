"""Field validators shared by the model classes.

Each validator checks what one field can know on its own and raises
`FieldError` naming the class and the field.
Cross-record facts (does this person exist? is this date inside the visit?) are
left to `treatymodel.validation`.

Every validator says what it checks through public attributes (`FieldValidator`):
``json_schema``, what it adds to its field's JSON Schema, which
`treatymodel.schema` reads; ``enum``, ``types``, ``non_empty`` and ``optional`` on
those a factory makes (`member`, `instance_of`, `tuple_of`...); ``item_reason`` and
``distinct`` on those that judge a tuple item by item. A validator is a plain
function carrying those attributes rather than an instance of a class with
``__call__``: attrs calls it for every field of every record read, about two million
calls for a dossier of 2,000 agreements, and a call through ``__call__`` costs some
40 ns more, over 5% of the load.
"""

from __future__ import annotations

import datetime as dt
import enum
import functools
import re
import types
from collections.abc import Callable, Mapping
from typing import Any, Protocol, cast

import attrs

from treatymodel._converters import as_instance, as_tuple, retry
from treatymodel.errors import FieldError

ItemReason = Callable[[Any], "str | None"]


class FieldValidator(Protocol):
    """A field validator and what it checks, as public attributes (see `described`).

    Attributes:
        json_schema: What the validator adds to the JSON Schema of its field: a
            read-only mapping, ``{}`` when the field's type says it all.

    Example:
        >>> from treatymodel import _validators as v
        >>> dict(v.identifier.json_schema)["pattern"] == v.ID_PATTERN
        True
    """

    json_schema: Mapping[str, Any]

    def __call__(self, instance: Any, attribute: attrs.Attribute[Any], value: Any, /) -> None:
        """Raise `FieldError` when ``value`` does not fit ``attribute`` of ``instance``."""


def described(
    json_schema: Mapping[str, Any], **attributes: Any
) -> Callable[[Callable[[Any, attrs.Attribute[Any], Any], None]], FieldValidator]:
    """Give a validator function its public attributes: ``json_schema`` and any of ``attributes``.

    Args:
        json_schema: What the validator adds to its field's JSON Schema.
        **attributes: Further public attributes (``enum``, ``types``, ``non_empty``,
            ``optional``, ``item_reason``, ``distinct``).

    Example:
        >>> @described({"minimum": 1})
        ... def positive(instance, attribute, value):
        ...     if value < 1:
        ...         fail(instance, attribute, value, "must be 1 or more")
        >>> dict(positive.json_schema)
        {'minimum': 1}
    """

    def attach(check: Callable[[Any, attrs.Attribute[Any], Any], None]) -> FieldValidator:
        check.json_schema = types.MappingProxyType(dict(json_schema))  # type: ignore[attr-defined]
        for name, value in attributes.items():
            setattr(check, name, value)
        return cast(FieldValidator, check)

    return attach


#: Identifiers of records in a dossier: a letter or digit, then letters, digits and
#: ``. _ : -``; at most 200 characters. Readable slugs such as ``ru-kz-2025``.
ID_PATTERN = r"^[A-Za-z0-9][A-Za-z0-9._:\-]{0,199}$"
_ID_RE = re.compile(ID_PATTERN)
_ID_MATCH = _ID_RE.fullmatch
#: Absolute http(s) URLs: the shape the JSON Schema states. The library asks more
#: (`_HTTP_URL`): a URL valid under RFC 3986.
URL_PATTERN = r"^https?://[^\s/$.?#][^\s]*$"
_UNRESERVED = r"A-Za-z0-9\-._~"
_SUB_DELIMS = r"!$&'()*+,;="
# Runs of allowed characters, with "%" among them, then one search for a "%" not
# followed by two hex digits: the same language as RFC 3986's per-character
# alternatives (pchar = unreserved / pct-encoded / sub-delims / ":" / "@"), and
# several times faster to match, on the read path of every URL.
_PCHAR = rf"{_UNRESERVED}{_SUB_DELIMS}:@%"
_IP_LITERAL = rf"\[(?:[0-9A-Fa-f:.]+|v[0-9A-Fa-f]+\.[{_UNRESERVED}{_SUB_DELIMS}:]+)\]"
_HOST = rf"(?:{_IP_LITERAL}|[{_UNRESERVED}{_SUB_DELIMS}%]+)"
#: An absolute ``http`` or ``https`` URI under RFC 3986 (section 3), with a host: ASCII
#: only, so no spaces, quotes, angle brackets or control characters unless
#: percent-encoded.
_HTTP_URL = re.compile(
    rf"https?://(?:[{_UNRESERVED}{_SUB_DELIMS}:%]*@)?{_HOST}(?::[0-9]*)?"
    rf"(?:/[{_PCHAR}]*)*(?:\?[{_PCHAR}/?]*)?(?:#[{_PCHAR}/?]*)?"
)
_HTTP_URL_MATCH = _HTTP_URL.fullmatch
_BAD_PERCENT = re.compile("%(?![0-9A-Fa-f]{2})")
#: BCP 47 language tags, in the subset the model accepts: a two- or three-letter
#: ISO 639 language, then optional subtags (script, region).
LANG_PATTERN = r"^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$"
_LANG_RE = re.compile(LANG_PATTERN)
#: Non-empty, no whitespace at either end: the part of what the text validators ask
#: that a JSON Schema pattern can say.
TEXT_PATTERN = r"^\S(?:[\s\S]*\S)?$"

# What the validators add to the JSON Schema of their fields. StateCode and
# LanguageTag are definitions the schema generator writes under ``$defs``.
TEXT_SCHEMA: Mapping[str, Any] = {"type": "string", "pattern": TEXT_PATTERN}
ID_SCHEMA: Mapping[str, Any] = {"type": "string", "pattern": ID_PATTERN}
URL_SCHEMA: Mapping[str, Any] = {"type": "string", "format": "uri", "pattern": URL_PATTERN}
STATE_CODE_SCHEMA: Mapping[str, Any] = {"$ref": "#/$defs/StateCode"}
LANGUAGE_SCHEMA: Mapping[str, Any] = {"$ref": "#/$defs/LanguageTag"}


def array_schema(items: Mapping[str, Any], **extra: Any) -> Mapping[str, Any]:
    """The JSON Schema of an array of ``items``, with ``extra`` keywords (``uniqueItems=True``)."""
    return {"type": "array", "items": dict(items), **extra}


# Kosovo is not in ISO 3166-1; XKX is the user-assigned code of the EU's corporate list
# of countries (https://op.europa.eu/en/web/eu-vocabularies/countries-and-territories),
# the one code outside ISO 3166 a state may have (treatymodel.crosswalk.KOSOVO).
_KOSOVO = types.SimpleNamespace(
    alpha_2="XK", alpha_3="XKX", name="Kosovo", official_name="Republic of Kosovo"
)


@functools.lru_cache(maxsize=1024)
def country_record(code: str) -> Any | None:
    """The pycountry record of an ISO 3166-1 alpha-3 code, current first, then historic; Kosovo's."""
    if not isinstance(code, str) or len(code) != 3 or not code.isupper():
        return None
    if code == _KOSOVO.alpha_3:
        return _KOSOVO
    import pycountry

    record = pycountry.countries.get(alpha_3=code)
    if record is None:
        record = pycountry.historic_countries.get(alpha_3=code)
    return record


@described(STATE_CODE_SCHEMA)
def state_code(instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
    """An ISO 3166-1 alpha-3 code, current (``KAZ``) or historic (``SUN``)."""
    if not isinstance(value, str) or country_record(value) is None:
        fail(instance, attribute, value, "must be an ISO 3166-1 alpha-3 code, current or historic")


@described(STATE_CODE_SCHEMA, optional=True)
def optional_state_code(instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
    """``None`` or an ISO 3166-1 alpha-3 code."""
    if value is not None:
        state_code(instance, attribute, value)


@described(array_schema(STATE_CODE_SCHEMA, uniqueItems=True))
def state_codes(instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
    """A tuple of distinct ISO 3166-1 alpha-3 codes."""
    if (
        not isinstance(value, tuple)
        or not all(isinstance(code, str) and country_record(code) is not None for code in value)
        or len(set(value)) != len(value)
    ):
        fail(instance, attribute, value, "must be a tuple of distinct ISO 3166-1 alpha-3 codes")


def fail(instance: object, attribute: attrs.Attribute[Any], value: object, reason: str) -> None:
    """Raise the `FieldError` for ``attribute`` of ``instance``."""
    raise FieldError(type(instance).__name__, attribute.name, value, reason)


# -- Text safe to print. Refused in every text field: the C0 controls but tab and line
# feed, DEL and the C1 controls (they move a terminal's cursor, clear its screen, set
# its title), the bidirectional embeddings, overrides and isolates U+202A-U+202E and
# U+2066-U+2069 (they reorder what a reader sees: CVE-2021-42574), and text made only
# of invisible characters. One-line fields (names, titles, headings, labels) refuse
# line breaks too: a line feed or U+2028/U+2029.
_BIDI = "\u202a-\u202e\u2066-\u2069"
_CONTROLS = "\x00-\x08\x0b-\x1f\x7f-\x9f"
_UNSAFE_IN_TEXT = re.compile(f"[{_CONTROLS}{_BIDI}]")
_UNSAFE_IN_LINE = re.compile(f"[{_CONTROLS}\n\u2028\u2029{_BIDI}]")
#: Unicode's Default_Ignorable_Code_Point characters, the Hangul fillers and the blank
#: Braille pattern: they show nothing. With white space, a text made only of them is
#: refused.
_INVISIBLE_RANGES = (
    (0x00AD, 0x00AD),
    (0x034F, 0x034F),
    (0x061C, 0x061C),
    (0x115F, 0x1160),
    (0x17B4, 0x17B5),
    (0x180B, 0x180F),
    (0x200B, 0x200F),
    (0x202A, 0x202E),
    (0x2060, 0x206F),
    (0x2800, 0x2800),
    (0x3164, 0x3164),
    (0xFE00, 0xFE0F),
    (0xFEFF, 0xFEFF),
    (0xFFA0, 0xFFA0),
    (0xFFF0, 0xFFF8),
    (0x1BCA0, 0x1BCA3),
    (0x1D173, 0x1D17A),
    (0xE0000, 0xE0FFF),
)
_INVISIBLE = re.compile(
    "[\\s" + "".join(f"{chr(start)}-{chr(end)}" for start, end in _INVISIBLE_RANGES) + "]+"
)
#: The invisible characters ``str.isprintable`` accepts (combining marks, fillers): a
#: printable text can only be all invisible if it starts with one of them.
_PRINTABLE_INVISIBLE = frozenset(
    char for start, end in _INVISIBLE_RANGES for char in map(chr, range(start, end + 1)) if char.isprintable()
)


def _is_safe(value: str, unsafe: re.Pattern[str]) -> bool:
    """Whether non-empty ``value`` holds no character ``unsafe`` finds and is not all invisible."""
    if value.isprintable():  # in C; no control is printable
        return value[0] not in _PRINTABLE_INVISIBLE or _INVISIBLE.fullmatch(value) is None
    return unsafe.search(value) is None and _INVISIBLE.fullmatch(value) is None


def _text_problem(value: object, *, one_line: bool) -> str | None:
    """Why ``value`` is not text a field of that kind holds, or ``None``."""
    if not isinstance(value, str) or not value or value != value.strip():
        return "a non-empty string without surrounding whitespace"
    bad = (_UNSAFE_IN_LINE if one_line else _UNSAFE_IN_TEXT).search(value)
    if bad is not None:
        char = bad[0]
        code = f"U+{ord(char):04X}"
        if char in "\n\u2028\u2029":
            return f"a single line: it holds a line break ({code})"
        if _BIDI_CHARS.search(char):
            return f"text without bidirectional formatting characters ({code}), which reorder what is shown"
        return f"text without control characters ({code})"
    if _INVISIBLE.fullmatch(value) is not None:
        return "text with a visible character: it holds only invisible ones"
    return None


_BIDI_CHARS = re.compile(f"[{_BIDI}]")


def is_text(value: object, *, one_line: bool = True) -> bool:
    """Whether ``value`` is text a field accepts: non-empty, no surrounding whitespace, safe to print.

    Args:
        value: The value to check.
        one_line: Whether line breaks are refused (names, titles); paragraph fields
            (texts, quotes, descriptions, notes) accept them.
    """
    return _text_problem(value, one_line=one_line) is None


def _fail_text(
    instance: Any, attribute: attrs.Attribute[Any], value: Any, *, one_line: bool, optional: bool
) -> None:
    problem = _text_problem(value, one_line=one_line)
    if problem is not None:
        fail(instance, attribute, value, f"must be {'None or ' if optional else ''}{problem}")


def _text_validator(unsafe: re.Pattern[str], *, one_line: bool, optional: bool, doc: str) -> FieldValidator:
    """One of the four text validators below: on the read path of every text field.

    The common case (printable, starting with a visible character: certainly so when
    ASCII, since the text has no surrounding space) is tested inline, in C calls only;
    anything else goes to `_is_safe` and, when it fails, to the reason.
    """

    def check(instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
        if (value is None and optional) or (
            type(value) is str
            and value
            and value == value.strip()
            and (
                (value.isprintable() and (value.isascii() or value[0] not in _PRINTABLE_INVISIBLE))
                or _is_safe(value, unsafe)
            )
        ):
            return
        _fail_text(instance, attribute, value, one_line=one_line, optional=optional)

    check.__doc__ = doc
    return described(TEXT_SCHEMA, one_line=one_line, optional=optional)(check)


text = _text_validator(
    _UNSAFE_IN_LINE,
    one_line=True,
    optional=False,
    doc="One line of text: non-empty, no surrounding whitespace, safe to print (see `is_text`).",
)
optional_text = _text_validator(
    _UNSAFE_IN_LINE, one_line=True, optional=True, doc="``None`` or one line of text (see `text`)."
)
paragraphs = _text_validator(
    _UNSAFE_IN_TEXT,
    one_line=False,
    optional=False,
    doc="Text that may hold line breaks and tabs, otherwise as `text`.",
)
optional_paragraphs = _text_validator(
    _UNSAFE_IN_TEXT,
    one_line=False,
    optional=True,
    doc="``None`` or text that may hold line breaks (see `paragraphs`).",
)


# -- Which items of a tuple a validator refuses. A validator judges the whole tuple
# (attrs calls it once per field); when it fails, the reader of a JSON document wants
# the item at fault, at its own path: `$.languages[1]`, not `$.languages`. Such a
# validator carries ``item_reason`` (why one item is refused) and ``distinct``.


def item_reasons(validator: Callable[..., Any], value: tuple[Any, ...]) -> list[tuple[int, str]] | None:
    """The items of ``value`` that ``validator`` refuses, each with why; ``None`` if not an item's fault."""
    reason_of: ItemReason | None = getattr(validator, "item_reason", None)
    if reason_of is None:
        return None
    distinct = bool(getattr(validator, "distinct", False))
    found = []
    seen: set[Any] = set()
    for index, item in enumerate(value):
        reason = reason_of(item)
        if reason is None and distinct and item in seen:
            reason = "must not repeat an earlier item: the items must be distinct"
        seen.add(item)
        if reason is not None:
            found.append((index, reason))
    return found or None


def identifier_reason(item: Any) -> str | None:
    """Why ``item`` is not a record identifier, or ``None`` (an ``item_reason``)."""
    return None if is_identifier(item) else f"must be an identifier matching {ID_PATTERN}"


def _text_reason(item: Any) -> str | None:
    problem = _text_problem(item, one_line=True)
    return None if problem is None else f"must be {problem}"


def _language_reason(item: Any) -> str | None:
    return None if is_language(item) else _LANGUAGE_REASON


def _no_item_reason(item: Any) -> str | None:
    return None


def is_identifier(value: object) -> bool:
    """Whether ``value`` is a valid record identifier (see `ID_PATTERN`)."""
    return isinstance(value, str) and _ID_RE.fullmatch(value) is not None


@described(ID_SCHEMA)
def identifier(instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
    """A record identifier such as ``"putin"`` or ``"ru-kz-2025"``."""
    if type(value) is str and _ID_MATCH(value) is not None:
        return
    if not is_identifier(value):
        fail(instance, attribute, value, f"must be an identifier matching {ID_PATTERN}")


@described(ID_SCHEMA, optional=True)
def optional_identifier(instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
    """``None`` or a record identifier."""
    if value is None or (type(value) is str and _ID_MATCH(value) is not None):
        return
    identifier(instance, attribute, value)


@described(array_schema(ID_SCHEMA), item_reason=identifier_reason, distinct=False)
def identifiers(instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
    """A tuple (or a list) of record identifiers."""
    if type(value) is tuple:
        for v in value:
            if type(v) is not str or _ID_MATCH(v) is None:
                break
        else:
            return
    if retry(instance, attribute, value, as_tuple, identifiers):
        return
    if not isinstance(value, tuple) or not all(is_identifier(v) for v in value):
        fail(instance, attribute, value, f"must be a tuple of identifiers matching {ID_PATTERN}")


@described(array_schema(TEXT_SCHEMA), item_reason=_text_reason, distinct=False)
def texts(instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
    """A tuple (or a list) of lines of text (see `text`)."""
    if type(value) is tuple:
        for item in value:
            if not (
                type(item) is str
                and item
                and item == item.strip()
                and item.isprintable()
                and (item.isascii() or item[0] not in _PRINTABLE_INVISIBLE)
            ):
                break
        else:
            return  # the common case
    if retry(instance, attribute, value, as_tuple, texts):
        return
    if not isinstance(value, tuple):
        fail(instance, attribute, value, "must be a tuple of non-empty strings")
    for item in value:
        problem = _text_problem(item, one_line=True)
        if problem is not None:
            fail(instance, attribute, value, f"must be a tuple of non-empty strings, each {problem}")


def is_language(value: object) -> bool:
    """Whether ``value`` is a language tag whose language ISO 639 knows."""
    if not isinstance(value, str) or _LANG_RE.fullmatch(value) is None:
        return False
    return _known_language(value.split("-", 1)[0])


@functools.lru_cache(maxsize=1024)
def _known_language(primary: str) -> bool:
    import pycountry

    if len(primary) == 2:
        return pycountry.languages.get(alpha_2=primary) is not None
    return pycountry.languages.get(alpha_3=primary) is not None


_LANGUAGE_REASON = "must be a language tag with an ISO 639 language, like 'en' or 'ru'"


@described(LANGUAGE_SCHEMA)
def language(instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
    """A BCP 47 language tag such as ``"en"``, ``"ru"`` or ``"kk-Cyrl"``."""
    if not is_language(value):
        fail(instance, attribute, value, _LANGUAGE_REASON)


@described(LANGUAGE_SCHEMA, optional=True)
def optional_language(instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
    """``None`` or a language tag."""
    if value is not None:
        language(instance, attribute, value)


@described(array_schema(LANGUAGE_SCHEMA, uniqueItems=True), item_reason=_language_reason, distinct=True)
def languages(instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
    """A tuple (or a list) of distinct language tags."""
    if type(value) is not tuple and retry(instance, attribute, value, as_tuple, languages):
        return
    if (
        not isinstance(value, tuple)
        or not all(is_language(x) for x in value)
        or len(set(value)) != len(value)
    ):
        fail(instance, attribute, value, "must be a tuple of distinct language tags like 'ru' or 'kk'")


def member(enum_cls: type[enum.Enum]) -> FieldValidator:
    """A member of ``enum_cls``, or its value (``"treaty"``), which becomes the member.

    The validator's ``enum`` is ``enum_cls``.

    Example:
        >>> from treatymodel import AgreementKind
        >>> member(AgreementKind).enum
        <enum 'AgreementKind'>
    """
    allowed = ", ".join(repr(m.value) for m in enum_cls)

    def convert(value: Any) -> Any:
        return as_instance(value, enum_cls)

    def check(instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
        if type(value) is not enum_cls and not isinstance(value, enum_cls):
            if retry(instance, attribute, value, convert, check):
                return
            fail(instance, attribute, value, f"must be a {enum_cls.__name__} ({allowed})")

    return described({}, enum=enum_cls, optional=False)(check)


def optional_member(enum_cls: type[enum.Enum]) -> FieldValidator:
    """``None`` or a member of ``enum_cls`` (the validator's ``enum``)."""
    inner = member(enum_cls)

    def check(instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
        if value is not None:
            inner(instance, attribute, value)

    return described({}, enum=enum_cls, optional=True)(check)


def members(enum_cls: type[enum.Enum], *, non_empty: bool = False) -> FieldValidator:
    """A tuple (or a list) of distinct members of ``enum_cls``, or of their values.

    The validator's ``enum`` is ``enum_cls``, its ``non_empty`` whether it asks for one
    member at least.
    """

    def convert(value: Any) -> Any:
        return as_tuple(value, enum_cls)

    def check(instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
        if type(value) is tuple and len(value) == 1 and type(value[0]) is enum_cls:  # the common case
            return
        ok = (
            isinstance(value, tuple)
            and all(isinstance(v, enum_cls) for v in value)
            and len(set(value)) == len(value)
            and (bool(value) or not non_empty)
        )
        if not ok and not retry(instance, attribute, value, convert, check):
            qualifier = "non-empty tuple" if non_empty else "tuple"
            fail(instance, attribute, value, f"must be a {qualifier} of distinct {enum_cls.__name__} members")

    schema = {"uniqueItems": True, "minItems": 1} if non_empty else {"uniqueItems": True}
    return described(schema, enum=enum_cls, non_empty=non_empty, item_reason=_no_item_reason, distinct=True)(
        check
    )


def instance_of(cls: type | tuple[type, ...]) -> FieldValidator:
    """An instance of ``cls``; ``bool`` is never accepted where ``int`` is asked.

    An obvious spelling of one is converted (see `treatymodel._converters.as_instance`):
    a ``datetime.date`` or an ISO string for a date, a state code for a state reference.
    The validator's ``types`` is the tuple of the accepted classes.

    Example:
        >>> from treatymodel import PartialDate
        >>> instance_of(PartialDate).types
        (<class 'treatymodel.dates.PartialDate'>,)
    """
    names = " or ".join(c.__name__ for c in (cls if isinstance(cls, tuple) else (cls,)))
    exact = frozenset(_as_tuple(cls)) - {int}  # int: a bool is an int, and is refused
    bool_ok = bool in _as_tuple(cls)

    def convert(value: Any) -> Any:
        return as_instance(value, cls)

    def check(instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
        if type(value) in exact:
            return
        if not isinstance(value, cls) or (isinstance(value, bool) and not bool_ok):
            if retry(instance, attribute, value, convert, check):
                return
            fail(instance, attribute, value, f"must be a {names}")

    return described({}, types=_as_tuple(cls), optional=False)(check)


def optional_instance_of(cls: type | tuple[type, ...]) -> FieldValidator:
    """``None`` or an instance of ``cls`` (the validator's ``types``)."""
    inner = instance_of(cls)

    def check(instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
        if value is not None:
            inner(instance, attribute, value)

    return described({}, types=_as_tuple(cls), optional=True)(check)


def tuple_of(cls: type | tuple[type, ...], *, non_empty: bool = False) -> FieldValidator:
    """A tuple (or a list) whose items are all instances of ``cls`` (or obvious spellings of one).

    The validator's ``types`` is the tuple of the accepted classes, its ``non_empty``
    whether it asks for one item at least.

    Example:
        >>> from treatymodel import Title
        >>> check = tuple_of(Title, non_empty=True)
        >>> check.types, check.non_empty, dict(check.json_schema)
        ((<class 'treatymodel.values.Title'>,), True, {'minItems': 1})
    """
    names = " or ".join(c.__name__ for c in (cls if isinstance(cls, tuple) else (cls,)))
    exact = frozenset(_as_tuple(cls))

    def convert(value: Any) -> Any:
        return as_tuple(value, cls)

    def refuse(instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
        if not retry(instance, attribute, value, convert, check):
            fail(instance, attribute, value, f"must be a tuple of {names}")

    def check(instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
        if type(value) is tuple:
            for v in value:
                if type(v) not in exact and not isinstance(v, cls):
                    refuse(instance, attribute, value)
                    return
        elif not isinstance(value, tuple) or not all(isinstance(v, cls) for v in value):
            refuse(instance, attribute, value)
            return
        if non_empty and not value:
            fail(instance, attribute, value, f"must hold at least one {names}")

    return described({"minItems": 1} if non_empty else {}, types=_as_tuple(cls), non_empty=non_empty)(check)


@described({"minimum": 0})
def count(instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
    """An ``int`` of 0 or more (``bool`` is not accepted)."""
    if type(value) is not int or value < 0:
        fail(instance, attribute, value, "must be an int of 0 or more")


@described({"minimum": 0}, optional=True)
def optional_count(instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
    """``None`` or an ``int`` of 0 or more."""
    if value is not None:
        count(instance, attribute, value)


#: The longest term an agreement may have: 1,000 years. Treaties run for years or
#: decades (the longest leases, 99 years); the bound keeps every date computed from a
#: term within what a calendar date can hold, and every number within what JSON
#: readers hold exactly.
MAX_YEARS = 1000
MAX_MONTHS = 12 * MAX_YEARS


@described({"minimum": 0, "maximum": MAX_YEARS})
def years(instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
    """A number of years: an ``int`` from 0 to 1,000 (`MAX_YEARS`)."""
    if type(value) is not int or not 0 <= value <= MAX_YEARS:
        fail(instance, attribute, value, f"must be an int from 0 to {MAX_YEARS:,}")


@described({"minimum": 0, "maximum": MAX_MONTHS})
def months(instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
    """A number of months: an ``int`` from 0 to 12,000 (`MAX_MONTHS`, 1,000 years)."""
    if type(value) is not int or not 0 <= value <= MAX_MONTHS:
        fail(instance, attribute, value, f"must be an int from 0 to {MAX_MONTHS:,}")


@described({}, optional=True)
def optional_bool(instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
    """``None`` (unknown), ``True`` or ``False``."""
    if value is not None and not isinstance(value, bool):
        fail(instance, attribute, value, "must be None, True or False")


@described({})
def boolean(instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
    """``True`` or ``False``."""
    if not isinstance(value, bool):
        fail(instance, attribute, value, "must be True or False")


@described({}, optional=True)
def optional_time(instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
    """``None`` or a naive `datetime.time` without microseconds."""
    if value is not None and (
        not isinstance(value, dt.time) or value.tzinfo is not None or value.microsecond
    ):
        fail(instance, attribute, value, "must be None or a datetime.time without timezone or microseconds")


@described({}, optional=True)
def optional_duration(instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
    """``None`` or a positive `datetime.timedelta` in whole seconds."""
    if value is not None and (
        not isinstance(value, dt.timedelta) or value <= dt.timedelta(0) or value.microseconds
    ):
        fail(instance, attribute, value, "must be None or a positive datetime.timedelta of whole seconds")


def is_url(value: object) -> bool:
    """Whether ``value`` is an absolute ``http``/``https`` URL valid under RFC 3986."""
    return (
        isinstance(value, str)
        and _HTTP_URL.fullmatch(value) is not None
        and ("%" not in value or _BAD_PERCENT.search(value) is None)
    )


@described(URL_SCHEMA, optional=True)
def url(instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
    """``None`` or an absolute ``http``/``https`` URL valid under RFC 3986 (ASCII, percent-encoded)."""
    if value is None or (type(value) is str and _HTTP_URL_MATCH(value) is not None and "%" not in value):
        return  # the common case, inline
    if not is_url(value):
        fail(
            instance,
            attribute,
            value,
            "must be None or an absolute http(s) URL under RFC 3986: ASCII, with a host, and no "
            "spaces, quotes, angle brackets or control characters unless percent-encoded",
        )


def _as_tuple(cls: type | tuple[type, ...]) -> tuple[type, ...]:
    return cls if isinstance(cls, tuple) else (cls,)
