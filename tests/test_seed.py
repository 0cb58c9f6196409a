"""The seed dossier holds every fact of the seed article, checked one by one."""

from __future__ import annotations

import datetime as dt
import importlib.util
import subprocess
import sys
from pathlib import Path

import pytest

import treatymodel as tm

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "examples" / "ru_kz_2025.py"


def _load_example():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("ru_kz_2025", EXAMPLE)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def seed() -> tm.Dossier:
    return _load_example().build()  # type: ignore[no-any-return]


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
    assert seed.state("KAZ").capital == "Astana"


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
    (meeting,) = visit.events_on(tm.PartialDate.parse("2025-11-11"))
    assert meeting.kind is tm.EventKind.PRIVATE_MEETING
    assert meeting.duration == dt.timedelta(hours=3)
    assert meeting.closed_to_press is True
    assert set(meeting.participants) == {"putin", "tokayev"}
    # The outlet that said two hours is kept, with its source.
    (variant,) = meeting.variants
    assert (variant.field, variant.value, variant.sources) == ("duration", "PT2H", ("rbc-69148e3a",))


def test_day_two_talks_signing_and_concert_in_order(visit: tm.Visit) -> None:
    day2 = visit.events_on(tm.PartialDate.parse("2025-11-12"))
    kinds = [(e.kind, e.talks_format) for e in day2]
    assert kinds == [
        (tm.EventKind.TALKS, tm.TalksFormat.NARROW),
        (tm.EventKind.TALKS, tm.TalksFormat.EXPANDED),
        (tm.EventKind.SIGNING_CEREMONY, None),
        (tm.EventKind.CULTURAL_EVENT, None),
    ]
    signing, concert = day2[2], day2[3]
    assert signing.venue is not None
    assert signing.venue.name == "Kremlin"
    assert "immediately following the talks" in (signing.description or "")
    assert concert.venue is not None
    assert concert.venue.name == "Bolshoi Theatre"
    assert "Kazakh artists" in (concert.title or "")
    assert visit.agreements == ("ru-kz-declaration-2025",)


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
    assert quote.speaker == "tokayev"
    assert quote.agreement == "ru-kz-declaration-2025"
    assert quote.text.startswith("will open a new era in bilateral relations")
    assert seed.source(quote.source).kind is tm.SourceKind.NEWS_ARTICLE


def test_organizations_named(seed: tm.Dossier) -> None:
    assert {o.acronym for o in seed.organizations} == {"UN", "CSTO", "EAEU"}


def test_publication_on_the_kremlin_website(seed: tm.Dossier, declaration: tm.Agreement) -> None:
    (published,) = declaration.published_in
    source = seed.source(published)
    assert source.kind is tm.SourceKind.OFFICIAL_TEXT
    assert source.publisher == "Kremlin"


def test_relationship_level(declaration: tm.Agreement) -> None:
    assert declaration.relationship_level == "comprehensive strategic partnership and alliance"


def test_every_cited_source_exists(seed: tm.Dossier) -> None:
    cited: set[str] = set()
    for agreement in seed.agreements:
        cited |= set(agreement.sources) | set(agreement.published_in)
        for signature in agreement.signatures:
            cited |= set(signature.sources)
        for commitment in agreement.commitments:
            cited |= set(commitment.sources)
        for title in agreement.other_titles:
            cited |= set(title.sources)
    for _, event in seed.events():
        cited |= set(event.sources)
        for variant in event.variants:
            cited |= set(variant.sources)
    for tenure in seed.tenures:
        cited |= set(tenure.sources)
    assert cited <= {s.id for s in seed.sources}


def test_script_prints_a_summary() -> None:
    result = subprocess.run(
        [sys.executable, str(EXAMPLE)], capture_output=True, text=True, check=True, timeout=60
    )
    for needle in ("Vladimir Putin", "Kassym-Jomart Tokayev", "Bolshoi Theatre", "CSTO", "2025-11-11"):
        assert needle in result.stdout
