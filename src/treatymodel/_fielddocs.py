"""Attribute docstrings: the string literal written under a field or an enum member.

They are the single place where fields are documented; the model reference page
and the JSON Schema descriptions are both read from here.
"""

from __future__ import annotations

import ast
import enum
import functools
import inspect
import itertools
import textwrap


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
