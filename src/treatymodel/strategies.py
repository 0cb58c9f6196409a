# mypy: allow-redefinition
"""Hypothesis strategies for every record and value type of treatymodel.

For property tests of code that uses treatymodel: ``pip install
'treatymodel[strategies]'`` (Hypothesis), then ``from treatymodel.strategies
import dossiers``. Without Hypothesis, importing this module raises
`MissingDependencyError`.

Identifiers, codes, languages and URLs are real-looking (ISO 3166 codes from
pycountry, readable slugs, real organizations); free-text fields also exercise
unicode (Cyrillic and Kazakh titles, arbitrary printable text).

Standalone strategies (``persons()``, ``sections()``...) build records that are
consistent in themselves: dates in order, nested sections with unique ids and
numbers, signatures only for parties. ``agreements()`` and ``visits()`` take
their records from `dossiers`, so they are also consistent with a world
around them.

Invariants `dossiers` guarantees (a rules engine must raise no
error-severity issue on them):

* Ids are unique per kind; event ids, section ids and commitment ids are unique
  across the whole dossier. States are current ISO 3166-1 states (historic
  codes appear in `states`, not in dossiers).
* Every referenced id exists: persons, offices, states, organizations, sources,
  agreements, sections (of the same agreement), visit agreements.
* ``Place.state``, wherever set, is a state of the dossier.
* Tenures: ``end`` is ``None`` or certainly after ``start``; each office is
  single-holder and its tenures never overlap (a predecessor's tenure ends
  years before the successor's begins). Every office holder's tenure covers
  the whole active window of the dossier (all visits, signatures, actions).
* Every state has a head-of-state office with a holder; every organization
  has a head-of-organization office with a holder. Offices represent exactly
  one party, and each person holds exactly one office.
* Visits: day-precise ``start <= end``; ``guest_state != host_state``; guest
  and host hold an office representing their state; state visits
  (``VisitKind.STATE``) are between heads of state. Visits of a dossier do not
  overlap. Every event is day-precise and dated inside its visit; programs are
  in chronological order; events name their visit's guest/host as
  participants; ``talks_format`` is set only on talks.
* Agreements: at least two distinct parties; ``bilateral`` is ``True`` only
  with exactly two parties (and ``False`` only with more); every party has at
  least one signature; signatures only for parties; a person signs at most
  once per agreement; each signatory holds, by a tenure covering the
  day-precise signature date, the office named in ``Signature.office``, which
  represents the party signed for; signatories whose role is not head of
  state/government/foreign minister have ``full_powers=True``.
  ``Agreement.date`` is the earliest signature date.
* An agreement listed in a visit's ``agreements`` is listed in no other
  visit, is between the guest and host states, was signed by the guest and
  the host on days of that visit, and its place (and any signature place) is
  in the host state.
* Lifecycle: party actions only by parties and only when
  ``legally_binding is True``; consent (ratification, acceptance, approval) is
  strictly after that party's signatures; ``effective`` is on or after the
  action's date, and never before the entry into force; declarations are made
  on the consent date; withdrawal is strictly after the party's consent and
  after entry into force; entry into force is strictly after every party's
  consent, and exists only if every party consented; adoption is no later than the first signature.
* Commitments: ``bound`` and ``beneficiaries`` are parties of the agreement;
  named organizations and agreements exist; ``section`` is a section of the
  same agreement.
* Sections: ids unique in the dossier, numbers (hierarchical, ``"2.1"``)
  unique within an agreement, depth at most 3.
* Relations point only to agreements generated earlier and signed no later
  (so the relation graph is acyclic); ``signed_with`` only links agreements of
  the same visit.
* Variants name a field of the record holding them (``duration``/``date``/
  ``title``/``description`` on events, ``start``/``end``/``description`` on
  visits, ``date``/``title``/``summary`` on agreements) and cite dossier sources.
* Quotes: source, speaker and agreement exist.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Sequence
from typing import Any, TypeVar

import attrs
import pycountry

import treatymodel as tm
from treatymodel import _validators
from treatymodel._optional import require
from treatymodel.kinds import KINDS, records

require("hypothesis", extra="strategies", feature="treatymodel.strategies")

from hypothesis import strategies as st  # noqa: E402

__all__ = [
    "CURRENT_STATE_CODES",
    "HISTORIC_STATE_CODES",
    "LANGUAGE_TAGS",
    "ORGANIZATIONS",
    "RELATIONSHIP_LEVELS",
    "STATE_IDS",
    "actor_refs",
    "agreements",
    "bodies",
    "body_refs",
    "capitals",
    "certainties",
    "commitments",
    "consent_clauses",
    "date_values",
    "dated_names",
    "day_dates",
    "decisions",
    "dossiers",
    "entry_into_force_clauses",
    "events",
    "external_ids",
    "free_text",
    "identifiers",
    "invariant_violations",
    "languages",
    "lifecycles",
    "meetings",
    "membership_acts",
    "milestones",
    "office_refs",
    "offices",
    "organization_refs",
    "organizations",
    "partial_dates",
    "participants",
    "party_actions",
    "party_refs",
    "periods",
    "person_refs",
    "persons",
    "places",
    "quotes",
    "relations",
    "sections",
    "signature_periods",
    "signatures",
    "slug",
    "sources",
    "state_codes",
    "state_refs",
    "states",
    "tenures",
    "terms",
    "titles",
    "uncertain_dates",
    "urls",
    "variants",
    "visits",
    "votes",
    "withdrawal_clauses",
]


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


def _days(start: dt.date, n: int) -> dt.date:
    return start + dt.timedelta(days=n)


def _date_between(draw: Draw, low: dt.date, high: dt.date) -> dt.date:
    return _days(low, _int(draw, 0, (high - low).days))


def _coarsen(day: dt.date, precision: tm.Precision) -> tm.PartialDate:
    if precision is tm.Precision.YEAR:
        return tm.PartialDate(year=day.year)
    if precision is tm.Precision.MONTH:
        return tm.PartialDate(year=day.year, month=day.month)
    return tm.PartialDate.of(day)


def _dated(date: tm.DateValue | None) -> tm.DateValue:
    """A date this module generated itself (never unknown)."""
    assert date is not None
    return date


def _day(d: dt.date) -> tm.PartialDate:
    return tm.PartialDate.of(d)


def _up_to_90_days(draw: Draw, when: tm.PartialDate) -> Callable[[], tm.PartialDate]:
    """A maker of a day from ``when`` up to 90 days after it."""

    def make() -> tm.PartialDate:
        return _day(_days(when.latest(), _int(draw, 0, 90)))

    return make


def _any_precision(draw: Draw, low: dt.date, high: dt.date) -> tm.PartialDate:
    return _coarsen(_date_between(draw, low, high), draw(_PRECISIONS))


def _later(draw: Draw, after: dt.date, min_days: int = 1, max_days: int = 700) -> tm.PartialDate:
    """A date of any precision whose every day is at least ``min_days`` after ``after``."""
    bound = _days(after, min_days)
    day = _days(after, _int(draw, min_days, max_days))
    allowed = [p for p in tm.Precision if _coarsen(day, p).earliest() >= bound]
    return _coarsen(day, _pick(draw, allowed))


def _earlier(draw: Draw, before: dt.date, max_days: int = 400) -> tm.PartialDate:
    """A date of any precision whose every day is on or before ``before``."""
    day = _days(before, -_int(draw, 0, max_days))
    allowed = [p for p in tm.Precision if _coarsen(day, p).latest() <= before]
    return _coarsen(day, _pick(draw, allowed))


def _cite(
    draw: Draw, source_ids: Sequence[str] | None, max_size: int = 2, min_size: int = 0
) -> tuple[str, ...]:
    """Source ids from ``source_ids``, or made-up ones when it is ``None``."""
    if source_ids is None:
        source_ids = [f"src-{n}" for n in range(1, 4)]
    return _subset(draw, source_ids, max_size=max_size, min_size=min_size)


# --------------------------------------------------------------------------- values


def partial_dates(
    min_value: dt.date = dt.date(1, 1, 1),
    max_value: dt.date = dt.date(9999, 12, 31),
    precisions: Sequence[tm.Precision] = tuple(tm.Precision),
) -> st.SearchStrategy[tm.PartialDate]:
    """Partial dates of every precision (year, month, day) from the given range."""
    return st.builds(
        _coarsen, st.dates(min_value=min_value, max_value=max_value), st.sampled_from(list(precisions))
    )


def day_dates(
    min_value: dt.date = dt.date(1900, 1, 1), max_value: dt.date = dt.date(2100, 12, 31)
) -> st.SearchStrategy[tm.PartialDate]:
    """Day-precise partial dates."""
    return partial_dates(min_value, max_value, (tm.Precision.DAY,))


@st.composite
def _place(draw: Draw, state_codes: Sequence[str] | None, require_state: bool = False) -> tm.Place:
    codes = state_codes if state_codes is not None else CURRENT_STATE_CODES
    name = _pick(draw, VENUES + CITIES) if _int(draw, 0, 3) < 3 else draw(_FREE_TEXT)
    return tm.Place(
        name=name,
        locality=_maybe(draw, lambda: _pick(draw, CITIES)),
        state=_pick(draw, codes) if require_state else _maybe(draw, lambda: _pick(draw, codes)),
    )


def places(state_codes: Sequence[str] | None = None) -> st.SearchStrategy[tm.Place]:
    """Venues and towns, in one of ``state_codes`` (any current state by default) or nowhere known."""
    return _place(state_codes)


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


# --------------------------------------------------------------------------- parties


def state_codes(historic: bool = True) -> st.SearchStrategy[str]:
    """ISO 3166-1 alpha-3 codes, current and (optionally) historic."""
    pool = CURRENT_STATE_CODES + (HISTORIC_STATE_CODES if historic else ())
    return st.sampled_from(pool)


def states(historic: bool = True) -> st.SearchStrategy[tm.State]:
    """States, current and historic (USSR, Yugoslavia...), some with dated names and identifiers."""
    return st.builds(
        tm.State,
        code=state_codes(historic),
        name=st.none() | st.sampled_from(["Russia", "Kazakhstan", "Россия", "Қазақстан"]),
        capital=st.none() | st.sampled_from(CITIES),
        names=st.lists(dated_names(), max_size=2).map(tuple),
        capitals=st.lists(capitals(), max_size=2).map(tuple),
        successors=st.lists(state_codes(historic=False), max_size=2, unique=True).map(tuple),
        external_ids=st.lists(external_ids(), max_size=2).map(tuple),
    )


def _organization(entry: tuple[str, str, str, str | None, str], full: bool) -> tm.Organization:
    oid, name, acronym, other, url = entry
    return tm.Organization(
        id=oid,
        name=name,
        acronym=acronym if full else None,
        other_names=(other,) if (other and full) else (),
        url=url if full else None,
    )


@st.composite
def organizations(draw: Draw) -> tm.Organization:
    """Real international organizations (UN, CSTO, EAEU, EU...), some with bodies and membership acts."""
    organization = _organization(_pick(draw, ORGANIZATIONS), _flag(draw))
    if not _flag(draw):
        return organization
    founded = _maybe(draw, lambda: _any_precision(draw, dt.date(1945, 1, 1), dt.date(2010, 1, 1)))
    return attrs.evolve(
        organization,
        names=tuple(draw(st.lists(dated_names(), max_size=1))),
        founding_agreement=_maybe(draw, lambda: draw(identifiers("agr-"))),
        accession_agreements=tuple(draw(st.lists(identifiers("agr-"), max_size=1))),
        founded=founded,
        dissolved=None if founded is None or _flag(draw) else _later(draw, founded.latest(), 1, 9000),
        bodies=tuple(draw(st.lists(bodies(), max_size=2, unique_by=lambda b: b.id))),
        membership_acts=tuple(draw(st.lists(membership_acts(), max_size=2))),
        external_ids=tuple(draw(st.lists(external_ids(), max_size=1))),
        certainty=_maybe(draw, lambda: draw(certainties())),
    )


#: Real identifiers (Wikidata items and Correlates of War state numbers, as Our World in Data's
#: country table lists them: https://github.com/owid/owid-grapher, CountriesRegions.ts).
STATE_IDS: dict[str, tuple[str, str]] = {
    "RUS": ("Q159", "365"),
    "KAZ": ("Q232", "705"),
    "CHN": ("Q148", "710"),
    "KGZ": ("Q813", "703"),
    "TJK": ("Q863", "702"),
    "UZB": ("Q265", "704"),
    "BLR": ("Q184", "370"),
    "IND": ("Q668", "750"),
    "PAK": ("Q843", "770"),
    "IRN": ("Q794", "630"),
    "USA": ("Q30", "2"),
    "FRA": ("Q142", "220"),
    "GBR": ("Q145", "200"),
    "DEU": ("Q183", "255"),
}
_ID_VALUES: dict[tm.IdScheme, tuple[str, ...]] = {
    tm.IdScheme.WIKIDATA: ("Q159", "Q232", "Q485207", "Q7747"),
    tm.IdScheme.UNTS: ("37924", "I-12140"),
    tm.IdScheme.UNTC: ("XXVI-4", "XXVII-7-d"),
    tm.IdScheme.ATOP: ("1005", "4230"),
    tm.IdScheme.COW_STATE: ("365", "705", "2"),
    tm.IdScheme.COW_ALLIANCE: ("239",),
    tm.IdScheme.ISO3166: ("KZ", "KAZ", "398", "SUHH"),
    tm.IdScheme.NATIONAL: ("BWBV0004747", "2004/8/44"),
    tm.IdScheme.OTHER: ("8601",),
}
_ID_NAMES = ("Bulletin of International Treaties of Kazakhstan", "wetten.overheid.nl", "CIS Legislation")


@st.composite
def external_ids(draw: Draw, source_ids: Sequence[str] | None = None) -> tm.ExternalId:
    """Identifiers in every scheme, with a series name where the scheme needs one."""
    scheme = _pick(draw, list(tm.IdScheme))
    named = scheme in (tm.IdScheme.NATIONAL, tm.IdScheme.OTHER)
    volume = None
    if scheme in (tm.IdScheme.UNTS, tm.IdScheme.NATIONAL) and _flag(draw):
        volume = str(_int(draw, 1, 3000))
    return tm.ExternalId(
        scheme=scheme,
        value=_pick(draw, _ID_VALUES[scheme]),
        name=_pick(draw, _ID_NAMES) if named or _flag(draw) else None,
        volume=volume,
        sources=_cite(draw, source_ids),
    )


_FORMER_NAMES = (
    ("SWZ", "Swaziland", dt.date(1968, 9, 6), dt.date(2018, 4, 19)),
    ("TUR", "Turkey", dt.date(1923, 10, 29), dt.date(2022, 6, 1)),
    ("MKD", "The former Yugoslav Republic of Macedonia", dt.date(1993, 4, 8), dt.date(2019, 2, 12)),
    ("CPV", "Cape Verde", dt.date(1975, 7, 5), dt.date(2013, 10, 24)),
)


@st.composite
def dated_names(draw: Draw, source_ids: Sequence[str] | None = None) -> tm.DatedName:
    """Former and current names, with dates known to any precision or not at all."""
    _, name, start, end = _pick(draw, _FORMER_NAMES)
    return tm.DatedName(
        name=name,
        kind=_pick(draw, list(tm.NameKind)),
        start=_maybe(draw, lambda: _coarsen(start, _pick(draw, list(tm.Precision)))),
        end=_maybe(draw, lambda: _coarsen(end, _pick(draw, list(tm.Precision)))),
        lang=_maybe(draw, lambda: _pick(draw, LANGUAGE_TAGS)),
        sources=_cite(draw, source_ids),
        certainty=_maybe(draw, lambda: draw(certainties(source_ids))),
    )


_CAPITALS = (
    ("Almaty", None, dt.date(1997, 12, 10)),
    ("Akmola", dt.date(1997, 12, 10), dt.date(1998, 5, 6)),
    ("Astana", dt.date(1998, 5, 6), dt.date(2019, 3, 23)),
    ("Nur-Sultan", dt.date(2019, 3, 23), dt.date(2022, 9, 17)),
    ("Astana", dt.date(2022, 9, 17), None),
)


@st.composite
def capitals(draw: Draw, source_ids: Sequence[str] | None = None) -> tm.Capital:
    """Kazakhstan's capitals with their dates, some of them unknown."""
    name, start, end = _pick(draw, _CAPITALS)
    return tm.Capital(
        name=name,
        start=None if start is None or _flag(draw) else _day(start),
        end=None if end is None or _flag(draw) else _day(end),
        sources=_cite(draw, source_ids),
    )


