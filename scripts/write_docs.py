"""Regenerate the generated documentation pages (tests fail when they are stale)."""

from __future__ import annotations

from pathlib import Path

from treatymodel import _reference

ROOT = Path(__file__).resolve().parents[1]


def main() -> None:
    """Write docs/model.md."""
    (ROOT / "docs" / "model.md").write_text(_reference.render(), encoding="utf-8")


if __name__ == "__main__":
    main()
