"""Field validators (``treatymodel._validators``): text safe to print and URLs (issue 16, point 4).

Text fields accepted ESC, BEL, NUL, DEL, C1 controls and right-to-left overrides, and
text made only of invisible characters; URLs accepted control characters and
``"><script>``. Names, titles and other labels are one line; texts, quotes,
descriptions and notes may hold line breaks. Tabs are allowed everywhere.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from typing import Any

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

import treatymodel as tm
from treatymodel import _validators, datasets, schema
from treatymodel.serialization import RECORD_TYPES

HOSTILE = {
    "ESC (clear screen)": ("Treaty\x1b[2J", "must be text without control characters (U+001B)"),
    "BEL in a window-title sequence": ("\x1b]0;owned\x07Treaty", "control characters (U+001B)"),
    "NUL": ("Treaty\x00", "control characters (U+0000)"),
    "DEL": ("Treaty\x7f", "control characters (U+007F)"),
    "C1 CSI": ("Treaty\x9b2J", "control characters (U+009B)"),
    "carriage return": ("Treaty\rForged", "control characters (U+000D)"),
    "vertical tab": ("Treaty\x0bx", "control characters (U+000B)"),
    "right-to-left override": ("Treaty \u202egnp.exe", "bidirectional formatting characters"),
    "left-to-right embedding": ("Treaty \u202ax", "bidirectional formatting characters (U+202A)"),
    "right-to-left isolate": ("Treaty \u2067x\u2069", "bidirectional formatting characters (U+2067)"),
    "only a zero-width space": ("\u200b", "a visible character: it holds only invisible ones"),
    "only Hangul fillers": ("\u3164\u3164", "a visible character"),
    "only word joiners and a BOM": ("\u2060\ufeff\u2060", "a visible character"),
    "only a soft hyphen": ("\u00ad", "a visible character"),
    "only a blank Braille pattern": ("\u2800", "a visible character"),
    "only variation selectors": ("\ufe0f\ufe0e", "a visible character"),
}


@pytest.mark.parametrize(("value", "reason"), HOSTILE.values(), ids=HOSTILE.keys())
def test_one_line_fields_refuse_hostile_text(value: str, reason: str) -> None:
    with pytest.raises(tm.FieldError) as info:
        tm.Person(id="p", name=value)
    assert info.value.field == "name"
    assert reason in info.value.reason


@pytest.mark.parametrize(("value", "reason"), HOSTILE.values(), ids=HOSTILE.keys())
def test_paragraph_fields_refuse_hostile_text(value: str, reason: str) -> None:
    with pytest.raises(tm.FieldError) as info:
        tm.Quote(id="q", text=value, source="s")
    assert reason in info.value.reason


@pytest.mark.parametrize(("value", "reason"), HOSTILE.values(), ids=HOSTILE.keys())
def test_hostile_text_is_refused_when_read(value: str, reason: str) -> None:
    document = tm.to_json(tm.Person(id="p", name="placeholder")).replace('"placeholder"', json.dumps(value))
    with pytest.raises(tm.DecodeError) as info:
        tm.from_json(document, tm.Person)
    ((path, message),) = [(item.path, item.message) for item in info.value.errors]
    assert path == "$.name"
    assert reason in message


@pytest.mark.parametrize("value", ["Line one\nline two", "Treaty\u2028text"])
def test_line_breaks_are_refused_in_one_line_fields(value: str) -> None:
    with pytest.raises(tm.FieldError, match=r"must be a single line: it holds a line break \(U\+"):
        tm.Agreement(id="a", title=value, kind=tm.AgreementKind.TREATY, parties=())
    with pytest.raises(tm.FieldError, match="single line"):
        tm.Organization(id="o", name="Org", other_names=(value,))


def test_paragraph_fields_keep_line_breaks_and_tabs() -> None:
    text = "Article 1.\n\tThe Parties shall cooperate.\n\nArticle 2."
    assert tm.Quote(id="q", text=text, source="s").text == text
    assert tm.Section(id="s", kind=tm.SectionKind.ARTICLE, text=text).text == text
    declaration = tm.Agreement(
        id="a", title="T", kind=tm.AgreementKind.TREATY, parties=(), preamble=text, summary=text
    )
    assert declaration.preamble == text


@pytest.mark.parametrize(
    "value",
    [
        "Title\twith a tab",
        "Договор о дружбе",
        "Қазақстан Республикасы",
        "معاهدة \u200fالصداقة",  # a right-to-left mark is a mark, not an override
        "میخواهم",  # a zero-width non-joiner, which Persian needs
        "👩\u200d💻 team",  # a zero-width joiner inside an emoji
        "co\u00adoperation",  # a soft hyphen inside a word
        "Mont\u00a0Blanc",
        "\u034fA",  # an invisible character before a visible one
    ],
)
def test_real_text_is_accepted(value: str) -> None:
    assert tm.Person(id="p", name=value).name == value
    assert _validators.is_text(value)


@given(st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), min_size=1, max_size=20))
def test_the_fast_path_and_the_reasons_agree(value: str) -> None:
    for one_line, validator in ((True, _validators.text), (False, _validators.paragraphs)):
        accepted = _validators.is_text(value, one_line=one_line)
        try:
            validator(None, _ATTRIBUTE, value)
        except tm.FieldError:
            assert not accepted
        else:
            assert accepted


class _Attribute:
    name = "field"


_ATTRIBUTE: object = _Attribute()

URLS_OK = [
    "https://example.org",
    "http://en.special.kremlin.ru/catalog/countries/KZ/events/78447",
    "https://example.org/path?query=1&b=%D0%B0#part",
    "https://user@example.org:8443/a/b;c=d",
    "https://[2001:db8::1]/x",
    "https://example.org/%E2%80%AE",  # percent-encoded: shown as such, safe
    "https://example.org/a(b)c'd!e*f+g,h",
]
URLS_BAD = [
    'https://example.org/"><script>alert(1)</script>',
    "https://example.org/\x07",
    "https://example.org/\x1b[2J",
    "https://example.org/a b",
    "https://example.org/\u202e",
    "https://example.org/событие",
    "https://example.org/%zz",
    "https:///path",
    "https://",
    "javascript:alert(1)",
    "ftp://example.org",
    "HTTPS://example.org",
    "/relative/path",
    "https://exa mple.org",
    "https://example.org/a\\b",
    "https://example.org/<tag>",
    "https://example.org/{x}",
    "https://example.org/a^b",
    "https://example.org/a`b",
    "https://example.org/a|b",
]


@pytest.mark.parametrize("url", URLS_OK)
def test_valid_urls(url: str) -> None:
    assert tm.Source(id="s", kind=tm.SourceKind.NEWS_ARTICLE, url=url).url == url


@pytest.mark.parametrize("url", URLS_BAD)
def test_urls_must_be_valid_under_rfc_3986(url: str) -> None:
    with pytest.raises(tm.FieldError, match=r"absolute http\(s\) URL under RFC 3986"):
        tm.Source(id="s", kind=tm.SourceKind.NEWS_ARTICLE, url=url)
    assert not _validators.is_url(url)


def test_every_bundled_record_still_loads() -> None:
    # The bundled records were written before these rules: they load, and write the same bytes.
    for name in datasets.names():
        text = tm.to_json(datasets.load(name))
        assert tm.to_json(tm.from_json(text, tm.Dossier)) == text


@given(st.text(max_size=10), st.sampled_from("aZ09Жअ中.-\\s"), st.text(max_size=10))
def test_a_visible_character_is_never_invisible(before: str, visible: str, after: str) -> None:
    assert _validators._INVISIBLE.fullmatch(before + visible + after) is None


# RFC 3986 transcribed as it reads (one alternative per character), to check the faster
# expression the validator uses against.
_U = r"A-Za-z0-9\-._~"
_S = r"!$&'()*+,;="
_PCT = r"%[0-9A-Fa-f]{2}"
_PCHAR = rf"(?:[{_U}{_S}:@]|{_PCT})"
_RFC_3986_HTTP = re.compile(
    rf"https?://(?:(?:[{_U}{_S}:]|{_PCT})*@)?"
    rf"(?:\[(?:[0-9A-Fa-f:.]+|v[0-9A-Fa-f]+\.[{_U}{_S}:]+)\]|(?:[{_U}{_S}]|{_PCT})+)(?::[0-9]*)?"
    rf"(?:/{_PCHAR}*)*(?:\?(?:{_PCHAR}|[/?])*)?(?:#(?:{_PCHAR}|[/?])*)?"
)


@given(
    st.sampled_from(["http://", "https://", "https://u:p@", "http://[::1]", "https://[v1.x]"]),
    st.text(alphabet="aZ09-._~!$&'()*+,;=:@%/?#[]{} \"<>\\^`|\x07éAf", max_size=24),
)
def test_the_url_check_is_rfc_3986(scheme: str, rest: str) -> None:
    url = scheme + rest
    assert _validators.is_url(url) == (_RFC_3986_HTTP.fullmatch(url) is not None)


# -- Inspectable validators (issue 15, item 2): what each validator checks is in its
# public attributes, which the schema generator reads.


def _record_fields() -> list[tuple[type, attrs.Attribute[Any]]]:
    return [(cls, a) for cls in RECORD_TYPES for a in attrs.fields(cls) if a.validator is not None]


def test_every_field_validator_says_what_it_adds_to_the_schema() -> None:
    for cls, attribute in _record_fields():
        described = getattr(attribute.validator, "json_schema", None)
        assert isinstance(described, Mapping), f"{cls.__name__}.{attribute.name}"


def test_a_validators_json_schema_cannot_be_changed() -> None:
    with pytest.raises(TypeError):
        _validators.identifier.json_schema["pattern"] = ".*"  # type: ignore[index]
    assert _validators.identifier.json_schema["pattern"] == _validators.ID_PATTERN


def test_factories_expose_what_they_were_given() -> None:
    kind = attrs.fields_dict(tm.Agreement)["kind"].validator
    assert (kind.enum, kind.optional) == (tm.AgreementKind, False)  # type: ignore[union-attr]
    level = attrs.fields_dict(tm.Agreement)["level"].validator
    assert (level.enum, level.optional) == (tm.AgreementLevel, True)  # type: ignore[union-attr]
    topics = attrs.fields_dict(tm.Commitment)["topics"].validator
    assert (topics.enum, topics.non_empty) == (tm.Topic, True)  # type: ignore[union-attr]
    assert dict(topics.json_schema) == {"uniqueItems": True, "minItems": 1}  # type: ignore[union-attr]
    party = attrs.fields_dict(tm.Signature)["party"].validator
    assert party.types == (tm.StateRef, tm.OrganizationRef)  # type: ignore[union-attr]
    signatures = attrs.fields_dict(tm.Agreement)["signatures"].validator
    assert (signatures.types, signatures.non_empty) == ((tm.Signature,), False)  # type: ignore[union-attr]
    assert dict(_validators.tuple_of(tm.Title, non_empty=True).json_schema) == {"minItems": 1}


@pytest.mark.parametrize(
    ("validator", "schema"),
    [
        (_validators.identifier, {"type": "string", "pattern": _validators.ID_PATTERN}),
        (_validators.optional_text, {"type": "string", "pattern": _validators.TEXT_PATTERN}),
        (
            _validators.state_codes,
            {"type": "array", "items": {"$ref": "#/$defs/StateCode"}, "uniqueItems": True},
        ),
        (_validators.years, {"minimum": 0, "maximum": _validators.MAX_YEARS}),
        (_validators.boolean, {}),
    ],
)
def test_function_validators_carry_their_schema(validator: Any, schema: dict[str, Any]) -> None:
    assert dict(validator.json_schema) == schema


def test_the_schema_generator_refuses_a_validator_without_a_schema() -> None:
    def bare(instance: Any, attribute: Any, value: Any) -> None:
        """A validator that says nothing of what it checks."""

    @attrs.frozen
    class Note:
        text: str = attrs.field(validator=bare)

    with pytest.raises(TypeError, match=r"does not know the validator of Note\.text"):
        schema._validator_schema(Note, attrs.fields(Note).text)
    described = _validators.described({"minLength": 3})(bare)
    assert schema._validator_schema(Note, attrs.fields(Note).text.evolve(validator=described)) == {
        "minLength": 3
    }


# A variant of the date of signature of the Treaty on the Eurasian Economic Union,
# signed in Astana on 29 May 2014 (https://en.wikipedia.org/wiki/Treaty_on_the_Eurasian_Economic_Union).
def test_a_variant_names_at_least_one_source() -> None:
    with pytest.raises(tm.FieldError, match="must name at least one source"):
        tm.Variant(field="date", value="2014-05-28", sources=())
    variant = tm.Variant(field="date", value="2014-05-28", sources=["tass"])  # type: ignore[arg-type]
    assert variant.sources == ("tass",)


def test_a_bad_source_of_a_variant_is_named_at_its_item() -> None:
    document = {
        "format": "treatymodel",
        "version": "1.0",
        "field": "date",
        "value": "2014-05-28",
        "sources": ["tass", "not an id"],
    }
    with pytest.raises(tm.DecodeError) as info:
        tm.from_json(json.dumps(document), tm.Variant)
    assert [item.path for item in info.value.errors] == ["$.sources[1]"]
    document["sources"] = []
    with pytest.raises(tm.DecodeError) as info:
        tm.from_json(json.dumps(document), tm.Variant)
    assert [(item.path, "at least one source" in item.message) for item in info.value.errors] == [
        ("$.sources", True)
    ]
