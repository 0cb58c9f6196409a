"""The exceptions treatymodel raises.

Every error the library raises on purpose derives from `TreatyModelError`, so
one ``except tm.TreatyModelError`` catches all of them. Errors about bad values are
also `ValueError`, so code written against the standard library keeps working.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import attrs

from treatymodel._fielddocs import documented

if TYPE_CHECKING:
    from collections.abc import Iterable

    from treatymodel.tabular import RowError
    from treatymodel.validation.report import Report

__all__ = [
    "DatasetNotFoundError",
    "DecodeError",
    "DecodeErrorItem",
    "EncodeError",
    "FieldError",
    "MergeConflictError",
    "MissingDependencyError",
    "OutputFileError",
    "RecordNotFoundError",
    "TableError",
    "TreatyModelError",
    "UnknownRuleError",
    "ValidationError",
]


class TreatyModelError(Exception):
    """Base class of every error treatymodel raises."""


class FieldError(TreatyModelError, ValueError):
    """A single field was given a value it cannot hold.

    Raised by the field validators of the model classes, when a record is built or
    changed with ``attrs.evolve``.

    Attributes:
        owner: Name of the class that owns the field, e.g. ``"Agreement"``.
        field: Name of the field, e.g. ``"title"``.
        value: The rejected value.
        reason: What was expected, in words.
        at: Where inside the field's value, as a JSON path suffix (``"[0].value"`` for
            the value of the field's first item); empty for the field itself.

    Example:
        >>> import treatymodel as tm
        >>> try:
        ...     tm.Person(id="putin", name="")
        ... except tm.FieldError as exc:
        ...     print(exc)
        Person.name: must be a non-empty string without surrounding whitespace, got ''
    """

    def __init__(self, owner: str, field: str, value: object, reason: str, at: str = "") -> None:
        self.owner = owner
        self.field = field
        self.value = value
        self.reason = reason
        self.at = at
        super().__init__(f"{owner}.{field}{at}: {reason}, got {value!r}")


@documented
@attrs.frozen
class DecodeErrorItem:
    """One problem found while reading a JSON document."""

    path: str
    """JSON path of the offending value in the document's own key names, e.g.
    ``"$.agreements[0].signatures[1].date"``; ``"$"`` for the whole document.
    """
    message: str
    """What was expected, and what was found."""
    line: int | None = None
    """1-based line of a JSON Lines document, else ``None``."""

    def __str__(self) -> str:
        where = f"line {self.line}: " if self.line is not None else ""
        return f"{where}{self.path}: {self.message}"


class DecodeError(TreatyModelError, ValueError):
    """A JSON document could not be read into the model.

    Every problem found is listed at once in `errors`, each with the JSON path
    of the offending value.

    Attributes:
        errors: The problems, in document order.

    Example:
        >>> import treatymodel as tm
        >>> try:
        ...     tm.from_json('{"format": "treatymodel", "version": "1.0", "id": 7}', tm.Person)
        ... except tm.DecodeError as exc:
        ...     print(exc)
        2 problems in the JSON document:
          $.id: expected a string, found number 7
          $.name: missing required key 'name': expected a string
    """

    def __init__(self, errors: list[DecodeErrorItem]) -> None:
        self.errors = errors
        count = len(errors)
        head = f"{count} problem{'s' if count != 1 else ''} in the JSON document:"
        super().__init__("\n".join([head, *(f"  {item}" for item in errors)]))

    def __str__(self) -> str:
        return str(self.args[0])


class EncodeError(TreatyModelError, ValueError):
    """A record that cannot be written within the limits its reader applies.

    Raised by `to_json` and `write_jsonl` for a
    document larger than ``max_bytes`` or nested deeper than ``max_depth``: the limits
    `from_json` applies, with the same defaults, so whatever is
    written with the defaults is read back with them. (Sections nest at most 28 deep,
    so only the size can exceed the default limits.)

    Attributes:
        reason: What is too large or too deep, and the limit.
    """

    def __init__(self, reason: str) -> None:
        self.reason = reason
        super().__init__(reason)


class ValidationError(TreatyModelError):
    """A validated record has errors (or, in strict mode, any issue).

    Raised by `treatymodel.Report.raise_for_errors`. The message lists the
    first failing issues; the whole report is in `report`.

    Attributes:
        report: The `Report` that failed.

    Example:
        >>> import treatymodel as tm
        >>> visit = tm.Visit(id="v", kind=tm.VisitKind.STATE, guest="tokayev", guest_state="KAZ",
        ...                  host="putin", host_state="RUS", start=tm.PartialDate.parse("2025-11-12"),
        ...                  end=tm.PartialDate.parse("2025-11-11"))
        >>> try:
        ...     tm.validate(visit).raise_for_errors()
        ... except tm.ValidationError as exc:
        ...     print(exc.report.errors[0].code)
        TM-V001
    """

    _SHOWN = 10

    def __init__(self, report: Report, *, strict: bool = False) -> None:
        self.report = report
        failing = report.issues if strict else report.errors
        head = f"validation failed: {report.summary()}"
        lines = [f"  {issue}" for issue in failing[: self._SHOWN]]
        if len(failing) > self._SHOWN:
            lines.append(f"  ... and {len(failing) - self._SHOWN} more")
        super().__init__("\n".join([head, *lines]))

    def __str__(self) -> str:
        return str(self.args[0])


class OutputFileError(TreatyModelError, OSError):
    """A path that cannot be written as a file: a directory, a device, a FIFO, or a missing folder.

    Raised before anything is written, by `write_jsonl` given a
    path and by ``treatymodel convert``: the library writes a regular file through a
    temporary file it renames over the target, which would destroy a device or a
    FIFO (the command line writes to standard output with ``-``). Also an
    `OSError`.

    Attributes:
        path: The path as given.
        reason: Why it cannot be written.

    Example:
        >>> import treatymodel as tm
        >>> try:
        ...     tm.write_jsonl([], "/")
        ... except tm.OutputFileError as exc:
        ...     print(exc.reason)
        is a directory, not a regular file: only regular files are written
    """

    def __init__(self, path: str, reason: str) -> None:
        self.path = path
        self.reason = reason
        super().__init__(f"{path}: {reason}")

    def __str__(self) -> str:
        return str(self.args[0])


class UnknownRuleError(TreatyModelError, ValueError):
    """A rule code or prefix given to ``select`` or ``ignore`` matches no rule.

    Attributes:
        selector: The code or prefix that matched nothing.
    """

    def __init__(self, selector: str) -> None:
        self.selector = selector
        super().__init__(f"no validation rule has a code starting with {selector!r}; see treatymodel.rules()")


class RecordNotFoundError(TreatyModelError, KeyError):
    """No record of the asked kind has the asked id in the dossier."""

    def __init__(self, kind: str, id: str) -> None:
        self.kind = kind
        self.id = id
        super().__init__(f"no {kind} with id {id!r} in the dossier")

    def __str__(self) -> str:
        return str(self.args[0])


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


class DatasetNotFoundError(TreatyModelError, KeyError):
    """No bundled record has the asked name."""

    def __init__(self, name: str, available: Iterable[str] = ()) -> None:
        self.name = name
        super().__init__(f"no bundled record named {name!r}; available: {', '.join(available)}")

    def __str__(self) -> str:
        return str(self.args[0])


class TableError(TreatyModelError, ValueError):
    """A table could not be read: every bad row, each with its number; nothing was imported.

    Attributes:
        errors: Every problem found, in row order.
    """

    def __init__(self, errors: Iterable[RowError]) -> None:
        self.errors = tuple(errors)
        rows = sorted({e.row for e in self.errors})
        lines = "\n".join(f"  {e}" for e in self.errors)
        super().__init__(f"{len(rows)} row(s) could not be read ({', '.join(map(str, rows))}):\n{lines}")

    @property
    def rows(self) -> tuple[int, ...]:
        """The numbers of the bad rows, sorted."""
        return tuple(sorted({e.row for e in self.errors}))


class MissingDependencyError(TreatyModelError, ImportError):
    """A feature needs an optional dependency that is not installed.

    It is an `ImportError` too, so ``except ImportError`` keeps working.

    Attributes:
        package: The distribution to install (``"pandas"``).
        extra: The treatymodel extra that installs it (``"pandas"`` for
            ``pip install 'treatymodel[pandas]'``).
    """

    def __init__(self, package: str, extra: str, feature: str) -> None:
        self.package = package
        self.extra = extra
        super().__init__(
            f"{feature} needs {package}, which is not installed; "
            f"install it with: pip install 'treatymodel[{extra}]'",
            name=package,
        )

    def __str__(self) -> str:
        return str(self.args[0])
