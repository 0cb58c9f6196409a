"""Partial and uncertain dates: dates known to the year, the month or the day, or not exactly.

Many real dates in treaty records are known only to the year ("signed in 1992") or
the month ("ratified in May 1993"). `PartialDate` keeps exactly the
precision that is known and never invents a day. `UncertainDate` holds what
sources say when they are less sure still, written as the Extended Date/Time
Format (EDTF, ISO 8601-2) writes it: ``2025-11-12?`` (uncertain), ``2025-11-12~``
(approximate), ``[2024-06-18,2024-06-19]`` (one of these days) and
``2024-06-18/2024-06-19`` (some day in this interval). A date that is not known at
all is ``None``.

Example:
    >>> from treatymodel import PartialDate
    >>> may = PartialDate.parse("1993-05")
    >>> may.precision
    <Precision.MONTH: 'month'>
    >>> may.contains(PartialDate.parse("1993-05-20"))
    True
    >>> str(may), may.earliest(), may.latest()
    ('1993-05', datetime.date(1993, 5, 1), datetime.date(1993, 5, 31))
"""

from __future__ import annotations

import calendar
import datetime as dt
import enum
import functools
import re
from typing import Any, NamedTuple, TypeAlias

import attrs

from treatymodel._fielddocs import documented
from treatymodel._validators import fail
from treatymodel.errors import FieldError

__all__ = [
    "EDTF_PATTERN",
    "DateLike",
    "DateValue",
    "PARTIAL_DATE_PATTERN",
    "DateQualifier",
    "PartialDate",
    "Precision",
    "UncertainDate",
    "as_date_value",
    "parse_date",
]

#: The exchange form of a partial date: ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``.
PARTIAL_DATE_PATTERN = r"^[0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?$"
_PARTIAL_DATE_RE = re.compile(PARTIAL_DATE_PATTERN)


class Precision(enum.StrEnum):
    """How precisely a `PartialDate` is known."""

    YEAR = "year"
    """Only the year is known."""
    MONTH = "month"
    """The year and the month are known."""
    DAY = "day"
    """The exact day is known."""


def _year(instance: PartialDate, attribute: attrs.Attribute[Any], value: Any) -> None:
    if not isinstance(value, int) or isinstance(value, bool) or not 1 <= value <= 9999:
        fail(instance, attribute, value, "must be an int from 1 to 9999")


def _month(instance: PartialDate, attribute: attrs.Attribute[Any], value: Any) -> None:
    if value is None:
        return
    if not isinstance(value, int) or isinstance(value, bool) or not 1 <= value <= 12:
        fail(instance, attribute, value, "must be None or an int from 1 to 12")


def _day(instance: PartialDate, attribute: attrs.Attribute[Any], value: Any) -> None:
    if value is None:
        return
    if not isinstance(value, int) or isinstance(value, bool):
        fail(instance, attribute, value, "must be None or an int from 1 to 31")
    month = instance.month
    if month is None:
        fail(instance, attribute, value, "cannot be given without a month")
        return
    last = calendar.monthrange(instance.year, month)[1]
    if not 1 <= value <= last:
        fail(
            instance,
            attribute,
            value,
            f"must be from 1 to {last} in {instance.year:04d}-{instance.month:02d}",
        )


class _Days(NamedTuple):
    """The first and the last day a date may stand for: its `earliest` and `latest`, as one pair."""

    first: dt.date
    last: dt.date


class _DateOps:
    """What partial and uncertain dates answer alike, from the first and last day each may be."""

    __slots__ = ()

    def earliest(self) -> dt.date:  # pragma: no cover - every subclass defines it
        raise NotImplementedError

    def latest(self) -> dt.date:  # pragma: no cover - every subclass defines it
        raise NotImplementedError

    def _key(self) -> tuple[dt.date, int]:  # pragma: no cover - every subclass defines it
        raise NotImplementedError

    def contains(self, other: DateLike) -> bool:
        """Whether every day ``other`` could be lies within the days this date could be.

        ``1993-05`` contains ``1993-05-20`` and itself, but not ``1993``.
        """
        first, last = _bounds(other)
        return self.earliest() <= first and last <= self.latest()

    def overlaps(self, other: DateLike) -> bool:
        """Whether this date and ``other`` could be the same day."""
        first, last = _bounds(other)
        return self.earliest() <= last and first <= self.latest()

    def is_before(self, other: DateLike) -> bool:
        """Whether this date is certainly before ``other`` (no day of it is on or after)."""
        return self.latest() < _bounds(other)[0]

    def is_after(self, other: DateLike) -> bool:
        """Whether this date is certainly after ``other``."""
        return self.earliest() > _bounds(other)[1]

    def __lt__(self, other: object) -> bool:
        if not isinstance(other, _DateOps):
            return NotImplemented
        return self._key() < other._key()

    def __le__(self, other: object) -> bool:
        if not isinstance(other, _DateOps):
            return NotImplemented
        return self._key() <= other._key()

    def __gt__(self, other: object) -> bool:
        if not isinstance(other, _DateOps):
            return NotImplemented
        return self._key() > other._key()

    def __ge__(self, other: object) -> bool:
        if not isinstance(other, _DateOps):
            return NotImplemented
        return self._key() >= other._key()


