"""Speed and scale of treatymodel against pydantic v2, msgspec and orjson, on the same bytes.

Run ``make bench`` (or ``python benchmarks/bench.py [--runs N] [--quick]``). The corpus
(``benchmarks/corpus.py``, ``benchmarks/copies.py``) is written once to ``.benchmarks/``
(git-ignored; about 1 GB for the 100k JSON Lines file; ``--dir`` names another folder).
Prints the tables in Markdown, ready for ``docs/performance.md``, and writes
``results.json`` (``--results`` names another file). Not a test: timings never belong
in assertions.

Measured, each the median of ``--runs`` runs, with only the measured library's objects
alive, in two settings: (A) the interpreter's defaults, each library as a user runs it
(treatymodel pausing the collector as it does itself), and (B) the cyclic collector off
for every library (``gc.disable()`` around each run). The two alternate run by run.

- load: the 10k dossier document, bytes to validated objects; dump: those objects back
  to bytes (all four produce the canonical bytes); both settings;
- validate: ``tm.validate`` (every rule) on the loaded 10k dossier, both settings, and
  on a 100k one;
- the bundled records copied to 2,000 agreements (``copies.py``): load and validate,
  collector off;
- streaming: ``tm.iter_jsonl`` over 100k agreements (the 10k file with ``--quick``)
  against ``orjson.loads`` per line, each in a subprocess with the collector off
  (time, peak RSS);
- memory per loaded agreement (tracemalloc, 1k agreements), against the
  ``results.json`` of an earlier run with ``--baseline``;
- ``import treatymodel`` and ``import pydantic``, timed inside a fresh interpreter
  around the import statement; and the first use of treatymodel: its import plus
  reading a small dossier (the model classes and the converter);
- the tables (``treatymodel.frames``) at 10k and 20k agreements: every record table
  of ``to_frames`` from a fresh dossier (the lifecycle engine included), the
  party-year panel from a fresh dossier and again with the lifecycles computed,
  and the dyad-year panel. ``--tables-only`` measures these alone.

The ratios of issue 17's targets are taken from setting (B), with met or missed.
"""

from __future__ import annotations

import argparse
import compileall
import gc
import json
import os
import platform
import statistics
import subprocess
import sys
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path
from typing import Any

import attrs
import orjson

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path[:0] = [str(HERE), str(ROOT / "tests")]

import msgspec  # noqa: E402
import pydantic  # noqa: E402

import copies  # noqa: E402
import corpus  # noqa: E402
import peers  # noqa: E402
import treatymodel as tm  # noqa: E402

BIG = 1 << 31  # documents beyond the default 64 MiB limit are read and written with max_bytes=BIG


