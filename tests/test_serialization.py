"""The JSON exchange format: round trips, canonical output, strictness, errors, JSON Lines."""

from __future__ import annotations

import datetime as dt
import functools
import importlib.util
import io
import json
import re
from pathlib import Path
from typing import Any

import attrs
import jsonschema
import jsonschema_rs
import orjson
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import strategies as s
import treatymodel as tm
from treatymodel import _dossier, _durations
from treatymodel._exchange import exchanged_as
from treatymodel.serialization import RECORD_TYPES

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "examples" / "ru_kz_2025.py"

STRATEGIES: dict[type, Any] = {
    tm.Place: s.places,
    tm.Title: s.titles,
    tm.Variant: s.variants,
    tm.StateRef: s.state_refs,
    tm.OrganizationRef: s.organization_refs,
    tm.PersonRef: s.person_refs,
    tm.OfficeRef: s.office_refs,
    tm.BodyRef: s.body_refs,
    tm.Certainty: s.certainties,
    tm.ExternalId: s.external_ids,
    tm.DatedName: s.dated_names,
    tm.Capital: s.capitals,
    tm.Body: s.bodies,
    tm.MembershipAct: s.membership_acts,
    tm.Participant: s.participants,
    tm.Meeting: s.meetings,
    tm.Decision: s.decisions,
    tm.State: s.states,
    tm.Organization: s.organizations,
    tm.Person: s.persons,
    tm.Office: s.offices,
    tm.Tenure: s.tenures,
    tm.Event: s.events,
    tm.Visit: s.visits,
    tm.Signature: s.signatures,
    tm.Vote: s.votes,
    tm.PartyAction: s.party_actions,
    tm.Milestone: s.milestones,
    tm.Relation: s.relations,
    tm.Period: s.periods,
    tm.ConsentClause: s.consent_clauses,
    tm.EntryIntoForceClause: s.entry_into_force_clauses,
    tm.SignaturePeriod: s.signature_periods,
    tm.WithdrawalClause: s.withdrawal_clauses,
    tm.Term: s.terms,
    tm.Section: s.sections,
    tm.Commitment: s.commitments,
    tm.Agreement: s.agreements,
    tm.Source: s.sources,
    tm.Quote: s.quotes,
    # Draws `tm.Dossier`, which is exchanged as the records layer's dossier (the record type).
    _dossier.Dossier: s.dossiers,
}


@functools.cache
def validators(cls: type) -> tuple[Any, Any]:
    schema = tm.json_schema(cls)
    py = jsonschema.Draft202012Validator(
        schema, format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER
    )
    rs = jsonschema_rs.Draft202012Validator(schema, validate_formats=True)
    return py, rs


def test_every_record_type_has_a_strategy() -> None:
    assert set(STRATEGIES) == set(RECORD_TYPES)


@pytest.mark.parametrize("cls", RECORD_TYPES, ids=lambda c: c.__name__)
@settings(max_examples=300)
@given(data=st.data())
def test_round_trip(cls: type, data: st.DataObject) -> None:
    record = data.draw(STRATEGIES[cls]())
    kind = type(record)  # cls itself, or `tm.Dossier` for the records layer's dossier
    assert exchanged_as(kind) is cls
    text = tm.to_json(record)
    back = tm.from_json(text, kind)
    assert back == record
    assert tm.to_json(back) == text  # canonical text is a fixed point
    assert tm.from_json(text.encode("utf-8"), kind) == record
    document = json.loads(text)
    assert list(document)[:2] == ["format", "version"]
    py, rs = validators(cls)
    py.validate(document)
    assert rs.is_valid(document)


# ---------------------------------------------------------------------------- the seed


def _seed() -> tm.Dossier:
    spec = importlib.util.spec_from_file_location("ru_kz_2025_for_serialization", EXAMPLE)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    seed: tm.Dossier = module.build()
    return seed


def test_seed_round_trips_to_an_equal_dossier_and_identical_bytes() -> None:
    seed = _seed()
    text = tm.to_json(seed)
    back = tm.from_json(text, tm.Dossier)
    assert back == seed
    assert tm.to_json(back) == text
    py, rs = validators(tm.Dossier)
    py.validate(json.loads(text))
    assert rs.is_valid(json.loads(text))


