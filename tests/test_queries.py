"""Time-aware queries on dossiers, and merging dossiers, on the bundled lineage and small records."""

from __future__ import annotations

import datetime as dt

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import treatymodel as tm
from treatymodel import datasets

D = tm.PartialDate.parse
RUS, KAZ = tm.StateRef(code="RUS"), tm.StateRef(code="KAZ")


@pytest.fixture(scope="module")
def lineage() -> tm.Dossier:
    return datasets.load_all()


def test_load_all_holds_every_bundled_agreement(lineage: tm.Dossier) -> None:
    ids = {a.id for name in datasets.names() for a in datasets.load(name).agreements}
    assert {a.id for a in lineage.agreements} == ids
    assert len({s.code for s in lineage.states}) == len(lineage.states)


def test_relationship_level_2014_comes_from_the_2013_treaty(lineage: tm.Dossier) -> None:
    found = lineage.relationship("RUS", "KAZ", dt.date(2014, 1, 1))
    assert found is not None
    assert found.agreement == "ru-kz-treaty-2013"
    assert found.level == lineage.agreement("ru-kz-treaty-2013").relationship_level
    assert found.since == D("2013-11-11")


def test_relationship_level_end_of_2025_comes_from_the_2025_declaration(lineage: tm.Dossier) -> None:
    found = lineage.relationship(KAZ, RUS, D("2025-12-01"))
    assert found is not None
    assert found.agreement == "ru-kz-declaration-2025"
    assert lineage.relationship_level("RUS", "KAZ", D("2025-12-01")) == (
        "comprehensive strategic partnership and alliance"
    )


def test_relationship_level_before_any_agreement_is_none(lineage: tm.Dossier) -> None:
    assert lineage.relationship_level("RUS", "KAZ", dt.date(1991, 1, 1)) is None
    # The declaration of 12 November 2025 does not count on the day before it.
    assert lineage.relationship("RUS", "KAZ", dt.date(2025, 11, 11)).agreement != "ru-kz-declaration-2025"  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("office", "on", "name"),
    [
        ("president-kaz", dt.date(1998, 7, 6), "Nursultan Nazarbayev"),
        ("president-kaz", D("2025-11-12"), "Kassym-Jomart Tokayev"),
        ("president-rus", dt.date(1998, 7, 6), "Boris Yeltsin"),
        ("president-rus", dt.date(2013, 11, 11), "Vladimir Putin"),
    ],
)
def test_office_holders_by_date(lineage: tm.Dossier, office: str, on: dt.date, name: str) -> None:
    assert [p.name for p in lineage.office_holders(office, on)] == [name]


def test_the_1992_treaty_status_by_date(lineage: tm.Dossier) -> None:
    treaty = "ru-kz-treaty-1992"
    assert lineage.status(treaty, dt.date(1992, 5, 1)) is None
    assert lineage.status(treaty, dt.date(1992, 6, 1)) is tm.Status.SIGNED
    assert lineage.status(treaty, dt.date(1993, 1, 1)) is tm.Status.IN_FORCE
    assert lineage.status(treaty, dt.date(2013, 1, 1)) is tm.Status.IN_FORCE
    assert lineage.status(treaty, dt.date(1993, 1, 1), party="KAZ") is tm.Status.IN_FORCE
    assert lineage.parties_on(treaty, dt.date(1993, 1, 1)) == (RUS, KAZ)


def test_the_1992_treaty_is_extended_by_the_2012_protocol(lineage: tm.Dossier) -> None:
    extending = lineage.related("ru-kz-treaty-1992", tm.RelationKind.EXTENDS)
    assert [a.id for a in extending] == ["ru-kz-protocol-2012"]
    extension = [
        m for m in lineage.agreement("ru-kz-treaty-1992").milestones if m.kind is tm.MilestoneKind.EXTENSION
    ]
    assert extension[0].date == extending[0].date


def test_agreements_between_are_in_date_order(lineage: tm.Dossier) -> None:
    found = lineage.agreements_between("RUS", "KAZ")
    both = {tm.StateRef(code="RUS"), tm.StateRef(code="KAZ")}
    assert {a.id for a in found} == {a.id for a in lineage.agreements if both <= set(a.parties or ())}
    # The Russia-Kazakhstan lineage and the SCO's Declaration and Charter: Kazakhstan is party to
    # neither Open Skies nor the CTBT, and the Astana Declaration's parties are not recorded.
    assert len(found) == 17
    dates = [a.date for a in found if a.date]
    assert dates == sorted(dates)
    assert lineage.agreements_between("RUS", "MNG") == ()


def _treaty(**changes: object) -> tm.Agreement:
    base = tm.Agreement(
        id="t",
        title="Treaty",
        kind=tm.AgreementKind.TREATY,
        parties=(RUS, KAZ),
        date=D("2000-01-10"),
        milestones=(tm.Milestone(kind=tm.MilestoneKind.ENTRY_INTO_FORCE, date=D("2000-03-01")),),
    )
    return attrs.evolve(base, **changes)


