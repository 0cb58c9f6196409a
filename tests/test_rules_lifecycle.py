"""The lifecycle rules beyond their one case each: clause variants, and rules that read the engine."""

from __future__ import annotations

import attrs

import treatymodel as tm

D = tm.PartialDate.parse
A = tm.PartyActionKind
M = tm.MilestoneKind
RUS, KAZ, BLR, USA = (tm.StateRef(code=c) for c in ("RUS", "KAZ", "BLR", "USA"))


def act(kind: tm.PartyActionKind, party: tm.PartyRef, date: str, **kw: object) -> tm.PartyAction:
    return tm.PartyAction(kind=kind, party=party, date=D(date), **kw)  # type: ignore[arg-type]


def convention(*actions: tm.PartyAction, entry: str, **kw: object) -> tm.Agreement:
    return tm.Agreement(
        id="c",
        title="Convention",
        kind=tm.AgreementKind.CONVENTION,
        parties=(RUS, KAZ, BLR),
        legally_binding=True,
        party_actions=actions,
        milestones=(tm.Milestone(kind=M.ENTRY_INTO_FORCE, date=D(entry)),),
        **kw,  # type: ignore[arg-type]
    )


def paths(agreement: tm.Agreement, code: str) -> list[str]:
    return [i.path for i in tm.validate(agreement, select=code)]


RATIFIED = (act(A.RATIFICATION, RUS, "2000-01-10"), act(A.RATIFICATION, KAZ, "2000-02-10"))


def test_entry_into_force_before_the_k_th_instrument() -> None:
    clause = tm.EntryIntoForceClause(mode=tm.EntryIntoForceMode.AFTER_INSTRUMENTS, instruments=3)
    early = convention(*RATIFIED, act(A.RATIFICATION, BLR, "2000-05-10"), entry="2000-03-01")
    assert paths(attrs.evolve(early, entry_into_force_clause=clause), "TM-L002") == ["$.milestones[0].date"]
    on_time = convention(*RATIFIED, act(A.RATIFICATION, BLR, "2000-02-20"), entry="2000-03-01")
    assert paths(attrs.evolve(on_time, entry_into_force_clause=clause), "TM-L002") == []


def test_a_party_whose_consent_is_not_recorded_is_not_counted_against_the_date() -> None:
    clause = tm.EntryIntoForceClause(mode=tm.EntryIntoForceMode.AFTER_INSTRUMENTS, instruments=3)
    # Belarus's consent is not recorded: it may have come in time.
    unknown = convention(*RATIFIED, entry="2000-03-01", entry_into_force_clause=clause)
    assert paths(unknown, "TM-L002") == []
    # Fewer parties listed than the clause needs: the record is not the whole list; nothing is claimed.
    partial = attrs.evolve(unknown, entry_into_force_clause=attrs.evolve(clause, instruments=20))
    assert paths(partial, "TM-L002") == []


def test_entry_into_force_before_a_required_state_consented() -> None:
    clause = tm.EntryIntoForceClause(
        mode=tm.EntryIntoForceMode.AFTER_INSTRUMENTS, required=(BLR,), delay=tm.Period(days=30)
    )
    late = convention(*RATIFIED, act(A.RATIFICATION, BLR, "2000-02-15"), entry="2000-03-01")
    found = tm.validate(attrs.evolve(late, entry_into_force_clause=clause), select="TM-L002")
    assert [i.path for i in found] == ["$.milestones[0].date"]
    assert "BLR" in found.issues[0].message
    in_time = convention(*RATIFIED, act(A.RATIFICATION, BLR, "2000-01-31"), entry="2000-03-01")
    assert paths(attrs.evolve(in_time, entry_into_force_clause=clause), "TM-L002") == []


def test_entry_into_force_before_the_last_notification_plus_its_delay() -> None:
    clause = tm.EntryIntoForceClause(
        mode=tm.EntryIntoForceMode.AFTER_LAST_NOTIFICATION, delay=tm.Period(days=30)
    )
    t = tm.Agreement(
        id="t",
        title="Treaty",
        kind=tm.AgreementKind.TREATY,
        parties=(RUS, KAZ),
        entry_into_force_clause=clause,
        party_actions=(act(A.NOTIFICATION, RUS, "2020-03-02"), act(A.NOTIFICATION, KAZ, "2020-05-20")),
        milestones=(tm.Milestone(kind=M.ENTRY_INTO_FORCE, date=D("2020-06-01")),),
    )
    assert paths(t, "TM-L002") == ["$.milestones[0].date"]
    assert (
        paths(
            attrs.evolve(t, milestones=(tm.Milestone(kind=M.ENTRY_INTO_FORCE, date=D("2020-06-19")),)),
            "TM-L002",
        )
        == []
    )
    # Later than the clause gives: a warning, not an error.
    late = attrs.evolve(t, milestones=(tm.Milestone(kind=M.ENTRY_INTO_FORCE, date=D("2020-07-01")),))
    assert paths(late, "TM-L002") == []
    assert paths(late, "TM-L009") == ["$.milestones[0].date"]


