"""The JSON Schema: generated from the model, committed, and as tight as the reader.

Two independent validators check it: ``jsonschema`` (Python, draft 2020-12 with
format checking) and ``jsonschema_rs`` (Rust). The parity table holds invalid
documents that the reader and both validators must all reject, each with the JSON
path the reader must name.
"""

from __future__ import annotations

import copy
import json
import re
from pathlib import Path
from typing import Any

import jsonschema
import jsonschema_rs
import pytest

import treatymodel as tm
from treatymodel.schema import main, schema_text
from treatymodel.serialization import RECORD_TYPES

ROOT = Path(__file__).resolve().parents[1]
COMMITTED = ROOT / "schema" / "treatymodel.schema.json"

_PY = jsonschema.Draft202012Validator(
    tm.json_schema(), format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER
)
_RS = jsonschema_rs.Draft202012Validator(tm.json_schema(), validate_formats=True)


# A small valid dossier touching every record type.
BASE: dict[str, Any] = {
    "format": "treatymodel",
    "version": "1.3",
    "id": "ru-kz-2025",
    "title": "Russia and Kazakhstan, November 2025",
    "states": [{"code": "RUS", "name": "Russia"}, {"code": "KAZ", "capital": "Astana"}],
    "organizations": [{"id": "csto", "name": "Collective Security Treaty Organization", "acronym": "CSTO"}],
    "persons": [
        {"id": "putin", "name": "Vladimir Putin", "other_names": [{"text": "Владимир Путин", "lang": "ru"}]},
        {"id": "tokayev", "name": "Kassym-Jomart Tokayev", "sources": ["kremlin"]},
    ],
    "offices": [
        {
            "id": "president-rus",
            "title": "President of the Russian Federation",
            "role": "head_of_state",
            "represents": {"type": "state", "code": "RUS"},
        }
    ],
    "tenures": [{"person": "putin", "office": "president-rus", "start": "2012-05-07", "end": "2030"}],
    "visits": [
        {
            "id": "visit",
            "kind": "state",
            "guest": "tokayev",
            "guest_state": "KAZ",
            "host": "putin",
            "host_state": "RUS",
            "start": "2025-11-11",
            "end": "2025-11-12",
            "program": [
                {
                    "id": "private-meeting",
                    "kind": "private_meeting",
                    "date": "2025-11-11",
                    "start_time": "18:00",
                    "duration": "PT3H",
                    "participants": ["putin", "tokayev"],
                    "closed_to_press": True,
                }
            ],
        }
    ],
    "agreements": [
        {
            "id": "declaration",
            "title": "Declaration on comprehensive strategic partnership and alliance",
            "kind": "declaration",
            "parties": [{"type": "state", "code": "RUS"}, {"type": "state", "code": "KAZ"}],
            "legally_binding": False,
            "languages": ["ru", "kk"],
            "signatures": [
                {"signatory": "putin", "party": {"type": "state", "code": "RUS"}, "date": "2025-11-12"},
                {"signatory": "tokayev", "party": {"type": "state", "code": "KAZ"}, "date": "2025-11-12"},
            ],
            "sections": [
                {
                    "id": "s1",
                    "kind": "section",
                    "number": "1",
                    "subsections": [{"id": "s1-1", "kind": "point", "number": "1.1"}],
                }
            ],
            "commitments": [
                {"id": "c1", "topics": ["security", "defence"], "verb": "commit", "summary": "Stand together"}
            ],
            "variants": [{"field": "title", "value": "Declaration on alliance", "sources": ["kremlin"]}],
        }
    ],
    "sources": [
        {"id": "kremlin", "kind": "official_statement", "publisher": "Kremlin", "url": "http://kremlin.ru/1"}
    ],
    "quotes": [
        {
            "id": "q1",
            "text": "A new era",
            "source": "kremlin",
            "speaker": {"type": "person", "id": "tokayev"},
            "translated": True,
        }
    ],
}

_STEP = re.compile(r"\.([A-Za-z_][A-Za-z0-9_]*)|\[(\d+)\]")
_DELETE = object()


def _steps(path: str) -> list[str | int]:
    assert path.startswith("$")
    return [name if name else int(index) for name, index in _STEP.findall(path[1:])]


def _mutate(document: dict[str, Any], path: str, value: Any) -> None:
    *parents, last = _steps(path)
    node: Any = document
    for step in parents:
        node = node[step]
    if value is _DELETE:
        del node[last]
    else:
        node[last] = value


