"""The seed dossier holds every fact of the seed article, checked one by one."""

from __future__ import annotations

import datetime as dt
import re
import subprocess
import sys
from pathlib import Path

import pytest

import treatymodel as tm
from _records import cited_sources, load_example

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "examples" / "ru_kz_2025.py"


@pytest.fixture(scope="module")
def seed() -> tm.Dossier:
    return load_example("ru_kz_2025").build()  # type: ignore[no-any-return]


@pytest.fixture(scope="module")
def declaration(seed: tm.Dossier) -> tm.Agreement:
    return seed.agreement("ru-kz-declaration-2025")


@pytest.fixture(scope="module")
def visit(seed: tm.Dossier) -> tm.Visit:
    return seed.visit("tokayev-russia-2025-11")


def _commitment(agreement: tm.Agreement, words: str) -> tm.Commitment:
    found = [c for c in agreement.commitments if words.lower() in (c.summary + (c.quote or "")).lower()]
    assert len(found) == 1, f"expected one commitment about {words!r}, found {len(found)}"
    return found[0]


def test_states_and_capitals(seed: tm.Dossier) -> None:
    assert seed.state("RUS").capital == "Moscow"
    # Kazakhstan's capital is a dated fact (Interfax, 19 September 2022): Astana on the day of the visit.
    kaz = seed.state("KAZ")
    assert kaz.capital is None
    assert kaz.capital_on(dt.date(2025, 11, 12)) == "Astana"
    assert kaz.capital_on(dt.date(2020, 1, 1)) == "Nur-Sultan"
    assert kaz.capital_on(dt.date(1995, 1, 1)) == "Almaty"
    assert kaz.capital_on("1997-12") is None  # moved that month: the record does not say which day


def test_presidents_and_their_offices(seed: tm.Dossier) -> None:
    day = tm.PartialDate.parse("2025-11-12")
    putin = seed.offices_held("putin", day)
    tokayev = seed.offices_held("tokayev", day)
    assert [o.title for o in putin] == ["President of the Russian Federation"]
    assert [o.title for o in tokayev] == ["President of the Republic of Kazakhstan"]
    assert putin[0].role is tokayev[0].role is tm.OfficeRole.HEAD_OF_STATE
    assert putin[0].represents == tm.StateRef(code="RUS")
    assert tokayev[0].represents == tm.StateRef(code="KAZ")


def test_state_visit_of_11_and_12_november(visit: tm.Visit) -> None:
    assert visit.kind is tm.VisitKind.STATE
    assert (visit.guest, visit.guest_state, visit.host, visit.host_state) == (
        "tokayev",
        "KAZ",
        "putin",
        "RUS",
    )
    assert (str(visit.start), str(visit.end)) == ("2025-11-11", "2025-11-12")
    assert visit.first_of_kind is True
    assert "one of the main goals" in (visit.description or "")


def test_day_one_private_meeting_three_hours_behind_closed_doors(visit: tm.Visit) -> None:
    day1 = visit.events_on(tm.PartialDate.parse("2025-11-11"))
    (meeting,) = [e for e in day1 if e.kind is tm.EventKind.PRIVATE_MEETING]
    assert meeting.id == "private-meeting"
    assert meeting.duration == dt.timedelta(hours=3)
    assert meeting.closed_to_press is True
    assert set(meeting.participants) == {"putin", "tokayev"}
    # The outlets that said two hours are kept, with their sources.
    (variant,) = [v for v in meeting.variants if v.field == "duration"]
    assert (variant.value, variant.sources) == ("PT2H", ("rbc-69148e3a", "mailru-68688769"))


def test_day_two_talks_signing_and_concert_in_the_articles_order(visit: tm.Visit) -> None:
    day2 = visit.events_on(tm.PartialDate.parse("2025-11-12"))
    # The article's items appear in the article's order; other items may come between them.
    article_items = [
        (tm.EventKind.TALKS, tm.TalksFormat.NARROW),
        (tm.EventKind.TALKS, tm.TalksFormat.EXPANDED),
        (tm.EventKind.SIGNING_CEREMONY, None),
        (tm.EventKind.CULTURAL_EVENT, None),
    ]
    kinds = iter([(e.kind, e.talks_format) for e in day2])
    assert all(item in kinds for item in article_items), "the article's items are not a subsequence"
    signing = visit_event(day2, "signing")
    concert = visit_event(day2, "gala-concert")
    assert signing.venue is not None
    assert signing.venue.name == "Kremlin"
    assert "immediately following the talks" in (signing.description or "")
    assert concert.venue is not None
    assert concert.venue.name == "Bolshoi Theatre"
    assert "Kazakh artists" in (concert.title or "")
    assert visit.agreements[0] == "ru-kz-declaration-2025"


