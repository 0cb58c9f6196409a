"""Validation cost must grow linearly with the dossier.

Validates dossiers of 1,000 and 10,000 agreements from the benchmark corpus
(``corpus.py``: bilateral and multilateral agreements with up to 150 parties,
sections, commitments, lifecycles and relations, signed during visits by office
holders with recorded tenures), a few times each, and prints the best times and
their ratio, which must stay under 12.

Run: ``python benchmarks/bench_validate.py``. Not a test: timings never belong in
assertions.
"""

from __future__ import annotations

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


def main() -> int:
    sizes = (1_000, 10_000)
    dossiers = {n: corpus.dossier(n) for n in sizes}
    best = dict.fromkeys(sizes, float("inf"))
    reports: dict[int, tm.Report] = {}
    # Alternate the sizes so that noise from the machine hits both alike; keep the best run.
    for _ in range(3):
        for n in sizes:
            seconds, reports[n] = timed(dossiers[n])
            best[n] = min(best[n], seconds)
    for n in sizes:
        print(f"{n:>6} agreements: {best[n] * 1000:8.1f} ms  ({reports[n].summary()})")
    ratio = best[10_000] / best[1_000]
    print(f"ratio 10,000 / 1,000: {ratio:.2f} (must be < 12)")
    return 0 if ratio < 12 else 1


if __name__ == "__main__":
    sys.exit(main())
