"""Meetings, decisions, and looking records up by external identifiers (bundled records)."""

from __future__ import annotations

import datetime as dt

import attrs
import pytest

import treatymodel as tm

D = tm.PartialDate.parse
S = tm.StateRef


@pytest.fixture(scope="module")
def sco() -> tm.Dossier:
    return tm.datasets.load("sco")


def test_the_astana_summit_of_2024(sco: tm.Dossier) -> None:
    # The Astana Times (4 July 2024) and Xinhua: 16 states' delegations, India's led by its foreign minister.
    summit = sco.meeting("sco-astana-2024")
    assert summit.kind is tm.MeetingKind.SUMMIT
    assert (summit.start, summit.end) == (D("2024-07-03"), D("2024-07-04"))
    assert len(summit.parties()) == 16
    india = next(p for p in summit.participants if p.party == S(code="IND"))
    assert sco.person(india.person or "").name == "Subrahmanyam Jaishankar"
    admitted = sco.decision(summit.decisions[0])
    assert (admitted.kind, admitted.subject, admitted.body) == (tm.DecisionKind.ADMIT, S(code="BLR"), "chs")
    assert admitted.takes_effect == D("2024-07-04")
    assert sco.organization("sco").body("chs").name == "Council of Heads of State"  # type: ignore[union-attr]


def test_decision_takes_effect_on_its_effective_day_when_given() -> None:
    decision = tm.Decision(
        id="x", kind=tm.DecisionKind.ADMIT, organization="sco", date=D("2017-06-09"), effective=D("2017-07")
    )
    assert decision.takes_effect == D("2017-07")
    assert attrs.evolve(decision, effective=None).takes_effect == D("2017-06-09")


def test_a_meeting_needs_its_dates_and_a_known_kind() -> None:
    with pytest.raises(TypeError):
        tm.Meeting(id="m", kind=tm.MeetingKind.SUMMIT)  # type: ignore[call-arg]
    with pytest.raises(tm.FieldError, match=r"Meeting\.kind"):
        tm.Meeting(id="m", kind="gala", start=D("2024"), end=D("2024"))  # type: ignore[arg-type]


# Identifiers the bundled records carry, each with the public source that gives it
# (examples/_identity.py, examples/sco.py, examples/ctbt_1996.py, examples/open_skies_1992.py).
IDENTIFIED = [
    ("ru-kz-2025", "wikidata", "Q159", "RUS"),  # Our World in Data's country table
    ("ru-kz-2025", "wikidata", "Q232", "KAZ"),
    ("ru-kz-2025", "cow-state", "705", "KAZ"),  # and the COW state list
    ("ru-kz-2025", "wikidata", "Q318693", "csto"),  # supraverden's table of bodies
    ("sco", "wikidata", "Q485207", "sco"),
    (
        "sco",
        "national:Бюллетень международных договоров Республики Казахстан",
        "2004, No. 8, art. 44",
        "sco-charter-2002",
    ),
    ("ctbt-1996", "untc", "XXVI-4", "ctbt-treaty-1996"),  # the UN Treaty Collection's chapter and number
    ("ctbt-1996", "national:wetten.overheid.nl", "BWBV0004747", "ctbt-treaty-1996"),
    ("open-skies-1992", "national:wetten.overheid.nl", "BWBV0001051", "open-skies-treaty-1992"),
    ("open-skies-1992", "cow-state", "2", "USA"),
]


@pytest.mark.parametrize(("name", "scheme", "value", "record"), IDENTIFIED)
def test_bundled_records_are_found_by_their_identifiers(
    name: str, scheme: str, value: str, record: str
) -> None:
    found = tm.datasets.load(name).find(scheme, value)
    assert getattr(found, "id", None) == record or getattr(found, "code", None) == record


