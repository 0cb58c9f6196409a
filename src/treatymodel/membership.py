"""Who was a member of an organization on a day, from everything the dossier records.

Membership follows, for each state or organization:

1. the **founding agreement** and the **accession agreements**
   (`Organization.founding_agreement`,
   `accession_agreements`), read by the lifecycle
   engine: a party for which one of them is in force is a member (VCLT art. 24: a
   treaty binds a state from its entry into force for that state); one for which
   it is suspended is a suspended member; one that withdrew, or whose agreement
   ended, is a former member; a signatory or a contracting state is not yet one;
2. the organization's **decisions** about it (`Decision`:
   ``admit``, ``suspend``, ``resume``, ``expel``), from the day they take effect;
3. its **membership acts** (`MembershipAct`): admissions,
   suspensions, declared freezes (a member that freezes its participation stays a
   member), resumptions, withdrawals and expulsions that no instrument records;
4. the organization's ``founded`` and ``dissolved`` days: nobody is a member
   before it exists, and every member becomes a former member when it is dissolved.

The facts are applied in date order. A change of the standing the agreements give
sets the standing afresh when they make the party a member, a suspended or a former
member (a signatory's or contracting state's standing changes nothing: the founders
admitted when the organization was declared stay members while its charter awaits
entry into force); a decision or act changes it from there. A fact whose
date is partial, uncertain or unknown, or whose certainty is planned, unverified
or disputed (anything not confirmed, with ``confirmed_only``), may or may not have
happened by the day asked: every order and outcome the dates allow is kept, and the
answer is unsettled rather than guessed.

Example:
    >>> import datetime as dt
    >>> from treatymodel import datasets
    >>> sco = datasets.load("sco")
    >>> print(*(ref.code for ref in sco.members_on("sco", dt.date(2017, 6, 10))))
    CHN KAZ KGZ RUS TJK UZB IND PAK
"""

from __future__ import annotations

import datetime as dt
import enum
import itertools
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, Any, NamedTuple

import attrs

from treatymodel._fielddocs import documented
from treatymodel.dates import DateLike, DateValue
from treatymodel.lifecycle import Status, as_day
from treatymodel.meetings import DecisionKind
from treatymodel.parties import MembershipActKind, Organization, PartyRef, StateRef
from treatymodel.values import in_doubt

if TYPE_CHECKING:
    from treatymodel.dossier import Dossier
    from treatymodel.lifecycle import Lifecycle

__all__ = ["MemberStanding", "MemberStatus", "member_standing", "members_on"]


class MemberStatus(enum.StrEnum):
    """A party's standing in an organization."""

    MEMBER = "member"
    """A member taking part."""
    SUSPENDED = "suspended"
    """A member whose participation or rights are suspended, or which froze its participation."""
    FORMER = "former"
    """It was a member and no longer is (withdrew, was expelled, or the organization ended)."""


@documented
@attrs.frozen(kw_only=True)
class MemberStanding:
    """A party's membership on one day, with what the record leaves unsettled.

    Example:
        >>> from treatymodel.membership import MemberStanding, MemberStatus
        >>> MemberStanding(status=MemberStatus.MEMBER, possible=frozenset({MemberStatus.MEMBER})).member
        True
    """

    status: MemberStatus | None
    """The standing when the record settles it; ``None`` when it is not a member (and never was), and when the
    record leaves it unsettled.
    """
    possible: frozenset[MemberStatus | None]
    """Every standing the facts allow (``None``: not a member yet)."""

    @property
    def settled(self) -> bool:
        """Whether the facts allow exactly one standing."""
        return len(self.possible) == 1

    @property
    def member(self) -> bool:
        """Whether it is certainly a member that day (a suspended one included)."""
        return bool(self.possible) and self.possible <= _MEMBERS

    def may_be(self, status: MemberStatus | None) -> bool:
        """Whether the facts allow ``status``."""
        return status in self.possible


_MEMBERS = frozenset({MemberStatus.MEMBER, MemberStatus.SUSPENDED})
_FROM_STATUS: dict[Status | None, MemberStatus | None] = {
    Status.IN_FORCE: MemberStatus.MEMBER,
    Status.SUSPENDED: MemberStatus.SUSPENDED,
    Status.WITHDRAWN: MemberStatus.FORMER,
    Status.TERMINATED: MemberStatus.FORMER,
}
# The largest group of facts whose order is unsettled that is worked out exactly;
# a larger one leaves every standing possible rather than guessing.
_MAX_CLUSTER = 6

_Standing = MemberStatus | None
_ALL: frozenset[_Standing] = frozenset({None, *MemberStatus})


class _Op(enum.Enum):
    ADMIT = "admit"
    SUSPEND = "suspend"
    RESUME = "resume"
    LEAVE = "leave"
    SET = "set"


