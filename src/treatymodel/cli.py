"""The ``treatymodel`` command line: validate, show, schema, convert, example.

Thin by design: it parses arguments, calls the library, prints, and sets the exit
code. Exit codes a script can trust:

- ``0``: every file read and no validation error (warnings allowed unless ``--strict``);
- ``1``: validation errors (or warnings with ``--strict``);
- ``2``: a file unreadable, not JSON, structurally invalid, or bad usage;
- ``130`` and ``143``: interrupted by Ctrl-C or SIGTERM (no temporary file is left).

Bad input never produces a traceback: every expected failure is a
`TreatyModelError` or an ``OSError`` and is reported
as a message on stderr.
"""

from __future__ import annotations

import argparse
import contextlib
import difflib
import io
import json
import os
import re
import signal
import sys
import threading
import time
import typing
import unicodedata
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import IO

import attrs
import orjson

import treatymodel as tm
from treatymodel import _files, _limits, datasets
from treatymodel.display import render_text
from treatymodel.serialization import jsonl_results

__all__ = ["main"]

EXIT_OK = 0
EXIT_INVALID = 1
EXIT_UNREADABLE = 2
#: Exit codes after Ctrl-C (SIGINT) and SIGTERM: 128 plus the signal, as shells report them.
EXIT_INTERRUPTED = 128 + signal.SIGINT
EXIT_TERMINATED = 128 + signal.SIGTERM
#: The file name meaning standard output (for an output) or standard input (for an input).
STDOUT = "-"
STDIN = "-"

#: Record types a file can hold, by the name used on the command line.
RECORD_TYPES: dict[str, type] = {
    "dossier": tm.Dossier,
    "agreement": tm.Agreement,
    "visit": tm.Visit,
}
_JSONL_SUFFIXES = (".jsonl", ".ndjson")
_JSON_SUFFIXES = (".json",)


#: One thing wrong with a file: the JSON Lines line (or ``None``), the JSON path (or
#: ``None`` for the file as a whole) and the message.
Finding = tuple[int | None, str | None, str]


class _Problem(tm.TreatyModelError):
    """A file could not be read (or written); carries what to report."""

    def __init__(self, file: str, findings: list[Finding]) -> None:
        self.file = file
        self.findings = findings
        super().__init__("\n".join(self.lines()))

    def lines(self) -> list[str]:
        return [_finding_text(self.file, *finding) for finding in self.findings]


def _finding_text(file: str, line: int | None, path: str | None, message: str) -> str:
    where = f"{file}:{line}" if line else file
    return f"{where}: {path}: error: {message}" if path is not None else f"{where}: {message}"


# -- Text safe to print. Whatever the command line echoes (file names, values in
# messages, JSON paths, a record's text) can hold characters a terminal acts on: an
# escape sequence clears the screen or sets the window title, a carriage return or a
# line feed forges a line of the report, a bidirectional override reorders it. Every
# character that does not print as itself is written as an escape instead.

_ESCAPES = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}


def _shown(text: str, keep: str = "") -> str:
    r"""``text`` with every character a terminal would not print as itself escaped (``\x1b``)."""
    if text.isprintable():
        return text
    return "".join(_escape(char) if _unsafe(char) and char not in keep else char for char in text)


def _unsafe(char: str) -> bool:
    return not char.isprintable() and unicodedata.category(char) != "Zs"  # spaces print as spaces


def _escape(char: str) -> str:
    code = ord(char)
    if 0xDC80 <= code <= 0xDCFF:  # a byte of a file name that is not UTF-8 (surrogateescape)
        return f"\\x{code - 0xDC00:02x}"
    if char in _ESCAPES:
        return _ESCAPES[char]
    if code < 0x100:
        return f"\\x{code:02x}"
    return f"\\u{code:04x}" if code < 0x10000 else f"\\U{code:08x}"


def _say(text: str, stream: IO[str] | None = None, *, keep: str = "") -> None:
    """Print ``text`` (to stderr by default) with its unprintable characters escaped."""
    if stream is None:
        _Progress.clear()
    print(_shown(text, keep), file=sys.stderr if stream is None else stream)


def _utf8(name: str) -> str:
    r"""A file name as JSON can hold it: bytes that are not UTF-8 escaped as ``\xff``."""
    return name.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")


def _did_you_mean(word: str, choices: Sequence[str]) -> str:
    """`` (did you mean 'x'?)`` for the closest of ``choices`` to a mistyped ``word``, or ``""``."""
    close = difflib.get_close_matches(word, list(choices), n=1, cutoff=0.6)
    return f" (did you mean {close[0]!r}?)" if close else ""


# -- Colour: only when the stream is a terminal, and never when NO_COLOR is set to
# anything non-empty (https://no-color.org) or the terminal is "dumb".

