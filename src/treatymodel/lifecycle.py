"""The lifecycle engine: where an agreement stands, for each party and as a whole, on any day.

One engine answers every as-of question (`status`,
`parties_on`,
`entry_into_force`, `expiry`,
the panels of `treatymodel.frames`, the display and the lifecycle rules), from
the agreement's signatures, party actions, milestones, final clauses
(`treatymodel.clauses`) and the relations of later agreements that end it.

The law it follows is the Vienna Convention on the Law of Treaties (VCLT):

- a **signatory** has signed; unless the signature expresses consent (art. 12),
  it is not bound (arts. 14 and 18): `Status.SIGNED`;
- a **contracting** state or organization has consented to be bound (art.
  2(1)(f)): `Status.CONSENTED`, until the agreement is in force for it;
- a **party** has consented and the agreement is in force for it (art. 2(1)(g)):
  `Status.IN_FORCE`. It is in force for it from the latest of the general
  entry into force, the date of effect recorded on its act and the date the
  clause gives for later parties (failing a clause, the day of its consent,
  art. 24(3)).

What each kind of act and milestone does is written once, in
`ACTION_EFFECTS` and `MILESTONE_EFFECTS`.

How the engine reads a record:

- **Acts and milestones are taken as complete**: a ratification that is not
  recorded did not happen, so a signatory with no recorded consent is only a
  signatory. **Clauses are not assumed**: where the consent clause is not
  recorded, whether a signature bound the signatory is unknown, and so is the
  date of effect of a withdrawal without a recorded date or clause.
- **Dates are partial**: an act dated ``1993-05`` has certainly happened from 31
  May 1993 on and certainly not before 1 May; in between the answer is *unknown*.
  An undated act is never certainly in the past.
- Where acts may have happened in more than one order, every order the dates
  allow is tried; orders in which an act does not fit its party's standing (a
  ratification before the signature it confirms, a withdrawal by a state not yet
  bound) are set aside when another order fits.
- An act disputed by another party (``disputed_by``) may or may not have had its
  effect: the standing it would change is unknown from then on.
- Where the facts leave more than one standing possible, the answer is unknown:
  `Standing.status` is ``None`` and `Standing.possible` lists the
  candidates. A query never picks one.

Example:
    >>> import datetime as dt
    >>> import treatymodel as tm
    >>> D = tm.PartialDate.parse
    >>> rus, kaz = tm.StateRef(code="RUS"), tm.StateRef(code="KAZ")
    >>> treaty = tm.Agreement(
    ...     id="t", title="Treaty", kind=tm.AgreementKind.TREATY, parties=(rus, kaz),
    ...     consent_clause=tm.ConsentClause(by_signature=False),
    ...     entry_into_force_clause=tm.EntryIntoForceClause(
    ...         mode=tm.EntryIntoForceMode.AFTER_LAST_NOTIFICATION, delay=tm.Period(days=30)),
    ...     party_actions=(
    ...         tm.PartyAction(kind=tm.PartyActionKind.SIGNATURE, party=rus, date=D("2020-01-10")),
    ...         tm.PartyAction(kind=tm.PartyActionKind.SIGNATURE, party=kaz, date=D("2020-01-10")),
    ...         tm.PartyAction(kind=tm.PartyActionKind.NOTIFICATION, party=rus, date=D("2020-03-02")),
    ...         tm.PartyAction(kind=tm.PartyActionKind.NOTIFICATION, party=kaz, date=D("2020-05-04")),
    ...     ),
    ... )
    >>> life = tm.lifecycle.lifecycle(treaty)
    >>> str(life.entry_into_force().date), life.entry_into_force().basis.value
    ('2020-06-03', 'clause')
    >>> life.status(dt.date(2020, 4, 1), party=rus).value, life.status(dt.date(2020, 4, 1), party=kaz).value
    ('consented', 'signed')
"""

from __future__ import annotations

import bisect
import datetime as dt
import enum
from collections.abc import Callable, Iterable, Mapping, Sequence
from types import MappingProxyType
from typing import Any, NamedTuple

import attrs

from treatymodel._fielddocs import documented
from treatymodel.agreements import (
    Agreement,
    MilestoneKind,
    PartyAction,
    PartyActionKind,
    Relation,
    RelationKind,
    Term,
)
from treatymodel.clauses import EntryIntoForceMode, Period
from treatymodel.dates import DateLike, DateValue, PartialDate, _Days, as_date_value
from treatymodel.parties import OrganizationRef, PartyRef, StateRef
from treatymodel.values import in_doubt

__all__ = [
    "ACTION_EFFECTS",
    "ENDING_RELATIONS",
    "MILESTONE_EFFECTS",
    "Basis",
    "DateRange",
    "Effect",
    "EntryIntoForce",
    "Lifecycle",
    "Standing",
    "Status",
    "as_day",
    "general_entry_into_force",
    "is_bilateral",
    "lifecycle",
]


class Status(enum.StrEnum):
    """Where an agreement stands on a day, for one party or as a whole (VCLT art. 2(1)).

    For the agreement as a whole, only ``signed``, ``provisionally_applied``,
    ``in_force``, ``suspended`` and ``terminated`` occur.
    """

    SIGNED = "signed"
    """Signed (or adopted) and not binding: a signatory (VCLT arts. 14 and 18); the state of every political
    declaration.
    """
    CONSENTED = "consented"
    """Bound, but not yet in force for it: a contracting state or organization (VCLT art. 2(1)(f))."""
    PROVISIONALLY_APPLIED = "provisionally_applied"
    """Applied provisionally before entry into force (VCLT art. 25)."""
    IN_FORCE = "in_force"
    """In force: for a party, a party in the sense of VCLT art. 2(1)(g)."""
    SUSPENDED = "suspended"
    """Its operation is suspended, for the party (VCLT arts. 57-58), or as a whole for a bilateral agreement.
    """
    WITHDRAWN = "withdrawn"
    """The party has withdrawn from it and the withdrawal has taken effect (VCLT arts. 54 and 56)."""
    TERMINATED = "terminated"
    """Terminated, expired, replaced by a later agreement, or left by one of its two parties; for a party
    that ceased to exist, the agreement no longer applies to it.
    """


#: The statuses in which a party is bound by the agreement.
BOUND = frozenset({Status.CONSENTED, Status.IN_FORCE, Status.SUSPENDED})


class Effect(enum.StrEnum):
    """What an act or a milestone does to the standing of a party or of the agreement."""

    SIGN = "sign"
    """Makes the party a signatory; also its consent where the consent clause makes signature binding (VCLT
    art. 12).
    """
    CONSENT = "consent"
    """Consent to be bound (VCLT arts. 11-16): the party becomes a contracting party, then a party once in
    force for it.
    """
    PROVISIONAL = "provisional"
    """Provisional application (VCLT art. 25)."""
    SUSPEND = "suspend"
    """Suspends the agreement's operation for the party (VCLT arts. 57-58)."""
    RESUME = "resume"
    """Ends the party's suspension."""
    WITHDRAW = "withdraw"
    """Withdrawal, once it takes effect (VCLT arts. 54 and 56)."""
    REVOKE = "revoke"
    """Withdraws a consent not yet in force for the party: it is a signatory again."""
    NON_INTENT = "non_intent"
    """Ends a signatory's signature (VCLT art. 18): it is neither signatory nor party."""
    CEASE = "cease"
    """The party ceased to exist: the agreement no longer applies to it (``terminated`` for it)."""
    NON_EXTENSION = "non_extension"
    """Stops the term from being renewed: the agreement (or, for a multilateral one, the party) ends at the
    term's end.
    """
    EXCHANGE = "exchange"
    """The consent of every party at once (VCLT arts. 13 and 16(a))."""
    ENTER_INTO_FORCE = "enter_into_force"
    """The general entry into force (VCLT art. 24)."""
    PROVISIONAL_ENTRY = "provisional_entry"
    """Provisional entry into force for every signatory (VCLT art. 25)."""
    EXTEND = "extend"
    """Prolongs the term; brings an agreement that had expired back into force."""
    TERMINATE = "terminate"
    """Ends the agreement for everyone (VCLT arts. 54-59)."""
    NONE = "none"
    """Changes no standing: a fact in the record (reservations, domestic steps, registration)."""


