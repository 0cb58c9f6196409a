"""The lifecycle rules beyond their one case each: clause variants, and rules that read the engine."""

from __future__ import annotations

import attrs

import treatymodel as tm

D = tm.PartialDate.parse
A = tm.PartyActionKind
M = tm.MilestoneKind
RUS, KAZ, BLR, USA, VAT, WLF = (tm.StateRef(code=c) for c in ("RUS", "KAZ", "BLR", "USA", "VAT", "WLF"))


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


def found(agreement: tm.Agreement, code: str, *, strict: bool = False) -> list[tuple[str, str, bool]]:
    """Path, severity and "may" of each issue of ``code``."""
    return [(i.path, i.severity.value, i.may) for i in tm.validate(agreement, select=code, strict=strict)]


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
    # Its ratification may simply not be recorded: only "may", with strict.
    assert paths(t, "TM-L003") == []
    assert found(t, "TM-L003", strict=True) == [("$.party_actions[1].date", "warning", True)]
    # Its ratification recorded, and certainly after the withdrawal: an error.
    late = attrs.evolve(t, party_actions=(*t.party_actions, act(A.RATIFICATION, USA, "2003-01-10")))
    assert found(late, "TM-L003", strict=True) == [("$.party_actions[1].date", "error", False)]
    # The signatory that will not ratify says so by a declaration of non-intent: no finding.
    said = attrs.evolve(t, party_actions=(t.party_actions[0], act(A.NON_INTENT, USA, "2002-05-06")))
    assert found(said, "TM-L003", strict=True) == []
    # Whether a signature bound its signatory is not known without the clause: nothing is claimed.
    assert found(attrs.evolve(t, consent_clause=None), "TM-L003", strict=True) == []


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


# --------------------------------------------------------------------------- unknowns: certain, or only "may"
#
# A rule fires only when the violation holds for every day the dates may stand for and
# whatever the record leaves out; where it only may hold, it gives a "may" finding, a
# warning shown with strict=True alone.

ERROR, MAY = "error", "warning"


def treaty(*actions: tm.PartyAction, **kw: object) -> tm.Agreement:
    kw.setdefault("parties", (RUS, KAZ))
    return tm.Agreement(
        id="t",
        title="Treaty",
        kind=tm.AgreementKind.TREATY,
        party_actions=actions,
        **kw,  # type: ignore[arg-type]
    )


def sig(who: str, party: tm.PartyRef, date: str | None = None) -> tm.Signature:
    return tm.Signature(signatory=who, party=party, date=None if date is None else D(date))


def milestone(kind: tm.MilestoneKind, date: str) -> tm.Milestone:
    return tm.Milestone(kind=kind, date=D(date))


def test_ratification_before_the_dated_signature_when_another_is_undated_only_may_be_early() -> None:
    ratified = act(A.RATIFICATION, RUS, "2025-10-01")
    both = treaty(ratified, signatures=(sig("putin", RUS, "2025-11-12"), sig("lavrov", RUS)))
    assert found(both, "TM-L001") == []
    assert found(both, "TM-L001", strict=True) == [("$.party_actions[0].date", MAY, True)]
    # An undated signing act counts the same way.
    acted = treaty(ratified, act(A.SIGNATURE, RUS, "2025-11-12"), tm.PartyAction(kind=A.SIGNATURE, party=RUS))
    assert found(acted, "TM-L001", strict=True) == [("$.party_actions[0].date", MAY, True)]
    # Every signature of the party dated, and later: certain.
    dated = treaty(ratified, signatures=(sig("putin", RUS, "2025-11-12"), sig("lavrov", RUS, "2025-11-13")))
    assert found(dated, "TM-L001", strict=True) == [("$.party_actions[0].date", ERROR, False)]
    # Another party's undated signature changes nothing.
    other = treaty(ratified, signatures=(sig("putin", RUS, "2025-11-12"), sig("tokayev", KAZ)))
    assert found(other, "TM-L001") == [("$.party_actions[0].date", ERROR, False)]


