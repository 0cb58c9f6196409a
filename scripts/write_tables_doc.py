"""Write the schemas of docs/tables.md from ``treatymodel.tables`` (a test fails when they are stale)."""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PAGE = ROOT / "docs" / "tables.md"


def main() -> None:
    """Replace the text between the ``schemas`` markers."""
    sys.path.insert(0, str(ROOT / "scripts"))
    from write_lifecycle_doc import fill

    from treatymodel.tables import render_schemas

    PAGE.write_text(fill(PAGE.read_text(encoding="utf-8"), "schemas", render_schemas()), encoding="utf-8")
    print(f"wrote {PAGE.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
