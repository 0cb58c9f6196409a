"""Rules about the lifecycle of agreements: party actions and milestones (``TM-L``).

Dates are partial; an order is reported only when it is certainly wrong.
"""

from __future__ import annotations

from collections.abc import Iterator

from treatymodel.agreements import Agreement, MilestoneKind, PartyActionKind
from treatymodel.dates import PartialDate
from treatymodel.parties import PartyRef
from treatymodel.validation._registry import Finding, agreement_rule
from treatymodel.validation.report import Severity

__all__ = [
    "action_by_non_party",
    "effect_before_action",
    "entry_into_force_before_consent",
    "ratification_before_signature",
    "ratification_of_non_binding",
    "signature_before_opening",
    "termination_before_entry_into_force",
    "withdrawal_before_joining",
]

_E = Severity.ERROR
_W = Severity.WARNING

_SIGNING = frozenset({PartyActionKind.SIGNATURE, PartyActionKind.DEFINITIVE_SIGNATURE})
_CONFIRMING = frozenset({PartyActionKind.RATIFICATION, PartyActionKind.ACCEPTANCE, PartyActionKind.APPROVAL})
_LEAVING = frozenset({PartyActionKind.WITHDRAWAL, PartyActionKind.SUSPENSION})


def _signature_dates(agreement: Agreement) -> dict[PartyRef, list[PartialDate]]:
    found: dict[PartyRef, list[PartialDate]] = {}
    for sig in agreement.signatures:
        found.setdefault(sig.party, []).append(sig.date)
    for action in agreement.party_actions:
        if action.kind in _SIGNING:
            found.setdefault(action.party, []).append(action.date)
    return found


def _joining_dates(agreement: Agreement) -> dict[PartyRef, list[PartialDate]]:
    """Per party: the dates of its signatures and of its acts of consent."""
    found = _signature_dates(agreement)
    for action in agreement.party_actions:
        if action.kind.expresses_consent and action.kind not in _SIGNING:
            found.setdefault(action.party, []).append(action.date)
    return found


def _before_all(day: PartialDate, others: list[PartialDate]) -> bool:
    """Whether ``day.is_before(o)`` for every one of ``others``, and there are some.

    Certainly before each means ending before the earliest of their first days;
    ``day``'s last day is computed once.
    """
    return bool(others) and day.latest() < min(o.earliest() for o in others)


@agreement_rule("TM-L001", "Ratification before signature", _E)
def ratification_before_signature(agreement: Agreement, at: str) -> Iterator[Finding]:
    """A party ratifies, accepts or approves certainly before it signed.

    The party's signatures are its :class:`~treatymodel.Signature` records and its
    ``signature`` or ``definitive_signature`` actions. A party with no recorded
    signature is not checked.

    Why: ratification, acceptance and approval confirm a signature (VCLT art. 14);
    they cannot precede it. The usual cause is a swapped or mistyped date.

    Example:
        A RUS signature dated ``2025-11-12`` and a RUS ``ratification`` dated
        ``2025-10-01`` is reported at ``$.party_actions[0].date``.
    """
    signed = _signature_dates(agreement)
    for k, action in enumerate(agreement.party_actions):
        if action.kind in _CONFIRMING and _before_all(action.date, signed.get(action.party, [])):
            yield Finding(
                f"{at}.party_actions[{k}].date",
                f"{action.party}'s {action.kind.value} on {action.date} is before its signature"
                f" ({min(signed[action.party])})",
                "correct the dates; an accession needs no signature",
            )


