from __future__ import annotations

import copy
import pickle

import attrs
import orjson
import pytest
from hypothesis import given, settings

import treatymodel as tm
from conftest import day
from strategies import dossiers, invariant_violations
from treatymodel import _dossier
from treatymodel._exchange import exchanged_as


def test_lookups_by_id(seed_dossier: tm.Dossier) -> None:
    d = seed_dossier
    assert d.state("RUS").capital == "Moscow"
    assert d.organization("csto").acronym == "CSTO"
    assert d.person("tokayev").name == "Kassym-Jomart Tokayev"
    assert d.office("president-kaz").role is tm.OfficeRole.HEAD_OF_STATE
    assert d.visit("tokayev-state-visit-2025").kind is tm.VisitKind.STATE
    assert d.event("gala-concert").kind is tm.EventKind.CULTURAL_EVENT
    assert d.agreement("ru-kz-declaration-2025").kind is tm.AgreementKind.DECLARATION
    assert d.source("kremlin-78447").publisher == "Kremlin"
    assert d.quote("q-tokayev").speaker == tm.PersonRef(id="tokayev")


def test_party_lookup(seed_dossier: tm.Dossier) -> None:
    assert seed_dossier.party(tm.StateRef(code="KAZ")).code == "KAZ"  # type: ignore[union-attr]
    assert seed_dossier.party(tm.OrganizationRef(id="eaeu")).label == "EAEU"  # type: ignore[union-attr]
    assert seed_dossier.party_name(tm.StateRef(code="RUS")) == "Russia"
    assert seed_dossier.party_name(tm.OrganizationRef(id="csto")) == "CSTO"
    assert seed_dossier.party_name(tm.StateRef(code="FRA")) == "FRA"


@pytest.mark.parametrize(
    ("method", "id"),
    [
        ("state", "FRA"),
        ("organization", "nato"),
        ("person", "nazarbayev"),
        ("office", "president-fra"),
        ("visit", "putin-astana-2024"),
        ("event", "state-dinner"),
        ("agreement", "ru-kz-treaty-1992"),
        ("source", "tass"),
        ("quote", "q-putin"),
    ],
)
def test_missing_records_raise(seed_dossier: tm.Dossier, method: str, id: str) -> None:
    with pytest.raises(tm.RecordNotFoundError) as info:
        getattr(seed_dossier, method)(id)
    assert isinstance(info.value, KeyError)
    assert isinstance(info.value, tm.TreatyModelError)
    assert (info.value.kind, info.value.id) == (method, id)
    assert id in str(info.value)


def test_lookup_of_one_kind_does_not_find_another(seed_dossier: tm.Dossier) -> None:
    with pytest.raises(tm.RecordNotFoundError):
        seed_dossier.person("president-rus")
    assert seed_dossier.has("office", "president-rus")
    assert not seed_dossier.has("person", "president-rus")


def test_missing_party_raises(seed_dossier: tm.Dossier) -> None:
    with pytest.raises(KeyError):
        seed_dossier.party(tm.OrganizationRef(id="eu"))


@pytest.mark.parametrize(
    ("person", "on", "offices"),
    [
        ("putin", "2025-11-12", ["president-rus"]),
        ("putin", "2012-05-07", ["president-rus"]),
        ("putin", "2012-05-06", []),
        ("putin", "2012-05", []),
        ("putin", "2013", ["president-rus"]),
        ("tokayev", "2019-03-20", ["president-kaz"]),
        ("tokayev", "2019-03-19", []),
        ("tokayev", "2025-11", ["president-kaz"]),
        ("nazarbayev", "2000", []),
    ],
)
def test_offices_held_by_date(seed_dossier: tm.Dossier, person: str, on: str, offices: list[str]) -> None:
    assert [o.id for o in seed_dossier.offices_held(person, day(on))] == offices


@pytest.mark.parametrize(
    ("office", "on", "holders"),
    [
        ("president-kaz", "2025-11-12", ["tokayev"]),
        ("president-kaz", "2018", []),
        ("president-rus", "2025", ["putin"]),
        ("president-fra", "2025", []),
    ],
)
def test_holders_by_date(seed_dossier: tm.Dossier, office: str, on: str, holders: list[str]) -> None:
    assert [p.id for p in seed_dossier.holders(office, day(on))] == holders


def test_holders_across_a_change_of_office_holder(seed_dossier: tm.Dossier) -> None:
    nazarbayev = tm.Person(id="nazarbayev", name="Nursultan Nazarbayev")
    earlier = tm.Tenure(
        person="nazarbayev", office="president-kaz", start=day("1990-04-24"), end=day("2019-03-19")
    )
    d = attrs.evolve(
        seed_dossier, persons=(*seed_dossier.persons, nazarbayev), tenures=(*seed_dossier.tenures, earlier)
    )
    assert [p.id for p in d.holders("president-kaz", day("1992-05-25"))] == ["nazarbayev"]
    assert [p.id for p in d.holders("president-kaz", day("2019-03-20"))] == ["tokayev"]
    assert d.holders("president-kaz", day("2019-03")) == ()
    assert [t.office for t in d.tenures_of("nazarbayev")] == ["president-kaz"]


def test_offices_held_skips_unknown_offices(seed_dossier: tm.Dossier) -> None:
    extra = tm.Tenure(person="putin", office="chair-of-something", start=day("2000"))
    d = attrs.evolve(seed_dossier, tenures=(*seed_dossier.tenures, extra))
    assert [o.id for o in d.offices_held("putin", day("2025-11-12"))] == ["president-rus"]