_BODY_NAMES = (
    ("chs", "Council of Heads of State", tm.BodyKind.HEADS_OF_STATE),
    ("cfm", "Council of Foreign Ministers", tm.BodyKind.MINISTERS),
    ("secretariat", "Secretariat", tm.BodyKind.SECRETARIAT),
)


@st.composite
def bodies(draw: Draw, source_ids: Sequence[str] | None = None) -> tm.Body:
    """Bodies of organizations, established some time."""
    bid, name, kind = _pick(draw, _BODY_NAMES)
    return tm.Body(
        id=bid,
        name=name,
        kind=kind,
        established=_maybe(draw, lambda: _any_precision(draw, dt.date(1945, 1, 1), dt.date(2030, 1, 1))),
        external_ids=tuple(draw(st.lists(external_ids(source_ids), max_size=1))),
        sources=_cite(draw, source_ids),
    )


@st.composite
def membership_acts(draw: Draw, source_ids: Sequence[str] | None = None) -> tm.MembershipAct:
    """Admissions, suspensions, freezes, resumptions, withdrawals and expulsions."""
    kind = _pick(draw, list(tm.MembershipActKind))
    date = _maybe(draw, lambda: draw(date_values()))
    until = None
    if kind in (tm.MembershipActKind.SUSPENSION, tm.MembershipActKind.FREEZE) and date is not None:
        until = _maybe(draw, lambda: _later(draw, date.latest(), 1, 900))
    return tm.MembershipAct(
        kind=kind,
        member=draw(party_refs()),
        date=date,
        until=until,
        decision=_maybe(draw, lambda: draw(identifiers("decision-"))),
        note=_maybe(draw, lambda: _pick(draw, ["declared, not notified", "заморозка участия"])),
        sources=_cite(draw, source_ids),
        certainty=_maybe(draw, lambda: draw(certainties(source_ids))),
    )


@st.composite
def participants(draw: Draw, source_ids: Sequence[str] | None = None) -> tm.Participant:
    """Delegations at a meeting, some known only by their leader or their state."""
    return tm.Participant(
        party=_maybe(draw, lambda: draw(party_refs())),
        person=_maybe(draw, lambda: draw(identifiers())),
        role=_maybe(draw, lambda: _pick(draw, list(tm.ParticipantRole))),
        remote=draw(_OPT_BOOLS),
        sources=_cite(draw, source_ids),
    )


