"""Time-aware questions about a dossier, and combining dossiers.

The `Dossier` methods ``agreements_between``,
``relationship``, ``relationship_level``, ``related`` and ``office_holders``
delegate here; the lifecycle questions (``status``, ``parties_on``, ``expiry``,
``entry_into_force``) are the lifecycle engine's (`treatymodel.lifecycle`),
and `status`, `parties_on` and `expiry` here ask it about one
agreement alone. `merge` combines several dossiers into one so that
questions can be asked of a whole lineage.

Dates: ``on`` is a `datetime.date` or a `PartialDate`;
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
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any, Literal, TypeVar

import attrs

from treatymodel.agreements import Agreement, RelationKind, Term
from treatymodel.dates import DateLike, DateValue, PartialDate
from treatymodel.errors import MergeConflictError
from treatymodel.kinds import TOP_LEVEL, UNKEYED
from treatymodel.lifecycle import Status, as_day, lifecycle, term_of
from treatymodel.parties import OrganizationRef, PartyRef, StateRef

if TYPE_CHECKING:
    from treatymodel.dossier import Dossier
    from treatymodel.people import Person

__all__ = ["MergeConflictError", "Relationship", "Status", "merge"]

_T = TypeVar("_T")


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
    since: DateValue
    """Date of that agreement."""


# --------------------------------------------------------------------------- dates


def _by(date: DateValue | None, day: dt.date) -> bool:
    """Whether ``date`` certainly fell on or before ``day``."""
    return date is not None and date.latest() <= day


def _ref(party: str | PartyRef) -> PartyRef:
    if isinstance(party, StateRef | OrganizationRef):
        return party
    return StateRef(code=party)


# --------------------------------------------------------------------------- lifecycle


def status(
    agreement: Agreement,
    on: DateLike,
    *,
    party: str | PartyRef | None = None,
    term: Term | None = None,
) -> Status | None:
    """Where ``agreement`` stands on ``on``; see `treatymodel.Dossier.status`.

    The agreement alone: relations of later agreements that end it are not seen
    (the dossier's method sees them).
    """
    return lifecycle(term_of(agreement, term)).status(on, party)


def parties_on(agreement: Agreement, on: DateLike) -> tuple[PartyRef, ...]:
    """The parties for which ``agreement`` is certainly in force on ``on``.

    See `treatymodel.Dossier.parties_on`.
    """
    return lifecycle(agreement).parties_on(on)


def expiry(agreement: Agreement, on: DateLike, term: Term | None = None) -> dt.date | None:
    """The day ``agreement``'s term ends, as it stands on ``on``; see `treatymodel.Dossier.expiry`."""
    return lifecycle(term_of(agreement, term)).expiry(on)


# --------------------------------------------------------------------------- dossier queries


def office_holders(dossier: Dossier, office: str, on: DateLike) -> tuple[Person, ...]:
    """The persons who certainly held ``office`` on ``on``."""
    return dossier.holders(office, PartialDate.of(as_day(on)))


def agreements_between(dossier: Dossier, a: str | PartyRef, b: str | PartyRef) -> tuple[Agreement, ...]:
    """The agreements both ``a`` and ``b`` took part in, by date (undated last).

    Where an agreement's parties are not known, those that signed it or acted on it.
    """
    first, second = _ref(a), _ref(b)
    found = [x for x in dossier.agreements if first in x.participants and second in x.participants]
    return tuple(sorted(found, key=lambda x: (x.date is None, x.date or PartialDate(year=1))))


def relationship(dossier: Dossier, a: str | PartyRef, b: str | PartyRef, on: DateLike) -> Relationship | None:
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

#: Fields whose items add up: two copies of a record that differ only in these (and in
#: fields one copy leaves unknown) are one record, with the items of both.
_UNION_FIELDS = frozenset(
    {"sources", "external_ids", "names", "capitals", "successors", "other_names", "variants"}
)


def _combined(first: Any, other: Any) -> Any:
    """One record holding what two copies of it say, or ``None`` when they contradict each other.

    Lists of sources, identifiers, dated names and capitals, other names and variants
    are united (each item once, in order); a field one copy leaves unknown or empty
    (``None``, no items) takes the other's value; any other difference is a conflict.
    """
    if type(first) is not type(other) or not attrs.has(type(first)):
        return None
    changes: dict[str, object] = {}
    for field in attrs.fields(type(first)):
        if not field.init:
            continue
        mine, theirs = getattr(first, field.name), getattr(other, field.name)
        if mine == theirs:
            continue
        if field.name in _UNION_FIELDS and isinstance(mine, tuple) and isinstance(theirs, tuple):
            changes[field.name] = tuple(dict.fromkeys((*mine, *theirs)))
        elif mine is None or mine == ():
            changes[field.name] = theirs
        elif not (theirs is None or theirs == ()):
            return None
    return attrs.evolve(first, **changes) if changes else first


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
    the copies agree: equal, or differing only in the sources, external identifiers,
    dated names and capitals, other names and variants they list (the merged record
    lists those of every copy) and in fields one copy leaves unknown or empty (the
    other's value is kept). Tenures, which have no id, are kept once when equal.

    Args:
        *dossiers: The dossiers to combine.
        id: Id of the combined dossier.
        title: Its title.
        description: Its description.
        on_conflict: What to do with two different records of the same kind and id:
            ``"error"`` raises `MergeConflictError`; ``"first"`` keeps the
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

    fields: dict[str, dict[str, object]] = {kind.field: {} for kind in TOP_LEVEL}
    for kind in TOP_LEVEL:
        kept = fields[kind.field]
        origin: dict[str, str] = {}
        for dossier in dossiers:
            for record in getattr(dossier, kind.field):
                key = kind.id_of(record)
                if key not in kept:
                    kept[key] = record
                    origin[key] = dossier.id
                    continue
                if kept[key] == record:
                    continue
                combined = _combined(kept[key], record)
                if combined is not None:
                    kept[key] = combined
                elif on_conflict == "error":
                    raise MergeConflictError(kind.name, key, origin[key], dossier.id)
    # Records without an id are kept once when equal.
    unkeyed = {name: _unique(r for d in dossiers for r in getattr(d, name)) for name, _ in UNKEYED}
    return Dossier(
        id=id,
        title=title,
        description=description,
        **unkeyed,
        **{name: tuple(records.values()) for name, records in fields.items()},  # type: ignore[arg-type]
    )


def _unique(items: Iterable[_T]) -> tuple[_T, ...]:
    out: list[_T] = []
    for item in items:
        if item not in out:
            out.append(item)
    return tuple(out)
