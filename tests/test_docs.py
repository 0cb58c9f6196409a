"""Documentation that is generated from the code stays in step with it."""

from __future__ import annotations

import ast
import enum
import inspect
import re
from pathlib import Path

import attrs
import pytest

import treatymodel as tm
from _records import load_script
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


# -- Docs without rough edges (issue 18, point 5): one docstring convention, Markdown,
# which mkdocstrings renders; a reStructuredText role shows as text on the site.

SPHINX_ROLE = re.compile(r":(?:class|meth|func|data|attr|mod|exc|obj|ref|doc|py:\w+):`")
PACKAGE = Path(tm.__file__).parent


def _docstrings(tree: ast.AST) -> list[tuple[int, str]]:
    """Every docstring of a module: of the module, its classes and functions, and of attributes."""
    found = []
    for node in ast.walk(tree):
        body = getattr(node, "body", None)
        if not isinstance(body, list):
            continue
        for statement in body:
            if (
                isinstance(statement, ast.Expr)
                and isinstance(statement.value, ast.Constant)
                and isinstance(statement.value.value, str)
            ):
                found.append((statement.lineno, statement.value.value))
    return found


@pytest.mark.parametrize("path", sorted(PACKAGE.rglob("*.py")), ids=lambda p: str(p.relative_to(PACKAGE)))
def test_no_sphinx_role_in_any_docstring(path: Path) -> None:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    roles = [(line, m[0]) for line, doc in _docstrings(tree) for m in SPHINX_ROLE.finditer(doc)]
    assert roles == [], f"{path.name}: write `name` (Markdown), not a Sphinx role: {roles[:5]}"


def test_no_sphinx_role_in_what_the_public_objects_say() -> None:
    # The docstrings as Python sees them, set at run time too (the text validators' docs).
    said = []
    for name in tm.__all__:
        obj = getattr(tm, name)
        said.append((name, inspect.getdoc(obj) or ""))
        for member_name, member in inspect.getmembers(obj):
            if not member_name.startswith("_") and (
                inspect.isfunction(member) or isinstance(member, property)
            ):
                said.append((f"{name}.{member_name}", inspect.getdoc(member) or ""))
    for rule in tm.rules():
        said.append((rule.code, f"{rule.title}\n{rule.doc}"))
    assert [name for name, doc in said if SPHINX_ROLE.search(doc)] == []


def test_the_role_check_finds_a_role() -> None:
    tree = ast.parse('"""See :meth:`Dossier.status`."""\nclass A:\n    x = 1\n    """Or :class:`~a.B`."""\n')
    assert [bool(SPHINX_ROLE.search(doc)) for _, doc in _docstrings(tree)] == [True, True]


def test_the_home_page_code_runs() -> None:
    blocks = _python_blocks(ROOT / "docs" / "index.md")
    assert blocks
    for block in blocks:
        exec(compile(block, "docs/index.md", "exec"), {})


def test_install_instructions_work_from_a_clone() -> None:
    # The package is not on PyPI: no page may give `pip install treatymodel` as the way.
    for page in [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]:
        text = page.read_text(encoding="utf-8")
        assert not re.search(r"pip install treatymodel\b(?!\[)", text), page.name
    home = (ROOT / "docs" / "index.md").read_text(encoding="utf-8")
    assert "git clone" in home
    assert "pip install -e ." in home


def test_the_home_page_lists_the_pages_not_a_maintainers_task() -> None:
    home = (ROOT / "docs" / "index.md").read_text(encoding="utf-8")
    headings = re.findall(r"^## (.+)$", home, flags=re.MULTILINE)
    assert headings == ["Install", "A first look", "Contents"]
    nav = re.findall(
        r"^\s+- [^:]+: (\S+\.md)$", (ROOT / "mkdocs.yml").read_text(encoding="utf-8"), re.MULTILINE
    )
    linked = set(re.findall(r"\]\(([\w-]+\.md)\)", home))
    assert set(nav) - {"index.md"} <= linked


# -- scripts/check_site.py, run by `make docs` on the built site.


def test_the_site_check_finds_raw_roles_and_escaped_pipes() -> None:
    check = load_script("check_site")
    assert check.markup_problems("<p>See <code>Dossier.status</code>; <code>int | None</code></p>") == []
    raw = "<p>See :meth:<code>status</code>, <code>int \\| None</code> and :class:`Dossier`</p>"
    problems = check.markup_problems(raw)
    assert len(problems) == 3
    assert sum("raw role" in p for p in problems) == 2
    assert sum("escaped pipe" in p for p in problems) == 1


def test_the_site_check_finds_broken_internal_links(tmp_path: Path) -> None:
    check = load_script("check_site")
    (tmp_path / "api").mkdir()
    (tmp_path / "index.html").write_text(
        '<a href="api/">API</a><a href="api/#status">status</a><a href="api/#gone">gone</a>'
        '<a href="missing/">missing</a><a href="https://example.org/x">external</a><a href="#top">top</a>'
        '<h1 id="top">Home</h1><img src="/img/seed.png">',
        encoding="utf-8",
    )
    (tmp_path / "api" / "index.html").write_text(
        '<h2 id="status">status</h2><a href="../">home</a>', encoding="utf-8"
    )
    problems = check.link_problems(tmp_path.resolve())
    assert problems == [
        "index.html: no #gone on api/index.html",
        "index.html: broken link 'missing/'",
        "index.html: broken link '/img/seed.png'",
    ]
    (tmp_path / "img").mkdir()
    (tmp_path / "img" / "seed.png").write_bytes(b"")
    assert len(check.link_problems(tmp_path.resolve())) == 2
