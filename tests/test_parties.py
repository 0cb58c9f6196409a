from __future__ import annotations

import attrs
import pytest
from hypothesis import given

import treatymodel as tm
from conftest import assert_rejects
from strategies import organization_refs, organizations, party_refs, state_refs, states
from treatymodel import crosswalk
from treatymodel.parties import resolve_state_code


@pytest.mark.parametrize(
    ("query", "code"),
    [
        ("KZ", "KAZ"),
        ("KAZ", "KAZ"),
        ("Kazakhstan", "KAZ"),
        ("RU", "RUS"),
        ("Russia", "RUS"),
        ("Russian Federation", "RUS"),
        ("kaz", "KAZ"),
        ("FR", "FRA"),
        ("United States", "USA"),
        ("Germany", "DEU"),
    ],
)
def test_lookup_current_states(query: str, code: str) -> None:
    state = tm.State.lookup(query)
    assert state.code == code
    assert state.id == code
    assert not state.historic


@pytest.mark.parametrize(
    ("query", "code"),
    [("SUN", "SUN"), ("SU", "SUN"), ("YUG", "YUG"), ("YU", "YUG"), ("CSK", "CSK"), ("DDR", "DDR")],
)
def test_lookup_historic_states(query: str, code: str) -> None:
    state = tm.State.lookup(query)
    assert state.code == code
    assert state.historic


@pytest.mark.parametrize(
    ("query", "code"),
    [
        ("TUR", "TUR"),
        ("Türkiye", "TUR"),
        ("CZE", "CZE"),
        ("Czechia", "CZE"),
        ("SWZ", "SWZ"),
        ("Eswatini", "SWZ"),
    ],
)
def test_renamed_states_keep_their_code(query: str, code: str) -> None:
    state = tm.State.lookup(query)
    assert state.code == code
    assert not state.historic


def test_renamed_state_display_names() -> None:
    assert tm.State(code="TUR").display_name == "Türkiye"
    assert tm.State(code="CZE").iso_name == "Czechia"


@pytest.mark.parametrize("query", ["Korea", "Virgin Islands"])
def test_ambiguous_names_raise(query: str) -> None:
    with pytest.raises(tm.FieldError, match="candidates") as info:
        tm.State.lookup(query)
    assert info.value.owner == "State"
    assert info.value.field == "code"


@pytest.mark.parametrize("query", ["", "   ", "Atlantis", "QQQ"])
def test_unknown_states_raise(query: str) -> None:
    with pytest.raises(tm.FieldError):
        resolve_state_code(query)


@pytest.mark.parametrize(
    ("query", "code"), [("USSR", "SUN"), ("Yugoslavia", "YUG"), ("Czechoslovakia", "CSK")]
)
def test_historic_short_names_resolve(query: str, code: str) -> None:
    assert tm.State.lookup(query).code == code


@pytest.mark.parametrize(
    ("query", "code"), [("Turkey", "TUR"), ("Swaziland", "SWZ"), ("Republic of Korea", "KOR")]
)
def test_former_and_un_names_resolve_through_the_crosswalk(query: str, code: str) -> None:
    # "Republic of Korea" once resolved to PRK, the one name that contained it (issue 18).
    assert tm.State.lookup(query).code == code
    assert resolve_state_code(query) == code


@pytest.mark.parametrize("query", ["XX", "Qq", "Zzzz"])
def test_nonsense_is_not_a_state(query: str) -> None:
    with pytest.raises(tm.FieldError):
        tm.State.lookup(query)


def test_historic_display_name_is_not_inverted() -> None:
    assert tm.State(code="SUN").display_name == "USSR"
    assert tm.State(code="YUG").display_name == "Yugoslavia"


def test_ussr_as_a_historic_state() -> None:
    ussr = tm.State(code="SUN", name="Soviet Union", capital="Moscow")
    assert ussr.historic
    assert ussr.display_name == "Soviet Union"
    assert "Soviet" in ussr.iso_name
    assert ussr.ref() == tm.StateRef(code="SUN")


def test_state_names() -> None:
    kaz = tm.State.lookup("Kazakhstan", capital="Astana")
    assert kaz.display_name == "Kazakhstan"
    assert kaz.official_name == "Republic of Kazakhstan"
    assert kaz.capital == "Astana"
    assert tm.State(code="RUS", name="Russia").display_name == "Russia"


def test_refs() -> None:
    rus = tm.StateRef(code="RUS")
    eu = tm.OrganizationRef(id="eu")
    assert (rus.id, str(rus), rus.TAG) == ("RUS", "RUS", "state")
    assert (eu.id, str(eu), eu.TAG) == ("eu", "eu", "organization")
    assert rus != tm.OrganizationRef(id="RUS")
    assert len({rus, tm.StateRef(code="RUS"), eu}) == 2


def test_organizations_as_parties_or_named() -> None:
    eu = tm.Organization(
        id="eu",
        name="European Union",
        acronym="EU",
        other_names=("Union européenne", "Европейский союз"),
        url="https://european-union.europa.eu",
    )
    csto = tm.Organization(id="csto", name="Collective Security Treaty Organization")
    assert eu.label == "EU"
    assert csto.label == "Collective Security Treaty Organization"
    assert eu.ref() == tm.OrganizationRef(id="eu")


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("code", "RU"),
        ("code", "rus"),
        ("code", "XXX"),
        ("code", None),
        ("code", 643),
        ("name", ""),
        ("capital", " "),
    ],
)
def test_state_validators(field: str, value: object) -> None:
    assert_rejects(tm.State, {"code": "RUS"}, field, value)


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("id", ""),
        ("id", "CSTO org"),
        ("id", "-csto"),
        ("name", ""),
        ("acronym", ""),
        ("other_names", {"ОДКБ"}),
        ("other_names", ("",)),
        ("url", "odkb-csto.org"),
        ("url", "ftp://odkb-csto.org"),
        ("url", "https://odkb csto.org"),
    ],
)
def test_organization_validators(field: str, value: object) -> None:
    assert_rejects(tm.Organization, {"id": "csto", "name": "CSTO"}, field, value)


@pytest.mark.parametrize(
    ("cls", "field", "value"), [(tm.StateRef, "code", "Russia"), (tm.OrganizationRef, "id", "")]
)
def test_ref_validators(cls: type, field: str, value: object) -> None:
    assert_rejects(cls, {}, field, value)


def test_states_are_frozen_and_evolve_validates() -> None:
    kaz = tm.State(code="KAZ")
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        kaz.code = "RUS"  # type: ignore[misc]
    assert attrs.evolve(kaz, capital="Astana").capital == "Astana"
    with pytest.raises(tm.FieldError):
        attrs.evolve(kaz, code="KZ")


@given(states())
def test_generated_states(state: tm.State) -> None:
    assert attrs.evolve(state) == state
    assert state.display_name
    # A renamed state's withdrawn code (ZAR, BUR) resolves to its current one.
    renamed = {e.key: e.code for e in crosswalk.entries("name") if e.scheme == "code"}
    assert tm.State.lookup(state.code).code == renamed.get(state.code, state.code)


@given(organizations())
def test_generated_organizations(org: tm.Organization) -> None:
    assert attrs.evolve(org) == org
    assert org.ref().id == org.id


@given(party_refs(), state_refs(), organization_refs())
def test_generated_refs(party: tm.PartyRef, state: tm.StateRef, org: tm.OrganizationRef) -> None:
    assert attrs.evolve(party) == party
    assert str(state) == state.code
    assert str(org) == org.id
