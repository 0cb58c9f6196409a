"""Friendlier construction: the obvious spellings a constructor converts, and what it still refuses.

Facts are those of the bundled seed record (ru-kz-2025): the Declaration signed in
Moscow on 12 November 2025 by Vladimir Putin and Kassym-Jomart Tokayev,
http://en.special.kremlin.ru/catalog/countries/KZ/events/78447.
"""

from __future__ import annotations

import datetime as dt
import enum
from typing import Any

import attrs
import pytest
from hypothesis import given, settings

import treatymodel as tm
from conftest import assert_rejects, day
from strategies import agreements, visits

RUS, KAZ = tm.StateRef(code="RUS"), tm.StateRef(code="KAZ")
DECLARATION: dict[str, Any] = {
    "id": "ru-kz-declaration-2025",
    "title": "Declaration on the transition of bilateral relations to the level of a comprehensive "
    "strategic partnership and alliance",
    "kind": tm.AgreementKind.DECLARATION,
}


@pytest.mark.parametrize(
    ("cls", "valid", "field", "spelling", "meant"),
    [
        (tm.Agreement, DECLARATION, "kind", "declaration", tm.AgreementKind.DECLARATION),
        (tm.Agreement, DECLARATION, "level", "interstate", tm.AgreementLevel.INTERSTATE),
        (tm.Agreement, DECLARATION, "parties", ["RUS", "KAZ"], (RUS, KAZ)),
        (tm.Agreement, DECLARATION, "parties", ("RUS", KAZ), (RUS, KAZ)),
        (tm.Agreement, DECLARATION, "date", dt.date(2025, 11, 12), day("2025-11-12")),
        (tm.Agreement, DECLARATION, "date", "2025-11-12", day("2025-11-12")),
        (tm.Agreement, DECLARATION, "date", "2025-11", day("2025-11")),
        (tm.Agreement, DECLARATION, "date", "2025-11-12?", tm.UncertainDate.parse("2025-11-12?")),
        (tm.Agreement, DECLARATION, "languages", ["ru", "kk"], ("ru", "kk")),
        (tm.Agreement, DECLARATION, "sources", ["kremlin-78447"], ("kremlin-78447",)),
        (tm.Signature, {"signatory": "putin"}, "party", "RUS", RUS),
        (
            tm.Office,
            {"id": "president-kaz", "title": "President", "role": "head_of_state"},
            "represents",
            "KAZ",
            KAZ,
        ),
        (
            tm.Tenure,
            {"person": "tokayev", "office": "president-kaz"},
            "start",
            dt.date(2019, 3, 20),
            day("2019-03-20"),
        ),
        (
            tm.Tenure,
            {"person": "tokayev", "office": "president-kaz"},
            "held_on",
            ["2025-11-12"],
            (day("2025-11-12"),),
        ),
        (
            tm.Source,
            {"id": "kremlin-78447", "kind": "official_statement"},
            "published",
            "2025-11-12",
            day("2025-11-12"),
        ),
        (
            tm.Commitment,
            {"id": "c-csto", "verb": "support", "summary": "Strengthen the CSTO's capacity"},
            "topics",
            ["security"],
            (tm.Topic.SECURITY,),
        ),
        (tm.BodyRef, {"name": "Ministry of Foreign Affairs"}, "of", "RUS", RUS),
        (
            tm.Visit,
            {
                "id": "v",
                "kind": "state",
                "guest": "tokayev",
                "guest_state": "KAZ",
                "host": "putin",
                "host_state": "RUS",
                "start": "2025-11-11",
            },
            "end",
            dt.date(2025, 11, 12),
            day("2025-11-12"),
        ),
    ],
)
def test_an_obvious_spelling_is_converted(
    cls: type, valid: dict[str, Any], field: str, spelling: object, meant: object
) -> None:
    record = cls(**{**valid, field: spelling})
    assert getattr(record, field) == meant
    assert type(getattr(record, field)) is type(meant)
    assert record == cls(**{**valid, field: meant})


def test_a_spelling_in_a_nested_list_is_converted_item_by_item() -> None:
    declaration = tm.Agreement(
        **DECLARATION,
        parties=["RUS", "KAZ"],
        signatures=[
            tm.Signature(signatory="putin", party="RUS", date="2025-11-12", office="president-rus"),
            tm.Signature(
                signatory="tokayev", party="KAZ", date=dt.date(2025, 11, 12), office="president-kaz"
            ),
        ],
    )
    assert isinstance(declaration.signatures, tuple)
    assert [s.party for s in declaration.signatures] == [RUS, KAZ]
    assert {s.date for s in declaration.signatures} == {day("2025-11-12")}


