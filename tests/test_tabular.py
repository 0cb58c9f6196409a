from __future__ import annotations

import io
import json
import re
from pathlib import Path

import attrs
import pytest

import treatymodel as tm
from treatymodel import cli, datasets
from treatymodel.tabular import COLUMNS, ActionTable, TableError, read_actions, write_actions

HEADER = "agreement,party,kind,date\n"


def _read(rows: str, **options: object) -> ActionTable:
    return read_actions(io.StringIO(HEADER + rows), **options)  # type: ignore[arg-type]


@pytest.mark.parametrize("name", datasets.names())
def test_every_bundled_record_round_trips_through_the_per_party_csv(name: str, tmp_path: Path) -> None:
    dossier = datasets.load(name)
    path = tmp_path / "actions.csv"
    written = write_actions(dossier, path)
    assert written == sum(len(a.party_actions) for a in dossier.agreements)
    table = read_actions(path)
    assert len(table) == written
    for agreement in dossier.agreements:
        assert table.actions(agreement.id) == agreement.party_actions
    bare = tuple(attrs.evolve(a, party_actions=()) for a in dossier.agreements)
    added = table.add_to(attrs.evolve(dossier, agreements=bare))
    assert added == dossier  # every other record and field kept


def test_the_party_actions_frame_reads_back_too() -> None:
    pytest.importorskip("pandas")
    dossier = datasets.load("open-skies-1992")  # every date is a plain partial date
    frame = dossier.to_frames()["party_actions"]
    table = read_actions(frame)
    expected = dossier.agreement("open-skies-treaty-1992").party_actions
    read = table.actions("open-skies-treaty-1992")
    assert [(x.kind, x.party, x.date, x.effective) for x in read] == [
        (x.kind, x.party, x.date, x.effective) for x in expected
    ]


def test_three_bad_rows_are_reported_by_number_and_nothing_is_imported() -> None:
    rows = (
        "ctbt,United Kingdom,ratification,1998-04-06\n"  # row 2: good
        "ctbt,Atlantis,signature,1996-09-24\n"  # row 3: no such state
        "ctbt,France,signature,1996-09-24\n"  # row 4: good
        "ctbt,Russia,ratify,2000-06-30\n"  # row 5: no such action
        "ctbt,Japan,ratification,08/07/1997\n"  # row 6: day and month could be swapped
    )
    with pytest.raises(TableError) as info:
        _read(rows)
    assert info.value.rows == (3, 5, 6)
    assert [e.column for e in info.value.errors] == ["party", "kind", "date"]
    message = str(info.value)
    assert "3 row(s)" in message
    for row in ("row 3", "row 5", "row 6"):
        assert row in message


def test_names_resolve_through_the_crosswalk_on_the_date_of_the_act() -> None:
    # UN Treaty Collection spellings, short names and a former name (sources: tests/test_crosswalk.py).
    table = _read(
        "a,Bolivia (Plurinational State of),signature,1996-09-24\n"
        "a,UK,ratification,6 Apr 1998\n"
        "a,Swaziland,signature,24 Sep 1996\n"
        "a,Germany,signature,1996-09-24\n"
        "a,Democratic Republic of the Congo,signature,1996-10-04\n"
    )
    assert [x.party for x in table.actions("a")] == [
        tm.StateRef(code=c) for c in ("BOL", "GBR", "SWZ", "DEU", "COD")
    ]
    with pytest.raises(TableError, match="DDR"):
        _read("a,Germany,signature,1980-01-01\n")  # two German states then


def test_aliases_settle_what_the_crosswalk_refuses() -> None:
    table = _read("a,Congo,signature,1996-09-24\n", aliases={"Congo": "COG"})
    assert table.actions("a")[0].party == tm.StateRef(code="COG")


def test_cow_codes_when_declared() -> None:
    table = _read("a,365,ratification,2000-06-30\na,200,ratification,1998-04-06\n", scheme="cow")
    assert [x.party.id for x in table.actions("a")] == ["RUS", "GBR"]


@pytest.mark.parametrize(
    ("text", "date_format", "expected"),
    [
        ("2018-09-27", None, "2018-09-27"),
        ("27 Sep 2018", None, "2018-09-27"),
        ("September 27, 2018", None, "2018-09-27"),
        ("Sep 2018", None, "2018-09"),
        ("2018-09", None, "2018-09"),
        ("09/2018", None, "2018-09"),
        ("2018", None, "2018"),
        ("2018-09-27~", None, "2018-09-27~"),
        ("27/09/2018", None, "2018-09-27"),  # 27 cannot be a month
        ("09/27/2018", "MDY", "2018-09-27"),
        ("08/07/1997", "MDY", "1997-08-07"),
        ("08/07/1997", "DMY", "1997-07-08"),
        ("08.07.1997", "DMY", "1997-07-08"),
        ("1997/07/08", "YMD", "1997-07-08"),
        ("07/1997", "%m/%Y", "1997-07"),
        ("08/07/1997", "%d/%m/%Y", "1997-07-08"),
    ],
)
def test_dates_in_a_declared_order(text: str, date_format: str | None, expected: str) -> None:
    table = _read(f'a,Japan,signature,"{text}"\n', date_format=date_format)
    assert str(table.actions("a")[0].date) == expected