class _Fact(NamedTuple):
    first: dt.date
    last: dt.date
    op: _Op
    doubtful: bool
    value: frozenset[_Standing] = frozenset()


def _apply(fact: _Fact, standing: _Standing) -> frozenset[_Standing]:
    op = fact.op
    if op is _Op.SET:
        # What the agreements say; ``None`` (signed, consented, nothing yet) changes nothing.
        return frozenset(standing if value is None else value for value in fact.value)
    if op is _Op.ADMIT:
        kept = standing is MemberStatus.SUSPENDED
        return frozenset({MemberStatus.SUSPENDED if kept else MemberStatus.MEMBER})
    if op is _Op.SUSPEND:
        return frozenset({MemberStatus.SUSPENDED if standing is MemberStatus.MEMBER else standing})
    if op is _Op.RESUME:
        return frozenset({MemberStatus.MEMBER if standing is MemberStatus.SUSPENDED else standing})
    return frozenset({MemberStatus.FORMER if standing in _MEMBERS else standing})


_DECISION_OPS = {
    DecisionKind.ADMIT: _Op.ADMIT,
    DecisionKind.SUSPEND: _Op.SUSPEND,
    DecisionKind.RESUME: _Op.RESUME,
    DecisionKind.EXPEL: _Op.LEAVE,
}
_ACT_OPS = {
    MembershipActKind.ADMISSION: _Op.ADMIT,
    MembershipActKind.SUSPENSION: _Op.SUSPEND,
    MembershipActKind.FREEZE: _Op.SUSPEND,
    MembershipActKind.RESUMPTION: _Op.RESUME,
    MembershipActKind.WITHDRAWAL: _Op.LEAVE,
    MembershipActKind.EXPULSION: _Op.LEAVE,
}


def _window(date: DateValue | None) -> tuple[dt.date, dt.date]:
    if date is None:
        return dt.date.min, dt.date.max
    return date.earliest(), date.latest()


def _doubtful(record: Any, fallback: Any, confirmed_only: bool) -> bool:
    certainty = record.certainty if record.certainty is not None else getattr(fallback, "certainty", None)
    return in_doubt(None if certainty is None else certainty.level, confirmed_only=confirmed_only)


def _agreement_facts(
    dossier: Dossier, organization: Organization, party: PartyRef, confirmed_only: bool
) -> list[_Fact]:
    """The standing the founding and accession agreements give, as facts that set it afresh."""
    ids = [a for a in (organization.founding_agreement, *organization.accession_agreements) if a is not None]
    lifecycles: list[Lifecycle | None] = []
    for agreement_id in dict.fromkeys(ids):
        if not dossier.has("agreement", agreement_id):
            continue
        agreement = dossier.agreement(agreement_id)
        if agreement.parties is None:
            # Unknown parties: it may have made anyone a member, at any time.
            lifecycles.append(None)
        elif party in agreement.parties:
            lifecycles.append(dossier.lifecycle(agreement_id, confirmed_only=confirmed_only))
    if not lifecycles:
        return []
    days = {dt.date.min}
    for lc in lifecycles:
        if lc is not None:
            days.update(start for start, _ in lc.changes(party))
    facts = []
    for day in sorted(days):
        options: list[frozenset[_Standing]] = []
        for lc in lifecycles:
            if lc is None:
                options.append(frozenset({None, MemberStatus.MEMBER}))
            else:
                options.append(frozenset(_FROM_STATUS.get(s) for s in lc.standing(day, party).possible))
        combined = frozenset(max(combo, key=_rank) for combo in itertools.product(*options))
        facts.append(_Fact(day, day, _Op.SET, False, combined))
    return facts


_RANKS = {None: 0, MemberStatus.FORMER: 1, MemberStatus.SUSPENDED: 2, MemberStatus.MEMBER: 3}


def _rank(standing: _Standing) -> int:
    return _RANKS[standing]


def _facts(
    dossier: Dossier, organization: Organization, party: PartyRef, confirmed_only: bool
) -> list[_Fact]:
    facts = _agreement_facts(dossier, organization, party, confirmed_only)
    for decision in dossier.decisions:
        op = _DECISION_OPS.get(decision.kind)
        if op is None or decision.organization != organization.id or decision.subject != party:
            continue
        first, last = _window(decision.takes_effect)
        facts.append(_Fact(first, last, op, _doubtful(decision, None, confirmed_only)))
    for act in organization.membership_acts:
        if act.member != party:
            continue
        op = _ACT_OPS[act.kind]
        doubtful = _doubtful(act, organization, confirmed_only)
        first, last = _window(act.date)
        facts.append(_Fact(first, last, op, doubtful))
        if act.until is not None and op is _Op.SUSPEND:
            end_first, end_last = _window(act.until)
            facts.append(_Fact(end_first, end_last, _Op.RESUME, doubtful))
    facts.sort(key=lambda f: (f.first, f.last))
    return facts