def progress(message: str) -> None:
    print(f"[{time.strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)


def median_time(fn: Callable[[], Any], runs: int, *, collector: bool = True) -> float:
    """The median wall time of ``runs`` calls; ``collector=False`` turns the cyclic GC off for each."""
    progress(f"{getattr(fn, '__name__', 'measure')}: {runs} runs")
    return statistics.median(timed(fn, collector=collector) for _ in range(runs))


def both_settings(fn: Callable[[], Any], runs: int) -> tuple[float, float]:
    """The median wall times of ``runs`` calls with the interpreter's defaults and with the collector off.

    The two settings alternate run by run, so that a change in the machine's load hits
    both alike.
    """
    progress(f"{getattr(fn, '__name__', 'measure')}: {runs} runs in each setting")
    defaults, off = [], []
    for _ in range(runs):
        defaults.append(timed(fn, collector=True))
        off.append(timed(fn, collector=False))
    return statistics.median(defaults), statistics.median(off)


def timed(fn: Callable[[], Any], *, collector: bool) -> float:
    """The wall time of one call from a collected heap; ``collector=False`` turns the cyclic GC off for it."""
    gc.collect()
    if not collector:
        gc.disable()
    started = time.perf_counter()
    try:
        fn()
    finally:
        seconds = time.perf_counter() - started
        gc.enable()
    return seconds


def machine() -> dict[str, str]:
    model = "unknown"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return {
        "cpu": model,
        "nproc": str(os.cpu_count()),
        "python": platform.python_version(),
        "treatymodel": tm.__version__,
        "pydantic": pydantic.VERSION,
        "msgspec": msgspec.__version__,
        "orjson": orjson.__version__,
    }


# ---------------------------------------------------------------------------- equivalence


def check_peers(p: peers.Pydantic, m: peers.Msgspec, data: bytes) -> list[str]:
    """The peers accept the corpus, write its bytes back, and reject what the library rejects."""
    notes = []
    px, mx = p.load(data, p.dossier), m.load(data, m.dossier)
    assert p.dump(px) == data, "pydantic does not write the canonical bytes"
    assert m.dump(mx) == data, "msgspec does not write the canonical bytes"
    import test_schema  # the invalid documents of the schema parity tests

    rejected = {"pydantic": 0, "msgspec": 0}
    for what, changes, _ in test_schema.INVALID:
        doc = orjson.dumps(test_schema._build(changes))
        try:
            tm.from_json(doc, tm.Dossier)
        except tm.DecodeError:
            pass
        else:  # pragma: no cover - the test suite guarantees this
            raise AssertionError(f"treatymodel accepts {what}")
        for name, peer, model in (("pydantic", p, p.dossier), ("msgspec", m, m.dossier)):
            try:
                peer.load(doc, model)
            except (pydantic.ValidationError, msgspec.ValidationError, msgspec.DecodeError):
                rejected[name] += 1
            else:
                notes.append(f"{name} accepts: {what}")
    base = orjson.dumps(test_schema.BASE)
    p.load(base, p.dossier)
    m.load(base, m.dossier)
    total = len(test_schema.INVALID)
    notes.insert(
        0,
        f"invalid documents rejected: pydantic {rejected['pydantic']}/{total}, "
        f"msgspec {rejected['msgspec']}/{total}, treatymodel {total}/{total}",
    )
    return notes


# ---------------------------------------------------------------------------- subprocesses

# Both children turn the collector off first: the ratio compares decoding, not the
# collector's traversals of a heap that does not grow.
_STREAM = """
import gc, sys, time
gc.disable()
import treatymodel as tm
started = time.perf_counter()
n = sum(1 for _ in tm.iter_jsonl(sys.argv[1], tm.Agreement))
seconds = time.perf_counter() - started
hwm = [line for line in open("/proc/self/status") if line.startswith("VmHWM:")][0]
print(n, seconds, hwm.split()[1])
"""

_FLOOR = """
import gc, sys, time, orjson
gc.disable()
started = time.perf_counter()
with open(sys.argv[1], "rb") as f:
    n = sum(1 for line in f if orjson.loads(line))
hwm = [line for line in open("/proc/self/status") if line.startswith("VmHWM:")][0]
print(n, time.perf_counter() - started, hwm.split()[1])
"""


def stream(path: Path, code: str) -> tuple[int, float, float]:
    out = subprocess.run(
        [sys.executable, "-c", code, str(path)], check=True, capture_output=True, text=True
    ).stdout.split()
    # Peak RSS is the child's VmHWM (KiB): ru_maxrss survives exec on Linux, so a child
    # of a large parent would report the parent's peak.
    return int(out[0]), float(out[1]), int(out[2]) / 1024


def import_time(statement: str, runs: int) -> float:
    """The median time ``statement`` takes in a fresh interpreter, timed inside it.

    Timed in the child, around the statement only: the interpreter's own start-up
    (about 20 ms, and noisier than a lazy import) is left out.
    """

    def once() -> float:
        code = (
            f"import time; started = time.perf_counter(); {statement}; print(time.perf_counter() - started)"
        )
        out = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True).stdout
        return float(out)

    return statistics.median(once() for _ in range(runs))


def memory_per_agreement(path: Path, load: Callable[[bytes], Any]) -> float:
    """Bytes held per agreement once every line of ``path`` is loaded with ``load`` (tracemalloc)."""
    lines = path.read_bytes().splitlines()
    gc.collect()
    tracemalloc.start()
    records = [load(line) for line in lines]
    current, _ = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return current / len(records)


# ---------------------------------------------------------------------------- main


TABLE_SIZES = (10_000, 20_000)


