"""Every earlier version of the exchange format is still read: one document per version, kept as written."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

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
    # Nothing is lost: written again, only the version and the documented changes of form differ.
    assert json.loads(tm.to_json(dossier)) == _upgraded(json.loads(text), version)
    assert tm.validate(dossier).ok


def _upgraded(document: dict[str, Any], version: str) -> dict[str, Any]:
    """``document`` as this version writes it: the documented changes of form (docs/json-format.md)."""
    upgraded = dict(document, version=tm.FORMAT_VERSION)
    if version in ("1.0", "1.1") and "quotes" in document:
        # 1.2: a quote's speaker is a tagged reference; a plain id was a person's.
        upgraded["quotes"] = [
            dict(q, speaker={"type": "person", "id": q["speaker"]})
            if isinstance(q.get("speaker"), str)
            else q
            for q in document["quotes"]
        ]
    return upgraded


def test_a_1_0_lifecycle_reads_with_the_same_meaning() -> None:
    # In 1.0 a bilateral treaty's entry into force already bound both parties; it still does.
    lineage = tm.from_json((FORMATS / "1.0" / "ru-kz-1992.json").read_bytes(), tm.Dossier)
    assert lineage.parties_on("ru-kz-treaty-1992", tm.PartialDate.parse("1993-01-01")) == (
        tm.StateRef(code="RUS"),
        tm.StateRef(code="KAZ"),
    )
