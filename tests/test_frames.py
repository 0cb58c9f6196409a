"""pandas tables of a dossier."""

from __future__ import annotations

import sys
from typing import Any

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import treatymodel as tm
from treatymodel import datasets, strategies
from treatymodel.frames import TABLES, dyad_years, party_years
from treatymodel.tables import SCHEMAS

pd = pytest.importorskip("pandas")


@pytest.fixture(scope="module")
def frames() -> dict[str, Any]:
    return datasets.load("ru-kz-2025").to_frames()


def test_every_table_is_there(frames: dict[str, Any]) -> None:
    assert tuple(frames) == TABLES
    for frame in frames.values():
        assert isinstance(frame, pd.DataFrame)


def test_seed_tables_have_the_rows(frames: dict[str, Any]) -> None:
    assert len(frames["commitments"]) >= 10
    assert len(frames["events"]) >= 5
    assert len(frames["agreements"]) == 10
    assert len(frames["parties"]) == 20
    assert set(frames["signatures"]["name"]) >= {"Vladimir Putin", "Kassym-Jomart Tokayev"}
    putin = frames["signatures"].set_index("signatory").loc["putin"]
    assert putin["office_title"] == "President of the Russian Federation"
    assert frames["commitments"].groupby("topic", observed=True).size()["security"] == 3
    # Dates are three columns; the seed's program is day-precise.
    days = frames["events"]["date_earliest"].dt.strftime("%Y-%m-%d")
    assert list(days.unique()) == ["2025-11-11", "2025-11-12"]
    assert set(frames["events"]["date_precision"]) == {"day"}


def test_dyad_years_of_the_lineage() -> None:
    names = [n for n in datasets.names() if n.startswith("ru-kz")]
    lineage = tm.merge(*(datasets.load(n) for n in names), id="l", title="L", on_conflict="first")
    table = lineage.to_frames()["dyad_years"]
    assert list(table.columns)[:5] == ["state_a", "state_b", "year", "agreements", "count"]
    assert list(table.columns)[5:] == ["unsettled", "in_force", *(o.value for o in tm.Obligation)]
    assert set(zip(table["state_a"], table["state_b"], strict=True)) == {("KAZ", "RUS")}
    by_year = table.set_index("year")
    # The 1992 treaty is in force from 9 October 1992, so 1992 is the first year.
    assert by_year.index.min() == 1992
    assert "ru-kz-treaty-1992" in by_year.loc[1993, "agreements"]
    assert by_year.index.max() == 2025
    signed = dyad_years(lineage, include_signed=True).set_index("year")
    assert "ru-kz-declaration-2025" in signed.loc[2025, "agreements"]
    assert dyad_years(lineage, until=2000)["year"].max() == 2000


def test_empty_dossier_gives_empty_tables() -> None:
    frames = tm.Dossier(id="e", title="E").to_frames()
    assert all(len(frame) == 0 for frame in frames.values())


def test_missing_pandas_is_a_clear_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "pandas", None)  # what an uninstalled package looks like to import
    with pytest.raises(tm.MissingDependencyError, match=r"pip install 'treatymodel\[pandas\]'") as caught:
        datasets.load("ru-kz-2025").to_frames()
    assert isinstance(caught.value, ImportError)
    assert isinstance(caught.value, tm.TreatyModelError)
    assert caught.value.extra == "pandas"


def test_strategies_without_hypothesis_is_a_clear_error(monkeypatch: pytest.MonkeyPatch) -> None:
    import importlib

    monkeypatch.delitem(sys.modules, "treatymodel.strategies", raising=False)
    monkeypatch.setitem(sys.modules, "hypothesis", None)
    with pytest.raises(tm.MissingDependencyError, match=r"treatymodel\[strategies\]"):
        importlib.import_module("treatymodel.strategies")


def test_strategies_are_public() -> None:
    from hypothesis import given

    from treatymodel import strategies

    assert "dossiers" in strategies.__all__

    @given(strategies.dossiers())
    def check(dossier: tm.Dossier) -> None:
        assert strategies.invariant_violations(dossier) == []

    check()