def bench_tables(runs: int, sizes: tuple[int, ...] = TABLE_SIZES) -> tuple[dict[str, float], list[str]]:
    """to_frames and the panels at ``sizes`` agreements, each from a fresh dossier unless said."""
    from treatymodel import frames, tables

    results: dict[str, float] = {}
    notes: list[str] = []
    runs = max(1, min(runs, 3))
    for n in sizes:
        progress(f"build the {n} dossier for the tables")
        dossier = corpus.dossier(n)

        def fresh(dossier: tm.Dossier = dossier) -> tm.Dossier:
            # A copy has an empty index: no lifecycle computed yet.
            return attrs.evolve(dossier)

        def record_tables() -> int:
            built = fresh().to_frames()
            return sum(len(built[name]) for name in tables.RECORD_TABLES)

        def party_years_cold() -> int:
            return len(frames.party_years(fresh()))

        warm = fresh()
        rows = {
            "record tables": record_tables(),
            "party_years": len(frames.party_years(warm)),
            "dyad_years": len(frames.dyad_years(warm)),
        }
        measures: dict[str, Callable[[], Any]] = {
            "to_frames": record_tables,
            "party_years": party_years_cold,
            "party_years warm": lambda: frames.party_years(warm),  # noqa: B023
            "dyad_years": lambda: frames.dyad_years(warm),  # noqa: B023
        }
        for key, fn in measures.items():
            wall, cpu = median_wall_and_cpu(fn, runs)
            results[f"tables {n} {key}"], results[f"tables {n} {key} cpu"] = wall, cpu
        notes.append(
            f"{n} agreements: {rows['record tables']:,} rows in the {len(tables.RECORD_TABLES)} record "
            f"tables, {rows['party_years']:,} party-years, {rows['dyad_years']:,} dyad-years"
        )
        dossier = warm = None  # type: ignore[assignment]
        gc.collect()
    return results, notes


def median_wall_and_cpu(fn: Callable[[], Any], runs: int) -> tuple[float, float]:
    """The median wall and CPU (process) times of ``runs`` calls.

    The CPU time of this single-threaded work hardly moves when other processes share
    the machine; the wall time does.
    """
    progress(f"{getattr(fn, '__name__', 'measure')}: {runs} runs")
    walls, cpus = [], []
    for _ in range(runs):
        gc.collect()
        started, cpu = time.perf_counter(), time.process_time()
        fn()
        walls.append(time.perf_counter() - started)
        cpus.append(time.process_time() - cpu)
    return statistics.median(walls), statistics.median(cpus)


def tables_lines(r: dict[str, float], sizes: tuple[int, ...] = TABLE_SIZES) -> list[str]:
    header = " | ".join(f"{n // 1000}k" for n in sizes)
    lines = [f"| Tables: wall s (CPU s) | {header} |"]
    lines.append("|---|" + "---:|" * len(sizes))
    for label, key in (
        ("to_frames: every record table, fresh dossier (lifecycle engine included)", "to_frames"),
        ("party_years, fresh dossier (lifecycle engine included)", "party_years"),
        ("party_years, lifecycles computed", "party_years warm"),
        ("dyad_years, lifecycles computed", "dyad_years"),
    ):
        cells = [f"{r[f'tables {n} {key}']:.2f} ({r[f'tables {n} {key} cpu']:.2f})" for n in sizes]
        lines.append(f"| {label} | " + " | ".join(cells) + " |")
    return lines


#: A target: the comparison and the bound (``("<=", 1.0)``).
Target = tuple[str, float]
LIBRARIES = ("treatymodel", "pydantic", "msgspec", "orjson")
NAMES = {"treatymodel": "treatymodel", "pydantic": "pydantic v2", "msgspec": "msgspec", "orjson": "orjson"}


def stream_pair(path: Path, label: str, results: dict[str, float]) -> None:
    """``iter_jsonl`` over ``path`` and the floor (``orjson.loads`` per line), collector off in both."""
    progress(f"stream {label}")
    n, seconds, rss = stream(path, _STREAM)
    results[f"stream {label} treatymodel s"], results[f"stream {label} treatymodel MB"] = seconds, rss
    n2, seconds, rss = stream(path, _FLOOR)
    results[f"stream {label} orjson s"], results[f"stream {label} orjson MB"] = seconds, rss
    assert n == n2, (n, n2)


def status(value: float, target: Target | None) -> str:
    """``met`` or ``missed`` against ``target``; empty without one."""
    if target is None:
        return ""
    op, bound = target
    return "met" if (value <= bound if op == "<=" else value < bound) else "missed"


