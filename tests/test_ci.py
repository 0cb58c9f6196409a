"""CI (``.ci/run``, ``scripts/ci.py``): which Pythons it finds, its jobs, the minimum constraints."""

from __future__ import annotations

import doctest
import os
import stat
import sys
import tomllib
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from _records import load_script

ROOT = Path(__file__).resolve().parents[1]
ci = load_script("ci")
constraints = load_script("write_min_constraints")


def _pyproject() -> dict[str, object]:
    with (ROOT / "pyproject.toml").open("rb") as file:
        return tomllib.load(file)


# -- The minimum versions: .ci/constraints-min.txt follows pyproject's lower bounds.


def test_constraints_file_is_current() -> None:
    committed = (ROOT / ".ci" / "constraints-min.txt").read_text(encoding="utf-8")
    assert committed == constraints.render(_pyproject()), (
        ".ci/constraints-min.txt is stale: run `python scripts/write_min_constraints.py`"
    )


def test_every_runtime_dependency_is_pinned_at_its_lower_bound() -> None:
    pins = dict(line.split("==") for line in constraints.render(_pyproject()).splitlines() if "==" in line)
    runtime = constraints.requirements(_pyproject(), "dependencies")
    assert [constraints.lower_bound(r)[0] for r in runtime] == [
        "attrs",
        "cattrs",
        "python-dateutil",
        "pycountry",
        "orjson",
    ]
    for requirement in runtime:
        name, version = constraints.lower_bound(requirement)
        assert version is not None, f"{requirement}: a runtime dependency needs a lower bound"
        assert pins[name] == constraints.oldest_series(version)


def test_the_extras_and_dev_declare_the_same_bounds() -> None:
    # The minimum job installs dev; so its bounds are the extras' only if they agree.
    dev = dict(constraints.lower_bound(r) for r in constraints.requirements(_pyproject(), "dev"))
    project = _pyproject()["project"]
    assert isinstance(project, dict)
    for extra in ("pandas", "parquet", "plot", "strategies"):
        for requirement in constraints.requirements(_pyproject(), extra):
            name, version = constraints.lower_bound(requirement)
            assert dev.get(name) == version, f"[{extra}] {requirement} against dev's {dev.get(name)}"


@pytest.mark.parametrize(
    ("requirement", "expected"),
    [
        ("attrs>=24.2", ("attrs", "24.2")),
        ("mkdocstrings[python]>=0.26", ("mkdocstrings", "0.26")),
        ("Python_Dateutil >= 2.9", ("python-dateutil", "2.9")),
        ("types-python-dateutil", ("types-python-dateutil", None)),
        ("pyarrow>=14 ; python_version < '3.14'", ("pyarrow", "14")),
    ],
)
def test_lower_bound_reads_pyproject_requirements(requirement: str, expected: tuple[str, str | None]) -> None:
    assert constraints.lower_bound(requirement) == expected


@pytest.mark.parametrize("requirement", ["attrs==24.2", "attrs>=24.2,<26", "attrs<26", "attrs~=24.2"])
def test_a_bound_the_minimum_job_cannot_read_is_refused(requirement: str) -> None:
    with pytest.raises(ValueError, match="attrs"):
        constraints.lower_bound(requirement)


@given(st.lists(st.integers(min_value=0, max_value=300), min_size=1, max_size=4))
def test_the_pin_admits_the_bound_and_only_its_series(release: list[int]) -> None:
    version = ".".join(map(str, release))
    pin = constraints.oldest_series(version)
    if len(release) >= 3:
        assert pin == version
    else:
        padded = [*release, 0][:2]
        assert pin == ".".join(map(str, padded)) + ".*"
        # The bound itself is in the series, and the next minor is not.
        assert ".".join(map(str, [*padded, 0])).startswith(pin[:-1])
        assert not f"{padded[0]}.{padded[1] + 1}.0".startswith(pin[:-1])


# -- Which Pythons: the classifiers, the interpreters found, the jobs.


def test_supported_versions_are_the_classifiers_from_requires_python() -> None:
    assert ci.supported_versions(_pyproject()) == [(3, 11), (3, 12), (3, 13)]


