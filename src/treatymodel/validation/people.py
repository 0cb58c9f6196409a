"""Rules about persons, offices and tenures (``TM-P``)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator

from treatymodel.people import Tenure
from treatymodel.validation._index import DossierIndex
from treatymodel.validation._registry import Finding, dossier_rule
from treatymodel.validation.report import Severity

__all__ = ["overlapping_holders", "same_tenure_twice", "tenure_ends_before_start"]

_E = Severity.ERROR
_W = Severity.WARNING


@dossier_rule("TM-P001", "Tenure ends before it starts", _E)
def tenure_ends_before_start(index: DossierIndex) -> Iterator[Finding]:
    """A tenure's ``end`` is certainly before its ``start``.

    Needs: the tenure's ``start`` and ``end``; when either is unknown it draws nothing.

    Why: nobody leaves an office before taking it; the dates are swapped or
    mistyped.

    Example:
        ``{"person": "tokayev", "office": "president-kaz", "start": "2019-03-20",
        "end": "2019-03-19"}`` is reported at ``$.tenures[0].end``.
    """
    for i, tenure in enumerate(index.dossier.tenures):
        if tenure.start is not None and tenure.end is not None and tenure.end.is_before(tenure.start):
            yield Finding(
                f"$.tenures[{i}].end",
                f"{tenure.person!r}'s tenure of {tenure.office!r} ends ({tenure.end}) before it starts"
                f" ({tenure.start})",
                "swap or correct start and end",
            )


def _certain_span(tenure: Tenure) -> tuple[dt.date, dt.date] | None:
    """The days the tenure certainly covers; ``None`` if there are none or its start is unknown.

    From the last day its ``start`` could be to the first day its ``end`` could be. An
    unknown ``end`` (``null``: it goes on, or is not known) may be on the day it started,
    so such a tenure certainly covers only its first day, when that day is known.
    """
    if tenure.start is None:
        return None
    first = tenure.start.latest()
    last = tenure.end.earliest() if tenure.end is not None else tenure.start.earliest()
    return (first, last) if first <= last else None


def _possible_span(tenure: Tenure) -> tuple[dt.date, dt.date] | None:
    """The days the tenure may cover, open-ended when its ``end`` is unknown; ``None`` if its start is."""
    if tenure.start is None:
        return None
    last = tenure.end.latest() if tenure.end is not None else dt.date.max
    return tenure.start.earliest(), last


def _overlaps(
    index: DossierIndex, same_person: bool, span: Callable[[Tenure], tuple[dt.date, dt.date] | None]
) -> Iterator[tuple[int, int, dt.date]]:
    """Pairs (earlier, later) of tenures of one office whose ``span`` overlap, each later one once."""
    by_office: dict[str, list[tuple[dt.date, dt.date, int]]] = {}
    tenures = index.dossier.tenures
    for i, tenure in enumerate(tenures):
        days = span(tenure)
        if days is not None:
            by_office.setdefault(tenure.office, []).append((days[0], days[1], i))
    for spans in by_office.values():
        spans.sort()
        # Sweep in start order, keeping, per person, the tenure reaching furthest so far
        # and, over all persons, the two furthest-reaching holders (so one of them is
        # always someone else).
        furthest: dict[str, tuple[dt.date, int]] = {}
        top: list[tuple[dt.date, int, str]] = []
        for first, last, i in spans:
            person = tenures[i].person
            if same_person:
                seen = furthest.get(person)
                if seen is not None and seen[0] > first:
                    yield seen[1], i, first
            else:
                other = next((t for t in top if t[2] != person), None)
                if other is not None and other[0] > first:
                    yield other[1], i, first
            if person not in furthest or furthest[person][0] < last:
                furthest[person] = (last, i)
            top = sorted(
                [*(t for t in top if t[2] != person), (furthest[person][0], furthest[person][1], person)],
                reverse=True,
            )[:2]


def _certain_then_possible(
    index: DossierIndex, same_person: bool
) -> Iterator[tuple[int, int, dt.date, bool]]:
    """Certain overlaps, then the possible ones not already reported: (earlier, later, day, may)."""
    reported: set[int] = set()
    pairs: set[frozenset[int]] = set()
    for earlier, later, day in _overlaps(index, same_person, _certain_span):
        reported.add(later)
        pairs.add(frozenset((earlier, later)))
        yield earlier, later, day, False
    for earlier, later, day in _overlaps(index, same_person, _possible_span):
        if later not in reported and frozenset((earlier, later)) not in pairs:
            reported.add(later)
            yield earlier, later, day, True


@dossier_rule("TM-P002", "Two holders of a one-holder office at once", _E)
def overlapping_holders(index: DossierIndex) -> Iterator[Finding]:
    """Two persons certainly hold the same single-holder office on some day.

    A tenure certainly covers the days from the last day its ``start`` could be to
    the first day its ``end`` could be. An ``end`` of ``null`` means the tenure goes on
    or its end is not known: it may have ended on the day it began, so such a tenure
    certainly covers only its first day, and may run on without end. A tenure with an
    unknown start is not checked, and a shared handover day (one tenure ending on the
    day the next starts) is not an overlap. Offices with ``single_holder`` false
    (members of a parliament) and offices missing from the dossier are not checked.

    Needs: each tenure's ``start``, and an office of the dossier with ``single_holder``
    true; a tenure with an unknown start is not checked. An overlap that needs an
    unknown ``end`` (``null``) to reach past the next holder's start, such as a
    predecessor whose end is not recorded, is only possible: a "may" finding, reported
    with ``validate(..., strict=True)``.

    Why: a presidency has one holder at a time; an overlap means an end date is
    wrong, or missing: with ``strict``, a predecessor whose end was not recorded is
    shown.

    Example:
        ``nazarbayev`` holding ``president-kaz`` from ``1991-12-16`` to ``2022-01-05``
        and ``tokayev`` from ``2019-03-20`` is reported at ``$.tenures[1].start``; with
        no end recorded for ``nazarbayev``, only with ``strict``, as a "may" finding.
    """
    offices = index.offices
    tenures = index.dossier.tenures
    for earlier, later, day, may in _certain_then_possible(index, same_person=False):
        office = offices.get(tenures[later].office)
        if office is None or not office.single_holder:
            continue
        yield Finding(
            f"$.tenures[{later}].start",
            f"{tenures[later].person!r} and {tenures[earlier].person!r} both hold {office.id!r},"
            f" which has one holder at a time, from {day.isoformat()}",
            f"record when $.tenures[{earlier}] ended",
            may=may,
        )


@dossier_rule("TM-P003", "Same tenure recorded twice", _W)
def same_tenure_twice(index: DossierIndex) -> Iterator[Finding]:
    """Two tenures of the same office by the same person certainly overlap.

    Overlap is judged as in ``TM-P002``; consecutive terms sharing a handover day
    are fine.

    Needs: each tenure's ``start``; a tenure with an unknown start is not checked. An
    ``end`` of ``null`` means the tenure goes on or its end is not known, so an overlap
    that needs it (two terms, the first with no end recorded) is only possible: a "may"
    finding, reported with ``validate(..., strict=True)``.

    Why: one continuous tenure is one record; overlapping duplicates usually come
    from merging two sources and should be merged, keeping both sources.

    Example:
        Two tenures of ``president-rus`` by ``putin``, from ``2012-05-07`` to
        ``2024-05-07`` and from ``2018-05-07``, are reported at ``$.tenures[1].start``;
        with no end recorded for the first, only with ``strict``, as a "may" finding.
    """
    tenures = index.dossier.tenures
    for earlier, later, _, may in _certain_then_possible(index, same_person=True):
        yield Finding(
            f"$.tenures[{later}].start",
            f"{tenures[later].person!r}'s tenure of {tenures[later].office!r} overlaps $.tenures[{earlier}]",
            "merge the two tenures and keep both sources",
            may=may,
        )
