"""The seed record: Tokayev's state visit to Russia and the Declaration of 12 November 2025.

Every fact of the news article in ``shared/seed/`` is held here, each citing its
source; where other public reporting adds a venue or disagrees (the private
meeting lasted two hours in one outlet, three in others), that source is cited
too and the disagreement is kept as a `Variant`.

Beyond the article, the record holds what other public reporting adds: the
full program of the visit with its venues, the Declaration's other titles and
the commitments other outlets report, and the documents signed the same day as
far as they are confirmed (nine of the fourteen Kazinform counts). Facts no
source confirms are left out; the earlier documents of the relationship are
separate records (``ru_kz_1992.py``, ``ru_kz_1998.py``, ``ru_kz_2013.py``,
``ru_kz_2022.py``).

Run as a script, it prints a readable summary; ``--write-json`` writes
``examples/ru-kz-2025.json`` (the bundled ``ru-kz-2025`` record is the same JSON)::

    python examples/ru_kz_2025.py
    python examples/ru_kz_2025.py --write-json
"""

from __future__ import annotations

import datetime as dt

import treatymodel as tm
from _identity import identify
from _presidents import presidential_offices, reference
from _presidents import tenures as tenures_of

D = tm.PartialDate.parse
RUS = tm.StateRef(code="RUS")
KAZ = tm.StateRef(code="KAZ")
KREMLIN = tm.Place(name="Kremlin", locality="Moscow", state="RUS")
BOLSHOI = tm.Place(name="Bolshoi Theatre", locality="Moscow", state="RUS")
VNUKOVO_2 = tm.Place(name="Vnukovo-2 airport", locality="Moscow", state="RUS")
#: TASS names the room «Представительский кабинет»; a photo caption says the Senate Palace (a variant).
# TASS names the room of the private meeting; a photo caption says the Senate Palace (a variant).
PRESIDENTS_OFFICE = tm.Place(
    name="President's office («Представительский кабинет»), Kremlin",
    locality="Moscow",
    state="RUS",
    sources=("tass-25608725",),
)
PUTINS_APARTMENT = tm.Place(name="Putin's apartment in the Kremlin", locality="Moscow", state="RUS")
TOMB_OF_THE_UNKNOWN_SOLDIER = tm.Place(
    name="Tomb of the Unknown Soldier, Alexander Garden", locality="Moscow", state="RUS"
)
ST_GEORGES_HALL = tm.Place(name="St George's Hall, Grand Kremlin Palace", locality="Moscow", state="RUS")

DECLARATION_ID = "ru-kz-declaration-2025"
VISIT_ID = "tokayev-russia-2025-11"
SEED = "seed-article"
DAY1 = D("2025-11-11")
DAY2 = D("2025-11-12")

#: The Declaration's title as the seed article words it.
TITLE = (
    "Declaration on the transition of bilateral relations to the level of a "
    "comprehensive strategic partnership and alliance"
)


