"""Write examples/tutorial.ipynb from docs/tutorial.md (a test fails when it is stale).

Prose becomes Markdown cells and each ```python block a code cell, in order; the
notebook is written without outputs. Run ``make generate`` after editing the tutorial.
"""

from __future__ import annotations

import re
from pathlib import Path

import nbformat

ROOT = Path(__file__).resolve().parents[1]
SOURCE = ROOT / "docs" / "tutorial.md"
TARGET = ROOT / "examples" / "tutorial.ipynb"
_BLOCK = re.compile(r"```python\n(.*?)```\n", re.S)


def notebook() -> nbformat.NotebookNode:
    """The tutorial as a notebook without outputs."""
    text = SOURCE.read_text(encoding="utf-8")
    # The page's image path is relative to docs/; the notebook lives in examples/.
    text = text.replace("](img/", "](../docs/img/").replace("](rules.md)", "](../docs/rules.md)")
    text = text.replace("](json-format.md)", "](../docs/json-format.md)")
    cells = []
    position = 0
    for number, match in enumerate(_BLOCK.finditer(text)):
        prose = text[position : match.start()].strip()
        if prose:
            cells.append(nbformat.v4.new_markdown_cell(prose, id=f"md-{number}"))
        cells.append(nbformat.v4.new_code_cell(match.group(1).rstrip("\n"), id=f"code-{number}"))
        position = match.end()
    rest = text[position:].strip()
    if rest:
        cells.append(nbformat.v4.new_markdown_cell(rest, id="md-end"))
    book = nbformat.v4.new_notebook(cells=cells)
    book.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    book.metadata["language_info"] = {"name": "python"}
    return book


def render() -> str:
    """The notebook file's text."""
    return nbformat.writes(notebook()) + "\n"


def main() -> None:
    """Write examples/tutorial.ipynb."""
    TARGET.write_text(render(), encoding="utf-8")


if __name__ == "__main__":
    main()
