"""Strategies and helpers for dates: partial, day-precise and uncertain."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence

from hypothesis import strategies as st

import treatymodel as tm
from treatymodel.strategies._common import _PRECISIONS, Draw, _int, _pick


def _days(start: dt.date, n: int) -> dt.date:
    return start + dt.timedelta(days=n)


def _date_between(draw: Draw, low: dt.date, high: dt.date) -> dt.date:
    return _days(low, _int(draw, 0, (high - low).days))


def _coarsen(day: dt.date, precision: tm.Precision) -> tm.PartialDate:
    if precision is tm.Precision.YEAR:
        return tm.PartialDate(year=day.year)
    if precision is tm.Precision.MONTH:
        return tm.PartialDate(year=day.year, month=day.month)
    return tm.PartialDate.of(day)


def _dated(date: tm.DateValue | None) -> tm.DateValue:
    """A date this module generated itself (never unknown)."""
    assert date is not None
    return date


def _day(d: dt.date) -> tm.PartialDate:
    return tm.PartialDate.of(d)


def _up_to_90_days(draw: Draw, when: tm.PartialDate) -> Callable[[], tm.PartialDate]:
    """A maker of a day from ``when`` up to 90 days after it."""

    def make() -> tm.PartialDate:
        return _day(_days(when.latest(), _int(draw, 0, 90)))

    return make


def _any_precision(draw: Draw, low: dt.date, high: dt.date) -> tm.PartialDate:
    return _coarsen(_date_between(draw, low, high), draw(_PRECISIONS))


def _later(draw: Draw, after: dt.date, min_days: int = 1, max_days: int = 700) -> tm.PartialDate:
    """A date of any precision whose every day is at least ``min_days`` after ``after``."""
    bound = _days(after, min_days)
    day = _days(after, _int(draw, min_days, max_days))
    allowed = [p for p in tm.Precision if _coarsen(day, p).earliest() >= bound]
    return _coarsen(day, _pick(draw, allowed))


def _earlier(draw: Draw, before: dt.date, max_days: int = 400) -> tm.PartialDate:
    """A date of any precision whose every day is on or before ``before``."""
    day = _days(before, -_int(draw, 0, max_days))
    allowed = [p for p in tm.Precision if _coarsen(day, p).latest() <= before]
    return _coarsen(day, _pick(draw, allowed))


def partial_dates(
    min_value: dt.date = dt.date(1, 1, 1),
    max_value: dt.date = dt.date(9999, 12, 31),
    precisions: Sequence[tm.Precision] = tuple(tm.Precision),
) -> st.SearchStrategy[tm.PartialDate]:
    """Partial dates of every precision (year, month, day) from the given range."""
    return st.builds(
        _coarsen, st.dates(min_value=min_value, max_value=max_value), st.sampled_from(list(precisions))
    )


def day_dates(
    min_value: dt.date = dt.date(1900, 1, 1), max_value: dt.date = dt.date(2100, 12, 31)
) -> st.SearchStrategy[tm.PartialDate]:
    """Day-precise partial dates."""
    return partial_dates(min_value, max_value, (tm.Precision.DAY,))


@st.composite
def uncertain_dates(
    draw: Draw, min_value: dt.date = dt.date(1900, 1, 1), max_value: dt.date = dt.date(2100, 12, 31)
) -> tm.UncertainDate:
    """Uncertain dates of every form: qualified (? ~ %), one of a set, or within an interval."""
    first = _any_precision(draw, min_value, max_value)
    form = _int(draw, 0, 2)
    if form == 0:
        return tm.UncertainDate(dates=(first,), qualifier=_pick(draw, list(tm.DateQualifier)))
    second = _later(draw, first.latest(), 1, 400)
    if form == 1:
        return tm.UncertainDate(dates=(first, second))
    return tm.UncertainDate(dates=(first, second), interval=True)


def date_values(
    min_value: dt.date = dt.date(1900, 1, 1), max_value: dt.date = dt.date(2100, 12, 31)
) -> st.SearchStrategy[tm.DateValue]:
    """Partial dates, and now and then an uncertain one."""
    return st.one_of(
        partial_dates(min_value, max_value),
        partial_dates(min_value, max_value),
        uncertain_dates(min_value, max_value),
    )
