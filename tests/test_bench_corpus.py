"""The benchmark's copies of the bundled records (benchmarks/copies.py).

The ratio "all rules / load on the bundled records copied to 2,000 agreements" means
something only if every copy costs `tm.validate` the work of the original and finds
what the original finds: no new duplicate ids, no new dangling references. These
tests copy the bundled records (real records, each citing its public sources in its
own ``sources``) a few times, and a deliberately broken version of them, and compare
the findings per copy.
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

import attrs
import pytest

import treatymodel as tm
from treatymodel import _dossier, datasets, serialization
from treatymodel import _validators as v
from treatymodel.kinds import KINDS, Kind, records

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))

import copies

COPIES = 3


@pytest.fixture(scope="module")
def bundled() -> tm.Dossier:
    return datasets.load_all()


def _broken(dossier: tm.Dossier) -> tm.Dossier:
    """The bundled records with one finding of each kind the copier could disturb.

    A relation to an unknown agreement (dangling reference), a commitment in an unknown
    section (dangling local reference), a section id used twice in its agreement and a
    person listed twice (duplicate ids).
    """
    target = next(a for a in dossier.agreements if a.commitments and a.sections)
    broken = attrs.evolve(
        target,
        relations=(*target.relations, tm.Relation(kind=tm.RelationKind.BASED_ON, target="no-such-agreement")),
        commitments=(attrs.evolve(target.commitments[0], section="no-such-section"), *target.commitments[1:]),
        sections=(*target.sections, target.sections[0]),
    )
    return attrs.evolve(
        dossier,
        agreements=tuple(broken if a is target else a for a in dossier.agreements),
        persons=(*dossier.persons, dossier.persons[0]),
    )


def _codes(dossier: tm.Dossier) -> Counter[str]:
    return Counter(issue.code for issue in tm.validate(dossier).issues)


def test_copies_of_the_bundled_records_are_as_valid_as_the_original(bundled: tm.Dossier) -> None:
    copied = copies.copied(bundled, COPIES)
    assert len(copied.agreements) == COPIES * len(bundled.agreements)
    assert _codes(copied) == Counter({code: n * COPIES for code, n in _codes(bundled).items()})


def test_each_copy_finds_what_the_original_finds() -> None:
    broken = _broken(datasets.load_all())
    found = _codes(broken)
    # One of each, so that a copier renaming a reference or an id wrongly would change them.
    assert found == Counter({"TM-S013": 1, "TM-S005": 1, "TM-S002": 1, "TM-S003": 1})
    assert _codes(copies.copied(broken, COPIES)) == Counter(dict.fromkeys(found, COPIES))


@pytest.mark.parametrize("kind", KINDS, ids=lambda kind: kind.name)
def test_every_id_is_unique_per_copy(bundled: tm.Dossier, kind: Kind) -> None:
    """No id repeats more than in the original; every copy brings its own (states are shared)."""
    original = Counter(kind.id_of(record) for record in records(bundled, kind))
    copied = Counter(kind.id_of(record) for record in records(copies.copied(bundled, COPIES), kind))
    if kind.name == copies.SHARED:
        assert copied == original
        return
    assert len(copied) == COPIES * len(original)
    assert max(copied.values(), default=1) == max(original.values(), default=1)
    assert set(original) <= set(copied)  # copy 0 keeps the original ids


def test_the_first_copy_is_the_original(bundled: tm.Dossier) -> None:
    copied = copies.copied(bundled, COPIES)
    assert copied.agreements[: len(bundled.agreements)] == bundled.agreements
    assert copied.states == bundled.states


def test_every_field_holding_an_id_is_renamed() -> None:
    """A new field that holds ids must be in treatymodel.kinds, or the copies would share it."""
    holding_ids = (v.identifier, v.optional_identifier, v.identifiers)
    missed = [
        f"{cls.__name__}.{field.name}"
        for cls in serialization.RECORD_TYPES
        if cls is not _dossier.Dossier  # one dossier: its own id is not copied
        for field in attrs.fields(cls)
        if field.validator in holding_ids and field.name not in copies.id_fields(cls)
    ]
    assert missed == []


def test_write_keeps_a_file_already_written(tmp_path: Path) -> None:
    path = copies.write(tmp_path, agreements=2 * len(datasets.load_all().agreements))
    assert path.name.startswith("bundled-x2-")
    assert tm.from_json(path.read_bytes(), tm.Dossier) == copies.copied(datasets.load_all(), 2)
    written = path.stat().st_mtime_ns
    assert copies.write(tmp_path, agreements=2 * len(datasets.load_all().agreements)) == path
    assert path.stat().st_mtime_ns == written
