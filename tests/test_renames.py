"""Modules renamed in issue 15: the new paths, and the old ones kept for one minor version with a warning."""

from __future__ import annotations

import importlib
import sys

import pytest

import treatymodel as tm
from treatymodel import merging, provisions, queries


def test_provisions_holds_the_text_structure() -> None:
    assert tm.Section is provisions.Section
    assert tm.Commitment.__module__ == "treatymodel.provisions"


def test_the_old_structure_module_warns_and_still_works() -> None:
    sys.modules.pop("treatymodel.structure", None)
    with pytest.warns(DeprecationWarning, match=r"treatymodel\.provisions"):
        old = importlib.import_module("treatymodel.structure")
    for name in old.__all__:
        assert getattr(old, name) is getattr(provisions, name)


def test_merge_lives_in_merging() -> None:
    assert tm.merge is merging.merge
    assert tm.MergeConflictError is merging.MergeConflictError


def test_merge_from_queries_warns_and_still_works() -> None:
    with pytest.warns(DeprecationWarning, match=r"treatymodel\.merging"):
        old = queries.merge
    assert old is merging.merge
    with pytest.warns(DeprecationWarning, match="deprecated"):
        from treatymodel.queries import merge
    assert merge is merging.merge


def test_queries_still_refuses_unknown_names() -> None:
    with pytest.raises(AttributeError, match="no attribute 'mergers'"):
        _ = queries.mergers  # type: ignore[attr-defined]
