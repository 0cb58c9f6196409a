"""Regenerate docs/rules.md from the rule registry (same as ``python -m treatymodel.validation --write``)."""

from __future__ import annotations

import pathlib
import sys

from treatymodel.validation.__main__ import main

if __name__ == "__main__":
    target = pathlib.Path(__file__).resolve().parent.parent / "docs" / "rules.md"
    sys.exit(main(["--write", str(target), *sys.argv[1:]]))