def _news(
    id: str, publisher: str, url: str, lang: str | None, published: str | None = None, note: str | None = None
) -> tm.Source:
    """A news report; ``published`` only where the URL or the research notes give the day."""
    return tm.Source(
        id=id,
        kind=tm.SourceKind.NEWS_ARTICLE,
        publisher=publisher,
        url=url,
        published=D(published) if published else None,
        lang=lang,
        note=note,
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
            note="The seed article says the text was published on the Kremlin's website; Fergana and "
            "RIA Novosti say so too.",
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
        # The Declaration: titles, structure, commitments.
        _news(
            "kazinform-384a92",
            "Kazinform",
            "https://qazinform.com/amp/kazakhstan-and-russia-sign-14-documents-384a92",
            "en",
            note="Cites Akorda: 14 documents signed; names Kazakhstan first in the Declaration's title.",
        ),
        _news("topwar-273747", "Topwar.ru", "https://topwar.ru/273747-kazahi-v-moskve.html", "ru"),
        _news(
            "lenta-uroven-otnosheniy",
            "Lenta.ru",
            "https://lenta.ru/news/2025/11/12/uroven-otnosheniy-rossii-i-kazahstana-izmenilsya/",
            "ru",
            "2025-11-12",
        ),
        _news("fergana-142739", "Fergana", "https://en.fergana.ru/news/142739", "en"),
        _news(
            "globnews-declaration",
            "Glob-News",
            "https://glob-news.com/en/putin-and-kazakh-president-sign-declaration-on-comprehensive-"
            "partnership.html",
            "en",
        ),
        _news(
            "ria-2054563455",
            "RIA Novosti",
            "https://ria.ru/20251112/rossija-2054563455.html",
            "ru",
            "2025-11-12",
        ),
        _news(
            "zhanalyq-3586",
            "Zhanalyq Zharshysy",
            "https://zhanalyq-zharshysy.kz/?p=3586",
            None,
            note="Kazakh outlet; paraphrases the four sections' headings (in Russian) and counts 42 points.",
        ),
        _news(
            "orda-409166",
            "Orda.kz",
            "https://orda.kz/drevnjaja-rus-i-velikaja-step-o-chem-na-samom-dele-deklaracija-podpisannaja-"
            "tokaevym-i-putinym-409166",
            "ru",
            note="Describes the unnumbered preamble and the 42 points; reads the four parts as three in "
            "practice.",
        ),
        _news(
            "rbcua-1762963275",
            "RBC-Ukraine",
            "https://newsukraine.rbc.ua/news/putin-and-tokayev-formalize-alliance-between-1762963275.html",
            "en",
        ),
        _news(
            "united24-13371",
            "United24 Media",
            "https://united24media.com/latest-news/russia-and-kazakhstan-ink-strategic-alliance-deal-"
            "covering-energy-and-security-13371",
            "en",
        ),
        _news(
            "asianet-oot85hi",
            "Asianet Newsable",
            "https://newsable.asianetnews.com/world/russia-kazakhstan-elevate-ties-with-comprehensive-"
            "strategic-alliance-articleshow-oot85hi",
            "en",
        ),
        # The visit.
        _news("emegypt-175249", "emegypt.net", "https://cdn1.emegypt.net/175249", None),
        _news(
            "kommersant-8119678",
            "Kommersant",
            "https://www.kommersant.ru/doc/8119678",
            "ru",
            note="Reported before the visit that Tokayev would arrive on 12 November.",
        ),
        _news("m24-846383", "Moskva 24", "https://www.m24.ru/news/vlast/12112025/846383", "ru", "2025-11-12"),
        _news("ura-1053033956", "URA.RU", "https://ura.news/news/1053033956", "ru"),
        _news(
            "particle-arrival",
            "Particle",
            "https://particle.news/story/tokayev-starts-moscow-state-visit-as-informal-kremlin-talks-set-up-"
            "declaration-signing",
            "en",
        ),
        _news("vz-1373251", "Vzglyad", "https://vz.ru/news/2025/11/12/1373251.html", "ru", "2025-11-12"),
        _news("mailru-68688769", "Mail.ru News", "https://news.mail.ru/politics/68688769/", "ru"),
        _news("ru24-415168813", "RU24.pro", "https://m.ru24.pro/foreign/415168813", "ru"),
        _news("ura-1053033876", "URA.RU", "https://ura.news/articles/1053033876", "ru"),
        _news(
            "particle-talks",
            "Particle",
            "https://particle.news/story/putin-and-tokayev-begin-formal-moscow-talks-after-three-hour-"
            "private-meeting",
            "en",
        ),
        _news("rbc-69145767", "RBC", "https://www.rbc.ru/rbcfreenews/691457679a7947fd58f30fa8", "ru"),
        _news("rbc-6914c449", "RBC", "https://www.rbc.ru/rbcfreenews/6914c4499a794701c5df97f8", "ru"),
        # The documents signed the same day.
        _news(
            "m24-846419", "Moskva 24", "https://www.m24.ru/news/zhivotnye/12112025/846419", "ru", "2025-11-12"
        ),
        _news(
            "kazinform-kk-775311",
            "Kazinform",
            "https://kaz.inform.kz/news/amur-zholbarisin-kazakstan-tabigatina-beymdeu-zhospari-kabildandi-"
            "775311/",
            "kk",
        ),
        # Reference sources for the presidents' tenures.
        reference("putin"),
        reference("tokayev"),
    )


