"""The command line, run as a user runs it: in a subprocess, reading exit codes and streams.

The checks of output files run ``cli.main`` in this process (the same code, faster);
signals are sent to a real subprocess.
"""

from __future__ import annotations

import contextlib
import io
import os
import signal
import stat
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Any, BinaryIO

import attrs
import orjson
import pytest

import treatymodel as tm
from treatymodel import _limits, cli, datasets

ROOT = Path(__file__).resolve().parents[1]
SEED_JSON = ROOT / "examples" / "ru-kz-2025.json"
BIN = Path(sys.executable).parent


def run(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "treatymodel", *args],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=cwd,
        check=False,
    )


def assert_no_traceback(result: subprocess.CompletedProcess[str]) -> None:
    assert "Traceback" not in result.stderr
    assert "Traceback" not in result.stdout


@pytest.fixture(scope="module")
def seed() -> tm.Dossier:
    return datasets.load("ru-kz-2025")


@pytest.fixture
def seed_file(tmp_path: Path, seed: tm.Dossier) -> Path:
    path = tmp_path / "seed.json"
    path.write_text(tm.to_json(seed), encoding="utf-8")
    return path


def _with_duplicated_party(seed: tm.Dossier) -> tm.Dossier:
    declaration = seed.agreements[0]
    broken = attrs.evolve(declaration, parties=(*declaration.parties, declaration.parties[0]))
    return attrs.evolve(seed, agreements=(broken, *seed.agreements[1:]))


def test_version() -> None:
    result = run("--version")
    assert result.returncode == 0
    assert tm.__version__ in result.stdout


@pytest.mark.parametrize("command", [[], ["validate"], ["show"], ["schema"], ["convert"], ["example"]])
def test_help_on_every_command(command: list[str]) -> None:
    result = run(*command, "--help")
    assert result.returncode == 0
    assert "usage: treatymodel" in result.stdout


def test_console_script_is_installed() -> None:
    script = BIN / "treatymodel"
    assert script.exists()
    result = subprocess.run(
        [str(script), "--version"], capture_output=True, text=True, timeout=60, check=False
    )
    assert result.returncode == 0


def test_no_command_is_bad_usage() -> None:
    result = run()
    assert result.returncode == 2
    assert "usage" in result.stderr


def test_validate_seed_is_clean(seed_file: Path) -> None:
    result = run("validate", str(seed_file))
    assert result.returncode == 0, result.stderr
    assert "0 error(s), 0 warning(s)" in result.stderr


def test_validate_duplicated_party_exits_1(tmp_path: Path, seed: tm.Dossier) -> None:
    path = tmp_path / "dup.json"
    path.write_text(tm.to_json(_with_duplicated_party(seed)), encoding="utf-8")
    result = run("validate", str(path))
    assert result.returncode == 1
    assert f"{path}: $.agreements[0].parties[2]" in result.stderr
    assert_no_traceback(result)


def test_validate_truncated_file_exits_2(tmp_path: Path, seed_file: Path) -> None:
    path = tmp_path / "truncated.json"
    path.write_bytes(seed_file.read_bytes()[:500])
    result = run("validate", str(path))
    assert result.returncode == 2
    assert str(path) in result.stderr
    assert_no_traceback(result)


def test_validate_missing_file_exits_2(tmp_path: Path) -> None:
    result = run("validate", str(tmp_path / "nowhere.json"))
    assert result.returncode == 2
    assert "cannot read" in result.stderr
    assert_no_traceback(result)


def test_validate_structurally_invalid_exits_2_with_path(tmp_path: Path, seed_file: Path) -> None:
    document = orjson.loads(seed_file.read_bytes())
    document["agreements"][0]["date"] = 20251112
    path = tmp_path / "bad-type.json"
    path.write_bytes(orjson.dumps(document))
    result = run("validate", str(path))
    assert result.returncode == 2
    assert "$.agreements[0].date" in result.stderr
    assert_no_traceback(result)


def test_validate_jsonl_names_the_bad_line(tmp_path: Path, seed: tm.Dossier) -> None:
    good = tm.to_json(seed)
    path = tmp_path / "many.jsonl"
    path.write_text(f"{good}\n{good}\n{good[:-40]}\n", encoding="utf-8")
    result = run("validate", str(path))
    assert result.returncode == 2
    assert f"{path}:3:" in result.stderr
    assert_no_traceback(result)


def test_validate_jsonl_reports_errors_per_line(tmp_path: Path, seed: tm.Dossier) -> None:
    path = tmp_path / "two.jsonl"
    path.write_text(f"{tm.to_json(seed)}\n{tm.to_json(_with_duplicated_party(seed))}\n", encoding="utf-8")
    result = run("validate", str(path))
    assert result.returncode == 1
    assert f"{path}:2: $.agreements[0].parties[2]" in result.stderr