#: What each kind of party action does. A test checks that every kind has an entry.
ACTION_EFFECTS: Mapping[PartyActionKind, Effect] = MappingProxyType(
    {
        PartyActionKind.SIGNATURE: Effect.SIGN,
        PartyActionKind.DEFINITIVE_SIGNATURE: Effect.CONSENT,
        PartyActionKind.RATIFICATION: Effect.CONSENT,
        PartyActionKind.ACCEPTANCE: Effect.CONSENT,
        PartyActionKind.APPROVAL: Effect.CONSENT,
        PartyActionKind.ACCESSION: Effect.CONSENT,
        PartyActionKind.SUCCESSION: Effect.CONSENT,
        PartyActionKind.NOTIFICATION: Effect.CONSENT,
        PartyActionKind.PARLIAMENTARY_APPROVAL: Effect.NONE,
        PartyActionKind.RATIFICATION_LAW: Effect.NONE,
        PartyActionKind.RESERVATION: Effect.NONE,
        PartyActionKind.DECLARATION: Effect.NONE,
        PartyActionKind.OBJECTION: Effect.NONE,
        PartyActionKind.PROVISIONAL_APPLICATION: Effect.PROVISIONAL,
        PartyActionKind.SUSPENSION: Effect.SUSPEND,
        PartyActionKind.RESUMPTION: Effect.RESUME,
        PartyActionKind.WITHDRAWAL: Effect.WITHDRAW,
        PartyActionKind.REVOCATION: Effect.REVOKE,
        PartyActionKind.NON_INTENT: Effect.NON_INTENT,
        PartyActionKind.EXTINCTION: Effect.CEASE,
        PartyActionKind.NON_EXTENSION: Effect.NON_EXTENSION,
    }
)

#: What each kind of milestone does. A test checks that every kind has an entry.
MILESTONE_EFFECTS: Mapping[MilestoneKind, Effect] = MappingProxyType(
    {
        MilestoneKind.ADOPTION: Effect.NONE,
        MilestoneKind.OPENING_FOR_SIGNATURE: Effect.NONE,
        MilestoneKind.EXCHANGE_OF_INSTRUMENTS: Effect.EXCHANGE,
        MilestoneKind.ENTRY_INTO_FORCE: Effect.ENTER_INTO_FORCE,
        MilestoneKind.PROVISIONAL_ENTRY_INTO_FORCE: Effect.PROVISIONAL_ENTRY,
        MilestoneKind.REGISTRATION: Effect.NONE,
        MilestoneKind.EXTENSION: Effect.EXTEND,
        MilestoneKind.EXPIRY: Effect.TERMINATE,
        MilestoneKind.TERMINATION: Effect.TERMINATE,
    }
)

#: The relations by which a later agreement ends the one it points at (VCLT arts. 54(b), 59).
ENDING_RELATIONS = frozenset({RelationKind.SUPERSEDES, RelationKind.TERMINATES})

# Facts that may not have happened: a planned act, an unverified claim, a disputed one.

# Ratification, acceptance and approval confirm a signature (art. 14): they cannot precede it.
_CONFIRMING = frozenset({PartyActionKind.RATIFICATION, PartyActionKind.ACCEPTANCE, PartyActionKind.APPROVAL})
_SIGNING = frozenset({PartyActionKind.SIGNATURE, PartyActionKind.DEFINITIVE_SIGNATURE})


# --------------------------------------------------------------------------- dates


def as_day(on: DateLike) -> dt.date:
    """The day a query date stands for: a partial or uncertain date's first day.

    ``on`` is a `datetime.date`, a `PartialDate`, an `UncertainDate` or an ISO string.
    """
    if type(on) is dt.date:
        return on
    if isinstance(on, dt.datetime):
        return on.date()
    return as_date_value(on).earliest()


@documented
@attrs.frozen(kw_only=True)
class DateRange:
    """The days a date may be: the first and the last day it could fall on.

    A date computed from partial dates (a month-precise deposit plus 30 days) is a
    range of days that need not be a calendar month; `date` gives it as a
    `PartialDate` when it is exactly a day, a month or a year.
    """

    earliest: dt.date
    """The first day it may be."""
    latest: dt.date
    """The last day it may be; ``datetime.date.max`` when no end is known."""

    @property
    def known(self) -> bool:
        """Whether the day is known: `earliest` equals `latest`."""
        return self.earliest == self.latest

    @property
    def date(self) -> PartialDate | None:
        """The range as a partial date when it is exactly one day, month or year; else ``None``."""
        return _as_partial(self.earliest, self.latest)

    def __str__(self) -> str:
        exact = self.date
        if exact is not None:
            return str(exact)
        if self.latest == dt.date.max:
            return f"on or after {self.earliest.isoformat()}"
        return f"between {self.earliest.isoformat()} and {self.latest.isoformat()}"


class Basis(enum.StrEnum):
    """Where an entry into force date comes from."""

    RECORDED = "recorded"
    """Recorded: an ``entry_into_force`` milestone, or the date of effect on the party's act."""
    CLAUSE = "clause"
    """Computed from the entry into force clause and the recorded acts."""
    CONSENT = "consent"
    """The day of the party's consent, the agreement being in force already (VCLT art. 24(3))."""
    PARTY = "party"
    """Neither recorded nor computable: it was in force by the first date of effect recorded for a party."""


@documented
@attrs.frozen(kw_only=True)
class EntryIntoForce(DateRange):
    """When an agreement entered (or enters) into force, generally or for one party, and why.

    A `DateRange`: `date` is the partial date when the
    range is exactly a day, a month or a year.
    """

    basis: Basis
    """Where the date comes from."""


def _as_partial(first: dt.date, last: dt.date) -> PartialDate | None:
    if first == last:
        return PartialDate.of(first)
    if first.day == 1 and last == PartialDate(year=first.year, month=first.month).latest():
        return PartialDate(year=first.year, month=first.month)
    if (first.month, first.day, last.month, last.day) == (1, 1, 12, 31) and first.year == last.year:
        return PartialDate(year=first.year)
    return None


# The pair a date's own `_days` is, so that a date's window is read, not built.
_Window = _Days


_ALWAYS = _Window(dt.date.min, dt.date.max)


def _window(date: DateValue | None) -> _Window:
    if date is None:
        return _ALWAYS
    return date._days


def _act_window(action: PartyAction) -> _Window:
    """The days an act may have been made on: its date; undated, by its date of effect at the latest."""
    if action.date is None and action.effective is not None:
        return _Window(dt.date.min, action.effective.latest())
    return _window(action.date)


def _shift(window: _Window, period: Period | None) -> _Window:
    if period is None or (period.years == period.months == period.days == 0):
        return window
    first = window.first if window.first == dt.date.min else period.after(window.first)
    last = window.last if window.last == dt.date.max else period.after(window.last)
    return _Window(first, last)


def _latest_of(windows: Iterable[_Window]) -> _Window:
    firsts, lasts = zip(*windows, strict=True)
    return _Window(max(firsts), max(lasts))


# --------------------------------------------------------------------------- standing


@documented
@attrs.frozen(kw_only=True)
class Standing:
    """Where an agreement stands on one day, for one party or as a whole, with what is unsettled.

    Example:
        >>> from treatymodel.lifecycle import Standing, Status
        >>> Standing(status=None, possible=frozenset({Status.SIGNED, Status.CONSENTED})).settled
        False
    """

    status: Status | None
    """The status when the record settles it; ``None`` before the first act, and when the record leaves it
    unsettled.
    """
    possible: frozenset[Status | None]
    """Every status the facts allow that day (``None`` among them when it may be that nothing had happened
    yet).
    """

    @property
    def settled(self) -> bool:
        """Whether the facts allow exactly one status."""
        return len(self.possible) == 1

    def may_be(self, status: Status | None) -> bool:
        """Whether the facts allow ``status``."""
        return status in self.possible


# Party stages. A party's state is (stage, provisional, suspended, stage before termination).
_NONE, _SIGNED, _CONSENTED, _IN_FORCE, _WITHDRAWN, _TERMINATED, _RENOUNCED = range(7)
# A party that had not joined, had renounced its signature or had withdrawn when the
# agreement ended keeps that standing, and no later act of it changes anything.
_ENDED = {_NONE: 7, _RENOUNCED: 8, _WITHDRAWN: 9}
_ENDED_FROM = {ended: stage for stage, ended in _ENDED.items()}
_State = tuple[int, bool, bool, int]
_START: _State = (_NONE, False, False, -1)