def people() -> tuple[tuple[tm.Person, ...], tuple[tm.Office, ...], tuple[tm.Tenure, ...]]:
    """The two presidents, the officials the reporting names, their offices and their tenures.

    Only the presidents' tenures have dates (from a reference source); for the
    others the reporting gives the office held during the visit but no dates,
    so their tenures are left open rather than dated by guess.
    """
    persons = (
        tm.Person(
            id="putin",
            name="Vladimir Putin",
            other_names=(tm.Title(text="Владимир Путин", lang="ru", sources=("wikipedia-putin",)),),
            sources=(SEED,),
        ),
        tm.Person(
            id="tokayev",
            name="Kassym-Jomart Tokayev",
            other_names=(
                tm.Title(text="Касым-Жомарт Токаев", lang="ru", sources=("wikipedia-tokayev",)),
                tm.Title(text="Қасым-Жомарт Тоқаев", lang="kk", sources=("wikipedia-tokayev",)),
            ),
            sources=(SEED,),
        ),
        tm.Person(id="manturov", name="Denis Manturov", sources=("particle-arrival",)),
        tm.Person(id="nysanbayev", name="Yerlan Nysanbayev", sources=("m24-846419", "kazinform-kk-775311")),
        tm.Person(id="kozlov", name="Alexander Kozlov", sources=("m24-846419", "kazinform-kk-775311")),
        # At the gala concert; their offices are in the event's description, not modelled.
        tm.Person(id="lyubimova", name="Olga Lyubimova", sources=("tass-25608725", "rbc-6914c449")),
        tm.Person(id="balayeva", name="Aida Balayeva", sources=("tass-25608725", "rbc-6914c449")),
        tm.Person(id="gergiev", name="Valery Gergiev", sources=("tass-25608725", "rbc-6914c449")),
    )
    offices = (
        *presidential_offices(),
        tm.Office(
            id="first-deputy-pm-rus",
            title="First Deputy Prime Minister of the Russian Federation",
            role=tm.OfficeRole.DEPUTY_HEAD_OF_GOVERNMENT,
            represents=RUS,
            single_holder=False,
        ),
        tm.Office(
            id="minister-ecology-kaz",
            title="Minister of Ecology and Natural Resources of the Republic of Kazakhstan",
            role=tm.OfficeRole.MINISTER,
            represents=KAZ,
        ),
        # The research notes call it "Russia's counterpart ministry" without its exact name.
        tm.Office(
            id="minister-ecology-rus",
            title="Russian minister for natural resources and ecology (counterpart of Kazakhstan's "
            "Minister of Ecology and Natural Resources)",
            role=tm.OfficeRole.MINISTER,
            represents=RUS,
        ),
    )
    tenures = (
        *tenures_of("putin", "tokayev"),
        # Held during the visit, as reported; no source gives the start or the end.
        tm.Tenure(
            person="manturov", office="first-deputy-pm-rus", held_on=(DAY1,), sources=("particle-arrival",)
        ),
        tm.Tenure(
            person="nysanbayev",
            office="minister-ecology-kaz",
            held_on=(DAY2,),
            sources=("m24-846419", "kazinform-kk-775311"),
        ),
        tm.Tenure(
            person="kozlov",
            office="minister-ecology-rus",
            held_on=(DAY2,),
            sources=("m24-846419", "kazinform-kk-775311"),
        ),
    )
    return persons, offices, tenures