def test_seed_reads_when_pretty_printed() -> None:
    seed = _seed()
    pretty = json.dumps(json.loads(tm.to_json(seed)), indent=4, ensure_ascii=False)
    assert tm.from_json(pretty, tm.Dossier) == seed


# ---------------------------------------------------------------------------- canonical output


def test_envelope_then_fields_in_declared_order() -> None:
    event = tm.Event(
        id="e1",
        kind=tm.EventKind.TALKS,
        date=tm.PartialDate.parse("2025-11"),
        talks_format=tm.TalksFormat.NARROW,
        start_time=dt.time(10, 30),
        duration=dt.timedelta(hours=1, minutes=30),
        remote=True,
    )
    assert tm.to_json(event) == (
        '{"format":"treatymodel","version":"1.3","id":"e1","kind":"talks","date":"2025-11",'
        '"talks_format":"narrow","start_time":"10:30","duration":"PT1H30M","remote":true}'
    )


def test_defaults_are_left_out_and_required_fields_kept() -> None:
    office = tm.Office(
        id="p", title="President", role=tm.OfficeRole.HEAD_OF_STATE, represents=tm.StateRef(code="KAZ")
    )
    document = json.loads(tm.to_json(office))
    assert "single_holder" not in document  # True is its default
    assert "other_titles" not in document
    assert document["represents"] == {"type": "state", "code": "KAZ"}
    changed = json.loads(tm.to_json(attrs.evolve(office, single_holder=False)))
    assert changed["single_holder"] is False


def test_utf8_is_written_unescaped() -> None:
    text = tm.to_json(tm.Person(id="t", name="Қасым-Жомарт Тоқаев"))
    assert "Қасым" in text


def test_null_for_an_optional_field_means_left_out() -> None:
    text = '{"format":"treatymodel","version":"1.0","id":"x","name":"X","acronym":null}'
    assert tm.from_json(text, tm.Organization) == tm.Organization(id="x", name="X")


@pytest.mark.parametrize(
    ("value", "text"),
    [
        (dt.timedelta(hours=3), "PT3H"),
        (dt.timedelta(hours=1, minutes=30), "PT1H30M"),
        (dt.timedelta(days=1, hours=2), "P1DT2H"),
        (dt.timedelta(days=2), "P2D"),
        (dt.timedelta(seconds=45), "PT45S"),
        (dt.timedelta(days=1, seconds=1), "P1DT1S"),
    ],
)
def test_duration_forms(value: dt.timedelta, text: str) -> None:
    assert _durations.format_duration(value) == text
    assert _durations.parse_duration(text) == value


@pytest.mark.parametrize(
    "text",
    [
        "",
        "P",
        "PT",
        "P1Y",
        "P1W",
        "P1M",
        "PT1.5H",
        "pt3h",
        "PT3H ",
        "P1DT",
        "-PT3H",
        "PT3H\n",
        "P9999999999D",
    ],
)
def test_duration_rejects(text: str) -> None:
    assert _durations.parse_duration(text) is None


@given(st.timedeltas(min_value=dt.timedelta(seconds=1), max_value=dt.timedelta(days=100_000)))
def test_duration_property(value: dt.timedelta) -> None:
    value = dt.timedelta(days=value.days, seconds=value.seconds)
    assert _durations.parse_duration(_durations.format_duration(value)) == value


@given(st.times().map(lambda t: t.replace(microsecond=0)))
def test_time_property(value: dt.time) -> None:
    text = _durations.format_time(value)
    assert _durations.parse_time(text) == value
    assert len(text) == (8 if value.second else 5)


@pytest.mark.parametrize("text", ["24:00", "9:00", "10:60", "10:00:60", "10:00:00.5", "10h", "10:00\n"])
def test_time_rejects(text: str) -> None:
    assert _durations.parse_time(text) is None


def test_time_with_zero_seconds_is_read_and_written_short() -> None:
    text = _doc(id="e", kind="talks", date="2025", start_time="10:00:00")
    event = tm.from_json(text, tm.Event)
    assert event.start_time == dt.time(10, 0)
    assert '"start_time":"10:00"' in tm.to_json(event)


# ---------------------------------------------------------------------------- strictness and errors


def _doc(**fields: Any) -> str:
    return json.dumps({"format": "treatymodel", "version": "1.0", **fields}, ensure_ascii=False)