# Operations on a party's state (the effects, resolved against the agreement's clauses).
(
    _OP_SIGN,
    _OP_SIGN_MAYBE_CONSENT,
    _OP_CONSENT,
    _OP_IN_FORCE,
    _OP_IN_FORCE_ALL,
    _OP_PROVISIONAL,
    _OP_PROVISIONAL_ALL,
    _OP_SUSPEND,
    _OP_RESUME,
    _OP_WITHDRAW,
    _OP_REVOKE,
    _OP_NON_INTENT,
    _OP_TERMINATE,
    _OP_EXTEND,
    _OP_CEASE,
    _OP_LEAVE,
) = range(16)

# Whole-agreement stages, and its state: (stage, parties withdrawn, stage before termination).
_W_NONE, _W_SIGNED, _W_PROVISIONAL, _W_IN_FORCE, _W_SUSPENDED, _W_TERMINATED = range(6)
_WState = tuple[int, int, int]
_W_START: _WState = (_W_NONE, 0, -1)
(_W_OP_SIGN, _W_OP_EIF, _W_OP_PROVISIONAL, _W_OP_SUSPEND, _W_OP_RESUME, _W_OP_WITHDRAW, _W_OP_TERMINATE) = (
    range(7)
)
_W_OP_EXTEND = 7

_WHOLE_STATUS = {
    _W_NONE: None,
    _W_SIGNED: Status.SIGNED,
    _W_PROVISIONAL: Status.PROVISIONALLY_APPLIED,
    _W_IN_FORCE: Status.IN_FORCE,
    _W_SUSPENDED: Status.SUSPENDED,
    _W_TERMINATED: Status.TERMINATED,
}


def _party_status(state: _State) -> Status | None:
    stage, provisional, suspended, _ = state
    if stage == _IN_FORCE:
        return Status.SUSPENDED if suspended else Status.IN_FORCE
    if stage in (_SIGNED, _CONSENTED) and provisional:
        return Status.PROVISIONALLY_APPLIED
    return _STAGE_STATUS[stage]


_STAGE_STATUS = {
    _NONE: None,
    _SIGNED: Status.SIGNED,
    _CONSENTED: Status.CONSENTED,
    _IN_FORCE: Status.IN_FORCE,
    _WITHDRAWN: Status.WITHDRAWN,
    _TERMINATED: Status.TERMINATED,
    _RENOUNCED: None,
    _ENDED[_NONE]: None,
    _ENDED[_RENOUNCED]: None,
    _ENDED[_WITHDRAWN]: Status.WITHDRAWN,
}


class _Step(NamedTuple):
    """One thing that happens to a party or to the agreement, with the days it may fall on."""

    first: dt.date
    last: dt.date
    rank: int  # settles ties between acts of the same days: signing before consent before leaving
    order: int  # order in the record, the last tie-breaker
    op: int
    disputed: bool
    confirms: bool  # a ratification, acceptance or approval by a party that has signed
    derived: bool  # computed by the engine (entry into force for a party): never out of place


_Outcome = tuple[object, bool]  # a state and whether every act fitted


def _party_apply(state: _State, step: _Step) -> tuple[_Outcome, ...]:
    """The states ``step`` leads to from ``state``, each with whether the act fits it."""
    stage, provisional, suspended, before = state
    op = step.op
    if op == _OP_IN_FORCE:
        if stage == _CONSENTED:
            return (((_IN_FORCE, False, False, -1), True),)
        return ((state, True),)
    if op == _OP_IN_FORCE_ALL:  # a bilateral agreement in force binds both parties
        if stage in (_NONE, _SIGNED, _CONSENTED):
            return (((_IN_FORCE, False, False, -1), True),)
        return ((state, True),)
    if op == _OP_TERMINATE:
        if stage in (_SIGNED, _CONSENTED, _IN_FORCE):
            return (((_TERMINATED, False, False, stage), True),)
        if stage in _ENDED:
            return (((_ENDED[stage], False, False, -1), True),)
        return ((state, True),)
    if op == _OP_EXTEND:
        if stage == _TERMINATED and before >= 0:
            return (((before, False, False, -1), True),)
        if stage in _ENDED_FROM:
            return (((_ENDED_FROM[stage], False, False, -1), True),)
        return ((state, True),)
    if op == _OP_LEAVE:
        # Out at a term's end by its own notice, whichever of that end and the agreement's own end
        # comes first; a later prolongation does not bring it back (VCLT arts. 34, 40(4)).
        if stage in (_CONSENTED, _IN_FORCE) or (stage == _SIGNED and provisional):
            return (((_WITHDRAWN, False, False, -1), True),)
        if stage == _TERMINATED and before in (_CONSENTED, _IN_FORCE):
            return (((_ENDED[_WITHDRAWN], False, False, -1), True),)
        return ((state, True),)
    if op == _OP_PROVISIONAL_ALL:
        if stage in (_SIGNED, _CONSENTED):
            return (((stage, True, False, -1), True),)
        return ((state, True),)
    if stage == _TERMINATED or stage in _ENDED_FROM:
        return ((state, step.derived),)  # nothing an act does changes a terminated agreement
    if op == _OP_CEASE:
        return (((_TERMINATED, False, False, -1), True),)
    if op == _OP_SIGN:
        if stage in (_NONE, _RENOUNCED, _WITHDRAWN):
            return (((_SIGNED, False, False, -1), True),)
        return ((state, True),)  # a second signature for the same party
    if op == _OP_CONSENT:
        return (_consent(state, step.confirms),)
    if op == _OP_SIGN_MAYBE_CONSENT:
        signed = (
            ((_SIGNED, provisional, False, -1), True)
            if stage in (_NONE, _RENOUNCED, _WITHDRAWN, _SIGNED)
            else None
        )
        consented = _consent(state, False) if stage in (_NONE, _RENOUNCED, _WITHDRAWN, _SIGNED) else None
        found = tuple(x for x in (signed, consented) if x is not None)
        return found or ((state, True),)
    if op == _OP_PROVISIONAL:
        if stage in (_NONE, _SIGNED, _CONSENTED):
            return (((max(stage, _SIGNED), True, False, -1), True),)
        return ((state, False),)
    if op == _OP_SUSPEND:
        if stage == _IN_FORCE and not suspended:
            return (((stage, False, True, -1), True),)
        if stage in (_SIGNED, _CONSENTED) and provisional:  # ends provisional application (art. 25(2))
            return (((stage, False, False, -1), True),)
        return ((state, False),)
    if op == _OP_RESUME:
        if stage == _IN_FORCE and suspended:
            return (((stage, False, False, -1), True),)
        return ((state, False),)
    if op == _OP_WITHDRAW:
        bound = stage in (_CONSENTED, _IN_FORCE) or (stage == _SIGNED and provisional)
        return (((_WITHDRAWN, False, False, -1), bound),)
    if op == _OP_REVOKE:
        if stage == _CONSENTED:
            back = _SIGNED if step.confirms else _NONE
            return (((back, False, False, -1), True),)
        return ((state, False),)
    if op == _OP_NON_INTENT:
        if stage == _SIGNED and not provisional:
            return (((_RENOUNCED, False, False, -1), True),)
        if stage == _NONE and not step.confirms:
            return (((_RENOUNCED, False, False, -1), True),)
        return ((state, False),)
    raise AssertionError(f"unknown operation {op}")  # pragma: no cover


def _consent(state: _State, confirms: bool) -> _Outcome:
    stage, provisional, _, _ = state
    if stage == _NONE:
        return ((_CONSENTED, provisional, False, -1), not confirms)
    if stage in (_SIGNED, _RENOUNCED, _WITHDRAWN):
        return ((_CONSENTED, provisional, False, -1), True)
    return (state, False)  # already bound