def program() -> tuple[tm.Event, ...]:
    """The program of the visit, day by day, with venues from the reporting.

    The seed article's own items (the private meeting, the talks in narrow and
    expanded format, the signing right after them, the concert) keep their ids
    and stay in the article's order; the other items are placed as the
    reporting lists them. No start time is recorded where none was reported.
    """
    leaders = ("putin", "tokayev")
    return (
        # Day 1, Tuesday 11 November.
        tm.Event(
            id="arrival",
            kind=tm.EventKind.ARRIVAL,
            date=DAY1,
            venue=VNUKOVO_2,
            participants=("tokayev", "manturov"),
            description="Su-35 fighters escorted the plane; a guard of honour and a military band "
            "greeted him, and First Deputy Prime Minister Denis Manturov met him.",
            sources=("ura-1053033956", "m24-846383", "particle-arrival"),
        ),
        tm.Event(
            id="private-meeting",
            kind=tm.EventKind.PRIVATE_MEETING,
            date=DAY1,
            duration=dt.timedelta(hours=3),
            venue=PRESIDENTS_OFFICE,
            participants=leaders,
            closed_to_press=True,
            description="A private (informal) one-on-one meeting behind closed doors, followed by dinner "
            "and tea.",
            sources=(SEED, "gazeta-27167846", "tass-25608725", "m24-846383", "particle-arrival"),
            variants=(
                tm.Variant(
                    field="duration",
                    value="PT2H",
                    sources=("rbc-69148e3a", "mailru-68688769"),
                    note="about two hours",
                ),
                tm.Variant(
                    field="venue.name",
                    value="Senate Palace, Kremlin",
                    sources=("united24-13371",),
                    note="a photo caption; TASS names the President's office («Представительский кабинет»)",
                ),
            ),
        ),
        tm.Event(
            id="dinner-kremlin-apartment",
            kind=tm.EventKind.MEAL,
            date=DAY1,
            title="Dinner and tea",
            venue=PUTINS_APARTMENT,
            participants=leaders,
            description="Dinner after the private meeting, in Putin's Kremlin apartment.",
            sources=("vz-1373251",),
        ),
        # Day 2, Wednesday 12 November.
        tm.Event(
            id="wreath-laying",
            kind=tm.EventKind.WREATH_LAYING,
            date=DAY2,
            venue=TOMB_OF_THE_UNKNOWN_SOLDIER,
            participants=("tokayev",),
            sources=("ru24-415168813", "ura-1053033876"),
        ),
        tm.Event(
            id="welcome-ceremony",
            kind=tm.EventKind.WELCOME_CEREMONY,
            date=DAY2,
            title="Official welcome ceremony",
            venue=ST_GEORGES_HALL,
            participants=leaders,
            description="Began after 13:00 Moscow time; no exact start time was reported.",
            sources=("vz-1373251", "vedomosti-1154206"),
        ),
        tm.Event(
            id="talks-narrow",
            kind=tm.EventKind.TALKS,
            date=DAY2,
            talks_format=tm.TalksFormat.NARROW,
            venue=KREMLIN,
            participants=leaders,
            description="Talks in narrow format, as the seed article calls them; Vedomosti calls them a "
            "tête-à-tête. The official label is not confirmed.",
            sources=(SEED, "vedomosti-1154206"),
            variants=(
                tm.Variant(
                    field="talks_format",
                    value="one_on_one",
                    sources=("vedomosti-1154206",),
                    note="a tête-à-tête",
                ),
            ),
        ),
        tm.Event(
            id="talks-expanded",
            kind=tm.EventKind.TALKS,
            date=DAY2,
            talks_format=tm.TalksFormat.EXPANDED,
            venue=KREMLIN,
            participants=leaders,
            description="Russia-Kazakhstan talks with delegations (expanded format in the seed article "
            "and in Particle).",
            sources=(SEED, "vedomosti-1154206", "particle-talks"),
        ),
        tm.Event(
            id="interregional-forum",
            kind=tm.EventKind.FORUM,
            date=DAY2,
            title="Plenary session of the XXI Russia-Kazakhstan Interregional Cooperation Forum",
            participants=leaders,
            remote=True,
            description="The leaders took part by videoconference. The reporting lists it between the "
            "talks and the signing; the seed article says the signing came right after the talks, so "
            "its place in the day is not certain.",
            sources=("rbc-69145767", "particle-talks"),
        ),
        tm.Event(
            id="signing",
            kind=tm.EventKind.SIGNING_CEREMONY,
            date=DAY2,
            venue=KREMLIN,
            participants=leaders,
            description="Signing of the Declaration, immediately following the talks, and exchange of the "
            "intergovernmental and interagency documents signed the same day.",
            sources=(SEED, "fergana-142739", "globnews-declaration", "kazinform-384a92"),
        ),
        tm.Event(
            id="press-statements",
            kind=tm.EventKind.PRESS_STATEMENTS,
            date=DAY2,
            title="Statements for the media",
            venue=KREMLIN,
            participants=leaders,
            sources=("kremlin-78447",),
        ),
        tm.Event(
            id="state-luncheon",
            kind=tm.EventKind.STATE_DINNER,
            date=DAY2,
            title="State luncheon given by the President of Russia",
            participants=leaders,
            sources=("rbc-69145767", "vedomosti-1154206"),
        ),
        tm.Event(
            id="gala-concert",
            kind=tm.EventKind.CULTURAL_EVENT,
            date=DAY2,
            title="Gala concert by Kazakh artists",
            venue=BOLSHOI,
            participants=(*leaders, "lyubimova", "balayeva", "gergiev"),
            description="On the Bolshoi's historic stage, for the Days of Kazakh Culture in Russia. The two "
            "leaders sat in the Tsar's Box with the culture ministers Olga Lyubimova and Aida Balayeva and "
            "the Bolshoi's general director Valery Gergiev. The concert closed "
            "the state visit.",
            sources=(SEED, "tass-25608725", "rbc-6914c449", "gazeta-27167846"),
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
            sources=(SEED, "fergana-142739"),
        ),
        tm.Commitment(
            id="c-csto-role",
            topics=(topic.SECURITY,),
            verb=verb.EMPHASIZE,
            summary="The key role of the CSTO in maintaining regional stability.",
            organizations=("csto",),
            sources=(SEED, "fergana-142739"),
        ),
        tm.Commitment(
            id="c-csto-capacity",
            topics=(topic.SECURITY, topic.DEFENCE),
            verb=verb.COMMIT,
            summary="Further strengthen the CSTO's capacity.",
            organizations=("csto",),
            sources=(SEED, "fergana-142739"),
        ),
        tm.Commitment(
            id="c-bio-info-security",
            topics=(topic.BIOSECURITY, topic.INFORMATION_SECURITY),
            verb=verb.PLAN,
            summary="Enhance cooperation in biological and information security.",
            sources=(SEED, "fergana-142739"),
        ),
        tm.Commitment(
            id="c-outer-space",
            topics=(topic.SPACE, topic.SECURITY),
            verb=verb.REAFFIRM,
            summary="Shared efforts to prevent the deployment of weapons in outer space.",
            sources=(SEED, "fergana-142739"),
        ),
        tm.Commitment(
            id="c-transport-corridors",
            topics=(topic.TRANSPORT,),
            verb=verb.REAFFIRM,
            summary="The importance of stable international transport corridors insulated from "
            "political fluctuations.",
            sources=(SEED, "fergana-142739"),
        ),
        tm.Commitment(
            id="c-eurasian-logistics",
            topics=(topic.TRANSPORT,),
            verb=verb.INTEND,
            summary="Create a unified Eurasian transport and logistics framework, a key priority.",
            quote="strengthen regional connectivity and diversify cargo flows through more efficient, "
            "reliable, and secure supply chains.",
            sources=(SEED, "fergana-142739"),
        ),
        tm.Commitment(
            id="c-eaeu-markets",
            topics=(topic.INTEGRATION, topic.ECONOMY),
            verb=verb.AGREE,
            summary="Recognizing the EAEU's growing authority, continue developing common markets in "
            "accordance with existing agreements.",
            quote="Recognizing the growing international authority of the Eurasian Economic Union,",
            organizations=("eaeu",),
            sources=(SEED, "asianet-oot85hi", "rbcua-1762963275"),
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
            sources=(SEED, "rbcua-1762963275"),
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
        # Reported by other outlets, not by the seed article (paraphrases; no verbatim text).
        tm.Commitment(
            id="c-indivisible-security",
            topics=(topic.SECURITY,),
            verb=verb.SUPPORT,
            summary="Security is not to be ensured at the expense of others; support an equal and "
            "indivisible security architecture in Eurasia.",
            sources=("rbcua-1762963275", "united24-13371"),
        ),
        tm.Commitment(
            id="c-nuclear-power-plant",
            topics=(topic.ENERGY,),
            verb=verb.COMMIT,
            summary="Russia to meet its commitments to build Kazakhstan's first nuclear power plant.",
            bound=(RUS,),
            beneficiaries=(KAZ,),
            sources=("rbcua-1762963275", "asianet-oot85hi"),
        ),
        tm.Commitment(
            id="c-energy-transit",
            topics=(topic.ENERGY, topic.TRANSPORT),
            verb=verb.AGREE,
            summary="Unhindered transport of energy resources, and joint energy projects.",
            sources=("rbcua-1762963275", "asianet-oot85hi"),
        ),
        tm.Commitment(
            id="c-sco-cis-un-coordination",
            topics=(topic.POLITICS, topic.WORLD_ORDER),
            verb=verb.AGREE,
            summary="Coordinate their positions in the SCO, the CIS and the UN.",
            organizations=("sco", "cis", "un"),
            sources=("asianet-oot85hi", "rbcua-1762963275"),
        ),
        tm.Commitment(
            id="c-trade-liberalisation",
            topics=(topic.TRADE, topic.INTEGRATION),
            verb=verb.AGREE,
            summary="Liberalise trade.",
            sources=("asianet-oot85hi", "rbcua-1762963275"),
        ),
        tm.Commitment(
            id="c-caspian",
            topics=(topic.ENVIRONMENT,),
            verb=verb.AGREE,
            summary="Coordinate on the water resources of the Caspian Sea, which is growing shallower.",
            sources=("ria-2054563455", "rbcua-1762963275"),
        ),
        tm.Commitment(
            id="c-environment-transboundary",
            topics=(topic.ENVIRONMENT,),
            verb=verb.AGREE,
            summary="Environmental protection, transboundary waters and protected areas.",
            sources=("rbcua-1762963275",),
        ),
        tm.Commitment(
            id="c-russian-language",
            topics=(topic.CULTURE, topic.HUMANITARIAN),
            verb=verb.SUPPORT,
            summary="Promote Russian as a means of interstate communication in the CIS.",
            organizations=("cis",),
            sources=("rbcua-1762963275",),
        ),
        tm.Commitment(
            id="c-baikonur",
            topics=(topic.SPACE,),
            verb=verb.AGREE,
            summary="Cooperation at the Baikonur cosmodrome.",
            sources=("asianet-oot85hi",),
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
        tm.Section(
            id=f"decl-section-{n}",
            kind=tm.SectionKind.SECTION,
            heading=heading,
            sources=(SEED, "zhanalyq-3586"),
        )
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
                text="Declaration on the Transition of Interstate Relations between Kazakhstan and Russia "
                "to the level of a comprehensive strategic partnership and alliance",
                lang="en",
                sources=("kazinform-384a92",),
                note="Kazakh wording in English, Kazakhstan named first (Kazinform)",
            ),
            tm.Title(
                text="Декларация о переходе межгосударственных отношений Российской Федерации и "
                "Республики Казахстан на уровень всеобъемлющего стратегического партнерства и "
                "союзничества",
                lang="ru",
                sources=("rbc-69148e3a", "topwar-273747"),
                note="Russian title",
            ),
            tm.Title(
                text="Декларация о переходе отношений России и Казахстана на уровень всеобъемлющего "
                "стратегического партнерства и союзничества",
                lang="ru",
                sources=("lenta-uroven-otnosheniy",),
                note="shorter Russian press form",
            ),
        ),
        level=tm.AgreementLevel.INTERSTATE,
        bilateral=True,
        date=DAY2,
        place=KREMLIN,
        signatures=(
            tm.Signature(
                signatory="putin",
                party=RUS,
                date=DAY2,
                office="president-rus",
                sources=(SEED, "kremlin-78447"),
            ),
            tm.Signature(
                signatory="tokayev",
                party=KAZ,
                date=DAY2,
                office="president-kaz",
                sources=(SEED, "kremlin-78447"),
            ),
        ),
        preamble="Unnumbered, on the first page; much of it lists earlier friendship and cooperation "
        "documents between the two states.",
        sections=sections(),
        commitments=commitments(),
        relationship_level="comprehensive strategic partnership and alliance",
        published_in=("kremlin-text",),
        summary="Moves relations between Russia and Kazakhstan to a comprehensive strategic partnership "
        "and alliance. Its four sections hold 42 numbered points (Zhanalyq Zharshysy, Orda.kz); which "
        "points stand in which section, and the sections' printed headings, are not recorded.",
        sources=(
            SEED,
            "kremlin-78447",
            "fergana-142739",
            "globnews-declaration",
            "ria-2054563455",
            "zhanalyq-3586",
            "orda-409166",
        ),
    )