def test_entry_into_force_before_every_dated_consent_only_may_be_early_when_one_is_undated() -> None:
    t = tm.Agreement(
        id="c",
        title="Convention",
        kind=tm.AgreementKind.CONVENTION,
        parties=(RUS, KAZ, BLR),
        bilateral=False,
        party_actions=(
            tm.PartyAction(kind=A.RATIFICATION, party=RUS),
            act(A.RATIFICATION, KAZ, "2000-01-01"),
            act(A.RATIFICATION, BLR, "2001-01-01"),
        ),
        milestones=(milestone(M.ENTRY_INTO_FORCE, "1999-01-01"),),
    )
    assert found(t, "TM-L002") == []
    assert found(t, "TM-L002", strict=True) == [("$.milestones[0].date", MAY, True)]
    dated = attrs.evolve(t, party_actions=(act(A.RATIFICATION, RUS, "2000-06-01"), *t.party_actions[1:]))
    assert found(dated, "TM-L002", strict=True) == [("$.milestones[0].date", ERROR, False)]
    # An undated signature may be the first step too.
    signed = attrs.evolve(dated, signatures=(sig("putin", RUS),))
    assert found(signed, "TM-L002", strict=True) == [("$.milestones[0].date", MAY, True)]


def test_entry_into_force_before_one_party_of_two_consented_only_may_be_when_it_also_signed_undated() -> None:
    t = treaty(
        act(A.RATIFICATION, RUS, "2000-01-01"),
        act(A.RATIFICATION, KAZ, "2000-06-01"),
        signatures=(sig("putin", RUS, "1999-01-01"), sig("tokayev", KAZ, "2000-05-01")),
        milestones=(milestone(M.ENTRY_INTO_FORCE, "2000-03-01"),),
    )
    assert found(t, "TM-L002", strict=True) == [("$.milestones[0].date", ERROR, False)]
    undated = attrs.evolve(t, signatures=(*t.signatures, sig("nazarbayev", KAZ)))
    assert found(undated, "TM-L002") == []
    assert found(undated, "TM-L002", strict=True) == [("$.milestones[0].date", MAY, True)]


def test_withdrawal_by_a_party_whose_joining_is_not_recorded_only_may_be_unbound() -> None:
    # No act at all by KAZ, and parties unknown: nothing without strict.
    no_act = treaty(act(A.RATIFICATION, RUS, "2000-01-01"), act(A.WITHDRAWAL, KAZ, "2010-01-01"))
    assert found(no_act, "TM-L003") == []
    assert found(no_act, "TM-L003", strict=True) == [("$.party_actions[1].date", MAY, True)]
    unknown = attrs.evolve(no_act, parties=None, party_actions=no_act.party_actions[1:])
    assert found(unknown, "TM-L003") == []
    assert found(unknown, "TM-L003", strict=True) == [("$.party_actions[0].date", MAY, True)]
    # Its accession recorded, certainly after the withdrawal: certain.
    joined = attrs.evolve(no_act, party_actions=(*no_act.party_actions, act(A.ACCESSION, KAZ, "2011-06-01")))
    assert found(joined, "TM-L003") == [("$.party_actions[1].date", ERROR, False)]
    # ... and with the withdrawal dated to a year the accession falls in: it may have come after.
    year = attrs.evolve(
        joined,
        party_actions=(joined.party_actions[0], act(A.WITHDRAWAL, KAZ, "2011"), joined.party_actions[2]),
    )
    assert found(year, "TM-L003") == []
    assert found(year, "TM-L003", strict=True) == [("$.party_actions[1].date", MAY, True)]


def test_a_second_withdrawal_after_the_first_took_effect_is_certain() -> None:
    t = convention(
        act(A.RATIFICATION, KAZ, "2000-01-01"),
        act(A.WITHDRAWAL, KAZ, "2005-01-01", effective=D("2005-07-01")),
        act(A.WITHDRAWAL, KAZ, "2006-01-01"),
        entry="2000-06-01",
    )
    assert found(t, "TM-L003") == [("$.party_actions[2].date", ERROR, False)]