@st.composite
def meetings(draw: Draw) -> tm.Meeting:
    """Summits and sessions with delegations, a program, decisions and identifiers."""
    start = _any_precision(draw, dt.date(1990, 1, 1), dt.date(2030, 1, 1))
    end = _later(draw, start.latest(), 0, 3)
    return tm.Meeting(
        id=draw(identifiers("meeting-")),
        kind=_pick(draw, list(tm.MeetingKind)),
        start=start,
        end=end,
        title=_maybe(draw, lambda: draw(_FREE_TEXT)),
        organization=_maybe(draw, lambda: _pick(draw, [o[0] for o in ORGANIZATIONS])),
        body=_maybe(draw, lambda: _pick(draw, [b[0] for b in _BODY_NAMES])),
        host_state=_maybe(draw, lambda: draw(state_codes(historic=False))),
        places=tuple(draw(st.lists(places(), max_size=1))),
        participants=tuple(draw(st.lists(participants(), max_size=3))),
        program=tuple(draw(st.lists(events(), max_size=1))),
        agreements=tuple(draw(st.lists(identifiers("agr-"), max_size=2, unique=True))),
        decisions=tuple(draw(st.lists(identifiers("decision-"), max_size=2, unique=True))),
        description=_maybe(draw, lambda: draw(_FREE_TEXT)),
        external_ids=tuple(draw(st.lists(external_ids(), max_size=1))),
        sources=tuple(draw(st.lists(identifiers("src-"), max_size=2, unique=True))),
        variants=(draw(variants(None, ("start", "end", "title"))),) if _flag(draw) else (),
        certainty=_maybe(draw, lambda: draw(certainties())),
    )


@st.composite
def decisions(draw: Draw) -> tm.Decision:
    """Acts of organizations' bodies: adoptions, admissions, suspensions..."""
    kind = _pick(draw, list(tm.DecisionKind))
    return tm.Decision(
        id=draw(identifiers("decision-")),
        kind=kind,
        organization=_pick(draw, [o[0] for o in ORGANIZATIONS]),
        body=_maybe(draw, lambda: _pick(draw, [b[0] for b in _BODY_NAMES])),
        date=_maybe(draw, lambda: draw(date_values())),
        effective=_maybe(draw, lambda: _any_precision(draw, dt.date(1990, 1, 1), dt.date(2030, 1, 1))),
        title=_maybe(draw, lambda: draw(_FREE_TEXT)),
        subject=_maybe(draw, lambda: draw(party_refs())),
        agreement=_maybe(draw, lambda: draw(identifiers("agr-"))),
        creates=_maybe(draw, lambda: _pick(draw, [o[0] for o in ORGANIZATIONS])),
        meeting=_maybe(draw, lambda: draw(identifiers("meeting-"))),
        external_ids=tuple(draw(st.lists(external_ids(), max_size=1))),
        sources=tuple(draw(st.lists(identifiers("src-"), max_size=2, unique=True))),
        certainty=_maybe(draw, lambda: draw(certainties())),
    )


def state_refs(historic: bool = True) -> st.SearchStrategy[tm.StateRef]:
    """References to states."""
    return st.builds(tm.StateRef, code=state_codes(historic))


def organization_refs() -> st.SearchStrategy[tm.OrganizationRef]:
    """References to organizations."""
    return st.builds(tm.OrganizationRef, id=st.sampled_from([o[0] for o in ORGANIZATIONS]))


def party_refs() -> st.SearchStrategy[tm.PartyRef]:
    """References to states or organizations."""
    return st.one_of(state_refs(), organization_refs())


def person_refs() -> st.SearchStrategy[tm.PersonRef]:
    """References to persons."""
    return st.builds(tm.PersonRef, id=identifiers())


def office_refs() -> st.SearchStrategy[tm.OfficeRef]:
    """References to offices."""
    return st.builds(tm.OfficeRef, id=st.sampled_from(["president-rus", "president-kaz", "fm-rus", "un-sg"]))


_BODIES = (
    "Ministry of Foreign Affairs",
    "Press Service of the President",
    "State Duma",
    "Министерство иностранных дел",
    "Security Council",
)


def body_refs() -> st.SearchStrategy[tm.BodyRef]:
    """Bodies of states or organizations: ministries, chambers, press services."""
    return st.builds(tm.BodyRef, name=st.sampled_from(_BODIES) | _FREE_TEXT, of=st.none() | party_refs())


def actor_refs() -> st.SearchStrategy[tm.ActorRef]:
    """Whoever speaks, acts or disputes: persons, offices, states, organizations, bodies."""
    return st.one_of(person_refs(), office_refs(), state_refs(), organization_refs(), body_refs())


def certainties(source_ids: Sequence[str] | None = None) -> st.SearchStrategy[tm.Certainty]:
    """How sure the sources are, with who says so."""
    return st.builds(
        tm.Certainty,
        level=st.sampled_from(list(tm.CertaintyLevel)),
        by=st.lists(actor_refs(), max_size=2, unique=True).map(tuple),
        note=st.none() | st.sampled_from(["the Kremlin's program", "не подтверждено"]),
        sources=st.lists(
            st.sampled_from(list(source_ids)) if source_ids else identifiers("src-"), max_size=2, unique=True
        ).map(tuple),
    )


@st.composite
def uncertain_dates(
    draw: Draw, min_value: dt.date = dt.date(1900, 1, 1), max_value: dt.date = dt.date(2100, 12, 31)
) -> tm.UncertainDate:
    """Uncertain dates of every form: qualified (? ~ %), one of a set, or within an interval."""
    first = _any_precision(draw, min_value, max_value)
    form = _int(draw, 0, 2)
    if form == 0:
        return tm.UncertainDate(dates=(first,), qualifier=_pick(draw, list(tm.DateQualifier)))
    second = _later(draw, first.latest(), 1, 400)
    if form == 1:
        return tm.UncertainDate(dates=(first, second))
    return tm.UncertainDate(dates=(first, second), interval=True)


def date_values(
    min_value: dt.date = dt.date(1900, 1, 1), max_value: dt.date = dt.date(2100, 12, 31)
) -> st.SearchStrategy[tm.DateValue]:
    """Partial dates, and now and then an uncertain one."""
    return st.one_of(
        partial_dates(min_value, max_value),
        partial_dates(min_value, max_value),
        uncertain_dates(min_value, max_value),
    )


# --------------------------------------------------------------------------- people


@st.composite
def _person(draw: Draw, number: int | None = None, source_ids: Sequence[str] | None = None) -> tm.Person:
    given = _pick(draw, GIVEN_NAMES)
    family = _pick(draw, FAMILY_NAMES)
    if number is None:
        number = _int(draw, 1, 999)
    other = (tm.Title(text=f"{given[1]} {family[1]}", lang="ru"),) if _flag(draw) else ()
    return tm.Person(
        id=f"{slug(family[0])}-{number}",
        name=f"{given[0]} {family[0]}",
        other_names=other,
        sources=_cite(draw, source_ids),
    )


def persons() -> st.SearchStrategy[tm.Person]:
    """Persons with English names and, sometimes, their Russian spelling."""
    return _person()


_ROLE_TITLES = {
    tm.OfficeRole.HEAD_OF_STATE: "President of {}",
    tm.OfficeRole.HEAD_OF_GOVERNMENT: "Prime Minister of {}",
    tm.OfficeRole.FOREIGN_MINISTER: "Minister of Foreign Affairs of {}",
    tm.OfficeRole.DEPUTY_HEAD_OF_GOVERNMENT: "Deputy Prime Minister of {}",
    tm.OfficeRole.MINISTER: "Minister of Energy of {}",
    tm.OfficeRole.HEAD_OF_DIPLOMATIC_MISSION: "Ambassador of {}",
    tm.OfficeRole.REPRESENTATIVE: "Permanent Representative of {}",
    tm.OfficeRole.HEAD_OF_ORGANIZATION: "Secretary-General of {}",
    tm.OfficeRole.OFFICIAL: "Head of the Protocol Service of {}",
    tm.OfficeRole.OTHER: "Special Envoy for Culture of {}",
}


def _office_id(role: tm.OfficeRole, party: tm.PartyRef) -> str:
    return f"{role.value.replace('_', '-')}-{slug(str(party))}"


def _office_title(role: tm.OfficeRole, party: tm.PartyRef) -> str:
    name = tm.State(code=party.code).display_name if isinstance(party, tm.StateRef) else party.id.upper()
    return _ROLE_TITLES[role].format(name)


@st.composite
def offices(draw: Draw) -> tm.Office:
    """Offices of states and organizations, with a role and sometimes another title."""
    role = _pick(draw, list(tm.OfficeRole))
    party = draw(organization_refs() if role is tm.OfficeRole.HEAD_OF_ORGANIZATION else state_refs())
    return tm.Office(
        id=_office_id(role, party),
        title=_office_title(role, party),
        role=role,
        represents=party,
        single_holder=_flag(draw) if role is tm.OfficeRole.MINISTER else True,
        other_titles=(draw(titles()),) if _flag(draw) else (),
    )


def _tenure_dates(draw: Draw, y0: int) -> tuple[tm.PartialDate, tm.PartialDate | None]:
    """Tenure dates that cover the whole window from ``y0`` to the end of ``y0 + 3``."""
    start = _any_precision(draw, dt.date(y0 - 20, 1, 1), dt.date(y0 - 1, 12, 31))
    end = _maybe(draw, lambda: _any_precision(draw, dt.date(y0 + 4, 1, 1), dt.date(y0 + 10, 12, 31)))
    return start, end


