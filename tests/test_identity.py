"""External identifiers, dated names and capitals (treatymodel.identity)."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

import treatymodel as tm
from treatymodel.identity import capital_on, name_on

D = tm.PartialDate.parse
U = tm.UncertainDate.parse
IS = tm.IdScheme


@pytest.mark.parametrize(
    ("scheme", "value"),
    [
        (IS.WIKIDATA, "Q232"),  # Kazakhstan (Our World in Data's country table)
        (IS.UNTS, "37924"),
        (IS.UNTS, "I-12140"),
        (IS.UNTC, "XXVI-4"),  # the CTBT's chapter and number in the UN Treaty Collection
        (IS.UNTC, "XXVII-7-d"),
        (IS.ATOP, "1005"),
        (IS.COW_STATE, "705"),  # Kazakhstan in the Correlates of War state list
        (IS.COW_ALLIANCE, "239"),
        (IS.ISO3166, "KZ"),
        (IS.ISO3166, "KAZ"),
        (IS.ISO3166, "398"),
        (IS.ISO3166, "SUHH"),  # ISO 3166-3 alpha-4 of the USSR
    ],
)
def test_identifiers_of_each_scheme_are_accepted(scheme: tm.IdScheme, value: str) -> None:
    assert tm.ExternalId(scheme=scheme, value=value).value == value


@pytest.mark.parametrize(
    ("scheme", "value"),
    [
        (IS.WIKIDATA, "232"),
        (IS.WIKIDATA, "Q0"),
        (IS.WIKIDATA, "q232"),
        (IS.UNTS, "vol. 2167"),
        (IS.UNTC, "26-4"),
        (IS.COW_STATE, "0365"),
        (IS.COW_STATE, "RUS"),  # COW letters clash with ISO codes: numbers only
        (IS.ISO3166, "kz"),
    ],
)
def test_a_malformed_identifier_is_refused_with_the_expected_form(scheme: tm.IdScheme, value: str) -> None:
    with pytest.raises(tm.FieldError, match=rf"ExternalId\.value: is not a {scheme.value} id"):
        tm.ExternalId(scheme=scheme, value=value)


def test_national_and_other_ids_name_their_series_and_only_series_have_volumes() -> None:
    with pytest.raises(tm.FieldError, match=r"ExternalId\.name: is required for scheme 'national'"):
        tm.ExternalId(scheme=IS.NATIONAL, value="2004/8/44")
    with pytest.raises(tm.FieldError, match=r"ExternalId\.volume: only treaty series have volumes"):
        tm.ExternalId(scheme=IS.WIKIDATA, value="Q232", volume="2")
    cited = tm.ExternalId(scheme=IS.NATIONAL, name="wetten.overheid.nl", value="BWBV0004747")
    assert cited.key == ("national:wetten.overheid.nl", "BWBV0004747")
    assert cited.url is None
    assert tm.ExternalId(scheme=IS.WIKIDATA, value="Q232").url == "https://www.wikidata.org/wiki/Q232"


def test_the_schema_checks_each_scheme_as_the_library_does() -> None:
    import jsonschema

    schema = tm.json_schema(tm.ExternalId)
    check = jsonschema.Draft202012Validator(schema)
    envelope = {"format": "treatymodel", "version": tm.FORMAT_VERSION}
    assert check.is_valid({**envelope, "scheme": "wikidata", "value": "Q232"})
    assert not check.is_valid({**envelope, "scheme": "wikidata", "value": "232"})
    assert not check.is_valid({**envelope, "scheme": "national", "value": "1"})
    assert not check.is_valid({**envelope, "scheme": "wikidata", "value": "Q1", "volume": "3"})
    assert check.is_valid({**envelope, "scheme": "unts", "value": "37924", "volume": "2167"})


# Kazakhstan's capitals (Interfax, 19 September 2022; examples/_identity.py).
KAZ_CAPITALS = (
    tm.Capital(name="Almaty", end=D("1997-12")),
    tm.Capital(name="Akmola", start=D("1997-12"), end=D("1998-05")),
    tm.Capital(name="Astana", start=D("1998-05"), end=D("2019-03")),
    tm.Capital(name="Nur-Sultan", start=D("2019-03"), end=U("2022-09-01/2022-09-19")),
    tm.Capital(name="Astana", start=U("2022-09-01/2022-09-19")),
)


@pytest.mark.parametrize(
    ("day", "capital"),
    [
        (dt.date(1995, 1, 1), "Almaty"),
        (dt.date(1998, 1, 15), "Akmola"),
        (dt.date(2010, 1, 1), "Astana"),
        (dt.date(2020, 6, 1), "Nur-Sultan"),
        (dt.date(2025, 11, 12), "Astana"),
        (dt.date(1997, 12, 20), None),  # moved that month: which day is not recorded
        (dt.date(2022, 9, 10), None),  # renamed back some day up to 19 September
        ("2021", "Nur-Sultan"),
        ("2019", None),  # two capitals' names that year
    ],
)
def test_capital_on_answers_only_what_the_dates_settle(day: dt.date | str, capital: str | None) -> None:
    assert capital_on(KAZ_CAPITALS, day) == capital


# Eswatini: "Swaziland" until King Mswati III renamed it in April 2018 (EWN, 20 April 2018).
SWAZILAND = tm.DatedName(name="Swaziland", end=D("2018-04"))
ESWATINI = tm.DatedName(name="Eswatini", start=D("2018-04"))


def test_a_former_name_is_the_name_before_it_ended() -> None:
    assert SWAZILAND.former
    assert not ESWATINI.former
    assert name_on((SWAZILAND, ESWATINI), dt.date(2016, 3, 1)) == "Swaziland"
    assert name_on((SWAZILAND, ESWATINI), dt.date(2019, 3, 1)) == "Eswatini"
    assert name_on((SWAZILAND, ESWATINI), "2018-04-10") is None
    assert name_on((SWAZILAND, ESWATINI), dt.date(2016, 3, 1), kind=tm.NameKind.FORMAL) is None
    swz = tm.State(code="SWZ", names=(SWAZILAND, ESWATINI))
    assert swz.name_on(dt.date(2016, 3, 1)) == "Swaziland"
    assert swz.name_on("2018-04-10") == "Eswatini"  # unsettled: today's name


def test_a_signature_shows_the_name_in_use_that_day_with_todays_beside_it() -> None:
    swz = tm.State(code="SWZ", names=(SWAZILAND, ESWATINI))
    d = tm.Dossier(id="d", title="t", states=(swz,))
    assert d.party_name(swz.ref(), D("2016-06-01")) == "Swaziland (now Eswatini)"
    assert d.party_name(swz.ref(), D("2020")) == "Eswatini"
    assert d.party_name(swz.ref()) == "Eswatini"


@given(
    change=st.dates(dt.date(1900, 1, 1), dt.date(2100, 1, 1)),
    day=st.dates(dt.date(1850, 1, 1), dt.date(2150, 1, 1)),
)
def test_two_names_with_a_known_day_of_change_always_settle_one(change: dt.date, day: dt.date) -> None:
    when = tm.PartialDate(year=change.year, month=change.month, day=change.day)
    names = (tm.DatedName(name="Old", end=when), tm.DatedName(name="New", start=when))
    assert name_on(names, day) == ("Old" if day < change else "New")
