"""The registry of record kinds (treatymodel.kinds) and the consumers that read it.

Every record class must be known to the registry, the schema, the strategies, the
frames and merge; every kind to the dossier index, the validation indexes and the
duplicate-id rule; every declared reference field to both reference walks. The
records are the bundled datasets (each cites its public sources in its JSON).
"""

from __future__ import annotations

import re
import types
import typing
from collections.abc import Callable, Iterator
from typing import Any

import attrs
import pytest

import treatymodel as tm
from test_serialization import STRATEGIES
from treatymodel import datasets, tables
from treatymodel._exchange import RECORD_TYPES, exchanged_as
from treatymodel.kinds import (
    KIND,
    KINDS,
    LABELS,
    LOCAL_REFERENCES,
    NESTED,
    REFERENCES,
    TOP_LEVEL,
    UNKEYED,
    Kind,
    records,
    references_of,
)
from treatymodel.refs import BodyRef, OfficeRef, OrganizationRef, PersonRef, StateRef
from treatymodel.validation._index import DossierIndex, _referenced_ids, _references

_REF_TYPES = (StateRef, OrganizationRef, PersonRef, OfficeRef, BodyRef)
_LOADED = {name: datasets.load(name) for name in datasets.names()}

#: The record type `tm.Dossier` is exchanged as: the records layer's dossier, in RECORD_TYPES.
DOSSIER = exchanged_as(tm.Dossier)


def _classes_in(t: Any) -> Iterator[type]:
    """The attrs classes a field's type names, through unions and tuples."""
    if isinstance(t, type) and attrs.has(t):
        yield t
    for arg in typing.get_args(t):
        yield from _classes_in(arg)
    if isinstance(t, types.UnionType):
        for arg in t.__args__:
            yield from _classes_in(arg)


def _reachable(root: type) -> set[type]:
    """Every record class a document of ``root`` may hold, at any depth."""
    found: set[type] = set()
    todo = [root]
    while todo:
        cls = todo.pop()
        if cls in found:
            continue
        found.add(cls)
        hints = typing.get_type_hints(cls)
        for field in attrs.fields(cls):
            if field.init:
                todo.extend(_classes_in(hints[field.name]))
    return found


def _record_fields() -> set[str]:
    """The Dossier's fields that hold records."""
    hints = typing.get_type_hints(tm.Dossier)
    return {f.name for f in attrs.fields(tm.Dossier) if f.init and any(_classes_in(hints[f.name]))}


# --------------------------------------------------------------------------- every class, every consumer


@pytest.mark.parametrize("cls", RECORD_TYPES, ids=lambda c: c.__name__)
def test_every_record_class_is_known_to_every_consumer(cls: type) -> None:
    # The registry: the class is a kind, a part of one (reachable from the dossier), or the dossier.
    assert cls in _reachable(DOSSIER)
    # The schema and the strategies.
    assert cls.__name__ in tm.json_schema(tm.Dossier)["$defs"] or cls is DOSSIER
    assert cls in STRATEGIES
    kind = next((k for k in KINDS if k.cls is cls), None)
    if kind is None:
        return
    # The frames: a kind names a table that exists, or none.
    assert kind.table is None or kind.table in tables.RECORD_TABLES
    # Merge reads every top-level kind; the nested ones travel inside them.
    assert kind.top_level or all(KIND[c].top_level for c in kind.within)


def test_the_registry_covers_the_dossier_and_nothing_else() -> None:
    assert {k.field for k in TOP_LEVEL} | {name for name, _ in UNKEYED} == _record_fields()
    # Dates are attrs classes that travel as strings, not as records.
    assert set(RECORD_TYPES) == {c for c in _reachable(DOSSIER) if c.__module__ != "treatymodel.dates"}
    hints = typing.get_type_hints(tm.Dossier)
    for kind in TOP_LEVEL:
        assert set(_classes_in(hints[kind.field])) == {kind.cls}
    for kind in NESTED:
        for container in kind.within:
            assert kind.cls in _classes_in(typing.get_type_hints(KIND[container].cls)[kind.field])
        assert kind.children is None or kind.children in attrs.fields_dict(kind.cls)
    for kind in KINDS:
        assert kind.id_field in attrs.fields_dict(kind.cls)


