"""Pools of real-looking values and the drawing helpers every strategy module shares."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import Any, TypeVar

import pycountry
from hypothesis import strategies as st

import treatymodel as tm
from treatymodel import _validators

T = TypeVar("T")
Draw = Callable[[st.SearchStrategy[Any]], Any]

# --------------------------------------------------------------------------- pools

CURRENT_STATE_CODES: tuple[str, ...] = tuple(sorted(c.alpha_3 for c in pycountry.countries))
HISTORIC_STATE_CODES: tuple[str, ...] = (
    "SUN",
    "YUG",
    "CSK",
    "DDR",
    "SCG",
    "BYS",
    "VDR",
    "YMD",
    "ZAR",
    "BUR",
    "DHY",
    "HVO",
    "RHO",
)

#: (id, name, acronym, another name, url) of real international organizations.
ORGANIZATIONS: tuple[tuple[str, str, str, str | None, str], ...] = (
    ("un", "United Nations", "UN", "Организация Объединённых Наций", "https://www.un.org"),
    (
        "csto",
        "Collective Security Treaty Organization",
        "CSTO",
        "Организация Договора о коллективной безопасности",
        "https://en.odkb-csto.org",
    ),
    ("eaeu", "Eurasian Economic Union", "EAEU", "Евразийский экономический союз", "https://eaeunion.org"),
    (
        "sco",
        "Shanghai Cooperation Organisation",
        "SCO",
        "Шанхайская организация сотрудничества",
        "https://eng.sectsco.org",
    ),
    (
        "cis",
        "Commonwealth of Independent States",
        "CIS",
        "Содружество Независимых Государств",
        "https://e-cis.info",
    ),
    ("eu", "European Union", "EU", "Union européenne", "https://european-union.europa.eu"),
    ("asean", "Association of Southeast Asian Nations", "ASEAN", None, "https://asean.org"),
    ("au", "African Union", "AU", "Union africaine", "https://au.int"),
    (
        "nato",
        "North Atlantic Treaty Organization",
        "NATO",
        "Organisation du Traité de l'Atlantique Nord",
        "https://www.nato.int",
    ),
    (
        "oas",
        "Organization of American States",
        "OAS",
        "Organización de los Estados Americanos",
        "https://www.oas.org",
    ),
)

GIVEN_NAMES: tuple[tuple[str, str], ...] = (
    ("Vladimir", "Владимир"),
    ("Kassym-Jomart", "Касым-Жомарт"),
    ("Nursultan", "Нурсултан"),
    ("Sergei", "Сергей"),
    ("Aigerim", "Айгерим"),
    ("Maria", "Мария"),
    ("Jean", "Жан"),
    ("Angela", "Ангела"),
    ("Emmanuel", "Эммануэль"),
    ("Shavkat", "Шавкат"),
    ("Fatima", "Фатима"),
    ("Kofi", "Кофи"),
)
FAMILY_NAMES: tuple[tuple[str, str], ...] = (
    ("Tokayev", "Токаев"),
    ("Nazarbayev", "Назарбаев"),
    ("Lavrov", "Лавров"),
    ("Nurtleu", "Нуртлеу"),
    ("Ivanova", "Иванова"),
    ("Dupont", "Дюпон"),
    ("Schmidt", "Шмидт"),
    ("Mirziyoyev", "Мирзиёев"),
    ("Okonkwo", "Оконкво"),
    ("Suleimenov", "Сулейменов"),
    ("Petrenko", "Петренко"),
    ("Haddad", "Хаддад"),
)
FIELDS: tuple[tuple[str, str], ...] = (
    ("Energy", "энергетики"),
    ("Education", "образования"),
    ("Transport", "транспорта"),
    ("Space Exploration", "исследования космического пространства"),
    ("Culture", "культуры"),
    ("Migration", "миграции"),
    ("Information Security", "международной информационной безопасности"),
    ("Critical Raw Materials", "критически важного минерального сырья"),
)
VENUES: tuple[str, ...] = (
    "Kremlin",
    "Akorda",
    "Bolshoi Theatre",
    "Palace of Independence",
    "Élysée Palace",
    "Great Hall of the People",
    "Ministry of Foreign Affairs",
    "Congress Hall",
)
CITIES: tuple[str, ...] = ("Moscow", "Astana", "Almaty", "Paris", "Beijing", "Tashkent", "Minsk", "New York")
PUBLISHERS: tuple[tuple[str, str], ...] = (
    ("Kremlin", "http://en.kremlin.ru/events/president/news"),
    ("Akorda", "https://www.akorda.kz/en/news"),
    ("TASS", "https://tass.com/politics"),
    ("Kazinform", "https://qazinform.com/news"),
    ("UN Treaty Collection", "https://treaties.un.org/Pages"),
    ("Fergana", "https://en.fergana.ru/news"),
    ("Интерфакс", "https://www.interfax.ru/world"),
)
LANGUAGE_TAGS: tuple[str, ...] = (
    "en",
    "ru",
    "kk",
    "fr",
    "de",
    "zh",
    "ar",
    "es",
    "uz",
    "kk-Cyrl",
    "kk-Latn",
    "sr-Latn",
)
RELATIONSHIP_LEVELS: tuple[str, ...] = (
    "comprehensive strategic partnership and alliance",
    "strategic partnership",
    "allied relations",
    "всеобъемлющее стратегическое партнёрство",
)
VERBATIM: tuple[str, ...] = (
    "remain committed to building a more representative and equitable multipolar world order",
    "strengthen regional connectivity and diversify cargo flows",
    "further cooperate in the field of critical raw materials essential for the energy transition",
    "Стороны подтверждают приверженность целям и принципам Устава ООН",
    "Тараптар ынтымақтастықты одан әрі нығайтуға ниетті",
    "will open a new era in bilateral relations",
)

_ART7 = (tm.OfficeRole.HEAD_OF_STATE, tm.OfficeRole.HEAD_OF_GOVERNMENT, tm.OfficeRole.FOREIGN_MINISTER)

# --------------------------------------------------------------------------- helpers
#
# Building a strategy object inside a composite costs far more than drawing from
# one, so the composites below draw from module-level strategies and pick items
# by index (``_pick``, ``_subset``) instead of calling ``st.sampled_from`` anew.

_BOOLS = st.booleans()
_OPT_BOOLS = st.none() | st.booleans()
_PRECISIONS = st.sampled_from(list(tm.Precision))
_FREE_TEXT_ARBITRARY = (
    st.text(
        alphabet=st.characters(codec="utf-8", exclude_categories=("Cs", "Cc", "Zl", "Zp")),
        min_size=1,
        max_size=40,
    )
    .map(str.strip)
    .filter(_validators.is_text)  # no bidirectional controls, not only invisible characters
)
_FREE_TEXT = st.one_of(st.sampled_from(VERBATIM), _FREE_TEXT_ARBITRARY)


def slug(text: str) -> str:
    """A readable identifier from ``text`` (ASCII letters, digits and hyphens)."""
    cleaned = re.sub(r"[^A-Za-z0-9]+", "-", text).strip("-").lower()
    return cleaned or "x"


def free_text() -> st.SearchStrategy[str]:
    """Non-empty text without surrounding whitespace: real phrases or arbitrary unicode."""
    return _FREE_TEXT


def identifiers(prefix: str = "") -> st.SearchStrategy[str]:
    """Readable slugs like ``putin-3`` or ``agr-ru-kz-12``."""
    words = st.sampled_from(["putin", "tokayev", "ru-kz", "kremlin", "decl", "treaty", "src", "visit", "c"])
    return st.builds(lambda w, n: f"{prefix}{w}-{n}", words, st.integers(1, 999))


def languages() -> st.SearchStrategy[str]:
    """Language tags the model accepts."""
    return st.sampled_from(LANGUAGE_TAGS)


def urls() -> st.SearchStrategy[str]:
    """Absolute http(s) URLs of real-looking publishers."""
    return st.builds(lambda p, n: f"{p[1]}/{n}", st.sampled_from(PUBLISHERS), st.integers(1, 99999))


_INTEGERS: dict[tuple[int, int], st.SearchStrategy[int]] = {}


def _int(draw: Draw, low: int, high: int) -> int:
    strategy = _INTEGERS.get((low, high))
    if strategy is None:
        strategy = _INTEGERS[low, high] = st.integers(low, high)
    return int(draw(strategy))


def _flag(draw: Draw) -> bool:
    return bool(draw(_BOOLS))


def _pick(draw: Draw, items: Sequence[T]) -> T:
    return items[_int(draw, 0, len(items) - 1)]


def _maybe(draw: Draw, make: Callable[[], T]) -> T | None:
    """``None`` or ``make()``; shrinks toward ``None``."""
    return make() if _flag(draw) else None


def _subset(draw: Draw, items: Sequence[T], max_size: int = 2, min_size: int = 0) -> tuple[T, ...]:
    """Up to ``max_size`` distinct items, in their original order."""
    chosen = [i for i in range(len(items)) if _flag(draw)][:max_size]
    for i in range(len(items)):
        if len(chosen) >= min(min_size, len(items)):
            break
        if i not in chosen:
            chosen.append(i)
    return tuple(items[i] for i in sorted(chosen))


def _distinct(draw: Draw, items: Sequence[T], n: int) -> tuple[T, ...]:
    """``n`` items of ``items`` drawn without replacement."""
    pool = list(items)
    return tuple(pool.pop(_int(draw, 0, len(pool) - 1)) for _ in range(n))


def _shuffled(draw: Draw, items: Sequence[T]) -> tuple[T, ...]:
    pool = list(items)
    out = []
    while pool:
        out.append(pool.pop(_int(draw, 0, len(pool) - 1)))
    return tuple(out)


def _cite(
    draw: Draw, source_ids: Sequence[str] | None, max_size: int = 2, min_size: int = 0
) -> tuple[str, ...]:
    """Source ids from ``source_ids``, or made-up ones when it is ``None``."""
    if source_ids is None:
        source_ids = [f"src-{n}" for n in range(1, 4)]
    return _subset(draw, source_ids, max_size=max_size, min_size=min_size)