_BOLD, _RED, _YELLOW, _DIM, _RESET = "\x1b[1m", "\x1b[31m", "\x1b[33m", "\x1b[2m", "\x1b[0m"


def _coloured(stream: IO[str]) -> bool:
    """Whether to colour what goes to ``stream``."""
    if os.environ.get("NO_COLOR") or os.environ.get("TERM") == "dumb":
        return False
    isatty = getattr(stream, "isatty", None)
    return bool(isatty and isatty())


def _paint(text: str, colour: str, on: bool) -> str:
    return f"{colour}{text}{_RESET}" if on and text else text


def _headings(text: str) -> str:
    """A summary with its headings (unindented lines) in bold and their underlines dimmed."""
    lines = text.split("\n")
    for index, line in enumerate(lines):
        if line and set(line) == {"="}:
            lines[index] = _paint(line, _DIM, True)
        elif line and not line[0].isspace():
            lines[index] = _paint(line, _BOLD, True)
    return "\n".join(lines)


#: Seconds of silence before a progress line appears: a short job shows none.
PROGRESS_DELAY = 1.0


class _Progress:
    """A progress line on stderr for long jobs, only when stderr is a terminal.

    Nothing is written in the first ``delay`` seconds (short jobs stay silent), then
    the line is redrawn at most every ``interval`` seconds by a background thread, so
    that a single large document read in one call shows its progress too; it is
    erased at the end.
    """

    def __init__(self, label: str, *, delay: float | None = None, interval: float = 0.2) -> None:
        self.label = label
        self.done = 0
        self.total: int | None = None
        self.unit = "record(s)"
        self.shown = False
        self.delay = PROGRESS_DELAY if delay is None else delay
        self.interval = interval
        self._start = time.monotonic()
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    #: Held while the line is drawn or erased: a message printed meanwhile erases it first.
    _lock = threading.Lock()
    _active: _Progress | None = None

    def __enter__(self) -> _Progress:
        if sys.stderr.isatty():
            _Progress._active = self
            self._thread = threading.Thread(target=self._run, daemon=True)
            self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join()
        _Progress._active = None
        self.erase()

    def erase(self) -> None:
        """Remove the line, if shown, so that a message starts on a clean line; it is redrawn later."""
        with self._lock:
            if self.shown:
                sys.stderr.write("\r\x1b[2K")
                sys.stderr.flush()
                self.shown = False

    @classmethod
    def clear(cls) -> None:
        """Erase the progress line of the job running, if any (before a message on stderr)."""
        active = cls._active
        if active is not None:
            active.erase()

    def _run(self) -> None:
        if self._stop.wait(self.delay):
            return
        while True:
            self.draw()
            if self._stop.wait(self.interval):
                return

    def line(self) -> str:
        """The progress line: a bar when the total is known, else a count; and the time taken."""
        elapsed = time.monotonic() - self._start
        if self.total:
            share = min(self.done / self.total, 1.0)
            bar = "#" * int(share * 20)
            return f"{self.label} [{bar:<20}] {share:4.0%} {elapsed:.0f} s"
        count = f" {self.done:,} {self.unit}" if self.done else ""
        return f"{self.label}{count} {elapsed:.0f} s"

    def draw(self) -> None:
        with self._lock:
            sys.stderr.write("\r\x1b[2K" + _shown(self.line()))
            sys.stderr.flush()
            self.shown = True


def _decode_findings(exc: tm.DecodeError, line: int | None = None) -> list[Finding]:
    return [(item.line or line, item.path, item.message) for item in exc.errors]


def _is_jsonl(path: str) -> bool:
    return path.lower().endswith(_JSONL_SUFFIXES)


def _read_bytes(path: str) -> bytes:
    """A whole JSON file (or standard input), read no further than the size limit (it may be a pipe)."""
    try:
        if path == STDIN:
            data = sys.stdin.buffer.read(_limits.MAX_BYTES + 1)
        else:
            with open(path, "rb") as handle:
                data = handle.read(_limits.MAX_BYTES + 1)
    except OSError as exc:
        raise _Problem(path, [(None, None, f"cannot read: {exc.strerror or exc}")]) from exc
    if len(data) > _limits.MAX_BYTES:
        error = _limits.too_large(len(data), _limits.MAX_BYTES, None, exact=False)
        raise _Problem(path, _decode_findings(error))
    return data