def _errors(data: str | bytes, cls: type = tm.Dossier) -> dict[str, str]:
    with pytest.raises(tm.DecodeError) as info:
        tm.from_json(data, cls)
    assert isinstance(info.value, tm.TreatyModelError)
    assert isinstance(info.value, ValueError)
    return {item.path: item.message for item in info.value.errors}


@pytest.mark.parametrize(
    ("fields", "path", "words"),
    [
        ({"id": 1, "title": "T"}, "$.id", "expected a string, found number 1"),
        ({"id": "d", "title": True}, "$.title", "expected a string, found boolean true"),
        ({"id": "d", "title": "T", "states": [{"code": "KAZ", "name": 5}]}, "$.states[0].name", "number 5"),
        ({"id": "d", "title": "T", "extra": 1}, "$.extra", "unknown key 'extra'"),
        ({"id": "d"}, "$.title", "missing required key 'title'"),
        ({"id": "d", "title": "T", "states": {}}, "$.states", "expected an array, found an object"),
        ({"id": "d", "title": "T", "states": ["KAZ"]}, "$.states[0]", "expected an object (State)"),
    ],
)
def test_wrong_types_unknown_and_missing_keys(fields: dict[str, Any], path: str, words: str) -> None:
    errors = _errors(_doc(**fields))
    assert path in errors
    assert words in errors[path]


def test_no_coercion_of_bool_and_numbers() -> None:
    base = {"id": "e", "kind": "talks", "date": "2025"}
    assert "$.remote" in _errors(_doc(**base, remote=1), tm.Event)
    assert "$.remote" in _errors(_doc(**base, remote="true"), tm.Event)
    assert "$.closed_to_press" in _errors(_doc(**base, closed_to_press=0), tm.Event)
    assert "$.date" in _errors(_doc(**{**base, "date": 2025}), tm.Event)
    assert "$.date" in _errors(_doc(**{**base, "date": 2025.0}), tm.Event)
    assert "$.participants" in _errors(_doc(**base, participants="ab"), tm.Event)


def test_field_validator_failures_carry_paths() -> None:
    errors = _errors(_doc(id="d", title=" padded ", states=[{"code": "XXX"}, {"code": "KAZ", "capital": ""}]))
    assert set(errors) == {"$.title", "$.states[0].code", "$.states[1].capital"}
    assert "ISO 3166-1" in errors["$.states[0].code"]
    assert 'found string "XXX"' in errors["$.states[0].code"]


def test_every_validator_failure_of_one_object_is_reported() -> None:
    errors = _errors(_doc(id="bad id", title="", description=" x"))
    assert set(errors) == {"$.id", "$.title", "$.description"}


def test_validator_failures_are_reported_beside_type_errors() -> None:
    errors = _errors(_doc(id="bad id", title=3))
    assert set(errors) == {"$.id", "$.title"}


def test_tagged_union_errors_name_the_tag() -> None:
    office = {"id": "o", "title": "T", "role": "head_of_state"}
    errors = _errors(_doc(**office, represents={"code": "KAZ"}), tm.Office)
    assert "missing required key 'type'" in errors["$.represents.type"]
    assert "'state', 'organization'" in errors["$.represents.type"]
    errors = _errors(_doc(**office, represents={"type": "planet", "code": "KAZ"}), tm.Office)
    assert 'found string "planet"' in errors["$.represents.type"]
    errors = _errors(_doc(**office, represents={"type": "organization", "code": "KAZ"}), tm.Office)
    assert set(errors) == {"$.represents.code", "$.represents.id"}


def test_top_level_tagged_record_needs_its_tag() -> None:
    errors = _errors(_doc(code="KAZ"), tm.StateRef)
    assert set(errors) == {"$.type"}
    errors = _errors(_doc(type="organization", code="KAZ"), tm.StateRef)
    assert "expected 'state'" in errors["$.type"]


def test_partial_date_errors() -> None:
    base = {"id": "e", "kind": "talks"}
    assert "not a real date" in _errors(_doc(**base, date="2025-02-29"), tm.Event)["$.date"]
    assert "YYYY-MM-DD" in _errors(_doc(**base, date="2025-1-1"), tm.Event)["$.date"]
    assert "$.date" in _errors(_doc(**base, date="0000"), tm.Event)
    assert "$.date" in _errors(_doc(**base, date="2025\n"), tm.Event)