#: The documents signed or exchanged on 12 November besides the Declaration: items 1-9 of the
#: fourteen Kazinform lists (the other five are not confirmed and are left out).
#: Each row: id, title, kind, level.
PACKAGE: tuple[tuple[str, str, tm.AgreementKind, tm.AgreementLevel], ...] = (
    (
        "ru-kz-2025-economic-programme-2026-2030",
        "Comprehensive programme of economic cooperation between the governments of Russia and "
        "Kazakhstan for 2026-2030",
        tm.AgreementKind.PROGRAMME,
        tm.AgreementLevel.INTERGOVERNMENTAL,
    ),
    (
        "ru-kz-2025-rail-transit",
        "Agreement on cooperation in rail transit transport and transshipment of Russian and Kazakh "
        "cargo for export to third countries",
        tm.AgreementKind.AGREEMENT,
        tm.AgreementLevel.INTERGOVERNMENTAL,
    ),
    (
        "ru-kz-2025-transport-security",
        "Agreement on cooperation in transport security",
        tm.AgreementKind.AGREEMENT,
        tm.AgreementLevel.INTERGOVERNMENTAL,
    ),
    (
        "ru-kz-2025-soyuz5-baiterek-commission",
        "Agreement establishing a Kazakhstan-Russia intergovernmental commission for flight tests of the "
        "Soyuz-5 and Baiterek space rocket complexes",
        tm.AgreementKind.AGREEMENT,
        tm.AgreementLevel.INTERGOVERNMENTAL,
    ),
    (
        "ru-kz-2025-consulate-aktau",
        "Agreement by exchange of notes establishing a Russian Consulate General in Aktau",
        tm.AgreementKind.EXCHANGE_OF_NOTES,
        tm.AgreementLevel.INTERGOVERNMENTAL,
    ),
    (
        "ru-kz-2025-sanitary-epidemiological",
        "Agreement on cooperation in the sanitary and epidemiological well-being of the population",
        tm.AgreementKind.AGREEMENT,
        tm.AgreementLevel.INTERGOVERNMENTAL,
    ),
    (
        "ru-kz-2025-special-economic-zones-mou",
        "Memorandum of understanding on special economic zones between Kazakhstan's Ministry of "
        "Industry and Construction and Russia's Ministry of Economic Development",
        tm.AgreementKind.MEMORANDUM_OF_UNDERSTANDING,
        tm.AgreementLevel.INTERAGENCY,
    ),
    (
        "ru-kz-2025-joint-schools-loi",
        "Letter of intent between the ministries of education of Kazakhstan and Russia on joint "
        "general-education schools",
        tm.AgreementKind.LETTER_OF_INTENT,
        tm.AgreementLevel.INTERAGENCY,
    ),
    (
        "ru-kz-2025-amur-tiger-action-plan",
        "Joint action plan between Kazakhstan's Ministry of Ecology and Natural Resources and its "
        "Russian counterpart ministry",
        tm.AgreementKind.ACTION_PLAN,
        tm.AgreementLevel.INTERAGENCY,
    ),
)

