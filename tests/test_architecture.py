"""Architecture rules checked on the source text (issue 15).

- No module imports a private name of attrs or cattrs: their underscore modules and
  names change between releases without notice (``cattrs.gen._consts`` is one).
- docs/architecture.md states the layers, the imports that run up a layer (none), and the
  files of its walkthroughs; the tests below hold the page to the code.
- A record module imports no upper layer, not even inside a function, and reaches for
  none by name (issue 15, item 3).
- The schema generator learns what a validator checks from the validator's public
  attributes: it parses no ``__qualname__``, reads no closure, and reaches for no
  underscore name of another treatymodel module.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parent.parent / "src" / "treatymodel"
LIBRARIES = ("attr", "attrs", "cattrs")


def _private_library_uses(source: str) -> list[str]:
    """The places where ``source`` imports or reaches a private name of attrs or cattrs."""
    found: list[str] = []
    tree = ast.parse(source)
    aliases: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for name in node.names:
                root = name.name.split(".")[0]
                if root in LIBRARIES:
                    aliases.add(name.asname or root)
                    if any(part.startswith("_") for part in name.name.split(".")):
                        found.append(f"line {node.lineno}: import {name.name}")
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            parts = node.module.split(".")
            if parts[0] not in LIBRARIES:
                continue
            if any(part.startswith("_") for part in parts):
                found.append(f"line {node.lineno}: from {node.module} import ...")
            for name in node.names:
                if name.name.startswith("_"):
                    found.append(f"line {node.lineno}: from {node.module} import {name.name}")
    for node in ast.walk(tree):
        if isinstance(node, ast.Attribute) and node.attr.startswith("_") and not node.attr.startswith("__"):
            base = node.value
            while isinstance(base, ast.Attribute):
                base = base.value
            if isinstance(base, ast.Name) and base.id in aliases:
                found.append(f"line {node.lineno}: {ast.unparse(node)}")
    # A dotted path in a string (a lazy import, a type written as text) counts too.
    for match in re.finditer(r"\b(?:attrs?|cattrs)(?:\.\w+)*\._[A-Za-z]\w*", source):
        line = source.count("\n", 0, match.start()) + 1
        found.append(f"line {line}: {match.group(0)}")
    return found


@pytest.mark.parametrize(
    "source",
    [
        "from cattrs.gen._consts import AttributeOverride\n",
        "from attr._make import Attribute\n",
        "import attrs._make\n",
        "from cattrs import _compat\n",
        "import cattrs\nx = cattrs.gen._consts.AttributeOverride\n",
        "import attrs as a\nx = a._make\n",
        "T = 'cattrs.gen._consts.AttributeOverride'\n",
    ],
)
def test_the_check_finds_private_imports(source: str) -> None:
    assert _private_library_uses(source)


def test_the_check_lets_public_names_through() -> None:
    source = "import attrs\nfrom cattrs.gen import override\nx = attrs.fields\ny = attrs.Attribute.__name__\n"
    assert _private_library_uses(source) == []


@pytest.mark.parametrize("path", sorted(SRC.rglob("*.py")), ids=lambda p: str(p.relative_to(SRC)))
def test_no_private_name_of_attrs_or_cattrs(path: Path) -> None:
    assert _private_library_uses(path.read_text(encoding="utf-8")) == []


SCHEMA = SRC / "schema.py"


@pytest.mark.parametrize("word", ["__qualname__", "getclosurevars", "__closure__", "__code__", "__func__"])
def test_schema_generator_reads_no_function_internals(word: str) -> None:
    assert word not in SCHEMA.read_text(encoding="utf-8")


def _private_treatymodel_names(source: str) -> list[str]:
    """Underscore names of other treatymodel modules that ``source`` imports or reads.

    Importing a private module of the package (``from treatymodel import _validators``)
    is allowed; reaching into a module for one of its private names is not.
    """
    found: list[str] = []
    tree = ast.parse(source)
    modules: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module and node.module.split(".")[0] == "treatymodel":
            for name in node.names:
                if node.module == "treatymodel":
                    modules.add(name.asname or name.name)
                elif name.name.startswith("_"):
                    found.append(f"from {node.module} import {name.name}")
        elif isinstance(node, ast.Import):
            for name in node.names:
                if name.name.split(".")[0] == "treatymodel" and name.asname:
                    modules.add(name.asname)
    for node in ast.walk(tree):
        if (
            isinstance(node, ast.Attribute)
            and isinstance(node.value, ast.Name)
            and node.value.id in modules
            and node.attr.startswith("_")
        ):
            found.append(ast.unparse(node))
    return found


def test_the_private_name_check_finds_one() -> None:
    source = (
        "from treatymodel import parties, _validators\nx = parties._party_refs\ny = _validators.ID_PATTERN\n"
    )
    assert _private_treatymodel_names(source) == ["parties._party_refs"]
    assert _private_treatymodel_names("from treatymodel.agreements import _optional_party_refs\n")


def test_schema_generator_reads_no_private_name_of_another_module() -> None:
    assert _private_treatymodel_names(SCHEMA.read_text(encoding="utf-8")) == []


# --------------------------------------------------------------------------- docs/architecture.md

PAGE = SRC.parent.parent / "docs" / "architecture.md"
ROOT = SRC.parent.parent
#: The record modules the issue names, and the dossier's fields: none imports an upper layer.
RECORD_MODULES = (
    "_dossier",
    "dates",
    "values",
    "refs",
    "identity",
    "parties",
    "people",
    "visits",
    "meetings",
    "clauses",
    "agreements",
    "provisions",
    "sources",
)
#: The issue's targets for the walkthroughs (issue 15, item 5).
TARGETS = {"rule": 3, "action kind": 4}


def _page() -> str:
    return PAGE.read_text(encoding="utf-8")


def _module_name(path: Path) -> str:
    """``dossier`` for ``dossier.py``; every module of the ``validation`` package is ``validation``."""
    parts = path.relative_to(SRC).with_suffix("").parts
    return parts[0]


def _imported(node: ast.Import | ast.ImportFrom) -> list[str]:
    """The treatymodel modules (as `_module_name` names them) that one import statement loads."""
    if isinstance(node, ast.Import):
        names = [a.name for a in node.names]
    elif node.level or not node.module:
        return []  # the package uses absolute imports only; a relative one would be a new habit
    elif node.module == "treatymodel":
        names = [f"treatymodel.{a.name}" for a in node.names]
    else:
        names = [node.module]
    found = []
    for name in names:
        parts = name.split(".")
        if parts[0] != "treatymodel":
            continue
        if len(parts) == 1:
            found.append("__init__")
        elif (SRC / f"{parts[1]}.py").exists() or (SRC / parts[1]).is_dir():
            found.append(parts[1])
        else:
            found.append("__init__")  # a public name of the package itself
    return found


def _imports(source: str) -> set[tuple[str, bool]]:
    """The treatymodel modules ``source`` imports, each with whether the import is lazy.

    Lazy: inside a function, so it runs only when the function is called. Imports
    under ``if TYPE_CHECKING:`` never run and are left out.
    """
    found: set[tuple[str, bool]] = set()

    def visit(node: ast.AST, lazy: bool) -> None:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.If) and "TYPE_CHECKING" in ast.unparse(child.test):
                for other in child.orelse:
                    visit(other, lazy)
                continue
            if isinstance(child, (ast.Import, ast.ImportFrom)):
                found.update((name, lazy) for name in _imported(child))
            visit(child, lazy or isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda)))

    visit(ast.parse(source), False)
    return found


def _layers() -> dict[str, tuple[int, str]]:
    """Each module's layer as the page's table states it: its number (0 at the bottom) and name."""
    table = re.search(r"<!-- layers -->\n(.*?)\n\n", _page(), flags=re.S)
    assert table is not None, "docs/architecture.md lost its layers marker"
    layers: dict[str, tuple[int, str]] = {}
    for row in table.group(1).splitlines()[2:]:
        cells = [c.strip() for c in row.strip("|").split("|")]
        number, name = re.fullmatch(r"(\d+)\. (.+)", cells[0]).groups()  # type: ignore[union-attr]
        for module in re.findall(r"`([\w.]+)`", cells[1]):
            assert module not in layers, f"{module} is in two layers"
            layers[module] = (int(number), name)
    return layers


def _upward_imports() -> set[tuple[str, str, bool]]:
    """Every import, in the code today, of a module in a higher layer: (importer, imported, lazy)."""
    layers = _layers()
    found = set()
    for path in sorted(SRC.rglob("*.py")):
        importer = _module_name(path)
        for imported, lazy in _imports(path.read_text(encoding="utf-8")):
            if layers[imported][0] > layers[importer][0]:
                found.add((importer, imported, lazy))
    return found


def _fenced_after(marker: str) -> list[str]:
    """The lines of the first fenced block after ``<!-- marker -->`` on the page."""
    block = re.search(rf"<!-- {marker} -->\n```\w*\n(.*?)```", _page(), flags=re.S)
    assert block is not None, f"docs/architecture.md lost its {marker!r} block"
    return [line for line in block.group(1).splitlines() if line.strip()]


def test_the_import_reader_sees_lazy_typing_and_package_imports() -> None:
    source = (
        "from treatymodel.dates import PartialDate\n"
        "from treatymodel import lifecycle, errors\n"
        "TYPE_CHECKING = False\n"
        "if TYPE_CHECKING:\n    from treatymodel.frames import Frames\n"
        "def f():\n    from treatymodel.display import render_html\n"
        "import treatymodel as tm\n"
    )
    assert _imports(source) == {
        ("dates", False),
        ("lifecycle", False),
        ("errors", False),
        ("display", True),
        ("__init__", False),
    }


def test_every_module_has_one_layer_on_the_page() -> None:
    assert set(_layers()) == {_module_name(p) for p in SRC.rglob("*.py")}


def test_the_record_layer_holds_the_record_modules() -> None:
    layers = _layers()
    assert {layers[m] for m in RECORD_MODULES} == {(1, "values and records")}
    # The convenient Dossier sits above the records: its questions ask the analysis.
    assert layers["dossier"] == layers["lifecycle"]


def _record_layer() -> list[str]:
    """The modules the page puts in the records layer (all of them, not only the issue's)."""
    return sorted(m for m, (number, _) in _layers().items() if number == 1)


def _upper_imports(source: str, layer: int) -> list[str]:
    """The modules above ``layer`` that ``source`` imports, at module level or inside a function."""
    layers = _layers()
    return sorted(m for m, _lazy in _imports(source) if layers[m][0] > layer)


def test_the_upper_import_check_sees_lazy_and_module_level_imports() -> None:
    lazy = "def _repr_html_(self):\n    from treatymodel.display import render_html\n"
    assert _upper_imports(lazy, 1) == ["display"]
    assert _upper_imports("from treatymodel import lifecycle, dates\n", 1) == ["lifecycle"]
    typing_only = "TYPE_CHECKING = False\nif TYPE_CHECKING:\n    from treatymodel.frames import Frames\n"
    assert _upper_imports(typing_only, 1) == []


@pytest.mark.parametrize("module", sorted({*RECORD_MODULES, *_record_layer()}))
def test_no_record_module_imports_an_upper_layer(module: str) -> None:
    source = (SRC / f"{module}.py").read_text(encoding="utf-8")
    assert _upper_imports(source, _layers()[module][0]) == []


def _dynamic_imports(source: str) -> list[str]:
    """Where ``source`` imports by name (`importlib.import_module`, ``__import__``, ``sys.modules``).

    The import statements that `_imports` reads do not show these.
    """
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Name) and node.id in ("__import__", "import_module"):
            found.append(f"line {node.lineno}: {node.id}")
        elif isinstance(node, ast.Attribute) and node.attr in ("__import__", "import_module", "modules"):
            found.append(f"line {node.lineno}: {ast.unparse(node)}")
        elif isinstance(node, ast.alias) and node.name in ("__import__", "import_module"):
            found.append(f"import {node.name}")
    return found


