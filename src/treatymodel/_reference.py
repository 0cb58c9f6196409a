"""The model reference page (docs/model.md), generated from the code's own docstrings."""

from __future__ import annotations

import enum
import inspect
import re
import typing
from collections.abc import Mapping
from typing import Any

import attrs

import treatymodel
from treatymodel._fielddocs import attribute_docs

MODULE_ORDER = (
    "dates",
    "values",
    "identity",
    "parties",
    "people",
    "visits",
    "meetings",
    "clauses",
    "agreements",
    "structure",
    "sources",
    "dossier",
    "lifecycle",
    "membership",
    "errors",
)


_UNCERTAINTY = """
## Unknowns, uncertainty and provenance

Every record that holds facts says how it knows them, at any depth:

- **Unknown is `None`**: an agreement's `parties`, a signature's, an act's or an
  event's `date`, a visit's `host`, a signatory's `full_powers`. The rules never
  report what is not known (see [the rules](rules.md), "Needs" under each rule), and
  the queries answer `None` where the facts do not settle the answer.
- **Uncertain dates**: wherever a date is asked for, a `PartialDate` (`2025-11`)
  or an `UncertainDate` as EDTF writes it (`2025-11-12?`, `2025-11-12~`,
  `[2024-06-18,2024-06-19]`, `2024-06-18/2024-06-19`).
- **Variants**: `variants` holds what other sources report differently, addressed by a
  path from the record (`signatures[1].date`, `venue.name`) and checked against the
  field's type when the record is built or read.
- **Certainty**: `certainty` says whether the facts are `planned`, `reported`,
  `confirmed`, `unverified` or `disputed`, and by whom.
- **Speakers and actors** are tagged references: a person, an office, a state, an
  organization or a body (`BodyRef`, a ministry or a press service).

```pycon
>>> import treatymodel as tm
>>> visit = tm.Visit(
...     id="putin-kazakhstan-2026", kind=tm.VisitKind.STATE, guest="putin",
...     guest_state="RUS", host_state="KAZ",
...     start=tm.PartialDate.parse("2026"), end=tm.PartialDate.parse("2026"),
...     certainty=tm.Certainty(level=tm.CertaintyLevel.PLANNED,
...                            by=(tm.PersonRef(id="tokayev"),)),
... )
>>> visit.certainty.level.value
'planned'
>>> signature = tm.Signature(
...     party=tm.StateRef(code="KAZ"), signatory="tokayev",
...     date=tm.UncertainDate.parse("[2025-11-11,2025-11-12]"),
...     variants=(tm.Variant(field="date", value="2025-11-12", sources=("kremlin",)),),
... )
>>> str(signature.date)
'[2025-11-11,2025-11-12]'

```
"""


_IDENTITY = """
## Identity over time

Records link to the systems researchers merge datasets with, and keep what changes:

- **External identifiers**: `external_ids` on states, organizations, bodies, persons,
  offices, visits, meetings, decisions, agreements and sources: a Wikidata item, a UN
  Treaty Series registration, a UN Treaty Collection chapter and number, ATOP and
  Correlates of War ids, ISO 3166 codes, a national treaty series. `Dossier.find`
  looks a record up by one.
- **Names and capitals with dates**: a renamed state is one state with its current
  code and dated `names`; `State.name_on` and `Dossier.party_name(ref, on)` give the
  name in use that day. `capitals` are dated too.
- **Organizations**: their founding agreement, `founded` and `dissolved`, their
  `bodies`, and `membership_acts` that no instrument records (a declared freeze);
  `Dossier.members_on` puts the lifecycle, the decisions and the acts together.
- **Meetings and decisions**: a summit with many delegations, and the acts of an
  organization's bodies (`admit`, `suspend`, `adopt`...).

```pycon
>>> import datetime as dt
>>> import treatymodel as tm
>>> sco = tm.datasets.load("sco")
>>> [ref.code for ref in sco.members_on("sco", dt.date(2024, 7, 5))][-2:]
['IRN', 'BLR']
>>> sco.find("wikidata", "Q485207").name
'Shanghai Cooperation Organisation'
>>> sco.party_name(tm.StateRef(code="TUR"), dt.date(2016, 5, 1))
'Turkey (now Türkiye)'

```
"""


def public_objects() -> list[type]:
    """The public classes of ``treatymodel``, in module order, then name order."""
    objects = [getattr(treatymodel, name) for name in treatymodel.__all__]
    classes: list[type] = [o for o in objects if inspect.isclass(o)]

    def key(cls: type) -> tuple[int, str]:
        module = cls.__module__.rsplit(".", 1)[-1]
        rank = MODULE_ORDER.index(module) if module in MODULE_ORDER else len(MODULE_ORDER)
        return rank, cls.__name__

    return sorted(classes, key=key)


