"""Time-aware questions about a dossier, and combining dossiers.

The :class:`~treatymodel.Dossier` methods ``status``, ``parties_on``,
``agreements_between``, ``relationship``, ``relationship_level``, ``expiry``,
``related`` and ``office_holders`` delegate here; :func:`merge` combines several
dossiers into one so that questions can be asked of a whole lineage.

Dates: ``on`` is a :class:`datetime.date` or a :class:`~treatymodel.PartialDate`;
a partial date stands for its first day (``2014`` is 1 January 2014). A fact
counts as having happened by that day only when it certainly did: an entry into
force dated ``1992-10`` counts from 31 October 1992 on.

Example:
    >>> import datetime as dt
    >>> from treatymodel import datasets
    >>> seed = datasets.load("ru-kz-2025")
    >>> seed.relationship_level("RUS", "KAZ", dt.date(2025, 12, 1))
    'comprehensive strategic partnership and alliance'
    >>> seed.status("ru-kz-declaration-2025", dt.date(2025, 12, 1)).value
    'signed'
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Iterable
from typing import TYPE_CHECKING, Literal, TypeVar

import attrs

from treatymodel.agreements import Agreement, MilestoneKind, PartyActionKind, RelationKind, Term
from treatymodel.dates import PartialDate
from treatymodel.errors import TreatyModelError
from treatymodel.parties import OrganizationRef, PartyRef, StateRef

if TYPE_CHECKING:
    from dateutil.relativedelta import relativedelta

    from treatymodel.dossier import Dossier
    from treatymodel.people import Person

__all__ = ["MergeConflictError", "Relationship", "Status", "merge"]

_T = TypeVar("_T")


class Status(enum.StrEnum):
    """Where an agreement stands on a given day, derived from its lifecycle."""

    SIGNED = "signed"
    """Signed (or adopted) but not in force: the state of every political declaration."""
    PROVISIONALLY_APPLIED = "provisionally_applied"
    """Applied provisionally before entry into force."""
    IN_FORCE = "in_force"
    """In force."""
    SUSPENDED = "suspended"
    """Its operation is suspended (for the party asked about, or for a bilateral agreement)."""
    WITHDRAWN = "withdrawn"
    """The party asked about has withdrawn from it."""
    TERMINATED = "terminated"
    """Terminated, expired at the end of its term, or left with fewer than two parties."""


@attrs.frozen(kw_only=True)
class Relationship:
    """The level of relations between two states on a day, and the agreement that set it.

    Args:
        level: The level, in the agreement's words.
        agreement: Id of the agreement that set it.
        since: The date of that agreement.
    """

    level: str
    """The level, in the agreement's words."""
    agreement: str
    """Id of the agreement that set it."""
    since: PartialDate
    """Date of that agreement."""


class MergeConflictError(TreatyModelError, ValueError):
    """Two different records with the same id were found while merging dossiers.

    Attributes:
        kind: The kind of record (``"person"``, ``"state"``...).
        id: The id they share.
    """

    def __init__(self, kind: str, id: str, first: str, second: str) -> None:
        self.kind = kind
        self.id = id
        super().__init__(
            f"cannot merge: the {kind} {id!r} of dossier {second!r} differs from the one of dossier {first!r}"
        )


# --------------------------------------------------------------------------- dates


def as_day(on: dt.date | PartialDate) -> dt.date:
    """The day a query date stands for: a partial date's first day."""
    if isinstance(on, PartialDate):
        return on.earliest()
    if isinstance(on, dt.datetime):
        return on.date()
    if isinstance(on, dt.date):
        return on
    raise TypeError(f"a date must be a datetime.date or a PartialDate, got {on!r}")


def _by(date: PartialDate | None, day: dt.date) -> bool:
    """Whether ``date`` certainly fell on or before ``day``."""
    return date is not None and date.latest() <= day


def _ref(party: str | PartyRef) -> PartyRef:
    if isinstance(party, StateRef | OrganizationRef):
        return party
    return StateRef(code=party)


# --------------------------------------------------------------------------- lifecycle


def _signed(agreement: Agreement, party: PartyRef | None) -> PartialDate | None:
    dates = [s.date for s in agreement.signatures if party is None or s.party == party]
    dates += [
        a.date
        for a in agreement.party_actions
        if (party is None or a.party == party)
        and (
            a.kind in (PartyActionKind.SIGNATURE, PartyActionKind.PROVISIONAL_APPLICATION)
            or a.kind.expresses_consent
        )
    ]
    if not dates and agreement.date is not None:
        dates.append(agreement.date)
    return min(dates, key=lambda d: d.latest()) if dates else None