def test_validate_format_json_parses(tmp_path: Path, seed: tm.Dossier) -> None:
    path = tmp_path / "dup.json"
    path.write_text(tm.to_json(_with_duplicated_party(seed)), encoding="utf-8")
    result = run("validate", "--format", "json", str(path))
    assert result.returncode == 1
    issues = orjson.loads(result.stdout)
    assert issues
    assert {"file", "line", "path", "code", "severity", "message"} <= set(issues[0])
    assert any(i["path"] == "$.agreements[0].parties[2]" for i in issues)


def test_validate_ignore_and_select(tmp_path: Path, seed: tm.Dossier) -> None:
    path = tmp_path / "dup.json"
    path.write_text(tm.to_json(_with_duplicated_party(seed)), encoding="utf-8")
    issues = orjson.loads(run("validate", "--format", "json", str(path)).stdout)
    codes = sorted({i["code"] for i in issues if i["severity"] == "error"})
    ignored = run("validate", "--ignore", ",".join(codes), str(path))
    assert ignored.returncode == 0, ignored.stderr
    selected = run("validate", "--format", "json", "--select", codes[0], str(path))
    assert {i["code"] for i in orjson.loads(selected.stdout)} == {codes[0]}


def test_validate_unknown_rule_code_is_bad_usage(seed_file: Path) -> None:
    result = run("validate", "--select", "XX-999", str(seed_file))
    assert result.returncode == 2
    assert "XX-999" in result.stderr
    assert_no_traceback(result)


def test_strict_fails_on_warnings(tmp_path: Path, seed: tm.Dossier) -> None:
    # A political declaration recorded as ratified: the rules warn, they do not fail.
    declaration = seed.agreements[0]
    ratified = attrs.evolve(
        declaration,
        legally_binding=False,
        party_actions=(
            tm.PartyAction(
                kind=tm.PartyActionKind.RATIFICATION,
                party=tm.StateRef(code="KAZ"),
                date=tm.PartialDate.parse("2026"),
            ),
        ),
    )
    path = tmp_path / "warn.json"
    path.write_text(
        tm.to_json(attrs.evolve(seed, agreements=(ratified, *seed.agreements[1:]))), encoding="utf-8"
    )
    relaxed = run("validate", str(path))
    assert relaxed.returncode == 0, relaxed.stderr
    assert "warning" in relaxed.stderr
    strict = run("validate", "--strict", str(path))
    assert strict.returncode == 1


def test_show_bundled_seed() -> None:
    result = run("show", "ru-kz-2025")
    assert result.returncode == 0, result.stderr
    for needle in ("Vladimir Putin", "Kassym-Jomart Tokayev", "Kremlin", "Bolshoi Theatre", "CSTO"):
        assert needle in result.stdout
    assert "President of the Republic of Kazakhstan" in result.stdout


def test_show_file(seed_file: Path) -> None:
    result = run("show", str(seed_file))
    assert result.returncode == 0
    assert "Bolshoi Theatre" in result.stdout


def test_show_unknown_name_exits_2() -> None:
    result = run("show", "no-such-record")
    assert result.returncode == 2
    assert_no_traceback(result)


def test_schema_prints_the_schema() -> None:
    result = run("schema")
    assert result.returncode == 0
    assert orjson.loads(result.stdout) == tm.json_schema()


def test_example_equals_the_committed_example() -> None:
    result = run("example", "ru-kz-2025")
    assert result.returncode == 0
    assert result.stdout == SEED_JSON.read_text(encoding="utf-8")


def test_example_list() -> None:
    result = run("example", "--list")
    assert result.returncode == 0
    assert result.stdout.split() == list(datasets.names())


def test_example_unknown_name_exits_2() -> None:
    result = run("example", "atlantis")
    assert result.returncode == 2
    assert "ru-kz-2025" in result.stderr


def test_convert_json_to_jsonl_and_back(tmp_path: Path, seed_file: Path) -> None:
    lines = tmp_path / "seed.jsonl"
    back = tmp_path / "back.json"
    assert run("convert", str(seed_file), str(lines)).returncode == 0
    assert lines.read_text(encoding="utf-8").count("\n") == 1
    assert run("convert", str(lines), str(back)).returncode == 0
    assert back.read_text(encoding="utf-8") == seed_file.read_text(encoding="utf-8") + "\n"


def test_convert_jsonl_many_to_json_array(tmp_path: Path, seed: tm.Dossier) -> None:
    lines = tmp_path / "two.jsonl"
    lines.write_text(f"{tm.to_json(seed)}\n{tm.to_json(seed)}\n", encoding="utf-8")
    out = tmp_path / "two.json"
    assert run("convert", str(lines), str(out)).returncode == 0
    assert len(orjson.loads(out.read_bytes())) == 2
    again = tmp_path / "again.jsonl"
    assert run("convert", str(out), str(again)).returncode == 0
    assert again.read_text(encoding="utf-8") == lines.read_text(encoding="utf-8")