@agreement_rule("TM-L002", "Entry into force before the consents it needs", _E)
def entry_into_force_before_consent(agreement: Agreement, at: str) -> Iterator[Finding]:
    """The agreement enters into force certainly before the consents it needs.

    Consents are signatures and acts of consent (ratification, acceptance,
    approval, accession, succession, definitive signature). An entry into force
    before every recorded consent is reported for any agreement; for an agreement
    with two parties, also one before every consent of either party.

    Why: a treaty enters into force when its parties have consented to be bound
    (VCLT art. 24); it cannot do so before. A multilateral treaty's threshold is not
    recorded, so only the certain case is checked for it.

    Example:
        RUS and KAZ signatures on ``2025-11-12`` and an ``entry_into_force``
        milestone on ``2025-01-01`` is reported at ``$.milestones[0].date``.
    """
    if not any(m.kind is MilestoneKind.ENTRY_INTO_FORCE for m in agreement.milestones):
        return  # nothing to check: skip gathering the dates
    joined = _joining_dates(agreement)
    if not joined:
        return
    everyone = [d for dates in joined.values() for d in dates]
    for k, milestone in enumerate(agreement.milestones):
        if milestone.kind is not MilestoneKind.ENTRY_INTO_FORCE:
            continue
        if _before_all(milestone.date, everyone):
            yield Finding(
                f"{at}.milestones[{k}].date",
                f"{agreement.id!r} enters into force on {milestone.date}, before any party consented"
                f" (first: {min(everyone)})",
            )
        elif len(set(agreement.parties)) == 2:
            late = [str(p) for p in agreement.parties if _before_all(milestone.date, joined.get(p, []))]
            if late:
                yield Finding(
                    f"{at}.milestones[{k}].date",
                    f"{agreement.id!r} enters into force on {milestone.date}, before"
                    f" {', '.join(dict.fromkeys(late))} consented",
                )


@agreement_rule("TM-L003", "Withdrawal before joining", _E)
def withdrawal_before_joining(agreement: Agreement, at: str) -> Iterator[Finding]:
    """A party withdraws from or suspends the agreement certainly before it joined.

    Joining is any signature or act of consent of that party; a party with none
    recorded is not checked.

    Why: a party can only leave what it has joined; the date is wrong or belongs to
    another party.

    Example:
        A KAZ ``accession`` on ``2010-05-01`` and a KAZ ``withdrawal`` on
        ``2009-01-01`` is reported at ``$.party_actions[1].date``.
    """
    if not any(action.kind in _LEAVING for action in agreement.party_actions):
        return  # nothing to check: skip gathering the dates
    joined = _joining_dates(agreement)
    for k, action in enumerate(agreement.party_actions):
        if action.kind in _LEAVING and _before_all(action.date, joined.get(action.party, [])):
            yield Finding(
                f"{at}.party_actions[{k}].date",
                f"{action.party}'s {action.kind.value} on {action.date} is before it joined"
                f" ({min(joined[action.party])})",
            )


@agreement_rule("TM-L004", "Lifecycle action by a non-party", _E)
def action_by_non_party(agreement: Agreement, at: str) -> Iterator[Finding]:
    """A party action (ratification, accession, withdrawal...) is by a state or organization not a party.

    Why: the lifecycle records what the parties do; an action by anyone else means
    the party list or the action's party is wrong.

    Example:
        An agreement between RUS and KAZ with a ``ratification`` by BLR is reported
        at ``$.party_actions[0].party``.
    """
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

    Why: an instrument takes effect on or after its deposit, never before; the two
    dates are probably swapped.

    Example:
        ``{"kind": "ratification", "date": "2020-05-01", "effective": "2020-04-01"}``
        is reported at ``$.party_actions[0].effective``.
    """
    for k, action in enumerate(agreement.party_actions):
        if action.effective is not None and action.effective.is_before(action.date):
            yield Finding(
                f"{at}.party_actions[{k}].effective",
                f"{action.party}'s {action.kind.value} takes effect ({action.effective}) before it is made"
                f" ({action.date})",
            )


@agreement_rule("TM-L007", "Termination before entry into force", _E)
def termination_before_entry_into_force(agreement: Agreement, at: str) -> Iterator[Finding]:
    """The agreement terminates or expires certainly before it entered into force.

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
        if sig.date.is_before(first):
            yield Finding(
                f"{at}.signatures[{k}].date",
                f"signature by {sig.signatory!r} on {sig.date} is before the text was open for"
                f" signature ({first})",
            )
    for k, action in enumerate(agreement.party_actions):
        if action.kind in _SIGNING and action.date.is_before(first):
            yield Finding(
                f"{at}.party_actions[{k}].date",
                f"{action.party}'s {action.kind.value} on {action.date} is before the text was open for"
                f" signature ({first})",
            )
