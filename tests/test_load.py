"""The generated readers (``treatymodel._load``) against the detailed path (cattrs, every error).

A document is read by the generated reader of its record type; only when that
raises is it read again by the detailed path. So the two must agree: on every
document, both accept it and build equal records, or both refuse it. These tests
hold them to that on the bad-input corpus, the schema parity set, 500 generated
dossiers, and documents mutated at random from generated records of every type.
"""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import orjson
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import treatymodel as tm
from test_schema import INVALID, LIBRARY_ONLY, _build
from test_serialization import STRATEGIES
from treatymodel import _dossier, _load
from treatymodel import serialization as ser
from treatymodel.serialization import RECORD_TYPES

CORPUS = Path(__file__).resolve().parent / "bad_inputs"


def _outcome(read: Any, raw: Any) -> tuple[bool, Any]:
    try:
        return True, read(copy.deepcopy(raw))
    except Exception as exc:  # any failure is a refusal here
        return False, type(exc).__name__


def _fast(cls: type) -> Any:
    ser._hook_for(cls)
    return ser._READ[cls]


def _detailed(cls: type) -> Any:
    hook = ser._detailed_hook(cls)
    return lambda raw: hook(raw, cls)


def assert_same(raw: Any, cls: type) -> bool:
    """Both paths accept ``raw`` and build equal records, or both refuse it; whether it was accepted."""
    fast_ok, fast = _outcome(_fast(cls), raw)
    slow_ok, slow = _outcome(_detailed(cls), raw)
    assert fast_ok == slow_ok, f"fast path {'accepts' if fast_ok else 'refuses'} ({fast}), detailed: {slow}"
    if fast_ok:
        assert fast == slow
        assert type(fast) is type(slow) is cls
    return fast_ok


def _tree(data: bytes) -> Any | None:
    """The document's tree without its envelope, or None when it is not a readable document."""
    try:
        raw = orjson.loads(data)
    except orjson.JSONDecodeError:
        return None
    if type(raw) is not dict or ser._check_envelope(raw):
        return None
    return raw


def test_the_bad_input_corpus() -> None:
    compared = accepted = 0
    for path in sorted(CORPUS.rglob("*.json")):
        data = path.read_bytes()
        if len(data) > 1 << 20:
            continue
        raw = _tree(data)
        if raw is None:
            continue
        compared += 1
        accepted += assert_same(raw, tm.Dossier)
    # Structural cases are refused by both; semantic ones decode in both.
    assert compared >= 150
    assert 10 <= accepted < compared


@pytest.mark.parametrize(
    ("what", "changes"),
    [(c[0], c[1]) for c in INVALID + LIBRARY_ONLY],
    ids=[c[0] for c in INVALID + LIBRARY_ONLY],
)
def test_the_schema_parity_set(what: str, changes: Any) -> None:
    document = json.loads(json.dumps(_build(changes)))
    assert not assert_same(document, tm.Dossier), what


@settings(max_examples=500)
@given(STRATEGIES[_dossier.Dossier]())
def test_generated_dossiers(dossier: tm.Dossier) -> None:
    raw = _tree(tm.to_json(dossier).encode())
    assert raw is not None
    assert assert_same(raw, tm.Dossier)
    assert _fast(tm.Dossier)(raw) == dossier


# Values that test one check or another: JSON types, text safety, identifiers,
# dates, codes, tags, duplicates, empty arrays.
_TRICKY = st.sampled_from(
    [
        None,
        True,
        0,
        -1,
        1.5,
        2**70,
        "",
        " padded",
        "line\nbreak",
        "tab\there",
        "\u202eevil",
        "\u200b",
        "x",
        "bad id!",
        "KAZ",
        "kaz",
        "SUN",
        "2025",
        "2025-02-29",
        "2024-02-29",
        "2025-11-12?",
        "2024-06-18/2024-06-19",
        "PT3H",
        "PT0S",
        "12:30",
        "en",
        "qz",
        "https://example.org/a b",
        "https://kremlin.ru/events/president/news/78456",
        [],
        [None],
        ["en", "en"],
        ["a", "a"],
        {},
        {"type": "state", "code": "KAZ"},
        {"type": "organization", "id": "sco"},
        {"type": "person", "id": "putin"},
        {"type": "planet", "code": "KAZ"},
    ]
)


def _places(tree: Any, path: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    found = [path]
    if type(tree) is dict:
        for key, value in tree.items():
            found += _places(value, (*path, key))
    elif type(tree) is list:
        for index, value in enumerate(tree):
            found += _places(value, (*path, index))
    return found


def _mutate(tree: Any, path: tuple[Any, ...], how: str, value: Any) -> Any:
    if not path:
        return value if how == "replace" else tree
    parent = tree
    for step in path[:-1]:
        parent = parent[step]
    last = path[-1]
    if how == "replace":
        parent[last] = value
    elif how == "delete" and type(parent) is dict:
        del parent[last]
    elif how == "delete":
        parent.pop(last)
    elif how == "add" and type(parent) is dict:
        parent["unknown_key"] = value
    else:
        parent.insert(last, value)
    return tree


@settings(max_examples=1000)
@given(st.data())
def test_mutated_documents_of_every_type(data: st.DataObject) -> None:
    cls = data.draw(st.sampled_from(RECORD_TYPES), label="type")
    record = data.draw(STRATEGIES[cls](), label="record")
    tree = _tree(tm.to_json(record).encode())
    assert tree is not None
    places = _places(tree)
    for _ in range(data.draw(st.integers(1, 3), label="mutations")):
        path = data.draw(st.sampled_from(places), label="path")
        how = data.draw(st.sampled_from(["replace", "delete", "add"]), label="how")
        tree = _mutate(tree, path, how, copy.deepcopy(data.draw(_TRICKY, label="value")))
        places = _places(tree)
    assert_same(tree, cls)


def test_every_record_type_has_a_generated_reader() -> None:
    for cls in RECORD_TYPES:
        assert isinstance(_fast(cls), type(test_every_record_type_has_a_generated_reader))


def test_references_are_shared_while_reading() -> None:
    text = tm.to_json(
        tm.Agreement(
            id="ru-kz-2025",
            title="Declaration",
            kind=tm.AgreementKind.DECLARATION,
            parties=(tm.StateRef(code="RUS"), tm.StateRef(code="KAZ")),
            signatures=(
                tm.Signature(party=tm.StateRef(code="RUS"), signatory="putin"),
                tm.Signature(party=tm.StateRef(code="KAZ"), signatory="tokayev"),
            ),
        )
    )
    agreement = tm.from_json(text, tm.Agreement)
    assert agreement.parties[0] is agreement.signatures[0].party
    assert agreement.parties[1] is agreement.signatures[1].party


def test_records_built_in_python_are_still_checked() -> None:
    ser._hook_for(tm.Person)  # the readers are generated; __init__ is untouched
    with pytest.raises(tm.FieldError):
        tm.Person(id="bad id!", name="Vladimir Putin")
    with pytest.raises(tm.FieldError):
        tm.Term(years=0)


def test_the_reader_refuses_what_it_does_not_know() -> None:
    with pytest.raises(_load.RefusedError):
        _fast(tm.Person)({"id": "putin", "name": "Vladimir Putin", "extra": 1})
    with pytest.raises(KeyError):
        _fast(tm.Person)({"name": "Vladimir Putin"})
