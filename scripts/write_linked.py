"""Write the published JSON-LD context to schema/ and the QuickStatements of docs/linked-data.md.

A test fails when either is stale (tests/test_linked.py).
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PAGE = ROOT / "docs" / "linked-data.md"
CONTEXT = ROOT / "schema" / "treatymodel.context.jsonld"


def quickstatements_block(name: str, *, create: bool = False) -> str:
    """The QuickStatements of bundled record ``name`` as a fenced block for the page."""
    from treatymodel import datasets, linked

    text = linked.to_quickstatements(datasets.load(name), create=create)
    return "```text\n" + (text or "(no statement: no fact has a Wikidata id at both ends)\n") + "```\n"


def main() -> None:
    """Copy the package's context to schema/ and fill the page's QuickStatements markers."""
    sys.path.insert(0, str(ROOT / "scripts"))
    from write_lifecycle_doc import fill

    from treatymodel import linked

    CONTEXT.write_bytes(linked.context_bytes())
    page = PAGE.read_text(encoding="utf-8")
    page = fill(page, "qs-seed", quickstatements_block("ru-kz-2025"))
    page = fill(page, "qs-seed-create", quickstatements_block("ru-kz-2025", create=True))
    page = fill(page, "qs-sco", quickstatements_block("sco"))
    PAGE.write_text(page, encoding="utf-8")
    print(f"wrote {CONTEXT.relative_to(ROOT)} and {PAGE.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