def test_a_withdrawal_the_clause_forbids_is_reported_even_undated() -> None:
    undated = tm.PartyAction(kind=A.WITHDRAWAL, party=KAZ)
    t = treaty(
        act(A.RATIFICATION, KAZ, "2000-01-01"),
        undated,
        withdrawal_clause=tm.WithdrawalClause(allowed=False),
        milestones=(milestone(M.ENTRY_INTO_FORCE, "2000-06-01"),),
    )
    assert found(t, "TM-L016") == [("$.party_actions[1].kind", ERROR, False)]
    # Allowed after some years: that needs the withdrawal's date, and undated it draws nothing.
    later = attrs.evolve(t, withdrawal_clause=tm.WithdrawalClause(not_before=tm.Period(years=5)))
    assert found(later, "TM-L016", strict=True) == []
    dated = attrs.evolve(later, party_actions=(t.party_actions[0], act(A.WITHDRAWAL, KAZ, "2002-01-01")))
    assert found(dated, "TM-L016") == [("$.party_actions[1].date", ERROR, False)]


def test_an_act_after_a_term_counted_from_the_agreements_date_only_may_be_late() -> None:
    # A five-year term; the entry into force is not recorded, so it runs from some day on or
    # after the agreement's date: it ends on 2005-01-01 at the earliest, on a day not known.
    t = treaty(act(A.RATIFICATION, KAZ, "2005-06-01"), date=D("2000-01-01"), term=tm.Term(years=5))
    assert found(t, "TM-L017") == []
    assert found(t, "TM-L017", strict=True) == [("$.party_actions[0].date", MAY, True)]
    # The entry into force recorded: the term's end is known, and the act certainly after it.
    known = attrs.evolve(t, milestones=(milestone(M.ENTRY_INTO_FORCE, "2000-01-01"),))
    assert found(known, "TM-L017", strict=True) == [("$.party_actions[0].date", ERROR, False)]
    # A termination milestone is certain whatever the term.
    ended = attrs.evolve(t, milestones=(milestone(M.TERMINATION, "2003-01-01"),))
    assert found(ended, "TM-L017") == [("$.party_actions[0].date", ERROR, False)]


def test_removing_the_date_of_effect_the_entry_into_force_was_inferred_from_draws_no_error() -> None:
    t = treaty(
        act(A.SIGNATURE, RUS, "1953-10-14"),
        act(A.NOTIFICATION, RUS, "1956-06-04", effective=D("1956-09-30")),
        date=D("1950-12-15"),
        term=tm.Term(years=5, months=4),
    )
    assert found(t, "TM-L017", strict=True) == []
    unknown = attrs.evolve(t, party_actions=(t.party_actions[0], act(A.NOTIFICATION, RUS, "1956-06-04")))
    assert found(unknown, "TM-L017") == []
    assert found(unknown, "TM-L017", strict=True) == [("$.party_actions[1].date", MAY, True)]


def test_an_extension_after_a_term_counted_from_the_agreements_date_only_may_be_late() -> None:
    extended = tm.Milestone(kind=M.EXTENSION, date=D("2010-06-01"))
    t = treaty(date=D("2000-03-01"), term=tm.Term(years=10), milestones=(extended,))
    assert found(t, "TM-L019") == []
    assert found(t, "TM-L019", strict=True) == [("$.milestones[0].date", MAY, True)]
    known = attrs.evolve(t, milestones=(milestone(M.ENTRY_INTO_FORCE, "2000-03-01"), extended))
    assert found(known, "TM-L019", strict=True) == [("$.milestones[1].date", "warning", False)]
    # An extension ending before the earliest end is still certain (TM-L020): the end is no earlier.
    early = tm.Milestone(kind=M.EXTENSION, date=D("2009-06-01"), until=D("2008-01-01"))
    short = attrs.evolve(t, milestones=(early,))
    assert found(short, "TM-L020") == [("$.milestones[0].until", ERROR, False)]


