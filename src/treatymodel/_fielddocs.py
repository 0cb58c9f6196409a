"""Attribute docstrings: the string literal written under a field or an enum member.

They are the single place where fields are documented: editors show them on hover,
mkdocs reads them from the source, and the model reference page, the JSON Schema
descriptions and the ``Attributes:`` section of each record's class docstring
(`documented`) are all read from here. A class docstring says what the record is;
it does not list the fields again.
"""

from __future__ import annotations

import ast
import enum
import functools
import inspect
import itertools
import textwrap
from typing import TypeVar

import attrs

_C = TypeVar("_C", bound=type)


@functools.cache
def attribute_docs(cls: type) -> dict[str, str]:
    """Map each attribute of ``cls`` that has a docstring to its first paragraph, inherited ones too."""
    docs: dict[str, str] = {}
    for base in reversed(cls.__mro__[1:]):
        if base.__module__.startswith("treatymodel"):
            docs.update(attribute_docs(base))
    docs.update(_own_docs(cls))
    return docs


def _own_docs(cls: type) -> dict[str, str]:
    try:
        source = textwrap.dedent(inspect.getsource(cls))
    except (OSError, TypeError):  # pragma: no cover - classes built at run time
        return {}
    tree = ast.parse(source)
    body = tree.body[0].body if tree.body and isinstance(tree.body[0], ast.ClassDef) else []
    docs: dict[str, str] = {}
    for node, after in itertools.pairwise(body):
        name = _target_name(node)
        if (
            name is not None
            and isinstance(after, ast.Expr)
            and isinstance(after.value, ast.Constant)
            and isinstance(after.value.value, str)
        ):
            docs[name] = " ".join(inspect.cleandoc(after.value.value).split("\n\n")[0].split())
    return docs


def member_doc(member: enum.Enum) -> str:
    """The docstring of an enum member, or an empty string."""
    return attribute_docs(type(member)).get(member.name, "")


def _target_name(node: ast.stmt) -> str | None:
    if isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
        return node.target.id
    if isinstance(node, ast.Assign) and len(node.targets) == 1 and isinstance(node.targets[0], ast.Name):
        return node.targets[0].id
    return None


def documented(cls: _C) -> _C:
    """Class decorator (above ``attrs.frozen``): the class docstring ends with its fields.

    The ``Attributes:`` section (Google style) that ``help(cls)``, ``inspect.getdoc``
    and Jupyter's ``cls?`` show is written from the attribute docstrings the first
    time the docstring is read, not when the module is imported: reading the source
    costs a few milliseconds per class, which ``import`` and ``from_json`` never pay.
    """
    type.__setattr__(cls, "__doc__", _ClassDoc(cls.__dict__.get("__doc__")))
    return cls


def attributes_section(cls: type) -> str:
    """The ``Attributes:`` section of ``cls``'s docstring: each public field, its type and its docstring."""
    docs = attribute_docs(cls)
    annotations = _annotations(cls)
    lines = ["Attributes:"]
    for field in attrs.fields(cls):
        doc = docs.get(field.name)
        if doc and not field.name.startswith("_"):
            entry = f"{field.name} ({annotations.get(field.name, '')}): {doc}"
            lines += textwrap.wrap(entry, width=88, initial_indent="    ", subsequent_indent="        ")
    return "\n".join(lines) if len(lines) > 1 else ""


def _annotations(cls: type) -> dict[str, str]:
    # The annotations as written (strings, under postponed evaluation): attrs.resolve_types,
    # which cattrs runs, replaces a field's ``type`` with the object it names.
    out: dict[str, str] = {}
    for base in reversed(cls.__mro__):
        for name, hint in vars(base).get("__annotations__", {}).items():
            out[name] = hint if isinstance(hint, str) else getattr(hint, "__name__", repr(hint))
    return out


class _ClassDoc:
    """A class's ``__doc__``: the written docstring, then `attributes_section`, built when first read.

    ``type.__doc__`` calls ``__get__`` on what the class's ``__dict__`` holds under
    ``__doc__``, so ``cls.__doc__`` is a plain string to every reader. The section goes
    last, after any ``Example:``, so that the line numbers doctest reports stay those
    of the source.
    """

    __slots__ = ("_text", "_written")

    def __init__(self, written: str | None) -> None:
        self._written = written
        self._text: str | None = None

    def __get__(self, instance: object, owner: type) -> str | None:
        if self._written is None:  # python -OO: docstrings are stripped, and so is this one
            return None
        if self._text is None:
            section = attributes_section(owner)
            written = inspect.cleandoc(self._written)
            self._text = f"{written}\n\n{section}" if section else written
        return self._text
