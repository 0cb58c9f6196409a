"""Who was a member of an organization on a day (treatymodel.membership), on the bundled SCO record.

Facts and sources: examples/sco.py. Founded by the Declaration of 15 June 2001 (sco-russia2020);
India and Pakistan admitted 9 June 2017 (TASS 950697; Trend); Iran 4 July 2023 (Sputnik); Belarus
4 July 2024 (Trend 3919620; The Astana Times; Xinhua).
"""

from __future__ import annotations

import datetime as dt

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

import treatymodel as tm
from treatymodel.membership import MemberStatus

D = tm.PartialDate.parse
U = tm.UncertainDate.parse
S = tm.StateRef
FOUNDERS = ["CHN", "KAZ", "KGZ", "RUS", "TJK", "UZB"]


@pytest.fixture(scope="module")
def sco() -> tm.Dossier:
    return tm.datasets.load("sco")


@pytest.mark.parametrize(
    ("day", "members"),
    [
        ("2001-06-14", []),  # before the Declaration: the organization does not exist
        ("2001-06-16", FOUNDERS),
        ("2003-09-20", FOUNDERS),  # the Charter in force: the same six
        ("2017-06-08", FOUNDERS),  # India and Pakistan "acceding states" (asiaplus.tj)
        ("2017-06-10", [*FOUNDERS, "IND", "PAK"]),
        ("2023-07-03", [*FOUNDERS, "IND", "PAK"]),
        ("2023-07-05", [*FOUNDERS, "IND", "PAK", "IRN"]),
        ("2024-07-03", [*FOUNDERS, "IND", "PAK", "IRN"]),  # Belarus had only signed its memorandum
        ("2024-07-05", [*FOUNDERS, "IND", "PAK", "IRN", "BLR"]),  # "10th member state"
    ],
)
def test_members_on_as_the_sources_report(sco: tm.Dossier, day: str, members: list[str]) -> None:
    assert [ref.code for ref in sco.members_on("sco", D(day))] == members  # type: ignore[union-attr]


def test_observers_and_memorandum_signatories_are_not_members(sco: tm.Dossier) -> None:
    # Mongolia attends as an observer; Iran signed its memorandum in 2022 and was admitted in 2023.
    assert sco.member_standing("sco", "MNG", dt.date(2024, 7, 5)).status is None
    assert not sco.member_standing("sco", "IRN", dt.date(2023, 1, 1)).member


def test_an_unknown_organization_raises(sco: tm.Dossier) -> None:
    with pytest.raises(tm.RecordNotFoundError, match="no organization with id 'nato'"):
        sco.members_on("nato", dt.date(2020, 1, 1))


def _with_acts(sco: tm.Dossier, *acts: tm.MembershipAct, **changes: object) -> tm.Dossier:
    org = sco.organization("sco")
    org = attrs.evolve(org, membership_acts=(*org.membership_acts, *acts), **changes)
    return attrs.evolve(sco, organizations=(org,))


def test_a_suspended_or_frozen_member_is_still_a_member(sco: tm.Dossier) -> None:
    frozen = tm.MembershipAct(
        kind=tm.MembershipActKind.FREEZE, member=S(code="KGZ"), date=D("2020-01-10"), until=D("2020-06-01")
    )
    d = _with_acts(sco, frozen)
    assert d.member_standing("sco", "KGZ", dt.date(2020, 3, 1)).status is MemberStatus.SUSPENDED
    assert S(code="KGZ") in d.members_on("sco", dt.date(2020, 3, 1))
    assert S(code="KGZ") not in d.members_on("sco", dt.date(2020, 3, 1), suspended=False)
    assert S(code="KGZ") in d.members_on("sco", dt.date(2020, 7, 1), suspended=False)
    assert d.member_standing("sco", "KGZ", dt.date(2020, 7, 1)).status is MemberStatus.MEMBER


def test_a_withdrawal_makes_a_former_member_and_dissolution_ends_everyone(sco: tm.Dossier) -> None:
    left = tm.MembershipAct(kind=tm.MembershipActKind.WITHDRAWAL, member=S(code="UZB"), date=D("2012-06-28"))
    d = _with_acts(sco, left, dissolved=D("2040-01-01"))
    assert d.member_standing("sco", "UZB", dt.date(2013, 1, 1)).status is MemberStatus.FORMER
    assert S(code="UZB") not in d.members_on("sco", dt.date(2013, 1, 1))
    assert d.members_on("sco", dt.date(2040, 1, 2)) == ()
    assert d.member_standing("sco", "CHN", dt.date(2040, 1, 2)).status is MemberStatus.FORMER


