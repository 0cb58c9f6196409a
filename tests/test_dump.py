"""The generated writers: the same output as cattrs' own, and the cases the model lacks."""

from __future__ import annotations

import datetime as dt
import enum
from typing import Any

import attrs
import orjson
import pytest
from cattrs.gen import make_dict_unstructure_fn
from cattrs.preconf.orjson import make_converter
from hypothesis import given, settings
from hypothesis import strategies as st

import treatymodel as tm
from test_serialization import STRATEGIES
from treatymodel import _dossier, _dump, _durations
from treatymodel._exchange import OVERRIDES, RECORD_TYPES, TAG_KEY, TAGGED
from treatymodel.dates import DateValue
from treatymodel.parties import PartyRef
from treatymodel.refs import ActorRef
from treatymodel.serialization import _UNSTRUCTURE, _UNSTRUCTURE_TOP, _ensure_built


def _reference_converter() -> Any:
    """What the writers replaced: cattrs' generated functions, omitting defaults."""
    c = make_converter()
    c.register_unstructure_hook(tm.PartialDate, tm.PartialDate.isoformat)
    c.register_unstructure_hook(tm.UncertainDate, tm.UncertainDate.isoformat)
    c.register_unstructure_hook(dt.time, _durations.format_time)
    c.register_unstructure_hook(dt.timedelta, _durations.format_duration)
    c.register_unstructure_hook_func(lambda t: t == PartyRef, lambda v: c.unstructure(v, type(v)))
    c.register_unstructure_hook_func(lambda t: t == ActorRef, lambda v: c.unstructure(v, type(v)))
    c.register_unstructure_hook_func(lambda t: t == DateValue, lambda v: v.isoformat())
    maker: Any = make_dict_unstructure_fn
    for cls in RECORD_TYPES:
        generated = maker(cls, c, _cattrs_omit_if_default=True, **OVERRIDES.get(cls, {}))
        if cls in TAGGED:
            generated = (lambda g, tag: lambda v: {TAG_KEY: tag, **g(v)})(generated, TAGGED[cls])
        c.register_unstructure_hook(cls, generated)
    return c


REFERENCE = _reference_converter()


@pytest.mark.parametrize("cls", RECORD_TYPES, ids=lambda c: c.__name__)
@settings(max_examples=100)
@given(data=st.data())
def test_writers_write_what_cattrs_writes(cls: type, data: st.DataObject) -> None:
    _ensure_built()
    record = data.draw(STRATEGIES[cls]())
    expected = orjson.dumps(REFERENCE.unstructure(record, cls))
    assert orjson.dumps(_UNSTRUCTURE[cls](record)) == expected
    assert orjson.dumps(_UNSTRUCTURE_TOP[cls](record)) == expected


@settings(max_examples=50)
@given(dossier=STRATEGIES[_dossier.Dossier]())
def test_a_chunked_dossier_is_written_as_one_tree_would_be(dossier: tm.Dossier) -> None:
    _ensure_built()
    # The writers are the record type's: `tm.Dossier` is written as the records layer's dossier.
    record = _dossier.Dossier
    assert _UNSTRUCTURE_TOP[record] is not _UNSTRUCTURE[record]
    nested = orjson.dumps(_UNSTRUCTURE[record](dossier))
    assert orjson.dumps(_UNSTRUCTURE_TOP[record](dossier)) == nested


def test_only_the_chunked_classes_get_a_second_writer() -> None:
    _ensure_built()
    chunked = [cls for cls in RECORD_TYPES if _UNSTRUCTURE_TOP[cls] is not _UNSTRUCTURE[cls]]
    assert chunked == [_dossier.Dossier]


# Records with field types the model does not use (yet): the generator must still
# write them right, through the fallback hook or its general cases.


class Colour(enum.Enum):
    RED = "red"
    BLUE = "blue"


@attrs.frozen(kw_only=True)
class Leaf:
    name: str
    weight: float = 1.5


@attrs.frozen(kw_only=True)
class Odd:
    scores: dict[str, int]
    colour: Colour = Colour.RED
    count: int = 0
    leaves: tuple[Leaf, ...] = attrs.field(factory=tuple)
    nested: tuple[tuple[Leaf, ...], ...] = ()
    maybe: Leaf | None = None
    when: dt.date | None = None


def _fields(cls: type) -> list[tuple[attrs.Attribute[Any], str]]:
    return [(a, a.name.upper() if a.name == "count" else a.name) for a in attrs.fields(cls)]


def _build(**kwargs: Any) -> tuple[dict[type, _dump.Unstructure], dict[type, _dump.Unstructure]]:
    attrs.resolve_types(Odd, globals())
    attrs.resolve_types(Leaf, globals())
    converter = make_converter()
    return _dump.build((Leaf, Odd), _fields, {Leaf: "leaf"}, converter.get_unstructure_hook, **kwargs)


def test_unknown_field_types_go_through_the_fallback() -> None:
    nested, _ = _build()
    odd = Odd(
        scores={"a": 1},
        colour=Colour.BLUE,
        count=3,
        leaves=(Leaf(name="x"),),
        nested=((Leaf(name="y", weight=2.0),), ()),
        maybe=Leaf(name="z"),
        when=dt.date(2025, 11, 12),
    )
    assert orjson.loads(orjson.dumps(nested[Odd](odd))) == {
        "scores": {"a": 1},
        "colour": "blue",
        "COUNT": 3,
        "leaves": [{"type": "leaf", "name": "x"}],
        "nested": [[{"type": "leaf", "name": "y", "weight": 2.0}], []],
        "maybe": {"type": "leaf", "name": "z"},
        "when": "2025-11-12",
    }


def test_defaults_are_left_out_whatever_their_kind() -> None:
    nested, _ = _build()
    assert nested[Odd](Odd(scores={})) == {"scores": {}}


def test_a_chunked_writer_writes_items_as_fragments() -> None:
    nested, top = _build(chunked=(Odd,))
    odd = Odd(scores={}, leaves=(Leaf(name="x"), Leaf(name="y")))
    written = top[Odd](odd)
    assert all(isinstance(item, orjson.Fragment) for item in written["leaves"])
    assert orjson.dumps(written) == orjson.dumps(nested[Odd](odd))


def test_a_default_computed_from_the_record_is_refused() -> None:
    @attrs.frozen(kw_only=True)
    class SelfDefault:
        name: str
        label: str = attrs.field(default=attrs.Factory(lambda self: self.name, takes_self=True))

    with pytest.raises(TypeError, match="label"):
        _dump.build((SelfDefault,), _fields, {}, make_converter().get_unstructure_hook)


def test_keys_and_class_names_reach_the_generated_source_only_as_literals() -> None:
    hostile = attrs.frozen(kw_only=True)(type("Hostile", (), {"__annotations__": {"x": "str"}}))
    # Named after attrs has built it: attrs 24.2 (the declared minimum, CI's minimum job)
    # writes the class name into its own generated source and fails on this one before
    # our generator ever sees it.
    hostile.__name__ = hostile.__qualname__ = "Bad name'); import os #"
    attrs.resolve_types(hostile)

    def fields(cls: type) -> list[tuple[attrs.Attribute[Any], str]]:
        return [(a, "key'\n\"}) #") for a in attrs.fields(cls)]

    nested, _ = _dump.build((hostile,), fields, {hostile: "'tag\\"}, make_converter().get_unstructure_hook)
    assert nested[hostile](hostile(x="value")) == {"type": "'tag\\", "key'\n\"}) #": "value"}
