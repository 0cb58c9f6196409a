"""The documentation's code runs, and the tutorial notebook runs top to bottom."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from types import ModuleType

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


def test_notebook_is_current() -> None:
    pytest.importorskip("nbformat")
    committed = NOTEBOOK.read_text(encoding="utf-8")
    assert committed == _writer().render(), "examples/tutorial.ipynb is stale: run `make generate`"


def test_notebook_is_committed_without_outputs() -> None:
    book = json.loads(NOTEBOOK.read_text(encoding="utf-8"))
    code = [cell for cell in book["cells"] if cell["cell_type"] == "code"]
    assert code
    for cell in code:
        assert cell["outputs"] == []
        assert cell["execution_count"] is None


def test_notebook_runs_top_to_bottom(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    nbformat = pytest.importorskip("nbformat")
    nbclient = pytest.importorskip("nbclient")
    pytest.importorskip("ipykernel")
    pytest.importorskip("pandas")
    # A kernel spec of our own for the interpreter running the tests (the venv's), found first on
    # JUPYTER_PATH, so no kernel installed elsewhere on the machine can be picked instead.
    spec = tmp_path / "kernels" / "treatymodel-tests"
    spec.mkdir(parents=True)
    argv = [sys.executable, "-m", "ipykernel_launcher", "-f", "{connection_file}"]
    (spec / "kernel.json").write_text(
        json.dumps({"argv": argv, "display_name": "treatymodel tests", "language": "python"}),
        encoding="utf-8",
    )
    monkeypatch.setenv("JUPYTER_PATH", str(tmp_path))
    book = nbformat.read(NOTEBOOK, as_version=4)
    client = nbclient.NotebookClient(
        book,
        kernel_name="treatymodel-tests",
        timeout=180,
        resources={"metadata": {"path": str(NOTEBOOK.parent)}},
    )
    client.execute()
    outputs = [o for cell in book.cells if cell.cell_type == "code" for o in cell.outputs]
    assert not [o for o in outputs if o.output_type == "error"]
    text = "".join(o.get("text", "") for o in outputs if o.output_type == "stream")
    assert "Nursultan Nazarbayev" in text
    assert "comprehensive strategic partnership and alliance" in text