def test_an_uncertain_or_unconfirmed_fact_leaves_the_answer_open(sco: tm.Dossier) -> None:
    # Admitted "in 2019" (no day): on a day of 2019 the record does not say.
    d = _with_acts(
        sco, tm.MembershipAct(kind=tm.MembershipActKind.ADMISSION, member=S(code="MNG"), date=D("2019"))
    )
    standing = d.member_standing("sco", "MNG", dt.date(2019, 6, 1))
    assert not standing.settled
    assert standing.possible == {None, MemberStatus.MEMBER}
    assert S(code="MNG") not in d.members_on("sco", dt.date(2019, 6, 1))
    assert S(code="MNG") in d.members_on("sco", dt.date(2020, 1, 1))
    # An admission of unknown date may have happened any time.
    d = _with_acts(sco, tm.MembershipAct(kind=tm.MembershipActKind.ADMISSION, member=S(code="MNG")))
    assert not d.member_standing("sco", "MNG", dt.date(2030, 1, 1)).settled
    # A planned admission may not happen; confirmed_only doubts anything not confirmed.
    planned = tm.MembershipAct(
        kind=tm.MembershipActKind.ADMISSION,
        member=S(code="MNG"),
        date=D("2019-05-01"),
        certainty=tm.Certainty(level=tm.CertaintyLevel.PLANNED),
    )
    d = _with_acts(sco, planned)
    assert not d.member_standing("sco", "MNG", dt.date(2020, 1, 1)).settled
    assert sco.members_on("sco", D("2024-07-05"), confirmed_only=True) == ()


def test_order_unsettled_by_the_dates_keeps_every_outcome(sco: tm.Dossier) -> None:
    # Suspended on 1 March 2021 and readmitted some day of 2021: on 1 June either may come last.
    acts = (
        tm.MembershipAct(kind=tm.MembershipActKind.SUSPENSION, member=S(code="TJK"), date=D("2021-03-01")),
        tm.MembershipAct(kind=tm.MembershipActKind.RESUMPTION, member=S(code="TJK"), date=D("2021")),
    )
    d = _with_acts(sco, *acts)
    standing = d.member_standing("sco", "TJK", dt.date(2021, 6, 1))
    assert standing.possible == {MemberStatus.MEMBER, MemberStatus.SUSPENDED}
    assert standing.member  # a member either way
    assert d.member_standing("sco", "TJK", dt.date(2022, 1, 1)).possible == {
        MemberStatus.MEMBER,
        MemberStatus.SUSPENDED,
    }


def test_membership_follows_the_founding_agreements_lifecycle() -> None:
    # An organization whose charter is in force for two parties from 1 January 2000 and withdrawn by one.
    charter = tm.Agreement(
        id="charter",
        title="Charter",
        kind=tm.AgreementKind.CHARTER,
        parties=(S(code="RUS"), S(code="KAZ")),
        bilateral=True,
        milestones=(tm.Milestone(kind=tm.MilestoneKind.ENTRY_INTO_FORCE, date=D("2000-01-01")),),
        party_actions=(
            tm.PartyAction(kind=tm.PartyActionKind.WITHDRAWAL, party=S(code="KAZ"), date=D("2010-01-01")),
        ),
    )
    org = tm.Organization(id="org", name="Org", founding_agreement="charter")
    d = tm.Dossier(
        id="d",
        title="t",
        states=(tm.State(code="RUS"), tm.State(code="KAZ")),
        organizations=(org,),
        agreements=(charter,),
    )
    assert d.members_on("org", dt.date(1999, 1, 1)) == ()
    assert d.members_on("org", dt.date(2005, 1, 1)) == (S(code="RUS"), S(code="KAZ"))
    # The engine leaves the withdrawal's effect unsettled (no withdrawal clause gives its day), and so
    # does membership: a member or a former member, never "not yet".
    later = d.member_standing("org", "KAZ", dt.date(2011, 1, 1))
    engine = d.standing("charter", dt.date(2011, 1, 1), party="KAZ").possible
    assert tm.Status.WITHDRAWN in engine
    assert later.possible == {MemberStatus.MEMBER, MemberStatus.FORMER}


@given(day=st.dates(dt.date(1990, 1, 1), dt.date(2030, 12, 31)))
def test_members_on_are_exactly_the_parties_settled_as_members(day: dt.date) -> None:
    sco = tm.datasets.load("sco")
    members = set(sco.members_on("sco", day))
    for code in ("CHN", "IND", "IRN", "BLR", "MNG", "TUR"):
        standing = sco.member_standing("sco", code, day)
        assert (S(code=code) in members) == standing.member