def _outcomes(path: str, cls: type) -> Iterator[tuple[int | None, object]]:
    """``(line, record)``, or ``(line, DecodeError)``, for each record of a JSON or JSON Lines file.

    JSON Lines are read one line at a time, as `treatymodel.iter_jsonl` reads
    them (blank lines are errors, a line over the size limit is the last one read). A
    JSON file holds one record or an array of records. Standard input (``-``) is
    either: JSON Lines when its first line is a whole JSON object and more lines
    follow.
    """
    if path == STDIN:
        data = _read_bytes(path)
        if _looks_like_jsonl(data):
            for number, result in jsonl_results(io.BytesIO(data), cls, _limits.DEFAULTS):
                yield abs(number), result
            return
        yield from _data_outcomes(data, cls)
        return
    if not _is_jsonl(path):
        yield from _json_outcomes(path, cls)
        return
    try:
        handle = open(path, "rb")  # noqa: SIM115 - closed below, lines are streamed
    except OSError as exc:
        raise _Problem(path, [(None, None, f"cannot read: {exc.strerror or exc}")]) from exc
    with handle:
        for number, result in jsonl_results(handle, cls, _limits.DEFAULTS):
            yield abs(number), result


def _looks_like_jsonl(data: bytes) -> bool:
    first, newline, rest = data.lstrip().partition(b"\n")
    if not newline or not rest.strip() or first[:1] != b"{":
        return False
    try:
        return type(orjson.loads(first)) is dict
    except orjson.JSONDecodeError:
        return False


def _expand(paths: Sequence[str]) -> list[str]:
    """The files to read: each directory replaced by its JSON and JSON Lines files, recursively, sorted."""
    found: list[str] = []
    for path in paths:
        if path != STDIN and Path(path).is_dir():
            inside = sorted(
                str(p)
                for p in Path(path).rglob("*")
                if p.suffix.lower() in (*_JSON_SUFFIXES, *_JSONL_SUFFIXES) and p.is_file()
            )
            if not inside:
                raise _Problem(path, [(None, None, "a folder without .json, .jsonl or .ndjson files")])
            found.extend(inside)
        else:
            found.append(path)
    return found


def _document(data: bytes, cls: type) -> object:
    """The record of a JSON document, or the `DecodeError` saying why not."""
    try:
        return tm.from_json(data, cls)
    except tm.DecodeError as exc:
        return exc


def _no_such(name: str) -> _Problem:
    hint = _did_you_mean(name, datasets.names())
    return _Problem(name, [(None, None, f"no such file, and no bundled record of that name{hint}")])


def _load_one(path_or_name: str, cls: type) -> object:
    if path_or_name != STDIN and not Path(path_or_name).exists():
        names = datasets.names()
        if path_or_name in names:
            return datasets.load(path_or_name)
        raise _no_such(path_or_name)
    records = []
    for line, outcome in _outcomes(path_or_name, cls):
        if isinstance(outcome, tm.DecodeError):
            raise _Problem(path_or_name, _decode_findings(outcome, line))
        records.append(outcome)
    if len(records) != 1:
        raise _Problem(path_or_name, [(None, None, f"expected one record, found {len(records)}")])
    return records[0]


class _Report:
    """What ``validate`` finds, written as it is found: constant memory on any input.

    Text goes to stderr, one line a finding, then a summary; ``--format json`` writes
    one JSON array to stdout, item by item.
    """

    def __init__(self, form: str) -> None:
        self.json = form == "json"
        self.errors = 0
        self.warnings = 0
        self.unreadable = 0
        self.unreadable_files = 0
        self.started = False
        self.colour = not self.json and _coloured(sys.stderr)

    def issue(self, file: str, line: int | None, issue: tm.Issue) -> None:
        if issue.severity is tm.Severity.ERROR:
            self.errors += 1
        else:
            self.warnings += 1
        item: dict[str, object] = {
            "file": _utf8(file),
            "line": line,
            "path": issue.path,
            "code": issue.code,
            "severity": issue.severity.value,
            "message": issue.message,
            "hint": issue.hint,
        }
        if self.json:
            self._write(item)
            return
        where = f"{file}:{line}" if line else file
        text = f"{where}: {issue.path}: {issue.code} {issue.severity.value}: {issue.message}"
        text = _shown(text + (f" (hint: {issue.hint})" if issue.hint else ""))
        if self.colour:
            label = f"{issue.code} {issue.severity.value}:"
            colour = _RED if issue.severity is tm.Severity.ERROR else _YELLOW
            text = text.replace(label, _paint(label, colour, True), 1)
        _Progress.clear()
        print(text, file=sys.stderr)

    def unread(self, file: str, findings: list[Finding], *, whole: bool = False) -> None:
        """A record (a JSON Lines line, an item of an array) or, ``whole``, a file that could not be read."""
        if whole:
            self.unreadable_files += 1
        else:
            self.unreadable += 1
        self.errors += len(findings)
        for line, path, message in findings:
            if self.json:
                item: dict[str, object] = {"file": _utf8(file), "line": line, "path": path, "code": None}
                self._write({**item, "severity": "fatal", "message": message, "hint": None})
            else:
                _say(_finding_text(file, line, path, message))

    def _write(self, item: dict[str, object]) -> None:
        text = orjson.dumps(item, option=orjson.OPT_INDENT_2).replace(b"\n", b"\n  ")
        sys.stdout.buffer.write((b",\n  " if self.started else b"[\n  ") + text)
        self.started = True

    def close(self, files: int) -> None:
        if self.json:
            sys.stdout.buffer.write(b"\n]\n" if self.started else b"[]\n")
            sys.stdout.flush()
            return
        _Progress.clear()
        summary = f"{files} file(s) checked: {self.errors} error(s), {self.warnings} warning(s)"
        if self.unreadable_files:
            summary += f"; {self.unreadable_files} file(s) could not be read"
        if self.unreadable:
            summary += f"; {self.unreadable} record(s) could not be read"
        print(summary, file=sys.stderr)


