from __future__ import annotations

import datetime as dt

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

import treatymodel as tm
from conftest import assert_rejects
from strategies import partial_dates
from treatymodel import PartialDate, Precision

P = PartialDate.parse


@pytest.mark.parametrize(
    ("text", "parts", "precision"),
    [
        ("1992", (1992, None, None), Precision.YEAR),
        ("1993-05", (1993, 5, None), Precision.MONTH),
        ("2025-11-12", (2025, 11, 12), Precision.DAY),
        ("0001", (1, None, None), Precision.YEAR),
        ("9999-12-31", (9999, 12, 31), Precision.DAY),
        ("2024-02-29", (2024, 2, 29), Precision.DAY),
    ],
)
def test_parse(text: str, parts: tuple[int, int | None, int | None], precision: Precision) -> None:
    date = P(text)
    assert (date.year, date.month, date.day) == parts
    assert date.precision is precision
    assert date.isoformat() == text
    assert str(date) == text


@pytest.mark.parametrize(
    "text",
    [
        "2025-02-30",
        "2023-02-29",
        "1900-02-29",
        "2025-13",
        "2025-00",
        "2025-11-31",
        "0000",
        "0000-01-01",
        "25",
        "2025-1-1",
        "2025/11/12",
        " 2025",
        "",
        "2025-11-12T10:00",
        "двадцать",
    ],
)
def test_parse_rejects_invalid_dates(text: str) -> None:
    with pytest.raises(tm.FieldError) as info:
        P(text)
    assert isinstance(info.value, ValueError)
    assert info.value.owner == "PartialDate"


def test_parse_rejects_non_strings() -> None:
    with pytest.raises(tm.FieldError):
        P(20251112)  # type: ignore[arg-type]


VALID = {"year": 2025, "month": 11, "day": 12}


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("year", 0),
        ("year", 10000),
        ("year", -44),
        ("year", "2025"),
        ("year", True),
        ("year", 2025.0),
        ("month", 0),
        ("month", 13),
        ("month", "11"),
        ("month", False),
        ("day", 0),
        ("day", 31),
        ("day", "12"),
        ("day", True),
    ],
)
def test_field_validators(field: str, value: object) -> None:
    assert_rejects(PartialDate, VALID, field, value)


def test_day_without_month_is_rejected() -> None:
    error = assert_rejects(PartialDate, {"year": 2025}, "day", 12)
    assert "without a month" in error.reason


@pytest.mark.parametrize(
    ("text", "earliest", "latest"),
    [
        ("2024", dt.date(2024, 1, 1), dt.date(2024, 12, 31)),
        ("2024-02", dt.date(2024, 2, 1), dt.date(2024, 2, 29)),
        ("2023-02", dt.date(2023, 2, 1), dt.date(2023, 2, 28)),
        ("1900-02", dt.date(1900, 2, 1), dt.date(1900, 2, 28)),
        ("2000-02", dt.date(2000, 2, 1), dt.date(2000, 2, 29)),
        ("1993-05", dt.date(1993, 5, 1), dt.date(1993, 5, 31)),
        ("1991-12-26", dt.date(1991, 12, 26), dt.date(1991, 12, 26)),
    ],
)
def test_earliest_and_latest(text: str, earliest: dt.date, latest: dt.date) -> None:
    assert P(text).earliest() == earliest
    assert P(text).latest() == latest


def test_as_date_only_when_the_day_is_known() -> None:
    assert P("2025-11-12").as_date() == dt.date(2025, 11, 12)
    assert P("2025-11").as_date() is None
    assert P("2025").as_date() is None