def test_entry_into_force_before_the_earliest_date_the_clause_allows() -> None:
    # The CTBT's shape: never earlier than two years after opening for signature.
    clause = tm.EntryIntoForceClause(mode=tm.EntryIntoForceMode.ON_CONSENT_OF_ALL, not_before=D("1998-09-24"))
    early = convention(
        *(act(A.RATIFICATION, p, "1997-01-01") for p in (RUS, KAZ, BLR)),
        entry="1998-06-01",
        entry_into_force_clause=clause,
    )
    assert paths(early, "TM-L002") == ["$.milestones[0].date"]
    on_time = attrs.evolve(early, milestones=(tm.Milestone(kind=M.ENTRY_INTO_FORCE, date=D("1998-09-24")),))
    assert paths(on_time, "TM-L002") == []


def test_withdrawal_by_a_mere_signatory() -> None:
    t = tm.Agreement(
        id="t",
        title="Treaty",
        kind=tm.AgreementKind.TREATY,
        parties=(USA, RUS, KAZ),
        consent_clause=tm.ConsentClause(by_signature=False),
        party_actions=(act(A.SIGNATURE, USA, "2000-12-31"), act(A.WITHDRAWAL, USA, "2002-05-06")),
    )
    assert paths(t, "TM-L003") == ["$.party_actions[1].date"]
    # The signatory that will not ratify says so by a declaration of non-intent: no finding.
    said = attrs.evolve(t, party_actions=(t.party_actions[0], act(A.NON_INTENT, USA, "2002-05-06")))
    assert paths(said, "TM-L003") == []
    # Whether a signature bound its signatory is not known without the clause: nothing is claimed.
    assert paths(attrs.evolve(t, consent_clause=None), "TM-L003") == []


def test_withdrawal_notified_before_the_clause_allows() -> None:
    clause = tm.WithdrawalClause(not_before=tm.Period(years=3), notice=tm.Period(years=1))
    t = tm.Agreement(
        id="paris",
        title="Paris Agreement",
        kind=tm.AgreementKind.AGREEMENT,
        parties=(USA, RUS, KAZ),
        withdrawal_clause=clause,
        party_actions=(
            act(A.ACCEPTANCE, USA, "2016-09-03"),
            act(A.WITHDRAWAL, USA, "2017-08-04", effective=D("2018-08-04")),
        ),
        milestones=(tm.Milestone(kind=M.ENTRY_INTO_FORCE, date=D("2016-11-04")),),
    )
    assert paths(t, "TM-L016") == ["$.party_actions[1].date"]
    # The notice actually given: on the day the three years ended (4 November 2019).
    ok = attrs.evolve(
        t, party_actions=(t.party_actions[0], act(A.WITHDRAWAL, USA, "2019-11-04", effective=D("2020-11-04")))
    )
    assert paths(ok, "TM-L016") == []
    assert paths(ok, "TM-L015") == []


def test_an_act_after_one_of_two_parties_left() -> None:
    t = tm.Agreement(
        id="t",
        title="Treaty",
        kind=tm.AgreementKind.TREATY,
        parties=(RUS, KAZ),
        party_actions=(
            act(A.WITHDRAWAL, KAZ, "2005-01-01", effective=D("2005-07-01")),
            act(A.RESERVATION, RUS, "2006-01-01", text="reservation"),
        ),
        milestones=(tm.Milestone(kind=M.ENTRY_INTO_FORCE, date=D("2000-01-01")),),
    )
    assert paths(t, "TM-L017") == ["$.party_actions[1].date"]


def test_an_undated_act_draws_no_finding_that_needs_its_date() -> None:
    t = tm.Agreement(
        id="t",
        title="Treaty",
        kind=tm.AgreementKind.TREATY,
        parties=(RUS, KAZ),
        legally_binding=True,
        signatures=(tm.Signature(signatory="putin", party=RUS, date=D("2020-06-01")),),
        party_actions=(
            tm.PartyAction(kind=A.RATIFICATION, party=RUS),
            tm.PartyAction(kind=A.WITHDRAWAL, party=RUS),
            tm.PartyAction(kind=A.ACCESSION, party=KAZ),
        ),
        milestones=(tm.Milestone(kind=M.ENTRY_INTO_FORCE, date=D("2020-01-01")),),
    )
    report = tm.validate(t, select="TM-L")
    assert report.issues == ()