def ratio_line(
    label: str, value: float, target: Target | None = None, *, unit: str = "x", shown: str | None = None
) -> str:
    """A row of the ratio table: the measure, its value (``shown`` or ``value`` in ``unit``), its target."""
    wanted = f"{target[0]} {target[1]}{unit}" if target else ""
    return f"| {label} | {shown or f'{value:.2f}{unit}'} | {wanted} | {status(value, target)} |"


def settings_lines(r: dict[str, float], megabytes: float, runs: int) -> list[str]:
    """The load and dump of every library in the two settings, side by side."""
    lines = [
        f"| 10k dossier ({megabytes:.0f} MB), s, median of {runs} | defaults: load | defaults: dump "
        "| collector off: load | collector off: dump |",
        "|---|---:|---:|---:|---:|",
    ]
    for name in LIBRARIES:
        cells = [r[f"{what} {name}{off}"] for off in ("", " gc off") for what in ("load", "dump")]
        lines.append(f"| {NAMES[name]} | " + " | ".join(f"{seconds:.2f}" for seconds in cells) + " |")
    validate = (r["validate 10k"], r["validate 10k gc off"])
    lines.append("| treatymodel: validate (all rules) | {:.2f} | | {:.2f} | |".format(*validate))
    return lines


def ratio_lines(r: dict[str, float], stream_label: str, copies_label: str) -> list[str]:
    """The ratios of the issue's targets, from the collector-off setting, and the other checked ratios."""
    off = {key[: -len(" gc off")]: value for key, value in r.items() if key.endswith(" gc off")}
    lines = [
        "| Ratio (collector off for every library) | Measured | Target | |",
        "|---|---:|---:|---|",
        ratio_line(
            "load / pydantic `model_validate_json`",
            off["load treatymodel"] / off["load pydantic"],
            ("<=", 1.0),
        ),
        ratio_line("load / msgspec decode", off["load treatymodel"] / off["load msgspec"], ("<=", 2.0)),
        ratio_line("load / `orjson.loads` (parsing only)", off["load treatymodel"] / off["load orjson"]),
        ratio_line(
            f"`iter_jsonl` over {stream_label} / `orjson.loads` per line",
            r[f"stream {stream_label} treatymodel s"] / r[f"stream {stream_label} orjson s"],
            ("<=", 4.0),
        ),
        ratio_line(
            "all rules (`tm.validate`) / load, 10k dossier",
            off["validate 10k"] / off["load treatymodel"],
            ("<=", 0.25),
        ),
        ratio_line(
            f"all rules / load, {copies_label}", off["bundled validate"] / off["bundled load"], ("<=", 0.4)
        ),
        ratio_line(
            "dump / pydantic `model_dump_json`", off["dump treatymodel"] / off["dump pydantic"], ("<=", 0.7)
        ),
        ratio_line("dump / msgspec encode", off["dump treatymodel"] / off["dump msgspec"]),
        ratio_line("dump / `orjson.dumps` (writing only)", off["dump treatymodel"] / off["dump orjson"]),
    ]
    memory = r["memory per agreement treatymodel KB"]
    if "memory baseline KB" in r:
        baseline = r["memory baseline KB"]
        shown = f"{memory:.1f} KB against {baseline:.1f} KB"
        lines.append(
            ratio_line("memory per loaded agreement / baseline", memory / baseline, ("<=", 1.0), shown=shown)
        )
    else:
        lines.append(f"| memory per loaded agreement | {memory:.1f} KB | no growth (`--baseline`) | |")
    if "validate 100k" in r:
        lines.append(
            ratio_line(
                "validate 100k / validate 10k",
                r["validate 100k"] / r["validate 10k"],
                ("<", 12),
                unit="",
                shown=f"{r['validate 100k'] / r['validate 10k']:.1f}",
            )
        )
    rss = r[f"stream {stream_label} treatymodel MB"]
    lines.append(
        ratio_line(
            f"`iter_jsonl` over {stream_label}, peak RSS", rss, ("<", 150), unit=" MB", shown=f"{rss:.0f} MB"
        )
    )
    imports = r["import treatymodel"] / r["import pydantic"]
    lines.append(ratio_line("`import treatymodel` / `import pydantic`", imports, ("<=", 1.0)))
    return lines