@st.composite
def tenures(draw: Draw) -> tm.Tenure:
    """Tenures whose end, if any, is on or after the start; dates of every precision."""
    start = _maybe(draw, lambda: _any_precision(draw, dt.date(1900, 1, 1), dt.date(2090, 12, 31)))
    end = _maybe(draw, lambda: _later(draw, start.latest() if start else dt.date(2000, 1, 1), 0, 4000))
    return tm.Tenure(
        person=draw(identifiers()),
        office=_pick(draw, ["president-rus", "president-kaz", "mfa-kaz", "pm-fra"]),
        start=start,
        end=end,
        sources=_cite(draw, None),
    )


# --------------------------------------------------------------------------- visits

_EVENT_KINDS = list(tm.EventKind)
_EVENT_VARIANT_FIELDS = ("duration", "date", "title", "description")
_VISIT_VARIANT_FIELDS = ("start", "end", "description")
_AGREEMENT_VARIANT_FIELDS = ("date", "title", "summary")
_TALKS_FORMATS = list(tm.TalksFormat)


@st.composite
def _event(
    draw: Draw,
    eid: str,
    day: tm.PartialDate,
    participants: Sequence[str],
    host_state: str | None,
    source_ids: Sequence[str] | None,
) -> tm.Event:
    kind = _pick(draw, _EVENT_KINDS)
    talks_format = _maybe(draw, lambda: _pick(draw, _TALKS_FORMATS)) if kind is tm.EventKind.TALKS else None
    venue = None
    if _flag(draw):
        venue = tm.Place(
            name=_pick(draw, VENUES),
            locality=_maybe(draw, lambda: _pick(draw, CITIES)),
            state=host_state
            if host_state is not None
            else _maybe(draw, lambda: _pick(draw, CURRENT_STATE_CODES)),
        )
    return tm.Event(
        id=eid,
        kind=kind,
        date=day,
        title=_maybe(
            draw, lambda: _pick(draw, ["Gala concert by Kazakh artists", "XXI Interregional Forum"])
        ),
        talks_format=talks_format,
        start_time=_maybe(draw, lambda: dt.time(_int(draw, 7, 22), _pick(draw, [0, 15, 30, 45]))),
        duration=_maybe(draw, lambda: dt.timedelta(minutes=15 * _int(draw, 1, 24))),
        venue=venue,
        participants=_subset(draw, participants),
        closed_to_press=draw(_OPT_BOOLS),
        remote=_flag(draw),
        description=_maybe(draw, lambda: draw(_FREE_TEXT)),
        sources=_cite(draw, source_ids),
        variants=(draw(variants(source_ids, _EVENT_VARIANT_FIELDS)),) if _flag(draw) else (),
    )


@st.composite
def events(draw: Draw) -> tm.Event:
    """Program items of any kind, day-precise, with optional time, duration and venue."""
    day = _day(_date_between(draw, dt.date(1990, 1, 1), dt.date(2030, 12, 31)))
    event: tm.Event = draw(_event(f"event-{_int(draw, 1, 99)}", day, ("putin", "tokayev"), "RUS", None))
    return event


def visits() -> st.SearchStrategy[tm.Visit]:
    """Visits taken from `dossiers` (dates in order, events inside, distinct states)."""
    return dossiers(min_visits=1).flatmap(lambda d: st.sampled_from(d.visits))


# --------------------------------------------------------------------------- structure

_SECTION_KINDS = (tm.SectionKind.PART, tm.SectionKind.SECTION, tm.SectionKind.ARTICLE, tm.SectionKind.POINT)
_HEADINGS = (
    "Politics and security",
    "в гуманитарной области",
    "Economic cooperation",
    "Ғылым және инновация",
)


def _section_tree(
    draw: Draw, prefix: str, number: str, depth: int, max_depth: int, source_ids: Sequence[str] | None
) -> tm.Section:
    n_children = _int(draw, 0, 2) if depth < max_depth else 0
    children = tuple(
        _section_tree(draw, prefix, f"{number}.{i + 1}", depth + 1, max_depth, source_ids)
        for i in range(n_children)
    )
    return tm.Section(
        id=f"{prefix}-s{number.replace('.', '-')}",
        kind=_SECTION_KINDS[min(depth - 1, len(_SECTION_KINDS) - 1)],
        number=number,
        heading=_maybe(draw, lambda: _pick(draw, _HEADINGS)),
        text=_maybe(draw, lambda: draw(_FREE_TEXT)),
        subsections=children,
        sources=_cite(draw, source_ids),
    )


def _section_forest(
    draw: Draw, prefix: str, max_top: int, max_depth: int, source_ids: Sequence[str] | None
) -> tuple[tm.Section, ...]:
    return tuple(
        _section_tree(draw, prefix, str(i + 1), 1, max_depth, source_ids)
        for i in range(_int(draw, 0, max_top))
    )


@st.composite
def sections(draw: Draw, max_depth: int = 3) -> tm.Section:
    """Nested sections (depth at most ``max_depth``) with unique ids and hierarchical numbers."""
    return _section_tree(draw, "decl", str(_int(draw, 1, 9)), 1, max_depth, None)


_TOPICS = list(tm.Topic)
_VERBS = list(tm.CommitmentVerb)
_OBLIGATIONS = list(tm.Obligation)
_SUMMARIES = (
    "Strengthen the CSTO's capacity",
    "Prevent the deployment of weapons in outer space",
    "Develop common markets of the EAEU",
    "Improve conditions for citizens residing in each other's territories",
)
_INSTRUMENTS: tuple[tuple[str, ...], ...] = (
    (),
    ("Charter of the United Nations",),
    ("Treaty on the Eurasian Economic Union",),
)


def _commitment(
    draw: Draw,
    cid: str,
    parties: Sequence[tm.PartyRef],
    organization_ids: Sequence[str],
    agreement_ids: Sequence[str],
    section_ids: Sequence[str],
    source_ids: Sequence[str] | None,
) -> tm.Commitment:
    return tm.Commitment(
        id=cid,
        topics=_subset(
            draw, _shuffled(draw, _TOPICS[:8]) if _flag(draw) else _TOPICS, max_size=3, min_size=1
        ),
        verb=_pick(draw, _VERBS),
        summary=_pick(draw, _SUMMARIES) if _int(draw, 0, 3) < 3 else draw(_FREE_TEXT),
        quote=_maybe(draw, lambda: _pick(draw, VERBATIM)),
        bound=_subset(draw, parties, max_size=len(parties)),
        beneficiaries=_subset(draw, parties, max_size=1),
        organizations=_subset(draw, organization_ids),
        instruments=_pick(draw, _INSTRUMENTS),
        agreements=_subset(draw, agreement_ids, max_size=1),
        obligation=_maybe(draw, lambda: _pick(draw, _OBLIGATIONS)),
        section=_maybe(draw, lambda: _pick(draw, section_ids)) if section_ids else None,
        sources=_cite(draw, source_ids),
    )


@st.composite
def commitments(draw: Draw) -> tm.Commitment:
    """Commitments between Russia and Kazakhstan naming real organizations."""
    parties = (tm.StateRef(code="RUS"), tm.StateRef(code="KAZ"))
    return _commitment(
        draw, f"c-{_int(draw, 1, 99)}", parties, ("csto", "eaeu", "un"), (), ("decl-s1", "decl-s2"), None
    )


# --------------------------------------------------------------------------- agreements

_ACTION_KINDS = list(tm.PartyActionKind)
_MILESTONE_KINDS = list(tm.MilestoneKind)
_RELATION_KINDS = list(tm.RelationKind)


@st.composite
def signatures(draw: Draw) -> tm.Signature:
    """Signatures by a head of state, or by a minister with full powers, on a day."""
    party = draw(state_refs(historic=False))
    role = _pick(draw, [tm.OfficeRole.HEAD_OF_STATE, tm.OfficeRole.MINISTER])
    return tm.Signature(
        signatory=draw(identifiers()),
        party=party,
        date=_day(_date_between(draw, dt.date(1945, 1, 1), dt.date(2090, 12, 31))),
        office=_office_id(role, party),
        full_powers=True if role is tm.OfficeRole.MINISTER else draw(_OPT_BOOLS),
        ad_referendum=_flag(draw),
        place=_maybe(draw, lambda: draw(_place([party.code], require_state=True))),
        sources=_cite(draw, None),
    )


@st.composite
def votes(draw: Draw) -> tm.Vote:
    """Votes of a chamber: counts of 0 or more, against and abstentions sometimes unreported."""
    return tm.Vote(
        in_favour=_int(draw, 0, 450),
        against=_maybe(draw, lambda: _int(draw, 0, 450)),
        abstentions=_maybe(draw, lambda: _int(draw, 0, 100)),
    )


@st.composite
def party_actions(draw: Draw) -> tm.PartyAction:
    """Lifecycle actions of every kind; effect on or after the act; some undated or uncertain."""
    date = _maybe(draw, lambda: draw(date_values(dt.date(1945, 1, 1), dt.date(2090, 12, 31))))
    kind = _pick(draw, _ACTION_KINDS)
    needs_text = kind in (tm.PartyActionKind.RESERVATION, tm.PartyActionKind.DECLARATION)
    domestic = kind is tm.PartyActionKind.PARLIAMENTARY_APPROVAL
    after = date.latest() if date is not None else dt.date(1945, 1, 1)
    return tm.PartyAction(
        kind=kind,
        party=draw(party_refs()),
        date=date,
        effective=_maybe(draw, lambda: _later(draw, after, 0, 120)),
        text=draw(_FREE_TEXT) if needs_text else None,
        depositary=_maybe(
            draw, lambda: _pick(draw, ["Secretary-General of the United Nations", "Russian Federation"])
        ),
        performed_by=_maybe(draw, lambda: draw(identifiers())),
        body=_pick(draw, ["State Duma", "Mazhilis", "Federation Council"]) if domestic else None,
        vote=draw(votes()) if domestic and _flag(draw) else None,
        disputed_by=tuple(draw(st.lists(party_refs(), max_size=2, unique=True))),
        note=_maybe(draw, lambda: draw(_FREE_TEXT)),
        sources=_cite(draw, None),
    )