def _names_of_upper_modules(source: str, layer: int) -> list[str]:
    """The strings in ``source`` that name a treatymodel module above ``layer``."""
    layers = _layers()
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            for name in re.findall(r"\btreatymodel\.(\w+)", node.value):
                if name in layers and layers[name][0] > layer:
                    found.append(f"line {node.lineno}: treatymodel.{name}")
    return found


@pytest.mark.parametrize(
    "source",
    [
        "import importlib\nm = importlib.import_module('treatymodel.display')\n",
        "from importlib import import_module\n",
        "m = __import__('treatymodel.lifecycle')\n",
        "import sys\nm = sys.modules['treatymodel.queries']\n",
    ],
)
def test_the_dynamic_import_check_finds_one(source: str) -> None:
    assert _dynamic_imports(source)


def test_the_name_check_finds_an_upper_module_named_in_a_string() -> None:
    found = _names_of_upper_modules("x = 'treatymodel.display.render_html'\n", 1)
    assert found == ["line 1: treatymodel.display"]
    assert _names_of_upper_modules("x = 'treatymodel.dates'\n", 1) == []


@pytest.mark.parametrize("module", _record_layer())
def test_no_record_module_imports_by_name(module: str) -> None:
    source = (SRC / f"{module}.py").read_text(encoding="utf-8")
    assert _dynamic_imports(source) == []
    # Docstrings name upper modules (`treatymodel.Dossier.status`) as references for
    # the reader: only code counts, so the check runs on the source without them.
    assert _names_of_upper_modules(_without_docstrings(source), 1) == []


