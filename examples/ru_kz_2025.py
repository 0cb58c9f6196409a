"""The seed record: Tokayev's state visit to Russia and the Declaration of 12 November 2025.

Every fact of the news article in ``shared/seed/`` is held here, each citing its
source; where other public reporting adds a venue or disagrees (the private
meeting lasted two hours in one outlet, three in others), that source is cited
too and the disagreement is kept as a :class:`~treatymodel.Variant`.

Run as a script, it prints a readable summary::

    python examples/ru_kz_2025.py
"""

from __future__ import annotations

import datetime as dt

import treatymodel as tm

D = tm.PartialDate.parse
RUS = tm.StateRef(code="RUS")
KAZ = tm.StateRef(code="KAZ")
KREMLIN = tm.Place(name="Kremlin", locality="Moscow", state="RUS")
BOLSHOI = tm.Place(name="Bolshoi Theatre", locality="Moscow", state="RUS")

DECLARATION_ID = "ru-kz-declaration-2025"
VISIT_ID = "tokayev-russia-2025-11"
SEED = "seed-article"

#: The Declaration's title as the seed article words it.
TITLE = (
    "Declaration on the transition of bilateral relations to the level of a "
    "comprehensive strategic partnership and alliance"
)


def sources() -> tuple[tm.Source, ...]:
    """The article itself, the publication of the text, and the reporting that adds to it."""
    return (
        tm.Source(
            id=SEED,
            kind=tm.SourceKind.NEWS_ARTICLE,
            lang="en",
            note="The news article bundled as treatymodel's seed (shared/seed/); no byline or date.",
        ),
        tm.Source(
            id="kremlin-text",
            kind=tm.SourceKind.OFFICIAL_TEXT,
            publisher="Kremlin",
            note="The seed article says the text was published on the Kremlin's website.",
        ),
        tm.Source(
            id="kremlin-78447",
            kind=tm.SourceKind.OFFICIAL_STATEMENT,
            publisher="Kremlin",
            url="http://en.special.kremlin.ru/catalog/countries/KZ/events/78447",
            published=D("2025-11-12"),
            lang="en",
        ),
        tm.Source(
            id="rbc-69148e3a",
            kind=tm.SourceKind.NEWS_ARTICLE,
            publisher="RBC",
            url="https://www.rbc.ru/rbcfreenews/69148e3a9a794771d027d238",
            published=D("2025-11-12"),
            lang="ru",
        ),
        tm.Source(
            id="gazeta-27167846",
            kind=tm.SourceKind.NEWS_ARTICLE,
            publisher="Gazeta.ru",
            url="https://www.gazeta.ru/politics/news/2025/11/12/27167846.shtml",
            published=D("2025-11-12"),
            lang="ru",
        ),
        tm.Source(
            id="tass-25608725",
            kind=tm.SourceKind.NEWS_ARTICLE,
            publisher="TASS",
            url="https://tass.ru/obschestvo/25608725",
            lang="ru",
        ),
        tm.Source(
            id="vedomosti-1154206",
            kind=tm.SourceKind.NEWS_ARTICLE,
            publisher="Vedomosti",
            url="https://www.vedomosti.ru/politics/news/2025/11/12/1154206-o-kulturnoi-programme",
            published=D("2025-11-12"),
            lang="ru",
        ),
        tm.Source(
            id="wikipedia-putin",
            kind=tm.SourceKind.REFERENCE,
            publisher="Wikipedia",
            url="https://en.wikipedia.org/wiki/Vladimir_Putin",
            lang="en",
        ),
        tm.Source(
            id="wikipedia-tokayev",
            kind=tm.SourceKind.REFERENCE,
            publisher="Wikipedia",
            url="https://en.wikipedia.org/wiki/Kassym-Jomart_Tokayev",
            lang="en",
        ),
    )


