"""The collector pause used by bulk reads, writes and validation restores what it found."""

from __future__ import annotations

import gc

import pytest

import treatymodel as tm
from treatymodel import _gc, datasets


def test_pause_turns_the_collector_off_and_back_on() -> None:
    assert gc.isenabled()
    with _gc.paused():
        assert not gc.isenabled()
    assert gc.isenabled()


def test_pause_leaves_a_disabled_collector_disabled() -> None:
    gc.disable()
    try:
        with _gc.paused():
            assert not gc.isenabled()
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_pause_restores_after_an_error() -> None:
    with pytest.raises(tm.DecodeError), _gc.paused():
        tm.from_json("{", tm.Dossier)
    assert gc.isenabled()


def test_library_calls_restore_the_collector() -> None:
    seed = datasets.load("ru-kz-2025")
    tm.validate(seed)
    tm.from_json(tm.to_json(seed), tm.Dossier)
    assert gc.isenabled()
