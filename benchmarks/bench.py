"""Speed and scale of treatymodel against pydantic v2, msgspec and orjson, on the same bytes.

Run ``make bench`` (or ``python benchmarks/bench.py [--runs N] [--quick]``). The corpus
(``benchmarks/corpus.py``) is written once to ``.benchmarks/`` (git-ignored; about
1 GB for the 100k JSON Lines file). Prints a table of medians and ratios, in Markdown,
ready for ``docs/performance.md``. Not a test: timings never belong in assertions.

Measured, each the median of ``--runs`` runs, every library under the same garbage
collector settings (the interpreter's defaults), and with only its own objects alive:

- load: the 10k dossier document, bytes to validated objects;
- dump: those objects back to bytes (all four produce the canonical bytes);
- load again with the collector off for every library: the cost of decoding alone;
- validate: ``tm.validate`` (every rule) on the loaded 10k dossier, and on a 100k one;
- streaming: ``tm.iter_jsonl`` over 100k agreements, in a subprocess (time, peak RSS);
- memory per loaded agreement (tracemalloc, 1k agreements);
- ``import treatymodel`` and ``import pydantic``, timed inside a fresh interpreter
  around the import statement; and the first use of treatymodel: its import plus
  reading a small dossier (the model classes and the converter);
- the tables (``treatymodel.frames``) at 10k and 20k agreements: every record table
  of ``to_frames`` from a fresh dossier (the lifecycle engine included), the
  party-year panel from a fresh dossier and again with the lifecycles computed,
  and the dyad-year panel. ``--tables-only`` measures these alone.
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

import corpus  # noqa: E402
import peers  # noqa: E402
import treatymodel as tm  # noqa: E402

BIG = 1 << 31  # documents beyond the default 64 MiB limit are read and written with max_bytes=BIG


def progress(message: str) -> None:
    print(f"[{time.strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)


def median_time(fn: Callable[[], Any], runs: int, *, collector: bool = True) -> float:
    """The median wall time of ``runs`` calls; ``collector=False`` turns the cyclic GC off for each."""
    progress(f"{getattr(fn, '__name__', 'measure')}: {runs} runs")
    times = []
    for _ in range(runs):
        gc.collect()
        if not collector:
            gc.disable()
        started = time.perf_counter()
        try:
            fn()
        finally:
            times.append(time.perf_counter() - started)
            gc.enable()
    return statistics.median(times)


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

_STREAM = """
import sys, time
import treatymodel as tm
started = time.perf_counter()
n = sum(1 for _ in tm.iter_jsonl(sys.argv[1], tm.Agreement))
seconds = time.perf_counter() - started
hwm = [line for line in open("/proc/self/status") if line.startswith("VmHWM:")][0]
print(n, seconds, hwm.split()[1])
"""

_FLOOR = """
import sys, time, orjson
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


def bench_tables(runs: int) -> tuple[dict[str, float], list[str]]:
    """to_frames and the panels at 10k and 20k agreements, each from a fresh dossier unless said."""
    from treatymodel import frames, tables

    results: dict[str, float] = {}
    notes: list[str] = []
    runs = max(1, min(runs, 3))
    for n in TABLE_SIZES:
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


