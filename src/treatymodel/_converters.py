"""The obvious spellings of a field's value, converted: friendlier construction.

A constructor accepts what a person writing Python writes: an enum's value
(``Agreement(kind="treaty")``), a ``datetime.date`` or an ISO string where a date is
expected, a list where a tuple is, and a state's alpha-3 code where a reference to a
state (or to a party) is. Everything else is refused as before, with the same message.

The field validators of `treatymodel._validators` call `retry` only on
their slow path, when the value is not already of the right type, and keep the
converted value. The JSON reader always builds the right types, so it never gets
there: reading pays nothing for the conversions (an attrs ``converter`` would cost a
call per field of every record read, about 3% of reading a large dossier). A new
field adopts them by using those validators.

A type checker still sees each field's precise type: with mypy, write the enum
member or ``tm.PartialDate`` (or silence the line) where a spelling is converted.
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Callable
from typing import Any

import attrs

from treatymodel.errors import FieldError

__all__ = ["as_instance", "as_tuple", "retry"]


def retry(
    instance: Any,
    attribute: attrs.Attribute[Any],
    value: Any,
    convert: Callable[[Any], Any],
    check: Callable[[Any, attrs.Attribute[Any], Any], None],
) -> bool:
    """Convert ``value``; keep the result on ``instance`` if ``check`` accepts it.

    Returns:
        Whether the converted value was accepted and set. ``False`` when nothing
        converts or the result is still refused: the caller then refuses ``value``
        itself, so the message names what was given, not what it became.
    """
    converted = convert(value)
    if converted is value:
        return False
    try:
        check(instance, attribute, converted)
    except FieldError:
        return False
    # The instance is frozen, and attrs runs validators after every field is set and
    # before __attrs_post_init__: the record is still being built.
    object.__setattr__(instance, attribute.name, converted)
    return True


def as_instance(value: Any, expected: type | tuple[type, ...]) -> Any:
    """``value`` as one of the ``expected`` types, when it is an obvious spelling of one; else ``value``.

    - an enum's value string gives the member (``"treaty"`` for ``AgreementKind``);
    - a ``datetime.date`` or an ISO string gives a ``PartialDate`` (an EDTF string an
      ``UncertainDate`` where one is accepted);
    - an ISO 3166-1 alpha-3 code gives a ``StateRef`` where only a state or an
      organization can be (never where a person or an office could be meant).
    """
    from treatymodel.dates import PartialDate, UncertainDate, parse_date
    from treatymodel.refs import OrganizationRef, StateRef

    types = expected if isinstance(expected, tuple) else (expected,)
    if type(value) is dt.date and PartialDate in types:
        return PartialDate.of(value)
    if not isinstance(value, str):
        return value
    if PartialDate in types or UncertainDate in types:
        try:
            return parse_date(value) if UncertainDate in types else PartialDate.parse(value)
        except FieldError:
            return value
    if StateRef in types and all(cls is StateRef or cls is OrganizationRef for cls in types):
        from treatymodel._validators import country_record

        return StateRef(code=value) if country_record(value) is not None else value
    for cls in types:
        if isinstance(cls, type) and issubclass(cls, enum.Enum):
            try:
                return cls(value)
            except ValueError:
                pass
    return value


def as_tuple(value: Any, expected: type | tuple[type, ...] | None = None) -> Any:
    """A list (or tuple) as a tuple, each item converted by `as_instance`; anything else unchanged.

    Returns ``value`` itself when it is a tuple that nothing changes, so that a
    validator that retries stops.
    """
    if type(value) is not list and type(value) is not tuple:
        return value  # a str, a set, a generator: not an obvious spelling of a tuple
    items = list(value) if expected is None else [as_instance(item, expected) for item in value]
    if type(value) is tuple and all(new is old for new, old in zip(items, value, strict=True)):
        return value
    return tuple(items)