def test_events_iterates_with_their_visit(seed_dossier: tm.Dossier) -> None:
    pairs = list(seed_dossier.events())
    assert len(pairs) == 5
    assert all(v.id == "tokayev-state-visit-2025" for v, _ in pairs)


def test_first_record_with_a_duplicate_id_wins(putin: tm.Person) -> None:
    impostor = tm.Person(id="putin", name="Someone Else")
    d = tm.Dossier(id="dup", title="Duplicates", persons=(putin, impostor))
    assert d.person("putin") is putin


def test_empty_dossier() -> None:
    d = tm.Dossier(id="empty", title="Nothing yet")
    assert not d.has("state", "RUS")
    assert list(d.events()) == []


def test_index_is_not_part_of_equality(seed_dossier: tm.Dossier) -> None:
    copy = attrs.evolve(seed_dossier)
    seed_dossier.person("putin")  # builds the index of one of them
    assert copy == seed_dossier


def test_the_index_is_a_cache_not_a_field(seed_dossier: tm.Dossier) -> None:
    d = attrs.evolve(seed_dossier)
    assert "_index" not in attrs.fields_dict(tm.Dossier)
    before = (hash(d), repr(d), tm.to_json(d))
    index = d._index
    assert d._index is index  # built once, on first use
    assert index[("person", "putin")] is d.person("putin")
    assert (hash(d), repr(d), tm.to_json(d)) == before
    # A pickle or a copy carries the records, not the cache: it builds its own.
    for other in (pickle.loads(pickle.dumps(d)), copy.copy(d), copy.deepcopy(d)):
        assert other == d
        assert type(other) is tm.Dossier
        assert other.person("putin") == d.person("putin")
        assert other._index is not index


def test_the_convenient_dossier_is_exchanged_as_the_records_dossier(seed_dossier: tm.Dossier) -> None:
    assert issubclass(tm.Dossier, _dossier.Dossier)
    assert attrs.fields(tm.Dossier) == attrs.fields(_dossier.Dossier)
    assert exchanged_as(tm.Dossier) is _dossier.Dossier
    text = tm.to_json(seed_dossier)
    assert tm.to_json(_dossier.Dossier(**attrs.asdict(seed_dossier, recurse=False))) == text
    assert type(tm.from_json(text, tm.Dossier)) is tm.Dossier
    assert type(tm.from_dict(orjson.loads(text), tm.Dossier)) is tm.Dossier
    assert tm.json_schema(tm.Dossier) == tm.json_schema(_dossier.Dossier) == tm.json_schema()


def test_a_subclass_that_adds_a_field_is_not_a_record_type() -> None:
    @attrs.frozen(kw_only=True)
    class Annotated(tm.Dossier):
        note: str = ""

    assert exchanged_as(Annotated) is None
    with pytest.raises(TypeError, match="Annotated is not a treatymodel record type"):
        tm.to_json(Annotated(id="d", title="Dossier"))
    with pytest.raises(TypeError, match="not a treatymodel record type"):
        tm.from_json('{"format": "treatymodel", "version": "1.3", "id": "d", "title": "D"}', Annotated)


def test_dossier_is_frozen(seed_dossier: tm.Dossier) -> None:
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        seed_dossier.title = "Other"  # type: ignore[misc]


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("id", ""),
        ("title", ""),
        ("description", " "),
        ("states", ("RUS",)),
        ("organizations", {tm.Organization(id="un", name="United Nations")}),
        ("persons", ("putin",)),
        ("offices", (tm.Person(id="putin", name="Vladimir Putin"),)),
        ("tenures", (None,)),
        ("visits", ({},)),
        ("agreements", ("decl",)),
        ("sources", ("kremlin",)),
        ("quotes", ("will open a new era",)),
    ],
)
def test_dossier_validators(field: str, value: object) -> None:
    from conftest import assert_rejects

    assert_rejects(tm.Dossier, {"id": "d", "title": "Dossier"}, field, value)


def test_seed_dossier_references_resolve(seed_dossier: tm.Dossier) -> None:
    assert invariant_violations(seed_dossier) == []


def test_invariant_checker_catches_broken_references(seed_dossier: tm.Dossier) -> None:
    broken = attrs.evolve(seed_dossier, persons=seed_dossier.persons[:1], sources=())
    problems = invariant_violations(broken)
    assert any("unknown person 'tokayev'" in p for p in problems)
    assert any("unknown source" in p for p in problems)


@settings(max_examples=60)
@given(dossiers())
def test_generated_dossiers_are_consistent(dossier: tm.Dossier) -> None:
    assert invariant_violations(dossier) == []


@settings(max_examples=20)
@given(dossiers())
def test_generated_dossiers_lookups_find_every_record(dossier: tm.Dossier) -> None:
    assert attrs.evolve(dossier) == dossier
    for state in dossier.states:
        assert dossier.state(state.code) is state
    for person in dossier.persons:
        assert dossier.person(person.id) is person
    for agreement in dossier.agreements:
        assert dossier.agreement(agreement.id) is agreement
        for signature in agreement.signatures:
            held = dossier.offices_held(signature.signatory, signature.date)
            assert signature.office in {o.id for o in held}
    for visit, event in dossier.events():
        assert dossier.event(event.id) is event
        assert dossier.visit(visit.id) is visit