def _whole_apply(state: _WState, step: _Step, parties: int) -> tuple[_Outcome, ...]:
    stage, withdrawn, before = state
    op = step.op
    if op == _W_OP_SIGN:
        return (((_W_SIGNED, withdrawn, -1), True) if stage == _W_NONE else (state, True),)
    if op == _W_OP_EIF:
        if stage in (_W_NONE, _W_SIGNED, _W_PROVISIONAL):
            return (((_W_IN_FORCE, withdrawn, -1), True),)
        return ((state, stage != _W_TERMINATED),)
    if op == _W_OP_PROVISIONAL:
        if stage in (_W_NONE, _W_SIGNED):
            return (((_W_PROVISIONAL, withdrawn, -1), True),)
        return ((state, True),)
    if op == _W_OP_SUSPEND:
        if stage == _W_IN_FORCE:
            return (((_W_SUSPENDED, withdrawn, -1), True),)
        return ((state, stage == _W_SUSPENDED),)
    if op == _W_OP_RESUME:
        if stage == _W_SUSPENDED:
            return (((_W_IN_FORCE, withdrawn, -1), True),)
        return ((state, False),)
    if op == _W_OP_WITHDRAW:
        gone = withdrawn + 1
        if stage in (_W_IN_FORCE, _W_SUSPENDED, _W_PROVISIONAL):  # only a bilateral one has this step
            return (((_W_TERMINATED, gone, stage), True),)
        return (((stage, gone, before), True),)
    if op == _W_OP_TERMINATE:
        if stage == _W_TERMINATED:
            return ((state, True),)
        return (((_W_TERMINATED, withdrawn, stage), True),)
    if op == _W_OP_EXTEND:
        if stage == _W_TERMINATED and before >= 0:
            return (((before, withdrawn, -1), True),)
        return ((state, True),)
    raise AssertionError(f"unknown operation {op}")  # pragma: no cover


def _outcomes(
    steps: Sequence[_Step],
    day: dt.date,
    start: object,
    apply: Callable[[object, _Step], tuple[_Outcome, ...]],
) -> frozenset[object]:
    """Every state the facts allow on ``day``, trying every order the dates allow."""
    relevant = [s for s in steps if s.first <= day]
    outcomes: set[_Outcome] = {(start, True)}
    cluster: list[_Step] = []
    reach = dt.date.min
    for step in relevant:
        if cluster and reach < step.first:
            outcomes = _run_cluster(cluster, day, outcomes, apply)
            cluster = []
        cluster.append(step)
        reach = max(reach, step.last) if cluster[1:] else step.last
    if cluster:
        outcomes = _run_cluster(cluster, day, outcomes, apply)
    fitting = {state for state, ok in outcomes if ok}
    return frozenset(fitting or {state for state, _ in outcomes})


_CONSENTING_OPS = frozenset({_OP_CONSENT, _OP_SIGN_MAYBE_CONSENT})


def _precedes(first: _Step, then: _Step) -> bool:
    """Whether ``first`` must come before ``then``: by their dates, or as an act before its own effect."""
    if first.last < then.first:
        return True
    # A party's entry into force by an act of consent follows that act, even on the same day.
    return then.op == _OP_IN_FORCE and first.op in _CONSENTING_OPS and first.order == then.order


def _certain(step: _Step, day: dt.date) -> bool:
    return step.last <= day and not step.disputed


def _run_cluster(
    cluster: list[_Step],
    day: dt.date,
    incoming: set[_Outcome],
    apply: Callable[[object, _Step], tuple[_Outcome, ...]],
) -> set[_Outcome]:
    if len(cluster) == 1:
        (step,) = cluster
        out: set[_Outcome] = set()
        for state, ok in incoming:
            if not _certain(step, day):
                out.add((state, ok))
            for after, fits in apply(state, step):
                out.add((after, ok and fits))
        return out
    # Several steps whose dates overlap: try every order the dates allow. A step must
    # come after every step that certainly precedes it; one that may not have happened
    # yet by `day` may be left out.
    n = len(cluster)
    before = [sum(1 << j for j in range(n) if _precedes(cluster[j], cluster[i])) for i in range(n)]
    needed = sum(1 << i for i in range(n) if _certain(cluster[i], day))
    memo: dict[tuple[int, object, bool], set[_Outcome]] = {}

    def explore(placed: int, state: object, ok: bool) -> set[_Outcome]:
        key = (placed, state, ok)
        found = memo.get(key)
        if found is not None:
            return found
        result: set[_Outcome] = set()
        if placed & needed == needed:
            result.add((state, ok))
        for i in range(n):
            bit = 1 << i
            if placed & bit or before[i] & placed != before[i]:
                continue
            for after, fits in apply(state, cluster[i]):
                result |= explore(placed | bit, after, ok and fits)
        memo[key] = result
        return result

    out = set()
    for state, ok in incoming:
        out |= explore(0, state, ok)
    return out


class _Timeline:
    """The possible standings of one subject (a party, or the whole), from one change to the next."""

    __slots__ = ("starts", "values")

    def __init__(
        self,
        steps: Sequence[_Step],
        start: object,
        apply: Callable[[object, _Step], tuple[_Outcome, ...]],
        to_status: Callable[[object], Status | None],
    ) -> None:
        days = sorted({d for s in steps for d in (s.first, s.last) if d != dt.date.max})
        self.starts: list[dt.date] = [dt.date.min]
        self.values: list[frozenset[Status | None]] = [frozenset({to_status(start)})]
        for day in days:
            states = _outcomes(steps, day, start, apply)
            value = frozenset(to_status(s) for s in states)
            if day == dt.date.min:
                self.values[0] = value
            elif value != self.values[-1]:
                self.starts.append(day)
                self.values.append(value)

    def on(self, day: dt.date) -> frozenset[Status | None]:
        return self.values[bisect.bisect_right(self.starts, day) - 1]


# --------------------------------------------------------------------------- the engine


def _signature_consents(agreement: Agreement) -> bool | None:
    """Whether a signature expresses consent: per the clauses, or ``None`` when unknown."""
    if agreement.consent_clause is not None:
        return agreement.consent_clause.by_signature
    clause = agreement.entry_into_force_clause
    if clause is not None and clause.mode is EntryIntoForceMode.ON_SIGNATURE:
        return True
    if agreement.legally_binding is False:
        return False  # nothing in a political instrument binds
    return None


_RANK = {
    Effect.SIGN: 0,
    Effect.PROVISIONAL: 1,
    Effect.CONSENT: 2,
    Effect.EXCHANGE: 2,
    Effect.NONE: 3,
    Effect.SUSPEND: 4,
    Effect.RESUME: 5,
    Effect.NON_INTENT: 6,
    Effect.REVOKE: 6,
    Effect.WITHDRAW: 7,
    Effect.NON_EXTENSION: 7,
    Effect.CEASE: 8,
}
_RANK_IN_FORCE = 3
_RANK_AGREEMENT = 8


class _Consent(NamedTuple):
    """One party's act of consent, with the days it may have been made and its own date of effect."""

    window: _Window
    effective: _Window | None
    order: int
    confirms: bool
    notification: bool


