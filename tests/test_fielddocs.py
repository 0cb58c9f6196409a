"""Each field is described once, under the field, and all that describes it reads that text (issue 15.4).

The attribute docstring (the string literal under a field) is the one place: the JSON
Schema descriptions, the model reference page and the ``Attributes:`` section of the
class docstring (``help(tm.Agreement)``, ``inspect.getdoc``) are read from it, and no
class docstring repeats the fields by hand.
"""

from __future__ import annotations

import ast
import importlib
import inspect
import itertools
import json
import pkgutil
import re
import subprocess
import sys
import textwrap
import warnings
from pathlib import Path

import attrs
import pytest

import treatymodel as tm
from treatymodel import _exchange, _fielddocs, _reference

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "src" / "treatymodel"
SECTION = re.compile(r"^\s*(Args|Arguments|Attributes|Parameters):\s*$", re.MULTILINE)


def _attrs_classes() -> list[type]:
    """Every attrs class defined in the package, private ones too."""
    found: dict[str, type] = {}
    for info in pkgutil.walk_packages(tm.__path__, "treatymodel."):
        if info.name.endswith("__main__"):
            continue
        with warnings.catch_warnings():  # treatymodel.structure, the old path of provisions, warns
            warnings.simplefilter("ignore", DeprecationWarning)
            module = importlib.import_module(info.name)
        for obj in vars(module).values():
            if inspect.isclass(obj) and obj.__module__ == module.__name__ and attrs.has(obj):
                found[f"{obj.__module__}.{obj.__qualname__}"] = obj
    return [found[name] for name in sorted(found)]


ATTRS_CLASSES = _attrs_classes()
PUBLIC_ATTRS_CLASSES = [c for c in ATTRS_CLASSES if not c.__name__.startswith("_")]
SCHEMA = json.loads((ROOT / "schema" / "treatymodel.schema.json").read_text(encoding="utf-8"))
MODEL_PAGE = (ROOT / "docs" / "model.md").read_text(encoding="utf-8")


def _written_field_docs(cls: type) -> dict[str, tuple[str, str]]:
    """Each field's annotation and the first paragraph of its docstring, read from the source by this test."""
    docs: dict[str, tuple[str, str]] = {}
    for base in cls.__mro__[1:]:
        if attrs.has(base):
            docs = {**_written_field_docs(base), **docs}
    tree = ast.parse(textwrap.dedent(inspect.getsource(cls)))
    body = tree.body[0].body  # type: ignore[attr-defined]
    for node, after in itertools.pairwise(body):
        if (
            isinstance(node, ast.AnnAssign)
            and isinstance(node.target, ast.Name)
            and isinstance(after, ast.Expr)
            and isinstance(after.value, ast.Constant)
            and isinstance(after.value.value, str)
        ):
            text = " ".join(inspect.cleandoc(after.value.value).split("\n\n")[0].split())
            docs[node.target.id] = (ast.unparse(node.annotation), text)
    return docs


def _flat(text: str) -> str:
    return " ".join(text.split())


