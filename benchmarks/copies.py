"""The bundled records copied to 2,000 agreements: real records at the size of a study.

The synthetic corpus (``corpus.py``) is regular by construction; the bundled records
(`treatymodel.datasets`) are the irregular real thing: clauses, reservations,
membership acts, meetings and decisions, quotes, certainties and variants. Copying
them gives a dossier on which a ratio such as "all rules / load" reflects real data.

Every record of ``datasets.load_all()`` except the states is copied: copy 0 keeps the
ids, copy ``k`` appends ``.c<k>`` to every id and to every reference to one, so each
copy is a world of its own. The fields are found through `treatymodel.kinds` (the id
field of each kind, the references, the local references, the labels) and the typed
references (`PersonRef`...; their ``TAG`` names the kind), not listed here. States are
shared: their codes are ISO 3166 codes, and a copy refers to the same states as the
original. `tm.validate` therefore does the same work per copy, and finds per copy what
it finds in the original: no new duplicate id, no new dangling reference.

    copies.copied(datasets.load_all(), 3)   # a Dossier: the bundled records three times
    copies.write(".benchmarks")             # bundled-x100-<digest>.json, written once

The file name carries the number of copies and a digest of the bundled records, so a
change to them writes a new file instead of reusing a stale one. Same records, same
bytes: nothing is random.
"""

from __future__ import annotations

import functools
import hashlib
import math
from pathlib import Path
from typing import Any

import attrs

import treatymodel as tm
from treatymodel import datasets
from treatymodel.kinds import KIND, KINDS, LABELS, LOCAL_REFERENCES, TOP_LEVEL, UNKEYED, references_of

#: How many agreements the copies hold at least (whole copies: 2,000 for 20 bundled agreements).
AGREEMENTS = 2_000
#: The kind whose ids are never renamed: ISO 3166 codes, shared by every copy.
SHARED = "state"
_KIND_OF_CLASS = {kind.cls: kind for kind in KINDS}


def suffix(copy: int) -> str:
    """What copy ``copy`` appends to every id (nothing for the original)."""
    return f".c{copy}" if copy else ""


@functools.cache
def id_fields(cls: type) -> frozenset[str]:
    """The fields of ``cls`` holding ids to rename: its own id and its references, except to states.

    Example:
        >>> sorted(id_fields(tm.Tenure))
        ['office', 'person', 'sources']
    """
    named: dict[str, str] = {}
    kind = _KIND_OF_CLASS.get(cls)
    if kind is not None:
        named[kind.id_field] = kind.name
    named.update(references_of(cls))
    named.update(LOCAL_REFERENCES.get(cls, {}))
    named.update(dict.fromkeys(LABELS.get(cls, ()), "label"))
    tag = getattr(cls, "TAG", None)  # a typed reference: PersonRef, OfficeRef, OrganizationRef
    if isinstance(tag, str) and tag in KIND and "id" in attrs.fields_dict(cls):
        named["id"] = tag
    return frozenset(name for name, kind_name in named.items() if kind_name != SHARED)


def _renamed(value: Any, end: str) -> Any:
    """An id, an optional id or a tuple of ids with ``end`` appended."""
    if value is None:
        return None
    if isinstance(value, str):
        return value + end
    return tuple(item + end for item in value)


def _rewritten(value: Any, end: str) -> Any:
    """``value`` with every id in it renamed; the same object when it holds none."""
    if isinstance(value, tuple):
        items = tuple(_rewritten(item, end) for item in value)
        return value if all(new is old for new, old in zip(items, value, strict=True)) else items
    cls = type(value)
    if not attrs.has(cls):
        return value
    ids = id_fields(cls)
    changes = {}
    for field in attrs.fields(cls):
        if not field.init:
            continue
        old = getattr(value, field.name)
        new = _renamed(old, end) if field.name in ids else _rewritten(old, end)
        if new is not old:
            changes[field.alias] = new
    return attrs.evolve(value, **changes) if changes else value


def copied(dossier: tm.Dossier, copies: int) -> tm.Dossier:
    """``dossier`` with every record but the states ``copies`` times, the ids of each copy its own.

    The records keep their order within each field, copy after copy.

    Example:
        >>> twice = copied(datasets.load("ru-kz-2025"), 2)
        >>> [a.id for a in twice.agreements if a.id.startswith("ru-kz-declaration")]
        ['ru-kz-declaration-2025', 'ru-kz-declaration-2025.c1']
    """
    fields = [kind.field for kind in TOP_LEVEL if kind.name != SHARED] + [field for field, _ in UNKEYED]
    changes: dict[str, Any] = {
        field: tuple(
            _rewritten(record, suffix(copy)) for copy in range(copies) for record in getattr(dossier, field)
        )
        for field in fields
    }
    return attrs.evolve(dossier, **changes)


def copies_for(dossier: tm.Dossier, agreements: int = AGREEMENTS) -> int:
    """The number of whole copies of ``dossier`` that hold at least ``agreements`` agreements."""
    return max(1, math.ceil(agreements / max(1, len(dossier.agreements))))


def write(folder: str | Path, agreements: int = AGREEMENTS) -> Path:
    """Write the bundled records copied to ``agreements`` agreements into ``folder``, once; return the file.

    A file already there under the same name (same copies, same bundled records) is kept.
    """
    original = datasets.load_all()
    copies = copies_for(original, agreements)
    digest = hashlib.sha256(tm.to_json(original).encode()).hexdigest()[:12]
    path = Path(folder) / f"bundled-x{copies}-{digest}.json"
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        partial = path.with_suffix(".partial")
        partial.write_text(tm.to_json(copied(original, copies), max_bytes=1 << 31), encoding="utf-8")
        partial.replace(path)  # a killed run leaves no file that looks complete
    return path
