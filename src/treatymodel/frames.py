"""A dossier as tidy, typed pandas tables, and the party-year and dyad-year panels.

pandas is an optional dependency: ``pip install 'treatymodel[pandas]'``. Without
it, building a table raises `MissingDependencyError` (an
``ImportError`` too). This module imports pandas only when a table is built.

`to_frames` gives every table of `TABLES` by name, each built on
first request (asking for ``frames["commitments"]`` builds nothing else). The
schemas are fixed and documented in `treatymodel.tables` and on the
"Tables" page of the docs: ids join the tables, every partial date is three
columns (``*_earliest`` and ``*_latest`` as ``datetime64[s]``, ``*_precision``
categorical), vocabularies are categoricals, booleans and counts nullable, lists
are tables of their own.

The **party-year panel** (`party_years`) has one row per agreement, party
and year, from the year of the agreement's first dated fact to the last year
(`treatymodel.tables.last_year` by default): the party's standing on 31
December, as the lifecycle engine answers `treatymodel.Dossier.standing`,
with ``in_force`` and ``bound`` as nullable booleans (null, never ``False``,
where the record leaves the answer open) and the ATOP obligations its
commitments code. The **dyad-year panel** (`dyad_years`) has one row per
unordered pair of states and year in which a common agreement is, or may be, in
force for both on 31 December.

Example:
    >>> from treatymodel import datasets
    >>> frames = datasets.load("ru-kz-2025").to_frames()  # doctest: +SKIP
    >>> frames["commitment_topics"].groupby("topic", observed=True).size()  # doctest: +SKIP
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Mapping
from typing import TYPE_CHECKING, Any

from treatymodel import tables
from treatymodel._gc import paused
from treatymodel._optional import require
from treatymodel.dossier import Dossier
from treatymodel.lifecycle import Status
from treatymodel.parties import StateRef
from treatymodel.provisions import Obligation
from treatymodel.tables import SCHEMAS, TABLES, ColumnType, TableSchema

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["TABLES", "Frames", "dtypes", "dyad_years", "frame", "party_years", "to_frames"]


def _pandas() -> Any:
    return require("pandas", extra="pandas", feature="Dossier.to_frames()")


def dtypes(table: str) -> dict[str, Any]:
    """The pandas dtype of every column of ``table``, in order: its fixed schema.

    Raises:
        MissingDependencyError: pandas is not installed.
        KeyError: no table has that name.
    """
    pandas = _pandas()
    return {c.name: _dtype(pandas, c.type, c.categories) for c in SCHEMAS[table].columns}


def _dtype(pandas: Any, kind: ColumnType, categories: tuple[str, ...]) -> Any:
    if kind is ColumnType.CATEGORY:
        return pandas.CategoricalDtype(categories=list(categories))
    return _DTYPES[kind]


_DTYPES = {
    ColumnType.STRING: "string",
    ColumnType.BOOLEAN: "boolean",
    ColumnType.INTEGER: "Int64",
    ColumnType.DATE: "datetime64[s]",
    ColumnType.TIME: "object",
    ColumnType.LIST: "object",
}


_EPOCH = dt.date(1970, 1, 1).toordinal()
_NAT = -(2**63)  # numpy's not-a-time


def _to_frame(data: dict[str, list[Any]], schema: TableSchema) -> pd.DataFrame:
    with paused():  # many new objects (tuples, arrays) and no cycles
        return _build_frame(data, schema)


def _build_frame(data: dict[str, list[Any]], schema: TableSchema) -> pd.DataFrame:
    pandas = _pandas()
    import numpy

    columns: dict[str, Any] = {}
    for column in schema.columns:
        values = data[column.name]
        kind = column.type
        if kind is ColumnType.CATEGORY:
            columns[column.name] = pandas.Categorical(values, categories=list(column.categories))
        elif kind is ColumnType.DATE:
            # Days since 1970 as numpy's day unit, which holds years 1 to 9999 (pandas'
            # nanoseconds would not: 1677-2262); from ordinals, which is ten times faster
            # than numpy reading date objects.
            days = [_NAT if v is None else v.toordinal() - _EPOCH for v in values]
            columns[column.name] = (
                numpy.array(days, dtype=numpy.int64).view("datetime64[D]").astype("datetime64[s]")
            )
        elif kind in (ColumnType.TIME, ColumnType.LIST):
            # Cell by cell: given a sequence of equal-length tuples at once, numpy would
            # make a two-dimensional array of them.
            cells = numpy.empty(len(values), dtype=object)
            if kind is ColumnType.LIST:
                for n, v in enumerate(values):
                    cells[n] = None if v is None else tuple(v)
            else:
                for n, v in enumerate(values):
                    cells[n] = v
            columns[column.name] = cells
        else:
            columns[column.name] = pandas.array(values, dtype=_DTYPES[kind])
    frame: pd.DataFrame = pandas.DataFrame(columns, columns=list(schema.names))
    return frame


def frame(dossier: Dossier, table: str) -> pd.DataFrame:
    """One table of ``dossier`` as a DataFrame with its fixed schema (`dtypes`).

    The panels are built with their defaults; call `party_years` or
    `dyad_years` for their options.

    Raises:
        MissingDependencyError: pandas is not installed.
        KeyError: no table has that name.
    """
    _pandas()
    if table == "party_years":
        return party_years(dossier)
    if table == "dyad_years":
        return dyad_years(dossier)
    return _to_frame(tables.columns(dossier, table), SCHEMAS[table])


class Frames(Mapping[str, "pd.DataFrame"]):
    """The tables of a dossier by name, each built on first request and kept.

    A read-only mapping over `TABLES`: ``frames["agreements"]`` builds that
    table only; ``dict(frames)`` builds them all.

    Args:
        dossier: The dossier.
    """

    __slots__ = ("_built", "dossier")

    def __init__(self, dossier: Dossier) -> None:
        self.dossier = dossier
        self._built: dict[str, pd.DataFrame] = {}

    def __getitem__(self, table: str) -> pd.DataFrame:
        found = self._built.get(table)
        if found is None:
            if table not in SCHEMAS:
                raise KeyError(table)
            found = self._built[table] = frame(self.dossier, table)
        return found

    def __iter__(self) -> Iterator[str]:
        return iter(TABLES)

    def __len__(self) -> int:
        return len(TABLES)

    def __contains__(self, table: object) -> bool:
        return table in SCHEMAS

    def __repr__(self) -> str:
        built = ", ".join(self._built) or "none yet"
        return f"Frames(dossier={self.dossier.id!r}, tables={len(TABLES)}, built: {built})"


def to_frames(dossier: Dossier) -> Frames:
    """The dossier's tables, one per name in `TABLES`, each built when first asked for.

    Raises:
        MissingDependencyError: pandas is not installed.
    """
    _pandas()
    return Frames(dossier)


def party_years(dossier: Dossier, *, until: int | None = None) -> pd.DataFrame:
    """One row per agreement, party and year: the party's standing on 31 December, from the lifecycle engine.

    Rows run from the year of the agreement's first dated fact (its date, a
    signature, an act or a milestone) to ``until``, for every party it lists,
    bound or not. ``status`` is the settled status (null when nothing has
    happened yet or when the record leaves it unsettled: ``settled`` tells
    which, ``possible`` lists the candidates). ``in_force`` (a party in the sense
    of VCLT art. 2(1)(g)) and ``bound`` (consented, in force or suspended) are
    ``True`` when every possible status says so, ``False`` when none does, and
    null when the record leaves it open: an unsettled year is never counted as
    not bound. ``defence`` ... ``consultation`` say whether a commitment coded
    with that ATOP obligation binds the party; combine them with ``in_force``.

    Args:
        dossier: The dossier.
        until: The last year; by default the latest year of any date in the dossier.

    Raises:
        MissingDependencyError: pandas is not installed.
    """
    _pandas()
    return _to_frame(tables.party_year_columns(dossier, until=until), SCHEMAS["party_years"])


def dyad_years(dossier: Dossier, *, until: int | None = None, include_signed: bool = False) -> pd.DataFrame:
    """One row per unordered pair of states and year in which a common agreement is, or may be, in force.

    A pair counts in a year when, on 31 December, the agreement is certainly in
    force for both states (with ``include_signed``, when both are certainly at
    least signatories and have not left it): its id is in ``agreements``. Where
    the record leaves it open for either state, the id is in ``unsettled``
    instead, and a pair with only unsettled agreements has ``in_force`` null.
    Read from the lifecycle engine's changes of standing, so each party is
    computed once per agreement, not once per year.

    Args:
        dossier: The dossier.
        until: The last year; by default the latest year of any date in the dossier.
        include_signed: Count signatories, contracting states and provisional
            application too.

    Returns:
        A DataFrame with columns ``state_a``, ``state_b`` (``state_a < state_b``),
        ``year``, ``agreements`` (ids, in dossier order), ``count``,
        ``unsettled``, ``in_force`` and one nullable boolean per ATOP
        obligation (an agreement in force for both with such a commitment
        binding both).

    Raises:
        MissingDependencyError: pandas is not installed.
    """
    _pandas()
    return _to_frame(_dyad_columns(dossier, until, include_signed), SCHEMAS["dyad_years"])


_IN_FORCE = frozenset({Status.IN_FORCE})
_SIGNED_OR_BOUND = frozenset(
    {Status.SIGNED, Status.CONSENTED, Status.PROVISIONALLY_APPLIED, Status.IN_FORCE, Status.SUSPENDED}
)


def _dyad_columns(dossier: Dossier, until: int | None, include_signed: bool) -> dict[str, list[Any]]:
    """The dyad-year columns.

    A 150-party convention in force for 30 years is 335,000 pair-years: the pairs
    are made with numpy, once for each set of states that stays the same over
    several years, and grouped by one sort, instead of one dictionary update per
    pair, agreement and year.
    """
    import numpy as np

    counted = _SIGNED_OR_BOUND if include_signed else _IN_FORCE
    last = until if until is not None else tables.last_year(dossier)
    schema = SCHEMAS["dyad_years"]
    out: dict[str, list[Any]] = {name: [] for name in schema.names}
    codes = sorted({p.code for a in dossier.agreements for p in a.participants if isinstance(p, StateRef)})
    if last is None or not codes:
        return out
    index = {code: n for n, code in enumerate(codes)}  # alphabetical, so left < right is state_a < state_b
    parts: list[tuple[Any, ...]] = []
    with paused():
        for number, a in enumerate(dossier.agreements):
            first = tables.first_year(a)
            if first is None or first > last:
                continue
            life = dossier.lifecycle(a.id)
            members: dict[int, list[tuple[int, bool, int]]] = {}
            for code in sorted({p.code for p in a.participants if isinstance(p, StateRef)}):
                party = StateRef(code=code)
                duties = sum(1 << k for k, flag in enumerate(tables.obligations(a, party)) if flag)
                for low, high, standing in tables.year_spans(life.changes(party), first, last):
                    found = tables.answer(standing.possible, counted)
                    if found is not False:
                        for y in range(low, high + 1):
                            members.setdefault(y, []).append((index[code], found is True, duties))
            # Years with the same states (and answers) share their pairs.
            years_of: dict[tuple[tuple[int, bool, int], ...], list[int]] = {}
            for y, found_members in members.items():
                if len(found_members) > 1:
                    years_of.setdefault(tuple(found_members), []).append(y)
            for same, years in years_of.items():
                state, sure_of, duty_of = (np.array(x) for x in zip(*same, strict=True))
                i, j = np.triu_indices(len(same), 1)
                n, times = len(i), len(years)
                parts.append(
                    (
                        np.tile(state[i], times),
                        np.tile(state[j], times),
                        np.repeat(np.array(years), n),
                        np.full(n * times, number),
                        np.tile(sure_of[i] & sure_of[j], times),
                        np.tile(duty_of[i] & duty_of[j], times),
                    )
                )
        if not parts:
            return out
        left, right, year, agreement, certain, duty = (np.concatenate(x) for x in zip(*parts, strict=True))
        parts.clear()
        low_year = int(year.min())
        key = (left.astype(np.int64) * len(codes) + right) * (last - low_year + 1) + (year - low_year)
        order = np.lexsort((agreement, key))  # by pair and year, then dossier order
        key, left, right, year = key[order], left[order], right[order], year[order]
        agreement, certain, duty = agreement[order], certain[order], duty[order]
        starts = np.flatnonzero(np.r_[True, key[1:] != key[:-1]])
        group = np.cumsum(np.r_[False, key[1:] != key[:-1]])
        ids = np.array([a.id for a in dossier.agreements], dtype=object)[agreement]
        groups = len(starts)
        sure = _lists(ids, group, certain, groups)
        unsure = _lists(ids, group, ~certain, groups)
        count = np.add.reduceat(certain.astype(np.int64), starts)
        sure_duty = np.bitwise_or.reduceat(np.where(certain, duty, 0), starts)
        unsure_duty = np.bitwise_or.reduceat(np.where(certain, 0, duty), starts)
        names = np.array(codes, dtype=object)
        out["state_a"] = names[left[starts]].tolist()
        out["state_b"] = names[right[starts]].tolist()
        out["year"] = year[starts].tolist()
        out["agreements"] = sure
        out["count"] = count.tolist()
        out["unsettled"] = unsure
        out["in_force"] = [True if c else None for c in out["count"]]
        for k, obligation in enumerate(Obligation):
            bit = 1 << k
            out[obligation.value] = [
                True if s & bit else (None if u & bit else False)
                for s, u in zip(sure_duty.tolist(), unsure_duty.tolist(), strict=True)
            ]
    return out


def _lists(ids: Any, group: Any, chosen: Any, groups: int) -> list[list[str]]:
    """For each group, the ids of its chosen rows, in order."""
    import numpy as np

    found: list[list[str]] = [[] for _ in range(groups)]
    where = group[chosen]
    if len(where):
        cuts = np.flatnonzero(where[1:] != where[:-1]) + 1
        for at, chunk in zip(where[np.r_[0, cuts]].tolist(), np.split(ids[chosen], cuts), strict=True):
            found[at] = chunk.tolist()
    return found