def tables_lines(r: dict[str, float]) -> list[str]:
    sizes = " | ".join(f"{n // 1000}k" for n in TABLE_SIZES)
    lines = [f"| Tables: wall s (CPU s) | {sizes} |"]
    lines.append("|---|" + "---:|" * len(TABLE_SIZES))
    for label, key in (
        ("to_frames: every record table, fresh dossier (lifecycle engine included)", "to_frames"),
        ("party_years, fresh dossier (lifecycle engine included)", "party_years"),
        ("party_years, lifecycles computed", "party_years warm"),
        ("dyad_years, lifecycles computed", "dyad_years"),
    ):
        cells = [f"{r[f'tables {n} {key}']:.2f} ({r[f'tables {n} {key} cpu']:.2f})" for n in TABLE_SIZES]
        lines.append(f"| {label} | " + " | ".join(cells) + " |")
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--runs", type=int, default=5, help="runs per measure (median)")
    parser.add_argument("--quick", action="store_true", help="skip the 100k measures")
    parser.add_argument("--no-validate-100k", action="store_true", help="skip building the 100k dossier")
    parser.add_argument("--dir", default=str(ROOT / ".benchmarks"), help="corpus folder")
    parser.add_argument("--tables-only", action="store_true", help="measure the tables and panels alone")
    args = parser.parse_args(argv)
    runs = args.runs
    if args.tables_only:
        measured, table_notes = bench_tables(runs)
        print("\n".join([*tables_lines(measured), "", *(f"- {note}" for note in table_notes)]))
        return 0
    folder = Path(args.dir)
    files = corpus.write_corpus(folder, (1_000, 10_000) if args.quick else corpus.SIZES)
    data = files["dossier-10000.json"].read_bytes()
    results: dict[str, float] = {}
    lines: list[str] = []

    p, m = peers.Pydantic(), peers.Msgspec()
    notes = check_peers(p, m, data)

    # Each library is measured with only its own objects alive: load it, write it back,
    # drop it. Objects of an earlier library left in the heap would make the collector
    # of a later one traverse them, and the order of the libraries would decide.
    loaders: dict[str, Callable[[], Any]] = {
        "orjson": lambda: orjson.loads(data),
        "msgspec": lambda: m.load(data, m.dossier),
        "pydantic": lambda: p.load(data, p.dossier),
        "treatymodel": lambda: tm.from_json(data, tm.Dossier, max_bytes=BIG),
    }
    dumpers: dict[str, Callable[[Any], Any]] = {
        "orjson": orjson.dumps,
        "msgspec": m.dump,
        "pydantic": p.dump,
        "treatymodel": lambda dossier: tm.to_json(dossier, max_bytes=BIG),
    }
    dossier10k: Any = None
    for name, load in loaders.items():
        progress(f"load and dump {name}")
        results[f"load {name}"] = median_time(load, runs)
        obj = load()
        dump = dumpers[name]
        results[f"dump {name}"] = median_time(lambda: dump(obj), runs)  # noqa: B023
        if name == "treatymodel":
            dossier10k = obj
        obj = None
        gc.collect()
    progress("load with the collector off for every library")
    for name, load in loaders.items():
        results[f"load {name} gc off"] = median_time(load, max(1, runs // 2), collector=False)
    report = tm.validate(dossier10k)
    assert report.ok, report.summary()
    results["validate 10k"] = median_time(lambda: tm.validate(dossier10k), runs)
    dossier10k = None
    gc.collect()

    if not args.quick and not args.no_validate_100k:
        progress("build the 100k dossier")
        started = time.perf_counter()
        big = corpus.dossier(100_000)
        notes.append(f"built the 100k dossier in {time.perf_counter() - started:.0f} s")
        results["validate 100k"] = median_time(lambda: tm.validate(big), max(1, runs // 2))
        big = None
        gc.collect()
    if not args.quick:
        progress("stream 100k")
        n, seconds, rss = stream(files["agreements-100000.jsonl"], _STREAM)
        results["stream 100k treatymodel s"], results["stream 100k treatymodel MB"] = seconds, rss
        n2, seconds, rss = stream(files["agreements-100000.jsonl"], _FLOOR)
        results["stream 100k orjson s"], results["stream 100k orjson MB"] = seconds, rss
        assert n == n2 == 100_000

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

    measured, table_notes = bench_tables(runs)
    results.update(measured)
    notes.extend(table_notes)

    r = results
    lines.append(
        "| Measure (10k dossier, %.0f MB) | treatymodel | pydantic v2 | msgspec | orjson |"
        % (len(data) / 1e6)
    )
    lines.append("|---|---:|---:|---:|---:|")
    for what in ("load", "dump"):
        lines.append(
            f"| {what} (s) | {r[f'{what} treatymodel']:.2f} | {r[f'{what} pydantic']:.2f} "
            f"| {r[f'{what} msgspec']:.2f} | {r[f'{what} orjson']:.2f} |"
        )
    lines.append("")
    lines.append("| Ratio | Measured | Target |")
    lines.append("|---|---:|---:|")
    load_py = r["load treatymodel"] / r["load pydantic"]
    lines.append(f"| load / pydantic `model_validate_json` | {load_py:.2f}x | <= 1.0x |")
    lines.append(f"| load / msgspec decode | {r['load treatymodel'] / r['load msgspec']:.2f}x | <= 3x |")
    lines.append(f"| load / orjson.loads (floor) | {r['load treatymodel'] / r['load orjson']:.2f}x | - |")
    lines.append(
        f"| dump / pydantic `model_dump_json` | {r['dump treatymodel'] / r['dump pydantic']:.2f}x | <= 1.0x |"
    )
    lines.append(f"| dump / msgspec encode | {r['dump treatymodel'] / r['dump msgspec']:.2f}x | - |")
    lines.append(f"| dump / orjson.dumps (floor) | {r['dump treatymodel'] / r['dump orjson']:.2f}x | - |")
    lines.append(
        f"| validate (all rules) / load, 10k | {r['validate 10k'] / r['load treatymodel']:.2f}x | <= 0.5x |"
    )
    if "validate 100k" in r:
        lines.append(f"| validate 100k / 10k | {r['validate 100k'] / r['validate 10k']:.1f} | < 12 |")
    if "stream 100k treatymodel MB" in r:
        lines.append(
            f"| stream 100k agreements, peak RSS | {r['stream 100k treatymodel MB']:.0f} MB | < 150 MB |"
        )
    imports = r["import treatymodel"] / r["import pydantic"]
    lines.append(f"| import treatymodel / import pydantic | {imports:.2f}x | <= 1.0x |")
    lines.append("")
    lines.append("| Other measures | |")
    lines.append("|---|---:|")
    lines.append(f"| validate 10k dossier (s) | {r['validate 10k']:.2f} |")
    if "validate 100k" in r:
        lines.append(f"| validate 100k dossier (s) | {r['validate 100k']:.2f} |")
    if "stream 100k treatymodel s" in r:
        lines.append(
            f"| stream 100k agreements through iter_jsonl (s) | {r['stream 100k treatymodel s']:.1f} "
            f"(orjson.loads per line: {r['stream 100k orjson s']:.1f}, {r['stream 100k orjson MB']:.0f} MB) |"
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
    lines.append("")
    lines.extend(tables_lines(r))
    lines.append("")
    lines.append("Load with the cyclic garbage collector off for every library (s, pure decoding cost):")
    lines.append("")
    lines.append("| treatymodel | pydantic v2 | msgspec | orjson |")
    lines.append("|---:|---:|---:|---:|")
    off = [r[f"load {n} gc off"] for n in ("treatymodel", "pydantic", "msgspec", "orjson")]
    lines.append("| " + " | ".join(f"{seconds:.2f}" for seconds in off) + " |")
    lines.append("")
    lines.append(
        f"Runs per measure: {runs} (median). Machine: " + ", ".join(f"{k} {v}" for k, v in machine().items())
    )
    lines.extend(f"- {note}" for note in notes)
    print("\n".join(lines))
    (folder / "results.json").write_text(
        json.dumps({"results": r, "machine": machine(), "notes": notes}, indent=2)
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