@pytest.mark.parametrize("name", tm.datasets.names())
def test_every_identifier_of_a_bundled_record_cites_a_source(name: str) -> None:
    dossier = tm.datasets.load(name)
    for record in dossier._identified():
        for external in dossier.external_ids(record):
            assert external.sources, (name, external)


def test_find_refuses_what_several_records_or_none_carry() -> None:
    q = tm.ExternalId(scheme=tm.IdScheme.WIKIDATA, value="Q159")
    d = tm.Dossier(
        id="d",
        title="t",
        states=(tm.State(code="RUS", external_ids=(q,)), tm.State(code="SUN", external_ids=(q,))),
    )
    with pytest.raises(tm.RecordNotFoundError, match="carried by several: 'RUS', 'SUN'"):
        d.find("wikidata", "Q159")
    with pytest.raises(tm.RecordNotFoundError, match="wikidata:Q1"):
        d.find(tm.IdScheme.WIKIDATA, "Q1")


def test_all_bundled_records_merge_without_conflict() -> None:
    # Kazakhstan's capitals are dated facts now, so the lineage no longer conflicts with itself.
    everything = tm.datasets.load_all()
    kaz = everything.state("KAZ")
    assert kaz.capital_on(dt.date(1992, 5, 25)) == "Almaty"
    assert kaz.capital_on(dt.date(2025, 11, 12)) == "Astana"
    assert {e.value for e in kaz.external_ids} == {"Q232", "705"}
    assert tm.validate(everything).ok


def test_variants_and_certainties_of_meetings_and_decisions_reach_the_tables() -> None:
    pytest.importorskip("pandas")
    sco = tm.datasets.load("sco")
    doubted = tm.Certainty(level=tm.CertaintyLevel.DISPUTED, sources=("onenewspage",))
    other = tm.Variant(field="date", value="2024-07-03", sources=("trend-3919620",))
    decision = attrs.evolve(sco.decision("sco-chs-2024-admit-blr"), certainty=doubted, variants=(other,))
    meeting = attrs.evolve(sco.meeting("sco-astana-2024"), variants=(attrs.evolve(other, field="start"),))
    d = attrs.evolve(
        sco,
        decisions=tuple(decision if x.id == decision.id else x for x in sco.decisions),
        meetings=tuple(meeting if m.id == meeting.id else m for m in sco.meetings),
    )
    frames = d.to_frames()
    variants = frames["variants"]
    assert set(zip(variants["record_type"], variants["record"], strict=True)) == {
        ("decision", "sco-chs-2024-admit-blr"),
        ("meeting", "sco-astana-2024"),
    }
    assert list(frames["certainties"]["record"]) == ["sco-chs-2024-admit-blr"]


def test_meetings_decisions_memberships_and_identifiers_are_tables() -> None:
    pytest.importorskip("pandas")
    frames = tm.datasets.load("sco").to_frames()
    decisions = frames["decisions"]
    admitted = decisions[decisions["kind"] == "admit"]
    assert list(admitted["subject"]) == ["IND", "PAK", "IRN", "BLR"]
    assert list(admitted["year"]) == [2017, 2017, 2023, 2024]
    acts = frames["membership_acts"]
    assert list(acts["member"]) == ["CHN", "KAZ", "KGZ", "RUS", "TJK", "UZB"]
    assert set(acts["kind"]) == {"admission"}
    delegations = frames["meeting_participants"]
    india = delegations[delegations["party"] == "IND"]
    assert list(india["name"]) == ["Subrahmanyam Jaishankar"]
    assert list(frames["meeting_agreements"]["agreement"]) == ["sco-astana-declaration-2024"]
    ids = frames["external_ids"]
    sco = ids[(ids["record_type"] == "organization") & (ids["record"] == "sco")]
    assert list(zip(sco["scheme"], sco["value"], strict=True)) == [("wikidata", "Q485207")]
    charter = ids[ids["record"] == "sco-charter-2002"]
    assert list(charter["scheme"]) == ["national", "other"]