@st.composite
def milestones(draw: Draw) -> tm.Milestone:
    """Agreement milestones, some with an uncertain date; an extension ends after its date, or is open."""
    kind = _pick(draw, _MILESTONE_KINDS)
    date = draw(date_values(dt.date(1945, 1, 1), dt.date(2090, 12, 31)))
    extension = kind is tm.MilestoneKind.EXTENSION
    return tm.Milestone(
        kind=kind,
        date=date,
        until=_maybe(draw, lambda: _later(draw, date.latest(), 365, 3650)) if extension else None,
        note=_maybe(draw, lambda: _pick(draw, ["extended by the Protocol of 7 June 2012", "вступил в силу"])),
        sources=_cite(draw, None),
    )


@st.composite
def terms(draw: Draw, min_years: int = 0, source_ids: Sequence[str] | None = None) -> tm.Term:
    """Terms: at least a month (or ``min_years``) long; automatic renewal has a renewal period."""
    years, months = _int(draw, min_years, max(min_years, 50)), _int(draw, 0, 11)
    if years == 0 and months == 0:
        years = 5
    automatic = _flag(draw)
    renewal_years = _int(draw, 1 if automatic else 0, 10)
    return tm.Term(
        years=years,
        months=months,
        renewal_years=renewal_years,
        renewal_months=_int(draw, 0, 11),
        automatic_renewal=automatic,
        max_extensions=_maybe(draw, lambda: _int(draw, 0, 3)),
        article=_maybe(draw, lambda: _pick(draw, ["Article 27", "Article XV"])),
        sources=_cite(draw, source_ids),
    )


def periods(max_years: int = 5) -> st.SearchStrategy[tm.Period]:
    """Periods of up to ``max_years`` years, months and days (zero included)."""
    return st.builds(
        tm.Period,
        years=st.integers(0, max_years),
        months=st.integers(0, 11),
        days=st.integers(0, 365),
    )


_ARTICLES = ("Article 12", "Article XVII", "Article 24(3)", "Статья 15")


def consent_clauses() -> st.SearchStrategy[tm.ConsentClause]:
    """Consent clauses: binding signature or not, accession open or not."""
    return st.builds(
        tm.ConsentClause,
        by_signature=st.booleans(),
        accession=_OPT_BOOLS,
        article=st.none() | st.sampled_from(_ARTICLES),
        text=st.none() | _FREE_TEXT,
        sources=st.lists(identifiers("src-"), max_size=2, unique=True).map(tuple),
    )


@st.composite
def entry_into_force_clauses(draw: Draw) -> tm.EntryIntoForceClause:
    """Entry into force clauses of every mode, with the fields each mode needs."""
    mode = _pick(draw, list(tm.EntryIntoForceMode))
    instruments = (
        _int(draw, 1, 60) if mode is tm.EntryIntoForceMode.AFTER_INSTRUMENTS and _flag(draw) else None
    )
    required: tuple[tm.PartyRef, ...] = ()
    if mode is tm.EntryIntoForceMode.AFTER_INSTRUMENTS and (instruments is None or _flag(draw)):
        required = tuple(draw(st.lists(state_refs(historic=False), min_size=1, max_size=4, unique=True)))
    return tm.EntryIntoForceClause(
        mode=mode,
        delay=_maybe(draw, lambda: draw(periods(1))),
        instruments=instruments,
        required=required,
        date=_any_precision(draw, dt.date(1945, 1, 1), dt.date(2090, 12, 31))
        if mode is tm.EntryIntoForceMode.ON_DATE
        else None,
        not_before=_maybe(draw, lambda: _any_precision(draw, dt.date(1945, 1, 1), dt.date(2090, 12, 31))),
        later_parties=_maybe(draw, lambda: draw(periods(1))),
        article=_maybe(draw, lambda: _pick(draw, _ARTICLES)),
        text=_maybe(draw, lambda: draw(_FREE_TEXT)),
        sources=_cite(draw, None),
    )


@st.composite
def signature_periods(draw: Draw) -> tm.SignaturePeriod:
    """Signature periods: opening on or before closing, where both are known."""
    opens = _maybe(draw, lambda: _any_precision(draw, dt.date(1945, 1, 1), dt.date(2080, 12, 31)))
    after = opens.latest() if opens is not None else dt.date(1945, 1, 1)
    return tm.SignaturePeriod(
        opens=opens,
        closes=_maybe(draw, lambda: _later(draw, after, 0, 3650)),
        place=_maybe(draw, lambda: draw(places())),
        open_to=tuple(draw(st.lists(party_refs(), max_size=3, unique=True))),
        article=_maybe(draw, lambda: _pick(draw, _ARTICLES)),
        sources=_cite(draw, None),
    )


def withdrawal_clauses() -> st.SearchStrategy[tm.WithdrawalClause]:
    """Withdrawal clauses: allowed or not, with notice and waiting periods."""
    return st.builds(
        tm.WithdrawalClause,
        allowed=st.booleans(),
        notice=st.none() | periods(1),
        not_before=st.none() | periods(10),
        article=st.none() | st.sampled_from(_ARTICLES),
        text=st.none() | _FREE_TEXT,
        sources=st.lists(identifiers("src-"), max_size=2, unique=True).map(tuple),
    )


def relations() -> st.SearchStrategy[tm.Relation]:
    """Relations to other agreements."""
    return st.builds(
        tm.Relation,
        kind=st.sampled_from(tm.RelationKind),
        target=identifiers("agr-"),
        date=st.none() | partial_dates(dt.date(1945, 1, 1), dt.date(2090, 12, 31)),
        sources=st.lists(identifiers("src-"), max_size=2, unique=True).map(tuple),
    )


def agreements() -> st.SearchStrategy[tm.Agreement]:
    """Agreements taken from `dossiers` (signatories among parties, lifecycle in order)."""
    return dossiers().flatmap(lambda d: st.sampled_from(d.agreements))


_LIFE_CONSENTS = (
    tm.PartyActionKind.RATIFICATION,
    tm.PartyActionKind.ACCEPTANCE,
    tm.PartyActionKind.APPROVAL,
    tm.PartyActionKind.NOTIFICATION,
)


@st.composite
def lifecycles(draw: Draw, max_parties: int = 4) -> tm.Agreement:
    """Binding agreements with varied lifecycles, for property tests of the lifecycle engine.

    Unlike `dossiers`, these need not be free of rule findings: acts come in
    any order the generator happens to draw (a withdrawal before consent, a second
    accession), dates have every precision, some acts are undated or disputed,
    and the final clauses, when present, are of every kind. Each party signs,
    consents, leaves, re-joins, suspends and resumes at random, mostly in the
    usual order.
    """
    codes = draw(st.lists(state_codes(historic=False), min_size=2, max_size=max_parties, unique=True))
    parties = tuple(tm.StateRef(code=c) for c in codes)
    start = _date_between(draw, dt.date(1950, 1, 1), dt.date(2030, 12, 31))

    def when(after: dt.date) -> tm.PartialDate | None:
        if _int(draw, 0, 9) == 0:
            return None  # an undated act
        return _later(draw, after, 0, 900)

    actions: list[tm.PartyAction] = []
    signatures: list[tm.Signature] = []
    for party in parties:
        cursor = start
        if _flag(draw):
            signed = _day(_days(start, _int(draw, 0, 60)))
            signatures.append(
                tm.Signature(signatory=f"signer-{party.code.lower()}", party=party, date=signed)
            )
            cursor = signed.latest()
        for _ in range(_int(draw, 0, 4)):
            kind = _pick(
                draw,
                [
                    *_LIFE_CONSENTS,
                    tm.PartyActionKind.ACCESSION,
                    tm.PartyActionKind.SIGNATURE,
                    tm.PartyActionKind.DEFINITIVE_SIGNATURE,
                    tm.PartyActionKind.WITHDRAWAL,
                    tm.PartyActionKind.SUSPENSION,
                    tm.PartyActionKind.RESUMPTION,
                    tm.PartyActionKind.REVOCATION,
                    tm.PartyActionKind.NON_INTENT,
                    tm.PartyActionKind.PROVISIONAL_APPLICATION,
                    tm.PartyActionKind.RESERVATION,
                    tm.PartyActionKind.PARLIAMENTARY_APPROVAL,
                ],
            )
            date = when(cursor)
            effective = None
            if date is not None and _flag(draw):
                effective = _later(draw, date.latest(), 0, 400)
            others = [p for p in parties if p != party]
            actions.append(
                tm.PartyAction(
                    kind=kind,
                    party=party,
                    date=date,
                    effective=effective,
                    disputed_by=(_pick(draw, others),)
                    if kind is tm.PartyActionKind.SUSPENSION and _flag(draw)
                    else (),
                )
            )
            if date is not None:
                cursor = max(cursor, (effective or date).latest())
    milestones: list[tm.Milestone] = []
    for kind in (tm.MilestoneKind.ENTRY_INTO_FORCE, tm.MilestoneKind.TERMINATION, tm.MilestoneKind.EXTENSION):
        if _int(draw, 0, 2) == 0:
            date = _any_precision(draw, start, _days(start, 4000))
            until = None
            if kind is tm.MilestoneKind.EXTENSION and _flag(draw):
                until = _later(draw, date.latest(), 30, 3000)
            milestones.append(tm.Milestone(kind=kind, date=date, until=until))
    if _int(draw, 0, 3) == 0 and len(parties) == 2:
        milestones.append(
            tm.Milestone(
                kind=tm.MilestoneKind.EXCHANGE_OF_INSTRUMENTS,
                date=_any_precision(draw, start, _days(start, 2000)),
            )
        )
    return tm.Agreement(
        id="life",
        title="Generated lifecycle",
        kind=tm.AgreementKind.TREATY,
        parties=parties,
        legally_binding=_pick(draw, [True, None, False]),
        date=_day(start),
        signatures=tuple(signatures),
        party_actions=tuple(actions),
        milestones=tuple(milestones),
        consent_clause=_maybe(draw, lambda: draw(consent_clauses())),
        entry_into_force_clause=_maybe(draw, lambda: _lifecycle_clause(draw, parties, start)),
        withdrawal_clause=_maybe(draw, lambda: draw(withdrawal_clauses())),
        term=_maybe(draw, lambda: draw(terms())),
    )


