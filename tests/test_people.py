from __future__ import annotations

import attrs
import pytest
from hypothesis import given

import treatymodel as tm
from conftest import assert_rejects, day
from strategies import offices, persons, tenures


def test_presidents(putin: tm.Person, tokayev: tm.Person) -> None:
    assert putin.name == "Vladimir Putin"
    assert [t.lang for t in tokayev.other_names] == ["ru", "kk"]
    assert tokayev.other_names[1].text == "Қасым-Жомарт Тоқаев"


def test_offices_exist_apart_from_holders(president_rus: tm.Office, president_kaz: tm.Office) -> None:
    assert president_rus.title == "President of the Russian Federation"
    assert president_kaz.title == "President of the Republic of Kazakhstan"
    assert president_kaz.represents == tm.StateRef(code="KAZ")
    assert president_rus.single_holder
    assert president_rus.role.represents_without_full_powers


def test_office_of_an_organization() -> None:
    office = tm.Office(
        id="sg-csto",
        title="Secretary General of the CSTO",
        role=tm.OfficeRole.HEAD_OF_ORGANIZATION,
        represents=tm.OrganizationRef(id="csto"),
    )
    assert not office.role.represents_without_full_powers


def test_office_with_many_holders() -> None:
    deputy = tm.Office(
        id="deputy-duma",
        title="Deputy of the State Duma",
        role=tm.OfficeRole.OTHER,
        represents=tm.StateRef(code="RUS"),
        single_holder=False,
    )
    assert not deputy.single_holder


@pytest.mark.parametrize(
    ("role", "free"),
    [
        (tm.OfficeRole.HEAD_OF_STATE, True),
        (tm.OfficeRole.HEAD_OF_GOVERNMENT, True),
        (tm.OfficeRole.FOREIGN_MINISTER, True),
        (tm.OfficeRole.DEPUTY_HEAD_OF_GOVERNMENT, False),
        (tm.OfficeRole.MINISTER, False),
        (tm.OfficeRole.HEAD_OF_DIPLOMATIC_MISSION, False),
        (tm.OfficeRole.REPRESENTATIVE, False),
        (tm.OfficeRole.HEAD_OF_ORGANIZATION, False),
        (tm.OfficeRole.OFFICIAL, False),
        (tm.OfficeRole.OTHER, False),
    ],
)
def test_vclt_article_7_roles(role: tm.OfficeRole, free: bool) -> None:
    assert role.represents_without_full_powers is free


@pytest.mark.parametrize(
    ("on", "covers", "may_cover"),
    [
        ("2025-11-12", True, True),
        ("2012-05-07", True, True),
        ("2012-05-06", False, False),
        ("2012-05", False, True),
        ("2012", False, True),
        ("2013", True, True),
        ("2011", False, False),
    ],
)
def test_putin_tenure_covers(putin_tenure: tm.Tenure, on: str, covers: bool, may_cover: bool) -> None:
    assert putin_tenure.covers(day(on)) is covers
    assert putin_tenure.may_cover(day(on)) is may_cover


@pytest.mark.parametrize(
    ("start", "end", "on", "covers", "may_cover"),
    [
        ("2019", "2022", "2020-06", True, True),
        ("2019", "2022", "2019", False, True),
        ("2019-03", "2019-06", "2019-03", False, True),
        ("2019-03", "2019-06", "2019-04", True, True),
        ("2019-03-20", "2019-06", "2019-03", False, True),
        ("1991-12-10", "1999-12-31", "2000", False, False),
        ("1991-12-10", "1999-12", "1999-12-31", False, True),
    ],
)
def test_tenure_with_partial_dates(start: str, end: str, on: str, covers: bool, may_cover: bool) -> None:
    tenure = tm.Tenure(person="yeltsin", office="president-rus", start=day(start), end=day(end))
    assert tenure.covers(day(on)) is covers
    assert tenure.may_cover(day(on)) is may_cover


def test_tenure_without_dates_covers_no_day_but_may_cover_any() -> None:
    # Dates unknown is not "every day": office_holders would name two presidents at once.
    undated = tm.Tenure(person="nazarbayev", office="president-kaz")
    assert not undated.covers(day("1995"))
    assert not undated.covers(day("1995-01-01"))
    assert undated.may_cover(day("1995-01-01"))