def test_several_faults_are_reported_at_once() -> None:
    document = json.loads(tm.to_json(_seed()))
    document["agreements"][0]["signatures"][1]["date"] = "2025-13-01"
    document["agreements"][0]["kind"] = "pact"
    document["visits"][0]["program"][0]["duration"] = "three hours"
    document["persons"][1]["nickname"] = "KJT"
    del document["sources"][0]["id"]
    document["states"][0]["code"] = "ZZZ"
    errors = _errors(json.dumps(document))
    assert set(errors) == {
        "$.agreements[0].signatures[1].date",
        "$.agreements[0].kind",
        "$.visits[0].program[0].duration",
        "$.persons[1].nickname",
        "$.sources[0].id",
        "$.states[0].code",
    }


def test_decode_error_lists_its_items() -> None:
    with pytest.raises(tm.DecodeError) as info:
        tm.from_json(_doc(id=1), tm.Person)
    text = str(info.value)
    assert text.splitlines()[0] == "2 problems in the JSON document:"
    assert "  $.id: expected a string, found number 1" in text.splitlines()
    assert all(item.line is None for item in info.value.errors)


@pytest.mark.parametrize(
    ("data", "words"),
    [
        (b'{"format":"treatymodel","version":"1.0","id":"d","title":"T"', "invalid JSON"),
        (b'{"format":"treatymodel","version":"1.0","id":"d","title":NaN}', "invalid JSON"),
        (b'{"format":"treatymodel","version":"1.0","id":"d","title":Infinity}', "invalid JSON"),
        (b'{"format":"treatymodel","version":"1.0","id":"d","title":"\xff"}', "invalid JSON"),
        (b"", "invalid JSON"),
        (b"[]", "expected a JSON object"),
        (b'"text"', "expected a JSON object"),
        (b"null", "expected a JSON object"),
    ],
)
def test_not_a_json_object(data: bytes, words: str) -> None:
    errors = _errors(data)
    assert list(errors) == ["$"]
    assert words in errors["$"]


def test_invalid_json_gives_the_position() -> None:
    errors = _errors(b'{"format":"treatymodel",\n "version": "1.0", "id": }')
    assert "line 2" in errors["$"]


@pytest.mark.parametrize(
    ("envelope", "path", "words"),
    [
        ({"version": "1.0"}, "$.format", "missing required key 'format'"),
        ({"format": "other", "version": "1.0"}, "$.format", "not a treatymodel document"),
        ({"format": "treatymodel"}, "$.version", "missing required key 'version'"),
        ({"format": "treatymodel", "version": "2.0"}, "$.version", "unsupported format version '2.0'"),
        ({"format": "treatymodel", "version": "0.9"}, "$.version", "unsupported format version"),
        ({"format": "treatymodel", "version": "1.4"}, "$.version", "upgrade treatymodel"),
        ({"format": "treatymodel", "version": 1.0}, "$.version", "MAJOR.MINOR"),
        ({"format": "treatymodel", "version": "1"}, "$.version", "MAJOR.MINOR"),
        ({"format": "treatymodel", "version": "1.00"}, "$.version", "MAJOR.MINOR"),
    ],
)
def test_envelope(envelope: dict[str, Any], path: str, words: str) -> None:
    errors = _errors(json.dumps({**envelope, "id": "d", "title": 5}))
    assert list(errors) == [path]  # nothing else is read from a document of another format
    assert words in errors[path]


def test_version_constant() -> None:
    assert tm.FORMAT_VERSION == "1.3"
    assert tm.FORMAT_NAME == "treatymodel"


def test_nested_records_carry_no_envelope() -> None:
    inner = {"format": "treatymodel", "version": "1.0", "code": "KAZ"}
    errors = _errors(_doc(id="d", title="T", states=[inner]))
    assert set(errors) == {"$.states[0].format", "$.states[0].version"}


@pytest.mark.parametrize(
    ("text", "path"),
    [
        ('{"format":"treatymodel","version":"1.0","id":"d","title":"T","id":"e"}', "$.id"),
        ('{"format": "treatymodel", "version": "1.0", "id": "d", "title": "T", "title": "U"}', "$.title"),
        (
            '{"format":"treatymodel","version":"1.0","id":"d","title":"T",'
            '"states":[{"code":"KAZ"},{"code":"RUS","name":"R","code":"RUS"}]}',
            "$.states[1].code",
        ),
        ('{"format":"treatymodel","version":"1.0","format":"treatymodel","id":"d","title":"T"}', "$.format"),
    ],
)
def test_duplicate_keys_are_errors(text: str, path: str) -> None:
    errors = _errors(text)
    assert path in errors
    assert "duplicate key" in errors[path]


