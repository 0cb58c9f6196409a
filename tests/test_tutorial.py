"""The documentation's code runs, and the tutorial notebook runs top to bottom."""

from __future__ import annotations

import json
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from _records import load_script

ROOT = Path(__file__).resolve().parents[1]
DOCS = ROOT / "docs"
NOTEBOOK = ROOT / "examples" / "tutorial.ipynb"
PAGES = sorted(p for p in DOCS.glob("*.md") if "```python\n" in p.read_text(encoding="utf-8"))


def _python_blocks(path: Path) -> list[str]:
    text = path.read_text(encoding="utf-8")
    return [chunk.split("```", 1)[0] for chunk in text.split("```python\n")[1:]]


def _writer() -> ModuleType:
    return load_script("write_notebook")


def test_the_tutorial_page_has_code() -> None:
    assert DOCS / "tutorial.md" in PAGES


@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.name)
def test_docs_code_runs_in_order(page: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    pytest.importorskip("pandas")
    monkeypatch.chdir(tmp_path)  # the pages may write files
    namespace: dict[str, object] = {"__name__": f"docs_{page.stem}"}
    for number, block in enumerate(_python_blocks(page), start=1):
        exec(compile(block, f"{page.name} block {number}", "exec"), namespace)


def _cells(book: Any) -> list[tuple[str, str, str]]:
    return [(cell.cell_type, cell.id, cell.source) for cell in book.cells]


def test_notebook_is_current() -> None:
    nbformat = pytest.importorskip("nbformat")
    committed = nbformat.read(NOTEBOOK, as_version=4)
    assert _cells(committed) == _cells(_writer().notebook()), (
        "examples/tutorial.ipynb is stale: run `make generate`"
    )
    # Committed exactly as the writer writes it (outputs included).
    assert NOTEBOOK.read_text(encoding="utf-8") == _writer().render(committed)


def test_notebook_is_committed_with_its_outputs() -> None:
    # The executed notebook keeps what a reader came for: the cards, the tables and the plots.
    book = json.loads(NOTEBOOK.read_text(encoding="utf-8"))
    code = [cell for cell in book["cells"] if cell["cell_type"] == "code"]
    assert code
    assert [cell["execution_count"] for cell in code] == list(range(1, len(code) + 1))
    outputs = [o for cell in code for o in cell["outputs"]]
    assert not [o for o in outputs if o["output_type"] == "error"]
    html = ["".join(o["data"]["text/html"]) for o in outputs if "text/html" in o.get("data", {})]
    assert any('class="tm-card"' in h for h in html), "no card"
    assert any('class="dataframe"' in h for h in html), "no table"
    assert sum("image/png" in o.get("data", {}) for o in outputs) == 2, "the two plots"


def test_the_tutorial_page_shows_the_notebooks_outputs() -> None:
    nbformat = pytest.importorskip("nbformat")
    text, images = _writer().page(nbformat.read(NOTEBOOK, as_version=4))
    assert (DOCS / "tutorial.md").read_text(encoding="utf-8") == text, "stale: run `make generate`"
    assert len(images) == 2
    for name, data in images.items():
        assert f"](img/{name})" in text
        assert (DOCS / "img" / name).read_bytes()[:8] == data[:8] == b"\x89PNG\r\n\x1a\n"
    assert text.count('<div class="tm-output">') >= 3


def _comparable(output: Any) -> dict[str, Any]:
    """An output as the test compares it: a plot's pixels depend on the fonts of the machine."""
    found = dict(output)
    found.pop("execution_count", None)
    if "data" in found:
        found["data"] = {k: ("<png>" if k == "image/png" else v) for k, v in found["data"].items()}
    return found


def test_notebook_runs_top_to_bottom() -> None:
    nbformat = pytest.importorskip("nbformat")
    pytest.importorskip("nbclient")
    pytest.importorskip("ipykernel")
    pytest.importorskip("pandas")
    pytest.importorskip("matplotlib")
    writer = _writer()
    book = writer.execute(writer.notebook())
    outputs = [o for cell in book.cells if cell.cell_type == "code" for o in cell.outputs]
    assert not [o for o in outputs if o.output_type == "error"]
    text = "".join(o.get("text", "") for o in outputs if o.output_type == "stream")
    assert "Nursultan Nazarbayev" in text
    assert "comprehensive strategic partnership and alliance" in text
    # The committed outputs are the ones the tutorial gives today.
    committed = nbformat.read(NOTEBOOK, as_version=4)
    for fresh, kept in zip(writer.outputs(book), writer.outputs(committed), strict=True):
        assert fresh[0] == kept[0]
        assert [_comparable(o) for o in fresh[1]] == [_comparable(o) for o in kept[1]], fresh[0]