def people() -> tuple[tuple[tm.Person, ...], tuple[tm.Office, ...], tuple[tm.Tenure, ...]]:
    """The two presidents, their offices, and their tenures."""
    persons = (
        tm.Person(
            id="putin",
            name="Vladimir Putin",
            other_names=(tm.Title(text="Владимир Путин", lang="ru"),),
            sources=(SEED,),
        ),
        tm.Person(
            id="tokayev",
            name="Kassym-Jomart Tokayev",
            other_names=(
                tm.Title(text="Касым-Жомарт Токаев", lang="ru"),
                tm.Title(text="Қасым-Жомарт Тоқаев", lang="kk"),
            ),
            sources=(SEED,),
        ),
    )
    offices = (
        tm.Office(
            id="president-rus",
            title="President of the Russian Federation",
            role=tm.OfficeRole.HEAD_OF_STATE,
            represents=RUS,
        ),
        tm.Office(
            id="president-kaz",
            title="President of the Republic of Kazakhstan",
            role=tm.OfficeRole.HEAD_OF_STATE,
            represents=KAZ,
        ),
    )
    tenures = (
        # Putin's current, unbroken tenure; his 2000-2008 terms are not needed here.
        tm.Tenure(
            person="putin", office="president-rus", start=D("2012-05-07"), sources=("wikipedia-putin",)
        ),
        tm.Tenure(
            person="tokayev", office="president-kaz", start=D("2019-03-20"), sources=("wikipedia-tokayev",)
        ),
    )
    return persons, offices, tenures


def program() -> tuple[tm.Event, ...]:
    """The program of the visit as the seed article gives it, with venues from other reporting."""
    leaders = ("putin", "tokayev")
    day1, day2 = D("2025-11-11"), D("2025-11-12")
    return (
        tm.Event(
            id="private-meeting",
            kind=tm.EventKind.PRIVATE_MEETING,
            date=day1,
            duration=dt.timedelta(hours=3),
            venue=KREMLIN,
            participants=leaders,
            closed_to_press=True,
            description="A private meeting behind closed doors.",
            sources=(SEED, "gazeta-27167846", "tass-25608725"),
            variants=(
                tm.Variant(field="duration", value="PT2H", sources=("rbc-69148e3a",), note="about two hours"),
            ),
        ),
        tm.Event(
            id="talks-narrow",
            kind=tm.EventKind.TALKS,
            date=day2,
            talks_format=tm.TalksFormat.NARROW,
            venue=KREMLIN,
            participants=leaders,
            sources=(SEED, "vedomosti-1154206"),
        ),
        tm.Event(
            id="talks-expanded",
            kind=tm.EventKind.TALKS,
            date=day2,
            talks_format=tm.TalksFormat.EXPANDED,
            venue=KREMLIN,
            participants=leaders,
            sources=(SEED, "vedomosti-1154206"),
        ),
        tm.Event(
            id="signing",
            kind=tm.EventKind.SIGNING_CEREMONY,
            date=day2,
            venue=KREMLIN,
            participants=leaders,
            description="Signing of the Declaration, immediately following the talks.",
            sources=(SEED,),
        ),
        tm.Event(
            id="gala-concert",
            kind=tm.EventKind.CULTURAL_EVENT,
            date=day2,
            title="Gala concert by Kazakh artists",
            venue=BOLSHOI,
            participants=leaders,
            sources=(SEED, "tass-25608725"),
        ),
    )