def _type_name(hint: object) -> str:
    text = str(hint)
    if isinstance(hint, type):
        text = hint.__name__
    for prefix in ("treatymodel.", "datetime.", "typing."):
        text = text.replace(prefix, "")
    for module in MODULE_ORDER:
        text = text.replace(f"{module}.", "")
    return text.replace("NoneType", "None")


def _summary(obj: object) -> str:
    doc = inspect.getdoc(obj) or ""
    return doc.split("\n\n")[0].replace("\n", " ")


_SECTION = re.compile(r"^(Args|Attributes|Example|Examples|Returns|Raises|Note|Why|Needs):\s*$")


def _body(obj: object) -> list[str]:
    """The docstring after its summary: the explanation, then the example as a code block.

    The ``Attributes:`` section that `treatymodel._fielddocs.documented` adds is left
    out: the field table says the same, from the same attribute docstrings.
    """
    doc = inspect.getdoc(obj) or ""
    lines = doc.split("\n")
    end = lines.index("") if "" in lines else len(lines)
    out: list[str] = []
    section = None
    example: list[str] = []
    for line in lines[end + 1 :]:
        match = _SECTION.match(line)
        if match:
            section = match.group(1)
            continue
        if section is None:
            out.append(line)
        elif section in ("Example", "Examples"):
            if line and not line.startswith("    "):
                section = "done"
                continue
            example.append(line[4:])
    while out and not out[-1]:
        out.pop()
    while example and not example[-1]:
        example.pop()
    if out:
        out.append("")
    if example:
        out += ["```pycon", *example, "", "```", ""]
    return out


def _effects() -> dict[type, Mapping[Any, enum.Enum]]:
    """The effect tables of the lifecycle engine, by the kind they map."""
    from treatymodel.agreements import MilestoneKind, PartyActionKind
    from treatymodel.lifecycle import ACTION_EFFECTS, MILESTONE_EFFECTS

    return {PartyActionKind: ACTION_EFFECTS, MilestoneKind: MILESTONE_EFFECTS}


def _enum_table(cls: type[enum.Enum]) -> list[str]:
    """An enum's values and their docstrings; a party action or milestone kind's effect too.

    The effect column is the one table of what each act does (the lifecycle page links
    here), so that a new kind changes this page and no other.
    """
    docs = attribute_docs(cls)
    effects = _effects().get(cls)
    if effects is None:
        rows = [f"| `{m.value}` | {docs.get(m.name, '')} |" for m in cls]
        return ["| value | meaning |", "| --- | --- |", *rows, ""]
    rows = [f"| `{m.value}` | [`{effects[m].value}`](#effect) | {docs.get(m.name, '')} |" for m in cls]
    return ["| value | effect | meaning |", "| --- | --- | --- |", *rows, ""]


def render() -> str:
    """The whole Markdown page."""
    lines = [
        "# Model reference",
        "",
        "<!-- Generated by scripts/write_docs.py from the docstrings; do not edit by hand. -->",
        "",
        "Every record is a frozen, slotted, keyword-only attrs class: build it with keyword",
        "arguments, change it with `attrs.evolve` (which runs the field validators again).",
        "Fields marked *required* have no default. JSON keys are the field names.",
        "",
        *_UNCERTAINTY.strip("\n").split("\n"),
        "",
        *_IDENTITY.strip("\n").split("\n"),
        "",
    ]
    for obj in public_objects():
        lines += [f"## `{obj.__name__}`", "", f"*{obj.__module__}*", "", _summary(obj), ""]
        lines += _body(obj)
        if issubclass(obj, enum.Enum):
            lines += _enum_table(obj)
        elif attrs.has(obj):
            docs = attribute_docs(obj)
            hints = typing.get_type_hints(obj)
            lines += ["| field | type | default | meaning |", "| --- | --- | --- | --- |"]
            for field in attrs.fields(obj):
                if not field.init:
                    continue
                default = "*required*" if field.default is attrs.NOTHING else f"`{field.default!r}`"
                # A pipe in a table cell: as an entity in an HTML code span, which both
                # Python-Markdown (the site) and GitHub show as a pipe; a backslash-escaped
                # one in a Markdown code span shows its backslash on the site.
                type_name = _type_name(hints[field.name]).replace("|", "&#124;")
                lines.append(
                    f"| `{field.name}` | <code>{type_name}</code> | {default} | {docs.get(field.name, '')} |"
                )
            lines.append("")
    return _markdown("\n".join(lines).rstrip() + "\n")


def _markdown(text: str) -> str:
    """Turn the reStructuredText roles of docstrings into Markdown code spans, outside code blocks."""
    parts = re.split(r"(^```pycon\n.*?^```$)", text, flags=re.MULTILINE | re.DOTALL)
    for i in range(0, len(parts), 2):
        prose = re.sub(r":[a-z]+:`~?(?:[\w.]+\.)?(\w+)`", r"`\1`", parts[i])
        parts[i] = prose.replace("``", "`")
    return "".join(parts)