class Lifecycle:
    """The lifecycle of one agreement, computed once from its records; ask it about any day.

    Build one with `lifecycle` (or `treatymodel.Dossier.lifecycle`,
    which also knows the later agreements that end this one).

    Args:
        agreement: The agreement.
        replaced_by: The relations of later agreements that supersede or
            terminate it, each with the later agreement.
        confirmed_only: Count only confirmed facts (see `lifecycle`).
    """

    __slots__ = (
        "_bilateral",
        "_clause_eif",
        "_confirmed_only",
        "_consents",
        "_ending",
        "_general",
        "_general_doubtful",
        "_leaving",
        "_parties",
        "_party_steps",
        "_signed",
        "_term",
        "_timelines",
        "_whole_steps",
        "agreement",
    )

    def __init__(
        self,
        agreement: Agreement,
        *,
        replaced_by: Sequence[tuple[Relation, Agreement]] = (),
        confirmed_only: bool = False,
    ) -> None:
        self.agreement = agreement
        self._confirmed_only = confirmed_only
        # Its parties; where they are not known, whoever signed or acted.
        self._parties: tuple[PartyRef, ...] = tuple(dict.fromkeys(agreement.participants))
        # Bilateral as recorded; failing that, as its two parties suggest. A multilateral
        # record listing only two of its parties should say bilateral: false.
        self._bilateral = is_bilateral(agreement)
        self._timelines: dict[PartyRef | None, _Timeline] = {}
        members = set(self._parties)
        self._signed: set[PartyRef] = {s.party for s in agreement.signatures}
        self._signed.update(a.party for a in agreement.party_actions if a.kind in _SIGNING)
        self._consents: dict[PartyRef, list[_Consent]] = {}
        self._leaving: dict[PartyRef, list[_Window]] = {}
        by_signature = _signature_consents(agreement)
        for k, action in enumerate(agreement.party_actions):
            if action.party not in members:
                continue  # an act by a non-party is the rules' business (TM-L004)
            effect = ACTION_EFFECTS[action.kind]
            is_consent = effect is Effect.CONSENT or (effect is Effect.SIGN and by_signature is True)
            if is_consent:
                self._consents.setdefault(action.party, []).append(
                    _Consent(
                        _consent_window(action),
                        _effect_window(action),
                        k,
                        action.kind in _CONFIRMING and action.party in self._signed,
                        action.kind is PartyActionKind.NOTIFICATION,
                    )
                )
            elif effect in (Effect.WITHDRAW, Effect.REVOKE):
                self._leaving.setdefault(action.party, []).append(self._leave_window(action))
        if by_signature is True:
            offset = len(agreement.party_actions)
            for k, sig in enumerate(agreement.signatures):
                if sig.party in members and not sig.ad_referendum:
                    self._consents.setdefault(sig.party, []).append(
                        _Consent(_window(sig.date), None, offset + k, False, False)
                    )
        for m in agreement.milestones:
            if m.kind is MilestoneKind.EXCHANGE_OF_INSTRUMENTS:
                for party in self._parties:
                    self._consents.setdefault(party, []).append(
                        _Consent(_window(m.date), None, -1, False, False)
                    )
        self._clause_eif = self._from_clause()
        self._general = self._recorded_eif() or self._clause_eif or self._inferred_eif()
        # Bound from a date whose own record is in doubt (a planned entry into force)?
        self._general_doubtful = (
            self._general is not None
            and self._general.basis is Basis.RECORDED
            and all(
                self._doubtful(m) for m in agreement.milestones if m.kind is MilestoneKind.ENTRY_INTO_FORCE
            )
        )
        self._ending = self._ending_windows(replaced_by)
        self._term = self._term_steps()
        self._whole_steps = self._build_whole_steps()
        self._party_steps: dict[PartyRef, list[_Step]] = {}

    # ------------------------------------------------------------ entry into force

    def _doubtful(self, record: Any) -> bool:
        """Whether a record's facts may not have happened: planned, unverified or disputed.

        A record without a certainty of its own takes the agreement's. With
        ``confirmed_only``, anything not confirmed is in doubt.
        """
        certainty = record.certainty if record.certainty is not None else self.agreement.certainty
        return in_doubt(None if certainty is None else certainty.level, confirmed_only=self._confirmed_only)

    def _recorded_eif(self) -> EntryIntoForce | None:
        dates = [m.date for m in self.agreement.milestones if m.kind is MilestoneKind.ENTRY_INTO_FORCE]
        if not dates:
            return None
        first = min(dates, key=lambda d: (d.earliest(), d.latest()))
        return EntryIntoForce(earliest=first.earliest(), latest=first.latest(), basis=Basis.RECORDED)

    def _inferred_eif(self) -> EntryIntoForce | None:
        """Failing a recorded or computed date: in force by the first date of effect recorded for a party.

        It may have entered into force earlier, but not before the first consent.
        """
        effects = [c.effective for cs in self._consents.values() for c in cs if c.effective is not None]
        if not effects:
            return None
        by = min(effects, key=lambda w: w.last)
        first = min(c.window.first for cs in self._consents.values() for c in cs)
        return EntryIntoForce(earliest=min(first, by.last), latest=by.last, basis=Basis.PARTY)

    def _from_clause(self) -> EntryIntoForce | None:
        clause = self.agreement.entry_into_force_clause
        if clause is None:
            return None
        mode = clause.mode
        window: _Window | None
        if mode is EntryIntoForceMode.ON_DATE:
            window = _window(clause.date)
        elif mode is EntryIntoForceMode.ON_EXCHANGE_OF_INSTRUMENTS:
            dates = [
                _window(m.date)
                for m in self.agreement.milestones
                if m.kind is MilestoneKind.EXCHANGE_OF_INSTRUMENTS
            ]
            window = min(dates) if dates else None
        elif mode is EntryIntoForceMode.ON_SIGNATURE:
            windows: dict[PartyRef, list[_Window]] = {}
            for sig in self.agreement.signatures:
                windows.setdefault(sig.party, []).append(_window(sig.date))
            for a in self.agreement.party_actions:
                if a.kind in _SIGNING and a.party in self._parties:
                    windows.setdefault(a.party, []).append(_act_window(a))
            window = self._threshold(windows, len(self._parties), self._parties)
        else:
            notifications = mode is EntryIntoForceMode.AFTER_LAST_NOTIFICATION
            windows = {
                p: [c.window for c in cs if c.notification or not notifications]
                for p, cs in self._consents.items()
            }
            if mode is EntryIntoForceMode.AFTER_INSTRUMENTS:
                window = self._threshold(windows, clause.instruments or 0, clause.required)
            else:
                window = self._threshold(windows, len(self._parties), self._parties)
        if window is None:
            return None
        window = _shift(window, clause.delay)
        if clause.not_before is not None:
            window = _latest_of((window, _window(clause.not_before)))
        return EntryIntoForce(earliest=window.first, latest=window.last, basis=Basis.CLAUSE)

    def _threshold(
        self, consents: Mapping[PartyRef, list[_Window]], count: int, required: Sequence[PartyRef]
    ) -> _Window | None:
        """The days on which ``count`` parties, ``required`` among them, may first have stood consented."""
        early = _first_day(consents, self._leaving, count, required, optimistic=True)
        if early is None:
            return None
        late = _first_day(consents, self._leaving, count, required, optimistic=False)
        return _Window(early, late if late is not None else dt.date.max)

    def entry_into_force(self, party: PartyRef | None = None) -> EntryIntoForce | None:
        """When the agreement entered into force, generally or for ``party``; ``None`` if it has not.

        The general date is the ``entry_into_force`` milestone when recorded, else
        the date the entry into force clause gives from the recorded acts. For a
        party: the latest of the general date, the date of effect recorded on its
        consent and its own deposit plus the clause's ``later_parties`` period (or
        its deposit alone, VCLT art. 24(3)); ``None`` while it has not consented,
        or when the general date is not known. For a bilateral agreement in force,
        both parties are bound from its entry into force.
        """
        if party is None:
            return self._general
        if party not in self._parties:
            return None
        consents = self._consents.get(party)
        if not consents:
            if self._general is not None and self._bilateral:
                return self._general
            return None
        consent = max(consents, key=lambda c: (c.window.first, c.order))
        window = self._party_window(consent)
        if window is None:
            return None
        if self._general is not None and window == (self._general.earliest, self._general.latest):
            basis = self._general.basis
        elif consent.effective is not None and window == consent.effective:
            basis = Basis.RECORDED
        elif self._later_delay() is not None:
            basis = Basis.CLAUSE
        else:
            basis = Basis.CONSENT
        return EntryIntoForce(earliest=window.first, latest=window.last, basis=basis)

    def clause_entry_into_force(self) -> EntryIntoForce | None:
        """The general entry into force the clause gives from the recorded acts, whatever is recorded."""
        return self._clause_eif

    def _later_delay(self) -> Period | None:
        clause = self.agreement.entry_into_force_clause
        return None if clause is None else clause.later_parties

    def _party_window(self, consent: _Consent) -> _Window | None:
        """The days the agreement may have come into force for a party by ``consent``."""
        parts = [_shift(consent.window, self._later_delay())]
        if consent.effective is not None:
            parts.append(consent.effective)
        if self._general is not None:
            parts.append(_Window(self._general.earliest, self._general.latest))
        elif consent.effective is None:
            return None  # in force for it only once in force at all, which is not known
        return _latest_of(parts)

    def _leave_window(self, action: PartyAction) -> _Window:
        if action.kind is not PartyActionKind.WITHDRAWAL:
            return _window(action.date)
        return _withdrawal_window(self.agreement, action)

    def withdrawal_effect(self, action: PartyAction) -> DateRange:
        """The days a withdrawal may take effect: recorded, or its notification plus the clause's notice.

        Without either, it takes effect on or after its notification, on a day not
        known (VCLT art. 56(2) sets only a minimum).
        """
        window = _withdrawal_window(self.agreement, action)
        return DateRange(earliest=window.first, latest=window.last)

    # ------------------------------------------------------------ steps

    def _ending_windows(self, replaced_by: Sequence[tuple[Relation, Agreement]]) -> list[_Window]:
        found = []
        for relation, later in replaced_by:
            if relation.kind not in ENDING_RELATIONS or relation.target != self.agreement.id:
                continue
            if relation.date is not None:
                found.append(_window(relation.date))
                continue
            entry = general_entry_into_force(later)
            if entry is not None:
                found.append(_Window(entry.earliest, entry.latest))
        return found

    def _term_steps(self) -> tuple[list[tuple[_Window, int, bool]], list[tuple[PartyRef, _Window, bool]]]:
        """When the term ends (and revives), for everyone; and who leaves at a term's end.

        Each with whether it may not happen: a notice in doubt, or an end the facts leave open.
        """
        agreement = self.agreement
        if agreement.term is None:
            return [], []
        start = self._term_start()
        if start is None:
            return [], []
        notices = [
            (a.party, _window(a.date), bool(a.disputed_by) or self._doubtful(a))
            for a in agreement.party_actions
            if a.kind is PartyActionKind.NON_EXTENSION and a.party in self._parties
        ]
        # Renewals are listed past the last notice, so that every notice has an end it comes before.
        horizon = max((w.last for _, w, _ in notices if w.last != dt.date.max), default=dt.date.min)
        ends, gaps, complete = self._term_chain(start, horizon)
        out = [(w, op, False) for w, op in gaps]
        last = ends[-1].window
        if complete and last.first != dt.date.max:  # else the term ends after 31 December 9999: never
            out.append((last, _OP_TERMINATE, False))
        leaving: list[tuple[PartyRef, _Window, bool]] = []
        for party, sent, doubtful in notices:
            found = (_stop if self._bilateral else _leaving)(ends, complete, sent)
            if found is None:
                continue
            when, open_ = found
            if self._bilateral:
                out.append((when, _OP_TERMINATE, open_ or doubtful))
            else:
                leaving.append((party, when, open_ or doubtful))
        return out, leaving

    def _term_chain(
        self, start: _Window, horizon: dt.date, known_by: dt.date = dt.date.max
    ) -> tuple[list[_End], list[tuple[_Window, int]], bool]:
        """The successive ends of the term, the gaps in it, and whether the last end listed is its last.

        Automatic renewals and the extension milestones dated by ``known_by`` carry
        it on, in date order; renewals without limit are listed until one ends after
        ``horizon``. An extension dated after an end nothing else carried it past
        leaves a gap: the agreement ends, then revives.
        """
        term = self.agreement.term
        assert term is not None
        period = (
            None if term.renewal is None else Period(years=term.renewal_years, months=term.renewal_months)
        )
        extensions = sorted(
            (
                m
                for m in self.agreement.milestones
                if m.kind is MilestoneKind.EXTENSION and m.date.latest() <= known_by
            ),
            key=lambda m: (m.date.earliest(), m.date.latest()),
        )
        ends: list[_End] = []
        gaps: list[tuple[_Window, int]] = []
        end = _shift(start, Period(years=term.years, months=term.months))
        renews = term.automatic_renewal and period is not None
        allowed = None if term.max_extensions is None else term.max_extensions - len(extensions)
        renewals = 0
        for m in extensions:
            when = _window(m.date)
            # The term renews by itself at every end that certainly passes before the extension.
            while renews and end.last < when.first and (allowed is None or renewals < allowed):
                ends.append(_End(end, None, True))
                end, renewals = _shift(end, period), renewals + 1
            if when.first > end.last:  # extended after it had expired: a gap, then revived
                gaps += [(end, _OP_TERMINATE), (when, _OP_EXTEND)]
            ends.append(_End(end, when, False))
            if m.until is not None:
                end = _window(m.until)
            elif period is not None:
                end = _shift(end, period)
            else:
                end = _Window(end.first, dt.date.max)
        while renews and (allowed is None or renewals < allowed):
            ends.append(_End(end, None, True))
            if (
                allowed is None and (end.first > horizon or end.last == dt.date.max)
            ) or end.first.year >= 9999:
                return ends, gaps, False  # renews for ever, as far as the record tells
            end, renewals = _shift(end, period), renewals + 1
        ends.append(_End(end, None, False))
        return ends, gaps, True

    def _term_start(self) -> _Window | None:
        if self._general is not None:
            return _Window(self._general.earliest, self._general.latest)
        if self.agreement.date is not None:
            return _window(self.agreement.date)
        return None

    def _build_whole_steps(self) -> list[_Step]:
        agreement = self.agreement
        steps: list[_Step] = []
        signing = [_window(s.date) for s in agreement.signatures]
        signing += [
            _window(a.date)
            for a in agreement.party_actions
            if ACTION_EFFECTS[a.kind] in (Effect.SIGN, Effect.CONSENT, Effect.PROVISIONAL)
            and a.date is not None
        ]
        if not signing and agreement.date is not None:
            signing.append(_window(agreement.date))
        if signing:
            first = min(w.first for w in signing)
            last = min(w.last for w in signing)
            steps.append(_Step(first, last, 0, -1, _W_OP_SIGN, self._doubtful(agreement), False, True))
        for k, m in enumerate(agreement.milestones):
            effect = MILESTONE_EFFECTS[m.kind]
            op = {
                Effect.ENTER_INTO_FORCE: _W_OP_EIF,
                Effect.PROVISIONAL_ENTRY: _W_OP_PROVISIONAL,
                Effect.TERMINATE: _W_OP_TERMINATE,
            }.get(effect)
            if op is not None:
                w = _window(m.date)
                steps.append(_Step(w.first, w.last, _RANK_AGREEMENT, k, op, self._doubtful(m), False, False))
        if self._general is not None and self._general.basis in (Basis.CLAUSE, Basis.PARTY):
            g = self._general
            steps.append(_Step(g.earliest, g.latest, _RANK_AGREEMENT, -1, _W_OP_EIF, False, False, True))
        bilateral = self._bilateral
        members = set(self._parties)
        for k, a in enumerate(agreement.party_actions):
            if a.party not in members:
                continue
            effect = ACTION_EFFECTS[a.kind]
            disputed = bool(a.disputed_by) or self._doubtful(a)
            if effect is Effect.PROVISIONAL:
                w = _window(a.date)
                steps.append(_Step(w.first, w.last, 1, k, _W_OP_PROVISIONAL, disputed, False, False))
            elif effect in (Effect.SUSPEND, Effect.RESUME) and bilateral:
                w = _suspension_window(a)
                op = _W_OP_SUSPEND if effect is Effect.SUSPEND else _W_OP_RESUME
                steps.append(_Step(w.first, w.last, _RANK[effect], k, op, disputed, False, False))
            elif effect is Effect.WITHDRAW and bilateral:  # one of its two parties leaving ends it
                w = _withdrawal_window(agreement, a)
                steps.append(_Step(w.first, w.last, 7, k, _W_OP_WITHDRAW, disputed, False, True))
        ends, _ = self._term  # a multilateral party leaving at the term's end does not end the whole
        for w, op, open_ in ends:
            whole_op = _W_OP_TERMINATE if op == _OP_TERMINATE else _W_OP_EXTEND
            steps.append(_Step(w.first, w.last, _RANK_AGREEMENT, -1, whole_op, open_, False, True))
        for w in self._ending:
            steps.append(_Step(w.first, w.last, _RANK_AGREEMENT, -1, _W_OP_TERMINATE, False, False, True))
        for k, m in enumerate(agreement.milestones):
            if m.kind is MilestoneKind.EXTENSION:
                w = _window(m.date)
                steps.append(_Step(w.first, w.last, _RANK_AGREEMENT, k, _W_OP_EXTEND, False, False, True))
        steps.sort()
        return steps

    def _steps_of(self, party: PartyRef) -> list[_Step]:
        cached = self._party_steps.get(party)
        if cached is not None:
            return cached
        agreement = self.agreement
        by_signature = _signature_consents(agreement)
        steps: list[_Step] = []
        has_signed = party in self._signed
        offset = len(agreement.party_actions)
        sign_windows = [
            (_window(s.date), s.ad_referendum, offset + k, self._doubtful(s))
            for k, s in enumerate(agreement.signatures)
            if s.party == party
        ]
        for w, ad_referendum, k, doubtful in sign_windows:
            op = _OP_SIGN
            if not ad_referendum and by_signature is True:
                op = _OP_CONSENT
            elif not ad_referendum and by_signature is None:
                op = _OP_SIGN_MAYBE_CONSENT
            steps.append(_Step(w.first, w.last, 0, k, op, doubtful, False, False))
            if op != _OP_SIGN:
                self._in_force_step(steps, _Consent(w, None, k, False, False))
        for k, a in enumerate(agreement.party_actions):
            if a.party != party:
                continue
            effect = ACTION_EFFECTS[a.kind]
            if effect is Effect.NONE or effect is Effect.NON_EXTENSION:
                continue
            w = _act_window(a)
            disputed = bool(a.disputed_by) or self._doubtful(a)
            rank = _RANK[effect]
            if effect is Effect.SIGN:
                op = {True: _OP_CONSENT, False: _OP_SIGN, None: _OP_SIGN_MAYBE_CONSENT}[by_signature]
                steps.append(_Step(w.first, w.last, rank, k, op, disputed, False, False))
                if op != _OP_SIGN:
                    self._in_force_step(steps, _Consent(w, _opt_window(a.effective), k, False, False))
            elif effect is Effect.CONSENT:
                w = _consent_window(a)
                confirms = a.kind in _CONFIRMING and has_signed
                steps.append(_Step(w.first, w.last, rank, k, _OP_CONSENT, disputed, confirms, False))
                self._in_force_step(steps, _Consent(w, _effect_window(a), k, confirms, False))
            elif effect is Effect.WITHDRAW:
                e = _withdrawal_window(agreement, a)
                steps.append(_Step(e.first, e.last, rank, k, _OP_WITHDRAW, disputed, False, False))
            else:
                if effect in (Effect.SUSPEND, Effect.RESUME):
                    w = _suspension_window(a)
                op = {
                    Effect.PROVISIONAL: _OP_PROVISIONAL,
                    Effect.SUSPEND: _OP_SUSPEND,
                    Effect.RESUME: _OP_RESUME,
                    Effect.REVOKE: _OP_REVOKE,
                    Effect.NON_INTENT: _OP_NON_INTENT,
                    Effect.CEASE: _OP_CEASE,
                }[effect]
                steps.append(_Step(w.first, w.last, rank, k, op, disputed, has_signed, False))
        for k, m in enumerate(agreement.milestones):
            effect = MILESTONE_EFFECTS[m.kind]
            w = _window(m.date)
            if effect is Effect.EXCHANGE:
                # Numbered after the acts and signatures: an act with the same number would
                # count as this consent's own (it must precede the entry into force), and
                # with dates that say otherwise no order of the steps would remain.
                order = offset + len(agreement.signatures) + k
                steps.append(_Step(w.first, w.last, 2, order, _OP_CONSENT, self._doubtful(m), False, True))
                self._in_force_step(steps, _Consent(w, None, order, False, False))
            elif effect is Effect.PROVISIONAL_ENTRY:
                steps.append(
                    _Step(
                        w.first,
                        w.last,
                        _RANK_AGREEMENT,
                        k,
                        _OP_PROVISIONAL_ALL,
                        self._doubtful(m),
                        False,
                        True,
                    )
                )
            elif effect is Effect.TERMINATE:
                steps.append(
                    _Step(w.first, w.last, _RANK_AGREEMENT, k, _OP_TERMINATE, self._doubtful(m), False, True)
                )
        if self._bilateral and self._general is not None:
            g = self._general
            steps.append(
                _Step(
                    g.earliest,
                    g.latest,
                    _RANK_IN_FORCE,
                    -1,
                    _OP_IN_FORCE_ALL,
                    self._general_doubtful,
                    False,
                    True,
                )
            )
            # One party leaving a bilateral agreement ends it for the other too.
            for k, a in enumerate(agreement.party_actions):
                if (
                    a.party != party
                    and a.party in self._parties
                    and ACTION_EFFECTS[a.kind] is Effect.WITHDRAW
                ):
                    e = _withdrawal_window(agreement, a)
                    steps.append(
                        _Step(
                            e.first,
                            e.last,
                            _RANK_AGREEMENT,
                            k,
                            _OP_TERMINATE,
                            bool(a.disputed_by) or self._doubtful(a),
                            False,
                            True,
                        )
                    )
        ends, leaving = self._term
        for w, op, open_ in ends:
            steps.append(_Step(w.first, w.last, _RANK_AGREEMENT, -1, op, open_, False, True))
        for who, w, open_ in leaving:
            if who == party:
                steps.append(_Step(w.first, w.last, 7, -1, _OP_LEAVE, open_, False, True))
        for w in self._ending:
            steps.append(_Step(w.first, w.last, _RANK_AGREEMENT, -1, _OP_TERMINATE, False, False, True))
        for k, m in enumerate(agreement.milestones):
            if m.kind is MilestoneKind.EXTENSION:
                w = _window(m.date)
                steps.append(_Step(w.first, w.last, _RANK_AGREEMENT, k, _OP_EXTEND, False, False, True))
        steps.sort()
        self._party_steps[party] = steps
        return steps

    def _in_force_step(self, steps: list[_Step], consent: _Consent) -> None:
        window = self._party_window(consent)
        if window is not None and self._general_doubtful and consent.effective is None:
            steps.append(
                _Step(
                    window.first, window.last, _RANK_IN_FORCE, consent.order, _OP_IN_FORCE, True, False, True
                )
            )
        elif window is not None:
            steps.append(
                _Step(
                    window.first, window.last, _RANK_IN_FORCE, consent.order, _OP_IN_FORCE, False, False, True
                )
            )

    # ------------------------------------------------------------ answers

    def _timeline(self, party: PartyRef | None) -> _Timeline:
        found = self._timelines.get(party)
        if found is None:
            if party is None:
                n = len(self._parties)
                found = _Timeline(
                    self._whole_steps,
                    _W_START,
                    lambda state, step: _whole_apply(state, step, n),  # type: ignore[arg-type]
                    lambda state: _WHOLE_STATUS[state[0]],  # type: ignore[index]
                )
            else:
                found = _Timeline(
                    self._steps_of(party),
                    _START,
                    _party_apply,  # type: ignore[arg-type]
                    _party_status,  # type: ignore[arg-type]
                )
            self._timelines[party] = found
        return found

    def standing(self, on: DateLike, party: PartyRef | str | None = None) -> Standing:
        """Where the agreement stands on ``on`` (a partial date stands for its first day).

        Args:
            on: The day asked about.
            party: A party reference or a state code, to ask about one party; ``None``
                for the agreement as a whole.

        Returns:
            The `Standing`; for a state or organization not among the
            agreement's parties, settled at ``None``.
        """
        ref = _ref(party)
        if ref is not None and ref not in self._parties:
            return Standing(status=None, possible=frozenset({None}))
        possible = self._timeline(ref).on(as_day(on))
        status = next(iter(possible)) if len(possible) == 1 else None
        return Standing(status=status, possible=possible)

    def status(self, on: DateLike, party: PartyRef | str | None = None) -> Status | None:
        """The status on ``on`` when the record settles it; ``None`` before any act, or when unsettled."""
        return self.standing(on, party).status

    def parties_on(self, on: DateLike) -> tuple[PartyRef, ...]:
        """The parties for which the agreement is certainly in force on ``on`` (VCLT art. 2(1)(g))."""
        day = as_day(on)
        return tuple(p for p in self._parties if self._timeline(p).on(day) == _ONLY_IN_FORCE)

    def changes(self, party: PartyRef | str | None = None) -> tuple[tuple[dt.date, Standing], ...]:
        """Every change of standing, in date order: the first day and the standing from then on.

        The first entry is the standing before anything happened (from
        ``datetime.date.min``). Used by the panels and the lifecycle lanes.
        """
        ref = _ref(party)
        if ref is not None and ref not in self._parties:
            return ((dt.date.min, Standing(status=None, possible=frozenset({None}))),)
        timeline = self._timeline(ref)
        return tuple(
            (start, Standing(status=next(iter(v)) if len(v) == 1 else None, possible=v))
            for start, v in zip(timeline.starts, timeline.values, strict=True)
        )

    def expiry(self, on: DateLike) -> dt.date | None:
        """The day the term ends, as it stands on ``on``; see `treatymodel.Dossier.expiry`."""
        term = self.agreement.term
        if term is None:
            return None
        start = self._term_start()
        if start is None:
            return None
        day = as_day(on)
        ends, _, complete = self._term_chain(start, day, known_by=day)
        # The end that nothing recorded by then carries past and that has not yet renewed.
        end = next(
            (e.window for e in ends if e.by is None and (not e.renews or e.window.last > day)),
            ends[-1].window,
        )
        if self._bilateral:  # one party's notice ends it; a multilateral one goes on for the others
            for a in self.agreement.party_actions:
                sent = _window(a.date)
                if (
                    a.kind is not PartyActionKind.NON_EXTENSION
                    or a.party not in self._parties
                    or sent.last > day
                ):
                    continue
                found = _stop(ends, complete, sent)
                if found is None or found[0].first > end.last:
                    continue
                stop, open_ = found
                if open_ or stop.first != stop.last or (stop != end and stop.last >= end.first):
                    return None  # the facts do not settle which end it is
                end = stop
        if end.first == dt.date.max:  # ends after 31 December 9999, the last day a date holds
            return None
        return end.first if end.first == end.last else None

    def __repr__(self) -> str:
        return f"Lifecycle(agreement={self.agreement.id!r})"