def other_lines(r: dict[str, float], stream_label: str, copies_label: str) -> list[str]:
    lines = ["| Other measures | |", "|---|---:|"]
    lines.append(f"| validate the 10k dossier, collector off (s) | {r['validate 10k gc off']:.2f} |")
    if "validate 100k" in r:
        lines.append(f"| validate the 100k dossier (s) | {r['validate 100k']:.2f} |")
    lines.append(
        f"| {copies_label}, collector off: load / validate (s) "
        f"| {r['bundled load gc off']:.3f} / {r['bundled validate gc off']:.3f} |"
    )
    streamed = [r[f"stream {stream_label} {key}"] for key in ("treatymodel s", "orjson s", "orjson MB")]
    lines.append(
        f"| `iter_jsonl` over {stream_label}, collector off (s) | {streamed[0]:.1f} "
        f"(`orjson.loads` per line: {streamed[1]:.1f}, {streamed[2]:.0f} MB) |"
    )
    memory = [r[f"memory per agreement {n} KB"] for n in ("treatymodel", "pydantic", "msgspec")]
    lines.append(
        "| memory per loaded agreement, KB (tracemalloc; treatymodel / pydantic / msgspec) | "
        + " / ".join(f"{kb:.1f}" for kb in memory)
        + " |"
    )
    lines.append(f"| import treatymodel (ms) | {r['import treatymodel'] * 1000:.0f} |")
    lines.append(f"| import pydantic (ms) | {r['import pydantic'] * 1000:.0f} |")
    lines.append(f"| from pydantic import BaseModel (ms) | {r['import pydantic BaseModel'] * 1000:.0f} |")
    lines.append(f"| import msgspec (ms) | {r['import msgspec'] * 1000:.0f} |")
    first = r["first use treatymodel"] * 1000
    lines.append(f"| first use: import treatymodel and read a small dossier (ms) | {first:.0f} |")
    return lines