def _cmd_validate(args: argparse.Namespace) -> int:
    cls = RECORD_TYPES[args.type]
    select = _codes(args.select)
    ignore = _codes(args.ignore)
    report = _Report(args.format)
    worst = EXIT_OK
    paths = _expand(args.paths)
    with _Progress("checking") as progress:
        progress.total = len(paths) if len(paths) > 1 else None
        for path in paths:
            progress.label = f"checking {_shown(path)}"
            try:
                for line, outcome in _outcomes(path, cls):
                    progress.done += progress.total is None
                    if isinstance(outcome, tm.DecodeError):
                        # A document that is not read at all is a file that could not be read.
                        report.unread(path, _decode_findings(outcome, line), whole=line is None)
                        worst = EXIT_UNREADABLE
                        continue
                    result = tm.validate(outcome, select=select, ignore=ignore, strict=args.strict)  # type: ignore[arg-type]
                    for issue in result.issues:
                        report.issue(path, line, issue)
                    if not (result.ok_strict if args.strict else result.ok):
                        worst = max(worst, EXIT_INVALID)
            except _Problem as problem:
                report.unread(path, problem.findings, whole=True)
                worst = EXIT_UNREADABLE
            progress.done += progress.total is not None
    report.close(len(paths))
    return worst


def _codes(values: Sequence[str] | None) -> tuple[str, ...] | None:
    if not values:
        return None
    return tuple(code.strip() for value in values for code in value.split(",") if code.strip())


def _cmd_show(args: argparse.Namespace) -> int:
    with _Progress(f"reading {_shown(args.record)}"):
        record = _load_one(args.record, tm.Dossier)
    assert isinstance(record, tm.Dossier)
    text = _shown(render_text(record), keep="\n\t")
    print(_headings(text) if _coloured(sys.stdout) else text)
    return EXIT_OK


def _cmd_schema(args: argparse.Namespace) -> int:
    schema = tm.json_schema(RECORD_TYPES[args.type])
    sys.stdout.write(orjson.dumps(schema, option=orjson.OPT_INDENT_2).decode() + "\n")
    return EXIT_OK


def _cmd_example(args: argparse.Namespace) -> int:
    if args.list:
        for name in datasets.names():
            print(name)
        return EXIT_OK
    if args.name not in datasets.names():
        names = datasets.names()
        reason = f"no bundled record of that name{_did_you_mean(args.name, names)}; the bundled records: "
        raise _Problem(args.name, [(None, None, reason + ", ".join(names))])
    print(tm.to_json(datasets.load(args.name)))
    return EXIT_OK


def _cmd_export(args: argparse.Namespace) -> int:
    from treatymodel import export, linked

    cls = RECORD_TYPES[args.type]
    form, directory = args.to
    formats = ("parquet", *linked.LINKED_FORMATS)
    if form not in formats:
        reason = f"unknown format {form!r}{_did_you_mean(form, formats)}; one of {', '.join(formats)}"
        raise _Problem("treatymodel export", [(None, None, reason)])
    for path in args.paths:
        if not Path(path).exists() and path not in datasets.names():
            raise _no_such(path)
    if form != "parquet":
        return _export_linked(args.paths, cls, form, Path(directory), create=args.create)
    try:
        written = export.write_parquet(args.paths, directory, record_type=cls, until=args.until)
    except tm.DecodeError as exc:
        raise _Problem("treatymodel export", _decode_findings(exc)) from exc
    first = next(iter(written.values()))
    print(f"{len(written)} tables written to {directory} ({first.name} in each table's folder)")
    return EXIT_OK