#: The one package document whose signatories the reporting names.
AMUR_TIGER_PLAN_ID = "ru-kz-2025-amur-tiger-action-plan"
_AMUR_TIGER_SOURCES = ("kazinform-384a92", "m24-846419", "kazinform-kk-775311")


def package() -> tuple[tm.Agreement, ...]:
    """The confirmed documents of the package, each signed with the Declaration on 12 November.

    Where the reporting does not name the signatories, each party's signature is
    recorded as a lifecycle action of the party, without a signatory. The place
    of signature is not recorded: the documents were exchanged at the Kremlin
    ceremony, but no source says where each was signed.
    """
    signed_with = (
        tm.Relation(kind=tm.RelationKind.SIGNED_WITH, target=DECLARATION_ID, sources=("kazinform-384a92",)),
    )
    agreements = []
    for id, title, kind, level in PACKAGE:
        if id == AMUR_TIGER_PLAN_ID:
            agreements.append(
                tm.Agreement(
                    id=id,
                    title=title,
                    kind=kind,
                    parties=(RUS, KAZ),
                    level=level,
                    bilateral=True,
                    date=DAY2,
                    signatures=(
                        tm.Signature(
                            signatory="kozlov",
                            party=RUS,
                            date=DAY2,
                            office="minister-ecology-rus",
                            sources=("m24-846419", "kazinform-kk-775311"),
                        ),
                        tm.Signature(
                            signatory="nysanbayev",
                            party=KAZ,
                            date=DAY2,
                            office="minister-ecology-kaz",
                            sources=("m24-846419", "kazinform-kk-775311"),
                        ),
                    ),
                    relations=signed_with,
                    summary="Appears to be the plan for relocating Amur tigers to Kazakhstan that Moskva 24 "
                    "and Kazinform (in Kazakh) report; that it is item 9 of Kazinform's list is an "
                    "inference of the research notes.",
                    sources=_AMUR_TIGER_SOURCES,
                )
            )
            continue
        agreements.append(
            tm.Agreement(
                id=id,
                title=title,
                kind=kind,
                parties=(RUS, KAZ),
                level=level,
                bilateral=True,
                date=DAY2,
                party_actions=tuple(
                    tm.PartyAction(
                        kind=tm.PartyActionKind.SIGNATURE,
                        party=party,
                        date=DAY2,
                        sources=("kazinform-384a92",),
                    )
                    for party in (RUS, KAZ)
                ),
                relations=signed_with,
                sources=("kazinform-384a92",),
            )
        )
    return tuple(agreements)