def _one(agreement: tm.Agreement) -> tm.Dossier:
    return tm.Dossier(id="d", title="D", agreements=(agreement,))


def test_status_follows_party_actions_and_milestones() -> None:
    actions = (
        tm.PartyAction(kind=tm.PartyActionKind.PROVISIONAL_APPLICATION, party=RUS, date=D("2000-02-01")),
        tm.PartyAction(
            kind=tm.PartyActionKind.SUSPENSION, party=KAZ, date=D("2005-01-01"), effective=D("2005-01-01")
        ),
        tm.PartyAction(
            kind=tm.PartyActionKind.WITHDRAWAL, party=KAZ, date=D("2006-01-01"), effective=D("2006-07-01")
        ),
    )
    d = _one(_treaty(party_actions=actions))
    assert d.status("t", dt.date(2000, 2, 15)) is tm.Status.PROVISIONALLY_APPLIED
    assert d.status("t", dt.date(2001, 1, 1)) is tm.Status.IN_FORCE
    assert d.status("t", dt.date(2005, 6, 1)) is tm.Status.SUSPENDED
    assert d.status("t", dt.date(2005, 6, 1), party="RUS") is tm.Status.IN_FORCE
    assert (
        d.status("t", dt.date(2006, 3, 1), party="KAZ") is tm.Status.SUSPENDED
    )  # the withdrawal takes effect later
    assert d.status("t", dt.date(2006, 7, 1), party="KAZ") is tm.Status.WITHDRAWN
    assert d.status("t", dt.date(2006, 7, 1)) is tm.Status.TERMINATED
    # One party leaving a bilateral treaty ends it for the other too: no one is bound.
    assert d.status("t", dt.date(2006, 7, 1), party="RUS") is tm.Status.TERMINATED
    assert d.parties_on("t", dt.date(2006, 6, 30)) == (RUS,)
    assert d.parties_on("t", dt.date(2006, 7, 1)) == ()
    assert d.status("t", dt.date(2006, 7, 1), party="CHN") is None


def test_termination_and_extension_milestones() -> None:
    milestones = (
        tm.Milestone(kind=tm.MilestoneKind.ENTRY_INTO_FORCE, date=D("2000-03-01")),
        tm.Milestone(kind=tm.MilestoneKind.EXPIRY, date=D("2010-03-01")),
        tm.Milestone(kind=tm.MilestoneKind.EXTENSION, date=D("2010-04"), until=D("2015-03-01")),
        tm.Milestone(kind=tm.MilestoneKind.TERMINATION, date=D("2014")),
    )
    d = _one(_treaty(milestones=milestones))
    assert d.status("t", dt.date(2010, 3, 15)) is tm.Status.TERMINATED
    # A month-precise extension: during the month it may or may not have happened.
    assert d.status("t", dt.date(2010, 3, 31)) is tm.Status.TERMINATED
    during = d.standing("t", dt.date(2010, 4, 15))
    assert during.status is None
    assert during.possible == {tm.Status.TERMINATED, tm.Status.IN_FORCE}
    assert d.status("t", dt.date(2010, 4, 30)) is tm.Status.IN_FORCE
    assert d.status("t", dt.date(2014, 12, 31)) is tm.Status.TERMINATED


def test_expiry_with_a_term_and_automatic_renewal() -> None:
    d = _one(_treaty())
    term = tm.Term(years=10, renewal_years=5, automatic_renewal=True)
    assert d.expiry("t", dt.date(2001, 1, 1), term) == dt.date(2010, 3, 1)
    assert d.expiry("t", dt.date(2010, 3, 1), term) == dt.date(2015, 3, 1)
    assert d.expiry("t", dt.date(2021, 6, 1), term) == dt.date(2025, 3, 1)
    assert d.status("t", dt.date(2030, 1, 1), term=term) is tm.Status.IN_FORCE


def test_expiry_without_renewal_ends_the_agreement() -> None:
    d = _one(_treaty())
    term = tm.Term(years=1, months=6)
    assert d.expiry("t", dt.date(2000, 6, 1), term) == dt.date(2001, 9, 1)
    assert d.status("t", dt.date(2001, 8, 31), term=term) is tm.Status.IN_FORCE
    assert d.status("t", dt.date(2001, 9, 1), term=term) is tm.Status.TERMINATED


def test_expiry_moves_with_an_extension_until() -> None:
    extension = tm.Milestone(kind=tm.MilestoneKind.EXTENSION, date=D("2009-12-01"), until=D("2020-03-01"))
    d = _one(_treaty(milestones=(*_treaty().milestones, extension)))
    assert d.expiry("t", dt.date(2009, 1, 1), tm.Term(years=10)) == dt.date(2010, 3, 1)
    assert d.expiry("t", dt.date(2010, 1, 1), tm.Term(years=10)) == dt.date(2020, 3, 1)


