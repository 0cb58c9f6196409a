"""Render the rule registry as Markdown (``docs/rules.md``)."""

from __future__ import annotations

import itertools

from treatymodel.validation import rules
from treatymodel.validation._registry import Rule

__all__ = ["rules_markdown"]

_FAMILIES = {
    "TM-A": "Agreements, parties and signatures",
    "TM-L": "Lifecycle",
    "TM-O": "Organizations, members, meetings and decisions",
    "TM-P": "Persons, offices and tenures",
    "TM-S": "Structure, identity and references",
    "TM-V": "Visits and their programs",
}

_HEADER = """\
# Validation rules

<!-- Generated from the rule registry by `python -m treatymodel.validation --write docs/rules.md`.
     Do not edit by hand: tests/test_rules.py fails when this file is stale. -->

`treatymodel.validate(obj)` runs these rules and returns a `Report` with every issue
at once. Each issue has the rule's **code**, a **severity** (`error`: the record is
certainly wrong; `warning`: probably wrong, or not checkable), the **path** of the
offending value in the exchange format's key names (`$.agreements[0].signatures[1].date`)
and a message saying what to fix.

- **Scope** says what a rule needs: `agreement` and `visit` rules also run when an
  `Agreement` or a `Visit` is validated on its own (paths then start at that record's
  `$`); `dossier` rules need the whole dossier.
- **Partial dates**: with dates known only to the month or year, an order is an
  error only when it is certainly wrong (`PartialDate.is_before`, `Tenure.may_cover`).
- **Missing knowledge is not an error**: where a rule needs facts the dossier does not
  record (no tenure for a signatory), it stays silent. A rule fires on what the record
  states, not on what it leaves out: an undated signature, act or event, unknown
  `parties` (`null`, unlike an empty list), an unknown visit `host` or `full_powers` is
  not an issue in itself, and a partial or uncertain date (`2025-11`, `2025-11-12~`,
  `[2024-06-18,2024-06-19]`) is reported only when the violation holds for every day it
  may stand for. Each rule's **Needs** says what must be known for it to fire, what it
  does when that is not known, and where it takes a recorded list as complete (a
  signatory's recorded tenures, `TM-A011`).
- **Strict**: `validate(obj, strict=True)` also reports what *may* be wrong where the
  facts are too coarse or unknown to tell (an event dated to the month of a two-day
  visit, `TM-V003`; full powers not recorded, `TM-A014`; a predecessor whose tenure has
  no recorded `end`, `TM-P002`), as warnings whose message starts with `may: `. Without
  it these "may" findings are left out.
- **Selecting rules**: `validate(obj, select=["TM-A", "TM-L001"], ignore="TM-A015")`;
  codes or prefixes, as linters take them; `ignore` wins. `report.ok` ignores
  warnings; `report.ok_strict` and `report.raise_for_errors(strict=True)` do not.
- **Order**: issues are sorted by path (list indices as numbers), then code.

| Code | Severity | Scope | Title |
|---|---|---|---|
"""


def _entry(rule: Rule) -> str:
    return _markdown(
        f"### {rule.code}: {rule.title}\n\n"
        f"*{rule.severity.value}, scope {rule.scope.value}*\n\n"
        f"**Checks:** {rule.what}\n\n"
        f"{_details(rule)}"
        f"**Needs:** {rule.needs}\n\n"
        f"**Why:** {rule.why}\n\n"
        f"**Example:**\n\n{rule.example}\n"
    )


def _markdown(text: str) -> str:
    """Turn reStructuredText inline literals (double backticks) as Markdown code spans."""
    return text.replace("``", "`")


def _details(rule: Rule) -> str:
    paragraphs = [p for p in rule.doc.split("\n\n")[1:] if not p.startswith(("Needs:", "Why:", "Example:"))]
    body = "\n\n".join(" ".join(p.split()) for p in paragraphs)
    return f"{body}\n\n" if body else ""


def rules_markdown() -> str:
    """The Markdown of ``docs/rules.md``: a table of all rules, then each rule's documentation."""
    all_rules = rules()
    table = "".join(
        f"| [{r.code}](#{_anchor(r)}) | {r.severity.value} | {r.scope.value} | {r.title} |\n"
        for r in all_rules
    )
    parts = [_HEADER, table]
    for family, group in itertools.groupby(all_rules, key=lambda r: r.family):
        parts.append(f"\n## {family}: {_FAMILIES[family]}\n")
        parts.extend(f"\n{_entry(rule)}" for rule in group)
    return "".join(parts)


def _anchor(rule: Rule) -> str:
    kept = "".join(c for c in f"{rule.code} {rule.title}".lower() if c.isalnum() or c in " -")
    return kept.replace(" ", "-")