def _lifecycle_clause(
    draw: Draw, parties: tuple[tm.StateRef, ...], start: dt.date
) -> tm.EntryIntoForceClause:
    mode = _pick(draw, list(tm.EntryIntoForceMode))
    after = mode is tm.EntryIntoForceMode.AFTER_INSTRUMENTS
    return tm.EntryIntoForceClause(
        mode=mode,
        delay=_maybe(draw, lambda: draw(periods(0))),
        instruments=_int(draw, 1, len(parties)) if after and _flag(draw) else None,
        required=_subset(draw, parties, max_size=len(parties), min_size=1) if after else (),
        date=_any_precision(draw, start, _days(start, 3000))
        if mode is tm.EntryIntoForceMode.ON_DATE
        else None,
        later_parties=_maybe(draw, lambda: draw(periods(0))),
    )


# --------------------------------------------------------------------------- sources

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


# --------------------------------------------------------------------------- dossiers

_KIND_LABELS = {
    tm.AgreementKind.TREATY: "Treaty on Friendship and Cooperation",
    tm.AgreementKind.CONVENTION: "Convention on Legal Assistance",
    tm.AgreementKind.AGREEMENT: "Agreement on Cooperation in the Field of {}",
    tm.AgreementKind.CHARTER: "Charter of Partnership",
    tm.AgreementKind.PROTOCOL: "Protocol on Cooperation in the Field of {}",
    tm.AgreementKind.EXCHANGE_OF_NOTES: "Exchange of Notes on {}",
    tm.AgreementKind.DECLARATION: "Declaration on Comprehensive Strategic Partnership",
    tm.AgreementKind.JOINT_STATEMENT: "Joint Statement on {}",
    tm.AgreementKind.MEMORANDUM_OF_UNDERSTANDING: "Memorandum of Understanding on {}",
    tm.AgreementKind.LETTER_OF_INTENT: "Letter of Intent on {}",
    tm.AgreementKind.PROGRAMME: "Programme of Cooperation in the Field of {}",
    tm.AgreementKind.ACTION_PLAN: "Action Plan on {}",
    tm.AgreementKind.OTHER: "Roadmap on {}",
}
_BINDING_KINDS = (
    tm.AgreementKind.TREATY,
    tm.AgreementKind.CONVENTION,
    tm.AgreementKind.AGREEMENT,
    tm.AgreementKind.PROTOCOL,
    tm.AgreementKind.EXCHANGE_OF_NOTES,
    tm.AgreementKind.CHARTER,
)
_POLITICAL_KINDS = tuple(k for k in tm.AgreementKind if k not in _BINDING_KINDS)
_CONSENT_KINDS = (tm.PartyActionKind.RATIFICATION, tm.PartyActionKind.ACCEPTANCE, tm.PartyActionKind.APPROVAL)
_VISIT_KINDS = list(tm.VisitKind)
_EXTRA_ROLES = (
    None,
    tm.OfficeRole.HEAD_OF_GOVERNMENT,
    tm.OfficeRole.FOREIGN_MINISTER,
    tm.OfficeRole.MINISTER,
)
_LEVELS = list(tm.AgreementLevel)
_DOSSIER_TITLES = ("Russia-Kazakhstan 2025", "Договоры и визиты", "Generated dossier")


