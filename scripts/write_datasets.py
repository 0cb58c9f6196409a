"""Write the bundled records and the example JSON from the builders in examples/.

Each module ``examples/*.py`` that defines ``build() -> treatymodel.Dossier``
(files starting with ``_`` are helpers, not builders) is a bundled record; its
canonical JSON goes to ``src/treatymodel/data/<dossier id>.json``, and the seed's
also to ``examples/ru-kz-2025.json``. ``tests/test_datasets.py`` fails when any
of them is stale.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import treatymodel as tm

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "src" / "treatymodel" / "data"
EXAMPLES = ROOT / "examples"


def builders() -> list[ModuleType]:
    """The builder modules of the bundled records, in file-name order."""
    if str(EXAMPLES) not in sys.path:  # the builders import their shared helper module
        sys.path.insert(0, str(EXAMPLES))
    modules = []
    for path in sorted(EXAMPLES.glob("*.py")):
        if path.name.startswith("_"):
            continue
        spec = importlib.util.spec_from_file_location(path.stem, path)
        assert spec is not None
        assert spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        if callable(getattr(module, "build", None)):
            modules.append(module)
    return modules


def outputs() -> dict[Path, str]:
    """Every file this script writes, with its content."""
    files: dict[Path, str] = {}
    for module in builders():
        dossier = module.build()
        text = tm.to_json(dossier) + "\n"
        files[DATA / f"{dossier.id}.json"] = text
        if dossier.id == "ru-kz-2025":
            files[EXAMPLES / "ru-kz-2025.json"] = text
    return files


def main() -> None:
    """Write every output file."""
    DATA.mkdir(parents=True, exist_ok=True)
    for path, text in outputs().items():
        path.write_text(text, encoding="utf-8")
        print(f"wrote {path.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
