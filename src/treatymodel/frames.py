"""A dossier as pandas tables, for analysis.

pandas is an optional dependency: ``pip install 'treatymodel[pandas]'``. Without
it, :func:`to_frames` raises :class:`~treatymodel.MissingDependencyError` (an
``ImportError`` too). This module imports pandas only when a table is built.

Every table is one row per record, with ids that join the tables: ``agreement``
in ``parties``, ``signatures``, ``commitments`` and ``lifecycle`` is the ``id`` of
``agreements``; ``visit`` in ``events`` is a visit id. Dates are written as in the
exchange format (``"1992"``, ``"1993-05"``, ``"2025-11-12"``) so their precision is
kept, with a ``year`` column beside them for grouping.

The ``dyad_years`` table is the form political-science models take: one row per
**unordered** pair of states (``state_a < state_b`` in alphabetical order of
their codes) and year in which both were bound by at least one common agreement,
with the ids of those agreements. An agreement binds a pair in a year when, on 31
December of that year, it is certainly in force for both states (VCLT art.
2(1)(g), as the lifecycle engine answers :meth:`treatymodel.Dossier.status`): a
signatory that has not ratified, a contracting state for which it is not yet in
force, a suspended or withdrawn party, and a party whose standing the record
leaves unsettled are not counted. Years run up to the latest year of any date in
the dossier. Pass ``include_signed=True`` to :func:`dyad_years` to count
signatories, contracting states and provisional application too (political
declarations are only ever signed).

Example:
    >>> from treatymodel import datasets
    >>> frames = datasets.load("ru-kz-2025").to_frames()  # doctest: +SKIP
    >>> frames["commitments"].groupby("topic").size()  # doctest: +SKIP
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from treatymodel._optional import require
from treatymodel.dates import DateValue
from treatymodel.dossier import Dossier, RecordNotFoundError
from treatymodel.lifecycle import Status
from treatymodel.parties import StateRef
from treatymodel.values import CertaintyLevel

if TYPE_CHECKING:
    import pandas as pd

    from treatymodel.lifecycle import Standing

__all__ = ["TABLES", "dyad_years", "to_frames"]

#: The tables :func:`to_frames` returns, in order.
TABLES = ("agreements", "parties", "signatures", "commitments", "lifecycle", "events", "dyad_years")


def _pandas() -> Any:
    return require("pandas", extra="pandas", feature="Dossier.to_frames()")


def _date(value: DateValue | None) -> str | None:
    return None if value is None else value.isoformat()


def _year(value: DateValue | None) -> int | None:
    return None if value is None else value.year


def _frame(rows: list[dict[str, Any]], columns: list[str]) -> pd.DataFrame:
    pandas = _pandas()
    frame: pd.DataFrame = pandas.DataFrame(rows, columns=columns)
    return frame


def to_frames(dossier: Dossier) -> dict[str, pd.DataFrame]:
    """The dossier as a dict of pandas DataFrames, one per name in :data:`TABLES`.

    Raises:
        MissingDependencyError: pandas is not installed.
    """
    _pandas()
    return {
        "agreements": _agreements(dossier),
        "parties": _parties(dossier),
        "signatures": _signatures(dossier),
        "commitments": _commitments(dossier),
        "lifecycle": _lifecycle(dossier),
        "events": _events(dossier),
        "dyad_years": dyad_years(dossier),
    }


def _agreements(d: Dossier) -> pd.DataFrame:
    rows = [
        {
            "id": a.id,
            "title": a.title,
            "kind": a.kind.value,
            "level": a.level.value if a.level else None,
            "date": _date(a.date),
            "year": _year(a.date),
            "place": a.place.name if a.place else None,
            "parties": None if a.parties is None else ";".join(str(p) for p in a.parties),
            "legally_binding": a.legally_binding,
            "bilateral": a.bilateral,
            "relationship_level": a.relationship_level,
            "signatures": len(a.signatures),
            "commitments": len(a.commitments),
        }
        for a in d.agreements
    ]
    return _frame(rows, list(rows[0]) if rows else ["id", "title", "kind", "date", "year"])


def _parties(d: Dossier) -> pd.DataFrame:
    rows = [
        {
            "agreement": a.id,
            "party": str(p),
            "type": "state" if isinstance(p, StateRef) else "organization",
            "name": d.party_name(p),
        }
        for a in d.agreements
        for p in a.participants
    ]
    return _frame(rows, ["agreement", "party", "type", "name"])


def _signatures(d: Dossier) -> pd.DataFrame:
    rows = []
    for a in d.agreements:
        for s in a.signatures:
            held = d.offices_held(s.signatory, s.date)
            office = held[0].id if held else s.office
            title = held[0].title if held else _office_title(d, s.office)
            rows.append(
                {
                    "agreement": a.id,
                    "signatory": s.signatory,
                    "name": d.person(s.signatory).name if d.has("person", s.signatory) else s.signatory,
                    "party": str(s.party),
                    "date": _date(s.date),
                    "office": office,
                    "office_title": title,
                    "full_powers": s.full_powers,
                }
            )
    cols = ["agreement", "signatory", "name", "party", "date", "office", "office_title", "full_powers"]
    return _frame(rows, cols)


def _office_title(d: Dossier, office: str | None) -> str | None:
    if office is None:
        return None
    try:
        return d.office(office).title
    except RecordNotFoundError:
        return None


def _commitments(d: Dossier) -> pd.DataFrame:
    rows = [
        {
            "agreement": a.id,
            "id": c.id,
            "topic": c.topics[0].value,
            "topics": ";".join(t.value for t in c.topics),
            "verb": c.verb.value,
            "summary": c.summary,
            "obligation": c.obligation.value if c.obligation else None,
            "section": c.section,
            "organizations": ";".join(c.organizations),
            "has_quote": c.quote is not None,
        }
        for a in d.agreements
        for c in a.commitments
    ]
    cols = ["agreement", "id", "topic", "topics", "verb", "summary", "obligation", "section"]
    return _frame(rows, [*cols, "organizations", "has_quote"])


def _lifecycle(d: Dossier) -> pd.DataFrame:
    rows: list[dict[str, Any]] = []
    for a in d.agreements:
        for m in a.milestones:
            rows.append(
                {
                    "agreement": a.id,
                    "date": _date(m.date),
                    "year": _year(m.date),
                    "kind": m.kind.value,
                    "party": None,
                }
            )
        for x in a.party_actions:
            rows.append(
                {
                    "agreement": a.id,
                    "date": _date(x.date),
                    "year": _year(x.date),
                    "kind": x.kind.value,
                    "party": str(x.party),
                }
            )
    return _frame(rows, ["agreement", "date", "year", "kind", "party"])


def _events(d: Dossier) -> pd.DataFrame:
    rows = [
        {
            "visit": v.id,
            "id": e.id,
            "date": _date(e.date),
            "kind": e.kind.value,
            "title": e.title,
            "start_time": e.start_time.strftime("%H:%M") if e.start_time else None,
            "hours": e.duration.total_seconds() / 3600 if e.duration else None,
            "venue": e.venue.name if e.venue else None,
            "locality": e.venue.locality if e.venue else None,
            "participants": ";".join(e.participants),
            "remote": e.remote,
        }
        for v, e in d.events()
    ]
    cols = ["visit", "id", "date", "kind", "title", "start_time", "hours", "venue", "locality"]
    return _frame(rows, [*cols, "participants", "remote"])


def _last_year(d: Dossier) -> int | None:
    years = [a.date.latest().year for a in d.agreements if a.date]
    years += [m.date.latest().year for a in d.agreements for m in a.milestones]
    years += [x.date.latest().year for a in d.agreements for x in a.party_actions if x.date is not None]
    # A planned visit has not happened: it does not stretch the panel into the future.
    years += [
        v.end.latest().year
        for v in d.visits
        if v.certainty is None or v.certainty.level is not CertaintyLevel.PLANNED
    ]
    return max(years) if years else None


def dyad_years(dossier: Dossier, *, until: int | None = None, include_signed: bool = False) -> pd.DataFrame:
    """One row per unordered pair of states and year in which both were bound by a common agreement.

    A pair counts in a year when, on 31 December, the agreement is certainly in
    force for both states (with ``include_signed``, when both are certainly at
    least signatories and have not left it). Read from the lifecycle engine's
    changes of standing, so each party is computed once per agreement, not once
    per year.

    Args:
        dossier: The dossier.
        until: The last year; by default the latest year of any date in the dossier.
        include_signed: Count signatories, contracting states and provisional
            application too.

    Returns:
        A DataFrame with columns ``state_a``, ``state_b`` (``state_a < state_b``),
        ``year``, ``agreements`` (the ids, ``;``-joined, in dossier order) and
        ``count``.

    Raises:
        MissingDependencyError: pandas is not installed.
    """
    counted = _SIGNED_OR_BOUND if include_signed else _IN_FORCE
    last = until if until is not None else _last_year(dossier)
    pairs: dict[tuple[str, str, int], list[str]] = {}
    for a in dossier.agreements:
        first = _first_year(a.date, [m.date for m in a.milestones], [x.date for x in a.party_actions])
        if first is None or last is None:
            continue
        life = dossier.lifecycle(a.id)
        years_of: dict[str, set[int]] = {}
        for party in a.participants:
            if isinstance(party, StateRef) and party.code not in years_of:
                years_of[party.code] = _years_counted(life.changes(party), counted, first, last)
        by_year: dict[int, list[str]] = {}
        for code in sorted(years_of):
            for year in years_of[code]:
                by_year.setdefault(year, []).append(code)
        for year, codes in by_year.items():
            for i, left in enumerate(codes):
                for right in codes[i + 1 :]:
                    pairs.setdefault((left, right, year), []).append(a.id)
    rows = [
        {"state_a": k[0], "state_b": k[1], "year": k[2], "agreements": ";".join(ids), "count": len(ids)}
        for k, ids in sorted(pairs.items())
    ]
    return _frame(rows, ["state_a", "state_b", "year", "agreements", "count"])


_IN_FORCE = frozenset({Status.IN_FORCE})
_SIGNED_OR_BOUND = frozenset(
    {Status.SIGNED, Status.CONSENTED, Status.PROVISIONALLY_APPLIED, Status.IN_FORCE, Status.SUSPENDED}
)


def _years_counted(
    changes: tuple[tuple[dt.date, Standing], ...], counted: frozenset[Status], first: int, last: int
) -> set[int]:
    """The years from ``first`` to ``last`` whose 31 December falls where every possible status is counted."""
    years: set[int] = set()
    for (start, standing), following in zip(changes, (*changes[1:], None), strict=True):
        if not standing.possible or not standing.possible <= counted:
            continue
        end = following[0] - dt.timedelta(days=1) if following is not None else dt.date(last, 12, 31)
        low = max(first, start.year)
        high = min(last, end.year if end.month == 12 and end.day == 31 else end.year - 1)
        years.update(range(low, high + 1))
    return years


def _first_year(date: DateValue | None, *more: list[DateValue | None]) -> int | None:
    years = [date.earliest().year] if date else []
    years += [d.earliest().year for group in more for d in group if d is not None]
    return min(years) if years else None
