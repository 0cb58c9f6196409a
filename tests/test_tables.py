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
    party_year_columns,
)

RECORDS = datasets.names()


def _all_columns(dossier: tm.Dossier) -> dict[str, dict[str, list[object]]]:
    found = {table: columns(dossier, table) for table in RECORD_TABLES}
    found["party_years"] = party_year_columns(dossier)
    return found


def test_every_table_is_declared_once() -> None:
    assert TABLES == RECORD_TABLES + PANELS
    assert len(set(TABLES)) == len(TABLES) == 25
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
