"""Draw the timelines of the bundled records into docs/img/ (matplotlib; ``make generate``).

The images are not compared byte for byte (fonts and matplotlib versions change the
pixels); ``tests/test_timelines.py`` draws them into a temporary folder and checks
each is a PNG of the size the figure functions give.
"""

from __future__ import annotations

import sys
from pathlib import Path

from treatymodel import datasets, timelines

ROOT = Path(__file__).resolve().parents[1]
FOLDER = ROOT / "docs" / "img"

#: (file name, bundled record, "visit" or "lifecycle", id of the visit or agreement)
IMAGES = (
    ("visit-ru-kz-2025.png", "ru-kz-2025", "visit", "tokayev-russia-2025-11"),
    ("visit-ru-kz-2022.png", "ru-kz-2022", "visit", "tokayev-russia-2022-11"),
    ("visit-ru-kz-1998.png", "ru-kz-1998", "visit", "nazarbayev-russia-1998-07"),
    ("lifecycle-open-skies-1992.png", "open-skies-1992", "lifecycle", "open-skies-treaty-1992"),
    ("lifecycle-ctbt-1996.png", "ctbt-1996", "lifecycle", "ctbt-treaty-1996"),
    ("lifecycle-ru-kz-1992.png", "ru-kz-1992", "lifecycle", "ru-kz-treaty-1992"),
)


def draw(folder: Path) -> list[Path]:
    """Draw every image of `IMAGES` into ``folder``; return the paths."""
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for name, record, kind, id in IMAGES:
        dossier = datasets.load(record)
        if kind == "visit":
            visit = dossier.visit(id)
            figure = timelines.plot_visit(visit, title=timelines.visit_title(dossier, visit))
        else:
            figure = timelines.plot_lifecycle(dossier, id)
        path = folder / name
        # No bbox_inches: the image keeps the figure's size (the test checks it). Metadata
        # without the matplotlib version, so that a new version alone changes no file.
        figure.savefig(path, metadata={"Software": None})
        written.append(path)
    return written


def main() -> None:
    """Write the images into docs/img/ (or the folder given)."""
    folder = Path(sys.argv[1]) if len(sys.argv) > 1 else FOLDER
    for path in draw(folder):
        print(f"wrote {path}")


if __name__ == "__main__":
    main()