def visit_event(events: tuple[tm.Event, ...], id: str) -> tm.Event:
    (found,) = [e for e in events if e.id == id]
    return found


def test_declaration_identity(declaration: tm.Agreement) -> None:
    assert declaration.title == (
        "Declaration on the transition of bilateral relations to the level of a comprehensive "
        "strategic partnership and alliance"
    )
    assert declaration.kind is tm.AgreementKind.DECLARATION
    assert declaration.parties == (tm.StateRef(code="RUS"), tm.StateRef(code="KAZ"))
    assert declaration.bilateral is True
    assert str(declaration.date) == "2025-11-12"
    assert declaration.place == tm.Place(name="Kremlin", locality="Moscow", state="RUS")
    langs = {t.lang for t in declaration.other_titles}
    assert langs == {"en", "ru"}
    assert any("Interstate Relations" in t.text for t in declaration.other_titles)


def test_signatures_by_both_presidents(seed: tm.Dossier, declaration: tm.Agreement) -> None:
    signed = {(s.signatory, s.party.code, s.office, str(s.date)) for s in declaration.signatures}  # type: ignore[union-attr]
    assert signed == {
        ("putin", "RUS", "president-rus", "2025-11-12"),
        ("tokayev", "KAZ", "president-kaz", "2025-11-12"),
    }


def test_four_sections(declaration: tm.Agreement) -> None:
    headings = [s.heading for s in declaration.sections]
    assert len(headings) == 4
    assert headings[0] == "Politics and security"
    assert headings[-1] == "Humanitarian fields"


@pytest.mark.parametrize(
    ("words", "topic", "verb", "organizations", "instruments"),
    [
        (
            "multipolar world order",
            tm.Topic.WORLD_ORDER,
            tm.CommitmentVerb.COMMIT,
            ("un",),
            ("Charter of the United Nations",),
        ),
        ("key role of the CSTO", tm.Topic.SECURITY, tm.CommitmentVerb.EMPHASIZE, ("csto",), ()),
        ("strengthen the CSTO", tm.Topic.SECURITY, tm.CommitmentVerb.COMMIT, ("csto",), ()),
        ("biological and information security", tm.Topic.BIOSECURITY, tm.CommitmentVerb.PLAN, (), ()),
        ("weapons in outer space", tm.Topic.SPACE, tm.CommitmentVerb.REAFFIRM, (), ()),
        ("transport corridors", tm.Topic.TRANSPORT, tm.CommitmentVerb.REAFFIRM, (), ()),
        ("Eurasian transport and logistics framework", tm.Topic.TRANSPORT, tm.CommitmentVerb.INTEND, (), ()),
        ("common markets", tm.Topic.INTEGRATION, tm.CommitmentVerb.AGREE, ("eaeu",), ()),
        ("competitiveness", tm.Topic.ECONOMY, tm.CommitmentVerb.AGREE, (), ()),
        ("oil, gas, coal and electricity", tm.Topic.ENERGY, tm.CommitmentVerb.CONTINUE, (), ()),
        ("critical raw materials", tm.Topic.RAW_MATERIALS, tm.CommitmentVerb.CONTINUE, (), ()),
        ("residing in the other's territory", tm.Topic.MIGRATION, tm.CommitmentVerb.REAFFIRM, (), ()),
        ("education and workforce training", tm.Topic.EDUCATION, tm.CommitmentVerb.PLAN, (), ()),
        ("sovereign reserves", tm.Topic.INTERNATIONAL_LAW, tm.CommitmentVerb.EMPHASIZE, (), ()),
    ],
)
def test_every_reported_commitment(
    declaration: tm.Agreement,
    words: str,
    topic: tm.Topic,
    verb: tm.CommitmentVerb,
    organizations: tuple[str, ...],
    instruments: tuple[str, ...],
) -> None:
    commitment = _commitment(declaration, words)
    assert commitment.topics[0] is topic
    assert commitment.verb is verb
    assert commitment.organizations == organizations
    assert commitment.instruments == instruments
    assert "seed-article" in commitment.sources


def test_topics_cover_information_security(declaration: tm.Agreement) -> None:
    assert tm.Topic.INFORMATION_SECURITY in _commitment(declaration, "information security").topics


