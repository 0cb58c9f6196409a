"""Field validators shared by the model classes.

Each validator checks what one field can know on its own and raises
:class:`~treatymodel.errors.FieldError` naming the class and the field.
Cross-record facts (does this person exist? is this date inside the visit?) are
left to :mod:`treatymodel.validation`.
"""

from __future__ import annotations

import datetime as dt
import enum
import functools
import re
from collections.abc import Callable
from typing import Any

import attrs

from treatymodel.errors import FieldError

Validator = Callable[[Any, "attrs.Attribute[Any]", Any], None]

#: Identifiers of records in a dossier: a letter or digit, then letters, digits and
#: ``. _ : -``; at most 200 characters. Readable slugs such as ``ru-kz-2025``.
ID_PATTERN = r"^[A-Za-z0-9][A-Za-z0-9._:\-]{0,199}$"
_ID_RE = re.compile(ID_PATTERN)
_ID_MATCH = _ID_RE.fullmatch
#: Absolute http(s) URLs.
URL_PATTERN = r"^https?://[^\s/$.?#][^\s]*$"
_URL_RE = re.compile(URL_PATTERN)
#: BCP 47 language tags, in the subset the model accepts: a two- or three-letter
#: ISO 639 language, then optional subtags (script, region).
LANG_PATTERN = r"^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$"
_LANG_RE = re.compile(LANG_PATTERN)


@functools.lru_cache(maxsize=1024)
def country_record(code: str) -> Any | None:
    """The pycountry record of an ISO 3166-1 alpha-3 code, current first, then historic."""
    if not isinstance(code, str) or len(code) != 3 or not code.isupper():
        return None
    import pycountry

    record = pycountry.countries.get(alpha_3=code)
    if record is None:
        record = pycountry.historic_countries.get(alpha_3=code)
    return record