_ONLY_IN_FORCE = frozenset({Status.IN_FORCE})


def _consent_window(action: PartyAction) -> _Window:
    """The days an act of consent may have bound the party from.

    A successor state is bound from the date of succession, which its notification
    records as ``effective`` and which often comes before the notification itself.
    """
    if (
        action.kind is PartyActionKind.SUCCESSION
        and action.effective is not None
        and action.date is not None
        and action.effective.latest() < action.date.earliest()
    ):
        return _window(action.effective)
    return _act_window(action)


def _effect_window(action: PartyAction) -> _Window | None:
    """The days the agreement came into force for the party, as recorded on its act of consent.

    A succession's ``effective`` is the date of succession, from which the party
    is bound (`_consent_window`), not a date of entry into force.
    """
    if action.effective is None or _consent_window(action) != _act_window(action):
        return None
    return _window(action.effective)


def _opt_window(date: DateValue | None) -> _Window | None:
    return None if date is None else _window(date)


def _ref(party: PartyRef | str | None) -> PartyRef | None:
    if party is None or isinstance(party, StateRef | OrganizationRef):
        return party
    return StateRef(code=party)


def _suspension_window(action: PartyAction) -> _Window:
    """The days a suspension (or its end) may take effect on: its ``effective`` date when recorded.

    Without one, the act's date says when it was decided or notified, not when it took
    effect: a suspension may take effect later than its notice (Russia notified its
    suspension of the CFE Treaty on 14 July 2007 with effect on 12 December; VCLT
    art. 65 asks three months' notice for a suspension the treaty does not provide
    for). So it takes effect on the act's day or on an unknown day after it, and the
    standing stays open from then on, as for a withdrawal without a date of effect.
    """
    if action.effective is not None:
        return _window(action.effective)
    done = _window(action.date)
    return _Window(done.first, dt.date.max)