def test_tenure_held_on_a_reported_day_covers_that_day_only() -> None:
    # "Met by First Deputy Prime Minister Manturov" on the first day of the 2025 visit.
    reported = tm.Tenure(person="manturov", office="first-deputy-pm-rus", held_on=(day("2025-11-11"),))
    assert reported.covers(day("2025-11-11"))
    assert not reported.covers(day("2025-11-12"))
    assert not reported.covers(day("2025-11"))
    assert reported.may_cover(day("2030-01-01"))


def test_undated_tenures_do_not_make_two_presidents() -> None:
    d = tm.Dossier(
        id="d",
        title="D",
        persons=(
            tm.Person(id="nazarbayev", name="Nursultan Nazarbayev"),
            tm.Person(id="tokayev", name="Kassym-Jomart Tokayev"),
        ),
        tenures=(
            tm.Tenure(person="nazarbayev", office="president-kaz"),
            tm.Tenure(person="tokayev", office="president-kaz", start=day("2019-03-20")),
        ),
    )
    assert [p.id for p in d.office_holders("president-kaz", day("2025-11-12"))] == ["tokayev"]
    assert d.office_holders("president-kaz", day("2000-01-01")) == ()


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("id", ""),
        ("id", "Vladimir Putin"),
        ("id", "x" * 201),
        ("name", ""),
        ("name", "Vladimir Putin "),
        ("name", 42),
        ("other_names", ("Путин",)),
        ("other_names", {tm.Title(text="Путин", lang="ru")}),
        ("sources", "kremlin"),
    ],
)
def test_person_validators(field: str, value: object) -> None:
    assert_rejects(tm.Person, {"id": "putin", "name": "Vladimir Putin"}, field, value)


OFFICE = {
    "id": "president-rus",
    "title": "President of the Russian Federation",
    "role": tm.OfficeRole.HEAD_OF_STATE,
    "represents": tm.StateRef(code="RUS"),
}


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("id", "president rus"),
        ("title", ""),
        ("role", "head of state"),
        ("role", None),
        ("represents", "Russia"),
        ("represents", tm.State(code="RUS")),
        ("single_holder", 1),
        ("single_holder", None),
        ("other_titles", ("Президент",)),
    ],
)
def test_office_validators(field: str, value: object) -> None:
    assert_rejects(tm.Office, OFFICE, field, value)


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("person", ""),
        ("office", "president rus"),
        ("start", "7 May 2012"),
        ("end", 2024),
        ("sources", ("ok", "")),
    ],
)
def test_tenure_validators(field: str, value: object) -> None:
    assert_rejects(tm.Tenure, {"person": "putin", "office": "president-rus"}, field, value)


def test_records_are_frozen(putin: tm.Person, putin_tenure: tm.Tenure) -> None:
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        putin.name = "V. Putin"  # type: ignore[misc]
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        putin_tenure.end = day("2030")  # type: ignore[misc]


def test_evolve_reruns_validators(putin_tenure: tm.Tenure) -> None:
    assert attrs.evolve(putin_tenure, end=day("2030-05-07")).end == day("2030-05-07")
    with pytest.raises(tm.FieldError):
        attrs.evolve(putin_tenure, start="May 2012")


@given(persons())
def test_generated_persons(person: tm.Person) -> None:
    assert attrs.evolve(person) == person
    assert " " in person.name


@given(offices())
def test_generated_offices(office: tm.Office) -> None:
    assert attrs.evolve(office) == office
    if office.role is tm.OfficeRole.HEAD_OF_ORGANIZATION:
        assert isinstance(office.represents, tm.OrganizationRef)


@given(tenures())
def test_generated_tenures_end_after_start(tenure: tm.Tenure) -> None:
    assert attrs.evolve(tenure) == tenure
    if tenure.start is not None and tenure.end is not None:
        assert not tenure.end.is_before(tenure.start)
        assert tenure.may_cover(tenure.end)