def build() -> tm.Dossier:
    """The seed dossier: every fact of the seed article and of the other reporting, each with its source."""
    persons, offices, tenures = people()
    others = package()
    visit = tm.Visit(
        id=VISIT_ID,
        kind=tm.VisitKind.STATE,
        guest="tokayev",
        guest_state="KAZ",
        host="putin",
        host_state="RUS",
        start=DAY1,
        end=DAY2,
        places=(tm.Place(name="Moscow", state="RUS"),),
        program=program(),
        agreements=(DECLARATION_ID, *(a.id for a in others)),
        invited_by="putin",
        first_of_kind=True,
        description="Tokayev's first state visit to Russia as head of state, made at Putin's invitation; "
        "he called the signing of the Declaration one of the main goals of his visit to Moscow. On the "
        "second day he invited Putin to pay a state visit to Kazakhstan in 2026.",
        sources=(
            SEED,
            "rbc-69148e3a",
            "tass-25608725",
            "emegypt-175249",
            "m24-846383",
        ),
        variants=(
            tm.Variant(
                field="start",
                value="2025-11-12",
                sources=("kommersant-8119678",),
                note="planned arrival, reported before the visit; he arrived on 11 November (RBC, Moskva 24)",
            ),
        ),
    )
    # Announced on the second day; no date was given, and no source reports the visit yet.
    invited = tm.Visit(
        id="putin-kazakhstan-2026",
        kind=tm.VisitKind.STATE,
        guest="putin",
        guest_state="RUS",
        host="tokayev",
        host_state="KAZ",
        start=tm.PartialDate(year=2026),
        end=tm.PartialDate(year=2026),
        invited_by="tokayev",
        description="Tokayev invited Putin to pay a state visit to Kazakhstan in 2026.",
        sources=("m24-846383",),
        certainty=tm.Certainty(
            level=tm.CertaintyLevel.PLANNED,
            by=(tm.PersonRef(id="tokayev"),),
            note="an invitation made on 12 November 2025; no date was announced",
            sources=("m24-846383",),
        ),
    )
    dossier = tm.Dossier(
        id="ru-kz-2025",
        title="Russia-Kazakhstan: the Declaration on comprehensive strategic partnership and alliance",
        description="Kassym-Jomart Tokayev's state visit to Russia on 11-12 November 2025 and the "
        "Declaration he and Vladimir Putin signed at the Kremlin, with the documents signed the same "
        "day as far as they are confirmed. Commitments beyond the seed article are paraphrases from "
        "the reporting, their topics and verbs coded by the editor.",
        states=(
            tm.State(code="RUS", name="Russia", capital="Moscow"),
            tm.State(code="KAZ", name="Kazakhstan"),
        ),
        organizations=(
            tm.Organization(id="un", name="United Nations", acronym="UN"),
            tm.Organization(id="csto", name="Collective Security Treaty Organization", acronym="CSTO"),
            tm.Organization(id="eaeu", name="Eurasian Economic Union", acronym="EAEU"),
            tm.Organization(id="sco", name="Shanghai Cooperation Organisation", acronym="SCO"),
            tm.Organization(id="cis", name="Commonwealth of Independent States", acronym="CIS"),
        ),
        persons=persons,
        offices=offices,
        tenures=tenures,
        visits=(visit, invited),
        agreements=(declaration(), *others),
        sources=sources(),
        quotes=(
            # The Kremlin's own account: words of the presidential administration, not of a person.
            tm.Quote(
                id="q-kremlin-package",
                speaker=tm.BodyRef(name="Presidential Executive Office (the Kremlin)", of=RUS),
                source="kremlin-78447",
                text="an extensive package",
                lang="en",
            ),
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
    return identify(dossier)


def main(argv: list[str]) -> None:
    """Print the summary; with ``--write-json``, write ``examples/ru-kz-2025.json`` instead."""
    if "--write-json" in argv:
        from pathlib import Path

        target = Path(__file__).with_name("ru-kz-2025.json")
        target.write_text(tm.to_json(build()) + "\n", encoding="utf-8")
        print(f"wrote {target}")
        return
    from treatymodel.display import render_text

    print(render_text(build()))


if __name__ == "__main__":
    import sys

    main(sys.argv[1:])