def test_duplicate_keys_in_an_indented_document() -> None:
    text = json.dumps({"format": "treatymodel", "version": "1.0", "id": "d", "title": "T"}, indent=2)
    assert tm.from_json(text, tm.Dossier).id == "d"
    doubled = text.replace('"title": "T"', '"title": "T",\n  "title": "T"')
    assert "$.title" in _errors(doubled)


def test_unsupported_class() -> None:
    with pytest.raises(TypeError):
        tm.from_json("{}", dict)
    with pytest.raises(TypeError):
        tm.to_json({"id": "x"})
    with pytest.raises(TypeError):
        tm.to_json(tm.PartialDate(year=2025))


# ---------------------------------------------------------------------------- JSON Lines


def _people(n: int) -> list[tm.Person]:
    return [tm.Person(id=f"p{i}", name=f"Person {i}") for i in range(n)]


def test_jsonl_round_trip_path(tmp_path: Path) -> None:
    path = tmp_path / "people.jsonl"
    assert tm.write_jsonl(iter(_people(5)), path) == 5
    lines = path.read_bytes().splitlines()
    assert len(lines) == 5
    assert lines[0] == tm.to_json(_people(1)[0]).encode()
    assert list(tm.iter_jsonl(path, tm.Person)) == _people(5)
    assert list(tm.iter_jsonl(str(path), tm.Person)) == _people(5)


def test_jsonl_text_and_binary_files() -> None:
    text = io.StringIO()
    tm.write_jsonl(_people(3), text)
    binary = io.BytesIO()
    tm.write_jsonl(_people(3), binary)
    assert text.getvalue().encode() == binary.getvalue()
    assert list(tm.iter_jsonl(io.StringIO(text.getvalue()), tm.Person)) == _people(3)
    assert list(tm.iter_jsonl(io.BytesIO(binary.getvalue()), tm.Person)) == _people(3)


def test_jsonl_crlf_line_endings() -> None:
    data = b"".join(tm.to_json(p).encode() + b"\r\n" for p in _people(2))
    assert list(tm.iter_jsonl(io.BytesIO(data), tm.Person)) == _people(2)


def test_jsonl_bad_line_reports_its_number_and_is_lazy() -> None:
    good = [tm.to_json(p) for p in _people(2)]
    data = "\n".join([*good, _doc(id="p2", name=7), *good]) + "\n"
    records = tm.iter_jsonl(io.StringIO(data), tm.Person)
    assert next(records) == _people(1)[0]
    assert next(records).id == "p1"
    with pytest.raises(tm.DecodeError) as info:
        next(records)
    (item,) = info.value.errors
    assert (item.line, item.path) == (3, "$.name")
    assert str(item).startswith("line 3: $.name: ")


def test_jsonl_invalid_json_and_blank_lines() -> None:
    data = tm.to_json(_people(1)[0]) + "\n{oops\n"
    with pytest.raises(tm.DecodeError) as info:
        list(tm.iter_jsonl(io.StringIO(data), tm.Person))
    assert info.value.errors[0].line == 2
    with pytest.raises(tm.DecodeError) as info:
        list(tm.iter_jsonl(io.StringIO("\n"), tm.Person))
    assert "blank line" in info.value.errors[0].message


def test_write_jsonl_streams_a_generator() -> None:
    made = 0

    def generate() -> Any:
        nonlocal made
        for person in _people(1000):
            made += 1
            yield person

    out = io.BytesIO()
    assert tm.write_jsonl(generate(), out) == 1000
    assert made == 1000
    assert out.getvalue().count(b"\n") == 1000


def test_canonical_output_is_what_orjson_writes() -> None:
    seed = _seed()
    text = tm.to_json(seed)
    assert orjson.dumps(orjson.loads(text)).decode() == text


# -- iter_jsonl's on_error, and lines with no end (issue 16, points 5 and 9).


def _mixed_lines() -> str:
    good = [tm.to_json(p) for p in _people(4)]
    return "\n".join([good[0], "{oops", good[1], "", good[2], _doc(id="p9", name=7), good[3]]) + "\n"


