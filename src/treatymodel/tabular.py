r"""Party actions from a table: a CSV file or a DataFrame of who did what to which agreement, when.

`read_actions` reads one row per act of a party (signature, ratification,
accession, withdrawal...) into `PartyAction` records, and
`write_actions` writes a dossier's party actions as such a CSV file.

- **Columns** are those of the ``party_actions`` table of `treatymodel.tables`
  (``agreement``, ``party``, ``party_type``, ``kind``, ``date``, ``effective``,
  ``performed_by``, ``body``, ``vote_in_favour``..., ``note``, ``text``,
  ``certainty``), plus ``title`` (the agreement's) and ``sources`` (ids, ``;``
  between them). ``columns`` maps a field to the table's own header:
  ``columns={"party": "Participant", "kind": "Action", "date": "Date"}``. Only
  ``agreement``, ``party`` and ``kind`` are required; a date may also come as the
  three columns the tables and DataFrames use (``date_earliest``, ``date_latest``,
  ``date_precision``).
- **Parties** go through `treatymodel.crosswalk` on the date of the act:
  "UK", "Ivory Coast", "Bolivia (Plurinational State of)", "Swaziland"...
  ``aliases`` settles the names a table uses that the crosswalk refuses or does
  not know (``{"Congo": "COG"}``); ``party_type`` ``organization`` takes the
  party as an organization's id.
- **Dates** are ISO 8601 or EDTF (``2018-09-27``, ``2018-09``, ``2018``,
  ``2018-09-27~``), or text with the month's name (``27 Sep 2018``, ``Sep
  2018``), read with python-dateutil. A numeric date in another order
  (``09/27/2018``) needs the order declared (``date_format="MDY"``, ``"DMY"`` or
  ``"YMD"``) or a ``strptime`` format (``"%m/%d/%Y"``); without one, a date whose
  day and month could be swapped is a row error, never a guess. A date without a
  day (``Sep 2018``, ``09/2018``) is of month precision.
- **Errors**: every row that cannot be read is reported, all at once, in one
  `TableError` listing each row's number, and nothing is imported. Rows are
  numbered as a spreadsheet shows the CSV file: the header is row 1, the first
  record row 2 (for a DataFrame, row ``n`` is ``df.iloc[n - 2]``).

Example:
    >>> import io
    >>> from treatymodel.tabular import read_actions
    >>> table = io.StringIO(
    ...     "agreement,party,kind,date\n"
    ...     "ctbt,UK,ratification,6 Apr 1998\n"
    ...     "ctbt,Bolivia (Plurinational State of),signature,1996-09\n"
    ... )
    >>> for action in read_actions(table).actions("ctbt"):
    ...     print(action.party.code, action.kind.value, action.date)
    GBR ratification 1998-04-06
    BOL signature 1996-09
"""

from __future__ import annotations

import datetime as dt
import functools
import math
import re
from collections.abc import Callable, Iterator, Mapping
from pathlib import Path
from typing import IO, Any

import attrs

from treatymodel._fielddocs import documented
from treatymodel.agreements import Agreement, AgreementKind, PartyAction, PartyActionKind, Vote
from treatymodel.crosswalk import Scheme, normalize, resolve
from treatymodel.dates import DateValue, PartialDate, parse_date
from treatymodel.dossier import Dossier
from treatymodel.errors import FieldError, TableError
from treatymodel.parties import OrganizationRef, PartyRef, State, StateRef
from treatymodel.values import Certainty, CertaintyLevel

__all__ = [
    "COLUMNS",
    "ActionTable",
    "ImportedAction",
    "RowError",
    "TableError",
    "read_actions",
    "write_actions",
]

#: The columns `write_actions` writes and `read_actions` reads by default, in order.
COLUMNS: tuple[str, ...] = (
    "agreement",
    "title",
    "party",
    "party_type",
    "kind",
    "date",
    "effective",
    "performed_by",
    "body",
    "vote_in_favour",
    "vote_against",
    "vote_abstentions",
    "depositary",
    "disputed_by",
    "note",
    "text",
    "certainty",
    "sources",
)
_REQUIRED = ("agreement", "party", "kind")
_DATE_FIELDS = ("date", "effective")
_LIST_SEPARATOR = ";"
_ORDERS = ("DMY", "MDY", "YMD")
_FIRST_ROW = 2  # the header is row 1, as a spreadsheet shows the file