def test_a_pair_counts_only_while_the_agreement_is_in_force_for_both() -> None:
    skies = datasets.load("open-skies-1992")
    table = dyad_years(skies, until=2022)

    def years(a: str, b: str) -> set[int]:
        return set(table[(table.state_a == a) & (table.state_b == b)]["year"])

    # Kyrgyzstan signed in 1992 and never ratified: no pair, ever (vb, aca-2001-12).
    assert "KGZ" not in set(table.state_a) | set(table.state_b)
    # In force for both from 1 January 2002; the United States left on 22 November 2020, Russia on
    # 18 December 2021: 31 December 2020 and 2021 count neither pair.
    assert years("RUS", "USA") == set(range(2002, 2020))
    assert years("DEU", "RUS") == set(range(2002, 2021))
    # Finland, in force from 10 February 2003.
    assert min(years("FIN", "USA")) == 2003
    signed = dyad_years(skies, until=2022, include_signed=True)
    assert 1992 in set(signed[(signed.state_a == "KGZ") & (signed.state_b == "USA")]["year"])


# --------------------------------------------------------------------------- fixed schemas

RECORDS = datasets.names()


@pytest.fixture(scope="module")
def bundled() -> dict[str, Any]:
    return {name: datasets.load(name).to_frames() for name in RECORDS}


def _expected_dtype(column: Any) -> Any:
    from treatymodel.tables import ColumnType

    return {
        ColumnType.STRING: pd.StringDtype(),
        ColumnType.BOOLEAN: pd.BooleanDtype(),
        ColumnType.INTEGER: pd.Int64Dtype(),
        ColumnType.DATE: "datetime64[s]",
        ColumnType.TIME: object,
        ColumnType.LIST: object,
    }.get(column.type, pd.CategoricalDtype(list(column.categories)))


@pytest.mark.parametrize("table", TABLES)
def test_each_table_has_its_fixed_schema_on_every_bundled_record(table: str, bundled: dict[str, Any]) -> None:
    schema = SCHEMAS[table]
    for name, frames in bundled.items():
        frame = frames[table]
        assert list(frame.columns) == list(schema.names), (name, table)
        for column in schema.columns:
            assert frame[column.name].dtype == _expected_dtype(column), (name, table, column.name)
    # An empty dossier gives the same columns and types.
    empty = tm.Dossier(id="e", title="E").to_frames()[table]
    assert list(empty.dtypes) == list(bundled["ru-kz-2025"][table].dtypes)


def test_the_schemas_use_the_documented_types() -> None:
    # Written out, not derived: the types a researcher reads in the docs.
    frames = datasets.load("ru-kz-2025").to_frames()
    agreements = frames["agreements"]
    assert str(agreements["date_earliest"].dtype) == "datetime64[s]"
    assert str(agreements["date_latest"].dtype) == "datetime64[s]"
    assert list(agreements["date_precision"].cat.categories) == ["year", "month", "day"]
    assert str(agreements["legally_binding"].dtype) == "boolean"
    assert str(agreements["signatures"].dtype) == "Int64"
    assert "declaration" in agreements["kind"].cat.categories
    assert str(frames["signatures"]["name"].dtype) == "string"
    assert str(frames["events"]["start_time"].dtype) == "object"
    assert str(frames["party_years"]["in_force"].dtype) == "boolean"
    for table, frame in frames.items():
        for column in frame.columns:
            values = frame[column].dropna()
            assert not any(isinstance(v, str) and ";" in v and column.endswith("s") for v in values), (
                table,
                column,
            )


def test_partial_dates_keep_their_precision() -> None:
    frames = datasets.load("open-skies-1992").to_frames()
    actions = frames["party_actions"]
    # Sweden acceded in 2002, day and month unknown (vb): the whole year, never 1 January alone.
    sweden = actions[(actions.party == "SWE") & (actions.kind == "accession")].iloc[0]
    assert (str(sweden.date_earliest.date()), str(sweden.date_latest.date())) == ("2002-01-01", "2002-12-31")
    assert sweden.date_precision == "year"
    assert sweden.year == 2002