def test_convert_never_overwrites_its_input(seed_file: Path) -> None:
    before = seed_file.read_bytes()
    result = run("convert", str(seed_file), str(seed_file))
    assert result.returncode == 2
    assert "input" in result.stderr
    assert seed_file.read_bytes() == before


def test_convert_bad_input_leaves_no_output(tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text("{", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    result = run("convert", str(bad), str(out))
    assert result.returncode == 2
    assert not out.exists()
    assert list(tmp_path.iterdir()) == [bad]
    assert_no_traceback(result)


def test_strict_reports_what_may_be_wrong(tmp_path: Path, seed: tm.Dossier) -> None:
    # An event dated only to the month of a two-day visit: may lie outside it, is not known to.
    visit = seed.visits[0]
    event = attrs.evolve(visit.program[0], date=tm.PartialDate.parse("2025-11"))
    coarse = attrs.evolve(visit, program=(event, *visit.program[1:]))
    path = tmp_path / "coarse.json"
    path.write_text(tm.to_json(attrs.evolve(seed, visits=(coarse, *seed.visits[1:]))), encoding="utf-8")
    relaxed = run("validate", "--format", "json", str(path))
    assert relaxed.returncode == 0, relaxed.stderr
    assert orjson.loads(relaxed.stdout) == []
    strict = run("validate", "--format", "json", "--strict", str(path))
    assert strict.returncode == 1
    found = orjson.loads(strict.stdout)
    assert {i["code"] for i in found} == {"TM-V003"}
    assert all(i["message"].startswith("may:") and i["severity"] == "warning" for i in found)


# -- Output files (issue 16, points 1 and 10): regular files only, atomically, or stdout.


def _writer_of(fifo: Path, process: subprocess.Popen[Any]) -> BinaryIO:
    """The write end of ``fifo`` once ``process`` reads it (a plain open would wait for ever if it failed)."""
    deadline = time.monotonic() + 60
    while True:
        try:
            fd = os.open(fifo, os.O_WRONLY | os.O_NONBLOCK)
        except OSError as exc:  # ENXIO: no reader yet
            if process.poll() is not None or time.monotonic() > deadline:
                raise AssertionError(f"the command never read {fifo}: {process.communicate()}") from exc
            time.sleep(0.005)
            continue
        os.set_blocking(fd, True)
        return open(fd, "wb")  # the caller closes it


def _temporaries(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".tmp"))


def convert(*args: str, capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    """``treatymodel convert`` in this process: faster than a subprocess, same code path."""
    code = cli.main(["convert", *args])
    out, err = capsys.readouterr()
    assert "Traceback" not in out + err
    return code, out, err


@pytest.mark.parametrize("through_a_link", [False, True], ids=["fifo", "link-to-fifo"])
def test_convert_refuses_a_fifo_and_leaves_it_alone(
    tmp_path: Path, seed_file: Path, through_a_link: bool, capsys: pytest.CaptureFixture[str]
) -> None:
    # Point 1: `convert a.jsonl /dev/null` as root turned the device into a regular file;
    # a FIFO and a link to one stand for the device here.
    fifo = tmp_path / "null"
    os.mkfifo(fifo)
    out = tmp_path / "link" if through_a_link else fifo
    if through_a_link:
        out.symlink_to(fifo)
    code, _, err = convert(str(seed_file), str(out), capsys=capsys)
    assert code == cli.EXIT_UNREADABLE
    assert f"{out}: is a FIFO (named pipe), not a regular file" in err
    assert "write to - for standard output" in err
    assert stat.S_ISFIFO(fifo.stat().st_mode)
    assert out.is_symlink() == through_a_link
    assert _temporaries(tmp_path) == []


def test_convert_refuses_a_directory(
    tmp_path: Path, seed_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = convert(str(seed_file), str(tmp_path), capsys=capsys)
    assert code == cli.EXIT_UNREADABLE
    assert "is a directory, not a regular file" in err


def test_convert_to_standard_output(seed_file: Path, seed: tm.Dossier) -> None:
    # Point 1: writing to stdout or a pipe failed with a temporary file in /dev.
    result = run("convert", str(seed_file), "-")
    assert result.returncode == 0, result.stderr
    assert result.stdout == tm.to_json(seed) + "\n"


def test_convert_jsonl_to_standard_output_as_json(
    tmp_path: Path, seed: tm.Dossier, capsys: pytest.CaptureFixture[str]
) -> None:
    lines = tmp_path / "two.jsonl"
    lines.write_text(f"{tm.to_json(seed)}\n{tm.to_json(seed)}\n", encoding="utf-8")
    assert convert(str(lines), "-", capsys=capsys)[1] == lines.read_text(encoding="utf-8")
    assert len(orjson.loads(convert(str(lines), "-", "--to", "json", capsys=capsys)[1])) == 2


def test_convert_through_a_link_keeps_the_link(
    tmp_path: Path, seed_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    real = tmp_path / "real.jsonl"
    real.write_text("old\n", encoding="utf-8")
    link = tmp_path / "link.jsonl"
    link.symlink_to(real)
    assert convert(str(seed_file), str(link), capsys=capsys)[0] == cli.EXIT_OK
    assert link.is_symlink()
    assert real.read_text(encoding="utf-8") == seed_file.read_text(encoding="utf-8") + "\n"


def test_convert_keeps_the_mode_of_the_output(
    tmp_path: Path, seed_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # Point 10: the output was always 0600.
    out = tmp_path / "out.jsonl"
    out.write_text("old\n", encoding="utf-8")
    out.chmod(0o644)
    assert convert(str(seed_file), str(out), capsys=capsys)[0] == cli.EXIT_OK
    assert stat.S_IMODE(out.stat().st_mode) == 0o644


def test_convert_names_a_missing_folder(
    tmp_path: Path, seed_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # Point 10: the message named the temporary file.
    code, _, err = convert(str(seed_file), str(tmp_path / "nowhere" / "out.jsonl"), capsys=capsys)
    assert code == cli.EXIT_UNREADABLE
    assert f"the folder {tmp_path / 'nowhere'} does not exist" in err
    assert ".tmp" not in err


@pytest.mark.parametrize(
    ("signum", "code", "word"),
    [(signal.SIGTERM, 143, "terminated"), (signal.SIGINT, 130, "interrupted")],
    ids=["SIGTERM", "SIGINT"],
)
def test_convert_stopped_by_a_signal_removes_its_temporary_file(
    tmp_path: Path, seed: tm.Dossier, signum: int, code: int, word: str
) -> None:
    # Point 10: SIGTERM left a hidden temporary file, Ctrl-C printed a traceback. The
    # input is a FIFO fed by the test, so the signal arrives while the output is open.
    source = tmp_path / "in.jsonl"
    os.mkfifo(source)
    out = tmp_path / "out.jsonl"
    out.write_text("old\n", encoding="utf-8")
    process = subprocess.Popen(
        [sys.executable, "-m", "treatymodel", "convert", str(source), str(out)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    with _writer_of(source, process) as feed:  # the child reads it after creating its temporary
        feed.write(tm.to_json(seed).encode() + b"\n")
        feed.flush()
        deadline = time.monotonic() + 60
        while not _temporaries(tmp_path) and time.monotonic() < deadline:
            time.sleep(0.005)
        assert _temporaries(tmp_path)
        process.send_signal(signum)
        _, stderr = process.communicate(timeout=60)
    assert process.returncode == code
    assert stderr == f"treatymodel: {word}\n"
    assert _temporaries(tmp_path) == []
    assert out.read_text(encoding="utf-8") == "old\n"


# -- Reading (issue 16, points 5, 9 and 10): bounded while reading, every bad line reported.


def _feed(fifo: Path, chunk: bytes, most: int) -> threading.Thread:
    """Write ``chunk`` into ``fifo`` until the reader goes away or ``most`` bytes are written.

    A FIFO that never ends stands for /dev/zero (the tests never touch a real device).
    """

    def pump() -> None:
        written = 0
        with contextlib.suppress(BrokenPipeError), open(fifo, "wb") as sink:
            while written < most:
                sink.write(chunk)
                written += len(chunk)
        FED[fifo] = written

    thread = threading.Thread(target=pump, daemon=True)
    thread.start()
    return thread


FED: dict[Path, int] = {}


@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("zero.json", "zero.json: $: error: document too large: at least 67,108,865 bytes"),
        ("zero.jsonl", "zero.jsonl:1: $: error: line too large: at least 67,108,865 bytes"),
    ],
)
def test_validate_an_endless_stream_stops_at_the_size_limit(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str, message: str
) -> None:
    # Point 5: a link to /dev/zero (or a .jsonl line with no end) was read whole: a
    # MemoryError. Now the reading stops one byte past the 64 MiB limit.
    fifo = tmp_path / name
    os.mkfifo(fifo)
    feeder = _feed(fifo, b"\0" * 65536, 256 * 1024 * 1024)
    assert cli.main(["validate", str(fifo)]) == cli.EXIT_UNREADABLE
    feeder.join(timeout=60)
    err = capsys.readouterr().err
    assert message in err
    assert "Traceback" not in err
    assert FED[fifo] < 128 * 1024 * 1024  # the reader went away long before the end


def _small_dossier(i: int) -> str:
    return tm.to_json(tm.Dossier(id=f"d{i}", title=f"Dossier {i}"))


def test_validate_jsonl_reports_every_bad_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # Point 9: validate stopped at the first bad line and still said `0 error(s)`.
    lines = [_small_dossier(i) for i in range(10_000)]
    lines[7999] = lines[7999].replace('"title":', '"title":7,"x":', 1)
    lines[8999] = "{oops"
    path = tmp_path / "many.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert cli.main(["validate", str(path)]) == cli.EXIT_UNREADABLE
    err = capsys.readouterr().err.splitlines()
    assert err[0].startswith(f"{path}:8000: $.title: error: expected a string, found number 7")
    assert err[1].startswith(f"{path}:8000: $.x: error: unknown key 'x'")
    assert err[2].startswith(f"{path}:9000: $: error: invalid JSON")
    assert err[3] == "1 file(s) checked: 3 error(s), 0 warning(s); 2 record(s) could not be read"


def test_validate_json_format_gives_line_and_path_of_fatal_items(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "three.jsonl"
    good = _small_dossier(1)
    bad = good.replace('"d1"', "7")
    path.write_text(f"{good}\n{bad}\n\n", encoding="utf-8")
    assert cli.main(["validate", "--format", "json", str(path)]) == cli.EXIT_UNREADABLE
    items = orjson.loads(capsys.readouterr().out)
    assert [(i["line"], i["path"], i["severity"]) for i in items] == [(2, "$.id", "fatal"), (3, "$", "fatal")]
    assert items[0]["message"] == "expected a string, found number 7"
    assert items[1]["message"] == "expected a JSON document, found a blank line"


def test_validate_and_iter_jsonl_treat_blank_lines_alike(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # Point 9: the command line skipped the blank lines that iter_jsonl rejects.
    path = tmp_path / "blank.jsonl"
    path.write_text(f"{_small_dossier(1)}\n  \n{_small_dossier(2)}\n", encoding="utf-8")
    assert cli.main(["validate", str(path)]) == cli.EXIT_UNREADABLE
    assert f"{path}:2: $: error: expected a JSON document, found a blank line" in capsys.readouterr().err
    with pytest.raises(tm.DecodeError, match="found a blank line") as info:
        list(tm.iter_jsonl(path, tm.Dossier))
    assert info.value.errors[0].line == 2


def test_validate_reads_files_after_an_unreadable_one(
    tmp_path: Path, seed_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code = cli.main(["validate", "--format", "json", str(tmp_path / "nowhere.json"), str(seed_file)])
    assert code == cli.EXIT_UNREADABLE
    (item,) = orjson.loads(capsys.readouterr().out)
    assert (item["line"], item["path"]) == (None, None)
    assert item["message"] == "cannot read: No such file or directory"


def test_convert_reports_every_bad_line_and_writes_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "in.jsonl"
    source.write_text(f"{_small_dossier(1)}\n{{oops\n{_small_dossier(2)}\n\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    code, _, err = convert(str(source), str(out), capsys=capsys)
    assert code == cli.EXIT_UNREADABLE
    assert f"{source}:2: $: error: invalid JSON" in err
    assert f"{source}:4: $: error: expected a JSON document, found a blank line" in err
    assert not out.exists()
    assert _temporaries(tmp_path) == []


def test_convert_writes_each_record_before_reading_the_next(tmp_path: Path, seed: tm.Dossier) -> None:
    # Point 10: converting 200 MB held every record (600 MB). The input is a FIFO: the
    # first record must reach the output before the second is even written.
    source = tmp_path / "in.jsonl"
    os.mkfifo(source)
    out = tmp_path / "out.jsonl"
    line = tm.to_json(seed).encode() + b"\n"
    process = subprocess.Popen(
        [sys.executable, "-m", "treatymodel", "convert", str(source), str(out)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    with _writer_of(source, process) as feed:
        feed.write(line)
        feed.flush()
        deadline = time.monotonic() + 60
        written = 0
        while written < len(line) and time.monotonic() < deadline:
            names = _temporaries(tmp_path)
            written = (tmp_path / names[0]).stat().st_size if names else 0
            time.sleep(0.005)
        assert written >= len(line)
        feed.write(line)
    assert process.wait(timeout=60) == 0
    assert out.read_bytes() == line + line


# -- Text safe to print (issue 16, point 4): what the command line echoes is escaped.


def test_a_file_name_cannot_forge_the_summary(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    name = "evil\n1 file(s) checked: 0 error(s), 0 warning(s)\n.json"
    path = tmp_path / name
    path.write_text("{", encoding="utf-8")
    assert cli.main(["validate", str(path)]) == cli.EXIT_UNREADABLE
    lines = capsys.readouterr().err.splitlines()
    assert [line for line in lines if line.startswith("1 file(s) checked")] == [lines[-1]]
    assert lines[-1] == "1 file(s) checked: 1 error(s), 0 warning(s); 1 file(s) could not be read"
    assert "evil\\n1 file(s) checked: 0 error(s), 0 warning(s)\\n.json: $: error: invalid JSON" in lines[0]


def test_values_and_keys_in_messages_are_escaped(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "hostile.json"
    document = {
        "format": "treatymodel",
        "version": "1.0",
        "id": "x",
        "title": "\x9b2J\x1b]0;owned\x07",
        "\u202eyek": 1,
    }
    path.write_bytes(orjson.dumps(document))
    assert cli.main(["validate", str(path)]) == cli.EXIT_UNREADABLE
    err = capsys.readouterr().err
    assert not any(char in err for char in "\x9b\x1b\x07\u202e")
    assert '$.title: error: must be text without control characters (U+009B), found string "\\x9b2J' in err
    assert "unknown key '\\u202eyek'" in err


def test_json_report_of_a_file_name_not_in_utf8(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    name = os.fsdecode(b"bad-\xff.json")
    (tmp_path / name).write_text("{", encoding="utf-8")
    assert cli.main(["validate", "--format", "json", str(tmp_path / name)]) == cli.EXIT_UNREADABLE
    (item,) = orjson.loads(capsys.readouterr().out)
    assert item["file"].endswith("bad-\\xff.json")


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("plain", "plain"),
        ("Договор\u00a01", "Договор\u00a01"),
        ("a\x1b[2Jb", "a\\x1b[2Jb"),
        ("line\nbreak\r", "line\\nbreak\\r"),
        ("tab\there", "tab\\there"),
        ("\u202eevil", "\\u202eevil"),
        ("\U000e0041", "\\U000e0041"),
        (os.fsdecode(b"\xff"), "\\xff"),
    ],
)
def test_shown_escapes_what_a_terminal_would_act_on(text: str, shown: str) -> None:
    assert cli._shown(text) == shown


def test_show_keeps_its_own_line_breaks(seed: tm.Dossier, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["show", "ru-kz-2025"]) == cli.EXIT_OK
    out = capsys.readouterr().out
    assert out.count("\n") > 20
    assert "\\n" not in out


def test_convert_refuses_a_json_array_it_could_not_read_back(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    # Issue 16, point 8: what the command line writes, it reads. An array is one JSON
    # document, held to the size limit (made small here, as 64 MiB is slow to build).
    source = tmp_path / "in.jsonl"
    source.write_text("".join(_small_dossier(i) + "\n" for i in range(100)), encoding="utf-8")
    out = tmp_path / "out.json"
    monkeypatch.setattr(_limits, "MAX_BYTES", 4096)
    code, _, err = convert(str(source), str(out), capsys=capsys)
    assert code == cli.EXIT_UNREADABLE
    assert "a JSON array of these records is larger than 4,096 bytes" in err
    assert "write JSON Lines (.jsonl) instead" in err
    assert not out.exists()
    assert _temporaries(tmp_path) == []


# -- The command line, finished (issue 18, point 4).


class _Terminal(io.StringIO):
    """A text stream that says it is a terminal."""

    def isatty(self) -> bool:
        return True


def test_every_command_reads_a_json_array_and_json_lines(
    tmp_path: Path, seed: tm.Dossier, capsys: pytest.CaptureFixture[str]
) -> None:
    # `convert` wrote several records as an array that `validate` and `show` then refused.
    lines = tmp_path / "two.jsonl"
    lines.write_text(f"{tm.to_json(seed)}\n{_small_dossier(1)}\n", encoding="utf-8")
    array = tmp_path / "two.json"
    assert cli.main(["convert", str(lines), str(array)]) == cli.EXIT_OK
    assert array.read_bytes().startswith(b"[")
    capsys.readouterr()
    assert cli.main(["validate", str(array), str(lines)]) == cli.EXIT_OK
    assert capsys.readouterr().err.strip() == "2 file(s) checked: 0 error(s), 0 warning(s)"
    one = tmp_path / "one.json"
    one.write_text(f"[{tm.to_json(seed)}]", encoding="utf-8")
    one_line = tmp_path / "one.jsonl"
    one_line.write_text(tm.to_json(seed) + "\n", encoding="utf-8")
    for path in (one, one_line):
        assert cli.main(["show", str(path)]) == cli.EXIT_OK
        assert "Parties: Russia, Kazakhstan" in capsys.readouterr().out
    assert cli.main(["show", str(array)]) == cli.EXIT_UNREADABLE
    assert "expected one record, found 2" in capsys.readouterr().err


def test_convert_refuses_an_unknown_output_extension(
    tmp_path: Path, seed_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "out.csv"
    code, _, err = convert(str(seed_file), str(out), capsys=capsys)
    assert code == cli.EXIT_UNREADABLE
    assert "unknown output format '.csv': name OUT .json, .jsonl or .ndjson, or give --to" in err
    assert not out.exists()
    assert convert(str(seed_file), str(out), "--to", "jsonl", capsys=capsys)[0] == cli.EXIT_OK
    assert tm.from_json(out.read_text(encoding="utf-8").strip(), tm.Dossier).id == "ru-kz-2025"
    ndjson = tmp_path / "out.NDJSON"
    assert convert(str(seed_file), str(ndjson), capsys=capsys)[0] == cli.EXIT_OK


def test_the_summary_counts_unreadable_files(
    tmp_path: Path, seed_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    truncated = tmp_path / "truncated.json"
    truncated.write_text(seed_file.read_text(encoding="utf-8")[:100], encoding="utf-8")
    missing = tmp_path / "missing.json"
    code = cli.main(["validate", str(seed_file), str(truncated), str(missing)])
    assert code == cli.EXIT_UNREADABLE
    summary = capsys.readouterr().err.splitlines()[-1]
    assert summary == "3 file(s) checked: 2 error(s), 0 warning(s); 2 file(s) could not be read"


def test_a_bad_line_is_a_record_not_a_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "three.jsonl"
    path.write_text(f"{_small_dossier(1)}\n{{oops\n{_small_dossier(2)}\n", encoding="utf-8")
    assert cli.main(["validate", str(path)]) == cli.EXIT_UNREADABLE
    summary = capsys.readouterr().err.splitlines()[-1]
    assert summary == "1 file(s) checked: 1 error(s), 0 warning(s); 1 record(s) could not be read"


def test_a_progress_line_on_a_terminal_only(monkeypatch: pytest.MonkeyPatch) -> None:
    terminal = _Terminal()
    monkeypatch.setattr(sys, "stderr", terminal)
    with cli._Progress("checking big.jsonl", delay=0, interval=0.01) as progress:
        progress.done = 1234
        time.sleep(0.1)
    written = terminal.getvalue()
    assert "\rchecking big.jsonl" not in written  # each draw first erases the line
    assert "\r\x1b[2Kchecking big.jsonl 1,234 record(s)" in written
    assert written.endswith("\r\x1b[2K")  # erased at the end
    plain = io.StringIO()
    monkeypatch.setattr(sys, "stderr", plain)
    with cli._Progress("checking big.jsonl", delay=0, interval=0.01):
        time.sleep(0.05)
    assert plain.getvalue() == ""


def test_the_progress_line_is_a_bar_when_the_total_is_known() -> None:
    progress = cli._Progress("checking")
    progress.total, progress.done = 4, 1
    assert progress.line().startswith("checking [#####               ]  25%")


def test_validate_shows_progress_on_a_terminal_and_erases_it_before_messages(
    tmp_path: Path, seed: tm.Dossier, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "many.jsonl"
    path.write_text(
        "".join(tm.to_json(_with_duplicated_party(seed)) + "\n" for _ in range(30)), encoding="utf-8"
    )
    terminal = _Terminal()
    monkeypatch.setattr(sys, "stderr", terminal)
    monkeypatch.setattr(cli, "PROGRESS_DELAY", 0)
    monkeypatch.setenv("NO_COLOR", "1")
    assert cli.main(["validate", str(path)]) == cli.EXIT_INVALID
    written = terminal.getvalue()
    assert "\x1b[2Kchecking " in written
    # Every message starts on a line of its own: none follows a progress line directly.
    for line in written.split("\n"):
        assert "record(s)" not in line.rsplit("\x1b[2K", 1)[-1] or "checked" in line


def test_standard_input_and_output(seed: tm.Dossier, tmp_path: Path) -> None:
    document = tm.to_json(seed)
    for stdin in (document, f"[{document}]", f"{document}\n{_small_dossier(1)}\n"):
        result = subprocess.run(
            [sys.executable, "-m", "treatymodel", "validate", "-"],
            input=stdin,
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )
        assert result.returncode == 0, result.stderr
    shown = subprocess.run(
        [sys.executable, "-m", "treatymodel", "show", "-"],
        input=document,
        capture_output=True,
        text=True,
        check=False,
    )
    assert "Parties: Russia, Kazakhstan" in shown.stdout
    converted = subprocess.run(
        [sys.executable, "-m", "treatymodel", "convert", "-", "-"],
        input=f"{document}\n{_small_dossier(1)}\n",
        capture_output=True,
        text=True,
        check=False,
    )
    assert converted.returncode == 0
    assert [tm.from_json(line, tm.Dossier).id for line in converted.stdout.splitlines()] == [
        "ru-kz-2025",
        "d1",
    ]


def test_folders_are_read_recursively(
    tmp_path: Path, seed: tm.Dossier, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "a" / "b").mkdir(parents=True)
    (tmp_path / "a" / "seed.json").write_text(tm.to_json(seed), encoding="utf-8")
    (tmp_path / "a" / "b" / "two.jsonl").write_text(
        f"{_small_dossier(1)}\n{_small_dossier(2)}\n", encoding="utf-8"
    )
    (tmp_path / "a" / "b" / "notes.txt").write_text("not a record", encoding="utf-8")
    (tmp_path / "a" / "b" / "bad.json").write_text("{", encoding="utf-8")
    assert cli.main(["validate", str(tmp_path / "a")]) == cli.EXIT_UNREADABLE
    err = capsys.readouterr().err
    assert err.splitlines()[-1] == "3 file(s) checked: 1 error(s), 0 warning(s); 1 file(s) could not be read"
    assert f"{tmp_path / 'a' / 'b' / 'bad.json'}: " in err
    (tmp_path / "empty").mkdir()
    assert cli.main(["validate", str(tmp_path / "empty")]) == cli.EXIT_UNREADABLE
    assert "a folder without .json, .jsonl or .ndjson files" in capsys.readouterr().err


def test_show_is_coloured_on_a_terminal_unless_no_color(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.delenv("NO_COLOR", raising=False)
    monkeypatch.setenv("TERM", "xterm")
    assert cli.main(["show", "ru-kz-2025"]) == cli.EXIT_OK
    assert "\x1b[" not in capsys.readouterr().out  # not a terminal
    terminal = _Terminal()
    monkeypatch.setattr(sys, "stdout", terminal)
    assert cli.main(["show", "ru-kz-2025"]) == cli.EXIT_OK
    coloured = terminal.getvalue()
    assert "\x1b[1mRussia-Kazakhstan: the Declaration" in coloured
    assert "\x1b[1m  " not in coloured  # indented lines are not headings
    monkeypatch.setenv("NO_COLOR", "1")
    plain = _Terminal()
    monkeypatch.setattr(sys, "stdout", plain)
    assert cli.main(["show", "ru-kz-2025"]) == cli.EXIT_OK
    assert "\x1b[" not in plain.getvalue()
    uncoloured = coloured.replace("\x1b[1m", "").replace("\x1b[2m", "").replace("\x1b[0m", "")
    assert uncoloured == plain.getvalue()


def test_validate_colours_severities_on_a_terminal(
    tmp_path: Path, seed: tm.Dossier, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "broken.json"
    path.write_text(tm.to_json(_with_duplicated_party(seed)), encoding="utf-8")
    monkeypatch.delenv("NO_COLOR", raising=False)
    monkeypatch.setenv("TERM", "xterm")
    terminal = _Terminal()
    monkeypatch.setattr(sys, "stderr", terminal)
    assert cli.main(["validate", str(path)]) == cli.EXIT_INVALID
    assert "\x1b[31m" in terminal.getvalue()
    monkeypatch.setenv("NO_COLOR", "1")
    plain = _Terminal()
    monkeypatch.setattr(sys, "stderr", plain)
    assert cli.main(["validate", str(path)]) == cli.EXIT_INVALID
    assert "\x1b[" not in plain.getvalue()


@pytest.mark.parametrize(
    ("args", "hint"),
    [
        (["valdate", "x.json"], "(did you mean 'validate'?)"),
        (["validate", "--strcit", "x.json"], "--strcit: did you mean '--strict'?"),
        (["validate", "--type", "dosier", "x.json"], "(did you mean 'dossier'?)"),
        (["convert", "x.json", "y.json", "--to", "jsnol"], "(did you mean 'jsonl'?)"),
        (["show", "ru-kz-2052"], "(did you mean 'ru-kz-2025'?)"),
        (["example", "ctbt-1997"], "(did you mean 'ctbt-1996'?)"),
        (["export", "open-skies-1993", "--to", "parquet", "out"], "(did you mean 'open-skies-1992'?)"),
    ],
)
def test_did_you_mean(args: list[str], hint: str) -> None:
    result = run(*args)
    assert result.returncode == cli.EXIT_UNREADABLE
    assert hint in result.stderr
    assert_no_traceback(result)


def test_no_suggestion_for_a_name_far_from_any() -> None:
    result = run("show", "atlantis")
    assert result.returncode == cli.EXIT_UNREADABLE
    assert "did you mean" not in result.stderr


def test_help_texts_say_what_each_command_does() -> None:
    show = run("show", "--help").stdout
    assert "for a person" not in show
    assert "Print a dossier as readable text" in show
    assert "- for standard input" in show
    assert "folders (read recursively)" in " ".join(run("validate", "--help").stdout.split())
    assert "- for standard input" in run("convert", "--help").stdout
