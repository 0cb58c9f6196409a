"""JSON Schema (draft 2020-12) of the exchange format, generated from the model.

The schema is read from the same attrs field definitions and the same override
table as the converter in `treatymodel.serialization`: field names are keys,
a field without a default is ``required``, enums list their values, union members
carry their tag as a ``const``, and each field's validator gives its pattern
(identifiers, partial dates, language tags, URLs, ISO 3166 codes). Every object
has ``additionalProperties: false``. A validator the generator does not know is
an error at generation time, so a new constraint cannot silently go missing.

The committed copy is ``schema/treatymodel.schema.json``; regenerate it with
``python scripts/write_schema.py`` (or ``python -m treatymodel.schema``).

Example:
    >>> import treatymodel as tm
    >>> schema = tm.json_schema()
    >>> schema["$schema"]
    'https://json-schema.org/draft/2020-12/schema'
    >>> schema["properties"]["format"]
    {'const': 'treatymodel'}
"""

from __future__ import annotations

import copy
import datetime as dt
import enum
import functools
import inspect
import json
import operator
import sys
import types
import typing
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeAlias

import attrs

from treatymodel import _durations, _validators, identity
from treatymodel._dossier import Dossier
from treatymodel._exchange import (
    FORMAT_MAJOR,
    FORMAT_MINOR,
    FORMAT_NAME,
    FORMAT_VERSION,
    RECORD_TYPES,
    TAG_KEY,
    TAGGED,
    exchanged_as,
    exchanged_fields,
)
from treatymodel._fielddocs import attribute_docs
from treatymodel.dates import EDTF_PATTERN, DateValue, PartialDate
from treatymodel.identity import ExternalId
from treatymodel.parties import PartyRef
from treatymodel.refs import ActorRef

__all__ = ["JsonValue", "json_schema", "schema_text"]

JsonValue: TypeAlias = "bool | int | float | str | list[JsonValue] | dict[str, JsonValue] | None"
"""Any value JSON can hold, as the standard library's `json` reads it."""

_Schema = dict[str, Any]

DIALECT = "https://json-schema.org/draft/2020-12/schema"

#: Non-empty, no whitespace at either end (what the ``text`` validators ask).
TEXT_PATTERN = _validators.TEXT_PATTERN
#: Partial dates, tighter than `treatymodel.dates.PARTIAL_DATE_PATTERN`: no
#: year 0, no day 31 in a 30-day month, no February 30 or 31. (February 29 of a
#: common year is left to the library.)
PARTIAL_DATE_SCHEMA_PATTERN = (
    r"^(?:[1-9][0-9]{3}|0[1-9][0-9]{2}|00[1-9][0-9]|000[1-9])"
    r"(?:-(?:(?:0[13578]|1[02])(?:-(?:0[1-9]|[12][0-9]|3[01]))?"
    r"|(?:0[469]|11)(?:-(?:0[1-9]|[12][0-9]|30))?"
    r"|02(?:-(?:0[1-9]|1[0-9]|2[0-9]))?))?$"
)


def _array(items: _Schema, **extra: Any) -> _Schema:
    return {"type": "array", "items": items, **extra}


def _validator_schema(cls: type, attribute: attrs.Attribute[Any]) -> _Schema:
    """What the field's validator adds to its schema: the validator's public ``json_schema``.

    A validator without one is an error, so that a new constraint cannot go missing
    from the schema unnoticed.
    """
    validator = attribute.validator
    if validator is None:
        return {}
    described = getattr(validator, "json_schema", None)
    if described is None:
        raise TypeError(
            f"the schema generator does not know the validator of {cls.__name__}.{attribute.name}: "
            "give it a json_schema (treatymodel._validators.described)"
        )
    return copy.deepcopy(dict(described))


