"""The rule registry: rules, their scopes, and the decorators that register them."""

from __future__ import annotations

import enum
import inspect
import re
from collections.abc import Callable, Iterator, Sequence
from typing import NamedTuple

import attrs

from treatymodel._fielddocs import documented
from treatymodel.agreements import Agreement
from treatymodel.validation._index import DossierIndex
from treatymodel.validation.report import Severity
from treatymodel.visits import Visit

__all__ = [
    "REGISTRY",
    "Finding",
    "Rule",
    "Scope",
    "Target",
    "agreement_rule",
    "dossier_rule",
    "visit_rule",
]


class Scope(enum.StrEnum):
    """What a rule needs to run.

    ``agreement`` and ``visit`` rules check one record on its own, so they run when
    an `Agreement` or a `Visit` is validated
    alone as well as for every agreement or visit of a dossier; ``dossier`` rules
    need the whole dossier (its persons, tenures, other records) and run only when
    a `Dossier` is validated.
    """

    DOSSIER = "dossier"
    """Needs a whole dossier."""
    AGREEMENT = "agreement"
    """Checks one agreement on its own."""
    VISIT = "visit"
    """Checks one visit on its own."""


class Finding(NamedTuple):
    """What a rule function yields; the engine adds the rule's code and severity.

    A finding with ``may`` says only that something *may* be wrong (an event dated
    to the month of a visit may fall outside it; a full-powers flag is unknown): it
    is reported, as a warning, only when `treatymodel.validate` is asked to
    be ``strict``.
    """

    path: str
    message: str
    hint: str | None = None
    may: bool = False


class Target(NamedTuple):
    """What one validation runs over: records with their paths, and the dossier if any."""

    agreements: Sequence[tuple[str, Agreement]]
    visits: Sequence[tuple[str, Visit]]
    dossier: DossierIndex | None


_CODE = re.compile(r"^TM-[VALSPO][0-9]{3}$")

AgreementCheck = Callable[[Agreement, str], Iterator[Finding]]
VisitCheck = Callable[[Visit, str], Iterator[Finding]]
DossierCheck = Callable[[DossierIndex], Iterator[Finding]]


@documented
@attrs.frozen(kw_only=True)
class Rule:
    """A registered validation rule, as listed by `treatymodel.rules`.

    Example:
        >>> import treatymodel as tm
        >>> rule = next(r for r in tm.rules() if r.code == "TM-V001")
        >>> rule.title, rule.severity.value, rule.scope.value
        ('Visit ends before it starts', 'error', 'visit')
    """

    code: str
    """Stable code, ``TM-`` + family letter + number (``"TM-V001"``): ``V`` visits, ``A`` agreements and
    signatures, ``L`` lifecycle, ``S`` structure and references, ``P`` persons, offices and tenures, ``O``
    organizations, meetings and decisions.
    """
    title: str
    """Short title."""
    severity: Severity
    """Severity of its issues."""
    scope: Scope
    """What it needs to run."""
    doc: str
    """Full documentation: what it checks, then ``Needs:`` (what must be known for it to fire), then ``Why:``,
    then ``Example:``.
    """
    name: str
    """Name of the implementing function."""
    check: Callable[..., Iterator[Finding]] = attrs.field(eq=False, repr=False)
    """The rule's function: ``(agreement, path)``, ``(visit, path)`` or ``(dossier_index)``."""
    _run: Callable[[Target], Iterator[Finding]] = attrs.field(alias="run", eq=False, repr=False)
    """Runs `check` over every record of its scope in a validation target."""

    @property
    def family(self) -> str:
        """The family prefix, e.g. ``"TM-V"``."""
        return self.code[:4]

    @property
    def what(self) -> str:
        """What the rule checks: the first paragraph of its documentation."""
        return _section(self.doc, None)

    @property
    def needs(self) -> str:
        """What must be known for it to fire, and what it does when it is not: the paragraph ``Needs:``."""
        return _section(self.doc, "Needs:")

    @property
    def why(self) -> str:
        """Why it matters: the paragraph starting ``Why:``."""
        return _section(self.doc, "Why:")

    @property
    def example(self) -> str:
        """A minimal record that trips it: the indented block after ``Example:``."""
        return _section(self.doc, "Example:")

    def run(self, target: Target) -> Iterator[Finding]:
        """The findings of this rule on ``target`` (used by the validation engine)."""
        return self._run(target)


def _section(doc: str, label: str | None) -> str:
    paragraphs = doc.split("\n\n")
    if label is None:
        return " ".join(paragraphs[0].split())
    for i, paragraph in enumerate(paragraphs):
        if paragraph.startswith(label):
            if label == "Example:":
                return inspect.cleandoc("\n\n".join(paragraphs[i:])[len(label) :].lstrip("\n"))
            return " ".join(paragraph[len(label) :].split())
    return ""


REGISTRY: dict[str, Rule] = {}
"""Every rule, by code. Filled when the family modules are imported."""


def _register(
    code: str,
    title: str,
    severity: Severity,
    scope: Scope,
    fn: Callable[..., Iterator[Finding]],
    run: Callable[[Target], Iterator[Finding]],
) -> None:
    if not _CODE.match(code):
        raise ValueError(f"rule code {code!r} is not of the form TM-X000")
    if code in REGISTRY:
        raise ValueError(f"rule code {code} registered twice")
    doc = inspect.cleandoc(fn.__doc__ or "")
    rule = Rule(
        code=code, title=title, severity=severity, scope=scope, doc=doc, name=fn.__name__, check=fn, run=run
    )
    # Every rule says what it needs known to fire: missing knowledge is not an error, and the
    # page of rules tells users which unknowns each rule passes over.
    if not (rule.what and rule.needs and rule.why and rule.example):
        raise ValueError(f"rule {code} needs a docstring with a summary, 'Needs:', 'Why:' and 'Example:'")
    REGISTRY[code] = rule


def agreement_rule(code: str, title: str, severity: Severity) -> Callable[[AgreementCheck], AgreementCheck]:
    """Register a rule that checks one agreement; it gets the agreement and its path."""

    def decorate(fn: AgreementCheck) -> AgreementCheck:
        def run(target: Target) -> Iterator[Finding]:
            for at, agreement in target.agreements:
                yield from fn(agreement, at)

        _register(code, title, severity, Scope.AGREEMENT, fn, run)
        return fn

    return decorate


def visit_rule(code: str, title: str, severity: Severity) -> Callable[[VisitCheck], VisitCheck]:
    """Register a rule that checks one visit; it gets the visit and its path."""

    def decorate(fn: VisitCheck) -> VisitCheck:
        def run(target: Target) -> Iterator[Finding]:
            for at, visit in target.visits:
                yield from fn(visit, at)

        _register(code, title, severity, Scope.VISIT, fn, run)
        return fn

    return decorate


def dossier_rule(code: str, title: str, severity: Severity) -> Callable[[DossierCheck], DossierCheck]:
    """Register a rule that needs a whole dossier; it gets the dossier's index."""

    def decorate(fn: DossierCheck) -> DossierCheck:
        def run(target: Target) -> Iterator[Finding]:
            if target.dossier is not None:
                yield from fn(target.dossier)

        _register(code, title, severity, Scope.DOSSIER, fn, run)
        return fn

    return decorate
