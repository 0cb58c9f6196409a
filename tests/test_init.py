"""The package: its public names, imported lazily, and what a bare import costs."""

from __future__ import annotations

import ast
import importlib
import subprocess
import sys
from pathlib import Path

import pytest

import treatymodel as tm

INIT = Path(tm.__file__)


def _run(code: str) -> str:
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return result.stdout.strip()


def test_every_public_name_has_a_home_and_resolves_to_it() -> None:
    assert set(tm.__all__) == {*tm._EXPORTS, "__version__"}
    assert tm.__all__ == [*sorted(tm._EXPORTS), "__version__"]
    for name, module in tm._EXPORTS.items():
        assert getattr(tm, name) is getattr(importlib.import_module(module), name), name


def test_the_type_checking_imports_match_the_lazy_table() -> None:
    # Type checkers and IDEs read the imports; the runtime reads the table. They must agree.
    tree = ast.parse(INIT.read_text(encoding="utf-8"))
    block = next(
        node
        for node in tree.body
        if isinstance(node, ast.If) and isinstance(node.test, ast.Name) and node.test.id == "TYPE_CHECKING"
    )
    imported = {
        alias.name: node.module
        for node in block.body
        if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("treatymodel")
        for alias in node.names
    }
    assert imported == tm._EXPORTS


def test_a_bare_import_loads_no_submodule_and_no_dependency() -> None:
    loaded = _run(
        "import sys, treatymodel; "
        "print(sorted(m for m in sys.modules if m.startswith(('treatymodel.', 'attr', 'cattrs', 'orjson', "
        "'pycountry', 'dateutil', 'typing'))))"
    )
    assert loaded == "[]"


def test_names_and_submodules_load_on_first_use() -> None:
    out = _run(
        "import sys, treatymodel as tm; "
        "print(tm.StateRef(code='KAZ').code, 'treatymodel.serialization' in sys.modules, "
        "tm.datasets.names()[0], tm.to_json(tm.StateRef(code='KAZ'))[:10], "
        "'treatymodel.serialization' in sys.modules, 'treatymodel.validation' in sys.modules)"
    )
    assert out == 'KAZ False ctbt-1996 {"format": True False'


def test_star_import_gives_every_public_name() -> None:
    namespace: dict[str, object] = {}
    exec("from treatymodel import *", namespace)
    assert {name for name in namespace if not name.startswith("__")} == {
        n for n in tm.__all__ if not n.startswith("__")
    }


def test_dir_lists_the_public_names_and_submodules() -> None:
    listed = dir(tm)
    assert set(tm.__all__) <= set(listed)
    assert {"datasets", "serialization", "validation"} <= set(listed)


def test_dir_lists_only_public_names() -> None:
    # Not the module's own machinery: TYPE_CHECKING, the `annotations` feature, the lazy table.
    listed = dir(tm)
    assert listed == sorted(listed)
    assert set(listed) == {*tm.__all__, *tm._SUBMODULES}
    assert not {"TYPE_CHECKING", "annotations", "_EXPORTS", "_import_module"} & set(listed)
    assert all(not name.startswith("_") for name in listed if name != "__version__")


def test_an_unknown_name_is_an_attribute_error() -> None:
    with pytest.raises(AttributeError, match="has no attribute 'Treaty'"):
        tm.Treaty  # noqa: B018
    assert not hasattr(tm, "_private")


def test_the_rules_function_is_not_shadowed_by_a_subpackage() -> None:
    # Importing the validation subpackage directly, before the package's names are
    # used, must leave tm.rules the function that lists the rules.
    out = _run(
        "import treatymodel.validation as v; import treatymodel as tm; "
        "print(tm.rules is v.rules, len(tm.rules()) > 0, tm.validate is v.validate)"
    )
    assert out == "True True True"


def test_the_version_is_read_from_the_installed_metadata() -> None:
    from importlib.metadata import version

    assert tm.__version__ == version("treatymodel")


def test_the_analysis_modules_import_their_optional_dependencies_only_on_use() -> None:
    # The modules themselves, and the pure-Python tables, need none of pandas, pyarrow, matplotlib.
    loaded = _run(
        "import sys, treatymodel as tm; import treatymodel.frames, treatymodel.export, treatymodel.tables; "
        "tm.tables.columns(tm.datasets.load('ru-kz-2025'), 'commitments'); "
        "print(sorted(m for m in ('pandas', 'pyarrow', 'matplotlib', 'numpy', 'duckdb') if m in sys.modules))"
    )
    assert loaded == "[]"
