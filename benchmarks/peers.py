"""The peers: pydantic v2 models and msgspec Structs generated from ``tm.json_schema()``.

Every object of the schema's ``$defs`` becomes a pydantic model (``extra="forbid"``,
``strict=True``) and a msgspec Struct (``forbid_unknown_fields=True``, msgspec being
strict by default) with the same keys, required keys, patterns (ids, text, dates,
times, durations, language tags, URLs), enumerations (as ``Literal``), ``minItems``
and the tagged ``PartyRef`` union (a pydantic discriminated union, a msgspec tagged
union on ``type``). Each document type gets the envelope (``format`` and ``version``
as ``Literal``). Defaults of optional keys come from the treatymodel classes.

What the peers do not check, and treatymodel does: real calendar dates beyond the
pattern (29 February of a common year), ISO 639 membership of a language, a
positive duration, ``uniqueItems``, duplicate keys. So they do a little less work.
"""

from __future__ import annotations

import enum
from typing import Annotated, Any, Literal, Union

import attrs
import msgspec
import pydantic

import treatymodel as tm

_BY_NAME = {cls.__name__: cls for cls in tm.serialization.RECORD_TYPES}


def _defaults(name: str) -> dict[str, Any]:
    cls = _BY_NAME.get(name)
    if cls is None:
        return {}
    out = {}
    for a in attrs.fields(cls):
        if a.default is attrs.NOTHING:
            continue
        d = a.default
        if isinstance(d, enum.Enum):
            d = d.value
        out[a.name] = d
    return out


class _Builder:
    def __init__(self, flavour: str, schema: dict[str, Any]) -> None:
        self.flavour = flavour
        self.defs = dict(schema["$defs"])
        root = {k: v for k, v in schema.items() if k != "$defs"}
        root["properties"] = {k: v for k, v in root["properties"].items() if k not in ("format", "version")}
        root["required"] = [k for k in root.get("required", ()) if k not in ("format", "version")]
        self.defs.setdefault("Dossier", root)
        self.models: dict[str, Any] = {}
        self.docs: dict[str, Any] = {}

    # -- types -------------------------------------------------------------------------

    def string(self, pattern: str | None) -> Any:
        if pattern is None:
            return str
        if self.flavour == "pydantic":
            return Annotated[str, pydantic.StringConstraints(pattern=pattern)]
        return Annotated[str, msgspec.Meta(pattern=pattern)]

    def type_of(self, p: dict[str, Any]) -> Any:
        if "$ref" in p:
            return self.ref(p["$ref"].rsplit("/", 1)[1])
        if "anyOf" in p:
            members = [x for x in p["anyOf"] if x.get("type") != "null"]
            optional = len(members) < len(p["anyOf"])
            if len(members) == 1:
                inner = self.type_of(members[0])
            else:  # a date: partial or uncertain, two string forms as one pattern
                patterns = [self._deref(x)["pattern"] for x in members]
                inner = self.string("|".join(f"(?:{pattern})" for pattern in patterns))
            return inner | None if optional else inner
        if "const" in p:
            return Literal[p["const"]]
        if "enum" in p:
            return Literal[tuple(p["enum"])]
        t = p.get("type")
        if t == "string":
            return self.string(p.get("pattern"))
        if t == "boolean":
            return bool
        if t == "integer":
            return int
        if t == "array":
            item = self.type_of(p["items"])
            if p.get("minItems"):
                if self.flavour == "pydantic":
                    return Annotated[list[item], pydantic.Field(min_length=p["minItems"])]  # type: ignore[valid-type]
                return Annotated[list[item], msgspec.Meta(min_length=p["minItems"])]  # type: ignore[valid-type]
            return list[item]  # type: ignore[valid-type]
        raise TypeError(f"unhandled schema {p}")

    def _deref(self, p: dict[str, Any]) -> dict[str, Any]:
        return self.defs[p["$ref"].rsplit("/", 1)[1]] if "$ref" in p else p

    def ref(self, name: str) -> Any:
        d = self.defs[name]
        if "oneOf" in d:  # PartyRef, ActorRef (whose plain string is format 1.1's speaker)
            records = [x for x in d["oneOf"] if "$ref" in x]
            members = tuple(self.ref(x["$ref"].rsplit("/", 1)[1]) for x in records)
            union = Union[members]  # noqa: UP007
            if self.flavour == "pydantic":
                union = Annotated[union, pydantic.Field(discriminator="type")]
            strings = [x for x in d["oneOf"] if "$ref" not in x]
            for string in strings:
                union = Union[union, self.type_of(string)]  # noqa: UP007
            return union
        if d.get("type") != "object":
            return self.type_of(d)
        return self.model(name)

    # -- records -----------------------------------------------------------------------

    def model(self, name: str, *, document: bool = False) -> Any:
        key = name + ("Document" if document else "")
        cache = self.docs if document else self.models
        if key in cache:
            return cache[key]
        d = self.defs[name]
        required = set(d.get("required", ()))
        # The canonical order: required keys, then the others, each in declared order.
        props = {k: v for k, v in d["properties"].items() if k in required or k == "type"}
        props.update(d["properties"])
        tag = None
        if "type" in props and "const" in props["type"]:
            tag = props.pop("type")["const"]
            required.discard("type")
        defaults = _defaults(name)
        if self.flavour == "pydantic":
            cache[key] = self._pydantic(key, name, props, required, tag, defaults, document)
        else:
            cache[key] = self._msgspec(key, props, required, tag, defaults, document)
        return cache[key]

    def _pydantic(
        self,
        key: str,
        name: str,
        props: dict[str, Any],
        required: set[str],
        tag: str | None,
        defaults: dict[str, Any],
        document: bool,
    ) -> Any:
        fields: dict[str, Any] = {}
        if document:
            fields["format"] = (Literal["treatymodel"], ...)
            fields["version"] = (Literal[tm.FORMAT_VERSION], ...)
        if tag is not None:
            fields["type"] = (Literal[tag], ...)
        # Self-reference (Section.subsections): create with a forward reference, rebuild after.
        for pname, p in props.items():
            if p.get("items", {}).get("$ref", "").endswith("/" + name):
                t: Any = list[key]  # type: ignore[valid-type]
            else:
                t = self.type_of(p)
            if pname in required:
                fields[pname] = (t, ...)
            elif isinstance(defaults.get(pname), tuple):
                fields[pname] = (t, pydantic.Field(default_factory=list))
            else:
                fields[pname] = (t, defaults.get(pname))
        model = pydantic.create_model(
            key,
            __config__=pydantic.ConfigDict(extra="forbid", strict=True),
            **fields,
        )
        model.model_rebuild(_types_namespace={key: model})
        return model

    def _msgspec(
        self,
        key: str,
        props: dict[str, Any],
        required: set[str],
        tag: str | None,
        defaults: dict[str, Any],
        document: bool,
    ) -> Any:
        fields: list[tuple[str, Any] | tuple[str, Any, Any]] = []
        optional: list[tuple[str, Any, Any]] = []
        if document:
            fields.append(("format", Literal["treatymodel"]))
            fields.append(("version", Literal[tm.FORMAT_VERSION]))
        for pname, p in props.items():
            if p.get("items", {}).get("$ref", "").endswith("/" + key):
                t: Any = list[key]  # type: ignore[valid-type]
            else:
                t = self.type_of(p)
            if pname in required:
                fields.append((pname, t))
            else:
                d = defaults.get(pname)
                optional.append(
                    (pname, t, msgspec.field(default_factory=list) if isinstance(d, tuple) else d)
                )
        kwargs: dict[str, Any] = {"forbid_unknown_fields": True, "kw_only": True, "omit_defaults": True}
        if tag is not None:
            kwargs.update(tag_field="type", tag=tag)
        return msgspec.defstruct(key, [*fields, *optional], **kwargs)