@st.composite
def dossiers(
    draw: Draw,
    *,
    min_visits: int = 0,
    max_visits: int = 2,
    max_agreements: int = 3,
    max_states: int = 3,
    max_organizations: int = 2,
) -> tm.Dossier:
    """Internally consistent dossiers; the module docstring lists every invariant."""
    y0 = _int(draw, 1950, 2040)
    window = dt.date(y0, 1, 1)

    # -- states, organizations, sources
    codes = _distinct(draw, CURRENT_STATE_CODES, _int(draw, 2, max_states))
    capitals = {code: _maybe(draw, lambda: _pick(draw, CITIES)) for code in codes}
    states = tuple(
        tm.State(
            code=code,
            name=tm.State(code=code).display_name if _flag(draw) else None,
            capital=capitals[code],
        )
        for code in codes
    )
    organizations = tuple(
        _organization(entry, _flag(draw))
        for entry in _distinct(draw, ORGANIZATIONS, _int(draw, 0, max_organizations))
    )
    org_ids = [o.id for o in organizations]
    sources = tuple(draw(_source(f"src-{i + 1}", _days(window, -30))) for i in range(_int(draw, 1, 3)))
    source_ids = [s.id for s in sources]

    def cite(max_size: int = 2) -> tuple[str, ...]:
        return _subset(draw, source_ids, max_size=max_size)

    # -- persons, offices, tenures
    persons: list[tm.Person] = []
    offices: list[tm.Office] = []
    tenures: list[tm.Tenure] = []
    roster: dict[tm.PartyRef, list[tuple[str, tm.Office]]] = {}
    office_of: dict[str, tm.Office] = {}

    def new_person() -> str:
        person: tm.Person = draw(_person(number=len(persons) + 1, source_ids=source_ids))
        persons.append(person)
        return person.id

    def appoint(role: tm.OfficeRole, party: tm.PartyRef) -> None:
        single = _flag(draw) if role is tm.OfficeRole.MINISTER else True
        office = tm.Office(
            id=_office_id(role, party),
            title=_office_title(role, party),
            role=role,
            represents=party,
            single_holder=single,
        )
        offices.append(office)
        pid = new_person()
        start, end = _tenure_dates(draw, y0)
        tenures.append(tm.Tenure(person=pid, office=office.id, start=start, end=end, sources=cite()))
        roster.setdefault(party, []).append((pid, office))
        office_of[pid] = office
        if single and _int(draw, 0, 3) == 3:
            predecessor = new_person()
            tenures.append(
                tm.Tenure(
                    person=predecessor,
                    office=office.id,
                    start=_any_precision(draw, dt.date(y0 - 40, 1, 1), dt.date(y0 - 30, 12, 31)),
                    end=_any_precision(draw, dt.date(y0 - 29, 1, 1), dt.date(y0 - 21, 12, 31)),
                )
            )

    for code in codes:
        ref = tm.StateRef(code=code)
        appoint(tm.OfficeRole.HEAD_OF_STATE, ref)
        extra = _pick(draw, _EXTRA_ROLES)
        if extra is not None:
            appoint(extra, ref)
    for org in organizations:
        appoint(tm.OfficeRole.HEAD_OF_ORGANIZATION, org.ref())

    # -- visit skeletons (the agreements are filled in below)
    skeletons: list[dict[str, Any]] = []
    cursor = _days(window, _int(draw, 0, 60))
    for i in range(_int(draw, min_visits, max_visits)):
        guest_state, host_state = _shuffled(draw, codes)[:2]
        kind = _pick(draw, _VISIT_KINDS)
        if kind is tm.VisitKind.STATE:
            guest = roster[tm.StateRef(code=guest_state)][0][0]
            host = roster[tm.StateRef(code=host_state)][0][0]
        else:
            guest = _pick(draw, roster[tm.StateRef(code=guest_state)])[0]
            host = _pick(draw, roster[tm.StateRef(code=host_state)])[0]
        start = cursor
        end = _days(start, _int(draw, 0, 3))
        cursor = _days(end, _int(draw, 1, 200))
        skeletons.append(
            {
                "id": f"visit-{i + 1}",
                "kind": kind,
                "guest": guest,
                "guest_state": guest_state,
                "host": host,
                "host_state": host_state,
                "start": start,
                "end": end,
                "agreements": [],
            }
        )

    # -- agreements
    agreements: list[tm.Agreement] = []
    visit_of: dict[str, str] = {}
    for i in range(_int(draw, 1, max_agreements)):
        aid = f"agr-{i + 1}"
        visit = _maybe(draw, lambda: _pick(draw, skeletons)) if skeletons else None
        signed: list[tm.Signature] = []

        def sign(
            pid: str, party: tm.PartyRef, day: dt.date, where: tm.Place | None, out: list[tm.Signature]
        ) -> None:
            office = office_of[pid]
            out.append(
                tm.Signature(
                    signatory=pid,
                    party=party,
                    date=_day(day),
                    office=office.id,
                    full_powers=True if office.role not in _ART7 else draw(_OPT_BOOLS),
                    ad_referendum=_flag(draw),
                    place=where,
                    sources=cite(1),
                )
            )

        parties: tuple[tm.PartyRef, ...]
        place: tm.Place | None
        if visit is not None:
            guest_ref = tm.StateRef(code=visit["guest_state"])
            host_ref = tm.StateRef(code=visit["host_state"])
            parties = _shuffled(draw, [guest_ref, host_ref])
            place = tm.Place(
                name=_pick(draw, VENUES), locality=capitals[visit["host_state"]], state=visit["host_state"]
            )
            for pid, ref in ((visit["guest"], guest_ref), (visit["host"], host_ref)):
                day = _date_between(draw, visit["start"], visit["end"])
                sign(pid, ref, day, place if _flag(draw) else None, signed)
            visit["agreements"].append(aid)
            visit_of[aid] = visit["id"]
            bilateral = True if _flag(draw) else None
        else:
            pool: list[tm.PartyRef] = [tm.StateRef(code=c) for c in codes] + [o.ref() for o in organizations]
            parties = _shuffled(draw, _subset(draw, pool, min_size=2, max_size=4))
            base = _days(window, _int(draw, 0, 1400))
            for party in parties:
                for pid, _office in _subset(draw, roster[party], min_size=1, max_size=2):
                    day = _days(base, _int(draw, 0, 30))
                    sign(pid, party, day, _maybe(draw, lambda: draw(_place(codes))), signed)
            place = _maybe(draw, lambda: draw(_place(codes)))
            if len(parties) == 2:
                bilateral = True if _flag(draw) else None
            else:
                bilateral = False if _flag(draw) else None

        first_signed = min(_dated(s.date).earliest() for s in signed)
        legally_binding = _pick(draw, [None, True, False])
        kind = _pick(draw, _BINDING_KINDS if legally_binding else _POLITICAL_KINDS)
        title = _KIND_LABELS[kind].format(_pick(draw, FIELDS)[0])
        if len(parties) == 2 and all(isinstance(p, tm.StateRef) for p in parties):
            names = [tm.State(code=p.code).display_name for p in parties if isinstance(p, tm.StateRef)]
            title = f"{title} between {names[0]} and {names[1]}"

        # lifecycle
        actions: list[tm.PartyAction] = []
        milestones: list[tm.Milestone] = []
        consents: dict[tm.PartyRef, tm.PartialDate] = {}
        if _flag(draw):
            milestones.append(tm.Milestone(kind=tm.MilestoneKind.ADOPTION, date=_earlier(draw, first_signed)))
        if legally_binding is True:
            for party in parties:
                if not _flag(draw):
                    continue
                last_signed = max(_dated(s.date).latest() for s in signed if s.party == party)
                when = _later(draw, last_signed)
                consents[party] = when
                actions.append(
                    tm.PartyAction(
                        kind=_pick(draw, _CONSENT_KINDS),
                        party=party,
                        date=when,
                        effective=_maybe(draw, _up_to_90_days(draw, when)),
                        depositary=_maybe(draw, lambda: "Secretary-General of the United Nations"),
                        sources=cite(1),
                    )
                )
                if _flag(draw):
                    actions.append(
                        tm.PartyAction(
                            kind=tm.PartyActionKind.DECLARATION,
                            party=party,
                            date=when,
                            text=_pick(draw, VERBATIM),
                        )
                    )
            entry: tm.PartialDate | None = None
            if len(consents) == len(parties) and _flag(draw):
                entry = _later(draw, max(d.latest() for d in consents.values()), 1, 120)
                milestones.append(
                    tm.Milestone(kind=tm.MilestoneKind.ENTRY_INTO_FORCE, date=entry, sources=cite(1))
                )
                # In force for no party before it is in force at all (VCLT art. 24).
                actions = [
                    attrs.evolve(a, effective=None)
                    if a.effective is not None and a.effective.earliest() < entry.latest()
                    else a
                    for a in actions
                ]
            if consents and _flag(draw):
                leaving = _pick(draw, list(consents))
                after = max(consents[leaving].latest(), entry.latest() if entry else dt.date.min)
                when = _later(draw, after, 1, 2000)
                actions.append(
                    tm.PartyAction(
                        kind=tm.PartyActionKind.WITHDRAWAL,
                        party=leaving,
                        date=when,
                        # A year of notice, the longest clause generated below (365 days fall
                        # short of twelve months across a 29 February).
                        effective=_day(tm.Period(months=12).after(when.latest())),
                    )
                )
        actions.sort(key=lambda a: a.date or tm.PartialDate(year=1))
        milestones.sort(key=lambda m: m.date)

        # structure
        body = _section_forest(draw, aid, 3, 2, source_ids)
        section_ids = [u.id for s in body for u in s.walk()]
        earlier_ids = [a.id for a in agreements]
        commitments = tuple(
            _commitment(draw, f"{aid}-c{j + 1}", parties, org_ids, earlier_ids, section_ids, source_ids)
            for j in range(_int(draw, 0, 3))
        )

        # relations: to earlier agreements signed no later than this one
        relations: list[tm.Relation] = []
        for target in _subset(draw, agreements):
            if target.date is None or target.date.earliest() > first_signed:
                continue
            same_visit = visit is not None and visit_of.get(target.id) == visit["id"]
            kinds = [k for k in _RELATION_KINDS if same_visit or k is not tm.RelationKind.SIGNED_WITH]
            relations.append(tm.Relation(kind=_pick(draw, kinds), target=target.id, sources=cite(1)))

        agreements.append(
            tm.Agreement(
                id=aid,
                title=title,
                kind=kind,
                parties=parties,
                other_titles=tuple(draw(titles(source_ids)) for _ in range(_int(draw, 0, 2))),
                legally_binding=legally_binding,
                level=_maybe(draw, lambda: _pick(draw, _LEVELS)),
                bilateral=bilateral,
                date=_day(first_signed),
                place=place,
                languages=_subset(draw, ["ru", "kk", "en", "fr", "zh"], max_size=3),
                signatures=tuple(signed),
                preamble=_maybe(draw, lambda: draw(_FREE_TEXT)),
                sections=body,
                conclusions=_maybe(
                    draw, lambda: "Done in two originals, each in the Russian and Kazakh languages"
                ),
                commitments=commitments,
                party_actions=tuple(actions),
                milestones=tuple(milestones),
                consent_clause=tm.ConsentClause(by_signature=False, sources=cite(1))
                if legally_binding and _flag(draw)
                else None,
                withdrawal_clause=tm.WithdrawalClause(notice=tm.Period(months=_int(draw, 0, 12)))
                if any(a.kind is tm.PartyActionKind.WITHDRAWAL for a in actions) and _flag(draw)
                else None,
                # Longer than any generated lifecycle, so that no act comes after the term ends.
                term=draw(terms(min_years=10, source_ids=source_ids))
                if legally_binding and _flag(draw)
                else None,
                relations=tuple(relations),
                relationship_level=_maybe(draw, lambda: _pick(draw, RELATIONSHIP_LEVELS)),
                published_in=cite(1),
                summary=_maybe(draw, lambda: draw(_FREE_TEXT)),
                sources=cite(),
                variants=(draw(variants(source_ids, _AGREEMENT_VARIANT_FIELDS)),) if _flag(draw) else (),
            )
        )

    # -- visits
    visits: list[tm.Visit] = []
    seen: set[tuple[str, str, tm.VisitKind]] = set()
    for sk in skeletons:
        length = (sk["end"] - sk["start"]).days
        offsets = sorted(_int(draw, 0, length) for _ in range(_int(draw, 0, 4)))
        program = [
            draw(
                _event(
                    f"{sk['id']}-e{j + 1}",
                    _day(_days(sk["start"], n)),
                    (sk["guest"], sk["host"]),
                    sk["host_state"],
                    source_ids,
                )
            )
            for j, n in enumerate(offsets)
        ]
        program.sort(key=lambda e: (e.date, e.start_time or dt.time.min))
        key = (sk["guest"], sk["host_state"], sk["kind"])
        first = (key not in seen) if _flag(draw) else None
        seen.add(key)
        town = capitals[sk["host_state"]] or _pick(draw, CITIES)
        visits.append(
            tm.Visit(
                id=sk["id"],
                kind=sk["kind"],
                guest=sk["guest"],
                guest_state=sk["guest_state"],
                host=sk["host"],
                host_state=sk["host_state"],
                start=_day(sk["start"]),
                end=_day(sk["end"]),
                places=(tm.Place(name=town, state=sk["host_state"]),) if _flag(draw) else (),
                program=tuple(program),
                agreements=tuple(sk["agreements"]),
                invited_by=sk["host"] if _flag(draw) else None,
                first_of_kind=first,
                description=_maybe(draw, lambda: draw(_FREE_TEXT)),
                sources=cite(),
                variants=(draw(variants(source_ids, _VISIT_VARIANT_FIELDS)),) if _flag(draw) else (),
            )
        )

    # -- quotes
    person_ids = [p.id for p in persons]
    agreement_ids = [a.id for a in agreements]
    quotes = tuple(
        tm.Quote(
            id=f"q-{i + 1}",
            text=draw(_FREE_TEXT),
            source=_pick(draw, source_ids),
            speaker=_maybe(draw, lambda: _pick(draw, person_ids)),
            agreement=_maybe(draw, lambda: _pick(draw, agreement_ids)),
            date=_maybe(draw, lambda: _any_precision(draw, window, _days(window, 1460))),
            lang=_maybe(draw, lambda: _pick(draw, LANGUAGE_TAGS)),
            translated=draw(_OPT_BOOLS),
        )
        for i in range(_int(draw, 0, 2))
    )

    return tm.Dossier(
        id=f"dossier-{y0}",
        title=_pick(draw, _DOSSIER_TITLES),
        description=_maybe(draw, lambda: draw(_FREE_TEXT)),
        states=states,
        organizations=organizations,
        persons=tuple(persons),
        offices=tuple(offices),
        tenures=tuple(tenures),
        visits=tuple(visits),
        agreements=tuple(agreements),
        sources=sources,
        quotes=quotes,
    )


