"""The table declarations and their columns, without pandas."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given

import treatymodel as tm
from treatymodel import datasets, strategies
from treatymodel.tables import (
    PANELS,
    RECORD_TABLES,
    SCHEMAS,
    TABLES,
    ColumnType,
    columns,
    last_year,
    party_year_columns,
)

RECORDS = datasets.names()


def _all_columns(dossier: tm.Dossier) -> dict[str, dict[str, list[object]]]:
    found = {table: columns(dossier, table) for table in RECORD_TABLES}
    found["party_years"] = party_year_columns(dossier)
    return found


def test_every_table_is_declared_once() -> None:
    assert TABLES == RECORD_TABLES + PANELS
    assert len(set(TABLES)) == len(TABLES) == 32
    for table in TABLES:
        schema = SCHEMAS[table]
        assert schema.doc, table
        assert all(c.doc for c in schema.columns), table
        assert set(schema.key) <= set(schema.names)


@pytest.mark.parametrize("name", RECORDS)
def test_values_fit_their_declared_types(name: str) -> None:
    kinds = {
        ColumnType.STRING: str,
        ColumnType.BOOLEAN: bool,
        ColumnType.INTEGER: int,
        ColumnType.DATE: dt.date,
        ColumnType.TIME: dt.time,
        ColumnType.LIST: list,
        ColumnType.CATEGORY: str,
    }
    for table, data in _all_columns(datasets.load(name)).items():
        schema = SCHEMAS[table]
        assert list(data) == list(schema.names)
        assert len({len(values) for values in data.values()}) == 1, table
        for column in schema.columns:
            for value in data[column.name]:
                if value is None:
                    continue
                assert isinstance(value, kinds[column.type]), (table, column.name, value)
                if column.type is ColumnType.CATEGORY:
                    assert value in column.categories, (table, column.name, value)


@pytest.mark.parametrize("name", RECORDS)
def test_keys_identify_rows(name: str) -> None:
    for table, data in _all_columns(datasets.load(name)).items():
        key = SCHEMAS[table].key
        rows = list(zip(*(data[k] for k in key), strict=True))
        assert len(rows) == len(set(rows)), table


def test_standings_are_the_engines_changes() -> None:
    skies = datasets.load("open-skies-1992")
    data = columns(skies, "standings")
    rows = [
        (start, status)
        for party, start, status in zip(data["party"], data["start"], data["status"], strict=True)
        if party == "USA"
    ]
    # Signed 24 March 1992, ratified 3 December 1993, in force 1 January 2002, out 22 November 2020.
    assert rows == [
        (dt.date(1992, 3, 24), "signed"),
        (dt.date(1993, 12, 3), "consented"),
        (dt.date(2002, 1, 1), "in_force"),
        (dt.date(2020, 11, 22), "withdrawn"),
    ]


@given(strategies.lifecycles())
def test_party_years_agree_with_the_engine_on_every_31_december(agreement: tm.Agreement) -> None:
    dossier = tm.Dossier(id="d", title="D", agreements=(agreement,))
    data = party_year_columns(dossier)
    assert len(data["year"]) == len(set(agreement.parties)) * len(set(data["year"]))
    for party, year, status, possible, in_force in zip(
        data["party"], data["year"], data["status"], data["possible"], data["in_force"], strict=True
    ):
        standing = dossier.standing(agreement.id, dt.date(year, 12, 31), party=party)
        assert status == (None if standing.status is None else standing.status.value)
        assert set(possible or [None]) == {None if s is None else s.value for s in standing.possible}
        if in_force is None:
            assert len(standing.possible) > 1
            assert tm.Status.IN_FORCE in standing.possible
        else:
            assert in_force == (standing.possible == {tm.Status.IN_FORCE})


def test_the_model_does_not_import_the_analysis_layer() -> None:
    import ast
    from pathlib import Path

    package = Path(tm.__file__).parent
    model = ("agreements", "clauses", "dates", "dossier", "lifecycle", "parties", "people")
    model += ("sources", "structure", "values", "visits", "queries", "serialization")
    upper = {"frames", "tables", "export", "timelines", "display", "cli"}
    for name in model:
        tree = ast.parse((package / f"{name}.py").read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and node.module:
                imported = {node.module.removeprefix("treatymodel.")}
                if node.module == "treatymodel":
                    imported = {alias.name for alias in node.names}
                # Dossier's own conveniences import their layer inside the method, on use.
                at_top = node.col_offset == 0
                assert not (at_top and imported & upper), (name, node.module)


def test_the_tables_page_is_current() -> None:
    import re
    from pathlib import Path

    from treatymodel.tables import render_schemas

    page = (Path(__file__).resolve().parents[1] / "docs" / "tables.md").read_text(encoding="utf-8")
    found = re.search(r"<!-- schemas -->\n(.*?)<!-- /schemas -->", page, re.S)
    assert found is not None, "docs/tables.md lost its schemas markers"
    assert found.group(1) == render_schemas(), "stale: run `make generate`"
    for table in TABLES:
        assert f"### `{table}`" in page


# -- Uncertainty and provenance (issue 12): certainty, variants at any depth, actors, unknowns.


def _rows(dossier: tm.Dossier, table: str) -> list[dict[str, object]]:
    found = columns(dossier, table)
    return [dict(zip(found, row, strict=True)) for row in zip(*found.values(), strict=True)]


def test_certainty_is_a_column_and_who_says_so_is_a_table() -> None:
    seed = datasets.load("ru-kz-2025")
    visits = {row["id"]: row["certainty"] for row in _rows(seed, "visits")}
    # Tokayev's invitation to a state visit in 2026 (m24-846383): planned, not confirmed.
    assert visits == {"tokayev-russia-2025-11": None, "putin-kazakhstan-2026": "planned"}
    (row,) = _rows(seed, "certainties")
    assert (row["record_type"], row["record"], row["path"], row["level"], row["by"]) == (
        "visit",
        "putin-kazakhstan-2026",
        "",
        "planned",
        ["person:tokayev"],
    )


def test_variants_and_certainties_of_nested_records_name_their_path() -> None:
    disputed = tm.Certainty(level=tm.CertaintyLevel.DISPUTED, by=(tm.StateRef(code="USA"),))
    act = tm.PartyAction(
        kind=tm.PartyActionKind.WITHDRAWAL,
        party=tm.StateRef(code="RUS"),
        date=tm.PartialDate.parse("2021-06-18"),
        variants=(tm.Variant(field="date", value="2021-06-07", sources=("tass",)),),
        certainty=disputed,
    )
    treaty = tm.Agreement(id="t", title="T", kind=tm.AgreementKind.TREATY, party_actions=(act,))
    tenure = tm.Tenure(
        person="p",
        office="o",
        start=tm.PartialDate.parse("2020"),
        variants=(tm.Variant(field="start", value="2019", sources=("s",)),),
    )
    d = tm.Dossier(id="d", title="d", agreements=(treaty,), tenures=(tenure,))
    variants = [
        (r["record_type"], r["record"], r["path"], r["field"], r["value"]) for r in _rows(d, "variants")
    ]
    assert variants == [
        ("dossier", "d", "tenures[0]", "start", "2019"),
        ("agreement", "t", "party_actions[0]", "date", "2021-06-07"),
    ]
    (certainty,) = _rows(d, "certainties")
    assert (certainty["path"], certainty["level"], certainty["by"]) == (
        "party_actions[0]",
        "disputed",
        ["state:USA"],
    )
    assert [r["certainty"] for r in _rows(d, "party_actions")] == ["disputed"]


def test_a_quote_by_a_body_names_the_body() -> None:
    seed = datasets.load("ru-kz-2025")
    quote = next(r for r in _rows(seed, "quotes") if r["id"] == "q-kremlin-package")
    assert (quote["speaker"], quote["speaker_type"], quote["speaker_name"]) == (
        "Presidential Executive Office (the Kremlin)",
        "body",
        "Presidential Executive Office (the Kremlin) (Russia)",
    )


def test_unknown_parties_and_dates_are_nulls_not_guesses() -> None:
    signature = tm.Signature(signatory="x", party=tm.StateRef(code="KAZ"))
    treaty = tm.Agreement(id="t", title="T", kind=tm.AgreementKind.TREATY, signatures=(signature,))
    visit = tm.Visit(
        id="v",
        kind=tm.VisitKind.STATE,
        guest="x",
        guest_state="KAZ",
        host_state="RUS",
        start=tm.UncertainDate.parse("[2024-06-18,2024-06-19]"),
        end=tm.PartialDate.parse("2024-06-19"),
    )
    d = tm.Dossier(id="d", title="d", agreements=(treaty,), visits=(visit,))
    (agreement,) = _rows(d, "agreements")
    assert agreement["parties"] is None  # unknown, not zero
    # The parties table lists whoever signed or acted when the parties are unknown.
    assert [r["party"] for r in _rows(d, "parties")] == ["KAZ"]
    (sig,) = _rows(d, "signatures")
    assert (sig["date_earliest"], sig["date_latest"], sig["year"]) == (None, None, None)
    (row,) = _rows(d, "visits")
    assert (row["host"], row["start_earliest"], row["start_latest"]) == (
        None,
        dt.date(2024, 6, 18),
        dt.date(2024, 6, 19),
    )


def test_a_planned_visit_does_not_stretch_the_panels() -> None:
    seed = datasets.load("ru-kz-2025")
    assert last_year(seed) == 2025  # the planned 2026 state visit is left out
