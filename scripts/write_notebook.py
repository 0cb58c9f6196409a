"""Write examples/tutorial.ipynb from docs/tutorial.md, executed, and the outputs back into the page.

Prose becomes Markdown cells and each ```python block a code cell, in order. The
notebook is run top to bottom (nbclient, with a kernel of this interpreter) and
written with its outputs: the cards, the tables and the plots. The same outputs are
written into docs/tutorial.md after each block, between ``<!-- output -->`` and
``<!-- /output -->`` lines (text as text blocks, cards and tables as HTML, plots as
images in docs/img/tutorial-*.png), so the page shows what the notebook shows. Run
``make generate`` after editing the tutorial; the tests fail when either is stale.
"""

from __future__ import annotations

import base64
import json
import re
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import nbformat

ROOT = Path(__file__).resolve().parents[1]
SOURCE = ROOT / "docs" / "tutorial.md"
TARGET = ROOT / "examples" / "tutorial.ipynb"
IMAGES = ROOT / "docs" / "img"
_BLOCK = re.compile(r"```python\n(.*?)```\n", re.S)
_OUTPUT = re.compile(r"\n<!-- output -->\n.*?<!-- /output -->\n", re.S)
KERNEL = "treatymodel-tutorial"


def source_text(page: str | None = None) -> str:
    """The tutorial page without its output regions: what the notebook is made from."""
    text = SOURCE.read_text(encoding="utf-8") if page is None else page
    return _OUTPUT.sub("", text)


def notebook() -> nbformat.NotebookNode:
    """The tutorial as a notebook without outputs."""
    text = source_text()
    # The page's links are relative to docs/; the notebook lives in examples/.
    text = re.sub(r"\]\((img/|[a-z-]+\.md)", r"](../docs/\1", text)
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


def execute(book: nbformat.NotebookNode) -> nbformat.NotebookNode:
    """``book`` run top to bottom in a kernel of this interpreter, from examples/, outputs kept.

    The kernel spec is written to a temporary folder first on JUPYTER_PATH, so no
    kernel installed elsewhere on the machine can be picked instead.
    """
    import os

    import nbclient

    with tempfile.TemporaryDirectory() as tmp:
        spec = Path(tmp) / "kernels" / KERNEL
        spec.mkdir(parents=True)
        argv = [sys.executable, "-m", "ipykernel_launcher", "-f", "{connection_file}"]
        (spec / "kernel.json").write_text(
            json.dumps({"argv": argv, "display_name": "treatymodel tutorial", "language": "python"}),
            encoding="utf-8",
        )
        before = os.environ.get("JUPYTER_PATH")
        os.environ["JUPYTER_PATH"] = tmp
        try:
            client = nbclient.NotebookClient(
                book, kernel_name=KERNEL, timeout=180, resources={"metadata": {"path": str(TARGET.parent)}}
            )
            client.execute()
        finally:
            if before is None:
                del os.environ["JUPYTER_PATH"]
            else:
                os.environ["JUPYTER_PATH"] = before
    return clean(book)


def clean(book: nbformat.NotebookNode) -> nbformat.NotebookNode:
    """``book`` without what changes from one run to the next (timings, the kernel's name)."""
    book.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    book.metadata["language_info"] = {"name": "python"}
    for cell in book.cells:
        cell.metadata = {}
        if cell.cell_type != "code":
            continue
        merged: list[Any] = []
        for output in cell.outputs:
            if output.output_type in ("display_data", "execute_result"):
                output["metadata"] = {}  # the format requires the key; its content is display hints
            # The kernel sends printed text in as many pieces as it likes: one piece per stream.
            if output.output_type == "stream" and merged and merged[-1].get("name") == output.name:
                merged[-1].text += output.text
            else:
                merged.append(output)
        cell.outputs = merged
    return book


def render(book: nbformat.NotebookNode) -> str:
    """The notebook file's text."""
    return nbformat.writes(book) + "\n"


def outputs(book: nbformat.NotebookNode) -> Iterator[tuple[str, list[Any]]]:
    """Each code cell's id and outputs, in order."""
    for cell in book.cells:
        if cell.cell_type == "code":
            yield cell.id, list(cell.outputs)


def page(book: nbformat.NotebookNode) -> tuple[str, dict[str, bytes]]:
    """The tutorial page with each block's outputs after it, and the images it links to."""
    text = source_text()
    images: dict[str, bytes] = {}
    cells = iter(outputs(book))
    parts = []
    position = 0
    for match in _BLOCK.finditer(text):
        parts.append(text[position : match.end()])
        position = match.end()
        cell_id, found = next(cells)
        region = _region(cell_id, found, images)
        if region:
            parts.append(f"\n<!-- output -->\n{region}<!-- /output -->\n")
    parts.append(text[position:])
    return "".join(parts), images


def _region(cell_id: str, found: list[Any], images: dict[str, bytes]) -> str:
    pieces = []
    for n, output in enumerate(found):
        if output.output_type == "stream":
            pieces.append(f"```text\n{output.text.rstrip()}\n```\n")
        elif output.output_type in ("execute_result", "display_data"):
            data = output.data
            if "image/png" in data:
                name = f"tutorial-{cell_id}{'' if n == 0 else f'-{n}'}.png"
                images[name] = base64.b64decode(data["image/png"])
                pieces.append(f"![The output of the cell above](img/{name})\n")
            elif "text/html" in data:
                # A raw HTML block of Markdown ends at a blank line: the HTML has none.
                body = "\n".join(line for line in data["text/html"].splitlines() if line.strip())
                pieces.append(f'<div class="tm-output">\n{body}\n</div>\n')
            else:
                pieces.append(f"```text\n{data['text/plain'].rstrip()}\n```\n")
    return "\n".join(pieces)


def main() -> None:
    """Run the tutorial; write the notebook, the page's outputs and its images."""
    book = execute(notebook())
    TARGET.write_text(render(book), encoding="utf-8")
    text, images = page(book)
    for old in IMAGES.glob("tutorial-*.png"):
        old.unlink()
    for name, data in images.items():
        (IMAGES / name).write_bytes(data)
    SOURCE.write_text(text, encoding="utf-8")
    print(f"wrote {TARGET.relative_to(ROOT)}, {SOURCE.relative_to(ROOT)} and {len(images)} images")


if __name__ == "__main__":
    main()
