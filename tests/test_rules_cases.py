"""Every validation rule fires on a minimal real-looking record, and not on a near miss.

Each case builds a small, clean record of the 2025 Russia-Kazakhstan state visit,
plants one mistake (``bad``) and, separately, a near miss that must stay quiet
(``near``). The rule must report exactly the expected paths on the bad record.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import attrs
import pytest

import treatymodel as tm

D = tm.PartialDate.parse
RUS, KAZ, BLR, UKR = (tm.StateRef(code=c) for c in ("RUS", "KAZ", "BLR", "UKR"))
CSTO = tm.OrganizationRef(id="csto")
SRC = ("seed-article",)
Record = tm.Dossier | tm.Agreement | tm.Visit


def ev(obj: Any, **changes: Any) -> Any:
    return attrs.evolve(obj, **changes)


def office(id_: str, title: str, role: tm.OfficeRole, party: tm.PartyRef) -> tm.Office:
    return tm.Office(id=id_, title=title, role=role, represents=party)


def base() -> tm.Dossier:
    """A clean dossier: the state visit, the declaration, the people and their offices."""
    kremlin = tm.Place(name="Kremlin", locality="Moscow", state="RUS")
    visit = tm.Visit(
        id="visit",
        kind=tm.VisitKind.STATE,
        guest="tokayev",
        guest_state="KAZ",
        host="putin",
        host_state="RUS",
        start=D("2025-11-11"),
        end=D("2025-11-12"),
        places=(tm.Place(name="Moscow", state="RUS"),),
        program=(
            tm.Event(id="e1", kind=tm.EventKind.PRIVATE_MEETING, date=D("2025-11-11"), sources=SRC),
            tm.Event(
                id="e2", kind=tm.EventKind.TALKS, date=D("2025-11-12"), talks_format=tm.TalksFormat.NARROW
            ),
            tm.Event(id="e3", kind=tm.EventKind.SIGNING_CEREMONY, date=D("2025-11-12"), venue=kremlin),
        ),
        agreements=("decl",),
        sources=SRC,
    )
    decl = tm.Agreement(
        id="decl",
        title="Declaration on comprehensive strategic partnership and alliance",
        kind=tm.AgreementKind.DECLARATION,
        parties=(RUS, KAZ),
        bilateral=True,
        date=D("2025-11-12"),
        place=kremlin,
        signatures=(
            tm.Signature(signatory="putin", party=RUS, date=D("2025-11-12"), office="president-rus"),
            tm.Signature(signatory="tokayev", party=KAZ, date=D("2025-11-12"), office="president-kaz"),
        ),
        sections=(
            tm.Section(id="s1", kind=tm.SectionKind.SECTION, number="1", heading="Politics and security"),
            tm.Section(
                id="s2",
                kind=tm.SectionKind.SECTION,
                number="2",
                subsections=(
                    tm.Section(id="s2-1", kind=tm.SectionKind.POINT, number="1"),
                    tm.Section(id="s2-2", kind=tm.SectionKind.POINT, number="2"),
                ),
            ),
        ),
        commitments=(
            tm.Commitment(
                id="c1",
                topics=(tm.Topic.SECURITY,),
                verb=tm.CommitmentVerb.SUPPORT,
                summary="Strengthen the CSTO's capacity",
                organizations=("csto",),
                section="s1",
            ),
        ),
        sources=SRC,
    )
    return tm.Dossier(
        id="ru-kz",
        title="Tokayev's state visit to Russia",
        states=(tm.State(code="RUS"), tm.State(code="KAZ"), tm.State(code="BLR")),
        organizations=(tm.Organization(id="csto", name="Collective Security Treaty Organization"),),
        persons=tuple(
            tm.Person(id=i, name=n)
            for i, n in (
                ("putin", "Vladimir Putin"),
                ("tokayev", "Kassym-Jomart Tokayev"),
                ("lavrov", "Sergey Lavrov"),
                ("mishustin", "Mikhail Mishustin"),
                ("reshetnikov", "Maxim Reshetnikov"),
                ("nazarbayev", "Nursultan Nazarbayev"),
                ("peskov", "Dmitry Peskov"),
            )
        ),
        offices=(
            office("president-rus", "President of Russia", tm.OfficeRole.HEAD_OF_STATE, RUS),
            office("president-kaz", "President of Kazakhstan", tm.OfficeRole.HEAD_OF_STATE, KAZ),
            office("fm-rus", "Minister of Foreign Affairs of Russia", tm.OfficeRole.FOREIGN_MINISTER, RUS),
            office("pm-rus", "Chairman of the Government of Russia", tm.OfficeRole.HEAD_OF_GOVERNMENT, RUS),
            office("economy-rus", "Minister of Economic Development of Russia", tm.OfficeRole.MINISTER, RUS),
        ),
        tenures=(
            tm.Tenure(person="putin", office="president-rus", start=D("2012-05-07")),
            tm.Tenure(person="tokayev", office="president-kaz", start=D("2019-03-20")),
            tm.Tenure(person="lavrov", office="fm-rus", start=D("2004-03-09")),
            tm.Tenure(person="mishustin", office="pm-rus", start=D("2020-01-16")),
            tm.Tenure(person="reshetnikov", office="economy-rus", start=D("2020-01-21")),
        ),
        visits=(visit,),
        agreements=(decl,),
        sources=(tm.Source(id="seed-article", kind=tm.SourceKind.NEWS_ARTICLE, publisher="Fergana"),),
        quotes=(
            tm.Quote(
                id="q1",
                text="will open a new era in bilateral relations",
                source="seed-article",
                speaker="tokayev",
                agreement="decl",
            ),
        ),
    )


def treaty() -> tm.Agreement:
    """A clean binding bilateral treaty with a lifecycle, for the lifecycle rules."""
    return tm.Agreement(
        id="treaty",
        title="Treaty on good-neighbourliness",
        kind=tm.AgreementKind.TREATY,
        parties=(RUS, KAZ),
        legally_binding=True,
        date=D("2020-06-01"),
        signatures=(
            tm.Signature(signatory="putin", party=RUS, date=D("2020-06-01")),
            tm.Signature(signatory="tokayev", party=KAZ, date=D("2020-06-01")),
        ),
        party_actions=(
            tm.PartyAction(kind=tm.PartyActionKind.RATIFICATION, party=RUS, date=D("2020-09-01")),
            tm.PartyAction(kind=tm.PartyActionKind.RATIFICATION, party=KAZ, date=D("2020-10-01")),
        ),
        milestones=(tm.Milestone(kind=tm.MilestoneKind.ENTRY_INTO_FORCE, date=D("2020-11-01")),),
    )


# --- editing helpers ----------------------------------------------------------------


def with_visit(d: tm.Dossier, **changes: Any) -> tm.Dossier:
    return ev(d, visits=(ev(d.visits[0], **changes), *d.visits[1:]))


def with_event(d: tm.Dossier, j: int, **changes: Any) -> tm.Dossier:
    program = list(d.visits[0].program)
    program[j] = ev(program[j], **changes)
    return with_visit(d, program=tuple(program))


def with_decl(d: tm.Dossier, **changes: Any) -> tm.Dossier:
    return ev(d, agreements=(ev(d.agreements[0], **changes), *d.agreements[1:]))


def with_sig(d: tm.Dossier, k: int, **changes: Any) -> tm.Dossier:
    sigs = list(d.agreements[0].signatures)
    sigs[k] = ev(sigs[k], **changes)
    return with_decl(d, signatures=tuple(sigs))


def with_commitment(d: tm.Dossier, **changes: Any) -> tm.Dossier:
    c = d.agreements[0].commitments
    return with_decl(d, commitments=(ev(c[0], **changes), *c[1:]))


def with_tenure(d: tm.Dossier, i: int, **changes: Any) -> tm.Dossier:
    tenures = list(d.tenures)
    tenures[i] = ev(tenures[i], **changes)
    return ev(d, tenures=tuple(tenures))


def add(d: tm.Dossier, field: str, *records: Any) -> tm.Dossier:
    return ev(d, **{field: (*getattr(d, field), *records)})


def action(kind: tm.PartyActionKind, party: tm.PartyRef, date: str, **kw: Any) -> tm.PartyAction:
    return tm.PartyAction(kind=kind, party=party, date=D(date), **kw)


def with_actions(*actions: tm.PartyAction) -> tm.Agreement:
    t = treaty()
    return ev(t, party_actions=(*t.party_actions, *actions))


def milestone(kind: tm.MilestoneKind, date: str) -> tm.Milestone:
    return tm.Milestone(kind=kind, date=D(date))


def extension(date: str, until: str | None = None) -> tm.Milestone:
    return tm.Milestone(
        kind=tm.MilestoneKind.EXTENSION, date=D(date), until=None if until is None else D(until)
    )


def consent_of_all() -> tm.Agreement:
    """The treaty, entering into force 30 days after the last consent (2020-10-01): on 2020-10-31."""
    return ev(
        treaty(),
        entry_into_force_clause=tm.EntryIntoForceClause(
            mode=tm.EntryIntoForceMode.ON_CONSENT_OF_ALL, delay=tm.Period(days=30)
        ),
    )


def section(id_: str, number: str, kind: tm.SectionKind = tm.SectionKind.SECTION) -> tm.Section:
    return tm.Section(id=id_, kind=kind, number=number)


def relation(kind: tm.RelationKind, target: str) -> tm.Relation:
    return tm.Relation(kind=kind, target=target)


def second_agreement(d: tm.Dossier, **changes: Any) -> tm.Dossier:
    other = ev(treaty(), id="treaty", **changes)
    return add(d, "agreements", other)


def organized() -> tm.Dossier:
    """The base dossier with the SCO (founded 15 June 2001), the Astana summit of 2024 and a decision.

    Facts from the bundled record ``sco`` (examples/sco.py and its sources).
    """
    sco = tm.Organization(
        id="sco",
        name="Shanghai Cooperation Organisation",
        acronym="SCO",
        founded=D("2001-06-15"),
        bodies=(
            tm.Body(
                id="chs",
                name="Council of Heads of State",
                kind=tm.BodyKind.HEADS_OF_STATE,
                established=D("2001-06-15"),
            ),
        ),
        membership_acts=(
            tm.MembershipAct(kind=tm.MembershipActKind.ADMISSION, member=RUS, date=D("2001-06-15")),
        ),
    )
    summit = tm.Meeting(
        id="astana-2024",
        kind=tm.MeetingKind.SUMMIT,
        organization="sco",
        body="chs",
        host_state="KAZ",
        start=D("2024-07-03"),
        end=D("2024-07-04"),
        participants=(tm.Participant(party=RUS, person="putin"), tm.Participant(party=KAZ, person="tokayev")),
        decisions=("admit-blr",),
    )
    admit = tm.Decision(
        id="admit-blr",
        kind=tm.DecisionKind.ADMIT,
        organization="sco",
        body="chs",
        date=D("2024-07-04"),
        subject=BLR,
        meeting="astana-2024",
    )
    d = base()
    return ev(d, organizations=(*d.organizations, sco), meetings=(summit,), decisions=(admit,))


def with_meeting(d: tm.Dossier, **changes: Any) -> tm.Dossier:
    return ev(d, meetings=(ev(d.meetings[0], **changes),))


def with_decision(d: tm.Dossier, **changes: Any) -> tm.Dossier:
    return ev(d, decisions=(ev(d.decisions[0], **changes),))


def with_sco(d: tm.Dossier, **changes: Any) -> tm.Dossier:
    return ev(d, organizations=(*d.organizations[:-1], ev(d.organizations[-1], **changes)))


Build = Callable[[], Record]
R = tm.RelationKind
A = tm.PartyActionKind
M = tm.MilestoneKind
Sig = tm.Signature

# code, bad record, expected paths of that code on it, near miss
CASES: list[tuple[str, Build, tuple[str, ...], Build]] = [
    # -- visits
    (
        "TM-V001",
        lambda: with_visit(base(), end=D("2025-11-10")),
        ("$.visits[0].end",),
        lambda: with_visit(base(), start=D("2025-11"), end=D("2025-11-12")),
    ),
    (
        "TM-V002",
        lambda: with_event(base(), 2, date=D("2025-11-13")),
        ("$.visits[0].program[2].date",),
        lambda: with_event(base(), 2, date=D("2025-11")),
    ),
    (
        "TM-V003",
        lambda: with_event(base(), 2, date=D("2025-11")),
        ("$.visits[0].program[2].date",),
        lambda: with_visit(with_event(base(), 2, date=D("2025-11")), start=D("2025-11"), end=D("2025-11")),
    ),
    (
        "TM-V004",
        lambda: with_visit(base(), guest_state="RUS"),
        ("$.visits[0].host_state",),
        lambda: with_visit(base(), guest_state="BLR"),
    ),
    (
        "TM-V005",
        lambda: with_visit(base(), host="tokayev"),
        ("$.visits[0].host",),
        lambda: with_visit(base(), host="mishustin"),
    ),
    (
        "TM-V006",
        lambda: with_visit(base(), host="mishustin"),
        ("$.visits[0].host",),
        lambda: with_visit(base(), host="peskov"),
    ),
    (
        "TM-V007",
        lambda: with_event(with_event(base(), 0, date=D("2025-11-12")), 1, date=D("2025-11-11")),
        ("$.visits[0].program[1].date",),
        lambda: with_event(base(), 1, date=D("2025-11")),
    ),
    (
        "TM-V008",
        lambda: with_event(base(), 2, venue=tm.Place(name="Akorda", state="KAZ")),
        ("$.visits[0].program[2].venue.state",),
        lambda: with_event(base(), 2, venue=tm.Place(name="Akorda", state="KAZ"), remote=True),
    ),
    (
        "TM-V010",
        lambda: with_event(base(), 1, id="e1"),
        ("$.visits[0].program[1].id",),
        lambda: with_event(base(), 1, id="e1-bis"),
    ),
    # -- agreements and signatures
    (
        "TM-A001",
        lambda: with_decl(base(), parties=(RUS,)),
        ("$.agreements[0].parties",),
        lambda: with_decl(base(), parties=(RUS, CSTO), bilateral=None),
    ),
    (
        "TM-A002",
        lambda: with_decl(base(), parties=(RUS, KAZ, BLR)),
        ("$.agreements[0].bilateral",),
        lambda: with_decl(base(), parties=(RUS, KAZ, BLR), bilateral=False),
    ),
    (
        "TM-A003",
        lambda: with_decl(base(), parties=(RUS, KAZ, RUS)),
        ("$.agreements[0].parties[2]",),
        lambda: with_decl(base(), parties=(RUS, KAZ, BLR), bilateral=False),
    ),
    (
        "TM-A004",
        lambda: with_sig(base(), 1, party=BLR),
        ("$.agreements[0].signatures[1].party",),
        lambda: with_sig(base(), 1, party=KAZ),
    ),
    (
        "TM-A005",
        lambda: with_decl(base(), signatures=base().agreements[0].signatures[:1]),
        ("$.agreements[0].parties[1]",),
        lambda: with_decl(
            base(),
            signatures=base().agreements[0].signatures[:1],
            party_actions=(action(A.ACCESSION, KAZ, "2025-12-01"),),
        ),
    ),
    (
        "TM-A006",
        lambda: with_decl(
            base(),
            signatures=(
                *base().agreements[0].signatures,
                Sig(signatory="putin", party=RUS, date=D("2025-11-12")),
            ),
        ),
        ("$.agreements[0].signatures[2].signatory",),
        lambda: with_decl(
            base(),
            signatures=(
                *base().agreements[0].signatures,
                Sig(signatory="lavrov", party=RUS, date=D("2025-11-12")),
            ),
        ),
    ),
    (
        "TM-A007",
        lambda: with_sig(base(), 1, signatory="putin", office=None),
        ("$.agreements[0].signatures[1].party",),
        lambda: with_sig(base(), 1, signatory="tokayev", office=None),
    ),
    (
        "TM-A008",
        lambda: with_sig(base(), 0, date=D("2025-11-20")),
        ("$.agreements[0].signatures[0].date",),
        lambda: with_sig(base(), 0, date=D("2025-11")),
    ),
    (
        "TM-A009",
        lambda: with_sig(base(), 0, place=tm.Place(name="Akorda", state="KAZ")),
        ("$.agreements[0].signatures[0].place.state",),
        lambda: with_sig(base(), 0, place=tm.Place(name="Grand Kremlin Palace", state="RUS")),
    ),
    (
        "TM-A010",
        lambda: with_decl(base(), date=D("2024-11-12")),
        ("$.agreements[0].date",),
        lambda: with_decl(base(), date=D("2025")),
    ),
    (
        "TM-A011",
        lambda: with_tenure(base(), 0, end=D("2018-05-07")),
        ("$.agreements[0].signatures[0].signatory",),
        lambda: with_tenure(base(), 0, end=D("2025-11")),
    ),
    (
        "TM-A012",
        lambda: with_sig(base(), 0, office="fm-rus"),
        ("$.agreements[0].signatures[0].office",),
        lambda: with_sig(base(), 0, signatory="lavrov", office="fm-rus"),
    ),
    (
        "TM-A013",
        lambda: with_sig(base(), 0, office="president-kaz"),
        ("$.agreements[0].signatures[0].office",),
        lambda: with_sig(base(), 1, office="president-kaz"),
    ),
    (
        "TM-A014",
        lambda: with_sig(base(), 0, signatory="reshetnikov", office="economy-rus"),
        ("$.agreements[0].signatures[0].full_powers",),
        lambda: with_decl(
            with_sig(base(), 0, signatory="reshetnikov", office="economy-rus"),
            level=tm.AgreementLevel.INTERAGENCY,
        ),
    ),
    (
        "TM-A015",
        lambda: with_decl(base(), date=D("2025-11-11")),
        ("$.agreements[0].date",),
        lambda: with_decl(base(), date=D("2025-11")),
    ),
    # -- lifecycle (a lone treaty: paths start at its $)
    (
        "TM-L001",
        lambda: ev(treaty(), party_actions=(action(A.RATIFICATION, RUS, "2020-05-01"),)),
        ("$.party_actions[0].date",),
        lambda: ev(treaty(), party_actions=(action(A.RATIFICATION, RUS, "2020-06"),)),
    ),
    (
        "TM-L002",
        lambda: ev(treaty(), milestones=(milestone(M.ENTRY_INTO_FORCE, "2020-01-01"),)),
        ("$.milestones[0].date",),
        lambda: ev(treaty(), milestones=(milestone(M.ENTRY_INTO_FORCE, "2020-06-01"),)),
    ),
    (
        "TM-L003",
        lambda: with_actions(action(A.WITHDRAWAL, KAZ, "2019-01-01")),
        ("$.party_actions[2].date",),
        lambda: with_actions(action(A.WITHDRAWAL, KAZ, "2023-01-01")),
    ),
    (
        "TM-L004",
        lambda: with_actions(action(A.OBJECTION, BLR, "2021-01-01")),
        ("$.party_actions[2].party",),
        lambda: with_actions(action(A.DECLARATION, KAZ, "2021-01-01")),
    ),
    (
        "TM-L005",
        lambda: ev(treaty(), legally_binding=False),
        ("$.party_actions[0].kind", "$.party_actions[1].kind"),
        lambda: ev(treaty(), legally_binding=None),
    ),
    (
        "TM-L006",
        lambda: ev(
            treaty(), party_actions=(action(A.RATIFICATION, RUS, "2020-09-01", effective=D("2020-08-01")),)
        ),
        ("$.party_actions[0].effective",),
        lambda: ev(
            treaty(), party_actions=(action(A.RATIFICATION, RUS, "2020-09-01", effective=D("2020-09")),)
        ),
    ),
    (
        "TM-L007",
        lambda: ev(treaty(), milestones=(*treaty().milestones, milestone(M.TERMINATION, "2020-10-01"))),
        ("$.milestones[1].date",),
        lambda: ev(treaty(), milestones=(*treaty().milestones, milestone(M.TERMINATION, "2020-11-01"))),
    ),
    (
        "TM-L008",
        lambda: ev(treaty(), milestones=(milestone(M.OPENING_FOR_SIGNATURE, "2020-07-01"),)),
        ("$.signatures[0].date", "$.signatures[1].date"),
        lambda: ev(treaty(), milestones=(milestone(M.OPENING_FOR_SIGNATURE, "2020-06"),)),
    ),
    (
        "TM-L009",
        lambda: ev(consent_of_all(), milestones=(milestone(M.ENTRY_INTO_FORCE, "2020-11-01"),)),
        ("$.milestones[0].date",),
        lambda: ev(consent_of_all(), milestones=(milestone(M.ENTRY_INTO_FORCE, "2020-10-31"),)),
    ),
    (
        "TM-L010",
        lambda: ev(
            treaty(),
            party_actions=(
                action(A.RATIFICATION, RUS, "2020-09-01", effective=D("2020-10-15")),
                treaty().party_actions[1],
            ),
        ),
        ("$.party_actions[0].effective",),
        lambda: ev(
            treaty(),
            party_actions=(
                action(A.RATIFICATION, RUS, "2020-09-01", effective=D("2020-11-01")),
                treaty().party_actions[1],
            ),
        ),
    ),
    (
        "TM-L011",
        lambda: ev(
            with_actions(action(A.ACCESSION, BLR, "2020-10-15")),
            parties=(RUS, KAZ, BLR),
            signature_period=tm.SignaturePeriod(opens=D("2020-06-01"), closes=D("2020-12-31")),
        ),
        ("$.party_actions[2].kind",),
        lambda: ev(
            with_actions(action(A.ACCESSION, BLR, "2020-10-15")),
            parties=(RUS, KAZ, BLR),
            signature_period=tm.SignaturePeriod(opens=D("2020-06-01"), closes=D("2020-10-01")),
        ),
    ),
    (
        "TM-L012",
        lambda: ev(treaty(), signature_period=tm.SignaturePeriod(closes=D("2020-05-01"))),
        ("$.signatures[0].date", "$.signatures[1].date"),
        lambda: ev(treaty(), signature_period=tm.SignaturePeriod(closes=D("2020-06-01"))),
    ),
    (
        "TM-L013",
        lambda: with_actions(action(A.ACCESSION, KAZ, "2021-03-01")),
        ("$.party_actions[2].kind",),
        lambda: with_actions(
            action(A.WITHDRAWAL, KAZ, "2021-01-01", effective=D("2021-02-01")),
            action(A.ACCESSION, KAZ, "2021-03-01"),
        ),
    ),
    (
        "TM-L014",
        lambda: with_actions(action(A.RATIFICATION, RUS, "2021-09-01")),
        ("$.party_actions[2].kind",),
        # The same act, recorded again to the month: not certainly a second one.
        lambda: with_actions(action(A.RATIFICATION, RUS, "2020-09")),
    ),
    (
        "TM-L015",
        lambda: ev(
            with_actions(action(A.WITHDRAWAL, KAZ, "2021-05-22", effective=D("2021-08-22"))),
            withdrawal_clause=tm.WithdrawalClause(notice=tm.Period(months=6)),
        ),
        ("$.party_actions[2].effective",),
        lambda: ev(
            with_actions(action(A.WITHDRAWAL, KAZ, "2021-05-22", effective=D("2021-11-22"))),
            withdrawal_clause=tm.WithdrawalClause(notice=tm.Period(months=6)),
        ),
    ),
    (
        "TM-L016",
        lambda: ev(
            with_actions(action(A.WITHDRAWAL, KAZ, "2021-05-22")),
            withdrawal_clause=tm.WithdrawalClause(allowed=False),
        ),
        ("$.party_actions[2].kind",),
        lambda: ev(
            with_actions(action(A.WITHDRAWAL, KAZ, "2021-05-22")),
            withdrawal_clause=tm.WithdrawalClause(allowed=True),
        ),
    ),
    (
        "TM-L017",
        lambda: ev(
            with_actions(action(A.DECLARATION, KAZ, "2021-03-01", text="interpretative declaration")),
            milestones=(*treaty().milestones, milestone(M.TERMINATION, "2021-01-01")),
        ),
        ("$.party_actions[2].date",),
        lambda: ev(
            with_actions(action(A.DECLARATION, KAZ, "2020-12-15", text="interpretative declaration")),
            milestones=(*treaty().milestones, milestone(M.TERMINATION, "2021-01-01")),
        ),
    ),
    (
        "TM-L018",
        lambda: ev(
            treaty(),
            term=tm.Term(years=5, max_extensions=1),
            milestones=(
                *treaty().milestones,
                extension("2025-06-01", "2030-11-01"),
                extension("2030-06-01", "2035-11-01"),
            ),
        ),
        ("$.milestones[2].kind",),
        lambda: ev(
            treaty(),
            term=tm.Term(years=5, max_extensions=2),
            milestones=(
                *treaty().milestones,
                extension("2025-06-01", "2030-11-01"),
                extension("2030-06-01", "2035-11-01"),
            ),
        ),
    ),
    (
        "TM-L019",
        lambda: ev(
            treaty(), term=tm.Term(years=5), milestones=(*treaty().milestones, extension("2026-01-10"))
        ),
        ("$.milestones[1].date",),
        lambda: ev(
            treaty(), term=tm.Term(years=5), milestones=(*treaty().milestones, extension("2025-10-01"))
        ),
    ),
    (
        "TM-L020",
        lambda: ev(
            treaty(),
            term=tm.Term(years=5),
            milestones=(*treaty().milestones, extension("2025-06-01", "2024-01-01")),
        ),
        ("$.milestones[1].until",),
        lambda: ev(
            treaty(),
            term=tm.Term(years=5),
            milestones=(*treaty().milestones, extension("2025-06-01", "2030-11-01")),
        ),
    ),
    (
        "TM-L021",
        lambda: ev(treaty(), party_actions=(), milestones=(milestone(M.TERMINATION, "2019-01-01"),)),
        ("$.milestones[0].date",),
        lambda: ev(treaty(), party_actions=(), milestones=(milestone(M.TERMINATION, "2021-01-01"),)),
    ),
    (
        "TM-L022",
        lambda: add(
            base(),
            "agreements",
            ev(
                treaty(),
                signatures=(),
                relations=(tm.Relation(kind=tm.RelationKind.SUPERSEDES, target="decl"),),
            ),
        ),
        ("$.agreements[1].relations[0].target",),
        lambda: add(
            with_decl(base(), relations=(tm.Relation(kind=tm.RelationKind.SUPERSEDES, target="treaty"),)),
            "agreements",
            ev(treaty(), signatures=()),
        ),
    ),
    (
        "TM-L023",
        lambda: ev(treaty(), legally_binding=False, party_actions=()),
        ("$.milestones[0].kind",),
        lambda: ev(treaty(), legally_binding=None, party_actions=()),
    ),
    # -- persons, offices, tenures
    (
        "TM-P001",
        lambda: with_tenure(base(), 1, end=D("2019-03-19")),
        ("$.tenures[1].end",),
        lambda: with_tenure(base(), 1, end=D("2019-03-20")),
    ),
    (
        "TM-P002",
        lambda: add(
            base(),
            "tenures",
            tm.Tenure(
                person="nazarbayev", office="president-kaz", start=D("1991-12-16"), end=D("2022-01-05")
            ),
        ),
        ("$.tenures[1].start",),
        lambda: add(
            base(),
            "tenures",
            tm.Tenure(
                person="nazarbayev", office="president-kaz", start=D("1991-12-16"), end=D("2019-03-20")
            ),
        ),
    ),
    (
        "TM-P003",
        lambda: add(
            with_tenure(base(), 0, end=D("2024-05-07")),
            "tenures",
            tm.Tenure(person="putin", office="president-rus", start=D("2018-05-07")),
        ),
        ("$.tenures[5].start",),
        lambda: add(
            with_tenure(base(), 0, end=D("2018-05-07")),
            "tenures",
            tm.Tenure(person="putin", office="president-rus", start=D("2018-05-07")),
        ),
    ),
    # -- structure, identity, references
    (
        "TM-S001",
        lambda: with_decl(base(), sections=(section("s1", "1"), section("s2", "1"))),
        ("$.agreements[0].sections[1].number",),
        lambda: with_decl(base(), sections=(section("s1", "1"), section("s2", "1", tm.SectionKind.ANNEX))),
    ),
    (
        "TM-S002",
        lambda: with_decl(base(), sections=(section("s1", "1"), section("s1", "2"))),
        ("$.agreements[0].sections[1].id",),
        lambda: with_decl(base(), sections=(section("s1", "1"), section("s2", "2"))),
    ),
    (
        "TM-S003",
        lambda: second_agreement(base(), sections=(section("s1", "1"),)),
        ("$.agreements[1].sections[0].id",),
        lambda: second_agreement(base(), sections=(section("treaty-s1", "1"),)),
    ),
    (
        "TM-S004",
        lambda: with_commitment(base(), bound=(BLR,)),
        ("$.agreements[0].commitments[0].bound[0]",),
        lambda: with_commitment(base(), beneficiaries=(BLR,)),
    ),
    (
        "TM-S005",
        lambda: with_commitment(base(), section="s9"),
        ("$.agreements[0].commitments[0].section",),
        lambda: with_commitment(base(), section="s2-2"),
    ),
    (
        "TM-S006",
        lambda: with_decl(base(), relations=(relation(R.BASED_ON, "decl"),)),
        ("$.agreements[0].relations[0].target",),
        lambda: second_agreement(with_decl(base(), relations=(relation(R.BASED_ON, "treaty"),))),
    ),
    (
        "TM-S007",
        lambda: second_agreement(
            with_decl(base(), relations=(relation(R.BASED_ON, "treaty"),)),
            relations=(relation(R.AMENDS, "decl"),),
        ),
        ("$.agreements[0].relations[0].target",),
        lambda: second_agreement(
            with_decl(base(), relations=(relation(R.BASED_ON, "treaty"),)),
            relations=(relation(R.SIGNED_WITH, "decl"),),
        ),
    ),
    (
        "TM-S009",
        lambda: with_commitment(base(), beneficiaries=(UKR,)),
        ("$.agreements[0].commitments[0].beneficiaries[0].code",),
        lambda: add(with_commitment(base(), beneficiaries=(UKR,)), "states", tm.State(code="UKR")),
    ),
    (
        "TM-S010",
        lambda: with_commitment(base(), organizations=("csto", "eaeu")),
        ("$.agreements[0].commitments[0].organizations[1]",),
        lambda: add(
            with_commitment(base(), organizations=("csto", "eaeu")),
            "organizations",
            tm.Organization(id="eaeu", name="Eurasian Economic Union"),
        ),
    ),
    (
        "TM-S011",
        lambda: ev(base(), quotes=(ev(base().quotes[0], speaker="tokayv"),)),
        ("$.quotes[0].speaker.id",),
        lambda: ev(base(), quotes=(ev(base().quotes[0], speaker=None),)),
    ),
    (
        "TM-S012",
        lambda: with_tenure(base(), 0, office="presdent-rus"),
        ("$.tenures[0].office",),
        lambda: with_tenure(base(), 0, office="president-rus"),
    ),
    (
        "TM-S013",
        lambda: with_visit(base(), agreements=("decl", "programme-2026")),
        ("$.visits[0].agreements[1]",),
        lambda: with_visit(base(), agreements=("decl", "decl")),
    ),
    (
        "TM-S014",
        lambda: ev(base(), quotes=(ev(base().quotes[0], source="tass-1"),)),
        ("$.quotes[0].source",),
        lambda: add(
            ev(base(), quotes=(ev(base().quotes[0], source="tass-1"),)),
            "sources",
            tm.Source(id="tass-1", kind=tm.SourceKind.NEWS_ARTICLE, publisher="TASS"),
        ),
    ),
    (
        "TM-O001",
        lambda: with_sco(
            organized(),
            membership_acts=(
                tm.MembershipAct(kind=tm.MembershipActKind.ADMISSION, member=RUS, date=D("2000-06")),
            ),
        ),
        ("$.organizations[1].membership_acts[0].date",),
        # Admitted the day the organization was founded (the founders): fine; so is an unknown day.
        lambda: with_sco(
            organized(),
            membership_acts=(
                tm.MembershipAct(kind=tm.MembershipActKind.ADMISSION, member=RUS, date=D("2001-06")),
                tm.MembershipAct(kind=tm.MembershipActKind.ADMISSION, member=KAZ),
            ),
        ),
    ),
    (
        "TM-O002",
        lambda: with_meeting(
            organized(), participants=(tm.Participant(party=RUS, person="putin", start=D("2024-07-05")),)
        ),
        ("$.meetings[0].participants[0].start",),
        lambda: with_meeting(
            organized(), participants=(tm.Participant(party=RUS, person="putin", start=D("2024-07")),)
        ),
    ),
    (
        "TM-O003",
        lambda: with_decision(organized(), date=D("2000-07-04")),
        ("$.decisions[0].date",),
        # A decision with an unknown date, or a body without an established day, draws nothing.
        lambda: with_decision(organized(), date=None),
    ),
    (
        "TM-O004",
        lambda: with_decision(organized(), body="hsc"),
        ("$.decisions[0].body",),
        lambda: with_decision(organized(), body=None),
    ),
    (
        "TM-S015",
        lambda: with_decision(organized(), meeting="astana-2025"),
        ("$.decisions[0].meeting",),
        lambda: with_decision(organized(), meeting=None),
    ),
    (
        "TM-S016",
        lambda: with_meeting(organized(), decisions=("admit-bel",)),
        ("$.meetings[0].decisions[0]",),
        lambda: with_meeting(organized(), decisions=()),
    ),
]


def test_the_base_records_are_clean() -> None:
    assert tm.validate(base()).issues == ()
    assert tm.validate(treaty()).issues == ()
    assert tm.validate(organized(), strict=True).issues == ()


def test_a_signature_outside_a_meeting_that_lists_the_agreement_is_reported() -> None:
    # The visit rules apply to meetings: the declaration listed as signed at the summit.
    d = with_meeting(organized(), agreements=("decl",))
    d = ev(d, visits=(ev(d.visits[0], agreements=()),))  # signed at the summit, not during the visit
    found = [i.path for i in tm.validate(d).issues if i.code in ("TM-A008", "TM-A010")]
    assert "$.agreements[0].date" in found
    assert "$.agreements[0].signatures[0].date" in found
    moved = with_meeting(d, start=D("2025-11-11"), end=D("2025-11-12"))
    assert not [i for i in tm.validate(moved).issues if i.code in ("TM-A008", "TM-A010")]


def test_full_powers_recorded_silences_the_warning() -> None:
    d = with_sig(base(), 0, signatory="reshetnikov", office="economy-rus", full_powers=True)
    assert "TM-A014" not in tm.validate(d).codes


def test_a_signatory_without_tenures_is_not_guessed_about() -> None:
    d = with_sig(base(), 0, signatory="peskov", office=None)
    assert not {"TM-A011", "TM-A012", "TM-A014"} & tm.validate(d).codes


# --- unknowns: a rule fires on what is certain; what only may be wrong is shown with strict


def issues(record: Record, code: str, *, strict: bool = False) -> list[tuple[str, str, bool]]:
    """Path, severity and "may" of each issue of ``code``."""
    return [(i.path, i.severity.value, i.may) for i in tm.validate(record, select=code, strict=strict)]


def nazarbayev(**dates: Any) -> tm.Tenure:
    return tm.Tenure(person="nazarbayev", office="president-kaz", **dates)


def test_a_predecessor_whose_end_is_not_recorded_only_may_overlap() -> None:
    d = add(base(), "tenures", nazarbayev(start=D("1991-12-16")))
    assert issues(d, "TM-P002") == []
    assert issues(d, "TM-P002", strict=True) == [("$.tenures[1].start", "warning", True)]
    # Its end recorded after the successor's start: certain.
    late = add(base(), "tenures", nazarbayev(start=D("1991-12-16"), end=D("2022-01-05")))
    assert issues(late, "TM-P002", strict=True) == [("$.tenures[1].start", "error", False)]
    # An end known only to the year the successor started in: it may be after the handover.
    year = add(base(), "tenures", nazarbayev(start=D("1991-12-16"), end=D("2019")))
    assert issues(year, "TM-P002") == []
    assert issues(year, "TM-P002", strict=True) == [("$.tenures[1].start", "warning", True)]


def test_a_tenure_with_no_end_certainly_covers_its_first_day() -> None:
    # Tokayev took office on 2019-03-20 (no end recorded); a tenure of Nazarbayev recorded
    # from 2010 to 2020 certainly covers that day.
    d = add(base(), "tenures", nazarbayev(start=D("2010-01-01"), end=D("2020-01-01")))
    assert issues(d, "TM-P002") == [("$.tenures[1].start", "error", False)]
    # ... but not when the first day itself is known only to the year.
    coarse = with_tenure(d, 1, start=D("2019"))
    assert issues(coarse, "TM-P002") == []


def test_two_terms_of_one_person_the_first_with_no_end_only_may_overlap() -> None:
    d = add(base(), "tenures", tm.Tenure(person="putin", office="president-rus", start=D("2018-05-07")))
    assert issues(d, "TM-P003") == []
    assert issues(d, "TM-P003", strict=True) == [("$.tenures[5].start", "warning", True)]
    ended = add(
        with_tenure(base(), 0, end=D("2024-05-07")),
        "tenures",
        tm.Tenure(person="putin", office="president-rus", start=D("2018-05-07")),
    )
    assert issues(ended, "TM-P003", strict=True) == [("$.tenures[5].start", "warning", False)]


def minister_signs(**changes: Any) -> tm.Dossier:
    """Reshetnikov (a minister, who needs full powers) signs the declaration with none produced."""
    return with_sig(base(), 0, signatory="reshetnikov", full_powers=False, **changes)


def test_full_powers_refused_on_an_instrument_not_known_to_be_a_treaty_of_a_state_only_may_be_missing() -> (
    None
):
    d = minister_signs(office="economy-rus")  # level and legally_binding unknown
    assert issues(d, "TM-A014") == []
    assert issues(d, "TM-A014", strict=True) == [
        ("$.agreements[0].signatures[0].full_powers", "warning", True)
    ]
    binding = with_decl(d, level=tm.AgreementLevel.INTERGOVERNMENTAL)
    assert issues(binding, "TM-A014") == []
    treaty_of_state = with_decl(binding, legally_binding=True)
    assert issues(treaty_of_state, "TM-A014") == [
        ("$.agreements[0].signatures[0].full_powers", "warning", False)
    ]


def test_full_powers_of_a_capacity_read_from_a_tenure_whose_end_is_unknown_only_may_be_missing() -> None:
    # No office on the signature: the capacity is Reshetnikov's tenure from 2020-01-21, end unknown.
    d = with_decl(
        minister_signs(office=None), level=tm.AgreementLevel.INTERGOVERNMENTAL, legally_binding=True
    )
    assert issues(d, "TM-A014") == []
    assert issues(d, "TM-A014", strict=True) == [
        ("$.agreements[0].signatures[0].full_powers", "warning", True)
    ]
    # A tenure with no start and a later end: open on the side that matters.
    no_start = with_tenure(d, 4, start=None, end=D("2030-01-01"))
    assert issues(no_start, "TM-A014") == []
    assert issues(no_start, "TM-A014", strict=True) == [
        ("$.agreements[0].signatures[0].full_powers", "warning", True)
    ]
    # Start and end both recorded around the day, or the day recorded as held: certain.
    known = with_tenure(d, 4, end=D("2030-01-01"))
    assert issues(known, "TM-A014") == [("$.agreements[0].signatures[0].full_powers", "warning", False)]
    held = with_tenure(d, 4, start=None, held_on=(D("2025-11-12"),))
    assert issues(held, "TM-A014") == [("$.agreements[0].signatures[0].full_powers", "warning", False)]
    # Neither date, and shown in office on another day only: no capacity known, nothing at all.
    elsewhere = with_tenure(d, 4, start=None, held_on=(D("2024-06-01"),))
    assert issues(elsewhere, "TM-A014", strict=True) == []


def test_an_agreement_dated_apart_from_its_signatures_with_parties_unknown_only_may_be_misdated() -> None:
    # A multilateral text may be dated at its adoption, before the two signatures recorded so far.
    d = with_decl(base(), date=D("2025-01-10"), parties=None, bilateral=None)
    assert issues(d, "TM-A015") == []
    assert issues(d, "TM-A015", strict=True) == [("$.agreements[0].date", "warning", True)]
    known = with_decl(base(), date=D("2025-01-10"))
    assert issues(known, "TM-A015", strict=True) == [("$.agreements[0].date", "warning", False)]
    three = with_decl(known, parties=(RUS, KAZ, BLR), bilateral=False)
    assert issues(three, "TM-A015", strict=True) == []


def test_every_rule_has_a_case() -> None:
    assert sorted(code for code, *_ in CASES) == [rule.code for rule in tm.rules()]


@pytest.mark.parametrize(("code", "bad", "paths", "near"), CASES, ids=[c[0] for c in CASES])
def test_rule_fires_on_the_mistake(code: str, bad: Build, paths: tuple[str, ...], near: Build) -> None:
    report = tm.validate(bad(), strict=True)
    found = tuple(i.path for i in report.issues if i.code == code)
    assert found == paths, str(report)
    rule = next(r for r in tm.rules() if r.code == code)
    # A "may" finding is a warning whatever its rule's severity.
    assert all(
        i.severity is (tm.Severity.WARNING if i.may else rule.severity)
        for i in report.issues
        if i.code == code
    )
    assert all(i.message for i in report.issues)


@pytest.mark.parametrize(("code", "bad", "paths", "near"), CASES, ids=[c[0] for c in CASES])
def test_rule_is_quiet_on_the_near_miss(code: str, bad: Build, paths: tuple[str, ...], near: Build) -> None:
    report = tm.validate(near(), strict=True)
    assert code not in report.codes, str(report)


@pytest.mark.parametrize(("code", "bad", "paths", "near"), CASES, ids=[c[0] for c in CASES])
def test_rule_alone_finds_the_same(code: str, bad: Build, paths: tuple[str, ...], near: Build) -> None:
    """Selecting one rule gives just its issues, the same as in the full report."""
    report = tm.validate(bad(), select=code, strict=True)
    assert report.codes == {code}
    assert report.checked == (code,)
