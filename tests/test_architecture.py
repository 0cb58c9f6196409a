"""Architecture rules checked on the source text (issue 15).

- No module imports a private name of attrs or cattrs: their underscore modules and
  names change between releases without notice (``cattrs.gen._consts`` is one).
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