def test_evolve_converts_too() -> None:
    declaration = tm.Agreement(**DECLARATION)
    assert attrs.evolve(declaration, kind="treaty").kind is tm.AgreementKind.TREATY


@pytest.mark.parametrize(
    ("field", "value", "reason"),
    [
        ("kind", "treatyy", "must be a AgreementKind ("),
        ("kind", 1, "must be a AgreementKind ("),
        ("parties", ["RUX"], "must be a tuple of StateRef or OrganizationRef"),
        ("parties", "RUS", "must be a tuple of StateRef or OrganizationRef"),
        ("parties", ["RUS", 7], "must be a tuple of StateRef or OrganizationRef"),
        ("parties", ["rus"], "must be a tuple of StateRef or OrganizationRef"),
        ("date", "2025-13-01", "must be a PartialDate or UncertainDate"),
        ("date", "12 November 2025", "must be a PartialDate or UncertainDate"),
        ("date", dt.datetime(2025, 11, 12, 10), "must be a PartialDate or UncertainDate"),
        ("sources", ("kremlin 78447",), "must be a tuple of identifiers"),
        ("sources", {"kremlin-78447"}, "must be a tuple of identifiers"),
        ("languages", ["ru", "ru"], "must be a tuple of distinct language tags"),
    ],
)
def test_anything_else_is_refused_with_the_message_naming_what_was_given(
    field: str, value: object, reason: str
) -> None:
    error = assert_rejects(tm.Agreement, DECLARATION, field, value)
    assert error.reason.startswith(reason)


def test_a_state_code_is_not_read_as_an_actor() -> None:
    # Whoever reports a fact may be a person, an office, a state...: "RUS" could be any of them.
    with pytest.raises(tm.FieldError, match=r"Certainty\.by"):
        tm.Certainty(level=tm.CertaintyLevel.DISPUTED, by=["RUS"])
    assert tm.Certainty(level="disputed", by=[RUS]).by == (RUS,)


def test_the_json_reader_stays_strict() -> None:
    text = (
        '{"format":"treatymodel","version":"1.2","id":"d","title":"D","kind":"declaration",'
        '"parties":["RUS","KAZ"]}'
    )
    with pytest.raises(tm.DecodeError) as info:
        tm.from_json(text, tm.Agreement)
    assert {e.path for e in info.value.errors} == {"$.parties[0]", "$.parties[1]"}


def _loose(value: Any, party: bool) -> Any:
    """``value`` as a person might write it: lists, enum values, dates and ISO strings, state codes."""
    if isinstance(value, tuple):
        return [_loose(item, party) for item in value]
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, tm.PartialDate):
        return value.as_date() or value.isoformat()
    if isinstance(value, tm.UncertainDate):
        return value.isoformat()
    if party and isinstance(value, tm.StateRef):
        return value.code
    return value


def _records(value: Any) -> list[Any]:
    if isinstance(value, tuple):
        return [r for item in value for r in _records(item)]
    if not attrs.has(type(value)) or isinstance(value, tm.PartialDate | tm.UncertainDate):
        return []
    return [value, *(r for a in attrs.fields(type(value)) for r in _records(getattr(value, a.name)))]


def _loosened(record: Any) -> Any:
    fields = attrs.fields(type(record))
    return {
        a.name: _loose(getattr(record, a.name), "PartyRef" in str(a.type) and "ActorRef" not in str(a.type))
        for a in fields
    }


@settings(max_examples=40, deadline=None)
@given(agreements())
def test_every_record_of_an_agreement_built_from_loose_spellings_is_the_same(agreement: tm.Agreement) -> None:
    for record in _records(agreement):
        assert type(record)(**_loosened(record)) == record


@settings(max_examples=25, deadline=None)
@given(visits())
def test_every_record_of_a_visit_built_from_loose_spellings_is_the_same(visit: tm.Visit) -> None:
    for record in _records(visit):
        assert type(record)(**_loosened(record)) == record


# -- Every query that takes a date takes a datetime.date, a PartialDate, an
# UncertainDate or an ISO string.

ON = (dt.date(2025, 11, 12), day("2025-11-12"), "2025-11-12")


