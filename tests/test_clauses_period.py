"""`Period.after` against dateutil's relativedelta, whose calendar arithmetic it writes out."""

from __future__ import annotations

import datetime as dt

from dateutil.relativedelta import relativedelta
from hypothesis import given, settings
from hypothesis import strategies as st

from treatymodel import Period


def _relativedelta_after(period: Period, day: dt.date) -> dt.date:
    try:
        return day + relativedelta(years=period.years, months=period.months, days=period.days)
    except (ValueError, OverflowError):
        return dt.date.max


@settings(max_examples=2000)
@given(
    st.dates(),
    st.builds(
        Period,
        years=st.integers(0, 1000),
        months=st.integers(0, 12_000),
        days=st.integers(0, 366_000),
    ),
)
def test_after_is_relativedelta_arithmetic(day: dt.date, period: Period) -> None:
    assert period.after(day) == _relativedelta_after(period, day)


def test_month_ends_and_leap_days() -> None:
    # One month after 31 January is the last day of February; a year after 29 February
    # is 28 February (the VCLT's "twelve months" after a notice given on a leap day).
    assert Period(months=1).after(dt.date(2024, 1, 31)) == dt.date(2024, 2, 29)
    assert Period(months=1).after(dt.date(2025, 1, 31)) == dt.date(2025, 2, 28)
    assert Period(years=1).after(dt.date(2024, 2, 29)) == dt.date(2025, 2, 28)
    assert Period(months=12).after(dt.date(2024, 2, 29)) == dt.date(2025, 2, 28)
    assert Period(years=1, days=1).after(dt.date(2024, 2, 29)) == dt.date(2025, 3, 1)
    assert Period().after(dt.date(2025, 11, 12)) == dt.date(2025, 11, 12)


def test_past_the_calendar() -> None:
    assert Period(years=1).after(dt.date(9999, 6, 1)) == dt.date.max
    assert Period(days=2).after(dt.date(9999, 12, 30)) == dt.date.max