@documented
@attrs.frozen(kw_only=True)
class RowError:
    """One problem with one row of a table."""

    row: int
    """The row's number: the header is row 1, the first record row 2."""
    column: str | None
    """The column at fault, as the table names it; ``None`` for the row."""
    value: str | None
    """The value read, when there is one."""
    message: str
    """What is wrong."""

    @property
    def problem(self) -> str:
        """The message, with the value read."""
        return f"{self.message} (got {self.value!r})" if self.value else self.message

    def __str__(self) -> str:
        where = f"row {self.row}" + (f", {self.column}" if self.column else "")
        return f"{where}: {self.problem}"


@documented
@attrs.frozen(kw_only=True)
class ImportedAction:
    """One row read: the party action and the agreement it belongs to."""

    row: int
    """The row's number (header: row 1)."""
    agreement: str
    """Id of the agreement."""
    title: str | None
    """The agreement's title, when given."""
    action: PartyAction
    """The party action."""


@documented
@attrs.frozen(kw_only=True)
class ActionTable:
    r"""The party actions of a table, in row order, with the agreements they belong to.

    Example:
        >>> import io
        >>> from treatymodel.tabular import read_actions
        >>> table = read_actions(io.StringIO("agreement,party,kind,date\na,Russia,signature,1992-05-25\n"))
        >>> table.agreement_ids, len(table)
        (('a',), 1)
    """

    rows: tuple[ImportedAction, ...]
    """Every row read."""

    def __len__(self) -> int:
        return len(self.rows)

    @property
    def agreement_ids(self) -> tuple[str, ...]:
        """The agreements' ids, in the order they first appear."""
        return tuple(dict.fromkeys(r.agreement for r in self.rows))

    def actions(self, agreement: str) -> tuple[PartyAction, ...]:
        """The party actions of ``agreement``, in row order."""
        return tuple(r.action for r in self.rows if r.agreement == agreement)

    def title(self, agreement: str) -> str | None:
        """The first title the table gives ``agreement``."""
        return next((r.title for r in self.rows if r.agreement == agreement and r.title), None)

    def add_to(self, dossier: Dossier) -> Dossier:
        """``dossier`` with these actions added to its agreements (after the ones they have).

        Raises:
            RecordNotFoundError: An agreement of the table is not in ``dossier``.
        """
        by_id = {a: self.actions(a) for a in self.agreement_ids}
        for agreement in by_id:
            dossier.agreement(agreement)  # raises for an agreement the dossier does not have
        agreements = tuple(
            attrs.evolve(a, party_actions=a.party_actions + by_id[a.id]) if a.id in by_id else a
            for a in dossier.agreements
        )
        return attrs.evolve(dossier, agreements=agreements)

    def to_dossier(self, *, id: str, title: str, kind: AgreementKind = AgreementKind.OTHER) -> Dossier:
        """A dossier of these agreements (titled by the table, else by their ids) and the states they name.

        Args:
            id: The dossier's id.
            title: The dossier's title.
            kind: The form of every agreement, which a table of actions does not give.
        """
        agreements = tuple(
            Agreement(id=a, title=self.title(a) or a, kind=kind, party_actions=self.actions(a))
            for a in self.agreement_ids
        )
        codes = dict.fromkeys(
            p.code
            for r in self.rows
            for p in (r.action.party, *r.action.disputed_by)
            if isinstance(p, StateRef)
        )
        return Dossier(id=id, title=title, states=tuple(State(code=c) for c in codes), agreements=agreements)


# --------------------------------------------------------------------------- reading cells


class _CellError(Exception):
    def __init__(self, message: str) -> None:
        self.message = message


_MONTH_NAME = re.compile(r"[^\W\d_]")
_NUMBERS = re.compile(r"\d+")
_NUMERIC_DATE = re.compile(r"\d{1,4}([./\- ])\d{1,4}(\1\d{1,4})?")