def test_undated_acts_and_their_details_have_columns() -> None:
    frames = datasets.load("ctbt-1996").to_frames()
    actions = frames["party_actions"]
    # Italy deposited on a day no source gives, between its law of 15 December 1998 and
    # 13 August 1999 (esteri-ita, ctbto-est): the interval, not a guessed day, and no year.
    italy = actions[(actions.party == "ITA") & (actions.kind == "ratification")].iloc[0]
    assert (italy.date_earliest, italy.date_latest) == (
        pd.Timestamp("1998-12-15"),
        pd.Timestamp("1999-08-13"),
    )
    assert pd.isna(italy.year)
    assert italy.effect == "consent"
    # An act whose date no source gives at all: every date column is empty.
    undated = tm.PartyAction(kind=tm.PartyActionKind.RATIFICATION, party=tm.StateRef(code="ITA"))
    treaty = tm.Agreement(id="t", title="T", kind=tm.AgreementKind.TREATY, party_actions=(undated,))
    row = tm.Dossier(id="d", title="d", agreements=(treaty,)).to_frames()["party_actions"].iloc[0]
    assert pd.isna(row.date_earliest)
    assert pd.isna(row.date_latest)
    assert pd.isna(row.date_precision)
    assert pd.isna(row.year)
    skies = datasets.load("open-skies-1992").to_frames()["party_actions"]
    duma = skies[(skies.party == "RUS") & (skies.kind == "parliamentary_approval")]
    assert set(duma.effect) == {"none"}
    assert duma.body.notna().all()


def test_final_clauses_are_columns_of_agreements() -> None:
    row = datasets.load("open-skies-1992").to_frames()["agreements"].iloc[0]
    # Article XVII: ratification, accession, 60 days after 20 instruments incl. 11 named states.
    assert not row.consent_by_signature
    assert row.accession
    assert (row.eif_mode, row.eif_instruments, row.eif_delay, row.eif_later_parties) == (
        "after_instruments",
        20,
        "P60D",
        "P60D",
    )
    assert row.withdrawal_notice == "P6M"  # Article XV(2)
    assert str(row.entry_into_force_earliest.date()) == "2002-01-01"
    assert row.entry_into_force_basis == "recorded"
    named = datasets.load("open-skies-1992").to_frames()["clause_parties"]
    assert len(named[named.clause == "eif_required"]) == 11


def test_to_frames_builds_each_table_on_request() -> None:
    frames = datasets.load("open-skies-1992").to_frames()
    assert "built: none yet" in repr(frames)
    frames["persons"]
    assert repr(frames).endswith("built: persons)")
    assert frames["persons"] is frames["persons"]
    assert "dyad_years" in frames
    assert "nothing" not in frames
    with pytest.raises(KeyError):
        frames["nothing"]


# --------------------------------------------------------------------------- the party-year panel


def _row(panel: Any, agreement: str, party: str, year: int) -> Any:
    found = panel[(panel.agreement == agreement) & (panel.party == party) & (panel.year == year)]
    assert len(found) == 1
    return found.iloc[0]


def test_party_years_of_open_skies() -> None:
    panel = party_years(datasets.load("open-skies-1992"), until=2022)
    treaty = "open-skies-treaty-1992"
    # Signed in 1992; in force from 1 January 2002 (osce-tl): 31 December 2001 is not yet.
    usa = _row(panel, treaty, "USA", 2001)
    assert (usa.status, usa.in_force, usa.bound) == ("consented", False, True)
    assert _row(panel, treaty, "USA", 2002).in_force
    # Notice of 22 May 2020, in effect six months later.
    usa = _row(panel, treaty, "USA", 2020)
    assert (usa.status, usa.in_force, usa.bound) == ("withdrawn", False, False)
    # Kyrgyzstan signed on 15 December 1992 and never ratified.
    kgz = _row(panel, treaty, "KGZ", 2010)
    assert (kgz.status, kgz.in_force, kgz.bound) == ("signed", False, False)
    # Finland acceded on 12 December 2002, in force for it on 10 February 2003.
    assert _row(panel, treaty, "FIN", 2002).status == "consented"
    assert _row(panel, treaty, "FIN", 2003).status == "in_force"
    # Sweden acceded in 2002, day unknown, so in force 60 days later: on 31 December 2002 it
    # may or may not be; never counted as not in force.
    sweden = _row(panel, treaty, "SWE", 2002)
    assert pd.isna(sweden.status)
    assert not sweden.settled
    assert sweden.possible == ("consented", "in_force")
    assert pd.isna(sweden.in_force)
    assert sweden.bound
    assert _row(panel, treaty, "SWE", 2003).in_force
    # Czechoslovakia ceased to exist on 1 January 1993.
    assert _row(panel, treaty, "CSK", 1993).status == "terminated"
    assert panel.year.min() == 1992
    assert panel.year.max() == 2022
    assert len(panel) == 36 * (2022 - 1992 + 1)


