"""Render the seed dossier's HTML card in headless Chromium to docs/img/ru-kz-2025.png.

Run by hand (the test suite does not need a browser)::

    apt-get install chromium          # once, as root (Debian)
    .venv/bin/python scripts/screenshot.py [--out docs/img/ru-kz-2025.png] [--browser chromium]

The page is the dossier's ``_repr_html_``, what a notebook shows for
``datasets.load("ru-kz-2025")``; the title, both presidents and the two days of
the state visit's program are in the picture.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from treatymodel import datasets

ROOT = Path(__file__).resolve().parents[1]
FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--hide-scrollbars",
)


def page(name: str) -> str:
    """A standalone HTML page holding the bundled record ``name`` as a notebook shows it."""
    card = datasets.load(name)._repr_html_()
    head = '<!doctype html><html><head><meta charset="utf-8"></head>'
    return f'{head}<body style="margin:12px">{card}</body></html>'


def main(argv: list[str] | None = None) -> int:
    """Write the screenshot; return the browser's exit status."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--name", default="ru-kz-2025", help="bundled record to render")
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "img" / "ru-kz-2025.png")
    parser.add_argument("--browser", default=None, help="Chromium executable (default: found on PATH)")
    parser.add_argument("--size", default="1024,2000", help="window size WIDTH,HEIGHT in pixels")
    args = parser.parse_args(argv)
    browser = args.browser or next(
        (b for b in ("chromium", "chromium-browser", "google-chrome") if shutil.which(b)), None
    )
    if browser is None:
        print("no Chromium found: apt-get install chromium, or pass --browser", file=sys.stderr)
        return 2
    args.out.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        html_file = Path(tmp) / "page.html"
        html_file.write_text(page(args.name), encoding="utf-8")
        command = [
            browser,
            *FLAGS,
            f"--user-data-dir={Path(tmp) / 'profile'}",
            f"--screenshot={args.out.resolve()}",
            f"--window-size={args.size}",
            html_file.as_uri(),
        ]
        done = subprocess.run(command, capture_output=True, text=True, timeout=120, check=False)
    if done.returncode != 0 or not args.out.exists():
        print(done.stderr, file=sys.stderr)
        return done.returncode or 1
    print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
