"""Regenerate docs/rules.md from the rule registry (same as ``python -m treatymodel.rules --write``)."""

from __future__ import annotations

import pathlib
import sys

from treatymodel.rules.__main__ import main

if __name__ == "__main__":
    target = pathlib.Path(__file__).resolve().parent.parent / "docs" / "rules.md"
    sys.exit(main(["--write", str(target), *sys.argv[1:]]))