def _export_linked(paths: list[str], cls: type, form: str, target: Path, *, create: bool) -> int:
    """One linked-data file of every dossier, written whole or not at all."""
    from treatymodel import export, linked

    try:
        dossiers = [unit for path in paths for unit in export._units(path, cls, 5_000)]
    except tm.DecodeError as exc:
        raise _Problem("treatymodel export", _decode_findings(exc)) from exc
    data = linked.dumps(dossiers, form, create=create)
    if str(target) == STDOUT:
        sys.stdout.buffer.write(data)
        sys.stdout.flush()
        return EXIT_OK
    with _files.replacing(target) as handle:
        handle.write(data)
    print(f"{len(dossiers)} dossier(s) written to {target} as {form}", file=sys.stderr)
    return EXIT_OK


def _cmd_convert(args: argparse.Namespace) -> int:
    source, target = Path(args.input), Path(args.output)
    to_stdout = args.output == STDOUT
    # A name without an extension (a device, a pipe) is written as JSON unless --to says.
    known = not target.suffix or target.suffix.lower() in (*_JSON_SUFFIXES, *_JSONL_SUFFIXES)
    if not to_stdout and not args.to and not known:
        reason = (
            f"unknown output format {target.suffix!r}: name OUT .json, .jsonl or .ndjson, "
            "or give --to json or --to jsonl"
        )
        raise _Problem(args.output, [(None, None, reason)])
    if (
        not to_stdout
        and args.input != STDIN
        and target.exists()
        and source.exists()
        and os.path.samefile(source, target)
    ):
        raise _Problem(str(target), [(None, None, "refusing to overwrite the input file")])
    jsonl = args.to == "jsonl" if args.to else to_stdout or _is_jsonl(args.output)
    cls = RECORD_TYPES[args.type]
    # A generator: records are read one at a time while the output is written.
    records = _counted(
        _good_records(args.input, cls), progress := _Progress(f"converting {_shown(args.input)}")
    )
    with progress:
        return _write_converted(args, records, jsonl=jsonl, to_stdout=to_stdout, target=target)


def _counted(records: Iterator[object], progress: _Progress) -> Iterator[object]:
    for record in records:
        progress.done += 1
        yield record


def _write_converted(
    args: argparse.Namespace, records: Iterator[object], *, jsonl: bool, to_stdout: bool, target: Path
) -> int:
    if to_stdout:
        _write_records(sys.stdout.buffer, records, jsonl=jsonl, name=args.output)
        sys.stdout.flush()
        return EXIT_OK
    try:
        with _files.replacing(target) as handle:
            _write_records(handle, records, jsonl=jsonl, name=args.output)
    except tm.OutputFileError as exc:
        raise _Problem(
            args.output, [(None, None, f"{exc.reason}; write to {STDOUT} for standard output")]
        ) from exc
    return EXIT_OK


def _good_records(path: str, cls: type) -> Iterator[object]:
    """The records of ``path``; after a bad one, the rest is only read to report every bad one.

    Nothing is written then: the `_Problem` raised at the end discards the output.
    """
    findings: list[Finding] = []
    unlisted = 0
    outcomes = _outcomes(path, cls)
    for line, outcome in outcomes:
        if not isinstance(outcome, tm.DecodeError):
            if not findings:
                yield outcome
            continue
        for finding in _decode_findings(outcome, line):
            if len(findings) < _limits.MAX_ERRORS:
                findings.append(finding)
            else:
                unlisted += 1
    if unlisted:
        findings.append((None, None, f"{unlisted:,} more problems not listed"))
    if findings:
        raise _Problem(path, findings)


def _json_outcomes(path: str, cls: type) -> Iterator[tuple[int | None, object]]:
    """One record, or each item of a JSON array of records (each with its own envelope)."""
    return _data_outcomes(_read_bytes(path), cls)


def _data_outcomes(data: bytes, cls: type) -> Iterator[tuple[int | None, object]]:
    """One record, or each item of a JSON array of records, of a document's bytes."""
    if data.lstrip()[:1] != b"[":
        yield None, _document(data, cls)
        return
    try:
        text = _array_text(data)
    except tm.DecodeError as exc:
        yield None, exc
        return
    del data
    for index, item in enumerate(_array_items(text)):
        try:
            yield None, tm.from_json(item, cls)
        except tm.DecodeError as exc:
            yield None, tm.DecodeError([attrs.evolve(e, path=f"$[{index}]{e.path[1:]}") for e in exc.errors])


def _array_text(data: bytes) -> str:
    """The text of a JSON array file, after the limits and a strict parse (robustness, issue 8)."""
    _limits.check(data, max_bytes=_limits.MAX_BYTES, max_depth=_limits.MAX_DEPTH + 1)
    try:
        orjson.loads(data)
    except orjson.JSONDecodeError as exc:
        error = tm.DecodeError([tm.DecodeErrorItem("$", f"invalid JSON: {exc}")])
        raise _limits.refine(error, data) from None
    return data.decode("utf-8")


