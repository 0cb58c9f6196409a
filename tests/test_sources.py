from __future__ import annotations

import attrs
import pytest
from hypothesis import given

import treatymodel as tm
from conftest import assert_rejects, day
from strategies import quotes, sources


def test_kremlin_source(kremlin_source: tm.Source) -> None:
    assert kremlin_source.kind is tm.SourceKind.OFFICIAL_STATEMENT
    assert kremlin_source.published == day("2025-11-12")
    assert kremlin_source.url is not None
    assert kremlin_source.url.startswith("http://en.special.kremlin.ru/")


def test_russian_news_source() -> None:
    source = tm.Source(
        id="lenta",
        kind=tm.SourceKind.NEWS_ARTICLE,
        publisher="Лента.ру",
        title="Уровень отношений России и Казахстана изменился",
        url="https://lenta.ru/news/2025/11/12/uroven-otnosheniy-rossii-i-kazahstana-izmenilsya/",
        published=day("2025-11-12"),
        retrieved=day("2025-11"),
        lang="ru",
    )
    assert source.lang == "ru"


def test_tokayev_quote(seed_dossier: tm.Dossier) -> None:
    quote = seed_dossier.quote("q-tokayev")
    assert quote.speaker == tm.PersonRef(id="tokayev")
    assert quote.text == "will open a new era in bilateral relations"
    assert quote.translated is True
    assert seed_dossier.source(quote.source).kind is tm.SourceKind.NEWS_ARTICLE


def test_quote_from_a_document() -> None:
    quote = tm.Quote(
        id="q-decl",
        text="Recognizing the growing international authority of the Eurasian Economic Union",
        source="kremlin-78447",
        agreement="ru-kz-declaration-2025",
    )
    assert quote.speaker is None


SOURCE = {"id": "kremlin", "kind": tm.SourceKind.OFFICIAL_STATEMENT, "publisher": "Kremlin"}


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("id", ""),
        ("kind", "official statement"),
        ("publisher", ""),
        ("title", " "),
        ("url", "kremlin.ru"),
        ("url", "ftp://kremlin.ru/events"),
        ("url", "http://kremlin.ru/events 78447"),
        ("url", "http://"),
        ("published", "2025-11-12?"),
        ("retrieved", 2025),
        ("lang", "russian"),
        ("lang", "RU"),
        ("author", ""),
    ],
)
def test_source_validators(field: str, value: object) -> None:
    assert_rejects(tm.Source, SOURCE, field, value)


QUOTE = {"id": "q", "text": "will open a new era", "source": "seed-article"}


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("id", "q 1"),
        ("text", ""),
        ("source", None),
        ("source", ""),
        ("speaker", "Kassym-Jomart Tokayev"),
        ("agreement", ""),
        ("date", "12 Nov 2025"),
        ("lang", "kazakh"),
        ("translated", "no"),
    ],
)
def test_quote_validators(field: str, value: object) -> None:
    assert_rejects(tm.Quote, QUOTE, field, value)


def test_sources_are_frozen(kremlin_source: tm.Source) -> None:
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        kremlin_source.publisher = "TASS"  # type: ignore[misc]
    with pytest.raises(tm.FieldError):
        attrs.evolve(kremlin_source, url="kremlin.ru")


@given(sources())
def test_generated_sources(source: tm.Source) -> None:
    assert attrs.evolve(source) == source
    if source.published is not None and source.retrieved is not None:
        assert not source.retrieved.is_before(source.published)


@given(quotes())
def test_generated_quotes(quote: tm.Quote) -> None:
    assert attrs.evolve(quote) == quote
