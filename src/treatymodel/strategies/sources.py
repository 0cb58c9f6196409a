"""Strategies for sources and what cites them: titles, variants, quotes."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from hypothesis import strategies as st

import treatymodel as tm
from treatymodel.strategies._common import (
    _FREE_TEXT,
    FIELDS,
    LANGUAGE_TAGS,
    PUBLISHERS,
    Draw,
    _cite,
    _flag,
    _int,
    _maybe,
    _pick,
    identifiers,
    languages,
)
from treatymodel.strategies.dates import _any_precision, _days, _later, partial_dates
from treatymodel.strategies.parties import actor_refs


@st.composite
def titles(draw: Draw, source_ids: Sequence[str] | None = None) -> tm.Title:
    """Language-tagged titles of documents, Cyrillic and Kazakh included."""
    field = _pick(draw, FIELDS)
    which = _int(draw, 0, 2)
    if which == 0:
        text, lang = f"Agreement on Cooperation in the Field of {field[0]}", "en"
    elif which == 1:
        text, lang = f"Соглашение о сотрудничестве в области {field[1]}", "ru"
    else:
        text, lang = draw(_FREE_TEXT), _pick(draw, LANGUAGE_TAGS)
    return tm.Title(
        text=text,
        lang=lang,
        sources=_cite(draw, source_ids),
        note=_maybe(
            draw, lambda: _pick(draw, ["official English title", "press form", "официальное название"])
        ),
    )


@st.composite
def variants(
    draw: Draw, source_ids: Sequence[str] | None = None, fields: Sequence[str] = ("duration", "date", "title")
) -> tm.Variant:
    """Values reported differently by other sources (at least one source each).

    ``fields`` are the names of fields of the record that holds the variant
    (``"duration"``, ``"date"``, ``"start"``, ``"end"``, ``"title"``, ``"description"``).
    """
    field = _pick(draw, fields)
    if field == "duration":
        value = _pick(draw, ["PT2H", "PT3H", "PT45M"])
    elif field in ("date", "start", "end"):
        value = str(_any_precision(draw, dt.date(1900, 1, 1), dt.date(2100, 12, 31)))
    else:
        value = draw(_FREE_TEXT)
    return tm.Variant(
        field=field,
        value=value,
        sources=_cite(draw, source_ids, min_size=1),
        note=_maybe(
            draw, lambda: _pick(draw, ["planned date, reported before the visit", "одно издание пишет иначе"])
        ),
    )


_SOURCE_KINDS = list(tm.SourceKind)


@st.composite
def _source(draw: Draw, sid: str, around: dt.date | None = None) -> tm.Source:
    publisher, base = _pick(draw, PUBLISHERS)
    low = around or dt.date(1990, 1, 1)
    published = _maybe(draw, lambda: _any_precision(draw, low, _days(low, 3000)))
    retrieved = None
    if published is not None and _flag(draw):
        retrieved = _later(draw, published.latest(), 0, 900)
    return tm.Source(
        id=sid,
        kind=_pick(draw, _SOURCE_KINDS),
        publisher=publisher,
        title=_maybe(draw, lambda: draw(_FREE_TEXT)),
        url=_maybe(draw, lambda: f"{base}/{_int(draw, 1, 99999)}"),
        published=published,
        retrieved=retrieved,
        lang=_maybe(draw, lambda: _pick(draw, LANGUAGE_TAGS)),
        author=_maybe(draw, lambda: _pick(draw, ["Aigerim Suleimenova", "Иван Петров"])),
    )


def sources() -> st.SearchStrategy[tm.Source]:
    """Sources by real publishers with real-looking URLs; retrieved on or after published."""
    return identifiers("src-").flatmap(lambda sid: _source(sid))


def quotes() -> st.SearchStrategy[tm.Quote]:
    """Quotes by a person, an office, a state, an organization or a body, or from a document."""
    return st.builds(
        tm.Quote,
        id=identifiers("q-"),
        text=_FREE_TEXT,
        source=identifiers("src-"),
        speaker=st.none() | actor_refs(),
        agreement=st.none() | identifiers("agr-"),
        date=st.none() | partial_dates(dt.date(1990, 1, 1), dt.date(2030, 12, 31)),
        lang=st.none() | languages(),
        translated=st.none() | st.booleans(),
    )