def _self_referencing_msgspec(builder: _Builder) -> None:
    # msgspec resolves a forward reference by name from the module namespace of the Struct.
    globals().update(builder.models)


def build(flavour: str) -> tuple[dict[str, Any], dict[str, Any]]:
    """(record models by name, document models by name) for ``"pydantic"`` or ``"msgspec"``."""
    builder = _Builder(flavour, tm.json_schema())
    builder.models["Section"] = builder.model("Section")
    if flavour == "msgspec":
        _self_referencing_msgspec(builder)
    for name in ("Agreement", "Dossier"):
        builder.model(name, document=True)
    return builder.models, builder.docs


class Pydantic:
    """Load and dump documents with pydantic v2."""

    def __init__(self) -> None:
        _, docs = build("pydantic")
        self.agreement = docs["AgreementDocument"]
        self.dossier = docs["DossierDocument"]

    def load(self, data: bytes, model: Any) -> Any:
        return model.model_validate_json(data)

    def dump(self, obj: Any) -> bytes:
        return obj.__pydantic_serializer__.to_json(obj, exclude_defaults=True)  # type: ignore[no-any-return]


class Msgspec:
    """Load and dump documents with msgspec."""

    def __init__(self) -> None:
        _, docs = build("msgspec")
        self.agreement = docs["AgreementDocument"]
        self.dossier = docs["DossierDocument"]
        self.decoders = {
            self.agreement: msgspec.json.Decoder(self.agreement),
            self.dossier: msgspec.json.Decoder(self.dossier),
        }
        self.encoder = msgspec.json.Encoder()

    def load(self, data: bytes, model: Any) -> Any:
        return self.decoders[model].decode(data)

    def dump(self, obj: Any) -> bytes:
        return self.encoder.encode(obj)
