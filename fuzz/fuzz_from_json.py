"""Coverage-guided fuzzing of ``from_json`` and ``validate`` with atheris (not run in CI).

Long runs find what the Hypothesis property in ``tests/test_robustness.py`` may miss.
The only exceptions allowed out of ``from_json`` and ``validate`` are
``tm.TreatyModelError``; anything else is a bug, and atheris stops with the input
that caused it. See ``fuzz/README.md``.

Usage::

    pip install atheris
    python fuzz/fuzz_from_json.py fuzz/corpus -max_total_time=3600
"""

from __future__ import annotations

import sys

import atheris

with atheris.instrument_imports():
    import treatymodel as tm

# The record types a document may hold; the first byte of the input picks one.
TYPES = (tm.Dossier, tm.Agreement, tm.Visit, tm.Person, tm.Section, tm.Signature, tm.StateRef)


def test_one_input(data: bytes) -> None:
    """Read ``data`` as a document of one record type; validate it when it is read."""
    if not data:
        return
    cls = TYPES[data[0] % len(TYPES)]
    try:
        record = tm.from_json(data[1:], cls)
    except tm.DecodeError as exc:
        if not exc.errors or not all(item.path.startswith("$") for item in exc.errors):
            raise AssertionError(f"a DecodeError without paths: {exc!r}") from exc
        return
    if tm.from_json(tm.to_json(record), cls) != record:
        raise AssertionError("the record changed in a round trip")
    if isinstance(record, tm.Dossier | tm.Agreement | tm.Visit):
        tm.validate(record)  # a report, whatever the record: any exception is a bug


def main() -> None:
    """Run atheris with the command-line arguments (a corpus folder, libFuzzer flags)."""
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