def test_party_years_never_turn_unsettled_into_not_bound() -> None:
    panel = party_years(datasets.load("ctbt-1996"), until=2024)
    # Italy deposited some day from 15 December 1998 to 13 August 1999: on 31 December
    # 1998 a signatory or a contracting state, unknown; a contracting state from 1999.
    italy = _row(panel, "ctbt-treaty-1996", "ITA", 1998)
    assert pd.isna(italy.status)
    assert italy.possible == ("signed", "consented")
    assert pd.isna(italy.bound)
    assert _row(panel, "ctbt-treaty-1996", "ITA", 1999).status == "consented"
    assert italy.in_force == False  # noqa: E712 - the CTBT is not in force for anyone (False, not NA)
    assert not panel.in_force.fillna(False).any()


def test_party_years_code_the_obligations() -> None:
    seed = datasets.load("ru-kz-2025")
    panel = party_years(seed)
    declaration = panel[panel.agreement == "ru-kz-declaration-2025"]
    assert list(declaration.columns[-5:]) == [o.value for o in tm.Obligation]
    coded = {c.obligation for c in seed.agreement("ru-kz-declaration-2025").commitments if c.obligation}
    for obligation in tm.Obligation:
        assert set(declaration[obligation.value]) == {obligation in coded}


def test_dyad_years_keep_unsettled_pairs_apart() -> None:
    table = dyad_years(datasets.load("open-skies-1992"), until=2003)
    pair = table[(table.state_a == "SWE") & (table.state_b == "USA")].set_index("year")
    # Sweden may or may not be a party on 31 December 2002: unsettled, not in force, not absent.
    assert pair.loc[2002, "count"] == 0
    assert pair.loc[2002, "unsettled"] == ("open-skies-treaty-1992",)
    assert pd.isna(pair.loc[2002, "in_force"])
    assert pair.loc[2003, "agreements"] == ("open-skies-treaty-1992",)
    assert pair.loc[2003, "in_force"]


@settings(max_examples=30)  # each example builds two panels with pandas
@given(st.lists(strategies.lifecycles(max_parties=4), min_size=1, max_size=3))
def test_dyad_years_are_the_pairs_of_party_years(agreements: list[tm.Agreement]) -> None:
    found = tuple(attrs.evolve(a, id=f"a{n}") for n, a in enumerate(agreements))
    dossier = tm.Dossier(id="d", title="D", agreements=found)
    panel = party_years(dossier)
    # The same pairs, made the slow way: a self-join of the party-year panel.
    sure = panel[panel.in_force.fillna(False).astype(bool)]
    maybe = panel[panel.in_force.isna() | panel.in_force.fillna(False).astype(bool)]
    expected_sure: dict[tuple[str, str, int], list[str]] = {}
    expected_any: set[tuple[str, str, int]] = set()
    for rows, target in ((sure, "sure"), (maybe, "any")):
        pairs = rows.merge(rows, on=["agreement", "year"])
        pairs = pairs[pairs.party_x < pairs.party_y]
        for a, x, y, year in zip(pairs.agreement, pairs.party_x, pairs.party_y, pairs.year, strict=True):
            if target == "sure":
                expected_sure.setdefault((x, y, int(year)), []).append(a)
            else:
                expected_any.add((x, y, int(year)))
    table = dyad_years(dossier)
    got = {
        (a, b, int(year)): list(ids)
        for a, b, year, ids in zip(table.state_a, table.state_b, table.year, table.agreements, strict=True)
        if ids
    }
    assert got == {k: sorted(v, key=lambda i: int(i[1:])) for k, v in expected_sure.items()}
    assert set(zip(table.state_a, table.state_b, table.year.astype(int), strict=True)) == expected_any