def test_iter_jsonl_on_error_raise_is_the_default() -> None:
    records = tm.iter_jsonl(io.StringIO(_mixed_lines()), tm.Person)
    assert next(records).id == "p0"
    with pytest.raises(tm.DecodeError) as info:
        next(records)
    assert info.value.errors[0].line == 2


def test_iter_jsonl_on_error_skip_goes_on() -> None:
    # Point 9: iter_jsonl could not skip a bad line and go on.
    records = list(tm.iter_jsonl(io.StringIO(_mixed_lines()), tm.Person, on_error="skip"))
    assert records == _people(4)


def test_iter_jsonl_on_error_collect_raises_every_bad_line_at_the_end() -> None:
    seen: list[str] = []

    def read_all() -> None:
        for person in tm.iter_jsonl(io.StringIO(_mixed_lines()), tm.Person, on_error="collect"):
            seen.append(person.id)

    with pytest.raises(tm.DecodeError) as info:
        read_all()
    assert seen == ["p0", "p1", "p2", "p3"]  # every good record came first
    assert [(e.line, e.path) for e in info.value.errors] == [(2, "$"), (4, "$"), (6, "$.name")]
    assert "found a blank line" in info.value.errors[1].message


def test_iter_jsonl_collect_is_bounded_by_max_errors() -> None:
    data = "\n".join(["{oops"] * 50) + "\n"
    with pytest.raises(tm.DecodeError) as info:
        list(tm.iter_jsonl(io.StringIO(data), tm.Person, on_error="collect", max_errors=10))
    errors = info.value.errors
    assert [e.line for e in errors[:10]] == list(range(1, 11))
    assert errors[10].message.startswith("40 more problems not listed")
    assert len(errors) == 11


def test_iter_jsonl_rejects_an_unknown_on_error() -> None:
    with pytest.raises(ValueError, match="on_error must be one of 'raise', 'skip', 'collect'"):
        list(tm.iter_jsonl(io.StringIO(""), tm.Person, on_error="ignore"))  # type: ignore[arg-type]


class _Endless(io.RawIOBase):
    """A stream of one byte, never a newline: a line with no end (like /dev/zero)."""

    def __init__(self, most: int) -> None:
        self.given = 0
        self.most = most

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        n = min(len(buffer), self.most - self.given)
        buffer[:n] = b"x" * n
        self.given += n
        return n


@pytest.mark.parametrize("on_error", ["raise", "skip", "collect"])
def test_a_line_with_no_end_is_refused_after_max_bytes(on_error: str) -> None:
    # Point 5: the whole line was read before its size was checked (a MemoryError on
    # a stream without end). Here the stream would give 64 MiB; 1 MiB and a little are read.
    line = tm.to_json(_people(1)[0]).encode() + b"\n"
    stream = _Endless(64 * 1024 * 1024)
    handle = io.BufferedReader(_Chain(io.BytesIO(line), stream))
    records = tm.iter_jsonl(handle, tm.Person, max_bytes=1024 * 1024, on_error=on_error)  # type: ignore[arg-type]
    assert next(records) == _people(1)[0]
    with pytest.raises(tm.DecodeError) as info:
        next(records)
    (item,) = info.value.errors
    assert item.line == 2
    assert item.message == (
        "line too large: at least 1,048,577 bytes, the limit is 1 MiB (raise it with max_bytes=); "
        "the lines after it are not read"
    )
    assert stream.given < 2 * 1024 * 1024


class _Chain(io.RawIOBase):
    def __init__(self, *parts: io.BufferedIOBase | io.RawIOBase) -> None:
        self.parts = list(parts)

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        while self.parts:
            n = self.parts[0].readinto(buffer)
            if n:
                return n
            self.parts.pop(0)
        return 0


def test_a_long_last_line_without_a_newline_is_read() -> None:
    line = tm.to_json(_people(1)[0]).encode()
    assert list(tm.iter_jsonl(io.BytesIO(line), tm.Person, max_bytes=len(line))) == _people(1)
    assert list(tm.iter_jsonl(io.BytesIO(line + b"\r\n"), tm.Person, max_bytes=len(line))) == _people(1)
    with pytest.raises(tm.DecodeError, match=f"line too large: {len(line)} bytes, the limit is"):
        list(tm.iter_jsonl(io.BytesIO(line + b"\n"), tm.Person, max_bytes=len(line) - 1))