def test_requires_python_must_be_a_lower_bound() -> None:
    with pytest.raises(ValueError, match="requires-python"):
        ci.supported_versions({"project": {"requires-python": "~=3.11", "classifiers": []}})


def _fake_python(folder: Path, name: str, says: str, code: int = 0) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(f"#!/bin/sh\necho {says}\nexit {code}\n", encoding="utf-8")
    path.chmod(path.stat().st_mode | stat.S_IXUSR)
    return path


def test_a_broken_shim_on_path_falls_back_to_pyenv(tmp_path: Path) -> None:
    # A pyenv shim answers only for the versions pyenv has selected: it is on PATH and
    # fails. The interpreter installed under versions/ is taken instead, newest patch.
    shims = tmp_path / "shims"
    _fake_python(shims, "python3.12", "pyenv: python3.12: command not found", code=127)
    root = tmp_path / "pyenv"
    _fake_python(root / "versions" / "3.12.1" / "bin", "python3.12", "3.12")
    newest = _fake_python(root / "versions" / "3.12.10" / "bin", "python3.12", "3.12")
    _fake_python(root / "versions" / "3.12.11t" / "bin", "python3.12", "3.12")
    found = ci.find_interpreters([(3, 12), (3, 13)], str(shims), root)
    assert found == {(3, 12): str(newest)}


def test_an_interpreter_of_another_version_is_not_taken(tmp_path: Path) -> None:
    _fake_python(tmp_path, "python3.13", "3.12")
    assert ci.find_interpreters([(3, 13)], str(tmp_path), None) == {}


def test_this_interpreter_is_found() -> None:
    version = sys.version_info[:2]
    folder = str(Path(sys.executable).parent)
    found = ci.find_interpreters([version], folder + os.pathsep + os.environ.get("PATH", ""), None)
    assert version in found
    assert ci.runs_as(found[version], version)


def test_jobs_for_oldest_and_newest() -> None:
    jobs = ci.plan({(3, 11): "py11", (3, 12): "py12", (3, 13): "py13"})
    assert [(j.name, j.python, j.target, j.venv, j.constraints) for j in jobs] == [
        ("newest", "py13", "test", ".venv-py3.13", None),
        ("oldest", "py11", "unit", ".venv-py3.11", None),
        ("minimum", "py11", "unit", ".venv-min", ".ci/constraints-min.txt"),
    ]
    assert jobs[2].command() == [
        "make",
        "unit",
        "VENV=.venv-min",
        "PYTHON=py11",
        "CONSTRAINTS=.ci/constraints-min.txt",
    ]


def test_one_python_gives_the_full_and_the_minimum_job() -> None:
    assert [(j.name, j.target) for j in ci.plan({(3, 12): "py12"})] == [
        ("newest", "test"),
        ("minimum", "unit"),
    ]
    with pytest.raises(ValueError, match="no supported Python"):
        ci.plan({})


def test_the_ci_environments_are_ignored_by_git() -> None:
    ignored = (ROOT / ".gitignore").read_text(encoding="utf-8").splitlines()
    assert ".venv-*/" in ignored
    assert ".ci/logs/" in ignored
    assert all(j.venv.startswith(".venv-") for j in ci.plan({(3, 11): "a", (3, 13): "b"}))


@pytest.mark.parametrize(
    ("closing", "expected"),
    [
        ("============ 4100 passed in 123.58s (0:02:03) ============", (4100, 0)),
        ("=== 17 failed, 4083 passed, 1 warning in 219.96s (0:03:39) ===", (4083, 17)),
        ("==== 1 failed, 9 passed, 2 errors in 3.00s ====", (9, 3)),
        ("7 passed in 0.50s", (7, 0)),
        ("make: *** [Makefile:12: .venv-min/.installed] Error 1", (0, 0)),
    ],
)
def test_counts_read_pytest_closing_line(closing: str, expected: tuple[int, int]) -> None:
    assert ci.counts(f"collected\n{closing}\n") == expected


@pytest.mark.parametrize("module", [ci, constraints], ids=["ci", "write_min_constraints"])
def test_the_examples_in_the_docstrings_hold(module: object) -> None:
    result = doctest.testmod(module)  # type: ignore[arg-type]
    assert result.attempted > 0
    assert result.failed == 0