@pytest.mark.parametrize(
    ("date", "term", "on"),
    [
        ("9500", tm.Term(years=1000), dt.date(9999, 12, 31)),
        ("9999-12-15", tm.Term(months=1), dt.date(9999, 12, 31)),
        ("9990", tm.Term(years=1, renewal_years=1000, automatic_renewal=True), dt.date(9999, 6, 1)),
        ("9998", tm.Term(years=1, renewal_months=1, automatic_renewal=True), dt.date(9999, 12, 31)),
    ],
)
def test_a_term_ending_after_9999_keeps_the_agreement_in_force(date: str, term: tm.Term, on: dt.date) -> None:
    # Issue 16, point 7: status() raised `ValueError: year 11992 is out of range`.
    in_force = (tm.Milestone(kind=tm.MilestoneKind.ENTRY_INTO_FORCE, date=D(date)),)
    d = _one(_treaty(date=D(date), milestones=in_force, term=term))
    assert d.expiry("t", on) is None
    assert d.status("t", on) is tm.Status.IN_FORCE


@settings(max_examples=200)
@given(
    st.dates(min_value=dt.date(1, 1, 1), max_value=dt.date(9999, 12, 31)),
    st.dates(min_value=dt.date(1, 1, 1), max_value=dt.date(9999, 12, 31)),
    st.integers(0, 1000),
    st.integers(1, 1000),
    st.booleans(),
)
def test_status_and_expiry_never_fail_on_a_valid_term(
    signed: dt.date, on: dt.date, years: int, renewal: int, automatic: bool
) -> None:
    term = tm.Term(years=years, months=0 if years else 1, renewal_years=renewal, automatic_renewal=automatic)
    in_force = (tm.Milestone(kind=tm.MilestoneKind.ENTRY_INTO_FORCE, date=tm.PartialDate.of(signed)),)
    d = _one(_treaty(date=tm.PartialDate.of(signed), milestones=in_force, term=term))
    d.expiry("t", on)
    d.status("t", on)


def test_merge_keeps_identical_records_once() -> None:
    putin = tm.Person(id="putin", name="Vladimir Putin")
    tenure = tm.Tenure(person="putin", office="president-rus")
    a = tm.Dossier(id="a", title="A", persons=(putin,), tenures=(tenure,), states=(tm.State(code="RUS"),))
    b = tm.Dossier(id="b", title="B", persons=(putin,), tenures=(tenure,), agreements=(_treaty(),))
    merged = tm.merge(a, b, id="ab", title="A and B", description="both")
    assert merged.persons == (putin,)
    assert merged.tenures == (tenure,)
    assert [x.id for x in merged.agreements] == ["t"]
    assert merged.description == "both"


def test_merge_rejects_two_records_with_one_id() -> None:
    a = tm.Dossier(id="a", title="A", persons=(tm.Person(id="putin", name="Vladimir Putin"),))
    b = tm.Dossier(id="b", title="B", persons=(tm.Person(id="putin", name="V. Putin"),))
    with pytest.raises(tm.MergeConflictError, match="'putin'") as caught:
        tm.merge(a, b, id="ab", title="A and B")
    assert isinstance(caught.value, tm.TreatyModelError)
    assert (caught.value.kind, caught.value.id) == ("person", "putin")
    first = tm.merge(a, b, id="ab", title="A and B", on_conflict="first")
    assert first.person("putin").name == "Vladimir Putin"


def test_repr_is_short(lineage: tm.Dossier) -> None:
    seed = datasets.load("ru-kz-2025")
    assert repr(seed).startswith("Dossier(id='ru-kz-2025', ")
    assert "agreements=10" in repr(seed)
    assert len(repr(seed)) < 120
    assert repr(tm.Dossier(id="e", title="E")) == "Dossier(id='e')"
    assert len(repr(seed.agreements[0])) < 160
    assert repr(seed.visits[0]).startswith("Visit(id='tokayev-russia-2025-11', kind='state'")


def test_merge_unites_the_sources_and_identifiers_of_copies_that_agree() -> None:
    wikidata = tm.ExternalId(scheme=tm.IdScheme.WIKIDATA, value="Q232", sources=("owid",))
    a = tm.Dossier(id="a", title="A", states=(tm.State(code="KAZ", name="Kazakhstan", sources=("tass",)),))
    b = tm.Dossier(
        id="b",
        title="B",
        states=(
            tm.State(
                code="KAZ",
                name="Kazakhstan",
                capital="Astana",
                sources=("kazinform",),
                external_ids=(wikidata,),
            ),
        ),
    )
    kaz = tm.merge(a, b, id="ab", title="A and B").state("KAZ")
    assert kaz.sources == ("tass", "kazinform")
    assert kaz.external_ids == (wikidata,)
    assert kaz.capital == "Astana"  # unknown in one copy, known in the other


def test_merge_still_refuses_copies_that_contradict_each_other() -> None:
    a = tm.Dossier(id="a", title="A", states=(tm.State(code="KAZ", capital="Almaty"),))
    b = tm.Dossier(id="b", title="B", states=(tm.State(code="KAZ", capital="Astana"),))
    with pytest.raises(tm.MergeConflictError, match="state 'KAZ'"):
        tm.merge(a, b, id="ab", title="A and B")
    assert tm.merge(a, b, id="ab", title="A and B", on_conflict="first").state("KAZ").capital == "Almaty"