_ITEMS = json.JSONDecoder()
_SPACE = re.compile(r"[ \t\n\r]*")


def _array_items(text: str) -> Iterator[str]:
    """The original text of each item of a valid JSON array.

    Each item is read again by ``from_json`` from its own text, so a duplicate key or
    any other fault inside it is seen (parsing the array first would hide them).
    """
    index = _skip_space(text, _skip_space(text, 0) + 1)
    while text[index] != "]":
        _, end = _ITEMS.raw_decode(text, index)
        yield text[index:end]
        index = _skip_space(text, end)
        if text[index] == ",":
            index = _skip_space(text, index + 1)


def _skip_space(text: str, index: int) -> int:
    found = _SPACE.match(text, index)
    assert found is not None  # the pattern matches the empty string
    return found.end()


_NONE = object()


def _write_records(handle: IO[bytes], records: Iterator[object], *, jsonl: bool, name: str) -> None:
    """Write as the records come: one a line, one document, or an array when there are several.

    An array is one JSON document, so it is held to the size a reader accepts (64 MiB),
    as every document and every line is by ``to_json``.
    """
    if jsonl:
        for record in records:
            handle.write(tm.to_json(record).encode() + b"\n")
        return
    first = next(records, _NONE)
    second = next(records, _NONE) if first is not _NONE else _NONE
    if first is not _NONE and second is _NONE:
        handle.write(tm.to_json(first).encode() + b"\n")
        return
    handle.write(b"[")
    size = 2
    for index, record in enumerate(_chain(first, second, records)):
        data = (b"," if index else b"") + tm.to_json(record).encode()
        size += len(data)
        if size > _limits.MAX_BYTES:
            reason = (
                f"a JSON array of these records is larger than {_limits.mib(_limits.MAX_BYTES)}, "
                "the most a JSON document can be to be read back: write JSON Lines (.jsonl) instead"
            )
            raise _Problem(name, [(None, None, reason)])
        handle.write(data)
    handle.write(b"]\n")


def _chain(first: object, second: object, rest: Iterator[object]) -> Iterator[object]:
    if first is _NONE:
        return
    yield first
    yield second
    yield from rest


_INVALID_CHOICE = re.compile(r"invalid choice: '?(?P<word>[^']*?)'? \(choose from (?P<choices>.*)\)")


class _Parser(argparse.ArgumentParser):
    """An argument parser whose errors suggest the closest name: a command, a choice or an option."""

    def error(self, message: str) -> typing.NoReturn:
        found = _INVALID_CHOICE.search(message)
        if found is not None:
            choices = [c.strip().strip("'\"") for c in found["choices"].split(",")]
            message += _did_you_mean(found["word"], choices)
        elif message.startswith("unrecognized arguments: "):
            options = sorted(_option_strings(self))
            for word in message.removeprefix("unrecognized arguments: ").split():
                if word.startswith("-") and (hint := _did_you_mean(word.split("=")[0], options)):
                    message += f"; {word}: {hint.removeprefix(' (').removesuffix(')')}"
        super().error(message)


def _option_strings(parser: argparse.ArgumentParser) -> set[str]:
    """Every option of ``parser`` and of its subcommands."""
    found: set[str] = set()
    for action in parser._actions:
        found.update(s for s in action.option_strings if s.startswith("--"))
        if isinstance(action, argparse._SubParsersAction):
            for sub in action.choices.values():
                found |= _option_strings(sub)
    return found


def _cmd_import(args: argparse.Namespace) -> int:
    from treatymodel import tabular

    columns, aliases = _pairs(args.column, "--column"), _pairs(args.alias, "--alias")
    rows: list[tabular.ImportedAction] = []
    problems: list[_Problem] = []
    for path in args.tables:
        try:
            read = tabular.read_actions(
                path, columns=columns, date_format=args.date_format, scheme=args.scheme, aliases=aliases
            )
        except tabular.TableError as exc:
            problems.append(_Problem(path, [(e.row, e.column, e.problem) for e in exc.errors]))
            continue
        except (OSError, UnicodeDecodeError, tm.FieldError) as exc:
            problems.append(_Problem(path, [(None, None, str(exc))]))
            continue
        rows += read.rows
    if problems:  # nothing is written unless every row of every table was read
        for line in (line for problem in problems for line in problem.lines()):
            _say(line)
        return EXIT_UNREADABLE
    dossier = tabular.ActionTable(rows=tuple(rows)).to_dossier(
        id=args.id, title=args.title, kind=tm.AgreementKind(args.kind)
    )
    with _files.replacing(Path(args.output)) as handle:
        handle.write(tm.to_json(dossier).encode())
    print(f"{len(rows)} party action(s) of {len(dossier.agreements)} agreement(s) written to {args.output}")
    return EXIT_OK