@documented
@attrs.frozen(kw_only=True, order=False)
class PartialDate(_DateOps):
    """A calendar date known to the year, the month or the day.

    Equality is exact: ``1993`` and ``1993-05`` are different values. Ordering is
    chronological by the first day the date could be, and a coarser date sorts
    before a finer one that starts on the same day (``1993 < 1993-01 <
    1993-01-01``), so sorting is total and stable. To ask whether one date is
    *certainly* before another, use `is_before`.

    Example:
        >>> from treatymodel import PartialDate
        >>> PartialDate(year=2025, month=11, day=12).isoformat()
        '2025-11-12'
        >>> PartialDate.parse("2025").is_before(PartialDate.parse("2026-01-01"))
        True
    """

    year: int = attrs.field(validator=_year)
    """The year, 1 to 9999."""
    month: int | None = attrs.field(default=None, validator=_month)
    """The month, 1 to 12, or ``None`` when only the year is known."""
    day: int | None = attrs.field(default=None, validator=_day)
    """The day of the month, or ``None`` when it is not known; needs a month."""

    @classmethod
    def parse(cls, value: str) -> PartialDate:
        """Read ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``.

        Raises:
            FieldError: ``value`` is not in one of those forms or is not a real date
                (``2025-02-30``, month ``13``).
        """
        if not isinstance(value, str) or _PARTIAL_DATE_RE.fullmatch(value) is None:
            raise FieldError("PartialDate", "value", value, "must be a date as YYYY, YYYY-MM or YYYY-MM-DD")
        parts = [int(p) for p in value.split("-")]
        if parts[0] == 0:
            raise FieldError("PartialDate", "year", parts[0], "must be an int from 1 to 9999")
        return cls(
            year=parts[0],
            month=parts[1] if len(parts) > 1 else None,
            day=parts[2] if len(parts) > 2 else None,
        )

    @classmethod
    def of(cls, value: dt.date) -> PartialDate:
        """The day-precise partial date of a `datetime.date`."""
        if not isinstance(value, dt.date):
            raise FieldError("PartialDate", "value", value, "must be a datetime.date")
        return cls(year=value.year, month=value.month, day=value.day)

    @property
    def precision(self) -> Precision:
        """How precisely this date is known."""
        if self.day is not None:
            return Precision.DAY
        if self.month is not None:
            return Precision.MONTH
        return Precision.YEAR

    def isoformat(self) -> str:
        """The exchange form: ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``."""
        return self._iso

    # Computed once per date: a dossier read from JSON shares one instance per date
    # string, which the writers, the rules and the lifecycle engine then ask about
    # again and again. Cached properties of a slotted attrs class are slots of their
    # own, outside equality, hashing, the repr and pickles.
    @functools.cached_property
    def _iso(self) -> str:
        if self.month is None:
            return f"{self.year:04d}"
        if self.day is None:
            return f"{self.year:04d}-{self.month:02d}"
        return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"

    @functools.cached_property
    def _first(self) -> dt.date:
        return dt.date(self.year, self.month or 1, self.day or 1)

    @functools.cached_property
    def _days(self) -> _Days:
        return _Days(self._first, self._last)

    @functools.cached_property
    def _last(self) -> dt.date:
        if self.day is not None and self.month is not None:
            return dt.date(self.year, self.month, self.day)
        month = self.month or 12
        return dt.date(self.year, month, calendar.monthrange(self.year, month)[1])

    def __str__(self) -> str:
        return self.isoformat()

    def earliest(self) -> dt.date:
        """The first day this date could be."""
        return self._first

    def latest(self) -> dt.date:
        """The last day this date could be."""
        return self._last

    def as_date(self) -> dt.date | None:
        """The `datetime.date` when the day is known, else ``None``."""
        return self.earliest() if self.day is not None else None

    def _key(self) -> tuple[dt.date, int]:
        return (self.earliest(), _RANK[self.precision])


_RANK = {Precision.YEAR: 0, Precision.MONTH: 1, Precision.DAY: 2}