# -- Messages (issue 16, point 11): each says what JSON would say, where the fault is.


def _agreement_errors(**changes: Any) -> dict[str, str]:
    tree = orjson.loads(tm.to_json(_seed()))
    agreement = tree["agreements"][0]
    for key, value in changes.items():
        if value is _DROP:
            agreement.pop(key, None)
        else:
            agreement[key] = value
    return _errors(orjson.dumps(tree).decode())


_DROP = object()


def test_a_missing_enumeration_names_its_values() -> None:
    # It said "expected a value of another type".
    message = _agreement_errors(kind=_DROP)["$.agreements[0].kind"]
    assert message.startswith("missing required key 'kind': expected one of 'treaty', 'convention', ")


def test_a_missing_date_says_what_a_date_looks_like() -> None:
    # It said "expected an object (PartialDate)".
    tree = orjson.loads(tm.to_json(_seed()))
    del tree["visits"][0]["start"]  # a signature's date may be unknown (format 1.2), a visit's start not
    errors = _errors(orjson.dumps(tree).decode())
    assert errors["$.visits[0].start"].startswith(
        "missing required key 'start': expected a date as YYYY, YYYY-MM or YYYY-MM-DD, or an uncertain one"
    )


def test_a_bad_item_of_an_array_is_named_at_its_index() -> None:
    # It was reported at the array, with the word "tuple".
    errors = _agreement_errors(languages=["ru", "zz", "ru"])
    assert errors == {
        "$.agreements[0].languages[1]": "must be a language tag with an ISO 639 language, like 'en' or 'ru', "
        'found string "zz"',
        "$.agreements[0].languages[2]": "must not repeat an earlier item: the items must be distinct, "
        'found string "ru"',
    }


def test_messages_say_null_true_false_and_array() -> None:
    # They said None where JSON says null, tuple where it says array.
    errors = _errors(_doc(id="d", title="T", states=[{"code": "KAZ", "capital": " Astana"}]))
    assert errors["$.states[0].capital"].startswith("must be null or a non-empty string")
    zero = _errors(
        _doc(
            id="d",
            title="T",
            visits=[
                {
                    "id": "v",
                    "kind": "state",
                    "guest": "g",
                    "guest_state": "KAZ",
                    "host": "h",
                    "host_state": "RUS",
                    "start": "2025",
                    "end": "2025",
                    "program": [{"id": "e", "kind": "talks", "date": "2025", "duration": "PT0S"}],
                }
            ],
        )
    )
    assert zero["$.visits[0].program[0].duration"] == (
        'must be null or a positive duration (like PT3H), found string "PT0S"'
    )


def test_no_message_of_the_bad_input_corpus_speaks_python() -> None:
    python = re.compile(r"\b(None|True|False|tuple|int|datetime)\b")
    corpus = ROOT / "tests" / "bad_inputs"
    for path in sorted([*(corpus / "hand").glob("*.json"), *(corpus / "generated").glob("*.json")]):
        with pytest.raises(tm.DecodeError) as info:
            tm.from_json(path.read_bytes(), tm.Dossier)
        for item in info.value.errors:
            words = python.findall(item.message.split(", found ")[0])
            assert not words, (path.name, item.message)


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ("18446744073709551616", "expected an integer of at most 64 bits, found number 18446744073709551616"),
        ("123456789012345678901234567890", "found number 123456789012345678901234567890"),
    ],
)
def test_huge_integers_are_shown_as_written(value: str, message: str) -> None:
    # 2**64 was shown as 1.8446744073709552e+19 (orjson reads it as a float).
    agreement = {"id": "a", "title": "t", "kind": "treaty", "parties": [], "term": {"years": "@"}}
    text = _doc(id="d", title="T", agreements=[agreement]).replace('"@"', value)
    assert _errors(text)["$.agreements[0].term.years"].endswith(message)
    assert _errors('{"format":"treatymodel","version":"1.0","id":"d","title":' + value + "}")["$.title"] == (
        f"expected a string, found number {value}"
    )


@pytest.mark.parametrize("data", [dict, {"id": "x"}, 7, None, ["{}"]])
def test_from_json_of_something_not_a_document_is_a_type_error(data: Any) -> None:
    # It raised AttributeError where the docs promise a TypeError.
    with pytest.raises(TypeError, match="data must be a JSON document as str or bytes, not "):
        tm.from_json(data, tm.Dossier)