def test_declared_references_are_fields_naming_kinds() -> None:
    for cls, fields in REFERENCES.items():
        assert cls in RECORD_TYPES
        for name, kind in fields.items():
            assert name in attrs.fields_dict(cls), (cls, name)
            assert KIND[kind].top_level
    for cls, fields in LOCAL_REFERENCES.items():
        for name, kind in fields.items():
            assert name in attrs.fields_dict(cls), (cls, name)
            assert not KIND[kind].top_level


def _id_fields(cls: type) -> set[str]:
    """Fields holding ids or state codes, by the validator they carry (the registry must declare them)."""
    from treatymodel import _validators as v

    id_validators = (v.identifier, v.optional_identifier, v.identifiers, v.state_code, v.optional_state_code)
    return {f.name for f in attrs.fields(cls) if any(f.validator is x for x in id_validators)}


@pytest.mark.parametrize("cls", [c for c in RECORD_TYPES if c not in _REF_TYPES], ids=lambda c: c.__name__)
def test_every_id_field_is_an_id_or_a_declared_reference(cls: type) -> None:
    own = {k.id_field for k in KINDS if k.cls is cls}
    if cls is DOSSIER:
        own.add("id")
    declared = {*references_of(cls), *LOCAL_REFERENCES.get(cls, {}), *LABELS.get(cls, ())}
    undeclared = _id_fields(cls) - own - declared
    assert not undeclared, f"{cls.__name__}: declare {sorted(undeclared)} in treatymodel.kinds.REFERENCES"


# --------------------------------------------------------------------------- the dossier index and merge


@pytest.mark.parametrize("name", sorted(_LOADED))
def test_the_index_finds_every_record_of_an_indexed_kind(name: str) -> None:
    dossier = _LOADED[name]
    for kind in KINDS:
        for record in records(dossier, kind):
            assert dossier.has(kind.name, kind.id_of(record)) is kind.indexed


def test_records_reads_nested_kinds() -> None:
    sco = _LOADED["sco"]
    assert [b.id for b in records(sco, KIND["body"])] == [b.id for o in sco.organizations for b in o.bodies]
    ctbt = _LOADED["ctbt-1996"]
    assert [s.id for s in records(ctbt, KIND["section"])] == [
        s.id for a in ctbt.agreements for s in a.all_sections()
    ]


def test_merge_keeps_every_kind() -> None:
    merged = tm.merge(*_LOADED.values(), id="all", title="All bundled", on_conflict="first")
    for kind in TOP_LEVEL:
        expected = {kind.id_of(r) for d in _LOADED.values() for r in getattr(d, kind.field)}
        assert {kind.id_of(r) for r in getattr(merged, kind.field)} == expected, kind.name
        assert expected, f"no bundled dataset has a {kind.name}"


@pytest.mark.parametrize("name", sorted(_LOADED))
def test_merge_of_a_dossier_with_itself_is_the_dossier(name: str) -> None:
    dossier = _LOADED[name]
    merged = tm.merge(dossier, dossier, id=dossier.id, title=dossier.title, description=dossier.description)
    assert merged == dossier


# --------------------------------------------------------------------------- validation


@pytest.mark.parametrize("name", sorted(_LOADED))
def test_validation_ids_cover_every_top_level_kind(name: str) -> None:
    dossier = _LOADED[name]
    ids = DossierIndex(dossier).ids
    assert set(ids) == {k.name for k in TOP_LEVEL}
    for kind in TOP_LEVEL:
        assert ids[kind.name] == {kind.id_of(r) for r in getattr(dossier, kind.field)}


def _with_copy(dossier: tm.Dossier, kind: Kind) -> tm.Dossier:
    """``dossier`` with a second record of ``kind`` carrying an id already used (in another container)."""
    top = kind if kind.top_level else next(KIND[c] for c in kind.within if any(records(dossier, KIND[c])))
    held = getattr(dossier, top.field)
    holder = next(r for r in held if kind.top_level or getattr(r, kind.field))
    if not kind.top_level:  # the copy of the container gets an id of its own
        holder = attrs.evolve(holder, **{top.id_field: "zz-copy" if top.id_field == "id" else "ZZC"})
    return attrs.evolve(dossier, **{top.field: (*held, holder)})


