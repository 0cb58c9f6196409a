"""Write the generated table of docs/lifecycle.md (a test fails when it is stale).

The situations come from ``tests/lifecycle_situations.py``, where each expected
answer is written by hand with its sources; ``tests/test_lifecycle_situations.py``
checks every row against the lifecycle engine. The effect of each kind of act is
not on this page: the model reference (docs/model.md) shows it beside the kind.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PAGE = ROOT / "docs" / "lifecycle.md"


def fill(page: str, marker: str, table: str) -> str:
    """``page`` with ``table`` between the ``<!-- marker -->`` and ``<!-- /marker -->`` lines."""
    new, count = re.subn(
        rf"(<!-- {marker} -->\n).*?(<!-- /{marker} -->)",
        lambda m: m.group(1) + table + m.group(2),
        page,
        flags=re.S,
    )
    if count != 1:
        raise SystemExit(f"{PAGE}: expected one pair of {marker} markers, found {count}")
    return new


def main() -> None:
    """Replace the table between the ``situations`` markers."""
    sys.path.insert(0, str(ROOT / "tests"))
    from lifecycle_situations import render_table

    page = PAGE.read_text(encoding="utf-8")
    page = fill(page, "situations", render_table())
    PAGE.write_text(page, encoding="utf-8")
    print(f"wrote {PAGE.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