def _clusters(facts: list[_Fact]) -> Iterator[list[_Fact]]:
    """Runs of facts whose windows overlap, so that their order is not settled."""
    cluster: list[_Fact] = []
    reach = dt.date.min
    for fact in facts:
        if cluster and fact.first > reach:
            yield cluster
            cluster = []
        cluster.append(fact)
        reach = max(reach, fact.last) if len(cluster) > 1 else fact.last
    if cluster:
        yield cluster


def _feasible(order: Iterable[_Fact], day: dt.date) -> bool:
    """Whether the facts can have happened in this order, each by ``day`` and in its window."""
    at = dt.date.min
    for fact in order:
        at = max(at, fact.first)
        if at > min(fact.last, day):
            return False
    return True


def _run(cluster: list[_Fact], day: dt.date, before: frozenset[_Standing]) -> frozenset[_Standing]:
    if len(cluster) == 1:
        fact = cluster[0]
        if fact.first > day:
            return before
        after = frozenset(s for b in before for s in _apply(fact, b))
        return after if fact.last <= day and not fact.doubtful else before | after
    if len(cluster) > _MAX_CLUSTER:
        return _ALL
    forced = [f for f in cluster if f.last <= day and not f.doubtful]
    optional = [f for f in cluster if f not in forced and f.first <= day]
    out: set[_Standing] = set()
    for k in range(len(optional) + 1):
        for chosen in itertools.combinations(optional, k):
            for order in itertools.permutations([*forced, *chosen]):
                if not _feasible(order, day):
                    continue
                states = set(before)
                for fact in order:
                    states = {s for b in states for s in _apply(fact, b)}
                out |= states
    return frozenset(out) if out else before


def _standing(
    dossier: Dossier, organization: Organization, party: PartyRef, day: dt.date, confirmed_only: bool
) -> frozenset[_Standing]:
    possible: frozenset[_Standing] = frozenset({None})
    for cluster in _clusters(_facts(dossier, organization, party, confirmed_only)):
        if cluster[0].first > day:
            break
        possible = _run(cluster, day, possible)
    founded, dissolved = organization.founded, organization.dissolved
    if founded is not None and day < founded.latest():
        possible = frozenset({None}) if day < founded.earliest() else possible | {None}
    if dissolved is not None and day >= dissolved.earliest():
        ended = frozenset(MemberStatus.FORMER if s in _MEMBERS else s for s in possible)
        possible = ended if day >= dissolved.latest() else possible | ended
    return possible


def _as_ref(party: str | PartyRef) -> PartyRef:
    return StateRef(code=party) if isinstance(party, str) else party


def member_standing(
    dossier: Dossier,
    organization: str,
    party: str | PartyRef,
    on: DateLike,
    *,
    confirmed_only: bool = False,
) -> MemberStanding:
    """A party's membership of an organization on ``on`` (see the module's rules).

    Raises:
        RecordNotFoundError: No organization has that id.
    """
    record = dossier.organization(organization)
    possible = _standing(dossier, record, _as_ref(party), as_day(on), confirmed_only)
    status = next(iter(possible)) if len(possible) == 1 else None
    return MemberStanding(status=status, possible=possible)


def candidates(dossier: Dossier, organization: Organization) -> tuple[PartyRef, ...]:
    """Every party some record of the dossier ties to the organization's membership, in order."""
    found: dict[PartyRef, None] = {}
    for agreement_id in (organization.founding_agreement, *organization.accession_agreements):
        if agreement_id is not None and dossier.has("agreement", agreement_id):
            found.update(dict.fromkeys(dossier.agreement(agreement_id).parties or ()))
    for decision in dossier.decisions:
        if decision.organization == organization.id and decision.subject is not None:
            found[decision.subject] = None
    found.update(dict.fromkeys(act.member for act in organization.membership_acts))
    return tuple(found)


def members_on(
    dossier: Dossier,
    organization: str,
    on: DateLike,
    *,
    confirmed_only: bool = False,
    suspended: bool = True,
) -> tuple[PartyRef, ...]:
    """The certain members of an organization on ``on``.

    A suspended member (or one that froze its participation) is still a member, and is
    counted unless ``suspended`` is false; then only members certainly taking part are.

    Raises:
        RecordNotFoundError: No organization has that id.
    """
    record = dossier.organization(organization)
    day = as_day(on)
    wanted = _MEMBERS if suspended else frozenset({MemberStatus.MEMBER})
    return tuple(
        party
        for party in candidates(dossier, record)
        if (possible := _standing(dossier, record, party, day, confirmed_only)) and possible <= wanted
    )
