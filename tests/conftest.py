"""Shared Hypothesis profile and fixtures of real facts."""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

import treatymodel as tm

# The record builders in examples/ share a helper module; tests load them by file path.
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "examples"))

settings.register_profile(
    "default",
    deadline=None,
    derandomize=True,
    database=None,
    max_examples=100,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
settings.register_profile("ci", parent=settings.get_profile("default"))
settings.load_profile("default")


def day(text: str) -> tm.PartialDate:
    """A partial date from its ISO form."""
    return tm.PartialDate.parse(text)


@pytest.fixture
def rus() -> tm.State:
    return tm.State(code="RUS", name="Russia", capital="Moscow")


@pytest.fixture
def kaz() -> tm.State:
    return tm.State(code="KAZ", name="Kazakhstan", capital="Astana")


@pytest.fixture
def putin() -> tm.Person:
    return tm.Person(
        id="putin",
        name="Vladimir Putin",
        other_names=(tm.Title(text="Владимир Владимирович Путин", lang="ru"),),
    )


@pytest.fixture
def tokayev() -> tm.Person:
    return tm.Person(
        id="tokayev",
        name="Kassym-Jomart Tokayev",
        other_names=(
            tm.Title(text="Касым-Жомарт Токаев", lang="ru"),
            tm.Title(text="Қасым-Жомарт Тоқаев", lang="kk"),
        ),
    )


@pytest.fixture
def president_rus() -> tm.Office:
    return tm.Office(
        id="president-rus",
        title="President of the Russian Federation",
        role=tm.OfficeRole.HEAD_OF_STATE,
        represents=tm.StateRef(code="RUS"),
        other_titles=(tm.Title(text="Президент Российской Федерации", lang="ru"),),
    )


@pytest.fixture
def president_kaz() -> tm.Office:
    return tm.Office(
        id="president-kaz",
        title="President of the Republic of Kazakhstan",
        role=tm.OfficeRole.HEAD_OF_STATE,
        represents=tm.StateRef(code="KAZ"),
        other_titles=(tm.Title(text="Қазақстан Республикасының Президенті", lang="kk"),),
    )


@pytest.fixture
def putin_tenure() -> tm.Tenure:
    return tm.Tenure(person="putin", office="president-rus", start=day("2012-05-07"))


@pytest.fixture
def tokayev_tenure() -> tm.Tenure:
    return tm.Tenure(person="tokayev", office="president-kaz", start=day("2019-03-20"))


@pytest.fixture
def kremlin_source() -> tm.Source:
    return tm.Source(
        id="kremlin-78447",
        kind=tm.SourceKind.OFFICIAL_STATEMENT,
        publisher="Kremlin",
        title="Russian-Kazakhstani talks",
        url="http://en.special.kremlin.ru/catalog/countries/KZ/events/78447",
        published=day("2025-11-12"),
        lang="en",
    )


@pytest.fixture
def seed_article() -> tm.Source:
    return tm.Source(
        id="seed-article",
        kind=tm.SourceKind.NEWS_ARTICLE,
        publisher="News outlet",
        published=day("2025-11-12"),
        lang="en",
    )


@pytest.fixture
def declaration() -> tm.Agreement:
    """The Russia-Kazakhstan declaration of 12 November 2025."""
    rus, kaz = tm.StateRef(code="RUS"), tm.StateRef(code="KAZ")
    kremlin = tm.Place(name="Kremlin", locality="Moscow", state="RUS")
    sections = tuple(
        tm.Section(id=f"decl-s{n}", kind=tm.SectionKind.SECTION, number=str(n), heading=heading)
        for n, heading in enumerate(
            (
                "Politics and security",
                "Economic cooperation and integration",
                "Advanced science-intensive industries",
                "The humanitarian sphere",
            ),
            start=1,
        )
    )
    return tm.Agreement(
        id="ru-kz-declaration-2025",
        title=(
            "Declaration on the transition of bilateral relations to the level of a "
            "comprehensive strategic partnership and alliance"
        ),
        kind=tm.AgreementKind.DECLARATION,
        parties=(rus, kaz),
        other_titles=(
            tm.Title(
                text=(
                    "Declaration on the Transition of Interstate Relations between the Russian "
                    "Federation and the Republic of Kazakhstan to the Level of Comprehensive "
                    "Strategic Partnership and Alliance"
                ),
                lang="en",
                sources=("kremlin-78447",),
                note="official English title",
            ),
            tm.Title(
                text=(
                    "Декларация о переходе межгосударственных отношений Российской Федерации и "
                    "Республики Казахстан на уровень всеобъемлющего стратегического партнерства "
                    "и союзничества"
                ),
                lang="ru",
            ),
        ),
        legally_binding=False,
        level=tm.AgreementLevel.INTERSTATE,
        bilateral=True,
        date=day("2025-11-12"),
        place=kremlin,
        languages=("ru", "kk"),
        signatures=(
            tm.Signature(signatory="putin", party=rus, date=day("2025-11-12"), office="president-rus"),
            tm.Signature(signatory="tokayev", party=kaz, date=day("2025-11-12"), office="president-kaz"),
        ),
        sections=sections,
        commitments=(
            tm.Commitment(
                id="c-world-order",
                topics=(tm.Topic.WORLD_ORDER, tm.Topic.INTERNATIONAL_LAW),
                verb=tm.CommitmentVerb.COMMIT,
                summary="A more representative and equitable multipolar world order",
                quote=(
                    "remain committed to building a more representative and equitable multipolar "
                    "world order based on adherence to international law, including all the purposes "
                    "and principles enshrined in the Charter of the United Nations"
                ),
                instruments=("Charter of the United Nations",),
                organizations=("un",),
                section="decl-s1",
                sources=("seed-article",),
            ),
            tm.Commitment(
                id="c-csto",
                topics=(tm.Topic.SECURITY,),
                verb=tm.CommitmentVerb.EMPHASIZE,
                summary="The key role of the CSTO in regional stability; strengthen its capacity",
                organizations=("csto",),
                section="decl-s1",
            ),
            tm.Commitment(
                id="c-space",
                topics=(tm.Topic.SPACE, tm.Topic.SECURITY),
                verb=tm.CommitmentVerb.REAFFIRM,
                summary="Prevent the deployment of weapons in outer space",
                section="decl-s1",
            ),
        ),
        relationship_level="comprehensive strategic partnership and alliance",
        published_in=("kremlin-78447",),
        sources=("seed-article", "kremlin-78447"),
    )


@pytest.fixture
def state_visit() -> tm.Visit:
    """Tokayev's state visit to Russia, 11-12 November 2025."""
    kremlin = tm.Place(name="Kremlin", locality="Moscow", state="RUS")
    return tm.Visit(
        id="tokayev-state-visit-2025",
        kind=tm.VisitKind.STATE,
        guest="tokayev",
        guest_state="KAZ",
        host="putin",
        host_state="RUS",
        start=day("2025-11-11"),
        end=day("2025-11-12"),
        places=(tm.Place(name="Moscow", state="RUS"),),
        program=(
            tm.Event(
                id="private-meeting",
                kind=tm.EventKind.PRIVATE_MEETING,
                date=day("2025-11-11"),
                duration=dt.timedelta(hours=3),
                participants=("putin", "tokayev"),
                closed_to_press=True,
                variants=(tm.Variant(field="duration", value="PT2H", sources=("other-outlet",)),),
            ),
            tm.Event(
                id="talks-narrow",
                kind=tm.EventKind.TALKS,
                talks_format=tm.TalksFormat.NARROW,
                date=day("2025-11-12"),
                venue=kremlin,
            ),
            tm.Event(
                id="talks-expanded",
                kind=tm.EventKind.TALKS,
                talks_format=tm.TalksFormat.EXPANDED,
                date=day("2025-11-12"),
                venue=kremlin,
            ),
            tm.Event(id="signing", kind=tm.EventKind.SIGNING_CEREMONY, date=day("2025-11-12"), venue=kremlin),
            tm.Event(
                id="gala-concert",
                kind=tm.EventKind.CULTURAL_EVENT,
                title="Gala concert by Kazakh artists",
                date=day("2025-11-12"),
                venue=tm.Place(name="Bolshoi Theatre", locality="Moscow", state="RUS"),
                participants=("putin", "tokayev"),
            ),
        ),
        agreements=("ru-kz-declaration-2025",),
        first_of_kind=True,
        sources=("seed-article",),
    )


@pytest.fixture
def seed_dossier(
    rus: tm.State,
    kaz: tm.State,
    putin: tm.Person,
    tokayev: tm.Person,
    president_rus: tm.Office,
    president_kaz: tm.Office,
    putin_tenure: tm.Tenure,
    tokayev_tenure: tm.Tenure,
    state_visit: tm.Visit,
    declaration: tm.Agreement,
    kremlin_source: tm.Source,
    seed_article: tm.Source,
) -> tm.Dossier:
    return tm.Dossier(
        id="ru-kz-2025",
        title="Tokayev's state visit to Russia, November 2025",
        states=(rus, kaz),
        organizations=(
            tm.Organization(id="un", name="United Nations", acronym="UN"),
            tm.Organization(id="csto", name="Collective Security Treaty Organization", acronym="CSTO"),
            tm.Organization(id="eaeu", name="Eurasian Economic Union", acronym="EAEU"),
        ),
        persons=(putin, tokayev),
        offices=(president_rus, president_kaz),
        tenures=(putin_tenure, tokayev_tenure),
        visits=(state_visit,),
        agreements=(declaration,),
        sources=(
            kremlin_source,
            seed_article,
            tm.Source(id="other-outlet", kind=tm.SourceKind.NEWS_ARTICLE, publisher="Another outlet"),
        ),
        quotes=(
            tm.Quote(
                id="q-tokayev",
                speaker="tokayev",
                source="seed-article",
                agreement="ru-kz-declaration-2025",
                text="will open a new era in bilateral relations",
                translated=True,
            ),
        ),
    )


def assert_rejects(cls: type, valid: dict[str, object], field: str, value: object) -> tm.FieldError:
    """Building ``cls`` with ``field`` set to ``value`` raises a FieldError naming the field."""
    with pytest.raises(tm.FieldError) as info:
        cls(**{**valid, field: value})
    error = info.value
    assert isinstance(error, ValueError)
    assert isinstance(error, tm.TreatyModelError)
    assert error.owner == cls.__name__
    assert error.field == field
    assert error.value == value or error.value is value
    assert str(error).startswith(f"{cls.__name__}.{field}: ")
    return error


@pytest.fixture
def rejects() -> object:
    """The :func:`assert_rejects` helper, as a fixture."""
    return assert_rejects