class _Generator:
    def __init__(self) -> None:
        self.defs: dict[str, _Schema] = {}

    def ref(self, name: str, build: Callable[[], _Schema]) -> _Schema:
        if name not in self.defs:
            self.defs[name] = {}  # placeholder: records may refer to themselves
            self.defs[name] = build()
        return {"$ref": f"#/$defs/{name}"}

    def type_schema(self, t: Any) -> _Schema:
        if t is str:
            return {"type": "string"}
        if t is bool:
            return {"type": "boolean"}
        if t is int:
            return {"type": "integer"}
        if t is PartialDate:
            return self.ref("PartialDate", _partial_date_def)
        if t == DateValue:
            return self.ref("Date", lambda: self.date_def())
        if t is dt.time:
            return self.ref("Time", _time_def)
        if t is dt.timedelta:
            return self.ref("Duration", _duration_def)
        if isinstance(t, type) and issubclass(t, enum.Enum):
            return self.ref(t.__name__, lambda: _enum_def(t))
        if t == PartyRef:
            return self.ref("PartyRef", self.party_ref_def)
        if t == ActorRef:
            return self.ref("ActorRef", self.actor_ref_def)
        if isinstance(t, type) and t in RECORD_TYPES:
            return self.ref(t.__name__, lambda: self.record_def(t))
        origin, args = typing.get_origin(t), typing.get_args(t)
        if origin is tuple and len(args) == 2 and args[1] is Ellipsis:
            return _array(self.type_schema(args[0]))
        raise TypeError(f"the schema generator does not know the type {t!r}")

    def field_schema(self, cls: type, attribute: attrs.Attribute[Any]) -> _Schema:
        t = attribute.type
        nullable = typing.get_origin(t) in (typing.Union, types.UnionType) and type(None) in typing.get_args(
            t
        )
        if nullable:
            members = [a for a in typing.get_args(t) if a is not type(None)]
            t = functools.reduce(operator.or_, members)
        schema = self.type_schema(t)
        extra = _validator_schema(cls, attribute)
        if "$ref" in extra:
            schema = extra
        elif schema.get("type") == "array":
            items = extra.get("items", {})
            merged = items if "$ref" in items else {**schema["items"], **items}
            schema = {
                **schema,
                **{k: v for k, v in extra.items() if k not in ("type", "items")},
                "items": merged,
            }
        else:
            schema = {**schema, **extra}
        if nullable:
            schema = {"anyOf": [schema, {"type": "null"}]}
        doc = attribute_docs(cls).get(attribute.name)
        return {"description": doc, **schema} if doc else schema

    def properties(self, cls: type) -> tuple[_Schema, list[str]]:
        props: _Schema = {}
        required: list[str] = []
        if cls in TAGGED:
            props[TAG_KEY] = {"const": TAGGED[cls]}
            required.append(TAG_KEY)
        for attribute, key in exchanged_fields(cls):
            props[key] = self.field_schema(cls, attribute)
            if attribute.default is attrs.NOTHING:
                required.append(key)
        return props, required

    def record_def(self, cls: type) -> _Schema:
        props, required = self.properties(cls)
        out = {
            "type": "object",
            "title": cls.__name__,
            "description": _summary(cls),
            "properties": props,
            "required": required,
            "additionalProperties": False,
        }
        if cls is ExternalId:
            out["allOf"] = _external_id_rules()
        return out

    def date_def(self) -> _Schema:
        return {
            "description": "A date as a source gives it: partial (YYYY, YYYY-MM or YYYY-MM-DD) or uncertain "
            "(EDTF, ISO 8601-2): qualified with ? (uncertain), ~ (approximate) or % (both); one of a set "
            "[d1,d2,...]; or some day of an interval d1/d2.",
            "anyOf": [self.type_schema(PartialDate), {"type": "string", "pattern": EDTF_PATTERN}],
        }

    def actor_ref_def(self) -> _Schema:
        return {
            "description": "Who acts, speaks or disputes: a person, an office, a state, an organization or a "
            f"body, tagged by {TAG_KEY!r}. A plain string (format 1.1's speaker) names a person.",
            "oneOf": [
                *(self.type_schema(cls) for cls in typing.get_args(ActorRef)),
                {"type": "string", "pattern": _validators.ID_PATTERN},
            ],
        }

    def party_ref_def(self) -> _Schema:
        return {
            "description": "A party to an agreement: a state or an international organization, "
            f"tagged by {TAG_KEY!r}.",
            "oneOf": [self.type_schema(cls) for cls in typing.get_args(PartyRef)],
        }


def _external_id_rules() -> list[_Schema]:
    """Per scheme: the form of ``value``, a required ``name``, and who may have a ``volume``."""

    def scheme_is(schemes: Any) -> _Schema:
        values = sorted(s.value for s in schemes)
        return {"properties": {"scheme": {"enum": values}}, "required": ["scheme"]}

    rules: list[_Schema] = [
        {"if": scheme_is([scheme]), "then": {"properties": {"value": {"pattern": pattern}}}}
        for scheme, pattern in identity.ID_PATTERNS.items()
    ]
    named = {"required": ["name"], "properties": {"name": {"type": "string"}}}
    rules.append({"if": scheme_is(identity.NAMED_SCHEMES), "then": named})
    others = set(identity.IdScheme) - identity.VOLUME_SCHEMES
    rules.append({"if": scheme_is(others), "then": {"properties": {"volume": {"type": "null"}}}})
    return rules