def status(
    agreement: Agreement,
    on: dt.date | PartialDate,
    *,
    party: str | PartyRef | None = None,
    term: Term | None = None,
) -> Status | None:
    """Where ``agreement`` stands on ``on``; ``None`` before it is signed.

    See :meth:`treatymodel.Dossier.status`.
    """
    day = as_day(on)
    ref = None if party is None else _ref(party)
    if ref is not None and ref not in agreement.parties:
        return None
    signed = _signed(agreement, ref) or _signed(agreement, None)
    if not _by(signed, day):
        return None
    steps: list[tuple[dt.date, int, str]] = []
    for milestone in agreement.milestones:
        if _by(milestone.date, day):
            steps.append((milestone.date.latest(), 0, milestone.kind.value))
    for action in agreement.party_actions:
        when = action.effective or action.date
        if _by(when, day) and (ref is None or action.party == ref):
            steps.append((when.latest(), 1, f"{action.kind.value}:{action.party}"))
    current = Status.SIGNED
    withdrawn: set[str] = set()
    for _, _, step in sorted(steps):
        kind, _, who = step.partition(":")
        if kind == MilestoneKind.ENTRY_INTO_FORCE:
            current = Status.IN_FORCE
        elif kind in (MilestoneKind.PROVISIONAL_ENTRY_INTO_FORCE, PartyActionKind.PROVISIONAL_APPLICATION):
            if current is Status.SIGNED:
                current = Status.PROVISIONALLY_APPLIED
        elif kind == MilestoneKind.EXTENSION:
            if current is Status.TERMINATED:
                current = Status.IN_FORCE
        elif kind in (MilestoneKind.EXPIRY, MilestoneKind.TERMINATION):
            current = Status.TERMINATED
        elif kind == PartyActionKind.SUSPENSION:
            if ref is not None or len(agreement.parties) == 2:
                current = Status.SUSPENDED
        elif kind == PartyActionKind.WITHDRAWAL:
            withdrawn.add(who)
            if ref is not None:
                current = Status.WITHDRAWN
            elif len(agreement.parties) - len(withdrawn) < 2:
                current = Status.TERMINATED
    term = term or agreement.term
    if current is Status.IN_FORCE and term is not None:
        end = expiry(agreement, on, term)
        if end is not None and end <= day:
            current = Status.TERMINATED
    return current


def parties_on(agreement: Agreement, on: dt.date | PartialDate) -> tuple[PartyRef, ...]:
    """The parties that had signed or joined ``agreement`` by ``on`` and not withdrawn."""
    day = as_day(on)
    out = []
    for party in agreement.parties:
        if status(agreement, day, party=party) not in (None, Status.WITHDRAWN, Status.TERMINATED):
            out.append(party)
    return tuple(out)


def expiry(agreement: Agreement, on: dt.date | PartialDate, term: Term | None = None) -> dt.date | None:
    """The day ``agreement``'s term ends, as it stands on ``on``; see :meth:`treatymodel.Dossier.expiry`."""
    term = term or agreement.term
    if term is None:
        return None
    day = as_day(on)
    starts = [m.date for m in agreement.milestones if m.kind is MilestoneKind.ENTRY_INTO_FORCE]
    start = starts[0].earliest() if starts else agreement.date.earliest() if agreement.date else None
    if start is None:
        return None
    end = _plus(start, term.initial)
    if end is None:
        return None
    for milestone in sorted(agreement.milestones, key=lambda m: m.date):
        if (
            milestone.kind is MilestoneKind.EXTENSION
            and milestone.until is not None
            and _by(milestone.date, day)
        ):
            end = max(end, milestone.until.latest())
    renewal = term.renewal
    if term.automatic_renewal and renewal is not None:
        while end <= day:
            later = _plus(end, renewal)
            if later is None:
                return None
            end = later
    return end


def _plus(day: dt.date, period: relativedelta) -> dt.date | None:
    """``day`` plus ``period``, or ``None`` past 31 December 9999, the last day a date holds.

    A term of up to 1,000 years from an agreement of the year 9500 ends after it: the
    term has no end the calendar can name, so the agreement stays in force.
    """
    try:
        return day + period
    except (OverflowError, ValueError):
        return None


# --------------------------------------------------------------------------- dossier queries


