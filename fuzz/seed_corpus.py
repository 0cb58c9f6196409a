"""Write a starting corpus for the fuzzer: the bundled records and the bad-input corpus.

Each file is one byte choosing the record type (0: Dossier), then the document.

Usage::

    python fuzz/seed_corpus.py fuzz/corpus
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def main() -> None:
    """Copy the bundled records and ``tests/bad_inputs`` into the folder given."""
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "fuzz/corpus")
    out.mkdir(parents=True, exist_ok=True)
    sources = sorted((ROOT / "src" / "treatymodel" / "data").glob("*.json"))
    sources += sorted((ROOT / "tests" / "bad_inputs").rglob("*.json"))
    written = 0
    for number, path in enumerate(sources):
        data = path.read_bytes()
        if len(data) <= 64 * 1024:  # the large nesting cases add nothing a fuzzer needs
            (out / f"{number:04d}-{path.name}").write_bytes(b"\x00" + data)
            written += 1
    print(f"wrote {written} seeds to {out}")


if __name__ == "__main__":
    main()
