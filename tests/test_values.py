from __future__ import annotations

import attrs
import pytest
from hypothesis import given

import treatymodel as tm
from conftest import assert_rejects
from strategies import places, titles, variants


def test_place_with_venue_town_and_state() -> None:
    place = tm.Place(name="Bolshoi Theatre", locality="Moscow", state="RUS")
    assert (place.name, place.locality, place.state) == ("Bolshoi Theatre", "Moscow", "RUS")
    assert tm.Place(name="Astana").state is None


def test_place_in_a_historic_state() -> None:
    assert tm.Place(name="Kremlin", locality="Moscow", state="SUN").state == "SUN"


def test_title_in_russian_and_kazakh() -> None:
    ru = tm.Title(
        text="Декларация о переходе межгосударственных отношений",
        lang="ru",
        sources=("rbc", "topwar"),
        note="полное название",
    )
    kk = tm.Title(text="Мемлекетаралық қатынастарды көшу туралы декларация", lang="kk-Cyrl")
    assert ru.sources == ("rbc", "topwar")
    assert kk.lang == "kk-Cyrl"


def test_variant_records_a_conflicting_duration() -> None:
    variant = tm.Variant(
        field="duration", value="PT2H", sources=("other-outlet",), note="one outlet says two hours"
    )
    assert variant.value == "PT2H"


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("name", ""),
        ("name", " Kremlin"),
        ("name", None),
        ("locality", ""),
        ("locality", "Moscow\n"),
        ("state", "RU"),
        ("state", "rus"),
        ("state", "XXX"),
        ("state", 643),
    ],
)
def test_place_validators(field: str, value: object) -> None:
    assert_rejects(tm.Place, {"name": "Kremlin"}, field, value)


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("text", ""),
        ("text", "   "),
        ("lang", "english"),
        ("lang", "EN"),
        ("lang", "xx"),
        ("lang", ""),
        ("lang", None),
        ("sources", {"kremlin"}),
        ("sources", ("",)),
        ("sources", ("has space",)),
        ("note", ""),
    ],
)
def test_title_validators(field: str, value: object) -> None:
    assert_rejects(tm.Title, {"text": "Declaration", "lang": "en"}, field, value)


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("field", ""),
        ("field", "has space"),
        ("value", ""),
        ("value", 2),
        ("sources", ()),
        ("sources", ("-leading-hyphen",)),
        ("note", " "),
    ],
)
def test_variant_validators(field: str, value: object) -> None:
    assert_rejects(tm.Variant, {"field": "duration", "value": "PT2H", "sources": ("tass",)}, field, value)


@pytest.mark.parametrize("tag", ["en", "ru", "kk", "kk-Cyrl", "kk-Latn", "sr-Latn", "zh-Hans-CN", "fil"])
def test_language_tags_accepted(tag: str) -> None:
    assert tm.Title(text="x", lang=tag).lang == tag


def test_values_are_frozen() -> None:
    place = tm.Place(name="Kremlin")
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        place.name = "Akorda"  # type: ignore[misc]


def test_evolve_reruns_validators() -> None:
    with pytest.raises(tm.FieldError):
        attrs.evolve(tm.Place(name="Kremlin", state="RUS"), state="Russia")


@given(places())
def test_generated_places_survive_evolve(place: tm.Place) -> None:
    assert attrs.evolve(place) == place
    assert place.name == place.name.strip()


@given(titles())
def test_generated_titles_survive_evolve(title: tm.Title) -> None:
    assert attrs.evolve(title) == title


@given(variants())
def test_generated_variants_name_a_source(variant: tm.Variant) -> None:
    assert variant.sources
    assert attrs.evolve(variant) == variant