def office_holders(dossier: Dossier, office: str, on: dt.date | PartialDate) -> tuple[Person, ...]:
    """The persons who certainly held ``office`` on ``on``."""
    return dossier.holders(office, PartialDate.of(as_day(on)))


def agreements_between(dossier: Dossier, a: str | PartyRef, b: str | PartyRef) -> tuple[Agreement, ...]:
    """The agreements both ``a`` and ``b`` are party to, by date (undated last)."""
    first, second = _ref(a), _ref(b)
    found = [x for x in dossier.agreements if first in x.parties and second in x.parties]
    return tuple(sorted(found, key=lambda x: (x.date is None, x.date or PartialDate(year=1))))


def relationship(
    dossier: Dossier, a: str | PartyRef, b: str | PartyRef, on: dt.date | PartialDate
) -> Relationship | None:
    """The latest ``relationship_level`` set by an agreement of ``a`` and ``b`` dated by ``on``."""
    day = as_day(on)
    setting = [
        x for x in agreements_between(dossier, a, b) if x.relationship_level is not None and _by(x.date, day)
    ]
    if not setting:
        return None
    latest = max(setting, key=lambda x: x.date or PartialDate(year=1))
    level, since = latest.relationship_level, latest.date
    assert level is not None
    assert since is not None
    return Relationship(level=level, agreement=latest.id, since=since)


def related(dossier: Dossier, agreement: str, kind: RelationKind | None = None) -> tuple[Agreement, ...]:
    """The agreements of the dossier with a relation (of ``kind``) to ``agreement``."""
    return tuple(
        x
        for x in dossier.agreements
        if any(r.target == agreement and (kind is None or r.kind is kind) for r in x.relations)
    )


# --------------------------------------------------------------------------- merging

_KINDS: tuple[tuple[str, str], ...] = (
    ("states", "state"),
    ("organizations", "organization"),
    ("persons", "person"),
    ("offices", "office"),
    ("visits", "visit"),
    ("agreements", "agreement"),
    ("sources", "source"),
    ("quotes", "quote"),
)


def _key(record: object) -> str:
    return str(record.code if hasattr(record, "code") else getattr(record, "id"))  # noqa: B009


def merge(
    *dossiers: Dossier,
    id: str,
    title: str,
    description: str | None = None,
    on_conflict: Literal["error", "first"] = "error",
) -> Dossier:
    """Combine dossiers into one, to ask questions of them together.

    Records are kept in the order the dossiers are given. A record that appears in
    several dossiers (the same state, person, office, source...) is kept once when
    the copies are equal; tenures, which have no id, are kept once when equal.

    Args:
        *dossiers: The dossiers to combine.
        id: Id of the combined dossier.
        title: Its title.
        description: Its description.
        on_conflict: What to do with two different records of the same kind and id:
            ``"error"`` raises :class:`MergeConflictError`; ``"first"`` keeps the
            copy of the first dossier that has it.

    Raises:
        MergeConflictError: Two different records share a kind and an id (with
            ``on_conflict="error"``).

    Example:
        >>> import treatymodel as tm
        >>> a = tm.Dossier(id="a", title="A", persons=(tm.Person(id="putin", name="Vladimir Putin"),))
        >>> b = tm.Dossier(id="b", title="B", persons=(tm.Person(id="putin", name="Vladimir Putin"),))
        >>> len(tm.merge(a, b, id="ab", title="A and B").persons)
        1
    """
    from treatymodel.dossier import Dossier

    fields: dict[str, list[object]] = {name: [] for name, _ in _KINDS}
    for name, kind in _KINDS:
        seen: dict[str, tuple[str, object]] = {}
        for dossier in dossiers:
            for record in getattr(dossier, name):
                key = _key(record)
                if key not in seen:
                    seen[key] = (dossier.id, record)
                    fields[name].append(record)
                elif seen[key][1] != record and on_conflict == "error":
                    raise MergeConflictError(kind, key, seen[key][0], dossier.id)
    tenures = _unique(t for d in dossiers for t in d.tenures)
    return Dossier(
        id=id,
        title=title,
        description=description,
        tenures=tenures,
        **{name: tuple(records) for name, records in fields.items()},  # type: ignore[arg-type]
    )


def _unique(items: Iterable[_T]) -> tuple[_T, ...]:
    out: list[_T] = []
    for item in items:
        if item not in out:
            out.append(item)
    return tuple(out)
