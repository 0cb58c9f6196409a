"""The bundled records: in step with their builders, loadable offline, valid, sourced."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

import treatymodel as tm
from _records import load_script, unsourced
from treatymodel import datasets

ROOT = Path(__file__).resolve().parents[1]


def _writer() -> ModuleType:
    return load_script("write_datasets")


def test_at_least_five_bundled_records() -> None:
    assert len(datasets.names()) >= 5
    assert "ru-kz-2025" in datasets.names()


def test_bundled_files_are_current() -> None:
    stale = [
        str(path.relative_to(ROOT))
        for path, text in _writer().outputs().items()
        if not path.exists() or path.read_text(encoding="utf-8") != text
    ]
    assert not stale, f"stale: {stale}; run `python scripts/write_datasets.py`"


def test_example_script_writes_the_example_json(tmp_path: Path) -> None:
    # The script writes next to itself; run a copy so the checkout is not touched.
    for name in ("ru_kz_2025.py", "_presidents.py", "_identity.py"):
        (tmp_path / name).write_text((ROOT / "examples" / name).read_text(encoding="utf-8"), encoding="utf-8")
    copy = tmp_path / "ru_kz_2025.py"
    subprocess.run([sys.executable, str(copy), "--write-json"], check=True, capture_output=True, timeout=60)
    written = (tmp_path / "ru-kz-2025.json").read_text(encoding="utf-8")
    assert written == (ROOT / "examples" / "ru-kz-2025.json").read_text(encoding="utf-8")


@pytest.mark.parametrize("name", datasets.names())
def test_bundled_record_loads_and_is_valid(name: str) -> None:
    dossier = datasets.load(name)
    assert dossier.id == name
    report = tm.validate(dossier)
    assert report.ok_strict, str(report)


def test_unknown_name() -> None:
    with pytest.raises(datasets.DatasetNotFoundError, match="ru-kz-2025") as caught:
        datasets.load("atlantis")
    assert isinstance(caught.value, tm.TreatyModelError)
    assert isinstance(caught.value, KeyError)


@pytest.mark.parametrize("name", datasets.names())
def test_every_fact_has_a_source(name: str) -> None:
    dossier = datasets.load(name)
    missing = unsourced(dossier)
    assert not missing, f"records without a source: {missing}"