@pytest.mark.parametrize(
    "quote",
    [
        "remain committed to building a more representative and equitable multipolar world order",
        "strengthen regional connectivity and diversify cargo flows",
        "Recognizing the growing international authority of the Eurasian Economic Union",
        "further cooperate in the field of critical raw materials essential for the energy transition",
    ],
)
def test_verbatim_quotes_from_the_text(declaration: tm.Agreement, quote: str) -> None:
    article = ROOT.parent / "shared" / "seed" / "news-article-ru-kz-declaration-2025.txt"
    quoted = [c.quote for c in declaration.commitments if c.quote and quote in c.quote]
    assert len(quoted) == 1
    if article.exists():  # the shared folder sits beside the checkout in development and CI
        assert quoted[0] in article.read_text(encoding="utf-8")


def test_tokayev_quote(seed: tm.Dossier) -> None:
    quote = seed.quote("q-tokayev-new-era")
    assert quote.speaker == tm.PersonRef(id="tokayev")
    assert quote.agreement == "ru-kz-declaration-2025"
    assert quote.text.startswith("will open a new era in bilateral relations")
    assert seed.source(quote.source).kind is tm.SourceKind.NEWS_ARTICLE


def test_organizations_named(seed: tm.Dossier) -> None:
    assert {o.acronym for o in seed.organizations} == {"UN", "CSTO", "EAEU", "SCO", "CIS"}


def test_publication_on_the_kremlin_website(seed: tm.Dossier, declaration: tm.Agreement) -> None:
    (published,) = declaration.published_in
    source = seed.source(published)
    assert source.kind is tm.SourceKind.OFFICIAL_TEXT
    assert source.publisher == "Kremlin"


def test_relationship_level(declaration: tm.Agreement) -> None:
    assert declaration.relationship_level == "comprehensive strategic partnership and alliance"


def test_every_cited_source_exists(seed: tm.Dossier) -> None:
    cited = cited_sources(seed)
    assert {"seed-article", "kremlin-78447", "kommersant-8119678", "united24-13371"} <= cited
    assert cited <= {s.id for s in seed.sources}


def test_every_source_iscited_sources(seed: tm.Dossier) -> None:
    assert {s.id for s in seed.sources} <= cited_sources(seed)


def test_every_event_has_a_source(seed: tm.Dossier) -> None:
    for _, event in seed.events():
        assert event.sources, f"{event.id} has no source"
        for id in event.sources:
            assert seed.source(id).kind in (tm.SourceKind.NEWS_ARTICLE, tm.SourceKind.OFFICIAL_STATEMENT)


def test_every_research_url_is_a_source(seed: tm.Dossier) -> None:
    research = ROOT.parent / "shared" / "research" / "ru-kz-2025-public-reporting.md"
    if not research.exists():
        pytest.skip("the shared research notes sit beside the checkout only in development")
    text = research.read_text(encoding="utf-8")
    part_one = text[: text.index("### 1.6")]
    urls = set(re.findall(r"https?://[^\s\];,]+", part_one))
    assert urls <= {s.url for s in seed.sources}


def test_program_day_by_day_with_venues(visit: tm.Visit) -> None:
    day1 = [e.id for e in visit.events_on(tm.PartialDate.parse("2025-11-11"))]
    day2 = [e.id for e in visit.events_on(tm.PartialDate.parse("2025-11-12"))]
    assert day1 == ["arrival", "private-meeting", "dinner-kremlin-apartment"]
    assert day2 == [
        "wreath-laying",
        "welcome-ceremony",
        "talks-narrow",
        "talks-expanded",
        "interregional-forum",
        "signing",
        "press-statements",
        "state-luncheon",
        "gala-concert",
    ]
    venues = {e.id: e.venue.name for e in visit.program if e.venue is not None}
    assert venues["arrival"] == "Vnukovo-2 airport"
    assert "Представительский кабинет" in venues["private-meeting"]
    assert venues["dinner-kremlin-apartment"] == "Putin's apartment in the Kremlin"
    assert venues["wreath-laying"] == "Tomb of the Unknown Soldier, Alexander Garden"
    assert venues["welcome-ceremony"] == "St George's Hall, Grand Kremlin Palace"
    assert "interregional-forum" not in venues  # attended remotely; no venue reported