def _is_text(statement: ast.stmt) -> bool:
    """Whether a statement is a string alone: the docstring of a module, class, function or field."""
    if not isinstance(statement, ast.Expr) or not isinstance(statement.value, ast.Constant):
        return False
    return isinstance(statement.value.value, str)


def _without_docstrings(source: str) -> str:
    tree = ast.parse(source)
    for node in ast.walk(tree):
        body = getattr(node, "body", None)
        if isinstance(body, list):
            node.body = [s for s in body if not _is_text(s)] or [ast.Pass()]  # type: ignore[attr-defined]
    return ast.unparse(tree)


def test_the_upward_imports_are_the_known_exceptions_the_page_lists() -> None:
    listed = set()
    for line in _fenced_after("exceptions"):
        importer, arrow, imported, *_ = line.split()
        assert arrow == "->"
        listed.add((importer, imported))
    found = _upward_imports()
    # The list is exact both ways: a new arrow up fails, and so does one removed but still listed.
    assert {(a, b) for a, b, _ in found} == listed
    # None is left: issue 15 (item 3) removed the last, the convenient Dossier's.
    assert listed == set()


def _walkthrough(name: str) -> tuple[list[str], int, int, bool]:
    """The files a walkthrough lists, and the measured count, target and verdict it states."""
    files = [line.split()[0] for line in _fenced_after(f"files: {name}")]
    stated = re.search(
        rf"<!-- count: {name} -->\nMeasured: \*\*(\d+) files\*\* \(target: at most (\d+)(, above it)?\)",
        _page(),
    )
    assert stated is not None, f"docs/architecture.md does not state the count of the {name} walkthrough"
    return files, int(stated.group(1)), int(stated.group(2)), stated.group(3) is not None


@pytest.mark.parametrize("name", sorted(TARGETS))
def test_the_walkthrough_files_exist_and_the_counts_hold(name: str) -> None:
    files, count, target, above = _walkthrough(name)
    assert [f for f in files if not (ROOT / f).is_file()] == []
    assert len(set(files)) == len(files) == count
    assert target == TARGETS[name]
    # The page says so when today's code needs more files than the target.
    assert above == (count > target)


def test_the_record_type_walkthrough_names_existing_files() -> None:
    files = [line.split()[0] for line in _fenced_after("files: record type")]
    assert files
    assert [f for f in files if not (ROOT / f).is_file()] == []