# (what, where to change, new value, paths the reader must report)
Change = tuple[str, Any]
INVALID: list[tuple[str, list[Change], set[str]]] = [
    ("title is a number", [("$.title", 5)], {"$.title"}),
    ("title is null", [("$.title", None)], {"$.title"}),
    ("title is empty", [("$.title", "")], {"$.title"}),
    ("title has surrounding spaces", [("$.title", " Padded")], {"$.title"}),
    ("id has a space", [("$.id", "ru kz")], {"$.id"}),
    ("description is an array", [("$.description", ["a"])], {"$.description"}),
    ("unknown top-level key", [("$.extra", 1)], {"$.extra"}),
    ("states is a string", [("$.states", "RUS")], {"$.states"}),
    ("unknown state code", [("$.states[0].code", "XXX")], {"$.states[0].code"}),
    ("lower-case state code", [("$.states[0].code", "rus")], {"$.states[0].code"}),
    ("alpha-2 state code", [("$.states[1].code", "KZ")], {"$.states[1].code"}),
    ("state code is a number", [("$.states[0].code", 643)], {"$.states[0].code"}),
    ("unknown key in a state", [("$.states[0].population", 1)], {"$.states[0].population"}),
    ("state without code", [("$.states[0].code", _DELETE)], {"$.states[0].code"}),
    (
        "organization url is not http",
        [("$.organizations[0].url", "ftp://csto.int")],
        {"$.organizations[0].url"},
    ),
    (
        "organization other_names holds a number",
        [("$.organizations[0].other_names", [1])],
        {"$.organizations[0].other_names[0]"},
    ),
    ("person is a number", [("$.persons[0]", 1)], {"$.persons[0]"}),
    (
        "language tag in words",
        [("$.persons[0].other_names[0].lang", "russian")],
        {"$.persons[0].other_names[0].lang"},
    ),
    (
        "title without lang",
        [("$.persons[0].other_names[0].lang", _DELETE)],
        {"$.persons[0].other_names[0].lang"},
    ),
    ("source id is a number", [("$.persons[1].sources", ["kremlin", 3])], {"$.persons[1].sources[1]"}),
    ("unknown office role", [("$.offices[0].role", "king")], {"$.offices[0].role"}),
    (
        "unknown party tag",
        [("$.offices[0].represents", {"type": "planet", "code": "RUS"})],
        {"$.offices[0].represents.type"},
    ),
    ("party without tag", [("$.offices[0].represents", {"code": "RUS"})], {"$.offices[0].represents.type"}),
    (
        "state tag with an organization's key",
        [("$.offices[0].represents", {"type": "state", "id": "csto"})],
        {"$.offices[0].represents.id", "$.offices[0].represents.code"},
    ),
    ("party is a string", [("$.offices[0].represents", "RUS")], {"$.offices[0].represents"}),
    ("bool is a string", [("$.offices[0].single_holder", "yes")], {"$.offices[0].single_holder"}),
    ("bool is a number", [("$.offices[0].single_holder", 1)], {"$.offices[0].single_holder"}),
    ("month 13", [("$.tenures[0].start", "2012-13-07")], {"$.tenures[0].start"}),
    ("30 February", [("$.tenures[0].start", "2012-02-30")], {"$.tenures[0].start"}),
    ("31 April", [("$.tenures[0].end", "2030-04-31")], {"$.tenures[0].end"}),
    ("two-digit year", [("$.tenures[0].start", "12-05-07")], {"$.tenures[0].start"}),
    ("year 0", [("$.tenures[0].start", "0000")], {"$.tenures[0].start"}),
    ("date is a number", [("$.tenures[0].start", 2012)], {"$.tenures[0].start"}),
    ("date with a time", [("$.tenures[0].start", "2012-05-07T10:00")], {"$.tenures[0].start"}),
    ("visit kind in capitals", [("$.visits[0].kind", "STATE")], {"$.visits[0].kind"}),
    ("visit without start", [("$.visits[0].start", _DELETE)], {"$.visits[0].start"}),
    (
        "duration in words",
        [("$.visits[0].program[0].duration", "3 hours")],
        {"$.visits[0].program[0].duration"},
    ),
    ("duration in years", [("$.visits[0].program[0].duration", "P1Y")], {"$.visits[0].program[0].duration"}),
    (
        "duration with a fraction",
        [("$.visits[0].program[0].duration", "PT1.5H")],
        {"$.visits[0].program[0].duration"},
    ),
    (
        "duration in seconds as a number",
        [("$.visits[0].program[0].duration", 10800)],
        {"$.visits[0].program[0].duration"},
    ),
    ("hour 25", [("$.visits[0].program[0].start_time", "25:00")], {"$.visits[0].program[0].start_time"}),
    (
        "time with a fraction",
        [("$.visits[0].program[0].start_time", "18:00:00.5")],
        {"$.visits[0].program[0].start_time"},
    ),
    (
        "unknown talks format",
        [("$.visits[0].program[0].talks_format", "wide")],
        {"$.visits[0].program[0].talks_format"},
    ),
    (
        "participants is a string",
        [("$.visits[0].program[0].participants", "putin")],
        {"$.visits[0].program[0].participants"},
    ),
    ("remote is null", [("$.visits[0].program[0].remote", None)], {"$.visits[0].program[0].remote"}),
    ("agreement kind is a number", [("$.agreements[0].kind", 3)], {"$.agreements[0].kind"}),
    (
        "organization party without id",
        [("$.agreements[0].parties[1]", {"type": "organization"})],
        {"$.agreements[0].parties[1].id"},
    ),
    (
        "31 November",
        [("$.agreements[0].signatures[1].date", "2025-11-31")],
        {"$.agreements[0].signatures[1].date"},
    ),
    (
        "signature party is a code",
        [("$.agreements[0].signatures[0].party", "RUS")],
        {"$.agreements[0].signatures[0].party"},
    ),
    # The repeated item is named (issue 16, point 11), not the whole array.
    ("languages repeat", [("$.agreements[0].languages", ["ru", "ru"])], {"$.agreements[0].languages[1]"}),
    (
        "legally_binding is a string",
        [("$.agreements[0].legally_binding", "false")],
        {"$.agreements[0].legally_binding"},
    ),
    ("no topics", [("$.agreements[0].commitments[0].topics", [])], {"$.agreements[0].commitments[0].topics"}),
    (
        "topics repeat",
        [("$.agreements[0].commitments[0].topics", ["security", "security"])],
        {"$.agreements[0].commitments[0].topics[1]"},
    ),
    (
        "unknown topic",
        [("$.agreements[0].commitments[0].topics", ["weather"])],
        {"$.agreements[0].commitments[0].topics[0]"},
    ),
    (
        "unknown verb",
        [("$.agreements[0].commitments[0].verb", "promise")],
        {"$.agreements[0].commitments[0].verb"},
    ),
    (
        "nested section kind",
        [("$.agreements[0].sections[0].subsections[0].kind", "chapterette")],
        {"$.agreements[0].sections[0].subsections[0].kind"},
    ),
    (
        "unknown key in a nested section",
        [("$.agreements[0].sections[0].subsections[0].body", "x")],
        {"$.agreements[0].sections[0].subsections[0].body"},
    ),
    (
        "variant without sources",
        [("$.agreements[0].variants[0].sources", [])],
        {"$.agreements[0].variants[0].sources"},
    ),
    ("source url in words", [("$.sources[0].url", "the Kremlin website")], {"$.sources[0].url"}),
    ("source kind is null", [("$.sources[0].kind", None)], {"$.sources[0].kind"}),
    ("translated is 0", [("$.quotes[0].translated", 0)], {"$.quotes[0].translated"}),
    ("quote without source", [("$.quotes[0].source", _DELETE)], {"$.quotes[0].source"}),
    ("other format", [("$.format", "popolo")], {"$.format"}),
    ("no format", [("$.format", _DELETE)], {"$.format"}),
    ("major version 2", [("$.version", "2.0")], {"$.version"}),
    ("newer minor version", [("$.version", "1.4")], {"$.version"}),
    ("version is a number", [("$.version", 1.0)], {"$.version"}),
    (
        "several faults at once",
        [
            ("$.states[0].code", "XXX"),
            ("$.visits[0].program[0].duration", "3 hours"),
            ("$.agreements[0].signatures[1].date", "2025-11-31"),
            ("$.agreements[0].commitments[0].verb", "promise"),
            ("$.quotes[0].speaker", 7),
        ],
        {
            "$.states[0].code",
            "$.visits[0].program[0].duration",
            "$.agreements[0].signatures[1].date",
            "$.agreements[0].commitments[0].verb",
            "$.quotes[0].speaker",
        },
    ),
]