# --------------------------------------------------------------------------- checking


def invariant_violations(dossier: tm.Dossier) -> list[str]:
    """The invariants of `dossiers` that ``dossier`` breaks, in words (empty when none).

    An executable form of the module docstring, for property tests.
    """
    problems: list[str] = []
    d = dossier

    def unique(kind: str, ids: Sequence[str]) -> None:
        if len(set(ids)) != len(ids):
            problems.append(f"duplicate {kind} ids: {sorted(ids)}")

    for kind in KINDS:
        if kind.unique:
            unique(kind.name, [kind.id_of(r) for r in records(d, kind)])

    def ref(kind: str, id: str | None, where: str) -> None:
        if id is not None and not d.has(kind, id):
            problems.append(f"{where}: unknown {kind} {id!r}")

    def cites(ids: Sequence[str], where: str) -> None:
        for sid in ids:
            ref("source", sid, where)

    def place(p: tm.Place | None, where: str) -> None:
        if p is not None and p.state is not None:
            ref("state", p.state, where)

    def party(p: tm.PartyRef, where: str) -> None:
        if isinstance(p, tm.StateRef):
            ref("state", p.code, where)
        else:
            ref("organization", p.id, where)

    def covering_office(pid: str, on: tm.DateValue) -> list[tm.Office]:
        return list(d.offices_held(pid, on))

    for p in d.persons:
        cites(p.sources, f"person {p.id}")
    for o in d.offices:
        party(o.represents, f"office {o.id}")
    for t in d.tenures:
        ref("person", t.person, "tenure")
        ref("office", t.office, "tenure")
        cites(t.sources, "tenure")
        if t.start and t.end and t.end.is_before(t.start):
            problems.append(f"tenure of {t.person} ends before it starts")
    for o in d.offices:
        if not o.single_holder:
            continue
        spans = [t for t in d.tenures if t.office == o.id]
        for i, a in enumerate(spans):
            for b in spans[i + 1 :]:
                a_end = a.end.latest() if a.end else dt.date.max
                b_end = b.end.latest() if b.end else dt.date.max
                a_start = a.start.earliest() if a.start else dt.date.min
                b_start = b.start.earliest() if b.start else dt.date.min
                if a_start <= b_end and b_start <= a_end:
                    problems.append(f"office {o.id}: tenures of {a.person} and {b.person} overlap")

    listed: dict[str, str] = {}
    for v in d.visits:
        where = f"visit {v.id}"
        ref("person", v.guest, where)
        ref("person", v.host, where)
        ref("state", v.guest_state, where)
        ref("state", v.host_state, where)
        ref("person", v.invited_by, where)
        cites(v.sources, where)
        for var in v.variants:
            cites(var.sources, where)
        for p in v.places:
            place(p, where)
        if v.guest_state == v.host_state:
            problems.append(f"{where}: guest state is host state")
        if v.start.precision is not tm.Precision.DAY or v.end.precision is not tm.Precision.DAY:
            problems.append(f"{where}: dates not day-precise")
        if v.end < v.start:
            problems.append(f"{where}: ends before it starts")
        if v.host is None:
            problems.append(f"{where}: host not recorded")
        for person, state in ((v.guest, v.guest_state), (v.host or "", v.host_state)):
            held = [o for o in covering_office(person, v.start) if o.represents == tm.StateRef(code=state)]
            if not held or not all(o in covering_office(person, v.end) for o in held):
                problems.append(f"{where}: {person} holds no office of {state} during the visit")
            if v.kind is tm.VisitKind.STATE and not any(o.role is tm.OfficeRole.HEAD_OF_STATE for o in held):
                problems.append(f"{where}: state visit but {person} is not head of state")
        for e in v.program:
            if e.date is None:
                problems.append(f"{where}: event {e.id} undated")
            elif not (v.start.earliest() <= e.date.earliest() and e.date.latest() <= v.end.latest()):
                problems.append(f"{where}: event {e.id} outside the visit")
            for pid in e.participants:
                ref("person", pid, f"event {e.id}")
            place(e.venue, f"event {e.id}")
            cites(e.sources, f"event {e.id}")
        for aid in v.agreements:
            ref("agreement", aid, where)
            if aid in listed:
                problems.append(f"agreement {aid} listed in visits {listed[aid]} and {v.id}")
            listed[aid] = v.id

    order = {a.id: i for i, a in enumerate(d.agreements)}
    for a in d.agreements:
        where = f"agreement {a.id}"
        cites(a.sources, where)
        cites(a.published_in, where)
        for t in a.other_titles:
            cites(t.sources, where)
        for var in a.variants:
            cites(var.sources, where)
        place(a.place, where)
        if a.parties is None:
            problems.append(f"{where}: parties not recorded")
        parties = a.parties or ()
        if len(set(parties)) != len(parties) or len(parties) < 2:
            problems.append(f"{where}: needs two or more distinct parties")
        if a.bilateral is True and len(parties) != 2:
            problems.append(f"{where}: bilateral with {len(parties)} parties")
        for p in parties:
            party(p, where)
            if not a.signatories_for(p):
                problems.append(f"{where}: party {p} has no signature")
        signers = [s.signatory for s in a.signatures]
        if len(set(signers)) != len(signers):
            problems.append(f"{where}: a person signs twice")
        for s in a.signatures:
            if s.party not in parties:
                problems.append(f"{where}: signature for non-party {s.party}")
            if s.date is None:
                problems.append(f"{where}: undated signature by {s.signatory}")
                continue
            if s.date.precision is not tm.Precision.DAY:
                problems.append(f"{where}: signature date not day-precise")
            held = {o.id: o for o in covering_office(s.signatory, s.date)}
            office = held.get(s.office or "")
            if office is None or office.represents != s.party:
                problems.append(f"{where}: {s.signatory} does not hold {s.office} for {s.party} on {s.date}")
            elif not office.role.represents_without_full_powers and s.full_powers is not True:
                problems.append(f"{where}: {s.signatory} needs full powers")
            place(s.place, where)
        if a.id in listed:
            v = d.visit(listed[a.id])
            if set(parties) != {tm.StateRef(code=v.guest_state), tm.StateRef(code=v.host_state)}:
                problems.append(f"{where}: parties are not the visit's states")
            for s in a.signatures:
                if s.date is not None and not (
                    v.start.earliest() <= s.date.earliest() and s.date.latest() <= v.end.latest()
                ):
                    problems.append(f"{where}: signed outside visit {v.id}")
                if s.place is not None and s.place.state != v.host_state:
                    problems.append(f"{where}: signed outside the host state")
            if a.place is not None and a.place.state != v.host_state:
                problems.append(f"{where}: place outside the host state")
        consent: dict[tm.PartyRef, tm.DateValue] = {}
        for act in a.party_actions:
            if act.party not in parties:
                problems.append(f"{where}: action by non-party {act.party}")
                continue
            if a.legally_binding is not True:
                problems.append(f"{where}: lifecycle action on a non-binding instrument")
            if act.date is None:
                problems.append(f"{where}: undated {act.kind.value} by {act.party}")
                continue
            if act.effective is not None and act.effective.is_before(act.date):
                problems.append(f"{where}: effect before the act")
            if act.kind.expresses_consent:
                signed = max(_dated(s.date).latest() for s in a.signatories_for(act.party))
                if act.date.earliest() <= signed:
                    problems.append(f"{where}: consent of {act.party} not after its signature")
                consent[act.party] = act.date
            if act.kind is tm.PartyActionKind.WITHDRAWAL and (
                act.party not in consent or act.date.earliest() <= consent[act.party].latest()
            ):
                problems.append(f"{where}: withdrawal of {act.party} before joining")
        for m in a.milestones:
            if m.kind is tm.MilestoneKind.ENTRY_INTO_FORCE:
                if set(consent) != set(parties):
                    problems.append(f"{where}: entry into force without every consent")
                elif any(m.date.earliest() <= c.latest() for c in consent.values()):
                    problems.append(f"{where}: entry into force before the consents")
        section_ids = [s.id for s in a.all_sections()]
        numbers = [s.number for s in a.all_sections() if s.number is not None]
        if len(set(numbers)) != len(numbers):
            problems.append(f"{where}: duplicate section numbers")
        for c in a.commitments:
            for p in (*c.bound, *c.beneficiaries):
                if p not in parties:
                    problems.append(f"{where}: commitment {c.id} names non-party {p}")
            for oid in c.organizations:
                ref("organization", oid, f"commitment {c.id}")
            for aid in c.agreements:
                ref("agreement", aid, f"commitment {c.id}")
            if c.section is not None and c.section not in section_ids:
                problems.append(f"{where}: commitment {c.id} in unknown section {c.section}")
            cites(c.sources, f"commitment {c.id}")
        for r in a.relations:
            ref("agreement", r.target, where)
            if order.get(r.target, len(order)) >= order[a.id]:
                problems.append(f"{where}: relation to {r.target} is not to an earlier agreement")

    for q in d.quotes:
        ref("source", q.source, f"quote {q.id}")
        if isinstance(q.speaker, tm.PersonRef):
            ref("person", q.speaker.id, f"quote {q.id}")
        elif q.speaker is not None:
            problems.append(f"quote {q.id}: speaker {q.speaker} is not a person")
        ref("agreement", q.agreement, f"quote {q.id}")
    return problems