def test_termination_before_the_dated_signature_when_another_is_undated_only_may_be_early() -> None:
    ended = (milestone(M.TERMINATION, "2019-01-01"),)
    signed = sig("putin", RUS, "2020-05-01")
    t = treaty(signatures=(signed, sig("tokayev", KAZ)), milestones=ended, date=D("2020-05-01"))
    assert found(t, "TM-L021") == []
    assert found(t, "TM-L021", strict=True) == [("$.milestones[0].date", MAY, True)]
    # Both signatures and the agreement dated: the first signing is known, and after the termination.
    dated = attrs.evolve(t, signatures=(signed, sig("tokayev", KAZ, "2020-05-02")))
    assert found(dated, "TM-L021", strict=True) == [("$.milestones[0].date", ERROR, False)]
    # The agreement's own date (of signature or adoption) unknown: it may be the earlier.
    undated = attrs.evolve(dated, date=None)
    assert found(undated, "TM-L021") == []
    assert found(undated, "TM-L021", strict=True) == [("$.milestones[0].date", MAY, True)]
    # Before the text was adopted no one signed it, dated or not: certain.
    adopted = attrs.evolve(t, date=None, milestones=(milestone(M.ADOPTION, "2019-06-01"), *ended))
    assert found(adopted, "TM-L021", strict=True) == [("$.milestones[1].date", ERROR, False)]


def test_a_withdrawal_before_a_bilateral_entry_into_force_only_may_be_by_a_party_not_bound() -> None:
    # Both parties are bound from the entry into force; KAZ's consent, not recorded, came
    # some day before it, perhaps before its withdrawal.
    t = treaty(
        act(A.RATIFICATION, RUS, "2000-01-10"),
        act(A.WITHDRAWAL, KAZ, "2000-03-01"),
        milestones=(milestone(M.ENTRY_INTO_FORCE, "2000-06-01"),),
    )
    assert found(t, "TM-L003") == []
    assert found(t, "TM-L003", strict=True) == [("$.party_actions[1].date", MAY, True)]
    # Joined by an exchange of instruments after the withdrawal: certain.
    exchanged = attrs.evolve(t, milestones=(milestone(M.EXCHANGE_OF_INSTRUMENTS, "2000-05-01"),))
    assert found(exchanged, "TM-L003") == [("$.party_actions[1].date", ERROR, False)]


def test_a_withdrawal_by_a_party_whose_consent_is_undated_only_may_be_by_a_party_not_bound() -> None:
    # A ratification confirms a signature, so the engine reads the undated one as after the
    # signature of 2001; but it may have come on any day, before the withdrawal too.
    t = treaty(
        act(A.WITHDRAWAL, KAZ, "2000-01-01"),
        act(A.SIGNATURE, KAZ, "2001-01-01"),
        tm.PartyAction(kind=A.RATIFICATION, party=KAZ),
        consent_clause=tm.ConsentClause(by_signature=False),
    )
    assert found(t, "TM-L003") == []
    assert found(t, "TM-L003", strict=True) == [("$.party_actions[0].date", MAY, True)]
    dated = attrs.evolve(t, party_actions=(*t.party_actions[:2], act(A.RATIFICATION, KAZ, "2001-06-01")))
    assert found(dated, "TM-L003") == [("$.party_actions[0].date", ERROR, False)]


