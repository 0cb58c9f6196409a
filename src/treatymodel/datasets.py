"""Real records bundled with treatymodel, loadable offline.

Each bundled record is a `Dossier` stored as canonical JSON
in the package (``treatymodel/data/<name>.json``), built from public sources
cited inside it. They are written by ``scripts/write_datasets.py`` from the
builders in ``examples/``, and a test keeps the two in step.

Example:
    >>> from treatymodel import datasets
    >>> "ru-kz-2025" in datasets.names()
    True
    >>> datasets.load("ru-kz-2025").agreements[0].kind.value
    'declaration'
"""

from __future__ import annotations

import functools
from importlib import resources
from typing import Literal

from treatymodel.dossier import Dossier
from treatymodel.errors import DatasetNotFoundError

__all__ = ["DatasetNotFoundError", "load", "load_all", "names"]

_SUFFIX = ".json"


def _folder() -> resources.abc.Traversable:
    return resources.files("treatymodel") / "data"


@functools.cache
def names() -> tuple[str, ...]:
    """The names of the bundled records, sorted."""
    return tuple(
        sorted(
            entry.name[: -len(_SUFFIX)]
            for entry in _folder().iterdir()
            if entry.name.endswith(_SUFFIX) and entry.is_file()
        )
    )


def load(name: str) -> Dossier:
    """The bundled record ``name`` as a `Dossier`.

    Raises:
        DatasetNotFoundError: No bundled record has that name.
    """
    from treatymodel.serialization import from_json

    if name not in names():
        raise DatasetNotFoundError(name, names())
    return from_json((_folder() / f"{name}{_SUFFIX}").read_bytes(), Dossier)


def load_all(*, on_conflict: Literal["error", "first"] = "error") -> Dossier:
    """Every bundled record combined into one dossier (id ``bundled``), with `treatymodel.merge`.

    Records in the newest dossier come first. Copies of the same person or state
    in several bundled records agree (they differ only in the sources, identifiers
    and dated facts they list, which the merge unites), so nothing conflicts; a
    conflict would be a bug in the bundled data and raises.

    Raises:
        MergeConflictError: With ``on_conflict="error"``, two bundled records hold
            different copies of a record with the same id.

    Examples:
        >>> from treatymodel import datasets
        >>> [a.id for a in datasets.load_all().agreements_between("RUS", "KAZ")][:2]
        ['ru-kz-treaty-1992', 'ru-kz-declaration-1998']
    """
    from treatymodel.merging import merge

    return merge(
        *(load(name) for name in reversed(names())),
        id="bundled",
        title="Every record bundled with treatymodel",
        on_conflict=on_conflict,
    )