def _bounds(value: DateLike) -> tuple[dt.date, dt.date]:
    if isinstance(value, _DateOps):
        return value.earliest(), value.latest()
    if type(value) is dt.date:
        return value, value
    read = as_date_value(value)
    return read.earliest(), read.latest()


class DateQualifier(enum.StrEnum):
    """How a source qualifies a date it gives (EDTF level 1)."""

    UNCERTAIN = "uncertain"
    """Written ``?``: the source is not sure of it."""
    APPROXIMATE = "approximate"
    """Written ``~``: about then."""
    UNCERTAIN_APPROXIMATE = "uncertain_approximate"
    """Written ``%``: both."""


_QUALIFIER_MARK = {
    DateQualifier.UNCERTAIN: "?",
    DateQualifier.APPROXIMATE: "~",
    DateQualifier.UNCERTAIN_APPROXIMATE: "%",
}
_MARK_QUALIFIER = {mark: q for q, mark in _QUALIFIER_MARK.items()}
_DATE = r"[0-9]{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12][0-9]|3[01]))?)?"
#: The exchange form of an uncertain date: a partial date qualified with ``?``, ``~`` or
#: ``%``; a set of two or more partial dates in square brackets; or an interval of two.
EDTF_PATTERN = rf"^(?:{_DATE}[?~%]|\[{_DATE}(?:,{_DATE})+\]|{_DATE}/{_DATE})$"
_EDTF_RE = re.compile(EDTF_PATTERN)


@documented
@attrs.frozen(kw_only=True, order=False)
class UncertainDate(_DateOps):
    """A date a source gives less surely than a partial date: qualified, one of a set, or within an interval.

    Written as EDTF (ISO 8601-2) writes it, and read back with `parse`:

    - ``2025-11-12?`` uncertain, ``2025-11-12~`` approximate, ``2025-11-12%`` both: the
      stated date, or one unit of its precision either side (a day, a month or a year);
    - ``[2024-06-18,2024-06-19]``: one of these dates;
    - ``2024-06-18/2024-06-19``: some day from the first to the last.

    `earliest` and `latest` bound every day it may stand for, so the
    rules and queries that ask whether something *certainly* happened read an
    uncertain date as they read a partial one. Equality is exact.

    Example:
        >>> from treatymodel import UncertainDate
        >>> june = UncertainDate.parse("[2024-06-18,2024-06-19]")
        >>> june.earliest(), june.latest()
        (datetime.date(2024, 6, 18), datetime.date(2024, 6, 19))
        >>> str(UncertainDate.parse("2025-11-12~").latest())
        '2025-11-13'
    """

    dates: tuple[PartialDate, ...] = attrs.field()
    """The stated date (qualified form), the dates of the set, or the two ends of the interval; each a
    `PartialDate`.
    """
    qualifier: DateQualifier | None = attrs.field(default=None)
    """How the stated date is qualified, for the qualified form."""
    interval: bool = attrs.field(default=False)
    """Whether ``dates`` are the two ends of an interval."""

    @dates.validator
    def _check_dates(self, attribute: attrs.Attribute[Any], value: Any) -> None:
        if not isinstance(value, tuple) or not value or not all(isinstance(d, PartialDate) for d in value):
            fail(self, attribute, value, "must be a non-empty tuple of PartialDate")

    @qualifier.validator
    def _check_qualifier(self, attribute: attrs.Attribute[Any], value: Any) -> None:
        if value is not None and not isinstance(value, DateQualifier):
            fail(self, attribute, value, "must be None or a DateQualifier")

    def __attrs_post_init__(self) -> None:
        # One of the three forms, each well made: facts about several fields of this one value.
        n = len(self.dates)
        if self.qualifier is not None:
            if n != 1 or self.interval:
                raise FieldError("UncertainDate", "qualifier", self.qualifier, "qualifies exactly one date")
        elif self.interval:
            if n != 2:
                raise FieldError("UncertainDate", "dates", self.dates, "an interval has exactly two ends")
            if self.dates[1].latest() < self.dates[0].earliest():
                raise FieldError(
                    "UncertainDate", "dates", self.dates, "an interval cannot end before it starts"
                )
        elif n < 2 or len(set(self.dates)) != n:
            raise FieldError(
                "UncertainDate", "dates", self.dates, "a set needs two or more distinct dates, or a qualifier"
            )

    @classmethod
    def parse(cls, value: str) -> UncertainDate:
        """Read the EDTF forms above.

        Raises:
            FieldError: ``value`` is not one of them, or names a date that does not exist.
        """
        if not isinstance(value, str) or _EDTF_RE.fullmatch(value) is None:
            raise FieldError(
                "UncertainDate",
                "value",
                value,
                "must be a date qualified with ?, ~ or %, a set like [2024-06-18,2024-06-19], or an"
                " interval like 2024-06-18/2024-06-19",
            )
        if value[-1] in _MARK_QUALIFIER:
            return cls(dates=(PartialDate.parse(value[:-1]),), qualifier=_MARK_QUALIFIER[value[-1]])
        if value.startswith("["):
            return cls(dates=tuple(PartialDate.parse(part) for part in value[1:-1].split(",")))
        start, end = value.split("/")
        return cls(dates=(PartialDate.parse(start), PartialDate.parse(end)), interval=True)

    def isoformat(self) -> str:
        """The EDTF form."""
        if self.qualifier is not None:
            return self.dates[0].isoformat() + _QUALIFIER_MARK[self.qualifier]
        if self.interval:
            return f"{self.dates[0]}/{self.dates[1]}"
        return "[" + ",".join(d.isoformat() for d in self.dates) + "]"

    def __str__(self) -> str:
        return self.isoformat()

    def earliest(self) -> dt.date:
        """The first day it may stand for."""
        if self.qualifier is not None:
            stated = self.dates[0]
            return _step(stated.earliest(), stated.precision, -1)
        return min(d.earliest() for d in self.dates)

    def latest(self) -> dt.date:
        """The last day it may stand for."""
        if self.qualifier is not None:
            stated = self.dates[0]
            return _step(stated.latest(), stated.precision, 1)
        return max(d.latest() for d in self.dates)

    @functools.cached_property
    def _days(self) -> _Days:
        return _Days(self.earliest(), self.latest())

    @property
    def precision(self) -> Precision:
        """The coarsest precision among its dates."""
        return min((d.precision for d in self.dates), key=_RANK.__getitem__)

    @property
    def year(self) -> int | None:
        """The year, when every day it may stand for falls in one; else ``None``."""
        first, last = self.earliest(), self.latest()
        return first.year if first.year == last.year else None

    def _key(self) -> tuple[dt.date, int]:
        return (self.earliest(), len(_RANK))


