"""The bundled real records: the 2025 seed dossier and its lineage, built and checked fact by fact."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

import treatymodel as tm
from _records import cited_sources, load_example

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"
RECORDS = ("ru_kz_1992", "ru_kz_1998", "ru_kz_2013", "ru_kz_2022", "ru_kz_2025")
RUS, KAZ = tm.StateRef(code="RUS"), tm.StateRef(code="KAZ")
D = tm.PartialDate.parse


@pytest.fixture(scope="module", params=RECORDS)
def dossier(request: pytest.FixtureRequest) -> tm.Dossier:
    built = load_example(request.param).build()
    assert isinstance(built, tm.Dossier)
    return built


@pytest.fixture(scope="module")
def records() -> dict[str, tm.Dossier]:
    return {name: load_example(name).build() for name in RECORDS}


def _signed(dossier: tm.Dossier, agreement_id: str) -> set[tuple[str, str, str, str]]:
    """(signatory, party, office held on the day, date) for each signature, the office from the tenures."""
    agreement = dossier.agreement(agreement_id)
    signed = set()
    for signature in agreement.signatures:
        (office,) = dossier.offices_held(signature.signatory, signature.date)
        assert office.id == signature.office, "the signature's office is the one held that day"
        assert office.represents == signature.party
        signed.add((signature.signatory, str(signature.party), office.title, str(signature.date)))
    return signed


RUS_PRESIDENT = "President of the Russian Federation"
KAZ_PRESIDENT = "President of the Republic of Kazakhstan"


# Every record.


def test_every_cited_source_exists(dossier: tm.Dossier) -> None:
    cited = cited_sources(dossier)
    assert cited, "a record without sources"
    assert cited <= {s.id for s in dossier.sources}


def test_every_agreement_event_and_tenure_has_a_source(dossier: tm.Dossier) -> None:
    for agreement in dossier.agreements:
        assert agreement.sources, agreement.id
        for signature in agreement.signatures:
            assert signature.sources, (agreement.id, signature.signatory)
        for relation in agreement.relations:
            assert relation.sources, (agreement.id, relation.target)
    for visit in dossier.visits:
        assert visit.sources, visit.id
    for _, event in dossier.events():
        assert event.sources, event.id
    for tenure in dossier.tenures:
        assert tenure.sources, (tenure.person, tenure.office)


def test_every_agreement_is_between_russia_and_kazakhstan(dossier: tm.Dossier) -> None:
    for agreement in dossier.agreements:
        assert agreement.parties == (RUS, KAZ)
        assert agreement.bilateral is True
    assert {s.code for s in dossier.states} == {"RUS", "KAZ"}


def test_every_signatory_held_an_office_for_the_party_that_day(dossier: tm.Dossier) -> None:
    for agreement in dossier.agreements:
        for signature in agreement.signatures:
            held = dossier.offices_held(signature.signatory, signature.date)
            assert [o.id for o in held] == [signature.office], (agreement.id, signature.signatory)


def test_every_relation_points_into_the_same_record(dossier: tm.Dossier) -> None:
    for agreement in dossier.agreements:
        for relation in agreement.relations:
            assert dossier.has("agreement", relation.target), (agreement.id, relation.target)
            assert relation.target != agreement.id


def test_every_event_falls_within_its_visit(dossier: tm.Dossier) -> None:
    for visit, event in dossier.events():
        assert visit.start.earliest() <= event.date.earliest()
        assert event.date.latest() <= visit.end.latest()
    for visit in dossier.visits:
        for id in visit.agreements:
            assert dossier.has("agreement", id)


def test_every_record_validates_without_issues(dossier: tm.Dossier) -> None:
    report = tm.validate(dossier)
    assert report.ok_strict, str(report)


@pytest.mark.parametrize("name", RECORDS)
def test_script_prints_a_summary(name: str) -> None:
    result = subprocess.run(
        [sys.executable, str(EXAMPLES / f"{name}.py")], capture_output=True, text=True, check=True, timeout=60
    )
    assert "Russia" in result.stdout
    assert "Kazakhstan" in result.stdout


def test_ids_of_records_are_distinct(records: dict[str, tm.Dossier]) -> None:
    ids = [d.id for d in records.values()]
    assert ids == ["ru-kz-1992", "ru-kz-1998", "ru-kz-2013", "ru-kz-2022", "ru-kz-2025"]
    agreement_ids = [a.id for d in records.values() for a in d.agreements]
    assert len(agreement_ids) == len(set(agreement_ids)), "agreement ids are unique across the records"


# 1992: the Treaty on Friendship, Cooperation and Mutual Assistance and its 2012 protocol.


def test_1992_treaty(records: dict[str, tm.Dossier]) -> None:
    d = records["ru_kz_1992"]
    treaty = d.agreement("ru-kz-treaty-1992")
    assert treaty.title.startswith("Treaty on Friendship, Cooperation and Mutual Assistance")
    assert treaty.kind is tm.AgreementKind.TREATY
    assert str(treaty.date) == "1992-05-25"
    assert treaty.place is None  # not reported
    assert _signed(d, treaty.id) == {
        ("yeltsin", "RUS", RUS_PRESIDENT, "1992-05-25"),
        ("nazarbayev", "KAZ", KAZ_PRESIDENT, "1992-05-25"),
    }
    milestones = [(m.kind, str(m.date)) for m in treaty.milestones]
    assert milestones == [
        (tm.MilestoneKind.ENTRY_INTO_FORCE, "1992-10-09"),
        (tm.MilestoneKind.EXTENSION, "2012-06-07"),
    ]
    assert "ten years" in (treaty.milestones[1].note or "")
    assert treaty.milestones[1].until is None  # the new end of term is not reported


def test_1992_protocol_amends_and_extends_the_treaty(records: dict[str, tm.Dossier]) -> None:
    protocol = records["ru_kz_1992"].agreement("ru-kz-protocol-2012")
    assert protocol.kind is tm.AgreementKind.PROTOCOL
    assert str(protocol.date) == "2012-06-07"
    assert protocol.place == tm.Place(name="Astana", state="KAZ")
    assert [(r.kind, r.target) for r in protocol.relations] == [
        (tm.RelationKind.AMENDS, "ru-kz-treaty-1992"),
        (tm.RelationKind.EXTENDS, "ru-kz-treaty-1992"),
    ]
    assert protocol.signatures == ()  # signatories not reported
    assert {(a.kind, str(a.party)) for a in protocol.party_actions} == {
        (tm.PartyActionKind.SIGNATURE, "RUS"),
        (tm.PartyActionKind.SIGNATURE, "KAZ"),
    }


# 1998: the Declaration on Eternal Friendship and Alliance.


def test_1998_declaration(records: dict[str, tm.Dossier]) -> None:
    d = records["ru_kz_1998"]
    declaration = d.agreement("ru-kz-declaration-1998")
    assert declaration.title == "Declaration on Eternal Friendship and Alliance Oriented to the 21st Century"
    assert declaration.kind is tm.AgreementKind.DECLARATION  # not a treaty
    assert str(declaration.date) == "1998-07-06"
    assert declaration.place == tm.Place(name="Moscow", state="RUS")
    assert declaration.relationship_level == "alliance"
    assert _signed(d, declaration.id) == {
        ("yeltsin", "RUS", RUS_PRESIDENT, "1998-07-06"),
        ("nazarbayev", "KAZ", KAZ_PRESIDENT, "1998-07-06"),
    }


def test_1998_working_visit(records: dict[str, tm.Dossier]) -> None:
    (visit,) = records["ru_kz_1998"].visits
    assert visit.kind is tm.VisitKind.WORKING
    assert (visit.guest, visit.guest_state, visit.host_state) == ("nazarbayev", "KAZ", "RUS")
    # Only the signing day is known; the visit keeps month precision rather than inventing days.
    assert visit.start.precision is tm.Precision.MONTH
    assert visit.start.contains(D("1998-07-06"))
    assert visit.agreements == ("ru-kz-declaration-1998",)


# 2013: the Treaty on Good-Neighbourliness and Alliance in the 21st Century.


def test_2013_treaty(records: dict[str, tm.Dossier]) -> None:
    d = records["ru_kz_2013"]
    treaty = d.agreement("ru-kz-treaty-2013")
    assert treaty.title == "Treaty on Good-Neighbourliness and Alliance in the 21st Century"
    assert treaty.kind is tm.AgreementKind.TREATY
    assert str(treaty.date) == "2013-11-11"
    assert treaty.place == tm.Place(name="Yekaterinburg", state="RUS")
    assert treaty.relationship_level == "alliance"
    assert treaty.milestones == ()  # entry into force unverified
    assert "Interregional Cooperation Forum" in (treaty.summary or "")
    assert _signed(d, treaty.id) == {
        ("putin", "RUS", RUS_PRESIDENT, "2013-11-11"),
        ("nazarbayev", "KAZ", KAZ_PRESIDENT, "2013-11-11"),
    }


def test_2013_articles_with_their_commitments(records: dict[str, tm.Dossier]) -> None:
    treaty = records["ru_kz_2013"].agreement("ru-kz-treaty-2013")
    assert [(s.kind, s.number) for s in treaty.sections] == [
        (tm.SectionKind.ARTICLE, n) for n in ("1", "2", "3", "10")
    ]
    by_section: dict[str | None, list[str]] = {}
    for commitment in treaty.commitments:
        by_section.setdefault(commitment.section, []).append(commitment.summary)
    assert set(by_section) == {"art-1", "art-2", "art-3", "art-10"}
    assert any("blocs directed against the other" in s for s in by_section["art-2"])
    assert any("Customs Union" in s for s in by_section["art-10"])


def test_2013_putin_held_office_in_2013_but_not_in_2010(records: dict[str, tm.Dossier]) -> None:
    d = records["ru_kz_2013"]
    assert [o.id for o in d.offices_held("putin", D("2013-11-11"))] == ["president-rus"]
    assert [o.id for o in d.offices_held("putin", D("2005"))] == ["president-rus"]
    assert d.offices_held("putin", D("2010")) == ()


def test_2013_unverified_update_is_not_asserted(records: dict[str, tm.Dossier]) -> None:
    d = records["ru_kz_2013"]
    treaty = d.agreement("ru-kz-treaty-2013")
    assert treaty.relations == ()
    assert "unverified" in (d.source("globnews-declaration").note or "")


# 2022: the joint declaration on the 30th anniversary of diplomatic relations.


def test_2022_joint_declaration(records: dict[str, tm.Dossier]) -> None:
    d = records["ru_kz_2022"]
    declaration = d.agreement("ru-kz-declaration-2022")
    assert "30th anniversary of diplomatic relations" in declaration.title
    assert declaration.kind is tm.AgreementKind.DECLARATION
    assert str(declaration.date) == "2022-11-28"
    assert declaration.place == tm.Place(name="Moscow", state="RUS")
    assert _signed(d, declaration.id) == {
        ("putin", "RUS", RUS_PRESIDENT, "2022-11-28"),
        ("tokayev", "KAZ", KAZ_PRESIDENT, "2022-11-28"),
    }
    (visit,) = d.visits
    assert visit.kind is tm.VisitKind.OFFICIAL
    assert (visit.guest, visit.host) == ("tokayev", "putin")


# 2025: the seed record (checked in detail by test_seed.py).


def test_2025_declaration_and_package(records: dict[str, tm.Dossier]) -> None:
    d = records["ru_kz_2025"]
    declaration = d.agreement("ru-kz-declaration-2025")
    assert str(declaration.date) == "2025-11-12"
    assert _signed(d, declaration.id) == {
        ("putin", "RUS", RUS_PRESIDENT, "2025-11-12"),
        ("tokayev", "KAZ", KAZ_PRESIDENT, "2025-11-12"),
    }
    package = [a for a in d.agreements if a.id != declaration.id]
    assert len(package) == 9
    for agreement in package:
        assert str(agreement.date) == "2025-11-12"
        assert [(r.kind, r.target) for r in agreement.relations] == [
            (tm.RelationKind.SIGNED_WITH, declaration.id)
        ]
    assert _signed(d, "ru-kz-2025-amur-tiger-action-plan") == {
        (
            "kozlov",
            "RUS",
            "Russian minister for natural resources and ecology (counterpart of Kazakhstan's Minister of "
            "Ecology and Natural Resources)",
            "2025-11-12",
        ),
        (
            "nysanbayev",
            "KAZ",
            "Minister of Ecology and Natural Resources of the Republic of Kazakhstan",
            "2025-11-12",
        ),
    }


def test_the_lineage_in_order(records: dict[str, tm.Dossier]) -> None:
    """The five records' main documents, dated in the order of the relationship's history."""
    main = [
        records["ru_kz_1992"].agreement("ru-kz-treaty-1992"),
        records["ru_kz_1998"].agreement("ru-kz-declaration-1998"),
        records["ru_kz_2013"].agreement("ru-kz-treaty-2013"),
        records["ru_kz_2022"].agreement("ru-kz-declaration-2022"),
        records["ru_kz_2025"].agreement("ru-kz-declaration-2025"),
    ]
    dates = [a.date for a in main]
    assert all(d is not None for d in dates)
    assert dates == sorted(dates)  # type: ignore[type-var]
