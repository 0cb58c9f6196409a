"""The columnar store: Parquet files with fixed Arrow schemas, read back with DuckDB."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pytest

import treatymodel as tm
from treatymodel import datasets, export
from treatymodel.cli import main
from treatymodel.tables import SCHEMAS, TABLES

pa = pytest.importorskip("pyarrow")
pq = pytest.importorskip("pyarrow.parquet")
duckdb = pytest.importorskip("duckdb")


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The export of every bundled record, one dossier at a time, into one dataset."""
    folder = tmp_path_factory.mktemp("store")
    for name in datasets.names():
        export.write_parquet([name], folder)
    return folder


def _sql(store: Path, query: str) -> list[tuple[Any, ...]]:
    con = duckdb.connect()
    for table in export.STORE_TABLES:
        con.sql(f"create view {table} as select * from read_parquet('{store / table}/*.parquet')")
    return con.sql(query).fetchall()


def test_every_file_of_a_table_has_the_fixed_schema(store: Path) -> None:
    for table in export.STORE_TABLES:
        files = sorted((store / table).glob("*.parquet"))
        assert len(files) == len(datasets.names())
        for path in files:
            assert pq.read_schema(path).remove_metadata() == export.arrow_schema(table).remove_metadata()


def test_duckdb_reads_the_same_column_types_from_every_file(store: Path) -> None:
    con = duckdb.connect()
    for table in export.STORE_TABLES:
        described = {
            tuple(con.sql(f"describe select * from read_parquet('{path}')").fetchall())
            for path in sorted((store / table).glob("*.parquet"))
        }
        assert len(described) == 1, table
        (columns,) = described
        assert [c[0] for c in columns] == ["dossier", *SCHEMAS[table].names]
    types = {
        name: kind
        for name, kind, *_ in con.sql(
            f"describe select * from read_parquet('{store}/party_actions/*.parquet')"
        ).fetchall()
    }
    assert types["date_earliest"] == "DATE"
    assert types["date_precision"] == "VARCHAR"
    assert types["disputed_by"] == "VARCHAR[]"
    assert types["vote_in_favour"] == "BIGINT"


def test_agreements_signed_during_a_visit_with_their_signatories(store: Path) -> None:
    rows = _sql(
        store,
        """
        select v.visit, v.agreement, s.name, s.party
        from visit_agreements v
        join signatures s on s.dossier = v.dossier and s.agreement = v.agreement
        order by v.visit, v.position, s.position
        """,
    )
    # From the records: the visits of 1998, 2022 and 2025 and the signatures recorded for
    # what was signed during them (the 2025 visit's other eight documents name no signatory).
    assert rows == [
        ("nazarbayev-russia-1998-07", "ru-kz-declaration-1998", "Boris Yeltsin", "RUS"),
        ("nazarbayev-russia-1998-07", "ru-kz-declaration-1998", "Nursultan Nazarbayev", "KAZ"),
        ("tokayev-russia-2022-11", "ru-kz-declaration-2022", "Vladimir Putin", "RUS"),
        ("tokayev-russia-2022-11", "ru-kz-declaration-2022", "Kassym-Jomart Tokayev", "KAZ"),
        ("tokayev-russia-2025-11", "ru-kz-declaration-2025", "Vladimir Putin", "RUS"),
        ("tokayev-russia-2025-11", "ru-kz-declaration-2025", "Kassym-Jomart Tokayev", "KAZ"),
        ("tokayev-russia-2025-11", "ru-kz-2025-amur-tiger-action-plan", "Alexander Kozlov", "RUS"),
        ("tokayev-russia-2025-11", "ru-kz-2025-amur-tiger-action-plan", "Yerlan Nysanbayev", "KAZ"),
    ]
    assert _sql(store, "select count(*) from visit_agreements where visit = 'tokayev-russia-2025-11'") == [
        (10,)
    ]


def test_parties_bound_per_year(store: Path) -> None:
    rows = _sql(
        store,
        """
        select year, count(*) filter (where in_force), count(*) filter (where in_force is null)
        from party_years
        where agreement = 'open-skies-treaty-1992'
          and year in (2001, 2002, 2003, 2004, 2005, 2019, 2020, 2021)
        group by year order by year
        """,
    )
    # Open Skies, by hand from the record: in force on 1 January 2002 for the 24 states that
    # had ratified and the two successors of Czechoslovakia (26, as dos-2002 says); Finland,
    # Latvia, Sweden (acceded in 2002, day unknown: unsettled at the end of 2002) and Bosnia in
    # 2003; Slovenia in 2004; Croatia, Estonia and Lithuania in 2005 (34, dos-2005); the United
    # States left on 22 November 2020 and Russia on 18 December 2021.
    assert rows == [
        (2001, 0, 0),
        (2002, 26, 1),
        (2003, 30, 0),
        (2004, 31, 0),
        (2005, 34, 0),
        (2019, 34, 0),
        (2020, 33, 0),
        (2021, 32, 0),
    ]