def _build(changes: list[Change]) -> dict[str, Any]:
    document = copy.deepcopy(BASE)
    for path, value in changes:
        _mutate(document, path, value)
    return document


def test_base_document_is_valid() -> None:
    dossier = tm.from_json(json.dumps(BASE), tm.Dossier)
    assert json.loads(tm.to_json(dossier)) == BASE
    _PY.validate(BASE)
    assert _RS.is_valid(BASE)


def test_at_least_forty_invalid_documents() -> None:
    assert len(INVALID) >= 40


@pytest.mark.parametrize(("what", "changes", "paths"), INVALID, ids=[case[0] for case in INVALID])
def test_parity(what: str, changes: list[Change], paths: set[str]) -> None:
    document = _build(changes)
    with pytest.raises(tm.DecodeError) as info:
        tm.from_json(json.dumps(document, ensure_ascii=False), tm.Dossier)
    assert {item.path for item in info.value.errors} == paths
    assert not _PY.is_valid(document), f"jsonschema accepts: {what}"
    assert not _RS.is_valid(document), f"jsonschema-rs accepts: {what}"


# Facts the library checks that the schema cannot state (documented in docs/json-format.md).
LIBRARY_ONLY: list[tuple[str, list[Change], set[str]]] = [
    ("29 February of a common year", [("$.tenures[0].start", "2023-02-29")], {"$.tenures[0].start"}),
    (
        "language not in ISO 639",
        [("$.persons[0].other_names[0].lang", "qz")],
        {"$.persons[0].other_names[0].lang"},
    ),
    ("zero duration", [("$.visits[0].program[0].duration", "PT0S")], {"$.visits[0].program[0].duration"}),
    # Text safe to print (issue 16): the schema keeps its pattern. (URLs under RFC 3986
    # are left out: the schema says "format": "uri", which some validators check.)
    ("escape sequence in a title", [("$.title", "Treaty\x1b[2J")], {"$.title"}),
    ("right-to-left override in a name", [("$.persons[0].name", "A \u202eB")], {"$.persons[0].name"}),
    ("line break in a title", [("$.title", "Treaty\nForged")], {"$.title"}),
    ("title of invisible characters", [("$.title", "\u200b\u3164")], {"$.title"}),
]