def _summary(obj: type) -> str:
    doc = inspect.getdoc(obj) or ""
    return " ".join(doc.split("\n\n")[0].split())


def _enum_def(cls: type[enum.Enum]) -> _Schema:
    return {"type": "string", "description": _summary(cls), "enum": [member.value for member in cls]}


def _partial_date_def() -> _Schema:
    return {
        "type": "string",
        "description": "A date known to the year, the month or the day: YYYY, YYYY-MM or YYYY-MM-DD.",
        "pattern": PARTIAL_DATE_SCHEMA_PATTERN,
    }


def _time_def() -> _Schema:
    return {
        "type": "string",
        "description": "Local time of day, HH:MM, or HH:MM:SS when the seconds are not zero.",
        "pattern": _durations.TIME_PATTERN,
    }


def _duration_def() -> _Schema:
    return {
        "type": "string",
        "description": "A positive ISO 8601 duration in days, hours, minutes and whole seconds "
        "(PT3H, PT1H30M, P1DT2H); no years, months, weeks or fractions.",
        "pattern": _durations.DURATION_PATTERN,
    }


def _state_code_def() -> _Schema:
    import pycountry  # loaded on first use: `import treatymodel` does not pay for it

    from treatymodel.crosswalk import KOSOVO

    codes = {c.alpha_3 for c in pycountry.countries} | {c.alpha_3 for c in pycountry.historic_countries}
    return {
        "type": "string",
        "description": "ISO 3166-1 alpha-3 code of a state, current or historic (SUN, YUG); XKX for Kosovo.",
        "enum": sorted(codes | {KOSOVO}),
    }


def _language_def() -> _Schema:
    return {
        "type": "string",
        "description": "BCP 47 language tag whose language is in ISO 639 (en, ru, kk-Cyrl).",
        "pattern": _validators.LANG_PATTERN,
    }


@functools.cache
def _schema_of(cls: type) -> str:
    record = exchanged_as(cls)
    if record is None:
        raise TypeError(f"{getattr(cls, '__name__', cls)!s} is not a treatymodel record type")
    cls = record  # `treatymodel.Dossier` has the schema of the records layer's dossier
    gen = _Generator()
    gen.defs["StateCode"] = _state_code_def()
    gen.defs["LanguageTag"] = _language_def()
    props, required = gen.properties(cls)
    schema: _Schema = {
        "$schema": DIALECT,
        "title": f"treatymodel {cls.__name__} document, format {FORMAT_VERSION}",
        "description": f"{_summary(cls)} A treatymodel {FORMAT_VERSION} exchange document, generated "
        "from the treatymodel model; see docs/json-format.md.",
        "type": "object",
        "properties": {
            "format": {"const": FORMAT_NAME},
            "version": {"enum": [f"{FORMAT_MAJOR}.{minor}" for minor in range(FORMAT_MINOR + 1)]},
            **props,
        },
        "required": ["format", "version", *required],
        "additionalProperties": False,
    }
    if cls is ExternalId:
        schema["allOf"] = _external_id_rules()
    used = json.dumps(schema) + json.dumps(gen.defs)
    schema["$defs"] = {name: gen.defs[name] for name in sorted(gen.defs) if f'"#/$defs/{name}"' in used}
    return json.dumps(schema, ensure_ascii=False)


def json_schema(cls: type = Dossier) -> dict[str, JsonValue]:
    """The JSON Schema (draft 2020-12) of a document holding one ``cls`` record.

    Args:
        cls: The record type at the top of the document; a
            `Dossier` by default.

    Returns:
        A new dict each call; the envelope (``format``, ``version``) and the fields
        of ``cls`` at top level, every other record type under ``$defs``.

    Raises:
        TypeError: ``cls`` is not a record type of the model.
    """
    result: dict[str, JsonValue] = json.loads(_schema_of(cls))
    return result


def schema_text(cls: type = Dossier) -> str:
    """The schema as the committed file holds it: indented by two spaces, UTF-8, newline-terminated."""
    return json.dumps(json_schema(cls), indent=2, ensure_ascii=False) + "\n"


def main(argv: list[str] | None = None) -> int:
    """Write the Dossier schema to a file (default ``schema/treatymodel.schema.json``)."""
    args = sys.argv[1:] if argv is None else argv
    path = Path(args[0]) if args else Path("schema") / "treatymodel.schema.json"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(schema_text(), encoding="utf-8")
    print(f"wrote {path}")
    return 0


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