def _date_from_numbers(text: str, order: str | None) -> PartialDate:
    if _NUMERIC_DATE.fullmatch(text) is None:
        raise _CellError("is not a date")
    parts = _NUMBERS.findall(text)
    if len(parts) == 2:  # 09/2018 or 2018/09: a month
        month, year = (parts[1], parts[0]) if len(parts[0]) == 4 else parts
        if len(year) != 4:
            raise _CellError("needs a four-digit year")
        return PartialDate(year=int(year), month=int(month))
    if len(parts[0]) == 4:
        year, month, day = parts
    elif len(parts[2]) == 4:
        first, second, year = parts
        if order is None:
            a, b = int(first), int(second)
            if a != b and a <= 12 and b <= 12:
                raise _CellError(
                    "could be day-month or month-day: declare the order (date_format='DMY' or 'MDY')"
                )
            order = "DMY" if a > 12 else "MDY"
        if order == "YMD":
            raise _CellError("does not follow the declared order YMD")
        day, month = (first, second) if order == "DMY" else (second, first)
    else:
        raise _CellError("needs a four-digit year")
    return PartialDate(year=int(year), month=int(month), day=int(day))


def _date_from_words(text: str) -> PartialDate:
    from dateutil import parser

    try:
        one = parser.parse(text, default=dt.datetime(1, 1, 1))
        two = parser.parse(text, default=dt.datetime(2, 2, 2))
    except (ValueError, OverflowError) as exc:
        raise _CellError("is not a date") from exc
    if one.year != two.year or not re.search(r"\d{4}", text):
        raise _CellError("needs a four-digit year")
    if one.month != two.month:
        return PartialDate(year=one.year)
    if one.day != two.day:
        return PartialDate(year=one.year, month=one.month)
    return PartialDate(year=one.year, month=one.month, day=one.day)


def _date_with_format(text: str, date_format: str) -> PartialDate:
    try:
        parsed = dt.datetime.strptime(text, date_format)
    except ValueError as exc:
        raise _CellError(f"does not match the date format {date_format!r}") from exc
    if "%d" in date_format or "%j" in date_format:
        return PartialDate.of(parsed.date())
    if any(d in date_format for d in ("%m", "%b", "%B")):
        return PartialDate(year=parsed.year, month=parsed.month)
    return PartialDate(year=parsed.year)


def _date(value: Any, date_format: str | None) -> DateValue | None:
    text = _text(value)  # first: pandas' NaT is a datetime
    if text is None:
        return None
    if isinstance(value, dt.datetime):  # pandas' Timestamp is one
        return PartialDate.of(value.date())
    if isinstance(value, dt.date):
        return PartialDate.of(value)
    try:
        return parse_date(text)
    except (FieldError, ValueError):
        pass  # not ISO 8601 or EDTF: read it in the declared format
    try:
        if date_format is not None and "%" in date_format:
            return _date_with_format(text, date_format)
        if _MONTH_NAME.search(text):
            return _date_from_words(text)
        return _date_from_numbers(text, date_format)
    except FieldError as exc:
        raise _CellError(exc.reason) from exc


def _in_unit(day: dt.date, unit: str) -> str:
    return {"year": f"{day:%Y}", "month": f"{day:%Y-%m}"}.get(unit, day.isoformat())


def _date_from_columns(earliest: Any, latest: Any, precision: Any) -> DateValue | None:
    """A date from the three columns of the tables; one that spans more than its unit is an interval."""
    first, last, unit = _date(earliest, None), _date(latest, None), _text(precision)
    if first is None:
        return None
    if unit not in ("year", "month", "day"):
        raise _CellError("needs the date's precision: year, month or day")
    start = _in_unit(first.earliest(), unit)
    if last is None or last.latest() == PartialDate.parse(start).latest():
        return PartialDate.parse(start)
    return parse_date(f"{start}/{_in_unit(last.latest(), unit)}")


def _text(value: Any) -> str | None:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return None
    if type(value).__name__ in ("NAType", "NaTType"):  # pandas' missing values, without importing pandas
        return None
    text = str(value).strip()
    return text or None


def _count(value: Any) -> int | None:
    text = _text(value)
    if text is None:
        return None
    try:
        number = float(text)
    except ValueError as exc:
        raise _CellError("must be a whole number") from exc
    if not number.is_integer():
        raise _CellError("must be a whole number")
    return int(number)


def _items(value: Any) -> tuple[str, ...]:
    if isinstance(value, list | tuple):
        return tuple(t for v in value if (t := _text(v)))
    text = _text(value)
    return () if text is None else tuple(p.strip() for p in text.split(_LIST_SEPARATOR) if p.strip())


def _kind(value: Any) -> PartyActionKind:
    text = _text(value)
    key = "" if text is None else re.sub(r"[\s\-]+", "_", text.casefold())
    try:
        return PartyActionKind(key)
    except ValueError:
        raise _CellError(f"must be one of {', '.join(k.value for k in PartyActionKind)}") from None