def test_arrival_with_escort_and_who_met_him(seed: tm.Dossier, visit: tm.Visit) -> None:
    arrival = visit_event(visit.program, "arrival")
    assert arrival.kind is tm.EventKind.ARRIVAL
    assert "Su-35" in (arrival.description or "")
    assert "manturov" in arrival.participants
    held = seed.offices_held("manturov", tm.PartialDate.parse("2025-11-11"))
    assert [o.title for o in held] == ["First Deputy Prime Minister of the Russian Federation"]


def test_forum_by_videoconference(visit: tm.Visit) -> None:
    forum = visit_event(visit.program, "interregional-forum")
    assert forum.kind is tm.EventKind.FORUM
    assert forum.remote is True
    assert "XXI Russia-Kazakhstan Interregional Cooperation Forum" in (forum.title or "")


def test_no_start_time_is_invented(visit: tm.Visit) -> None:
    assert all(e.start_time is None for e in visit.program)
    assert "after 13:00" in (visit_event(visit.program, "welcome-ceremony").description or "")


def test_concert_on_the_historic_stage_in_the_tsars_box(visit: tm.Visit) -> None:
    concert = visit_event(visit.program, "gala-concert")
    assert {"putin", "tokayev", "lyubimova", "balayeva", "gergiev"} == set(concert.participants)
    for words in ("historic stage", "Tsar's Box", "Days of Kazakh Culture", "closed the state visit"):
        assert words in (concert.description or "")


def test_both_values_kept_where_sources_conflict(visit: tm.Visit) -> None:
    meeting = visit_event(visit.program, "private-meeting")
    by_field = {v.field: v for v in meeting.variants}
    assert meeting.duration == dt.timedelta(hours=3)
    assert by_field["duration"].value == "PT2H"
    # A nested variant: the photo caption's name for the room of the meeting.
    assert "Senate Palace" in by_field["venue.name"].value
    assert by_field["venue.name"].sources == ("united24-13371",)
    assert meeting.venue is not None
    assert meeting.venue.sources == ("tass-25608725",)  # a sourced place
    # Planned (Kommersant) against actual arrival.
    assert str(visit.start) == "2025-11-11"
    (start,) = visit.variants
    assert (start.field, start.value, start.sources) == ("start", "2025-11-12", ("kommersant-8119678",))
    # Narrow talks in the seed article, a tête-à-tête in Vedomosti.
    narrow = visit_event(visit.program, "talks-narrow")
    assert narrow.talks_format is tm.TalksFormat.NARROW
    assert [(v.field, v.value) for v in narrow.variants] == [("talks_format", "one_on_one")]


def test_invitation_and_return_invitation(visit: tm.Visit) -> None:
    assert visit.invited_by == "putin"
    assert "state visit to Kazakhstan in 2026" in (visit.description or "")
    assert "m24-846383" in visit.sources


def test_four_titles_each_with_its_source(declaration: tm.Agreement) -> None:
    by_source = {t.sources[0]: t for t in declaration.other_titles}
    assert by_source["kremlin-78447"].text.startswith("Declaration on the Transition of Interstate Relations")
    assert "between Kazakhstan and Russia" in by_source["kazinform-384a92"].text
    assert by_source["rbc-69148e3a"].text.startswith("Декларация о переходе межгосударственных отношений")
    assert by_source["lenta-uroven-otnosheniy"].text.startswith("Декларация о переходе отношений России")
    assert len(declaration.other_titles) == 4


def test_preamble_and_points(declaration: tm.Agreement) -> None:
    assert "earlier friendship and cooperation documents" in (declaration.preamble or "")
    assert "orda-409166" in declaration.sources
    assert "42 numbered points" in (declaration.summary or "")
    # The points are not placed in the sections: no source says which point stands where.
    assert all(not s.subsections for s in declaration.sections)


PACKAGE = {
    "ru-kz-2025-economic-programme-2026-2030": (
        tm.AgreementKind.PROGRAMME,
        tm.AgreementLevel.INTERGOVERNMENTAL,
    ),
    "ru-kz-2025-rail-transit": (tm.AgreementKind.AGREEMENT, tm.AgreementLevel.INTERGOVERNMENTAL),
    "ru-kz-2025-transport-security": (tm.AgreementKind.AGREEMENT, tm.AgreementLevel.INTERGOVERNMENTAL),
    "ru-kz-2025-soyuz5-baiterek-commission": (
        tm.AgreementKind.AGREEMENT,
        tm.AgreementLevel.INTERGOVERNMENTAL,
    ),
    "ru-kz-2025-consulate-aktau": (tm.AgreementKind.EXCHANGE_OF_NOTES, tm.AgreementLevel.INTERGOVERNMENTAL),
    "ru-kz-2025-sanitary-epidemiological": (tm.AgreementKind.AGREEMENT, tm.AgreementLevel.INTERGOVERNMENTAL),
    "ru-kz-2025-special-economic-zones-mou": (
        tm.AgreementKind.MEMORANDUM_OF_UNDERSTANDING,
        tm.AgreementLevel.INTERAGENCY,
    ),
    "ru-kz-2025-joint-schools-loi": (tm.AgreementKind.LETTER_OF_INTENT, tm.AgreementLevel.INTERAGENCY),
    "ru-kz-2025-amur-tiger-action-plan": (tm.AgreementKind.ACTION_PLAN, tm.AgreementLevel.INTERAGENCY),
}


