"""Partial dates: dates known to the year, the month or the day.

Many real dates in treaty records are known only to the year ("signed in 1992") or
the month ("ratified in May 1993"). :class:`PartialDate` keeps exactly the
precision that is known and never invents a day.

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
import re
from typing import Any

import attrs

from treatymodel._validators import fail
from treatymodel.errors import FieldError

__all__ = ["PARTIAL_DATE_PATTERN", "PartialDate", "Precision"]

#: The exchange form of a partial date: ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``.
PARTIAL_DATE_PATTERN = r"^[0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?$"
_PARTIAL_DATE_RE = re.compile(PARTIAL_DATE_PATTERN)


class Precision(enum.StrEnum):
    """How precisely a :class:`PartialDate` is known."""

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


@attrs.frozen(kw_only=True, order=False)
class PartialDate:
    """A calendar date known to the year, the month or the day.

    Equality is exact: ``1993`` and ``1993-05`` are different values. Ordering is
    chronological by the first day the date could be, and a coarser date sorts
    before a finer one that starts on the same day (``1993 < 1993-01 <
    1993-01-01``), so sorting is total and stable. To ask whether one date is
    *certainly* before another, use :meth:`is_before`.

    Args:
        year: The year, 1 to 9999.
        month: The month, 1 to 12, or ``None`` when only the year is known.
        day: The day of the month, or ``None`` when it is not known; needs a month.

    Example:
        >>> from treatymodel import PartialDate
        >>> PartialDate(year=2025, month=11, day=12).isoformat()
        '2025-11-12'
        >>> PartialDate.parse("2025").is_before(PartialDate.parse("2026-01-01"))
        True
    """

    year: int = attrs.field(validator=_year)
    """The year."""
    month: int | None = attrs.field(default=None, validator=_month)
    """The month, or ``None`` when only the year is known."""
    day: int | None = attrs.field(default=None, validator=_day)
    """The day, or ``None`` when it is not known."""

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
        """The day-precise partial date of a :class:`datetime.date`."""
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
        if self.month is None:
            return f"{self.year:04d}"
        if self.day is None:
            return f"{self.year:04d}-{self.month:02d}"
        return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"

    def __str__(self) -> str:
        return self.isoformat()

    def earliest(self) -> dt.date:
        """The first day this date could be."""
        return dt.date(self.year, self.month or 1, self.day or 1)

    def latest(self) -> dt.date:
        """The last day this date could be."""
        if self.day is not None and self.month is not None:
            return dt.date(self.year, self.month, self.day)
        month = self.month or 12
        return dt.date(self.year, month, calendar.monthrange(self.year, month)[1])

    def as_date(self) -> dt.date | None:
        """The :class:`datetime.date` when the day is known, else ``None``."""
        return self.earliest() if self.day is not None else None

    def contains(self, other: PartialDate | dt.date) -> bool:
        """Whether every day ``other`` could be lies within this date.

        ``1993-05`` contains ``1993-05-20`` and itself, but not ``1993``.
        """
        first, last = _bounds(other)
        return self.earliest() <= first and last <= self.latest()

    def overlaps(self, other: PartialDate | dt.date) -> bool:
        """Whether this date and ``other`` could be the same day."""
        first, last = _bounds(other)
        return self.earliest() <= last and first <= self.latest()

    def is_before(self, other: PartialDate | dt.date) -> bool:
        """Whether this date is certainly before ``other`` (no day of it is on or after)."""
        return self.latest() < _bounds(other)[0]

    def is_after(self, other: PartialDate | dt.date) -> bool:
        """Whether this date is certainly after ``other``."""
        return self.earliest() > _bounds(other)[1]

    def _key(self) -> tuple[dt.date, int]:
        return (self.earliest(), _RANK[self.precision])

    def __lt__(self, other: PartialDate) -> bool:
        if not isinstance(other, PartialDate):
            return NotImplemented
        return self._key() < other._key()

    def __le__(self, other: PartialDate) -> bool:
        if not isinstance(other, PartialDate):
            return NotImplemented
        return self._key() <= other._key()

    def __gt__(self, other: PartialDate) -> bool:
        if not isinstance(other, PartialDate):
            return NotImplemented
        return self._key() > other._key()

    def __ge__(self, other: PartialDate) -> bool:
        if not isinstance(other, PartialDate):
            return NotImplemented
        return self._key() >= other._key()


_RANK = {Precision.YEAR: 0, Precision.MONTH: 1, Precision.DAY: 2}


def _bounds(value: PartialDate | dt.date) -> tuple[dt.date, dt.date]:
    if isinstance(value, PartialDate):
        return value.earliest(), value.latest()
    if isinstance(value, dt.datetime):
        value = value.date()
    return value, value
