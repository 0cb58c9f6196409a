"""Documentation that is generated from the code stays in step with it."""

from __future__ import annotations

import enum
import inspect
from pathlib import Path

import attrs
import pytest

import treatymodel as tm
from treatymodel import _reference
from treatymodel._fielddocs import attribute_docs

ROOT = Path(__file__).resolve().parents[1]
PUBLIC_CLASSES = [getattr(tm, n) for n in tm.__all__ if inspect.isclass(getattr(tm, n))]


def test_model_reference_is_current() -> None:
    committed = (ROOT / "docs" / "model.md").read_text(encoding="utf-8")
    assert committed == _reference.render(), "docs/model.md is stale: run `python scripts/write_docs.py`"


def test_model_reference_examples_run() -> None:
    import doctest

    result = doctest.testfile(
        str(ROOT / "docs" / "model.md"), module_relative=False, optionflags=doctest.ELLIPSIS, verbose=False
    )
    assert result.attempted > 30
    assert result.failed == 0


def test_model_reference_explains_uncertainty() -> None:
    page = _reference.render()
    for needle in (
        "## Unknowns, uncertainty and provenance",
        "[2024-06-18,2024-06-19]",
        "signatures[1].date",
    ):
        assert needle in page


def test_all_is_sorted_and_complete() -> None:
    names = [n for n in tm.__all__ if n != "__version__"]
    assert names == sorted(names)
    for name in tm.__all__:
        assert hasattr(tm, name)


@pytest.mark.parametrize("cls", PUBLIC_CLASSES, ids=lambda c: c.__name__)
def test_every_public_class_is_documented(cls: type) -> None:
    assert inspect.getdoc(cls), f"{cls.__name__} has no docstring"


@pytest.mark.parametrize("cls", [c for c in PUBLIC_CLASSES if attrs.has(c)], ids=lambda c: c.__name__)
def test_every_field_is_documented(cls: type) -> None:
    docs = attribute_docs(cls)
    missing = [f.name for f in attrs.fields(cls) if f.init and not docs.get(f.name)]
    assert not missing, f"{cls.__name__} fields without a docstring: {missing}"


@pytest.mark.parametrize(
    "cls", [c for c in PUBLIC_CLASSES if issubclass(c, enum.Enum)], ids=lambda c: c.__name__
)
def test_every_enum_member_is_documented(cls: type[enum.Enum]) -> None:
    docs = attribute_docs(cls)
    missing = [m.name for m in cls if not docs.get(m.name)]
    assert not missing, f"{cls.__name__} members without a docstring: {missing}"


def test_the_reference_lists_every_public_class() -> None:
    page = _reference.render()
    for cls in PUBLIC_CLASSES:
        assert f"## `{cls.__name__}`" in page


def _python_blocks(path: Path) -> list[str]:
    text = path.read_text(encoding="utf-8")
    blocks = []
    for chunk in text.split("```python\n")[1:]:
        blocks.append(chunk.split("```", 1)[0])
    return blocks


def test_readme_code_runs() -> None:
    blocks = _python_blocks(ROOT / "README.md")
    assert blocks
    namespace: dict[str, object] = {}
    for block in blocks:
        exec(compile(block, "README.md", "exec"), namespace)
    declaration = namespace["declaration"]
    assert isinstance(declaration, tm.Agreement)