def _pairs(values: Sequence[str] | None, option: str) -> dict[str, str]:
    pairs = {}
    for value in values or ():
        key, sep, item = value.partition("=")
        if not sep or not key.strip() or not item.strip():
            raise _Problem("treatymodel import", [(None, None, f"{option} takes NAME=VALUE, got {value!r}")])
        pairs[key.strip()] = item.strip()
    return pairs


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of the ``treatymodel`` command."""
    parser = _Parser(
        prog="treatymodel",
        description="Check, show and convert treatymodel records (JSON and JSON Lines). "
        "Wherever a command reads a file, - reads standard input.",
        epilog="Exit codes: 0 no errors, 1 validation errors, 2 unreadable input or bad usage.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {tm.__version__}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    type_help = "record type each file holds (default: dossier)"

    validate = commands.add_parser(
        "validate", help="check files against the format and the rules", description=_cmd_doc("validate")
    )
    validate.add_argument(
        "paths",
        nargs="+",
        metavar="PATH",
        help="JSON (.json: one record or an array) or JSON Lines (.jsonl) files, folders (read "
        "recursively), or - for standard input",
    )
    validate.add_argument("--type", choices=sorted(RECORD_TYPES), default="dossier", help=type_help)
    validate.add_argument("--format", choices=("text", "json"), default="text", help="report format")
    validate.add_argument(
        "--select", action="append", metavar="CODES", help="only these rule codes or prefixes"
    )
    validate.add_argument(
        "--ignore", action="append", metavar="CODES", help="skip these rule codes or prefixes"
    )
    validate.add_argument(
        "--strict",
        action="store_true",
        help="also report what may be wrong where the facts are too coarse to tell; fail on warnings",
    )
    validate.set_defaults(handler=_cmd_validate)

    show = commands.add_parser("show", help="print a dossier as readable text", description=_cmd_doc("show"))
    show.add_argument(
        "record",
        metavar="PATH|NAME",
        help="a dossier file, - for standard input, or the name of a bundled record (example --list)",
    )
    show.set_defaults(handler=_cmd_show)

    schema = commands.add_parser("schema", help="print the JSON Schema", description=_cmd_doc("schema"))
    schema.add_argument(
        "--type", choices=sorted(RECORD_TYPES), default="dossier", help="top-level record type"
    )
    schema.set_defaults(handler=_cmd_schema)

    convert = commands.add_parser(
        "convert", help="convert between JSON and JSON Lines", description=_cmd_doc("convert")
    )
    convert.add_argument("input", metavar="IN", help="input file (.json or .jsonl), or - for standard input")
    convert.add_argument(
        "output",
        metavar="OUT",
        help="output file (.json, .jsonl or .ndjson), written atomically; - for standard output",
    )
    convert.add_argument("--type", choices=sorted(RECORD_TYPES), default="dossier", help=type_help)
    convert.add_argument(
        "--to",
        choices=("json", "jsonl"),
        help="output format (default: from OUT's name; JSON Lines for standard output)",
    )
    convert.set_defaults(handler=_cmd_convert)

    exporting = commands.add_parser(
        "export",
        help="write Parquet tables, JSON-LD, QuickStatements or Popolo",
        description=_cmd_doc("export"),
    )
    exporting.add_argument(
        "paths", nargs="+", metavar="DOSSIER", help="JSON or JSON Lines files, or names of bundled records"
    )
    exporting.add_argument(
        "--to",
        nargs=2,
        required=True,
        metavar=("FORMAT", "OUT"),
        help="the format and where: parquet and a store (one folder per table, this run's files "
        "added), or jsonld, quickstatements or popolo and a file (- for standard output)",
    )
    exporting.add_argument(
        "--create",
        action="store_true",
        help="quickstatements: also create an item for each agreement without a Wikidata id",
    )
    exporting.add_argument("--type", choices=sorted(RECORD_TYPES), default="dossier", help=type_help)
    exporting.add_argument(
        "--until", type=int, metavar="YEAR", help="last year of the party-year panel (default: latest date)"
    )
    exporting.set_defaults(handler=_cmd_export)

    importing = commands.add_parser(
        "import", help="read party actions from CSV tables", description=_cmd_doc("import")
    )
    importing.add_argument("tables", nargs="+", metavar="TABLE", help="CSV files, one party action a row")
    importing.add_argument("-o", "--output", required=True, metavar="OUT", help="the dossier to write (JSON)")
    importing.add_argument(
        "--column", action="append", metavar="FIELD=HEADER", help="the header of a field (repeat)"
    )
    importing.add_argument(
        "--date-format", metavar="ORDER", help="order of numeric dates (DMY, MDY, YMD) or a strptime format"
    )
    importing.add_argument(
        "--alias", action="append", metavar="NAME=CODE", help="a party name and its state code (repeat)"
    )
    importing.add_argument("--scheme", choices=("name", "cow"), default="name", help="how parties are named")
    importing.add_argument("--id", default="imported", help="the dossier's id (default: imported)")
    importing.add_argument("--title", default="Imported party actions", help="the dossier's title")
    importing.add_argument(
        "--kind",
        choices=[k.value for k in tm.AgreementKind],
        default="other",
        help="the form of every agreement (default: other)",
    )
    importing.set_defaults(handler=_cmd_import)

    example = commands.add_parser("example", help="print a bundled record", description=_cmd_doc("example"))
    example.add_argument("name", nargs="?", default="ru-kz-2025", metavar="NAME", help="default: ru-kz-2025")
    example.add_argument("--list", action="store_true", help="list the bundled records")
    example.set_defaults(handler=_cmd_example)
    return parser


_DOCS = {
    "validate": "Read each file (JSON, or JSON Lines: one record a line) and run every validation rule. "
    "Problems go to stderr as FILE[:LINE]: PATH: CODE SEVERITY: MESSAGE, or to stdout as JSON "
    "with --format json.",
    "show": "Print a dossier as readable text: its agreements with their parties, signatories and "
    "their offices, sections, commitments by topic, lifecycle and sources, and each visit day by day. "
    "Headings are in bold when standard output is a terminal (not when NO_COLOR is set).",
    "schema": "Print the JSON Schema (2020-12) of the exchange format.",
    "convert": "Read IN (one record, an array of records, or JSON Lines) and write OUT in canonical "
    "form: a .jsonl or .ndjson OUT gets one record a line, a .json OUT one record (or an array of them, "
    "which every command reads back), standard output JSON Lines; any other name needs --to. OUT is "
    "written atomically (a temporary file in its folder, renamed over it) and never replaces IN; it "
    "must be a regular file, or - for standard output.",
    "example": "Print a bundled record as canonical JSON.",
    "import": "Read CSV tables of party actions (agreement, party, kind, date... as treatymodel.tabular "
    "describes them), resolve every party's name through the crosswalk and parse every date in the "
    "declared order, and write one dossier to OUT. Every row that cannot be read is reported with its "
    "number, and then nothing is written.",
    "export": "Write every table of the dossiers (and the party-year panel) as Parquet, one folder per "
    "table under DIR, with a fixed Arrow schema; each run adds one file per table, so many dossiers and "
    "JSON Lines streams make one dataset that DuckDB, Polars or Spark read. Needs pyarrow: "
    "pip install 'treatymodel[parquet]'. With --to jsonld, quickstatements or popolo, write one "
    "linked-data file OUT instead (treatymodel.linked): a JSON-LD document per dossier, Wikidata "
    "QuickStatements for the facts whose ends have Wikidata ids, or Popolo JSON of persons, "
    "organizations, posts and memberships.",
}


def _cmd_doc(name: str) -> str:
    return _DOCS[name]


class _Terminated(BaseException):
    """SIGTERM, raised where the program is, so that every ``finally`` (and temporary file) is cleaned up.

    A ``BaseException`` like ``KeyboardInterrupt``: no ``except Exception`` swallows it.
    """


def _terminate(signum: int, frame: object) -> None:
    raise _Terminated


@contextlib.contextmanager
def _sigterm_raises() -> Iterator[None]:
    if threading.current_thread() is not threading.main_thread():
        yield  # only the main thread may set a handler; the default then applies
        return
    previous = signal.signal(signal.SIGTERM, _terminate)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line and return its exit code."""
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        with _sigterm_raises():
            code: int = args.handler(args)
    except KeyboardInterrupt:
        # Ctrl-C: a temporary file was removed on the way out; no traceback.
        print("treatymodel: interrupted", file=sys.stderr)
        return EXIT_INTERRUPTED
    except _Terminated:
        print("treatymodel: terminated", file=sys.stderr)
        return EXIT_TERMINATED
    except _Problem as problem:
        for line in problem.lines():
            _say(line)
        return EXIT_UNREADABLE
    except tm.TreatyModelError as exc:
        _say(f"treatymodel: {exc}")
        return EXIT_UNREADABLE
    except BrokenPipeError:
        # The reader went away (`treatymodel show ... | head`): not an error of ours.
        sys.stderr.close()
        return EXIT_OK
    except OSError as exc:
        _say(f"treatymodel: {exc}")
        return EXIT_UNREADABLE
    return code


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
