"""The layout of `treatymodel.strategies`: one package, a module per record family (issue 15).

The package replaced a single module of about 2,100 lines; these tests hold what its
users see (the public names) and what its maintainers asked for (short modules).
"""

from __future__ import annotations

import importlib
import inspect
from pathlib import Path

import pytest
from hypothesis import given, settings

from treatymodel import strategies

PACKAGE = Path(strategies.__file__).parent
MODULES = sorted(PACKAGE.glob("*.py"))
MAX_LINES = 600

#: The public names of the single module the package replaced, as they were.
PUBLIC = (
    "CURRENT_STATE_CODES",
    "HISTORIC_STATE_CODES",
    "LANGUAGE_TAGS",
    "ORGANIZATIONS",
    "RELATIONSHIP_LEVELS",
    "STATE_IDS",
    "actor_refs",
    "agreements",
    "bodies",
    "body_refs",
    "capitals",
    "certainties",
    "commitments",
    "consent_clauses",
    "date_values",
    "dated_names",
    "day_dates",
    "decisions",
    "dossiers",
    "entry_into_force_clauses",
    "events",
    "external_ids",
    "free_text",
    "identifiers",
    "invariant_violations",
    "languages",
    "lifecycles",
    "meetings",
    "membership_acts",
    "milestones",
    "office_refs",
    "offices",
    "organization_refs",
    "organizations",
    "partial_dates",
    "participants",
    "party_actions",
    "party_refs",
    "periods",
    "person_refs",
    "persons",
    "places",
    "quotes",
    "relations",
    "sections",
    "signature_periods",
    "signatures",
    "slug",
    "sources",
    "state_codes",
    "state_refs",
    "states",
    "tenures",
    "terms",
    "titles",
    "uncertain_dates",
    "urls",
    "variants",
    "visits",
    "votes",
    "withdrawal_clauses",
)


def test_the_public_names_are_unchanged() -> None:
    assert tuple(strategies.__all__) == PUBLIC


def test_every_public_name_is_importable_from_the_package() -> None:
    namespace: dict[str, object] = {}
    exec("from treatymodel.strategies import *", namespace)  # what `import *` users get
    assert set(PUBLIC) <= set(namespace)
    assert all(getattr(strategies, name) is namespace[name] for name in PUBLIC)


@pytest.mark.parametrize("name", ["agreements", "dossiers", "sources", "visits"])
def test_strategies_named_like_a_module_are_the_strategies(name: str) -> None:
    # A submodule shares the name; the package must still hand out the function.
    value = getattr(strategies, name)
    assert inspect.isfunction(value), value
    drawn: list[object] = []

    @settings(max_examples=3, database=None, derandomize=True)
    @given(value())
    def draw(example: object) -> None:
        drawn.append(example)

    draw()
    assert drawn


def test_the_package_is_split_per_family() -> None:
    assert {p.stem for p in MODULES} >= {"__init__", "_common", "dates", "parties", "dossiers", "agreements"}
    assert len(MODULES) >= 8


@pytest.mark.parametrize("path", MODULES, ids=lambda p: p.name)
def test_no_module_is_longer_than_600_lines(path: Path) -> None:
    lines = len(path.read_text(encoding="utf-8").splitlines())
    assert lines <= MAX_LINES, f"{path.name} has {lines} lines"


@pytest.mark.parametrize("path", MODULES, ids=lambda p: p.name)
def test_every_module_has_a_docstring(path: Path) -> None:
    module = importlib.import_module(
        f"treatymodel.strategies.{path.stem}" if path.stem != "__init__" else "treatymodel.strategies"
    )
    assert (module.__doc__ or "").strip()


def test_the_package_docstring_keeps_the_invariants() -> None:
    doc = strategies.__doc__ or ""
    assert doc.startswith("Hypothesis strategies for every record and value type of treatymodel.")
    assert "Invariants `dossiers` guarantees" in doc
