"""A columnar store: every table of many dossiers as Parquet files with fixed Arrow schemas.

pyarrow is an optional dependency: ``pip install 'treatymodel[parquet]'``. Without
it, `write_parquet` and `arrow_schema` raise
`MissingDependencyError`.

`write_parquet` reads dossiers (objects, JSON files, JSON Lines files, or
the names of bundled records) and writes one folder per table under the target,
each holding one Parquet file per export run::

    store/
      agreements/part-00000.parquet
      party_years/part-00000.parquet
      ...

Every file of a table has the same Arrow schema (`arrow_schema`: the
table's columns, as `treatymodel.tables` declares them, after a ``dossier``
column with the id of the dossier each row comes from), so DuckDB, Polars or
Spark read the same column types from every file, whichever dossiers it holds and
whether a column has any value. A later run adds its own files next to the
earlier ones: the folder is one dataset, ``read_parquet('store/agreements/*.parquet')``.

Arrow types: text ``string``, vocabularies ``dictionary<int32, string>``,
booleans ``bool``, counts ``int64``, days ``date32``, times of day ``time32[ms]``,
lists ``list<string>``; every column is nullable.

A JSON Lines file of agreements (or visits) is read in batches of
``batch_size`` records, each written as a dossier named after the file; the
party-year panel still sees the relations by which an agreement of another
batch ends one (a first pass collects them). The panel runs to the same last
year for every input: ``until``, or the latest year of any input.

Example:
    >>> from treatymodel import export
    >>> export.write_parquet(["ru-kz-2025"], "store")  # doctest: +SKIP
    {'agreements': PosixPath('store/agreements/part-00000.parquet'), ...}
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from treatymodel import tables
from treatymodel._gc import paused
from treatymodel._optional import require
from treatymodel.agreements import Agreement, Relation
from treatymodel.dossier import Dossier
from treatymodel.lifecycle import ENDING_RELATIONS, Lifecycle, lifecycle
from treatymodel.tables import RECORD_TABLES, SCHEMAS, ColumnType
from treatymodel.visits import Visit

if TYPE_CHECKING:
    import pyarrow as pa

__all__ = ["STORE_TABLES", "arrow_schema", "to_arrow", "write_parquet"]

#: The tables of the store: every record table and the party-year panel. The
#: dyad-year panel is a self-join of the party-year one (see the docs' queries).
STORE_TABLES: tuple[str, ...] = (*RECORD_TABLES, "party_years")

_PART = re.compile(r"^part-(\d{5,})\.parquet$")


def _pyarrow() -> Any:
    return require("pyarrow", extra="parquet", feature="The Parquet export")


def _arrow_type(pa: Any, kind: ColumnType) -> Any:
    return {
        ColumnType.STRING: pa.string(),
        ColumnType.CATEGORY: pa.dictionary(pa.int32(), pa.string()),
        ColumnType.BOOLEAN: pa.bool_(),
        ColumnType.INTEGER: pa.int64(),
        ColumnType.DATE: pa.date32(),
        ColumnType.TIME: pa.time32("ms"),  # Parquet stores times to the millisecond at least
        ColumnType.LIST: pa.list_(pa.string()),
    }[kind]


def arrow_schema(table: str) -> pa.Schema:
    """The fixed Arrow schema of ``table`` in the store: ``dossier``, then the table's columns.

    Raises:
        MissingDependencyError: pyarrow is not installed.
        KeyError: no table has that name.
    """
    pa = _pyarrow()
    schema = SCHEMAS[table]
    fields = [pa.field("dossier", pa.string(), nullable=False)]
    fields += [pa.field(c.name, _arrow_type(pa, c.type)) for c in schema.columns]
    return pa.schema(fields, metadata={"treatymodel.table": table, "treatymodel.key": ",".join(schema.key)})


def to_arrow(
    dossier: Dossier,
    table: str,
    *,
    until: int | None = None,
    lifecycle_of: Callable[[Agreement], Lifecycle] | None = None,
) -> pa.Table:
    """One table of ``dossier`` as an Arrow table with the store's schema (`arrow_schema`).

    Args:
        dossier: The dossier.
        table: A name of `STORE_TABLES`: a record table or ``party_years``.
        until: For ``party_years``: the last year (default: the dossier's latest).
        lifecycle_of: For ``party_years``: how to get an agreement's lifecycle.

    Raises:
        MissingDependencyError: pyarrow is not installed.
        KeyError: ``table`` is not in `STORE_TABLES`.
    """
    pa = _pyarrow()
    if table not in STORE_TABLES:
        raise KeyError(table)
    if table == "party_years":
        data = tables.party_year_columns(dossier, until=until, lifecycle_of=lifecycle_of)
    else:
        data = tables.columns(dossier, table)
    schema = arrow_schema(table)
    size = len(next(iter(data.values()))) if data else 0
    with paused():
        arrays = [pa.array([dossier.id] * size, pa.string())]
        for column in SCHEMAS[table].columns:
            values = data[column.name]
            if column.type is ColumnType.CATEGORY:
                arrays.append(pa.array(values, pa.string()).dictionary_encode())
            else:
                arrays.append(pa.array(values, _arrow_type(pa, column.type)))
        return pa.Table.from_arrays(arrays, schema=schema)


# --------------------------------------------------------------------------- inputs

Source = Dossier | str | os.PathLike[str]
_JSONL = (".jsonl", ".ndjson")


def _is_jsonl(path: Path) -> bool:
    return path.suffix.lower() in _JSONL


def _streamed(source: Source, record_type: type) -> bool:
    """Whether ``source`` is a JSON Lines file of agreements or visits, read in batches."""
    return not isinstance(source, Dossier) and _is_jsonl(Path(source)) and record_type is not Dossier


def _units(source: Source, record_type: type, batch_size: int) -> Iterator[Dossier]:
    """The dossiers a source holds: itself, a file's dossier, or a JSON Lines file's records in batches."""
    from treatymodel import datasets
    from treatymodel.serialization import from_json, iter_jsonl

    if isinstance(source, Dossier):
        yield source
        return
    path = Path(source)
    if not path.exists() and str(source) in datasets.names():
        yield datasets.load(str(source))
        return
    if not _is_jsonl(path):
        yield _wrap(from_json(path.read_bytes(), record_type), path.stem, 0)
        return
    if record_type is Dossier:
        yield from iter_jsonl(path, Dossier)
        return
    batch: list[object] = []
    number = 0
    record: object
    for record in iter_jsonl(path, record_type):
        batch.append(record)
        if len(batch) >= batch_size:
            yield _batch(batch, path.stem, number)
            batch, number = [], number + 1
    if batch or number == 0:
        yield _batch(batch, path.stem, number)


def _wrap(record: object, name: str, number: int) -> Dossier:
    return record if isinstance(record, Dossier) else _batch([record], name, number)


def _batch(records: Sequence[object], name: str, number: int) -> Dossier:
    from treatymodel._validators import is_identifier

    # The file's name is the dossier's id when it is a valid id; its batches share it.
    return Dossier(
        id=name if is_identifier(name) else "stream",
        title=f"{name}, records read in batch {number}",
        agreements=tuple(r for r in records if isinstance(r, Agreement)),
        visits=tuple(r for r in records if isinstance(r, Visit)),
    )


# --------------------------------------------------------------------------- writing


def _next_part(directory: Path) -> int:
    numbers = [
        int(m.group(1))
        for table in STORE_TABLES
        if (directory / table).is_dir()
        for entry in (directory / table).iterdir()
        if (m := _PART.match(entry.name))
    ]
    return max(numbers, default=-1) + 1


def write_parquet(
    sources: Iterable[Source],
    directory: str | os.PathLike[str],
    *,
    record_type: type = Dossier,
    until: int | None = None,
    batch_size: int = 5_000,
) -> dict[str, Path]:
    """Write every table of ``sources`` as Parquet under ``directory``, one file per table for this run.

    Args:
        sources: Dossiers, paths of JSON or JSON Lines files, or names of bundled
            records (`treatymodel.datasets.names`).
        directory: The store; created if missing. Files of earlier runs stay, and
            this run's files take the next free number.
        record_type: What the files hold: `Dossier` (default),
            `Agreement` or `Visit`
            (written as dossiers of ``batch_size`` records named after the file).
        until: The last year of the party-year panel; by default the latest year of
            any date of any source.
        batch_size: Records per dossier for JSON Lines files of agreements or visits.

    Returns:
        The file written for each table of `STORE_TABLES`.

    Raises:
        MissingDependencyError: pyarrow is not installed.
        DecodeError: a file is not a valid record.
        OSError: a file cannot be read or written.
    """
    _pyarrow()
    import pyarrow.parquet as pq

    listed = list(sources)
    # First pass: the last year of every input, and the relations by which one
    # agreement ends another, so that batches of one stream see each other's.
    last = until
    ending: dict[str, list[tuple[Relation, Agreement]]] = {}
    if until is None or any(_streamed(s, record_type) for s in listed):
        years: list[int] = []
        for source in listed:
            for unit in _units(source, record_type, batch_size):
                year = tables.last_year(unit)
                if year is not None:
                    years.append(year)
                if _streamed(source, record_type):
                    for later in unit.agreements:
                        for relation in later.relations:
                            if relation.kind in ENDING_RELATIONS:
                                ending.setdefault(relation.target, []).append((relation, later))
        if last is None:
            last = max(years, default=None)
    target = Path(directory)
    number = _next_part(target)
    paths = {name: target / name / f"part-{number:05d}.parquet" for name in STORE_TABLES}
    # Written under temporary names and renamed once every input is read: a run that
    # fails leaves the store as it was.
    partial = {name: path.with_name(f".{path.name}.tmp") for name, path in paths.items()}
    writers: dict[str, Any] = {}
    try:
        for name, path in partial.items():
            path.parent.mkdir(parents=True, exist_ok=True)
            writers[name] = pq.ParquetWriter(path, arrow_schema(name))
        for source in listed:
            lifecycle_of = _across_batches(ending) if _streamed(source, record_type) else None
            for unit in _units(source, record_type, batch_size):
                for name in STORE_TABLES:
                    found = to_arrow(unit, name, until=last, lifecycle_of=lifecycle_of)
                    if found.num_rows:
                        writers[name].write_table(found)
        for writer in writers.values():
            writer.close()
        for name, path in partial.items():
            path.replace(paths[name])
    except BaseException:
        for writer in writers.values():
            writer.close()
        for path in partial.values():
            path.unlink(missing_ok=True)
        raise
    return paths


def _across_batches(ending: dict[str, list[tuple[Relation, Agreement]]]) -> Callable[[Agreement], Lifecycle]:
    """Lifecycles that see the ending relations of every batch of the stream, not only this one's."""

    def get(agreement: Agreement) -> Lifecycle:
        return lifecycle(agreement, replaced_by=tuple(ending.get(agreement.id, ())))

    return get
