"""pandas tables of a dossier."""

from __future__ import annotations

import sys
from typing import Any

import pytest

import treatymodel as tm
from treatymodel import datasets
from treatymodel.frames import TABLES, dyad_years

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
    assert frames["commitments"].groupby("topic").size()["security"] == 3
    assert list(frames["events"]["date"].unique()) == ["2025-11-11", "2025-11-12"]


def test_dyad_years_of_the_lineage() -> None:
    names = [n for n in datasets.names() if n.startswith("ru-kz")]
    lineage = tm.merge(*(datasets.load(n) for n in names), id="l", title="L", on_conflict="first")
    table = lineage.to_frames()["dyad_years"]
    assert list(table.columns) == ["state_a", "state_b", "year", "agreements", "count"]
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