def commitments() -> tuple[tm.Commitment, ...]:
    """Every commitment of the Declaration the seed article reports, in its order."""
    topic, verb = tm.Topic, tm.CommitmentVerb
    return (
        tm.Commitment(
            id="c-multipolar-order",
            topics=(topic.WORLD_ORDER, topic.INTERNATIONAL_LAW),
            verb=verb.COMMIT,
            summary="Build a more representative and equitable multipolar world order based on "
            "international law and the UN Charter.",
            quote="remain committed to building a more representative and equitable multipolar world "
            "order based on adherence to international law, including all the purposes and principles "
            "enshrined in the Charter of the United Nations.",
            organizations=("un",),
            instruments=("Charter of the United Nations",),
            sources=(SEED,),
        ),
        tm.Commitment(
            id="c-csto-role",
            topics=(topic.SECURITY,),
            verb=verb.EMPHASIZE,
            summary="The key role of the CSTO in maintaining regional stability.",
            organizations=("csto",),
            sources=(SEED,),
        ),
        tm.Commitment(
            id="c-csto-capacity",
            topics=(topic.SECURITY, topic.DEFENCE),
            verb=verb.COMMIT,
            summary="Further strengthen the CSTO's capacity.",
            organizations=("csto",),
            sources=(SEED,),
        ),
        tm.Commitment(
            id="c-bio-info-security",
            topics=(topic.BIOSECURITY, topic.INFORMATION_SECURITY),
            verb=verb.PLAN,
            summary="Enhance cooperation in biological and information security.",
            sources=(SEED,),
        ),
        tm.Commitment(
            id="c-outer-space",
            topics=(topic.SPACE, topic.SECURITY),
            verb=verb.REAFFIRM,
            summary="Shared efforts to prevent the deployment of weapons in outer space.",
            sources=(SEED,),
        ),
        tm.Commitment(
            id="c-transport-corridors",
            topics=(topic.TRANSPORT,),
            verb=verb.REAFFIRM,
            summary="The importance of stable international transport corridors insulated from "
            "political fluctuations.",
            sources=(SEED,),
        ),
        tm.Commitment(
            id="c-eurasian-logistics",
            topics=(topic.TRANSPORT,),
            verb=verb.INTEND,
            summary="Create a unified Eurasian transport and logistics framework, a key priority.",
            quote="strengthen regional connectivity and diversify cargo flows through more efficient, "
            "reliable, and secure supply chains.",
            sources=(SEED,),
        ),
        tm.Commitment(
            id="c-eaeu-markets",
            topics=(topic.INTEGRATION, topic.ECONOMY),
            verb=verb.AGREE,
            summary="Recognizing the EAEU's growing authority, continue developing common markets in "
            "accordance with existing agreements.",
            quote="Recognizing the growing international authority of the Eurasian Economic Union,",
            organizations=("eaeu",),
            sources=(SEED,),
        ),
        tm.Commitment(
            id="c-competitiveness",
            topics=(topic.ECONOMY,),
            verb=verb.AGREE,
            summary="Work together to enhance the competitiveness of their national economies.",
            sources=(SEED,),
        ),
        tm.Commitment(
            id="c-energy-partnership",
            topics=(topic.ENERGY,),
            verb=verb.CONTINUE,
            summary="Continue strengthening the energy partnership in oil, gas, coal and electricity.",
            sources=(SEED,),
        ),
        tm.Commitment(
            id="c-critical-raw-materials",
            topics=(topic.RAW_MATERIALS, topic.ENERGY),
            verb=verb.CONTINUE,
            summary="Cooperate further on critical raw materials for the energy transition.",
            quote="further cooperate in the field of critical raw materials essential for the energy "
            "transition, building international production and supply chains.",
            sources=(SEED,),
        ),
        tm.Commitment(
            id="c-migration",
            topics=(topic.MIGRATION,),
            verb=verb.REAFFIRM,
            summary="Improve conditions for citizens of each country residing in the other's territory.",
            sources=(SEED,),
        ),
        tm.Commitment(
            id="c-education",
            topics=(topic.EDUCATION,),
            verb=verb.PLAN,
            summary="Expand cooperation in education and workforce training.",
            sources=(SEED,),
        ),
        tm.Commitment(
            id="c-state-immunity",
            topics=(topic.INTERNATIONAL_LAW, topic.FINANCE),
            verb=verb.EMPHASIZE,
            summary="International obligations on state immunity and the protection of state property, "
            "including sovereign reserves, must be strictly observed.",
            sources=(SEED,),
        ),
    )


def sections() -> tuple[tm.Section, ...]:
    """The four sections; the article groups their subjects in three phrases, a Kazakh outlet in four."""
    headings = (
        "Politics and security",
        "Economic cooperation and integration",
        "High-tech and innovation-driven industries",
        "Humanitarian fields",
    )
    return tuple(
        tm.Section(id=f"decl-section-{n}", kind=tm.SectionKind.SECTION, heading=heading, sources=(SEED,))
        for n, heading in enumerate(headings, start=1)
    )