def _hand_written_field_lists(source: str) -> list[str]:
    """The attrs classes in ``source`` whose own docstring has an Args or Attributes section."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if (
            isinstance(node, ast.ClassDef)
            and any(ast.unparse(d).startswith(("attrs.", "attr.")) for d in node.decorator_list)
            and SECTION.search(ast.get_docstring(node) or "")
        ):
            found.append(node.name)
    return found


@pytest.mark.parametrize("path", sorted(PACKAGE.rglob("*.py")), ids=lambda p: str(p.relative_to(PACKAGE)))
def test_no_record_class_lists_its_fields_by_hand(path: Path) -> None:
    assert _hand_written_field_lists(path.read_text(encoding="utf-8")) == []


def test_the_field_list_check_finds_one() -> None:
    source = (
        '@attrs.frozen(kw_only=True)\nclass A:\n    """A record.\n\n    Args:\n        x: An x.\n    """\n'
        "    x: int\n"
        '@attrs.frozen\nclass B:\n    """B.\n\n    Example:\n        >>> B()\n    """\n'
        'class C:\n    """A plain class may document its arguments.\n\n    Args:\n        x: An x.\n    """\n'
    )
    assert _hand_written_field_lists(source) == ["A"]


@pytest.mark.parametrize("cls", PUBLIC_ATTRS_CLASSES, ids=lambda c: c.__qualname__)
def test_every_public_record_class_shows_its_fields(cls: type) -> None:
    written_doc = cls.__dict__["__doc__"]
    assert isinstance(written_doc, _fielddocs._ClassDoc), f"decorate {cls.__name__} with @documented"
    doc = inspect.getdoc(cls) or ""
    assert doc.startswith(inspect.cleandoc(written_doc._written or ""))
    section = doc[doc.index("\nAttributes:\n") :]
    written = _written_field_docs(cls)
    for field in attrs.fields(cls):
        if field.name.startswith("_"):
            continue
        assert field.name in written, f"{cls.__name__}.{field.name} has no docstring"
        annotation, text = written[field.name]
        assert f" {field.name} ({annotation}): {text} " in _flat(section) + " "


# The records the schema writes as JSON objects (a PartialDate is written as a string).
EXCHANGED = [tm.Dossier] + [
    c for c in PUBLIC_ATTRS_CLASSES if "properties" in SCHEMA["$defs"].get(c.__name__, {})
]


def test_every_object_of_the_schema_is_checked() -> None:
    objects = {name for name, definition in SCHEMA["$defs"].items() if "properties" in definition}
    assert objects == {c.__name__ for c in EXCHANGED} - {"Dossier"}


@pytest.mark.parametrize("cls", EXCHANGED, ids=lambda c: c.__name__)
def test_schema_reference_and_docstring_say_the_same(cls: type) -> None:
    written = _written_field_docs(cls)
    definition = SCHEMA if cls is tm.Dossier else SCHEMA["$defs"][cls.__name__]
    doc = _flat(inspect.getdoc(cls) or "")
    page = _flat(MODEL_PAGE)
    for field, key in _exchange.exchanged_fields(cls):
        annotation, text = written[field.name]
        assert definition["properties"][key]["description"] == text, f"{cls.__name__}.{key}"
        assert f"{field.name} ({annotation}): {text}" in doc
        assert f"| `{field.name}` |" in page
        assert _reference._markdown(text).strip() in page


def test_the_docstring_is_built_when_read_not_when_imported() -> None:
    # Reading records must not pay for parsing the source of their classes.
    code = (
        "import sys, treatymodel as tm\n"
        "tm.from_json(open(sys.argv[1], 'rb').read(), tm.Dossier)\n"
        "from treatymodel import _fielddocs\n"
        "docs = [c.__dict__['__doc__'] for c in (tm.Agreement, tm.Visit, tm.Dossier, tm.Term)]\n"
        "assert all(isinstance(d, _fielddocs._ClassDoc) and d._text is None for d in docs), docs\n"
        "assert _fielddocs.attribute_docs.cache_info().currsize == 0\n"
        "assert 'Attributes:' in tm.Agreement.__doc__ and docs[0]._text is not None\n"
    )
    subprocess.run([sys.executable, "-c", code, str(ROOT / "examples" / "ru-kz-2025.json")], check=True)


def test_an_instance_and_help_show_the_same_docstring() -> None:
    agreement = tm.Agreement(id="a", title="A", kind=tm.AgreementKind.TREATY)
    assert agreement.__doc__ == tm.Agreement.__doc__
    import pydoc

    assert "relationship_level (str | None): The level of relations" in _flat(
        pydoc.render_doc(tm.Agreement, renderer=pydoc.plaintext)
    )


def test_without_docstrings_there_is_no_section() -> None:
    # python -OO strips docstrings: the class has none, generated or not.
    code = "import treatymodel as tm\nassert tm.Agreement.__doc__ is None and tm.Term.__doc__ is None\n"
    subprocess.run([sys.executable, "-OO", "-c", code], check=True)