def test_of_date() -> None:
    assert PartialDate.of(dt.date(1992, 5, 25)) == P("1992-05-25")
    assert PartialDate.of(dt.datetime(1992, 5, 25, 12, 0)) == P("1992-05-25")
    with pytest.raises(tm.FieldError):
        PartialDate.of("1992-05-25")  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("outer", "inner", "contains"),
    [
        ("1993-05", "1993-05-20", True),
        ("1993-05", "1993-05", True),
        ("1993", "1993-05", True),
        ("1993-05", "1993", False),
        ("1993-05", "1993-06-01", False),
        ("2025-11-12", "2025-11-12", True),
    ],
)
def test_contains(outer: str, inner: str, contains: bool) -> None:
    assert P(outer).contains(P(inner)) is contains


def test_contains_accepts_plain_dates() -> None:
    assert P("2025-11").contains(dt.date(2025, 11, 12))
    assert not P("2025-11").contains(dt.date(2025, 12, 1))


@pytest.mark.parametrize(
    ("a", "b", "overlaps", "before", "after"),
    [
        ("1993", "1993-05-20", True, False, False),
        ("1992", "1993-01", False, True, False),
        ("1993-06", "1993-05-31", False, False, True),
        ("2025-11-11", "2025-11-12", False, True, False),
        ("2025-11", "2025-11-12", True, False, False),
        ("2025", "2026-01-01", False, True, False),
    ],
)
def test_overlaps_before_after(a: str, b: str, overlaps: bool, before: bool, after: bool) -> None:
    assert P(a).overlaps(P(b)) is overlaps
    assert P(a).is_before(P(b)) is before
    assert P(a).is_after(P(b)) is after


def test_ordering_coarser_first_on_same_start() -> None:
    assert P("1993") < P("1993-01") < P("1993-01-01")
    assert sorted([P("1993-01-01"), P("1992-12-31"), P("1993"), P("1993-01")]) == [
        P("1992-12-31"),
        P("1993"),
        P("1993-01"),
        P("1993-01-01"),
    ]
    assert P("1993-05-02") > P("1993-05")
    assert P("1993-05") >= P("1993-05")
    assert P("1993") <= P("1993")


def test_equality_is_exact() -> None:
    assert P("1993") != P("1993-01")
    assert P("1993-01") == PartialDate(year=1993, month=1)
    assert len({P("1993"), P("1993"), P("1993-01")}) == 2


def test_comparison_with_other_types_is_not_supported() -> None:
    with pytest.raises(TypeError):
        _ = P("1993") < dt.date(1993, 1, 1)  # type: ignore[operator]


def test_is_frozen() -> None:
    date = P("2025-11-12")
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        date.day = 13  # type: ignore[misc]


def test_evolve_reruns_validators() -> None:
    assert attrs.evolve(P("2024-02-29"), year=2028) == P("2028-02-29")
    with pytest.raises(tm.FieldError) as info:
        attrs.evolve(P("2024-02-29"), year=2025)
    assert info.value.field == "day"


@given(partial_dates())
def test_isoformat_round_trips(date: PartialDate) -> None:
    assert P(date.isoformat()) == date


@given(partial_dates())
def test_earliest_not_after_latest_and_self_containment(date: PartialDate) -> None:
    assert date.earliest() <= date.latest()
    assert date.contains(date)
    assert date.overlaps(date)
    assert not date.is_before(date)
    assert not date.is_after(date)
    assert attrs.evolve(date) == date


@given(partial_dates(), partial_dates())
def test_ordering_is_consistent_with_earliest(a: PartialDate, b: PartialDate) -> None:
    if a.earliest() < b.earliest():
        assert a < b
    if a.is_before(b):
        assert a < b
        assert not b.is_before(a)
        assert b.is_after(a)
    assert (a < b) + (a == b) + (a > b) == 1


@given(st.dates())
def test_every_day_is_contained_by_its_month_and_year(day: dt.date) -> None:
    exact = PartialDate.of(day)
    month = PartialDate(year=day.year, month=day.month)
    year = PartialDate(year=day.year)
    assert year.contains(month)
    assert month.contains(exact)
    assert year.contains(exact)
    assert year < month < exact