def _withdrawal_window(agreement: Agreement, action: PartyAction) -> _Window:
    if action.effective is not None:
        return _window(action.effective)
    clause = agreement.withdrawal_clause
    notified = _window(action.date)
    if clause is not None and clause.notice is not None:
        return _shift(notified, clause.notice)
    return _Window(notified.first, dt.date.max)


class _End(NamedTuple):
    """One end of an agreement's term, and what carries the term on past it."""

    window: _Window
    by: _Window | None  # the days of the extension milestone that prolongs it past this end
    renews: bool  # it renews automatically; neither this nor `by`: the agreement's last end


def _candidates(ends: Sequence[_End], notice: _Window) -> tuple[int, int | None] | None:
    """The ends a notice may be in time for: the first it may precede, and the first it certainly precedes.

    A notice on the day the term ends comes too late for that end. ``None`` when it
    may come after every end; the second is ``None`` when it may come after them all.
    """
    first = next((i for i, e in enumerate(ends) if notice.first < e.window.last), None)
    if first is None:
        return None
    last = next((i for i in range(first, len(ends)) if notice.last < ends[i].window.first), None)
    return first, last


def _leaving(ends: Sequence[_End], complete: bool, notice: _Window) -> tuple[_Window, bool] | None:
    """When a party of a multilateral agreement leaves by its notice of non-extension, and whether it may not.

    It leaves at the end of the term running when it gives notice, as the treaty
    provides (VCLT art. 54(a)), whether the term then renews automatically or is
    prolonged by an extension milestone: an extension binds only those who consent
    to it (arts. 34 and 40(4)), and the notice says this party does not. Where the
    notice's days overlap an end, it leaves at one of the ends it may precede: the
    window spans them and the standing in between is open. At the agreement's last
    end it ends with everyone else, so a notice that may be in time only for that
    end may not take it out at all.
    """
    found = _candidates(ends, notice)
    if found is None:
        return None
    first, last = found
    if not complete:  # renews for ever: an end comes after every dated notice
        until = dt.date.max if last is None else ends[last].window.last
        return _Window(ends[first].window.first, until), False
    final = len(ends) - 1
    if first == final:
        return None
    if last is None or last == final:
        return _Window(ends[first].window.first, ends[final - 1].window.last), True
    return _Window(ends[first].window.first, ends[last].window.last), False