def _step(day: dt.date, precision: Precision, direction: int) -> dt.date:
    """``day`` moved by one unit of ``precision`` (clamped to the calendar), for qualified dates."""
    from dateutil.relativedelta import relativedelta

    unit = {
        Precision.DAY: relativedelta(days=1),
        Precision.MONTH: relativedelta(months=1),
        Precision.YEAR: relativedelta(years=1),
    }[precision]
    try:
        moved = day + unit if direction > 0 else day - unit
    except (ValueError, OverflowError):
        return dt.date.max if direction > 0 else dt.date.min
    if precision is Precision.MONTH and direction > 0:
        moved = dt.date(moved.year, moved.month, calendar.monthrange(moved.year, moved.month)[1])
    return moved


def parse_date(value: str) -> PartialDate | UncertainDate:
    """Read a date as the exchange format writes it: a `PartialDate`, or an `UncertainDate`.

    Example:
        >>> from treatymodel.dates import parse_date
        >>> type(parse_date("1993-05")).__name__, type(parse_date("1993-05~")).__name__
        ('PartialDate', 'UncertainDate')
    """
    if isinstance(value, str) and _PARTIAL_DATE_RE.fullmatch(value) is not None:
        return PartialDate.parse(value)
    return UncertainDate.parse(value)


DateValue: TypeAlias = PartialDate | UncertainDate
"""A date as a source gives it: partial (``1993-05``) or uncertain (``1993-05~``)."""

DateLike: TypeAlias = PartialDate | UncertainDate | dt.date | str
"""A date as a query takes it: a ``PartialDate``, an ``UncertainDate``, a
``datetime.date`` (a ``datetime`` stands for its day) or its ISO string (``"2025-11-12"``,
``"1993-05"``, ``"2025-11-12?"``)."""


def as_date_value(value: DateLike) -> DateValue:
    """The date a query means, as the model holds dates.

    Raises:
        TypeError: ``value`` is not a date of one of those kinds.
        FieldError: ``value`` is a string that is not a date the exchange format writes.

    Example:
        >>> import datetime as dt
        >>> from treatymodel.dates import as_date_value
        >>> as_date_value(dt.date(2025, 11, 12)) == as_date_value("2025-11-12")
        True
    """
    if type(value) is PartialDate or type(value) is UncertainDate:
        return value
    if isinstance(value, dt.date):
        return PartialDate.of(value.date() if isinstance(value, dt.datetime) else value)
    if isinstance(value, str):
        return parse_date(value)
    raise TypeError(
        "a date must be a PartialDate, an UncertainDate, a datetime.date or an ISO date string, "
        f"got {value!r}"
    )