def test_the_confirmed_package_signed_the_same_day(seed: tm.Dossier, visit: tm.Visit) -> None:
    assert set(visit.agreements) == {"ru-kz-declaration-2025", *PACKAGE}
    assert len(seed.agreements) == 10  # the Declaration and items 1-9; items 10-14 are unconfirmed
    for id, (kind, level) in PACKAGE.items():
        agreement = seed.agreement(id)
        assert (agreement.kind, agreement.level) == (kind, level)
        assert agreement.parties == (tm.StateRef(code="RUS"), tm.StateRef(code="KAZ"))
        assert str(agreement.date) == "2025-11-12"
        assert [(r.kind, r.target) for r in agreement.relations] == [
            (tm.RelationKind.SIGNED_WITH, "ru-kz-declaration-2025")
        ]
        assert agreement.sources
        # Each party signed: by a named signatory or, where none is reported, as a party action.
        for party in agreement.parties:
            assert agreement.signatories_for(party) or [
                a for a in agreement.actions_of(party) if a.kind is tm.PartyActionKind.SIGNATURE
            ]


def test_the_ministers_who_signed_the_action_plan(seed: tm.Dossier) -> None:
    plan = seed.agreement("ru-kz-2025-amur-tiger-action-plan")
    day = tm.PartialDate.parse("2025-11-12")
    signed = {(s.signatory, str(s.party)) for s in plan.signatures}
    assert signed == {("nysanbayev", "KAZ"), ("kozlov", "RUS")}
    for signature in plan.signatures:
        held = seed.offices_held(signature.signatory, day)
        assert [o.id for o in held] == [signature.office]
        assert held[0].role is tm.OfficeRole.MINISTER
        assert held[0].represents == signature.party
    # No source dates their tenures, so none is invented.
    for person in ("nysanbayev", "kozlov"):
        (tenure,) = seed.tenures_of(person)
        assert tenure.start is None
        assert tenure.end is None


@pytest.mark.parametrize(
    ("words", "topic", "organizations", "source"),
    [
        ("indivisible security architecture", tm.Topic.SECURITY, (), "rbcua-1762963275"),
        ("nuclear power plant", tm.Topic.ENERGY, (), "rbcua-1762963275"),
        ("Caspian Sea", tm.Topic.ENVIRONMENT, (), "ria-2054563455"),
        ("Promote Russian", tm.Topic.CULTURE, ("cis",), "rbcua-1762963275"),
        ("Baikonur", tm.Topic.SPACE, (), "asianet-oot85hi"),
        ("SCO, the CIS and the UN", tm.Topic.POLITICS, ("sco", "cis", "un"), "asianet-oot85hi"),
    ],
)
def test_commitments_from_other_reporting(
    declaration: tm.Agreement, words: str, topic: tm.Topic, organizations: tuple[str, ...], source: str
) -> None:
    commitment = _commitment(declaration, words)
    assert commitment.topics[0] is topic
    assert commitment.organizations == organizations
    assert source in commitment.sources
    assert "seed-article" not in commitment.sources
    assert commitment.quote is None  # paraphrases, not quotations


def test_nuclear_power_plant_binds_russia_toward_kazakhstan(declaration: tm.Agreement) -> None:
    commitment = _commitment(declaration, "nuclear power plant")
    assert commitment.bound == (tm.StateRef(code="RUS"),)
    assert commitment.beneficiaries == (tm.StateRef(code="KAZ"),)


def test_script_prints_a_summary() -> None:
    result = subprocess.run(
        [sys.executable, str(EXAMPLE)], capture_output=True, text=True, check=True, timeout=60
    )
    for needle in ("Vladimir Putin", "Kassym-Jomart Tokayev", "Bolshoi Theatre", "CSTO", "2025-11-11"):
        assert needle in result.stdout
