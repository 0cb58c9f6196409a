"""Validation cost must grow linearly with the dossier.

Validates dossiers of 10,000 and 100,000 agreements from the benchmark corpus
(``corpus.py``: bilateral and multilateral agreements with up to 150 parties,
sections, commitments, lifecycles and relations, signed during visits by office
holders with recorded tenures), a few times each, and prints the best times and
their ratio, which must stay under 12 (the target of issue 6). Building the 100k
dossier takes about two minutes.

Smaller sizes (``--sizes 1000 10000``) are quicker but not a fair test of growth:
a 1k dossier fits in the CPU caches and a 10k one does not, so that ratio comes out
near 13 although no part of the validation grows faster than the dossier (per
function, the profile grows 7 to 12.6 times from 2k to 20k; docs/performance.md).

Run: ``python benchmarks/bench_validate.py [--sizes N M]``. Not a test: timings never
belong in assertions.
"""

from __future__ import annotations

import argparse
import gc
import sys
import time

import corpus  # beside this script, which is run as `python benchmarks/bench_validate.py`
import treatymodel as tm


def timed(dossier: tm.Dossier) -> tuple[float, tm.Report]:
    gc.collect()  # start each run from the same heap
    started = time.perf_counter()
    report = tm.validate(dossier)
    return time.perf_counter() - started, report


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--sizes", type=int, nargs=2, default=(10_000, 100_000), metavar=("SMALL", "LARGE"))
    parser.add_argument("--runs", type=int, default=3, help="runs per size (the best is kept)")
    args = parser.parse_args(argv)
    small, large = args.sizes
    dossiers = {n: corpus.dossier(n) for n in (small, large)}
    best = dict.fromkeys(dossiers, float("inf"))
    reports: dict[int, tm.Report] = {}
    # Alternate the sizes so that noise from the machine hits both alike; keep the best run.
    for _ in range(args.runs):
        for n, dossier in dossiers.items():
            seconds, reports[n] = timed(dossier)
            best[n] = min(best[n], seconds)
    for n in dossiers:
        print(f"{n:>7} agreements: {best[n] * 1000:9.1f} ms  ({reports[n].summary()})")
    ratio = best[large] / best[small]
    print(f"ratio {large:,} / {small:,}: {ratio:.2f} (must be < 12 for a tenfold dossier)")
    return 0 if ratio < 12 * (large / small) / 10 else 1


if __name__ == "__main__":
    sys.exit(main())
