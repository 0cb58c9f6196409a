"""Every earlier version of the exchange format is still read: one document per version, kept as written."""

from __future__ import annotations

from pathlib import Path

import pytest

import treatymodel as tm

FORMATS = Path(__file__).resolve().parent / "formats"
DOCUMENTS = sorted(FORMATS.glob("*/*.json"))


def test_there_is_a_document_for_every_earlier_minor_version() -> None:
    major, minor = (int(x) for x in tm.FORMAT_VERSION.split("."))
    versions = {p.parent.name for p in DOCUMENTS}
    assert versions == {f"{major}.{m}" for m in range(minor)}


@pytest.mark.parametrize("path", DOCUMENTS, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_an_earlier_document_is_read_whole(path: Path) -> None:
    text = path.read_text(encoding="utf-8").strip()
    version = path.parent.name
    assert f'"version":"{version}"' in text
    dossier = tm.from_json(text, tm.Dossier)
    # Nothing is lost: written again, only the version changes.
    assert tm.to_json(dossier) == text.replace(
        f'"version":"{version}"', f'"version":"{tm.FORMAT_VERSION}"', 1
    )
    assert tm.validate(dossier).ok


def test_a_1_0_lifecycle_reads_with_the_same_meaning() -> None:
    # In 1.0 a bilateral treaty's entry into force already bound both parties; it still does.
    lineage = tm.from_json((FORMATS / "1.0" / "ru-kz-1992.json").read_bytes(), tm.Dossier)
    assert lineage.parties_on("ru-kz-treaty-1992", tm.PartialDate.parse("1993-01-01")) == (
        tm.StateRef(code="RUS"),
        tm.StateRef(code="KAZ"),
    )