@pytest.mark.parametrize("on", ON)
def test_offices_held_and_holders_take_every_kind_of_date(seed_dossier: tm.Dossier, on: tm.DateLike) -> None:
    assert [o.id for o in seed_dossier.offices_held("tokayev", on)] == ["president-kaz"]
    assert [p.id for p in seed_dossier.holders("president-kaz", on)] == ["tokayev"]
    assert [p.id for p in seed_dossier.office_holders("president-kaz", on)] == ["tokayev"]


ONE_OF_TWO_DAYS = tm.UncertainDate.parse("[2025-11-12,2025-11-13]")


@pytest.mark.parametrize("on", [*ON, ONE_OF_TWO_DAYS, dt.datetime(2025, 11, 12, 9)])
def test_lifecycle_queries_take_every_kind_of_date(seed_dossier: tm.Dossier, on: tm.DateLike) -> None:
    declaration = "ru-kz-declaration-2025"
    expected = seed_dossier.status(declaration, day("2025-11-12"), party="KAZ")
    assert seed_dossier.status(declaration, on, party="KAZ") == expected
    assert seed_dossier.standing(declaration, on, party="KAZ") == seed_dossier.standing(
        declaration, day("2025-11-12"), party="KAZ"
    )
    assert seed_dossier.parties_on(declaration, on) == seed_dossier.parties_on(declaration, day("2025-11-12"))
    assert seed_dossier.expiry(declaration, on) == seed_dossier.expiry(declaration, day("2025-11-12"))
    relationship = seed_dossier.relationship("RUS", "KAZ", on)
    assert relationship == seed_dossier.relationship("RUS", "KAZ", day("2025-11-12"))


@pytest.mark.parametrize("on", ON)
def test_record_queries_take_every_kind_of_date(seed_dossier: tm.Dossier, on: tm.DateLike) -> None:
    tenure = next(t for t in seed_dossier.tenures if t.person == "tokayev")
    assert tenure.covers(on)
    assert tenure.may_cover(on)
    visit = seed_dossier.visit("tokayev-state-visit-2025")
    assert visit.events_on(on) == visit.events_on(day("2025-11-12")) != ()
    assert day("2025-11").contains(on)
    assert day("2025").overlaps(on)
    assert day("2025-11-11").is_before(on)
    assert day("2025-11-13").is_after(on)


@pytest.mark.parametrize(("on", "error"), [(20251112, TypeError), ("12 Nov 2025", tm.FieldError)])
def test_a_query_refuses_what_is_not_a_date(seed_dossier: tm.Dossier, on: Any, error: type) -> None:
    with pytest.raises(error):
        seed_dossier.offices_held("tokayev", on)
    with pytest.raises(error):
        seed_dossier.status("ru-kz-declaration-2025", on)


# -- tm.from_dict: a plain dict, without the format header.


def test_from_dict_reads_a_plain_dict() -> None:
    plain = {"id": "putin", "name": "Vladimir Putin"}
    assert tm.from_dict(plain, tm.Person) == tm.Person(id="putin", name="Vladimir Putin")
    with_header = {"format": "treatymodel", "version": "1.2", **plain}
    assert tm.from_dict(with_header, tm.Person) == tm.from_dict(plain, tm.Person)


def test_from_dict_takes_python_values_for_json_ones() -> None:
    declaration = tm.from_dict(
        {
            **DECLARATION,
            "parties": (RUS, {"type": "state", "code": "KAZ"}),
            "date": dt.date(2025, 11, 12),
            "signatures": [tm.Signature(signatory="putin", party=RUS, date=day("2025-11-12"))],
        },
        tm.Agreement,
    )
    assert declaration.parties == (RUS, KAZ)
    assert declaration.date == day("2025-11-12")
    assert declaration.signatures[0].signatory == "putin"


def test_from_dict_reports_every_problem_with_its_path() -> None:
    with pytest.raises(tm.DecodeError) as info:
        tm.from_dict({"id": 7}, tm.Person)
    assert [e.path for e in info.value.errors] == ["$.id", "$.name"]
    with pytest.raises(tm.DecodeError, match="not plain data"):
        tm.from_dict({"id": "putin", "name": object()}, tm.Person)
    with pytest.raises(TypeError):
        tm.from_dict([("id", "putin")], tm.Person)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        tm.from_dict({"id": "putin"}, dict)