def test_consent_again_while_bound_only_may_be_when_an_undated_withdrawal_may_come_between() -> None:
    # Two ratifications a month apart fit only with the undated withdrawal between them, so
    # the engine reads RUS as bound again in 2005; but the withdrawal may have come later.
    twice = (act(A.RATIFICATION, RUS, "2000-01-10"), act(A.RATIFICATION, RUS, "2000-02-10"))
    undated = tm.PartyAction(kind=A.WITHDRAWAL, party=RUS)
    t = convention(*twice, undated, act(A.RATIFICATION, RUS, "2005-01-10"), entry="2000-06-01")
    assert found(t, "TM-L014") == []
    assert found(t, "TM-L014", strict=True) == [("$.party_actions[3].kind", MAY, True)]
    # No withdrawal recorded at all: certain (the second ratification too).
    dated = attrs.evolve(t, party_actions=(*twice, t.party_actions[3]))
    assert found(dated, "TM-L014") == [
        ("$.party_actions[1].kind", ERROR, False),
        ("$.party_actions[2].kind", ERROR, False),
    ]
    # The same for an accession (TM-L013).
    acceded = convention(*twice, undated, act(A.ACCESSION, RUS, "2005-01-10"), entry="2000-06-01")
    assert found(acceded, "TM-L013") == []
    assert found(acceded, "TM-L013", strict=True) == [("$.party_actions[3].kind", MAY, True)]
    alone = attrs.evolve(acceded, party_actions=(twice[0], acceded.party_actions[3]))
    assert found(alone, "TM-L013") == [("$.party_actions[1].kind", ERROR, False)]


def test_consent_again_with_the_parties_unknown_only_may_be_while_bound_if_the_other_left() -> None:
    # Two states act and the parties are unknown: the agreement may be bilateral, in which
    # KAZ's withdrawal (effective 2002-06-01) ended it for RUS too.
    t = tm.Agreement(
        id="t",
        title="Treaty",
        kind=tm.AgreementKind.TREATY,
        party_actions=(
            act(A.RATIFICATION, RUS, "2000-01-10"),
            act(A.RATIFICATION, KAZ, "2000-02-10"),
            act(A.WITHDRAWAL, KAZ, "2002-01-01", effective=D("2002-06-01")),
            act(A.RATIFICATION, RUS, "2005-01-10"),
        ),
        milestones=(milestone(M.ENTRY_INTO_FORCE, "2000-06-01"),),
    )
    assert found(t, "TM-L014") == []
    assert found(t, "TM-L014", strict=True) == [("$.party_actions[3].kind", MAY, True)]
    multilateral = attrs.evolve(t, bilateral=False)
    assert found(multilateral, "TM-L014") == [("$.party_actions[3].kind", ERROR, False)]


def test_a_withdrawal_with_the_parties_unknown_by_a_party_bound_by_an_exchange_of_instruments() -> None:
    # Whoever acts is a party when the parties are unknown: leaving KAZ's only act out of
    # the record to ask where it stood must not make it a stranger to the exchange.
    t = tm.Agreement(
        id="t",
        title="Treaty",
        kind=tm.AgreementKind.TREATY,
        party_actions=(act(A.RATIFICATION, RUS, "2000-01-10"), act(A.SUSPENSION, KAZ, "2000-09-01")),
        milestones=(milestone(M.EXCHANGE_OF_INSTRUMENTS, "2000-02-15"),),
    )
    assert found(t, "TM-L003", strict=True) == []
    early = attrs.evolve(t, party_actions=(t.party_actions[0], act(A.SUSPENSION, KAZ, "2000-01-01")))
    assert found(early, "TM-L003") == [("$.party_actions[1].date", ERROR, False)]


def test_no_act_is_after_the_end_when_the_engine_finds_no_reading_of_the_facts() -> None:
    # Found by fuzzing: with the suspension's date of effect unknown, the engine finds no
    # order of these facts for the agreement as a whole from 1976-04 on (no status at all);
    # that is not a certain end.
    t = treaty(
        act(A.SUSPENSION, VAT, "1975-10-27"),
        act(A.NON_INTENT, VAT, "1977-10-13"),
        tm.PartyAction(kind=A.PROVISIONAL_APPLICATION, party=WLF),
        act(A.RATIFICATION, WLF, "1975-05-03"),
        act(A.WITHDRAWAL, WLF, "1975-08"),
        tm.PartyAction(kind=A.SIGNATURE, party=WLF),
        parties=(VAT, WLF),
        legally_binding=True,
        date=D("1975-02-01"),
        signatures=(sig("signer-vat", VAT, "1975-03-07"),),
        milestones=(
            milestone(M.ENTRY_INTO_FORCE, "1976-04"),
            milestone(M.TERMINATION, "1980-02-22"),
            tm.Milestone(kind=M.EXTENSION, date=D("1976"), until=D("1977-08")),
        ),
        consent_clause=tm.ConsentClause(by_signature=False),
        entry_into_force_clause=tm.EntryIntoForceClause(
            mode=tm.EntryIntoForceMode.ON_DATE, delay=tm.Period(months=5, days=209), date=D("1978")
        ),
    )
    assert found(t, "TM-L017", strict=True) == []