def bench_copies(folder: Path, runs: int) -> tuple[dict[str, float], str, str]:
    """Load and validate, collector off, the bundled records copied to 2,000 agreements (``copies.py``).

    Returns the measures, the corpus's label and a note naming its file.
    """
    path = copies.write(folder)
    data = path.read_bytes()
    dossier = tm.from_json(data, tm.Dossier, max_bytes=BIG)
    report = tm.validate(dossier)
    assert report.ok, report.summary()
    label = f"the bundled records copied to {len(dossier.agreements):,} agreements"
    results = {
        "bundled load gc off": median_time(
            lambda: tm.from_json(data, tm.Dossier, max_bytes=BIG), runs, collector=False
        ),
        "bundled validate gc off": median_time(lambda: tm.validate(dossier), runs, collector=False),
    }
    return results, label, f"{label}: {path.name}, {len(data) / 1e6:.1f} MB"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--runs", type=int, help="runs per measure and setting (median; 5, 3 with --quick)")
    parser.add_argument(
        "--quick",
        action="store_true",
        help="skip the 100k measures (stream the 10k file) and the 20k tables; 3 runs unless --runs",
    )
    parser.add_argument("--no-validate-100k", action="store_true", help="skip building the 100k dossier")
    parser.add_argument("--dir", default=str(ROOT / ".benchmarks"), help="corpus folder")
    parser.add_argument("--results", help="where to write results.json (default: in the corpus folder)")
    parser.add_argument(
        "--baseline", help="results.json of an earlier run: the memory per agreement must not grow from it"
    )
    parser.add_argument("--tables-only", action="store_true", help="measure the tables and panels alone")
    args = parser.parse_args(argv)
    runs = args.runs or (3 if args.quick else 5)
    table_sizes = TABLE_SIZES[:1] if args.quick else TABLE_SIZES
    if args.tables_only:
        measured, table_notes = bench_tables(runs)
        print("\n".join([*tables_lines(measured), "", *(f"- {note}" for note in table_notes)]))
        return 0
    folder = Path(args.dir)
    files = corpus.write_corpus(folder, (1_000, 10_000) if args.quick else corpus.SIZES)
    data = files["dossier-10000.json"].read_bytes()
    results: dict[str, float] = {}

    p, m = peers.Pydantic(), peers.Msgspec()
    notes = check_peers(p, m, data)

    # Each library is measured with only its own objects alive: load it, write it back,
    # drop it. Objects of an earlier library left in the heap would make the collector
    # of a later one traverse them, and the order of the libraries would decide.
    loaders: dict[str, Callable[[], Any]] = {
        "treatymodel": lambda: tm.from_json(data, tm.Dossier, max_bytes=BIG),
        "pydantic": lambda: p.load(data, p.dossier),
        "msgspec": lambda: m.load(data, m.dossier),
        "orjson": lambda: orjson.loads(data),
    }
    dumpers: dict[str, Callable[[Any], Any]] = {
        "treatymodel": lambda dossier: tm.to_json(dossier, max_bytes=BIG),
        "pydantic": p.dump,
        "msgspec": m.dump,
        "orjson": orjson.dumps,
    }
    for name, load in loaders.items():
        progress(f"load and dump {name}, both settings")
        results[f"load {name}"], results[f"load {name} gc off"] = both_settings(load, runs)
        obj = load()
        dump = dumpers[name]
        results[f"dump {name}"], results[f"dump {name} gc off"] = both_settings(lambda: dump(obj), runs)  # noqa: B023
        if name == "treatymodel":
            report = tm.validate(obj)
            assert report.ok, report.summary()
            results["validate 10k"], results["validate 10k gc off"] = both_settings(
                lambda: tm.validate(obj),  # noqa: B023
                runs,
            )
        obj = None
        gc.collect()

    measured_copies, copies_label, note = bench_copies(folder, runs)
    results.update(measured_copies)
    notes.append(note)

    if not args.quick and not args.no_validate_100k:
        progress("build the 100k dossier")
        started = time.perf_counter()
        big = corpus.dossier(100_000)
        notes.append(f"built the 100k dossier in {time.perf_counter() - started:.0f} s")
        results["validate 100k"] = median_time(lambda: tm.validate(big), max(1, runs // 2))
        big = None
        gc.collect()
    if args.quick:
        stream_label = "10k agreements (`--quick`, not 100k)"
        stream_pair(files["agreements-10000.jsonl"], stream_label, results)
    else:
        stream_label = "100k agreements"
        stream_pair(files["agreements-100000.jsonl"], stream_label, results)

    progress("memory and imports")
    # Import times compare installed packages: pip writes pydantic's bytecode at install
    # time, while an editable checkout (with PYTHONDONTWRITEBYTECODE set, as on some CI
    # machines) would compile treatymodel's sources on every import. Compile them first.
    compileall.compile_dir(Path(tm.__file__).parent, quiet=1)
    memory_loaders: dict[str, Callable[[bytes], Any]] = {
        "treatymodel": lambda line: tm.from_json(line, tm.Agreement),
        "pydantic": lambda line: p.load(line, p.agreement),
        "msgspec": lambda line: m.load(line, m.agreement),
    }
    for name, load_line in memory_loaders.items():
        per = memory_per_agreement(files["agreements-1000.jsonl"], load_line)
        results[f"memory per agreement {name} KB"] = per / 1024
    if args.baseline:
        earlier = json.loads(Path(args.baseline).read_text())["results"]
        results["memory baseline KB"] = earlier["memory per agreement treatymodel KB"]
    results["import treatymodel"] = import_time("import treatymodel", max(runs, 7))
    results["import pydantic"] = import_time("import pydantic", max(runs, 7))
    results["import pydantic BaseModel"] = import_time("from pydantic import BaseModel", max(runs, 7))
    results["import msgspec"] = import_time("import msgspec", max(runs, 7))
    # First use: the import plus what reading one small document needs (the model
    # classes, the converter). pydantic's counterpart would be its import plus the
    # creation of equivalent models; `from pydantic import BaseModel` is its lower bound.
    small = tm.to_json(tm.Dossier(id="empty", title="An empty dossier"))
    results["first use treatymodel"] = import_time(
        f"import treatymodel as tm; tm.from_json({small!r}, tm.Dossier)", max(runs, 7)
    )

    measured, table_notes = bench_tables(runs, table_sizes)
    results.update(measured)
    notes.extend(table_notes)

    lines = [
        *settings_lines(results, len(data) / 1e6, runs),
        "",
        *ratio_lines(results, stream_label, copies_label),
        "",
        *other_lines(results, stream_label, copies_label),
        "",
        *tables_lines(results, table_sizes),
        "",
        f"Runs per measure and setting: {runs} (median). Machine: "
        + ", ".join(f"{k} {v}" for k, v in machine().items()),
        *(f"- {note}" for note in notes),
    ]
    print("\n".join(lines))
    out = Path(args.results) if args.results else folder / "results.json"
    out.write_text(json.dumps({"results": results, "machine": machine(), "notes": notes}, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