@pytest.mark.parametrize(
    ("text", "date_format"),
    [("08/07/1997", None), ("27/09/2018", "MDY"), ("8/7/97", "DMY"), ("soon", None), ("31 Feb 2018", None)],
)
def test_dates_that_cannot_be_read_without_guessing_are_row_errors(
    text: str, date_format: str | None
) -> None:
    with pytest.raises(TableError) as info:
        _read(f'a,Japan,signature,"{text}"\n', date_format=date_format)
    assert info.value.rows == (2,)
    assert info.value.errors[0].column == "date"


def test_a_mapping_of_columns_and_a_missing_column() -> None:
    text = "Treaty,Participant,Action,Date\nctbt,Ivory Coast,signature,25 Sep 1996\n"
    columns = {"agreement": "Treaty", "party": "Participant", "kind": "Action", "date": "Date"}
    table = read_actions(io.StringIO(text), columns=columns)
    assert table.actions("ctbt")[0].party == tm.StateRef(code="CIV")
    with pytest.raises(TableError, match="no such column") as info:
        read_actions(io.StringIO(text))
    assert info.value.rows == (1,)
    with pytest.raises(tm.FieldError, match="fields are"):
        read_actions(io.StringIO(text), columns={"country": "Participant"})
    with pytest.raises(tm.FieldError, match="DMY"):
        read_actions(io.StringIO(text), date_format="day first")


def test_rows_of_mappings_and_organizations() -> None:
    rows = [
        {"agreement": "a", "party": "eu", "party_type": "organization", "kind": "approval", "date": "1998"},
        {
            "agreement": "a",
            "party": "FR",
            "kind": "ratification",
            "vote_in_favour": "415",
            "certainty": "confirmed",
        },
    ]
    actions = read_actions(rows).actions("a")
    assert actions[0].party == tm.OrganizationRef(id="eu")
    assert actions[1].vote == tm.Vote(in_favour=415)
    assert actions[1].certainty == tm.Certainty(level=tm.CertaintyLevel.CONFIRMED)


def test_to_dossier_is_valid_and_names_its_states() -> None:
    dossier = _read("a,UK,ratification,1998-04-06\na,France,ratification,1998-04-06\n").to_dossier(
        id="d", title="D", kind=tm.AgreementKind.TREATY
    )
    assert [s.code for s in dossier.states] == ["GBR", "FRA"]
    assert tm.validate(dossier).ok
    assert COLUMNS[:5] == ("agreement", "title", "party", "party_type", "kind")


def test_cli_import_writes_a_dossier(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    table = tmp_path / "t.csv"
    table.write_text("Treaty,Country,Action,Date\nctbt,UK,ratification,6 Apr 1998\n", encoding="utf-8")
    out = tmp_path / "out.json"
    args = ["import", str(table), "-o", str(out), "--kind", "treaty", "--column", "agreement=Treaty"]
    args += ["--column", "party=Country", "--column", "kind=Action", "--column", "date=Date"]
    assert cli.main(args) == 0
    dossier = tm.from_json(out.read_bytes(), tm.Dossier)
    assert dossier.agreement("ctbt").party_actions[0].party == tm.StateRef(code="GBR")
    assert json.loads(out.read_text())["agreements"][0]["kind"] == "treaty"


def test_cli_import_reports_every_bad_row_and_writes_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    table = tmp_path / "bad.csv"
    table.write_text(HEADER + "a,Congo,ratification,2001\na,UK,ratify,2001\na,Japan,signature,01/02/2001\n")
    out = tmp_path / "out.json"
    assert cli.main(["import", str(table), "-o", str(out)]) == 2
    err = capsys.readouterr().err
    for row in (2, 3, 4):
        assert f"bad.csv:{row}:" in err
    assert not out.exists()
    assert cli.main(["import", str(table), "-o", str(out), "--alias", "Congo"]) == 2


def test_the_import_page_runs(capsys: pytest.CaptureFixture[str]) -> None:
    page = (Path(__file__).resolve().parents[1] / "docs" / "import.md").read_text(encoding="utf-8")
    namespace: dict[str, object] = {}
    for block in re.findall(r"```python\n(.*?)```", page, flags=re.DOTALL):
        exec(compile(block, "docs/import.md", "exec"), namespace)
    printed = capsys.readouterr().out
    assert printed.startswith("3 row(s) could not be read (2, 4, 5):")
    shown = re.search(r"```text\n(.*?)```", page, flags=re.DOTALL)
    assert shown is not None
    for got, documented in zip(printed.splitlines(), shown.group(1).splitlines(), strict=True):
        head, _, tail = documented.partition("...")
        assert got.startswith(head)
        assert got.endswith(tail)