def test_entry_into_force_later_than_a_clause_needing_every_party_only_may_be_with_the_parties_unknown() -> (
    None
):
    clause = tm.EntryIntoForceClause(mode=tm.EntryIntoForceMode.ON_CONSENT_OF_ALL, delay=tm.Period(days=30))
    t = treaty(
        act(A.RATIFICATION, RUS, "2020-01-01"),
        act(A.RATIFICATION, KAZ, "2020-02-01"),
        entry_into_force_clause=clause,
        milestones=(milestone(M.ENTRY_INTO_FORCE, "2020-09-01"),),
    )
    assert found(t, "TM-L009") == [("$.milestones[0].date", "warning", False)]
    # Another party, whose consent came later, may be missing from those who acted.
    unknown = attrs.evolve(t, parties=None)
    assert found(unknown, "TM-L009") == []
    assert found(unknown, "TM-L009", strict=True) == [("$.milestones[0].date", MAY, True)]
    # A threshold of instruments is reached by those recorded, whoever else there is.
    three = tm.EntryIntoForceClause(
        mode=tm.EntryIntoForceMode.AFTER_INSTRUMENTS, instruments=2, delay=tm.Period(days=30)
    )
    counted = attrs.evolve(unknown, entry_into_force_clause=three)
    assert found(counted, "TM-L009") == [("$.milestones[0].date", "warning", False)]


def test_consent_again_while_bound_only_may_be_when_a_term_runs_from_a_day_not_known() -> None:
    twice = (act(A.RATIFICATION, RUS, "2000-01-10"), act(A.RATIFICATION, RUS, "2006-01-10"))
    t = treaty(*twice, parties=(RUS, KAZ, BLR), bilateral=False, term=tm.Term(years=5))
    # No entry into force and no date: the five years may have run out before 2006.
    assert found(t, "TM-L014") == []
    assert found(t, "TM-L014", strict=True) == [("$.party_actions[1].kind", MAY, True)]
    # Counted from a date, a fifty-year term had not.
    long = attrs.evolve(t, date=D("1999-12-01"), term=tm.Term(years=50))
    assert found(long, "TM-L014") == [("$.party_actions[1].kind", ERROR, False)]


def test_a_suspension_with_the_parties_unknown_only_may_be_unbound_if_the_agreement_may_be_bilateral() -> (
    None
):
    # RUS signed, KAZ notified its consent in 1958; entry into force in 1955. Read as
    # multilateral, KAZ was not bound in 1956; read as bilateral, it was, from 1955.
    t = tm.Agreement(
        id="t",
        title="Treaty",
        kind=tm.AgreementKind.TREATY,
        signatures=(sig("putin", RUS, "1955-08-20"),),
        party_actions=(act(A.SUSPENSION, KAZ, "1956-03-01"), act(A.NOTIFICATION, KAZ, "1958-07-26")),
        milestones=(milestone(M.ENTRY_INTO_FORCE, "1955-09-01"),),
    )
    assert found(t, "TM-L003") == []
    assert found(t, "TM-L003", strict=True) == [("$.party_actions[0].date", MAY, True)]
    multilateral = attrs.evolve(t, bilateral=False)
    assert found(multilateral, "TM-L003") == [("$.party_actions[0].date", ERROR, False)]
