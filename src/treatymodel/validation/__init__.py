"""Validation: the consistency rules of treatymodel and the engine that runs them.

`validate` checks a `Dossier` (or one
`Agreement` or `Visit` on its own) against
every registered rule and returns a `Report` with all the issues at once,
like a linter. `rules` lists the rules; ``docs/rules.md`` is generated from
them (``python -m treatymodel.validation --write docs/rules.md``).

Rules never guess: with partial dates an order is an error only when it is
certainly wrong, and where the dossier lacks the knowledge a rule needs (no tenure
recorded for a signatory) the rule stays silent.

Example:
    >>> import treatymodel as tm
    >>> decl = tm.Agreement(id="decl", title="Declaration", kind=tm.AgreementKind.DECLARATION,
    ...                     parties=(tm.StateRef(code="RUS"),))
    >>> for issue in tm.validate(decl):
    ...     print(issue.code, issue.path)
    TM-A001 $.parties
"""

from __future__ import annotations

from collections.abc import Iterable

from treatymodel import _gc
from treatymodel.agreements import Agreement
from treatymodel.dossier import Dossier
from treatymodel.errors import UnknownRuleError
from treatymodel.validation import agreements, lifecycle, organizations, people, structure, visits
from treatymodel.validation._index import DossierIndex
from treatymodel.validation._registry import REGISTRY, Finding, Rule, Scope, Target
from treatymodel.validation.report import Issue, Report, Severity, path_key
from treatymodel.visits import Visit

__all__ = ["Issue", "Report", "Rule", "Scope", "Severity", "rules", "validate"]

# Imported to register their rules.
_FAMILIES = (agreements, lifecycle, organizations, people, structure, visits)


def rules() -> tuple[Rule, ...]:
    """Every validation rule, ordered by code.

    Example:
        >>> import treatymodel as tm
        >>> [r.code for r in tm.rules()][:3]
        ['TM-A001', 'TM-A002', 'TM-A003']
    """
    return tuple(REGISTRY[code] for code in sorted(REGISTRY))


def _selectors(value: str | Iterable[str] | None) -> tuple[str, ...] | None:
    if value is None:
        return None
    items = (value,) if isinstance(value, str) else tuple(value)
    normalized = tuple(item.strip().upper() for item in items)
    for item in normalized:
        if not item or not any(code.startswith(item) for code in REGISTRY):
            raise UnknownRuleError(item)
    return normalized


def _active(select: str | Iterable[str] | None, ignore: str | Iterable[str] | None) -> list[Rule]:
    chosen, dropped = _selectors(select), _selectors(ignore) or ()
    return [
        rule
        for rule in rules()
        if (chosen is None or rule.code.startswith(chosen)) and not rule.code.startswith(dropped)
    ]


def validate(
    obj: Dossier | Agreement | Visit,
    *,
    select: str | Iterable[str] | None = None,
    ignore: str | Iterable[str] | None = None,
    strict: bool = False,
) -> Report:
    """Check a record against the validation rules and report every issue found.

    A `Dossier` is checked by every rule. An
    `Agreement` or a `Visit` on its own is
    checked by the rules of scope ``agreement`` or ``visit`` only (those needing no
    dossier), with paths starting at ``$`` of that record.

    Args:
        obj: The dossier, agreement or visit to check.
        select: Run only the rules whose code starts with one of these codes or
            prefixes (``"TM-V"``, ``["TM-A003", "TM-L"]``); ``None`` runs all.
        ignore: Skip the rules whose code starts with one of these; wins over
            ``select``.
        strict: Also report what *may* be wrong where the facts are too coarse or
            unknown to tell (an event dated to the month of a two-day visit; a
            signatory whose full powers are not recorded), each as a warning whose
            message starts with "may". By default a rule fires only on what is
            certainly wrong: missing knowledge is not an error.

    Returns:
        The report; issues sorted by path (list indices as numbers), then code.

    Raises:
        UnknownRuleError: A code or prefix in ``select`` or ``ignore`` matches no rule.
        TypeError: ``obj`` is not a dossier, an agreement or a visit.

    Example:
        >>> import treatymodel as tm
        >>> d = tm.Dossier(id="d", title="Demo", persons=(tm.Person(id="putin", name="Vladimir Putin"),
        ...                                                 tm.Person(id="putin", name="V. Putin")))
        >>> [(i.code, i.path) for i in tm.validate(d).issues]
        [('TM-S003', '$.persons[1].id')]
        >>> tm.validate(d, ignore="TM-S003").ok
        True
    """
    active = _active(select, ignore)
    if isinstance(obj, Dossier):
        index = DossierIndex(obj)
        target = Target(agreements=index.agreements, visits=index.visits, dossier=index)
    elif isinstance(obj, Agreement):
        target = Target(agreements=[("$", obj)], visits=[], dossier=None)
        active = [r for r in active if r.scope is Scope.AGREEMENT]
    elif isinstance(obj, Visit):
        target = Target(agreements=[], visits=[("$", obj)], dossier=None)
        active = [r for r in active if r.scope is Scope.VISIT]
    else:
        raise TypeError(f"validate() takes a Dossier, an Agreement or a Visit, not {type(obj).__name__}")
    # The rules allocate many small objects and no cycles: pause the cyclic collector
    # (it would traverse the whole dossier again and again; see docs/performance.md).
    with _gc.paused():
        return _run(active, target, strict)


def _run(active: list[Rule], target: Target, strict: bool) -> Report:
    issues: list[Issue] = []

    def issue(rule: Rule, f: Finding) -> Issue:
        if f.may:
            return Issue(
                code=rule.code,
                severity=Severity.WARNING,
                path=f.path,
                message=f"may: {f.message}",
                hint=f.hint,
                may=True,
            )
        return Issue(code=rule.code, severity=rule.severity, path=f.path, message=f.message, hint=f.hint)

    # Record by record, every rule of its scope, so each record is read while it is in cache.
    # Findings are rare: the loops are written out (no helper call per rule and record).
    per_agreement = [r for r in active if r.scope is Scope.AGREEMENT]
    for at, agreement in target.agreements:
        for rule in per_agreement:
            for f in rule.check(agreement, at):
                issues.append(issue(rule, f))
    per_visit = [r for r in active if r.scope is Scope.VISIT]
    for at, visit in target.visits:
        for rule in per_visit:
            for f in rule.check(visit, at):
                issues.append(issue(rule, f))
    if target.dossier is not None:
        for rule in active:
            if rule.scope is Scope.DOSSIER:
                issues.extend(issue(rule, f) for f in rule.check(target.dossier))
    if not strict:
        issues = [i for i in issues if not i.may]
    issues.sort(key=lambda i: (path_key(i.path), i.code, i.message))
    return Report(issues=tuple(issues), checked=tuple(rule.code for rule in active))