def state_code(instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
    """An ISO 3166-1 alpha-3 code, current (``KAZ``) or historic (``SUN``)."""
    if not isinstance(value, str) or country_record(value) is None:
        fail(instance, attribute, value, "must be an ISO 3166-1 alpha-3 code, current or historic")


def optional_state_code(instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
    """``None`` or an ISO 3166-1 alpha-3 code."""
    if value is not None:
        state_code(instance, attribute, value)


def fail(instance: object, attribute: attrs.Attribute[Any], value: object, reason: str) -> None:
    """Raise the :class:`FieldError` for ``attribute`` of ``instance``."""
    raise FieldError(type(instance).__name__, attribute.name, value, reason)


def _is_text(value: object) -> bool:
    return isinstance(value, str) and bool(value) and value == value.strip()


def text(instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
    """A non-empty string with no surrounding whitespace."""
    if type(value) is str and value and value == value.strip():  # the common case, inline
        return
    if not _is_text(value):
        fail(instance, attribute, value, "must be a non-empty string without surrounding whitespace")


def optional_text(instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
    """``None`` or a non-empty string with no surrounding whitespace."""
    if value is None or (type(value) is str and value and value == value.strip()):
        return
    if not _is_text(value):
        fail(
            instance,
            attribute,
            value,
            "must be None or a non-empty string without surrounding whitespace",
        )


def is_identifier(value: object) -> bool:
    """Whether ``value`` is a valid record identifier (see :data:`ID_PATTERN`)."""
    return isinstance(value, str) and _ID_RE.fullmatch(value) is not None


def identifier(instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
    """A record identifier such as ``"putin"`` or ``"ru-kz-2025"``."""
    if type(value) is str and _ID_MATCH(value) is not None:
        return
    if not is_identifier(value):
        fail(instance, attribute, value, f"must be an identifier matching {ID_PATTERN}")


def optional_identifier(instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
    """``None`` or a record identifier."""
    if value is None or (type(value) is str and _ID_MATCH(value) is not None):
        return
    identifier(instance, attribute, value)


def identifiers(instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
    """A tuple of record identifiers."""
    if type(value) is tuple:
        for v in value:
            if type(v) is not str or _ID_MATCH(v) is None:
                break
        else:
            return
    if not isinstance(value, tuple) or not all(is_identifier(v) for v in value):
        fail(instance, attribute, value, f"must be a tuple of identifiers matching {ID_PATTERN}")


def texts(instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
    """A tuple of non-empty strings."""
    if not isinstance(value, tuple) or not all(_is_text(v) for v in value):
        fail(instance, attribute, value, "must be a tuple of non-empty strings")


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


def language(instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
    """A BCP 47 language tag such as ``"en"``, ``"ru"`` or ``"kk-Cyrl"``."""
    if not is_language(value):
        fail(instance, attribute, value, "must be a language tag with an ISO 639 language, like 'en' or 'ru'")


def optional_language(instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
    """``None`` or a language tag."""
    if value is not None:
        language(instance, attribute, value)


def languages(instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
    """A tuple of distinct language tags."""
    if (
        not isinstance(value, tuple)
        or not all(is_language(x) for x in value)
        or len(set(value)) != len(value)
    ):
        fail(instance, attribute, value, "must be a tuple of distinct language tags like 'ru' or 'kk'")


def member(enum_cls: type[enum.Enum]) -> Validator:
    """A member of ``enum_cls`` (its plain string value is not accepted)."""
    allowed = ", ".join(repr(m.value) for m in enum_cls)

    def check(instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
        if type(value) is not enum_cls and not isinstance(value, enum_cls):
            fail(instance, attribute, value, f"must be a {enum_cls.__name__} ({allowed})")

    return check


def optional_member(enum_cls: type[enum.Enum]) -> Validator:
    """``None`` or a member of ``enum_cls``."""
    inner = member(enum_cls)

    def check(instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
        if value is not None:
            inner(instance, attribute, value)

    return check


def members(enum_cls: type[enum.Enum], *, non_empty: bool = False) -> Validator:
    """A tuple of distinct members of ``enum_cls``."""

    def check(instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
        if type(value) is tuple and len(value) == 1 and type(value[0]) is enum_cls:  # the common case
            return
        ok = (
            isinstance(value, tuple)
            and all(isinstance(v, enum_cls) for v in value)
            and len(set(value)) == len(value)
            and (bool(value) or not non_empty)
        )
        if not ok:
            qualifier = "non-empty tuple" if non_empty else "tuple"
            fail(instance, attribute, value, f"must be a {qualifier} of distinct {enum_cls.__name__} members")

    return check


def instance_of(cls: type | tuple[type, ...]) -> Validator:
    """An instance of ``cls``; ``bool`` is never accepted where ``int`` is asked."""
    names = " or ".join(c.__name__ for c in (cls if isinstance(cls, tuple) else (cls,)))
    exact = frozenset(_as_tuple(cls)) - {int}  # int: a bool is an int, and is refused
    bool_ok = bool in _as_tuple(cls)

    def check(instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
        if type(value) in exact:
            return
        if not isinstance(value, cls) or (isinstance(value, bool) and not bool_ok):
            fail(instance, attribute, value, f"must be a {names}")

    return check


def optional_instance_of(cls: type | tuple[type, ...]) -> Validator:
    """``None`` or an instance of ``cls``."""
    inner = instance_of(cls)

    def check(instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
        if value is not None:
            inner(instance, attribute, value)

    return check


def tuple_of(cls: type | tuple[type, ...], *, non_empty: bool = False) -> Validator:
    """A tuple whose items are all instances of ``cls``."""
    names = " or ".join(c.__name__ for c in (cls if isinstance(cls, tuple) else (cls,)))
    exact = frozenset(_as_tuple(cls))

    def check(instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
        if type(value) is tuple:
            for v in value:
                if type(v) not in exact and not isinstance(v, cls):
                    fail(instance, attribute, value, f"must be a tuple of {names}")
        elif not isinstance(value, tuple) or not all(isinstance(v, cls) for v in value):
            fail(instance, attribute, value, f"must be a tuple of {names}")
        if non_empty and not value:
            fail(instance, attribute, value, f"must hold at least one {names}")

    return check


def count(instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
    """An ``int`` of 0 or more (``bool`` is not accepted)."""
    if type(value) is not int or value < 0:
        fail(instance, attribute, value, "must be an int of 0 or more")


def optional_count(instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
    """``None`` or an ``int`` of 0 or more."""
    if value is not None:
        count(instance, attribute, value)


def optional_bool(instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
    """``None`` (unknown), ``True`` or ``False``."""
    if value is not None and not isinstance(value, bool):
        fail(instance, attribute, value, "must be None, True or False")


def boolean(instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
    """``True`` or ``False``."""
    if not isinstance(value, bool):
        fail(instance, attribute, value, "must be True or False")


def optional_time(instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
    """``None`` or a naive :class:`datetime.time` without microseconds."""
    if value is not None and (
        not isinstance(value, dt.time) or value.tzinfo is not None or value.microsecond
    ):
        fail(instance, attribute, value, "must be None or a datetime.time without timezone or microseconds")


def optional_duration(instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
    """``None`` or a positive :class:`datetime.timedelta` in whole seconds."""
    if value is not None and (
        not isinstance(value, dt.timedelta) or value <= dt.timedelta(0) or value.microseconds
    ):
        fail(instance, attribute, value, "must be None or a positive datetime.timedelta of whole seconds")


def url(instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
    """``None`` or an absolute ``http``/``https`` URL without spaces."""
    if value is not None and (not isinstance(value, str) or _URL_RE.fullmatch(value) is None):
        fail(instance, attribute, value, "must be None or an absolute http(s) URL")


def _as_tuple(cls: type | tuple[type, ...]) -> tuple[type, ...]:
    return cls if isinstance(cls, tuple) else (cls,)
