"""Combining dossiers into one, so that questions can be asked of a whole lineage.

`merge` keeps each record once when its copies agree (`treatymodel.kinds` says
which kinds there are and which field holds each one's id).

Example:
    >>> import treatymodel as tm
    >>> from treatymodel import datasets
    >>> a, b = datasets.load("ru-kz-1992"), datasets.load("ru-kz-1998")
    >>> lineage = tm.merge(a, b, id="ru-kz", title="Russia and Kazakhstan, 1992-1998")
    >>> len(a.agreements), len(b.agreements), len(lineage.agreements)
    (2, 1, 3)
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any, Literal, TypeVar

import attrs

from treatymodel.errors import MergeConflictError
from treatymodel.kinds import TOP_LEVEL, UNKEYED

if TYPE_CHECKING:
    from treatymodel.dossier import Dossier

__all__ = ["MergeConflictError", "merge"]

_T = TypeVar("_T")

#: Fields whose items add up: two copies of a record that differ only in these (and in
#: fields one copy leaves unknown) are one record, with the items of both.
_UNION_FIELDS = frozenset(
    {"sources", "external_ids", "names", "capitals", "successors", "other_names", "variants"}
)


def _combined(first: Any, other: Any) -> Any:
    """One record holding what two copies of it say, or ``None`` when they contradict each other.

    Lists of sources, identifiers, dated names and capitals, other names and variants
    are united (each item once, in order); a field one copy leaves unknown or empty
    (``None``, no items) takes the other's value; any other difference is a conflict.
    """
    if type(first) is not type(other) or not attrs.has(type(first)):
        return None
    changes: dict[str, object] = {}
    for field in attrs.fields(type(first)):
        if not field.init:
            continue
        mine, theirs = getattr(first, field.name), getattr(other, field.name)
        if mine == theirs:
            continue
        if field.name in _UNION_FIELDS and isinstance(mine, tuple) and isinstance(theirs, tuple):
            changes[field.name] = tuple(dict.fromkeys((*mine, *theirs)))
        elif mine is None or mine == ():
            changes[field.name] = theirs
        elif not (theirs is None or theirs == ()):
            return None
    return attrs.evolve(first, **changes) if changes else first


def merge(
    *dossiers: Dossier,
    id: str,
    title: str,
    description: str | None = None,
    on_conflict: Literal["error", "first"] = "error",
) -> Dossier:
    """Combine dossiers into one, to ask questions of them together.

    Records are kept in the order the dossiers are given. A record that appears in
    several dossiers (the same state, person, office, source...) is kept once when
    the copies agree: equal, or differing only in the sources, external identifiers,
    dated names and capitals, other names and variants they list (the merged record
    lists those of every copy) and in fields one copy leaves unknown or empty (the
    other's value is kept). Tenures, which have no id, are kept once when equal.

    Args:
        *dossiers: The dossiers to combine.
        id: Id of the combined dossier.
        title: Its title.
        description: Its description.
        on_conflict: What to do with two different records of the same kind and id:
            ``"error"`` raises `MergeConflictError`; ``"first"`` keeps the
            copy of the first dossier that has it.

    Raises:
        MergeConflictError: Two different records share a kind and an id (with
            ``on_conflict="error"``).

    Example:
        >>> import treatymodel as tm
        >>> a = tm.Dossier(id="a", title="A", persons=(tm.Person(id="putin", name="Vladimir Putin"),))
        >>> b = tm.Dossier(id="b", title="B", persons=(tm.Person(id="putin", name="Vladimir Putin"),))
        >>> len(tm.merge(a, b, id="ab", title="A and B").persons)
        1
    """
    from treatymodel.dossier import Dossier

    fields: dict[str, dict[str, object]] = {kind.field: {} for kind in TOP_LEVEL}
    for kind in TOP_LEVEL:
        kept = fields[kind.field]
        origin: dict[str, str] = {}
        for dossier in dossiers:
            for record in getattr(dossier, kind.field):
                key = kind.id_of(record)
                if key not in kept:
                    kept[key] = record
                    origin[key] = dossier.id
                    continue
                if kept[key] == record:
                    continue
                combined = _combined(kept[key], record)
                if combined is not None:
                    kept[key] = combined
                elif on_conflict == "error":
                    raise MergeConflictError(kind.name, key, origin[key], dossier.id)
    # Records without an id are kept once when equal.
    unkeyed = {name: _unique(r for d in dossiers for r in getattr(d, name)) for name, _ in UNKEYED}
    return Dossier(
        id=id,
        title=title,
        description=description,
        **unkeyed,
        **{name: tuple(records.values()) for name, records in fields.items()},  # type: ignore[arg-type]
    )


def _unique(items: Iterable[_T]) -> tuple[_T, ...]:
    out: list[_T] = []
    for item in items:
        if item not in out:
            out.append(item)
    return tuple(out)