def declaration() -> tm.Agreement:
    """The Declaration of 12 November 2025."""
    return tm.Agreement(
        id=DECLARATION_ID,
        title=TITLE,
        kind=tm.AgreementKind.DECLARATION,
        parties=(RUS, KAZ),
        other_titles=(
            tm.Title(
                text="Declaration on the Transition of Interstate Relations between the Russian "
                "Federation and the Republic of Kazakhstan to the Level of Comprehensive Strategic "
                "Partnership and Alliance",
                lang="en",
                sources=("kremlin-78447",),
                note="Kremlin's English title",
            ),
            tm.Title(
                text="Декларация о переходе межгосударственных отношений Российской Федерации и "
                "Республики Казахстан на уровень всеобъемлющего стратегического партнерства и "
                "союзничества",
                lang="ru",
                sources=("rbc-69148e3a",),
                note="Russian title",
            ),
        ),
        level=tm.AgreementLevel.INTERSTATE,
        bilateral=True,
        date=D("2025-11-12"),
        place=KREMLIN,
        signatures=(
            tm.Signature(
                signatory="putin",
                party=RUS,
                date=D("2025-11-12"),
                office="president-rus",
                sources=(SEED, "kremlin-78447"),
            ),
            tm.Signature(
                signatory="tokayev",
                party=KAZ,
                date=D("2025-11-12"),
                office="president-kaz",
                sources=(SEED, "kremlin-78447"),
            ),
        ),
        sections=sections(),
        commitments=commitments(),
        relationship_level="comprehensive strategic partnership and alliance",
        published_in=("kremlin-text",),
        summary="Moves relations between Russia and Kazakhstan to a comprehensive strategic partnership "
        "and alliance.",
        sources=(SEED,),
    )


def build() -> tm.Dossier:
    """The seed dossier: every fact of the seed article, each with its source."""
    persons, offices, tenures = people()
    visit = tm.Visit(
        id=VISIT_ID,
        kind=tm.VisitKind.STATE,
        guest="tokayev",
        guest_state="KAZ",
        host="putin",
        host_state="RUS",
        start=D("2025-11-11"),
        end=D("2025-11-12"),
        places=(tm.Place(name="Moscow", state="RUS"),),
        program=program(),
        agreements=(DECLARATION_ID,),
        first_of_kind=True,
        description="Tokayev's first state visit to Russia as head of state; he called the signing of "
        "the Declaration one of the main goals of his visit to Moscow.",
        sources=(SEED,),
    )
    return tm.Dossier(
        id="ru-kz-2025",
        title="Russia-Kazakhstan: the Declaration on comprehensive strategic partnership and alliance",
        description="Kassym-Jomart Tokayev's state visit to Russia on 11-12 November 2025 and the "
        "Declaration he and Vladimir Putin signed at the Kremlin.",
        states=(
            tm.State(code="RUS", name="Russia", capital="Moscow"),
            tm.State(code="KAZ", name="Kazakhstan", capital="Astana"),
        ),
        organizations=(
            tm.Organization(id="un", name="United Nations", acronym="UN"),
            tm.Organization(id="csto", name="Collective Security Treaty Organization", acronym="CSTO"),
            tm.Organization(id="eaeu", name="Eurasian Economic Union", acronym="EAEU"),
        ),
        persons=persons,
        offices=offices,
        tenures=tenures,
        visits=(visit,),
        agreements=(declaration(),),
        sources=sources(),
        quotes=(
            tm.Quote(
                id="q-tokayev-new-era",
                speaker="tokayev",
                agreement=DECLARATION_ID,
                source=SEED,
                text="will open a new era in bilateral relations, confirm the unprecedented level of "
                "mutual trust, and demonstrate the shared readiness to work more closely in all areas.",
                lang="en",
            ),
        ),
    )


if __name__ == "__main__":
    from treatymodel.display import render_text

    print(render_text(build()))