def _level(value: Any) -> CertaintyLevel | None:
    text = _text(value)
    try:
        return None if text is None else CertaintyLevel(text)
    except ValueError:
        raise _CellError(f"must be one of {', '.join(c.value for c in CertaintyLevel)}") from None


# --------------------------------------------------------------------------- reading rows


@attrs.frozen(kw_only=True)
class _Reader:
    columns: Mapping[str, str]
    date_format: str | None
    scheme: Scheme
    aliases: Mapping[str, str]

    def column(self, field: str) -> str:
        return self.columns.get(field, field)

    def party(self, name: str, on: DateValue | None, organization: bool) -> PartyRef:
        if organization:
            return OrganizationRef(id=name)
        code = self.aliases.get(normalize(name))
        return StateRef(code=code if code is not None else resolve(name, on=on, scheme=self.scheme))

    def row(self, number: int, cells: Mapping[str, Any]) -> tuple[ImportedAction | None, list[RowError]]:
        errors: list[RowError] = []

        def cell(field: str, read: Callable[[Any], Any]) -> Any:
            column = self.column(field)
            value = cells.get(column)
            try:
                return read(value)
            except _CellError as exc:
                errors.append(RowError(row=number, column=column, value=_text(value), message=exc.message))
            except FieldError as exc:
                errors.append(RowError(row=number, column=column, value=_text(value), message=exc.reason))
            return None

        dates = {
            field: cell(field, functools.partial(self._date, field, cells=cells)) for field in _DATE_FIELDS
        }
        for field in _REQUIRED:
            if _text(cells.get(self.column(field))) is None:
                errors.append(RowError(row=number, column=self.column(field), value=None, message="is empty"))
        organization = _text(cells.get(self.column("party_type"))) == "organization"
        agreement, kind = _text(cells.get(self.column("agreement"))), cell("kind", _kind)
        party = cell("party", lambda v: _text(v) and self.party(str(_text(v)), dates["date"], organization))
        disputed = cell(
            "disputed_by", lambda v: tuple(self.party(p, dates["date"], False) for p in _items(v))
        )
        votes = [cell(f"vote_{n}", _count) for n in ("in_favour", "against", "abstentions")]
        level = cell("certainty", _level)
        if errors or agreement is None or kind is None or party is None:
            return None, errors
        try:
            action = PartyAction(
                kind=kind,
                party=party,
                date=dates["date"],
                effective=dates["effective"],
                performed_by=_text(cells.get(self.column("performed_by"))),
                body=_text(cells.get(self.column("body"))),
                vote=None
                if votes[0] is None
                else Vote(in_favour=votes[0], against=votes[1], abstentions=votes[2]),
                depositary=_text(cells.get(self.column("depositary"))),
                disputed_by=disputed or (),
                note=_text(cells.get(self.column("note"))),
                text=_text(cells.get(self.column("text"))),
                certainty=None if level is None else Certainty(level=level),
                sources=_items(cells.get(self.column("sources"))),
            )
        except FieldError as exc:
            column = self.column(exc.field)
            value = _text(cells.get(column))
            return None, [RowError(row=number, column=column, value=value, message=exc.reason)]
        title = _text(cells.get(self.column("title")))
        return ImportedAction(row=number, agreement=agreement, title=title, action=action), []

    def _date(self, field: str, value: Any, *, cells: Mapping[str, Any]) -> DateValue | None:
        if self.column(field) in cells or field in self.columns:
            return _date(value, self.date_format)
        parts = [cells.get(f"{field}_{p}") for p in ("earliest", "latest", "precision")]
        return _date_from_columns(*parts)


def _records(table: Any) -> tuple[list[str], Iterator[Mapping[str, Any]]]:
    """The header and the rows of a CSV path or file, a DataFrame, or an iterable of mappings."""
    if isinstance(table, str | Path):
        with open(table, newline="", encoding="utf-8-sig") as handle:
            return _csv(handle)
    if hasattr(table, "read"):
        return _csv(table)
    if hasattr(table, "columns") and hasattr(table, "to_dict"):  # a pandas (or pandas-like) DataFrame
        return [str(c) for c in table.columns], iter(table.to_dict("records"))
    rows = list(table)
    return list(dict.fromkeys(k for r in rows for k in r)), iter(rows)


def _csv(handle: IO[str]) -> tuple[list[str], Iterator[Mapping[str, Any]]]:
    import csv

    reader = csv.DictReader(handle)
    rows = list(reader)  # read before the file closes
    return list(reader.fieldnames or []), iter(rows)


