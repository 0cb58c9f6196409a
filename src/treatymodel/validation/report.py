"""What `treatymodel.validate` returns: a report of issues.

Each `Issue` names the rule that found it (``TM-A004``), its
`Severity`, the JSON path of the offending value in the exchange format's
key names (``$.agreements[0].signatures[1].party``) and a message that says what to
fix. A `Report` holds the issues of one validation, in a deterministic order.
"""

from __future__ import annotations

import enum
import re
from collections.abc import Iterator

import attrs

from treatymodel._fielddocs import documented
from treatymodel.errors import ValidationError

__all__ = ["Issue", "Report", "Severity", "path_key"]


class Severity(enum.StrEnum):
    """How serious an issue is."""

    ERROR = "error"
    """The record is certainly wrong: it contradicts itself or the dossier."""
    WARNING = "warning"
    """The record is probably wrong or incomplete, or cannot be fully checked."""


@documented
@attrs.frozen(kw_only=True)
class Issue:
    """One problem found in a record.

    Example:
        >>> from treatymodel import Issue, Severity
        >>> print(Issue(code="TM-V001", severity=Severity.ERROR, path="$.visits[0].end",
        ...             message="visit ends (2025-11-10) before it starts (2025-11-11)"))
        $.visits[0].end: TM-V001 error: visit ends (2025-11-10) before it starts (2025-11-11)
    """

    code: str
    """Code of the rule that found the issue, e.g. ``"TM-V001"``."""
    severity: Severity
    """Error or warning."""
    path: str
    """JSON path of the offending value, in the exchange format's key names:
    ``"$.visits[0].program[2].date"``. When a lone agreement or visit is validated, paths start at that
    record's ``$``.
    """
    message: str
    """What is wrong, naming the values involved."""
    hint: str | None = None
    """How to fix it, where a hint helps."""
    may: bool = False
    """Whether it only may be wrong (reported with ``strict``; always a warning)."""

    def __str__(self) -> str:
        text = f"{self.path}: {self.code} {self.severity.value}: {self.message}"
        return f"{text} (hint: {self.hint})" if self.hint else text


@documented
@attrs.frozen(kw_only=True)
class Report:
    """The result of validating a record: every issue found, at once.

    Issues are sorted by path (list indices compared as numbers, keys
    alphabetically), then by code, then by message, so the same record always
    gives the same report.

    ``ok`` is true when there is no error; warnings do not make a report fail
    unless you ask for strictness with ``ok_strict`` or
    ``raise_for_errors(strict=True)``.

    Example:
        >>> import treatymodel as tm
        >>> report = tm.validate(tm.Dossier(id="empty", title="Nothing yet"))
        >>> report.ok, report.ok_strict, len(report)
        (True, True, 0)
    """

    issues: tuple[Issue, ...] = ()
    """All issues, in report order."""
    checked: tuple[str, ...] = ()
    """Codes of the rules that ran (a lone agreement or visit is not checked by the rules that need a
    dossier).
    """

    @property
    def errors(self) -> tuple[Issue, ...]:
        """The issues of severity error."""
        return tuple(i for i in self.issues if i.severity is Severity.ERROR)

    @property
    def warnings(self) -> tuple[Issue, ...]:
        """The issues of severity warning."""
        return tuple(i for i in self.issues if i.severity is Severity.WARNING)

    @property
    def ok(self) -> bool:
        """Whether no error was found (warnings allowed)."""
        return not any(i.severity is Severity.ERROR for i in self.issues)

    @property
    def ok_strict(self) -> bool:
        """Whether no issue at all was found: warnings count as failures."""
        return not self.issues

    @property
    def codes(self) -> frozenset[str]:
        """The codes of the rules that found something."""
        return frozenset(i.code for i in self.issues)

    def raise_for_errors(self, *, strict: bool = False) -> None:
        """Raise `ValidationError` unless the report passes.

        Args:
            strict: Fail on warnings too.

        Raises:
            ValidationError: There are errors (or, with ``strict``, any issue);
                the exception carries this report as ``.report``.
        """
        if not (self.ok_strict if strict else self.ok):
            raise ValidationError(self, strict=strict)

    def summary(self) -> str:
        """One line: ``"2 errors, 1 warning"`` or ``"no issues"``."""
        if not self.issues:
            return "no issues"
        n_err, n_warn = len(self.errors), len(self.warnings)
        return f"{n_err} error{'s' * (n_err != 1)}, {n_warn} warning{'s' * (n_warn != 1)}"

    def __len__(self) -> int:
        return len(self.issues)

    def __iter__(self) -> Iterator[Issue]:
        return iter(self.issues)

    def __str__(self) -> str:
        return "\n".join([*map(str, self.issues), self.summary()])


_TOKEN = re.compile(r"\.([^.\[\]]+)|\[(\d+)\]")


def path_key(path: str) -> tuple[tuple[int, str, int], ...]:
    """A sort key for JSON paths that compares list indices as numbers.

    Example:
        >>> sorted(["$.a[10]", "$.a[2].b", "$.a[2]"], key=path_key)
        ['$.a[2]', '$.a[2].b', '$.a[10]']
    """
    return tuple((0, name, 0) if name else (1, "", int(index)) for name, index in _TOKEN.findall(path))
