"""Rules about the lifecycle of agreements: party actions, milestones and final clauses (``TM-L``).

Dates are partial; an order is reported only when it is certainly wrong. The
rules that need a party's standing (bound or not, terminated or not) ask the
lifecycle engine (`treatymodel.lifecycle`), so they read the record exactly
as the queries do. An act whose date is unknown is not checked by the rules that
need its date, and a party whose acts are not recorded is not assumed to have
acted or not.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import NamedTuple

import attrs

from treatymodel.agreements import Agreement, MilestoneKind, PartyAction, PartyActionKind, RelationKind
from treatymodel.clauses import EntryIntoForceMode, Period
from treatymodel.dates import DateValue, PartialDate
from treatymodel.lifecycle import (
    ACTION_EFFECTS,
    ENDING_RELATIONS,
    Effect,
    Lifecycle,
    Status,
    _signature_consents,
    is_bilateral,
    lifecycle,
)
from treatymodel.parties import PartyRef
from treatymodel.validation._index import DossierIndex
from treatymodel.validation._registry import Finding, agreement_rule, dossier_rule
from treatymodel.validation.report import Severity

__all__ = [
    "accession_by_bound_party",
    "accession_while_open_for_signature",
    "act_after_end",
    "action_by_non_party",
    "consent_while_bound",
    "effect_before_action",
    "entry_into_force_before_consent",
    "entry_into_force_later_than_clause",
    "entry_into_force_of_non_binding",
    "extension_after_end",
    "extension_ending_earlier",
    "party_in_force_too_early",
    "ratification_before_signature",
    "ratification_of_non_binding",
    "relation_ending_later_agreement",
    "signature_after_closing",
    "signature_before_opening",
    "termination_before_entry_into_force",
    "termination_before_signature",
    "too_many_extensions",
    "withdrawal_before_joining",
    "withdrawal_before_notice_ends",
    "withdrawal_not_allowed",
]

_E = Severity.ERROR
_W = Severity.WARNING

_SIGNING = frozenset({PartyActionKind.SIGNATURE, PartyActionKind.DEFINITIVE_SIGNATURE})
_CONFIRMING = frozenset({PartyActionKind.RATIFICATION, PartyActionKind.ACCEPTANCE, PartyActionKind.APPROVAL})
_LEAVING = frozenset({PartyActionKind.WITHDRAWAL, PartyActionKind.SUSPENSION})


def _signature_dates(agreement: Agreement) -> dict[PartyRef, list[DateValue]]:
    found: dict[PartyRef, list[DateValue]] = {}
    for sig in agreement.signatures:
        if sig.date is not None:
            found.setdefault(sig.party, []).append(sig.date)
    for action in agreement.party_actions:
        if action.kind in _SIGNING and action.date is not None:
            found.setdefault(action.party, []).append(action.date)
    return found


def _joining_dates(agreement: Agreement) -> dict[PartyRef, list[DateValue]]:
    """Per party: the dates of its signatures and of its acts of consent.

    A party with an undated act of consent may have joined at any time: its
    dates are left out altogether, so no order is claimed for it.
    """
    found = _signature_dates(agreement)
    undated: set[PartyRef] = set()
    for action in agreement.party_actions:
        if action.kind.expresses_consent and action.kind not in _SIGNING:
            if action.date is None:
                undated.add(action.party)
            else:
                found.setdefault(action.party, []).append(action.date)
    for party in undated:
        found.pop(party, None)
    return found


def _before_all(day: DateValue, others: list[DateValue]) -> bool:
    """Whether ``day.is_before(o)`` for every one of ``others``, and there are some.

    Certainly before each means ending before the earliest of their first days;
    ``day``'s last day is computed once.
    """
    return bool(others) and day.latest() < min(o.earliest() for o in others)


def _undated_signers(agreement: Agreement) -> set[PartyRef]:
    """The parties with a signature or a signing act whose date is unknown."""
    found = {s.party for s in agreement.signatures if s.date is None}
    found.update(a.party for a in agreement.party_actions if a.kind in _SIGNING and a.date is None)
    return found


@agreement_rule("TM-L001", "Ratification before signature", _E)
def ratification_before_signature(agreement: Agreement, at: str) -> Iterator[Finding]:
    """A party ratifies, accepts or approves certainly before it signed.

    The party's signatures are its `Signature` records and its
    ``signature`` or ``definitive_signature`` actions. A party with no recorded
    signature is not checked.

    Needs: the act's ``date`` and the dates of the same party's signatures (its
    signatures, and its ``signature`` or ``definitive_signature`` acts). An undated act,
    or a party with no dated signature, draws nothing. When the party also has an
    undated signature, that one may be the earlier: an act before every dated signature
    gives only a "may" finding, reported with ``validate(..., strict=True)``.

    Why: ratification, acceptance and approval confirm a signature (VCLT art. 14);
    they cannot precede it. The usual cause is a swapped or mistyped date.

    Example:
        A RUS signature dated ``2025-11-12`` and a RUS ``ratification`` dated
        ``2025-10-01`` is reported at ``$.party_actions[0].date``.
    """
    signed = _signature_dates(agreement)
    undated = _undated_signers(agreement)
    for k, action in enumerate(agreement.party_actions):
        if (
            action.kind in _CONFIRMING
            and action.date is not None
            and _before_all(action.date, signed.get(action.party, []))
        ):
            yield Finding(
                f"{at}.party_actions[{k}].date",
                f"{action.party}'s {action.kind.value} on {action.date} is before its signature"
                f" ({min(signed[action.party])})",
                "correct the dates; an accession needs no signature",
                may=action.party in undated,  # its undated signature may be the earlier
            )


@agreement_rule("TM-L002", "Entry into force before the consents it needs", _E)
def entry_into_force_before_consent(agreement: Agreement, at: str) -> Iterator[Finding]:
    """The agreement enters into force certainly before the consents it needs.

    With an entry into force clause, the recorded ``entry_into_force`` milestone is
    checked against what the clause needs, less its ``delay``: the consent of every
    state in ``required``; with ``instruments`` (K), K parties that may have
    consented by then (checked only when the agreement lists at least K parties);
    for ``after_last_notification``, ``on_consent_of_all`` and ``on_signature``,
    every party's notification, consent or signature; for
    ``on_exchange_of_instruments``, the exchange; for ``on_date``, the date; and
    never before ``not_before``. A party with no recorded act of the kind needed is
    not counted against the date: its act may simply not be recorded. Without a
    clause, an entry into force before every recorded consent is reported, and
    for a bilateral agreement, also one before every consent of either party.

    Needs: the ``entry_into_force`` milestone (always dated) and, with a clause, its
    ``date``, ``not_before``, the exchange of instruments, or the dated acts it counts
    for each of the ``parties`` (none when they are unknown): a party with an undated
    act of the counted kind is left out. Without a clause, the dated signatures and
    consents; an undated signature, signing act or act of consent may be the earliest,
    so an entry into force before every dated one (or, for a bilateral agreement,
    before every dated one of the party with the undated act) gives only a "may"
    finding, reported with ``validate(..., strict=True)``.

    Why: a treaty enters into force as its clause provides, once the consents it
    requires are given (VCLT art. 24(1)-(2)); it cannot do so before. The usual
    cause is a mistyped year, or the date of signature entered as the date of
    entry into force.

    Example:
        RUS and KAZ signatures on ``2025-11-12`` and an ``entry_into_force``
        milestone on ``2025-01-01`` is reported at ``$.milestones[0].date``; so is an
        entry into force on ``2020-06-01`` of a treaty whose clause says "30 days
        after the last notification" when KAZ notified on ``2020-05-20``.
    """
    if not any(m.kind is MilestoneKind.ENTRY_INTO_FORCE for m in agreement.milestones):
        return  # nothing to check: skip gathering the dates
    clause = agreement.entry_into_force_clause
    for k, milestone in enumerate(agreement.milestones):
        if milestone.kind is not MilestoneKind.ENTRY_INTO_FORCE:
            continue
        may = False
        if clause is not None:
            problem = _before_clause(agreement, milestone.date, clause.mode, clause.delay)
        else:
            problem, may = _before_any_consent(agreement, milestone.date)
        if (
            problem is None
            and clause is not None
            and clause.not_before is not None
            and milestone.date.is_before(clause.not_before)
        ):
            problem = f"before the earliest date its clause allows ({clause.not_before})"
        if problem is not None:
            yield Finding(
                f"{at}.milestones[{k}].date",
                f"{agreement.id!r} enters into force on {milestone.date}, {problem}",
                may=may,
            )


def _undated_joiners(agreement: Agreement) -> set[PartyRef]:
    """The parties with an undated signature, signing act or act of consent: any of them may be the first."""
    found = _undated_signers(agreement)
    found.update(a.party for a in agreement.party_actions if a.kind.expresses_consent and a.date is None)
    return found


def _before_any_consent(agreement: Agreement, date: DateValue) -> tuple[str | None, bool]:
    """What the entry into force on ``date`` certainly (or, second, only possibly) came before."""
    joined = _joining_dates(agreement)
    everyone = [d for dates in joined.values() for d in dates]
    if not everyone:
        return None, False
    unsure = _undated_joiners(agreement)
    if _before_all(date, everyone):
        # A party's undated act may have come before the entry into force.
        return f"before any party consented (first: {min(everyone)})", bool(unsure)
    if is_bilateral(agreement):
        late = [p for p in dict.fromkeys(agreement.parties or ()) if _before_all(date, joined.get(p, []))]
        certain = [p for p in late if p not in unsure]
        if late:
            shown = ", ".join(str(p) for p in certain or late)
            return f"before {shown} consented", not certain
    return None, False


def _before_clause(
    agreement: Agreement, date: DateValue, mode: EntryIntoForceMode, delay: Period | None
) -> str | None:
    """What the clause needs that certainly came after ``date`` less ``delay``, or ``None``."""
    clause = agreement.entry_into_force_clause
    assert clause is not None
    # The last day the triggering acts may have come on: the milestone's last day less the delay.
    cutoff = _less(date.latest(), delay)
    parties = tuple(dict.fromkeys(agreement.parties or ()))
    if mode is EntryIntoForceMode.ON_DATE:
        assert clause.date is not None
        return f"before the date its clause sets ({clause.date})" if date.is_before(clause.date) else None
    if mode is EntryIntoForceMode.ON_EXCHANGE_OF_INSTRUMENTS:
        exchanges = [m.date for m in agreement.milestones if m.kind is MilestoneKind.EXCHANGE_OF_INSTRUMENTS]
        if exchanges and all(x.earliest() > cutoff for x in exchanges):
            return f"before the exchange of instruments ({min(exchanges)}) its clause needs"
        return None
    acts = _acts_for(agreement, mode)
    late = [p for p in parties if acts.get(p) and all(d.earliest() > cutoff for d in acts[p])]
    needed = list(parties) if mode is not EntryIntoForceMode.AFTER_INSTRUMENTS else list(clause.required)
    missing = [str(p) for p in needed if p in late]
    what = _WHAT.get(mode, "consent")
    if missing:
        return f"before the {what} of {', '.join(missing)}, which its clause needs"
    count = clause.instruments if mode is EntryIntoForceMode.AFTER_INSTRUMENTS else None
    if count is not None and len(parties) >= count and len(parties) - len(late) < count:
        return f"before {count} parties could have consented, as its clause needs"
    return None


_WHAT = {
    EntryIntoForceMode.AFTER_LAST_NOTIFICATION: "notification",
    EntryIntoForceMode.ON_SIGNATURE: "signature",
}


def _acts_for(agreement: Agreement, mode: EntryIntoForceMode) -> dict[PartyRef, list[DateValue]]:
    """Per party, the dates of the acts an entry into force clause counts; undated acts make it unknown."""
    if mode is EntryIntoForceMode.ON_SIGNATURE:
        undated_signers = _undated_signers(agreement)
        return {p: d for p, d in _signature_dates(agreement).items() if p not in undated_signers}
    found: dict[PartyRef, list[DateValue]] = {}
    undated: set[PartyRef] = set()
    for action in agreement.party_actions:
        counts = (
            action.kind is PartyActionKind.NOTIFICATION
            if mode is EntryIntoForceMode.AFTER_LAST_NOTIFICATION
            else ACTION_EFFECTS[action.kind] is Effect.CONSENT
        )
        if not counts:
            continue
        if action.date is None:
            undated.add(action.party)
        else:
            found.setdefault(action.party, []).append(action.date)
    for party in undated:
        found.pop(party, None)
    return found


def _less(day: dt.date, delay: Period | None) -> dt.date:
    """The day ``delay`` before ``day`` (the calendar's first day if before it)."""
    if delay is None:
        return day
    from dateutil.relativedelta import relativedelta

    try:
        return day - relativedelta(years=delay.years, months=delay.months, days=delay.days)
    except (ValueError, OverflowError):
        return dt.date.min


@agreement_rule("TM-L003", "Withdrawal or suspension by a party not bound", _E)
def withdrawal_before_joining(agreement: Agreement, at: str) -> Iterator[Finding]:
    """A party withdraws from or suspends the agreement when it is certainly not bound by it.

    The party's standing is the lifecycle engine's, without the act itself, on
    the first and the last day the act may have been made: reported when on both
    it is certainly only a signatory, or has not joined yet, or has already
    withdrawn, and the record states how the party became bound (so the act
    contradicts the record rather than what it leaves out). A party whose joining
    is not recorded, or not settled by the record, is not reported (only, with
    ``strict``, as a "may" finding); neither is a party applying the agreement
    provisionally, which may end that (VCLT art. 25(2)).

    Needs: the withdrawal's or suspension's ``date``, a recorded joining of the party
    (an act of consent, a signature where signature binds, or an exchange of
    instruments), and the party's standing from the lifecycle engine. An undated act
    draws nothing. A party with no recorded joining (it only signed, or has no act at
    all, or ``parties`` is unknown) may have joined by an act the record leaves out; one
    with an undated act of consent may have joined on any day; with the parties unknown
    and two states or organizations acting, the agreement may be bilateral, its entry
    into force binding both; and a partial or uncertain date that leaves the party
    unbound on only one of its first and last possible days may be on a day it was
    bound. All of these give only a "may" finding, reported with
    ``validate(..., strict=True)``.

    Why: a party can only leave or suspend what binds it (VCLT arts. 54-57); a
    signatory that will not ratify says so by a declaration of non-intent (art. 18).
    The date is wrong, the act belongs to another party, or its consent is missing.

    Example:
        A KAZ ``accession`` on ``2010-05-01`` and a KAZ ``withdrawal`` on
        ``2009-01-01`` is reported at ``$.party_actions[1].date``; a withdrawal by a
        state that only signed, with ``strict``, as a "may" finding.
    """
    leaving = [
        k
        for k, a in enumerate(agreement.party_actions)
        if a.kind in _LEAVING and a.date is not None and a.party in agreement.participants
    ]
    if not leaving:
        return  # nothing to check: build no lifecycle
    # With the parties unknown and two states or organizations acting, the agreement may be
    # bilateral, whose entry into force binds both parties: unbound only if unbound either way.
    maybe_bilateral = (
        agreement.bilateral is None and agreement.parties is None and len(set(agreement.participants)) == 2
    )
    for k in leaving:
        action = agreement.party_actions[k]
        assert action.date is not None
        life = _without(agreement, k)
        first, last = action.date.earliest(), action.date.latest()
        on_first = _certainly(life, first, action.party, _NOT_BOUND)
        on_last = _certainly(life, last, action.party, _NOT_BOUND)
        if not (on_first or on_last):
            continue
        unknown = _joining_unknown(agreement, action.party, k)
        if unknown is None and maybe_bilateral:
            other = _without(attrs.evolve(agreement, bilateral=True), k)
            if not all(_certainly(other, day, action.party, _NOT_BOUND | _ENDED) for day in (first, last)):
                unknown = "the agreement may be bilateral, binding both parties from its entry into force"
        if unknown is None:
            standing = life.standing(first if on_first else last, action.party).status
            what = "had not joined" if standing is None else f"was {standing.value.replace('_', ' ')}"
            message = f"it {what} and was not bound"
        else:
            message = f"it was not bound, by the record, but {unknown}"
        yield Finding(
            f"{at}.party_actions[{k}].date",
            f"{action.party}'s {action.kind.value} on {action.date}: {message}",
            "check the date and the party, or record its consent",
            may=unknown is not None or not (on_first and on_last),
        )


def _joining_unknown(agreement: Agreement, party: PartyRef, skip: int) -> str | None:
    """What the record leaves unsaid of when ``party`` became bound (leaving out its ``skip``-th act).

    ``None`` when it says: by acts of consent, all dated; by signatures, all dated,
    where signature binds; or by an exchange of instruments. An undated act of consent
    may have come on any day, before the act checked too. (The entry into force of a
    bilateral agreement binds both parties from then on, but their consents came on
    days it does not say.)
    """
    by_signature = _signature_consents(agreement) is True
    dates = [
        a.date
        for i, a in enumerate(agreement.party_actions)
        if i != skip
        and a.party == party
        and (a.kind.expresses_consent or (by_signature and a.kind in _SIGNING))
    ]
    if by_signature:
        dates += [s.date for s in agreement.signatures if s.party == party and not s.ad_referendum]
    if any(date is None for date in dates):
        return "the date of its consent to be bound is not recorded"
    if dates or any(m.kind is MilestoneKind.EXCHANGE_OF_INSTRUMENTS for m in agreement.milestones):
        return None
    return "its consent to be bound is not recorded"


_NOT_BOUND = frozenset({None, Status.SIGNED, Status.WITHDRAWN})
_BOUND = frozenset({Status.CONSENTED, Status.IN_FORCE, Status.SUSPENDED})


def _without(agreement: Agreement, k: int) -> Lifecycle:
    """The lifecycle of ``agreement`` without its ``k``-th party action.

    With the parties unknown, whoever signed or acted is a party: the one that made the
    act stays one (an exchange of instruments, say, binds it), and the agreement is read
    as bilateral or not just as with the act.
    """
    actions = agreement.party_actions[:k] + agreement.party_actions[k + 1 :]
    if agreement.parties is not None:
        return lifecycle(attrs.evolve(agreement, party_actions=actions))
    return lifecycle(
        attrs.evolve(
            agreement,
            party_actions=actions,
            parties=agreement.participants,
            bilateral=is_bilateral(agreement),
        )
    )


def _certainly(
    life: Lifecycle, day: dt.date, party: PartyRef | None, allowed: frozenset[Status | None]
) -> bool:
    """Whether every status the facts allow for ``party`` on ``day`` is in ``allowed``.

    When the engine finds no reading of the facts at all (an empty ``possible``), nothing is certain.
    """
    possible = life.standing(day, party).possible
    return bool(possible) and possible <= allowed


@agreement_rule("TM-L004", "Lifecycle action by a non-party", _E)
def action_by_non_party(agreement: Agreement, at: str) -> Iterator[Finding]:
    """A party action (ratification, accession, withdrawal...) is by a state or organization not a party.

    Needs: the ``parties``; unknown parties (``null``) draw nothing. Dates play no part:
    an undated act by a non-party is reported.

    Why: the lifecycle records what the parties do; an action by anyone else means
    the party list or the action's party is wrong.

    Example:
        An agreement between RUS and KAZ with a ``ratification`` by BLR is reported
        at ``$.party_actions[0].party``.
    """
    if agreement.parties is None:
        return  # who the parties are is not known
    parties = set(agreement.parties)
    for k, action in enumerate(agreement.party_actions):
        if action.party not in parties:
            yield Finding(
                f"{at}.party_actions[{k}].party",
                f"{action.kind.value} by {action.party}, which is not a party to {agreement.id!r}",
                "add the party, or correct the action's party",
            )


@agreement_rule("TM-L005", "Ratification of a non-binding instrument", _W)
def ratification_of_non_binding(agreement: Agreement, at: str) -> Iterator[Finding]:
    """An instrument recorded as not legally binding is ratified, accepted, approved or acceded to.

    Needs: ``legally_binding`` recorded as ``false``; unknown (``null``) draws nothing.
    Dates play no part: an undated act is reported.

    Why: political documents (most declarations, joint statements, memoranda) are
    not ratified; either ``legally_binding`` is wrong or the action is.

    Example:
        ``{"legally_binding": false, "party_actions": [{"kind": "ratification", ...}]}``
        is reported at ``$.party_actions[0].kind``.
    """
    if agreement.legally_binding is not False:
        return
    for k, action in enumerate(agreement.party_actions):
        if action.kind in _CONFIRMING or action.kind is PartyActionKind.ACCESSION:
            yield Finding(
                f"{at}.party_actions[{k}].kind",
                f"{action.party}'s {action.kind.value} of {agreement.id!r},"
                " which is recorded as not legally binding",
                "check legally_binding",
            )


@agreement_rule("TM-L006", "Effect before the act", _E)
def effect_before_action(agreement: Agreement, at: str) -> Iterator[Finding]:
    """A party action takes ``effective`` certainly before its own ``date``.

    A ``succession`` is not checked: a successor state is usually bound from the
    date of succession, before its notification.

    Needs: the act's ``date`` and ``effective``; when either is unknown it draws
    nothing, and partial or uncertain dates fire only when every day of the effect is
    before every day of the act.

    Why: an instrument takes effect on or after its deposit, never before; the two
    dates are probably swapped.

    Example:
        ``{"kind": "ratification", "date": "2020-05-01", "effective": "2020-04-01"}``
        is reported at ``$.party_actions[0].effective``.
    """
    for k, action in enumerate(agreement.party_actions):
        if action.kind is PartyActionKind.SUCCESSION or action.date is None:
            continue  # a succession takes effect from the date of succession, often before the notice
        if action.effective is not None and action.effective.is_before(action.date):
            yield Finding(
                f"{at}.party_actions[{k}].effective",
                f"{action.party}'s {action.kind.value} takes effect ({action.effective}) before it is made"
                f" ({action.date})",
            )


@agreement_rule("TM-L007", "Termination before entry into force", _E)
def termination_before_entry_into_force(agreement: Agreement, at: str) -> Iterator[Finding]:
    """The agreement terminates or expires certainly before it entered into force.

    Needs: an ``entry_into_force`` and a ``termination`` or ``expiry`` milestone
    (milestones are always dated); it fires only when every day the ending may be is
    before every day any recorded entry into force may be.

    Why: what never entered into force cannot terminate or expire before it did.

    Example:
        Milestones ``entry_into_force`` on ``2001-01-01`` and ``termination`` on
        ``1999-01-01`` are reported at ``$.milestones[1].date``.
    """
    starts = [m.date for m in agreement.milestones if m.kind is MilestoneKind.ENTRY_INTO_FORCE]
    for k, milestone in enumerate(agreement.milestones):
        if milestone.kind in (MilestoneKind.TERMINATION, MilestoneKind.EXPIRY) and _before_all(
            milestone.date, starts
        ):
            yield Finding(
                f"{at}.milestones[{k}].date",
                f"{agreement.id!r}: {milestone.kind.value} on {milestone.date} is before entry into force"
                f" ({min(starts)})",
            )


@agreement_rule("TM-L008", "Signature before the text was adopted or opened for signature", _E)
def signature_before_opening(agreement: Agreement, at: str) -> Iterator[Finding]:
    """A signature is dated certainly before the text's adoption or opening for signature.

    The reference is the earliest ``opening_for_signature`` milestone, or without
    one the earliest ``adoption``.

    Needs: an ``opening_for_signature`` or ``adoption`` milestone and the signature's or
    signing act's ``date``; undated signatures and acts draw nothing, and partial or
    uncertain dates fire only when certainly before the earliest such milestone.

    Why: a text can be signed only once it is adopted and open for signature.

    Example:
        An ``opening_for_signature`` on ``2025-06-01`` and a signature dated
        ``2025-05-01`` is reported at ``$.signatures[0].date``.
    """
    opening = [m.date for m in agreement.milestones if m.kind is MilestoneKind.OPENING_FOR_SIGNATURE]
    if not opening:
        opening = [m.date for m in agreement.milestones if m.kind is MilestoneKind.ADOPTION]
    if not opening:
        return
    first = min(opening)
    for k, sig in enumerate(agreement.signatures):
        if sig.date is not None and sig.date.is_before(first):
            yield Finding(
                f"{at}.signatures[{k}].date",
                f"signature by {sig.signatory!r} on {sig.date} is before the text was open for"
                f" signature ({first})",
            )
    for k, action in enumerate(agreement.party_actions):
        if action.kind in _SIGNING and action.date is not None and action.date.is_before(first):
            yield Finding(
                f"{at}.party_actions[{k}].date",
                f"{action.party}'s {action.kind.value} on {action.date} is before the text was open for"
                f" signature ({first})",
            )


@agreement_rule("TM-L009", "Entry into force later than its clause gives", _W)
def entry_into_force_later_than_clause(agreement: Agreement, at: str) -> Iterator[Finding]:
    """The recorded entry into force is certainly later than the date its clause gives from the recorded acts.

    The clause's date is the lifecycle engine's (`Lifecycle.clause_entry_into_force`); acts missing from
    the record could only make it earlier, so a recorded date after it disagrees
    with the clause whatever else happened. An earlier date is ``TM-L002``.

    Needs: an entry into force clause, a recorded ``entry_into_force``, and a date the
    lifecycle engine computes from the clause and the recorded acts, with a last
    possible day. When an act the clause counts is undated or missing there is no such
    day, and it draws nothing. A clause that needs every party's act
    (``after_last_notification``, ``on_consent_of_all``, ``on_signature``) counts only
    those who acted when the ``parties`` are unknown (``null``); another party may have
    acted later, so it then gives only a "may" finding, reported with
    ``validate(..., strict=True)``.

    Why: where the clause and the recorded date disagree, one of them, or a recorded
    act, is wrong; the queries use the recorded date, so the disagreement is shown
    rather than settled silently.

    Example:
        A clause "30 days after the last notification", notifications on
        ``2020-03-02`` and ``2020-05-04`` and an ``entry_into_force`` on
        ``2020-09-01`` (the clause gives ``2020-06-03``) is reported at
        ``$.milestones[0].date``.
    """
    if agreement.entry_into_force_clause is None:
        return
    recorded = [
        (k, m) for k, m in enumerate(agreement.milestones) if m.kind is MilestoneKind.ENTRY_INTO_FORCE
    ]
    if not recorded:
        return
    computed = lifecycle(agreement).clause_entry_into_force()
    if computed is None or computed.latest == dt.date.max:
        return
    # With the parties unknown, "every party" is only those who acted: a later one may be missing.
    may = agreement.parties is None and agreement.entry_into_force_clause.mode in _EVERY_PARTY
    for k, milestone in recorded:
        if milestone.date.earliest() > computed.latest:
            yield Finding(
                f"{at}.milestones[{k}].date",
                f"{agreement.id!r} enters into force on {milestone.date}; its clause gives"
                f" {_range(computed.earliest, computed.latest)} from the recorded acts",
                "check the date, the clause and the acts of consent",
                may=may,
            )


_EVERY_PARTY = frozenset(
    {
        EntryIntoForceMode.AFTER_LAST_NOTIFICATION,
        EntryIntoForceMode.ON_CONSENT_OF_ALL,
        EntryIntoForceMode.ON_SIGNATURE,
    }
)


def _range(first: dt.date, last: dt.date) -> str:
    return first.isoformat() if first == last else f"{first.isoformat()} to {last.isoformat()}"


@agreement_rule("TM-L010", "In force for a party earlier than its clause allows", _E)
def party_in_force_too_early(agreement: Agreement, at: str) -> Iterator[Finding]:
    """An act of consent takes effect (``effective``) certainly before the agreement can be in force for it.

    It can be in force for a party no earlier than the general entry into force
    (recorded, or given by the clause) nor, for a party consenting later, than its
    deposit plus the clause's ``later_parties`` period (VCLT art. 24(3)). An
    ``effective`` before the act's own date is ``TM-L006``; a ``succession`` may take
    effect from the date of succession and is not checked.

    Needs: the act's ``date`` and ``effective`` (a succession is not checked), and the
    clause's ``later_parties`` period or a general entry into force (recorded, computed
    from the clause or inferred from dates of effect). With either date of the act
    unknown it draws nothing.

    Why: the date of effect is computed from the clause; an earlier one is a slip,
    usually the date of deposit entered as the date of effect.

    Example:
        A clause giving later parties 60 days, a general entry into force on
        ``2002-01-01`` and a ``ratification`` deposited ``2003-03-03`` with
        ``effective`` ``2003-03-03`` is reported at ``$.party_actions[0].effective``.
    """
    acts = [
        (k, a)
        for k, a in enumerate(agreement.party_actions)
        if a.effective is not None
        and a.date is not None
        and a.kind.expresses_consent
        and a.kind is not PartyActionKind.SUCCESSION
        and not a.effective.is_before(a.date)
    ]
    if not acts:
        return
    general = lifecycle(agreement).entry_into_force()
    clause = agreement.entry_into_force_clause
    later = None if clause is None else clause.later_parties
    for k, action in acts:
        assert action.date is not None
        assert action.effective is not None
        floors = [
            (action.date.earliest() if later is None else later.after(action.date.earliest()), "its clause")
        ]
        if general is not None:
            floors.append((general.earliest, "the general entry into force"))
        floor, why = max(floors)
        if action.effective.latest() < floor:
            yield Finding(
                f"{at}.party_actions[{k}].effective",
                f"{action.party}'s {action.kind.value} takes effect on {action.effective}, before {why}"
                f" allows ({floor.isoformat()})",
            )


@agreement_rule("TM-L011", "Accession while the agreement is open for signature", _W)
def accession_while_open_for_signature(agreement: Agreement, at: str) -> Iterator[Finding]:
    """A party that could have signed accedes certainly before the signature period closed.

    Checked only when the ``signature_period`` records a closing date; a party
    outside its ``open_to`` list could not have signed and is not reported.

    Needs: the ``signature_period``'s ``closes`` date and the accession's ``date``. An
    undated accession, or a period with no closing date, draws nothing; a party outside
    a recorded ``open_to`` list is not reported.

    Why: while the agreement is open for signature, the states it is open to sign
    and then ratify; accession is how states join once it is closed (VCLT art. 15
    and the final clauses). An accession this early is often a ratification
    recorded under the wrong kind.

    Example:
        A ``signature_period`` closing ``1997-09-24`` and a KAZ ``accession`` on
        ``1997-05-01`` is reported at ``$.party_actions[0].kind``.
    """
    period = agreement.signature_period
    if period is None or period.closes is None:
        return
    for k, action in enumerate(agreement.party_actions):
        if (
            action.kind is PartyActionKind.ACCESSION
            and action.date is not None
            and action.date.latest() <= period.closes.earliest()
            and period.may_sign(action.party)
        ):
            yield Finding(
                f"{at}.party_actions[{k}].kind",
                f"{action.party} accedes on {action.date}, while {agreement.id!r} was open for its signature"
                f" (until {period.closes})",
                "check the kind: a signatory ratifies",
            )


@agreement_rule("TM-L012", "Signature after the signature period closed", _E)
def signature_after_closing(agreement: Agreement, at: str) -> Iterator[Finding]:
    """A signature is dated certainly after the ``signature_period`` closed.

    Needs: the ``signature_period``'s ``closes`` date and the signature's or signing
    act's ``date``; an undated signature or act, or a period with no closing date, draws
    nothing.

    Why: once the period closes, states join by accession, not signature (VCLT art.
    15); the date or the kind of act is wrong.

    Example:
        A ``signature_period`` closing ``1997-09-24`` and a signature dated
        ``1998-01-10`` is reported at ``$.signatures[0].date``.
    """
    period = agreement.signature_period
    if period is None or period.closes is None:
        return
    closes = period.closes
    for k, sig in enumerate(agreement.signatures):
        if sig.date is not None and sig.date.is_after(closes):
            yield Finding(
                f"{at}.signatures[{k}].date",
                f"signature by {sig.signatory!r} on {sig.date}, after the signature period closed ({closes})",
            )
    for k, action in enumerate(agreement.party_actions):
        if action.kind in _SIGNING and action.date is not None and action.date.is_after(closes):
            yield Finding(
                f"{at}.party_actions[{k}].date",
                f"{action.party}'s {action.kind.value} on {action.date}, after the signature period closed"
                f" ({closes})",
                "an accession, perhaps",
            )


_CONSENTING = frozenset(k for k, e in ACTION_EFFECTS.items() if e is Effect.CONSENT)


def _repeated_consents(agreement: Agreement) -> set[PartyRef]:
    """The parties with more than one dated act of consent."""
    seen: set[PartyRef] = set()
    repeated: set[PartyRef] = set()
    for action in agreement.party_actions:
        if action.kind in _CONSENTING and action.date is not None:
            if action.party in seen:
                repeated.add(action.party)
            seen.add(action.party)
    return repeated


def _bound_before(agreement: Agreement, accession: bool) -> Iterator[tuple[int, PartyAction, bool]]:
    """Acts of consent (accessions, or the others) by a party certainly bound the day before.

    Each with whether that is only possible ("may"): when the party has another undated
    act, the engine orders it as the record's other acts fit best, but it may have come
    on any day; when the parties are unknown and two states or organizations act, the
    agreement may be bilateral, where one party leaving ends it for the other; and when
    its term runs from a day not known, the term may have ended.
    """
    repeated = _repeated_consents(agreement)
    exchanged = any(m.kind is MilestoneKind.EXCHANGE_OF_INSTRUMENTS for m in agreement.milestones)
    if not repeated and not exchanged:
        return  # one act of consent per party: it cannot come while bound by another
    life = lifecycle(agreement)
    other: Lifecycle | None = None
    if agreement.bilateral is None and agreement.parties is None and len(set(agreement.participants)) == 2:
        other = lifecycle(attrs.evolve(agreement, bilateral=True))
    # A term that runs from a day not known (no entry into force, no date) may have ended on any day.
    open_term = agreement.term is not None and agreement.date is None and life.entry_into_force() is None
    for k, action in enumerate(agreement.party_actions):
        if ACTION_EFFECTS[action.kind] is not Effect.CONSENT or action.date is None:
            continue
        if (action.kind is PartyActionKind.ACCESSION) is not accession:
            continue
        if action.party not in repeated and not exchanged:
            continue
        first = action.date.earliest()
        if first == dt.date.min:
            continue
        day = first - dt.timedelta(days=1)
        if _certainly(life, day, action.party, _BOUND):
            may = (
                open_term
                or _has_undated_act(agreement, action.party, k)
                or (other is not None and not _certainly(other, day, action.party, _BOUND))
            )
            yield k, action, may


def _has_undated_act(agreement: Agreement, party: PartyRef, skip: int) -> bool:
    """Whether ``party`` has an undated signature or standing-changing act, besides its ``skip``-th act."""
    return any(s.party == party and s.date is None for s in agreement.signatures) or any(
        i != skip and a.party == party and a.date is None and ACTION_EFFECTS[a.kind] not in _NO_STANDING
        for i, a in enumerate(agreement.party_actions)
    )


_NO_STANDING = frozenset({Effect.NONE, Effect.NON_EXTENSION})


@agreement_rule("TM-L013", "Accession by a party already bound", _E)
def accession_by_bound_party(agreement: Agreement, at: str) -> Iterator[Finding]:
    """A party accedes when it is certainly bound already (it ratified or acceded, and did not withdraw).

    The standing is the lifecycle engine's on the day before the accession. An
    accession after a withdrawal took effect (re-joining) is fine.

    Needs: the accession's ``date`` and, from the lifecycle engine, the party certainly
    bound on the day before its first possible day; checked only for a party with two or
    more dated acts of consent, or when an exchange of instruments is recorded. An
    undated accession draws nothing. When the party has another undated act (a
    signature, a consent, a withdrawal...), which may have come on any day; when the
    parties are unknown and the agreement, with two states or organizations acting, may
    be bilateral (one leaving ends it); or when it has a term but neither an entry into
    force nor a ``date`` to count it from (it may have ended), it gives only a "may"
    finding, reported with ``validate(..., strict=True)``.

    Why: accession is consent to be bound by a state that is not (VCLT art. 15);
    a state already bound cannot accede again. Usually a duplicated record, or a
    withdrawal that is missing.

    Example:
        A KAZ ``ratification`` on ``2020-09-01`` and a KAZ ``accession`` on
        ``2021-03-01`` is reported at ``$.party_actions[1].kind``.
    """
    for k, action, may in _bound_before(agreement, accession=True):
        yield Finding(
            f"{at}.party_actions[{k}].kind",
            f"{action.party} accedes on {action.date}, when it was already bound by {agreement.id!r}",
            "remove the duplicate, or record the withdrawal before it",
            may=may,
        )


@agreement_rule("TM-L014", "Consent again while still bound", _E)
def consent_while_bound(agreement: Agreement, at: str) -> Iterator[Finding]:
    """A party ratifies, accepts, approves, signs definitively, succeeds or notifies while certainly bound.

    The standing is the lifecycle engine's on the day before the act. Accessions
    are ``TM-L013``; consent given again after a withdrawal took effect is fine.

    Needs: the act's ``date`` and, from the lifecycle engine, the party certainly bound
    on the day before its first possible day; checked only for a party with two or more
    dated acts of consent, or when an exchange of instruments is recorded. An undated
    act draws nothing. When the party has another undated act (a signature, a consent,
    a withdrawal...), which may have come on any day; when the parties are unknown and
    the agreement, with two states or organizations acting, may be bilateral (one
    leaving ends it); or when it has a term but neither an entry into force nor a
    ``date`` to count it from (it may have ended), it gives only a "may" finding,
    reported with ``validate(..., strict=True)``.

    Why: consent to be bound is given once (VCLT arts. 11-16); a second act while
    bound is a duplicated record, or the first act is wrongly dated.

    Example:
        Two RUS ``ratification`` records, on ``2020-09-01`` and ``2021-09-01``, are
        reported at ``$.party_actions[1].kind``.
    """
    for k, action, may in _bound_before(agreement, accession=False):
        yield Finding(
            f"{at}.party_actions[{k}].kind",
            f"{action.party}'s {action.kind.value} on {action.date}, when it was already bound by"
            f" {agreement.id!r}",
            "remove the duplicate, or correct the dates",
            may=may,
        )


@agreement_rule("TM-L015", "Withdrawal taking effect before its notice period ends", _E)
def withdrawal_before_notice_ends(agreement: Agreement, at: str) -> Iterator[Finding]:
    """A withdrawal takes effect (``effective``) certainly before its notification plus the ``notice`` period.

    Checked only when the ``withdrawal_clause`` records a ``notice`` period.

    Needs: the ``withdrawal_clause``'s ``notice`` period and the withdrawal's ``date``
    and ``effective``; when any of them is unknown it draws nothing.

    Why: the notice period is the time the other parties are given (VCLT art.
    56(2) sets twelve months where the treaty is silent); a withdrawal cannot take
    effect sooner. Usually the notification date entered as the date of effect.

    Example:
        A clause with six months' notice and a ``withdrawal`` notified
        ``2020-05-22`` with ``effective`` ``2020-08-22`` is reported at
        ``$.party_actions[0].effective``.
    """
    clause = agreement.withdrawal_clause
    if clause is None or clause.notice is None:
        return
    for k, action in enumerate(agreement.party_actions):
        if action.kind is not PartyActionKind.WITHDRAWAL or action.date is None or action.effective is None:
            continue
        earliest = clause.notice.after(action.date.earliest())
        if action.effective.latest() < earliest:
            yield Finding(
                f"{at}.party_actions[{k}].effective",
                f"{action.party}'s withdrawal takes effect on {action.effective},"
                f" before {clause.notice} after its notification ({action.date}) have passed",
            )


@agreement_rule("TM-L016", "Withdrawal the clause does not allow", _E)
def withdrawal_not_allowed(agreement: Agreement, at: str) -> Iterator[Finding]:
    """A party withdraws although the ``withdrawal_clause`` forbids it, or certainly before the clause allows.

    With ``not_before``, the notification must come no earlier than that period
    after the agreement entered into force for the party (the lifecycle engine's
    date; not checked when it is not known).

    Needs: a ``withdrawal_clause``. Where it forbids withdrawal (``allowed`` false),
    nothing else: a withdrawal is reported whatever its date, even undated. With
    ``not_before``, also the withdrawal's ``date`` and the party's entry into force from
    the lifecycle engine; an undated withdrawal, or an unknown entry into force, then
    draws nothing.

    Why: a treaty that excludes withdrawal, or allows it only after some years,
    binds its parties meanwhile (VCLT arts. 54 and 56(1)).

    Example:
        A clause allowing withdrawal five years after entry into force, an entry
        into force on ``2002-01-01`` and a withdrawal notified ``2004-06-01`` is
        reported at ``$.party_actions[0].date``.
    """
    clause = agreement.withdrawal_clause
    if clause is None:
        return
    withdrawals = [
        (k, a) for k, a in enumerate(agreement.party_actions) if a.kind is PartyActionKind.WITHDRAWAL
    ]
    if not withdrawals:
        return
    life = lifecycle(agreement) if clause.allowed and clause.not_before is not None else None
    for k, action in withdrawals:
        if not clause.allowed:  # forbidden on every day: its date does not matter
            yield Finding(
                f"{at}.party_actions[{k}].kind",
                f"{action.party} withdraws from {agreement.id!r}, whose withdrawal clause does not allow it",
            )
            continue
        if life is None or clause.not_before is None or action.date is None:
            continue
        entry = life.entry_into_force(action.party)
        if entry is None or entry.latest == dt.date.max:
            continue
        allowed = clause.not_before.after(entry.latest)
        if action.date.latest() < clause.not_before.after(entry.earliest):
            yield Finding(
                f"{at}.party_actions[{k}].date",
                f"{action.party}'s withdrawal notified on {action.date}, before its clause allows it"
                f" ({clause.not_before} after entry into force: {allowed.isoformat()})",
            )


@agreement_rule("TM-L017", "Act after the agreement ended", _E)
def act_after_end(agreement: Agreement, at: str) -> Iterator[Finding]:
    """A party acts certainly after the agreement terminated or expired.

    The agreement's end is the lifecycle engine's: a termination or expiry
    milestone, the end of its term, or the withdrawal of one of the two parties
    of a bilateral agreement. Checked against the day before the act's first
    possible day; an extension that brought the agreement back is taken into
    account. (The relations of later agreements that end it are seen only when a
    dossier is validated through queries, not by this rule.)

    Needs: the act's ``date`` and an end the lifecycle engine is certain of (a
    termination or expiry milestone, the end of a term, or a withdrawal from a bilateral
    agreement); an undated act draws nothing. A term runs from the entry into force
    (recorded, computed from the clause, or inferred from a date of effect). When that
    is not known, the term ends no earlier than its length after the agreement's
    ``date`` (no entry into force comes before it), on a day not known: an act after
    that earliest end gives only a "may" finding, reported with
    ``validate(..., strict=True)``.

    Why: a terminated agreement binds no one (VCLT art. 70); a ratification,
    reservation or withdrawal after it is misdated or belongs to another agreement.

    Example:
        A ``termination`` milestone on ``2020-10-01`` and a KAZ ``ratification`` on
        ``2021-01-10`` is reported at ``$.party_actions[1].date``.
    """
    ends = (
        any(m.kind in (MilestoneKind.TERMINATION, MilestoneKind.EXPIRY) for m in agreement.milestones)
        or agreement.term is not None
        or (
            is_bilateral(agreement)
            and any(a.kind is PartyActionKind.WITHDRAWAL for a in agreement.party_actions)
        )
    )
    if not ends:
        return
    life = lifecycle(agreement)
    # Without a known entry into force the engine counts the term from the agreement's
    # date: the earliest it can end. Whether it had certainly ended is asked of the
    # lifecycle without the term, whose end is then not known.
    firm = life
    if agreement.term is not None and life.entry_into_force() is None:
        firm = lifecycle(attrs.evolve(agreement, term=None))
    for k, action in enumerate(agreement.party_actions):
        if action.date is None or action.date.earliest() == dt.date.min:
            continue
        day = action.date.earliest() - dt.timedelta(days=1)
        if _certainly(firm, day, None, _ENDED):
            yield Finding(
                f"{at}.party_actions[{k}].date",
                f"{action.party}'s {action.kind.value} on {action.date}, after {agreement.id!r} ended",
                "check the date, or the agreement it belongs to",
            )
        elif firm is not life and _certainly(life, day, None, _ENDED):
            yield Finding(
                f"{at}.party_actions[{k}].date",
                f"{action.party}'s {action.kind.value} on {action.date}, when the term of {agreement.id!r}"
                " may have ended (counted from its date: its entry into force is not recorded)",
                "record the entry into force, or check the date",
                may=True,
            )


_ENDED = frozenset({Status.TERMINATED})


def _extensions(agreement: Agreement) -> list[tuple[int, DateValue, PartialDate | None]]:
    found = [
        (k, m.date, m.until) for k, m in enumerate(agreement.milestones) if m.kind is MilestoneKind.EXTENSION
    ]
    return sorted(found, key=lambda x: (x[1].earliest(), x[1].latest(), x[0]))


@agreement_rule("TM-L018", "More extensions than the term allows", _E)
def too_many_extensions(agreement: Agreement, at: str) -> Iterator[Finding]:
    """The agreement has more ``extension`` milestones than its term's ``max_extensions``.

    Each extension beyond the limit, in date order, is reported.

    Needs: the term's ``max_extensions`` and the ``extension`` milestones (always dated;
    the dates only order them). Without ``max_extensions`` it draws nothing.

    Why: a text that allows one extension (or N) cannot be extended again without
    a new agreement; the extra one is a duplicate, or belongs to a protocol that
    should be recorded as an agreement of its own.

    Example:
        A term with ``max_extensions`` 1 and two extension milestones reports the
        second at ``$.milestones[1].kind``.
    """
    term = agreement.term
    if term is None or term.max_extensions is None:
        return
    for n, (k, date, _) in enumerate(_extensions(agreement), start=1):
        if n > term.max_extensions:
            yield Finding(
                f"{at}.milestones[{k}].kind",
                f"extension {n} of {agreement.id!r} on {date}; its term allows {term.max_extensions}",
            )


class _TermEnd(NamedTuple):
    """An extension, with the end of the term just before it, where known."""

    k: int
    date: DateValue
    until: PartialDate | None
    before: tuple[dt.date, dt.date] | None
    """The first and the last day the term before the extension may end."""
    firm: bool
    """Whether ``before`` is the end's days, not only a lower bound of them: false for a term counted
    from the agreement's date because the entry into force is not known (it ends no earlier)."""


def _term_ends(agreement: Agreement) -> Iterator[_TermEnd]:
    """Each extension, with the end of the term just before it (first and last possible day), where known."""
    term = agreement.term
    start: tuple[dt.date, dt.date] | None = None
    firm = True
    entry = lifecycle(agreement).entry_into_force() if term is not None else None
    if term is not None:
        if entry is not None:
            start = (entry.earliest, entry.latest)
        elif agreement.date is not None:
            start = (agreement.date.earliest(), agreement.date.latest())
            firm = False  # the entry into force, not known, comes on or after the agreement's date
    end: tuple[dt.date, dt.date] | None = None
    if term is not None and start is not None:
        initial = Period(years=term.years, months=term.months)
        end = (initial.after(start[0]), initial.after(start[1]))
    expiries = [m.date for m in agreement.milestones if m.kind is MilestoneKind.EXPIRY]
    renewal = (
        None
        if term is None or term.renewal is None
        else Period(years=term.renewal_years, months=term.renewal_months)
    )
    for k, date, until in _extensions(agreement):
        before = end
        if before is None and expiries:
            last = max(expiries, key=lambda d: d.latest())
            before = (last.earliest(), last.latest())
            firm = True
        yield _TermEnd(k, date, until, before, firm)
        if until is not None:
            end = (until.earliest(), until.latest())
            firm = True
        elif end is not None and renewal is not None:
            end = (renewal.after(end[0]), renewal.after(end[1]))
        else:
            end = None


@agreement_rule("TM-L019", "Extension dated after the term ended", _W)
def extension_after_end(agreement: Agreement, at: str) -> Iterator[Finding]:
    """An ``extension`` is dated certainly after the term it extends had ended.

    The term's end is computed from the term and the earlier extensions (or, without
    a term, taken from a recorded ``expiry``); automatic renewals are not an
    extension and are not checked here.

    Needs: an ``extension`` milestone and the end of the term before it: from the term
    and the entry into force (recorded, computed from the clause, or inferred from a
    date of effect), or an earlier extension's ``until``; failing these, the latest
    ``expiry``. With none of them it draws nothing. When only the agreement's ``date``
    is known, the term ends no earlier than its length after it (no entry into force
    comes before it), on a day not known: an extension after that earliest end gives
    only a "may" finding, reported with ``validate(..., strict=True)``.

    Why: an agreement is extended before it lapses; one "extended" after its end
    was revived, usually by a new agreement that should be recorded as such, or the
    extension's date is wrong.

    Example:
        A 10-year term, an ``entry_into_force`` on ``2000-03-01`` and an extension on
        ``2010-06-01`` is reported at ``$.milestones[1].date``; with the entry into force
        not recorded and the agreement dated ``2000-03-01``, only with ``strict``, as a
        "may" finding.
    """
    if not any(m.kind is MilestoneKind.EXTENSION for m in agreement.milestones):
        return
    for k, date, _, before, firm in _term_ends(agreement):
        if before is not None and date.earliest() > before[1]:
            ended = "ended" if firm else "may have ended"
            counted = "" if firm else ", counted from its date: its entry into force is not recorded"
            yield Finding(
                f"{at}.milestones[{k}].date",
                f"{agreement.id!r} is extended on {date}, after its term {ended}"
                f" ({_range(before[0], before[1])}{counted})",
                "check the date; a revived agreement is usually a new one",
                may=not firm,
            )


@agreement_rule("TM-L020", "Extension ending before the term it extends", _E)
def extension_ending_earlier(agreement: Agreement, at: str) -> Iterator[Finding]:
    """An ``extension``'s ``until`` is certainly before the end of the term it extends.

    The end before it is computed as in ``TM-L019``.

    Needs: an extension's ``until`` and the end of the term before it, found as in
    ``TM-L019``; when either is unknown it draws nothing.

    Why: an extension moves the end later; an earlier ``until`` is a mistyped date,
    or the milestone is a termination.

    Example:
        A 10-year term, an ``entry_into_force`` on ``2000-03-01`` and an extension on
        ``2009-12-01`` until ``2005-03-01`` is reported at ``$.milestones[1].until``.
    """
    if not any(m.kind is MilestoneKind.EXTENSION and m.until is not None for m in agreement.milestones):
        return
    for k, _, until, before, _ in _term_ends(agreement):
        if until is not None and before is not None and until.latest() < before[0]:
            yield Finding(
                f"{at}.milestones[{k}].until",
                f"{agreement.id!r} is extended until {until}, before its term would have ended"
                f" ({_range(before[0], before[1])})",
            )


@agreement_rule("TM-L021", "Termination before the agreement was signed", _E)
def termination_before_signature(agreement: Agreement, at: str) -> Iterator[Finding]:
    """The agreement terminates or expires certainly before it was first signed or adopted.

    The reference is the earliest signature, signing act, adoption or opening for
    signature, or the agreement's date. When an entry into force is recorded,
    ``TM-L007`` reports it instead.

    Needs: a ``termination`` or ``expiry`` milestone, no ``entry_into_force`` milestone,
    and a dated start: a signature, a signing act, an ``adoption`` or
    ``opening_for_signature`` milestone, or the agreement's ``date`` (its date of
    signature or adoption). The first signing is known only when the agreement's
    ``date`` is recorded and no signature or signing act is undated; otherwise it may
    have come before the ending, and an ending before every dated start is certain only
    when it is before the adoption or opening for signature (no signature comes before
    those). Else it gives only a "may" finding, reported with
    ``validate(..., strict=True)``.

    Why: an agreement cannot end before it exists; the year is usually wrong.

    Example:
        An agreement dated ``2020-05-01`` with a ``termination`` on ``2019-01-01`` is
        reported at ``$.milestones[0].date``.
    """
    if any(m.kind is MilestoneKind.ENTRY_INTO_FORCE for m in agreement.milestones):
        return
    endings = [
        (k, m)
        for k, m in enumerate(agreement.milestones)
        if m.kind in (MilestoneKind.TERMINATION, MilestoneKind.EXPIRY)
    ]
    if not endings:
        return
    opened: list[DateValue] = [
        m.date
        for m in agreement.milestones
        if m.kind in (MilestoneKind.ADOPTION, MilestoneKind.OPENING_FOR_SIGNATURE)
    ]
    starts: list[DateValue] = [s.date for s in agreement.signatures if s.date is not None]
    starts += [a.date for a in agreement.party_actions if a.kind in _SIGNING and a.date is not None]
    starts += opened
    if agreement.date is not None:
        starts.append(agreement.date)
    if not starts:
        return
    first = min(starts, key=lambda d: d.earliest())
    # An undated signature, or the agreement's own date unknown, may be the first signing: then
    # only a text not yet adopted or opened for signature was certainly not signed.
    undated = agreement.date is None or bool(_undated_signers(agreement))
    for k, milestone in endings:
        if milestone.date.latest() < first.earliest():
            yield Finding(
                f"{at}.milestones[{k}].date",
                f"{agreement.id!r}: {milestone.kind.value} on {milestone.date},"
                f" before it was signed ({first})",
                may=undated and not _before_all(milestone.date, opened),
            )


@dossier_rule("TM-L022", "Relation ending a later agreement", _E)
def relation_ending_later_agreement(index: DossierIndex) -> Iterator[Finding]:
    """An agreement supersedes or terminates one that is certainly dated after it.

    Both agreements need a ``date``; relations to agreements missing from the
    dossier are ``TM-S013``'s.

    Needs: the ``date`` of both agreements; an undated one draws nothing, and partial or
    uncertain dates fire only when certainly in the wrong order.

    Why: a later agreement replaces an earlier one (VCLT art. 59), never the
    reverse; the relation is recorded on the wrong agreement, or points at the
    wrong target.

    Example:
        A treaty of ``1998-07-06`` that ``supersedes`` one of ``2013-11-11`` is
        reported at ``$.agreements[0].relations[0].target``.
    """
    dates = {a.id: a.date for a in index.dossier.agreements}
    for at, agreement in index.agreements:
        if agreement.date is None:
            continue
        for k, relation in enumerate(agreement.relations):
            if relation.kind not in ENDING_RELATIONS:
                continue
            target = dates.get(relation.target)
            if target is not None and agreement.date.is_before(target):
                verb = "supersedes" if relation.kind is RelationKind.SUPERSEDES else "terminates"
                yield Finding(
                    f"{at}.relations[{k}].target",
                    f"{agreement.id!r} ({agreement.date}) {verb} {relation.target!r}, which is later"
                    f" ({target})",
                    "record the relation on the later agreement",
                )


@agreement_rule("TM-L023", "Entry into force of a non-binding instrument", _W)
def entry_into_force_of_non_binding(agreement: Agreement, at: str) -> Iterator[Finding]:
    """An instrument recorded as not legally binding has an ``entry_into_force`` milestone.

    Needs: ``legally_binding`` recorded as ``false``; unknown (``null``) draws nothing.

    Why: political documents (most declarations, joint statements, memoranda)
    take effect on signature, if at all, and do not enter into force as treaties
    do (VCLT art. 24); either ``legally_binding`` is wrong or the milestone is.

    Example:
        ``{"legally_binding": false, "milestones": [{"kind": "entry_into_force", ...}]}``
        is reported at ``$.milestones[0].kind``.
    """
    if agreement.legally_binding is not False:
        return
    for k, milestone in enumerate(agreement.milestones):
        if milestone.kind is MilestoneKind.ENTRY_INTO_FORCE:
            yield Finding(
                f"{at}.milestones[{k}].kind",
                f"{agreement.id!r} enters into force on {milestone.date},"
                " but is recorded as not legally binding",
                "check legally_binding",
            )
