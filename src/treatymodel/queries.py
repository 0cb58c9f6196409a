"""Time-aware questions about a dossier, and combining dossiers.

The `Dossier` methods ``agreements_between``,
``relationship``, ``relationship_level``, ``related`` and ``office_holders``
delegate here; the lifecycle questions (``status``, ``parties_on``, ``expiry``,
``entry_into_force``) are the lifecycle engine's (`treatymodel.lifecycle`),
and `status`, `parties_on` and `expiry` here ask it about one
agreement alone. Combining dossiers (`merge`) is `treatymodel.merging`'s.

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
from typing import TYPE_CHECKING, Any, TypeVar

import attrs

from treatymodel._fielddocs import documented
from treatymodel.agreements import Agreement, RelationKind, Term
from treatymodel.dates import DateLike, DateValue, PartialDate
from treatymodel.errors import MergeConflictError
from treatymodel.lifecycle import Status, as_day, lifecycle, term_of
from treatymodel.parties import OrganizationRef, PartyRef, StateRef

if TYPE_CHECKING:
    from treatymodel.dossier import Dossier
    from treatymodel.people import Person

__all__ = ["MergeConflictError", "Relationship", "Status"]

_T = TypeVar("_T")


@documented
@attrs.frozen(kw_only=True)
class Relationship:
    """The level of relations between two states on a day, and the agreement that set it."""

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


def __getattr__(name: str) -> Any:
    # merge moved to treatymodel.merging; the old path works, with a warning, for one minor version.
    if name == "merge":
        import warnings

        from treatymodel.merging import merge

        warnings.warn(
            "treatymodel.queries.merge is deprecated and will be removed in the next minor version; "
            "use treatymodel.merge or treatymodel.merging.merge",
            DeprecationWarning,
            stacklevel=2,
        )
        return merge
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