def read_actions(
    table: Any,
    *,
    columns: Mapping[str, str] | None = None,
    date_format: str | None = None,
    scheme: Scheme = "name",
    aliases: Mapping[str, str] | None = None,
) -> ActionTable:
    """Read a table of party actions: every row, or nothing.

    Args:
        table: A CSV file (a path, or an open text file), a DataFrame (anything
            with ``columns`` and ``to_dict("records")``), or an iterable of
            mappings, one per row.
        columns: The table's header for each field that it names otherwise
            (``{"party": "Participant"}``); fields are `COLUMNS`.
        date_format: How numeric dates that are not ISO 8601 are written: the
            order ``"DMY"``, ``"MDY"`` or ``"YMD"``, or a ``strptime`` format
            (``"%d/%m/%Y"``).
        scheme: How parties are named: ``"name"`` (codes and names), or
            ``"cow"`` (Correlates of War numbers or abbreviations).
        aliases: Names the table uses -> state codes, before the crosswalk
            (``{"Congo": "COG"}``).

    Raises:
        TableError: Rows could not be read; it lists every one.
        FieldError: ``columns``, ``date_format`` or ``aliases`` is not valid.
    """
    mapping = dict(columns or {})
    unknown = sorted(set(mapping) - set(COLUMNS))
    if unknown:
        raise FieldError("read_actions", "columns", unknown, f"fields are {', '.join(COLUMNS)}")
    if date_format is not None and date_format not in _ORDERS and "%" not in date_format:
        raise FieldError(
            "read_actions", "date_format", date_format, "must be DMY, MDY, YMD or a strptime format"
        )
    known = {normalize(name): StateRef(code=code).code for name, code in (aliases or {}).items()}
    reader = _Reader(columns=mapping, date_format=date_format, scheme=scheme, aliases=known)
    header, rows = _records(table)
    missing = [reader.column(f) for f in _REQUIRED if reader.column(f) not in header]
    if missing:
        raise TableError(
            RowError(row=1, column=c, value=None, message="no such column in the header") for c in missing
        )
    read: list[ImportedAction] = []
    errors: list[RowError] = []
    for number, cells in enumerate(rows, start=_FIRST_ROW):
        found, problems = reader.row(number, cells)
        errors += problems
        if found is not None:
            read.append(found)
    if errors:
        raise TableError(errors)
    return ActionTable(rows=tuple(read))


# --------------------------------------------------------------------------- writing


def _row(agreement: Agreement, action: PartyAction) -> dict[str, str]:
    vote = action.vote

    def text(value: object) -> str:
        return "" if value is None else str(value)

    party_type = "state" if isinstance(action.party, StateRef) else "organization"
    return {
        "agreement": agreement.id,
        "title": agreement.title,
        "party": str(action.party),
        "party_type": party_type,
        "kind": action.kind.value,
        "date": text(action.date),
        "effective": text(action.effective),
        "performed_by": text(action.performed_by),
        "body": text(action.body),
        "vote_in_favour": text(vote and vote.in_favour),
        "vote_against": text(vote and vote.against),
        "vote_abstentions": text(vote and vote.abstentions),
        "depositary": text(action.depositary),
        "disputed_by": f"{_LIST_SEPARATOR} ".join(str(p) for p in action.disputed_by),
        "note": text(action.note),
        "text": text(action.text),
        "certainty": text(action.certainty and action.certainty.level.value),
        "sources": f"{_LIST_SEPARATOR} ".join(action.sources),
    }


def write_actions(dossier: Dossier, file: str | Path | IO[str]) -> int:
    """Write the party actions of ``dossier``'s agreements as a CSV file of `COLUMNS`; return the rows.

    Dates are written as the exchange format writes them (``1998-04-06``,
    ``1996-09``, ``2025-11-12~``), lists with ``;`` between items, so that
    `read_actions` reads back the same actions. A certainty is written as
    its level only, and variants not at all.
    """
    import csv

    rows = [_row(a, x) for a in dossier.agreements for x in a.party_actions]

    def write(handle: IO[str]) -> None:
        writer = csv.DictWriter(handle, fieldnames=COLUMNS, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)

    if isinstance(file, str | Path):
        with open(file, "w", newline="", encoding="utf-8") as handle:
            write(handle)
    else:
        write(file)
    return len(rows)