def test_commitments_by_topic(store: Path) -> None:
    main_topic = _sql(
        store,
        "select topic, count(*) as n from commitments group by topic order by n desc, topic limit 4",
    )
    # 5 commitments of the 2013 treaty and 23 of the 2025 declaration, by their first topic.
    assert main_topic == [("security", 4), ("energy", 3), ("politics", 3), ("environment", 2)]
    assert _sql(store, "select count(*), count(distinct topic) from commitments") == [(28, 16)]
    every_topic = _sql(
        store,
        "select topic, count(*) as n from commitment_topics group by topic order by n desc, topic limit 2",
    )
    assert every_topic == [("security", 5), ("energy", 4)]


def test_a_second_run_adds_files(tmp_path: Path) -> None:
    first = export.write_parquet(["ru-kz-1992"], tmp_path)
    second = export.write_parquet(["ru-kz-1998"], tmp_path)
    assert first["agreements"].name == "part-00000.parquet"
    assert second["agreements"].name == "part-00001.parquet"
    rows = _sql(tmp_path, "select dossier, count(*) from agreements group by dossier order by dossier")
    assert rows == [("ru-kz-1992", 2), ("ru-kz-1998", 1)]


def _treaty(id: str, *, relations: tuple[tm.Relation, ...] = (), year: int) -> tm.Agreement:
    rus, kaz = tm.StateRef(code="RUS"), tm.StateRef(code="KAZ")
    return tm.Agreement(
        id=id,
        title=f"Treaty {id}",
        kind=tm.AgreementKind.TREATY,
        parties=(rus, kaz),
        date=tm.PartialDate(year=year, month=1, day=1),
        milestones=(
            tm.Milestone(
                kind=tm.MilestoneKind.ENTRY_INTO_FORCE, date=tm.PartialDate(year=year, month=6, day=1)
            ),
        ),
        relations=relations,
    )


def test_json_lines_batches_see_each_others_endings(tmp_path: Path) -> None:
    old = _treaty("old", year=2000)
    new = _treaty("new", year=2010, relations=(tm.Relation(kind=tm.RelationKind.SUPERSEDES, target="old"),))
    stream = tmp_path / "treaties.jsonl"
    tm.write_jsonl([old, new], stream)
    export.write_parquet([stream], tmp_path / "store", record_type=tm.Agreement, batch_size=1)
    rows = _sql(
        tmp_path / "store",
        "select year, status from party_years where agreement = 'old' and party = 'RUS' "
        "and year in (2009, 2010) order by year",
    )
    # The 2010 treaty, in force on 1 June 2010, ends the 2000 one: though in another batch.
    assert rows == [(2009, "in_force"), (2010, "terminated")]
    assert _sql(tmp_path / "store", "select distinct dossier from agreements") == [("treaties",)]
    assert len(list((tmp_path / "store" / "agreements").glob("*.parquet"))) == 1


def test_the_command_line_exports(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "seed.json"
    path.write_text(tm.to_json(datasets.load("ru-kz-2025")), encoding="utf-8")
    assert main(["export", str(path), "open-skies-1992", "--to", "parquet", str(tmp_path / "s")]) == 0
    assert f"{len(TABLES) - 1} tables written" in capsys.readouterr().out  # all but the dyad-year panel
    rows = _sql(tmp_path / "s", "select dossier, count(*) from parties group by dossier order by dossier")
    assert rows == [("open-skies-1992", 36), ("ru-kz-2025", 20)]
    assert main(["export", "no-such-record", "--to", "parquet", str(tmp_path / "s")]) == 2
    assert main(["export", str(path), "--to", "csv", str(tmp_path / "s")]) == 2
    path.write_text("{}", encoding="utf-8")
    assert main(["export", str(path), "--to", "parquet", str(tmp_path / "s")]) == 2


def test_missing_pyarrow_is_a_clear_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "pyarrow", None)
    with pytest.raises(tm.MissingDependencyError, match=r"treatymodel\[parquet\]"):
        export.write_parquet(["ru-kz-2025"], tmp_path)
    assert not list(tmp_path.iterdir())


def test_a_failed_run_leaves_the_store_as_it_was(tmp_path: Path) -> None:
    store = tmp_path / "store"
    export.write_parquet(["ru-kz-1992"], store)
    before = sorted(p.relative_to(store) for p in store.rglob("*"))
    broken = tmp_path / "broken.json"
    broken.write_text('{"format": "treatymodel"}', encoding="utf-8")
    with pytest.raises(tm.DecodeError):
        export.write_parquet(["ru-kz-1998", broken], store)
    assert sorted(p.relative_to(store) for p in store.rglob("*")) == before
    assert len([p for p in before if p.suffix == ".parquet"]) == len(export.STORE_TABLES)
