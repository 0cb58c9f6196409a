"""Every row of the lifecycle table in docs/lifecycle.md, checked against the lifecycle engine."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

import treatymodel as tm
from lifecycle_situations import SITUATIONS, Situation, render_table

ROOT = Path(__file__).resolve().parents[1]


def _date(found: tm.EntryIntoForce | None) -> str | None:
    if found is None:
        return None
    assert found.date is not None, found
    return str(found.date)


@pytest.mark.parametrize("case", SITUATIONS, ids=[s.situation for s in SITUATIONS])
def test_situation(case: Situation) -> None:
    dossier = case.dossier()
    standing = dossier.standing(case.agreement, case.on, party=case.party)
    assert standing.possible == case.party_status
    assert dossier.standing(case.agreement, case.on).possible == case.whole
    bound = {p.code for p in dossier.parties_on(case.agreement, case.on) if isinstance(p, tm.StateRef)}
    assert set(case.bound) <= bound
    assert not set(case.not_bound) & bound
    assert _date(dossier.entry_into_force(case.agreement)) == case.entry
    assert _date(dossier.entry_into_force(case.agreement, party=case.party)) == case.party_entry


def test_at_least_twelve_situations_are_tabled() -> None:
    assert len(SITUATIONS) >= 12
    assert len({s.situation for s in SITUATIONS}) == len(SITUATIONS)


def test_the_table_in_the_docs_is_current() -> None:
    page = (ROOT / "docs" / "lifecycle.md").read_text(encoding="utf-8")
    table = re.search(r"<!-- situations -->\n(.*?)<!-- /situations -->", page, re.S)
    assert table is not None, "docs/lifecycle.md lost its situations markers"
    assert table.group(1) == render_table(), "stale: run `python scripts/write_lifecycle_doc.py`"


def test_each_kinds_effect_is_shown_once_in_the_model_reference() -> None:
    # The lifecycle page links to the kinds' tables, which carry the effect column: a new
    # kind changes docs/model.md, not this page too.
    from treatymodel import _reference
    from treatymodel.lifecycle import ACTION_EFFECTS, MILESTONE_EFFECTS

    page = (ROOT / "docs" / "lifecycle.md").read_text(encoding="utf-8")
    for anchor in ("partyactionkind", "milestonekind", "effect"):
        assert f"(model.md#{anchor})" in page
    reference = _reference.render()
    for kinds in (ACTION_EFFECTS, MILESTONE_EFFECTS):
        for kind, effect in kinds.items():
            assert f"| `{kind.value}` |" not in page
            assert f"\n| `{kind.value}` | [`{effect.value}`](#effect) | " in reference
    assert "\n## `Effect`\n" in reference