@pytest.mark.parametrize(("what", "changes", "paths"), LIBRARY_ONLY, ids=[case[0] for case in LIBRARY_ONLY])
def test_library_is_stricter_than_the_schema(what: str, changes: list[Change], paths: set[str]) -> None:
    document = _build(changes)
    with pytest.raises(tm.DecodeError) as info:
        tm.from_json(json.dumps(document), tm.Dossier)
    assert {item.path for item in info.value.errors} == paths
    assert _PY.is_valid(document)
    assert _RS.is_valid(document)


# ---------------------------------------------------------------------------- the schema itself


def test_committed_schema_is_current() -> None:
    assert COMMITTED.read_text(encoding="utf-8") == schema_text(), (
        "schema/treatymodel.schema.json is stale: run `python scripts/write_schema.py`"
    )


def test_main_writes_the_schema(tmp_path: Path) -> None:
    target = tmp_path / "out" / "schema.json"
    assert main([str(target)]) == 0
    assert target.read_text(encoding="utf-8") == schema_text()


@pytest.mark.parametrize("cls", RECORD_TYPES, ids=lambda c: c.__name__)
def test_schema_per_record_type_is_valid(cls: type) -> None:
    schema = tm.json_schema(cls)
    jsonschema.Draft202012Validator.check_schema(schema)
    jsonschema_rs.Draft202012Validator(schema)
    assert schema["properties"]["format"] == {"const": "treatymodel"}
    assert schema["required"][:2] == ["format", "version"]
    assert schema["additionalProperties"] is False


def test_every_object_is_closed_and_documented() -> None:
    schema = tm.json_schema()
    for name, definition in schema["$defs"].items():
        assert definition.get("description"), name
        if definition.get("type") == "object":
            assert definition["additionalProperties"] is False, name
            for key, field in definition["properties"].items():
                assert key == "type" or field.get("description"), f"{name}.{key}"


def test_tags_are_consts_and_state_codes_include_historic() -> None:
    defs = tm.json_schema()["$defs"]
    assert defs["StateRef"]["properties"]["type"] == {"const": "state"}
    assert defs["OrganizationRef"]["properties"]["type"] == {"const": "organization"}
    assert {"SUN", "YUG", "CSK", "KAZ", "RUS"} <= set(defs["StateCode"]["enum"])
    assert defs["Topic"]["enum"] == [t.value for t in tm.Topic]


def test_json_schema_returns_a_fresh_dict() -> None:
    first = tm.json_schema()
    first["title"] = "changed"
    assert tm.json_schema()["title"] != "changed"


def test_json_schema_rejects_other_classes() -> None:
    with pytest.raises(TypeError):
        tm.json_schema(dict)


def test_a_record_referring_to_itself() -> None:
    schema = tm.json_schema(tm.Section)
    assert schema["properties"]["subsections"]["items"] == {"$ref": "#/$defs/Section"}