@pytest.mark.parametrize("kind", [k for k in KINDS if k.unique], ids=lambda k: k.name)
def test_the_duplicate_id_rule_sees_every_unique_kind(kind: Kind) -> None:
    dossier = next(d for d in _LOADED.values() if any(records(d, kind)))
    assert "TM-S003" not in tm.validate(dossier).codes
    found = [i for i in tm.validate(_with_copy(dossier, kind)).issues if i.code == "TM-S003"]
    assert any(i.message.startswith(f"{kind.name} id ") for i in found)


# --------------------------------------------------------------------------- the reference walks

_STEP = re.compile(r"\.(\w+)(?:\[(\d+)\])*")


def _replace_first(obj: Any, cls: type, change: Callable[[Any], Any]) -> tuple[Any, bool]:
    """``obj`` with its first record of ``cls`` (depth first) changed, and whether there was one."""
    if type(obj) is cls:
        return change(obj), True
    if isinstance(obj, tuple):
        for i, item in enumerate(obj):
            new, done = _replace_first(item, cls, change)
            if done:
                return (*obj[:i], new, *obj[i + 1 :]), True
        return obj, False
    if attrs.has(type(obj)):
        for field in attrs.fields(type(obj)):
            if not field.init:
                continue
            new, done = _replace_first(getattr(obj, field.name), cls, change)
            if done:
                return attrs.evolve(obj, **{field.name: new}), True
    return obj, False


_DECLARED = sorted(
    ((cls, name, kind) for cls in RECORD_TYPES for name, kind in references_of(cls).items()),
    key=lambda x: (x[0].__name__, x[1]),
)


@pytest.mark.parametrize("declared", _DECLARED, ids=lambda x: f"{x[0].__name__}.{x[1]}")
def test_both_reference_walks_visit_every_declared_field(declared: tuple[type, str, str]) -> None:
    cls, name, kind = declared
    probe = "zz-probe" if kind != "state" else "ATA"  # Antarctica: a valid code no bundled record names

    def change(record: Any) -> Any:
        value = getattr(record, name)
        return attrs.evolve(record, **{name: (probe,) if isinstance(value, tuple) else probe})

    # No bundled agreement records a term: lend one.
    seed = _LOADED["ru-kz-2025"]
    with_term = attrs.evolve(seed, agreements=(attrs.evolve(seed.agreements[0], term=tm.Term(years=5)),))
    for dossier in (*_LOADED.values(), with_term):
        changed, done = _replace_first(dossier, cls, change)
        if done:
            break
    assert done, f"no bundled record of {cls.__name__}"
    paths = [path for k, id_, path in _references(changed) if (k, id_) == (kind, probe)]
    assert paths, f"the reference walk does not visit {cls.__name__}.{name}"
    assert all(re.search(rf"\.{name}(\[0\])?$", path) for path in paths)
    assert probe in _referenced_ids(changed)[kind]


def _owner(dossier: tm.Dossier, path: str) -> tuple[Any, str]:
    """The record holding the last field of ``path`` and that field's name."""
    obj: Any = dossier
    steps = list(_STEP.finditer(path))
    for step in steps[:-1]:
        obj = getattr(obj, step.group(1))
        for index in re.findall(r"\[(\d+)\]", step.group(0)):
            obj = obj[int(index)]
    return obj, steps[-1].group(1)


@pytest.mark.parametrize("name", sorted(_LOADED))
def test_every_reference_the_walk_finds_is_declared_or_typed(name: str) -> None:
    dossier = _LOADED[name]
    for kind, _, path in _references(dossier):
        owner, field = _owner(dossier, path)
        if isinstance(owner, _REF_TYPES):
            continue  # a typed reference: its class says what it names
        if field == "sources":  # on every record of facts, by name (kinds.SOURCE_FIELD)
            assert kind == "source", path
            continue
        assert references_of(type(owner)).get(field) == kind, path