def _stop(ends: Sequence[_End], complete: bool, notice: _Window) -> tuple[_Window, bool] | None:
    """When one party's notice of non-extension ends a bilateral agreement, and whether it may not.

    It stops the automatic renewal at the end of the term running when it is given.
    An extension milestone of a bilateral agreement has both parties' consent: one
    made before the notice prolonged the term the notice then ends; one that may
    come after it prolongs the term past the end the notice chose (VCLT art. 54(b)),
    and whether the notice still stops the renewal after that is not settled (a
    notice may be revoked before it takes effect, art. 68): that end is open.
    """
    found = _candidates(ends, notice)
    if found is None:
        return None
    first, last = found
    last_index = len(ends) - 1 if last is None else last
    stops = []
    open_ = False
    for i in range(first, last_index + 1):
        j = i
        while (by := ends[j].by) is not None:
            open_ = open_ or not by.last < notice.first
            j += 1
        stops.append(j)
    if complete and stops[0] == len(ends) - 1:
        return None  # the agreement ends there anyway
    until = dt.date.max if last is None and not complete else ends[stops[-1]].window.last
    return _Window(ends[stops[0]].window.first, until), open_


def _first_day(
    consents: Mapping[PartyRef, list[_Window]],
    leaving: Mapping[PartyRef, list[_Window]],
    count: int,
    required: Sequence[PartyRef],
    *,
    optimistic: bool,
) -> dt.date | None:
    """The first day ``count`` parties (``required`` among them) stood consented.

    ``optimistic`` takes every act on its earliest day and every departure on its
    latest; otherwise the reverse. The two answers bound the true day.
    """
    events: list[tuple[dt.date, int, PartyRef]] = []
    for party, windows in consents.items():
        for w in windows:
            day = w.first if optimistic else w.last
            if day != dt.date.max:
                events.append((day, 1, party))
        for w in leaving.get(party, ()):
            day = w.last if optimistic else w.first
            if day != dt.date.max:
                events.append((day, 0, party))
    events.sort(key=lambda e: (e[0], -e[1]))
    standing: dict[PartyRef, int] = {}
    needed = set(required)
    # Counts kept as the events pass, not recounted at each: a convention with
    # hundreds of parties has hundreds of events.
    bound = needed_bound = 0
    for day, joins, party in events:
        before = standing.get(party, 0)
        after = before + 1 if joins else 0
        standing[party] = after
        if (before > 0) != (after > 0):
            change = 1 if after else -1
            bound += change
            if party in needed:
                needed_bound += change
        if bound >= count and needed_bound == len(needed):
            return day
    return None


def is_bilateral(agreement: Agreement) -> bool:
    """Whether the engine reads ``agreement`` as bilateral: as recorded, else when it has two parties.

    Its entry into force then binds both parties, and one leaving ends it. A
    multilateral agreement recorded with only two of its parties should say
    ``bilateral: false``.
    """
    if agreement.bilateral is not None:
        return agreement.bilateral
    return agreement.parties is not None and len(set(agreement.parties)) == 2


def general_entry_into_force(agreement: Agreement) -> EntryIntoForce | None:
    """The general entry into force of ``agreement``: recorded, or computed from its clause."""
    return Lifecycle(agreement).entry_into_force()


def lifecycle(
    agreement: Agreement,
    *,
    replaced_by: Sequence[tuple[Relation, Agreement]] = (),
    confirmed_only: bool = False,
) -> Lifecycle:
    """The `Lifecycle` of ``agreement``.

    Args:
        agreement: The agreement.
        replaced_by: Relations of later agreements that supersede or terminate it,
            each with that agreement; `treatymodel.Dossier.lifecycle` finds
            them in the dossier.
        confirmed_only: Count only the facts whose certainty (or the agreement's) is
            ``confirmed``; every other act or milestone may or may not have happened.
    """
    return Lifecycle(agreement, replaced_by=replaced_by, confirmed_only=confirmed_only)


def term_of(agreement: Agreement, term: Term | None) -> Agreement:
    """``agreement`` with ``term`` assumed in place of its own, when one is given."""
    return agreement if term is None else attrs.evolve(agreement, term=term)
