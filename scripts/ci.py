"""CI (``.ci/run``): the suite on the oldest and newest supported Python, and at the minimums.

Three jobs, run at once (each is mostly one pytest process; the machine has two cores):

- ``newest``: ``make test`` (ruff, mypy, pytest) on the newest supported Python found;
- ``oldest``: ``make unit`` (pytest) on the oldest supported Python found;
- ``minimum``: ``make unit`` on the oldest, with every dependency at the lower bound
  ``pyproject.toml`` declares (``.ci/constraints-min.txt``, written by
  ``scripts/write_min_constraints.py``).

"Supported" is the ``Programming Language :: Python :: 3.N`` classifiers that
``requires-python`` admits. An interpreter is looked for as ``python3.N`` on ``PATH``,
then under pyenv's ``versions/`` folder (a pyenv shim on ``PATH`` answers only for the
versions pyenv has selected), and taken only if it runs and can make a virtual
environment. With one version found, ``oldest`` is left out and the run says so; with
none, the run fails. Each job has its own virtual environment (``.venv-py3.N``,
``.venv-min``, ignored by git and so by ruff); logs go to ``.ci/logs/``.

Only the standard library: this runs before anything is installed.
"""

from __future__ import annotations

import os
import re
import shutil
import signal
import subprocess
import sys
import threading
import time
import tomllib
from collections.abc import Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import NamedTuple

ROOT = Path(__file__).resolve().parents[1]
LOGS = ROOT / ".ci" / "logs"
CONSTRAINTS = ".ci/constraints-min.txt"
#: A job still running after this long is stopped and fails (CI allows 90 minutes in all).
JOB_TIMEOUT = 30 * 60
#: What a candidate interpreter must do: say its version and have what ``venv`` needs.
_PROBE = "import sys, venv, ensurepip; print('%d.%d' % sys.version_info[:2])"
_CLASSIFIER = re.compile(r"^Programming Language :: Python :: (\d+)\.(\d+)$")
_REQUIRES = re.compile(r"^>=\s*(\d+)\.(\d+)$")
_COUNT = re.compile(r"(\d+) (passed|failed|errors?)\b")
_CLOSING = re.compile(r"\d+ (?:passed|failed|errors?)\b.* in [\d.]+s")

Version = tuple[int, int]


class Job(NamedTuple):
    """One CI job: a make target in its own virtual environment.

    Args:
        name: What the report calls it.
        python: The interpreter the environment is made with.
        target: ``test`` (lint, types, tests) or ``unit`` (tests alone).
        venv: The environment's folder, relative to the checkout.
        constraints: A pip constraints file for the install, or ``None``.
    """

    name: str
    python: str
    target: str
    venv: str
    constraints: str | None = None

    def command(self) -> list[str]:
        """The make command line of the job."""
        command = ["make", self.target, f"VENV={self.venv}", f"PYTHON={self.python}"]
        if self.constraints is not None:
            command.append(f"CONSTRAINTS={self.constraints}")
        return command


def supported_versions(pyproject: Mapping[str, object]) -> list[Version]:
    """The Python versions the project supports, oldest first.

    Args:
        pyproject: ``pyproject.toml`` as read by :mod:`tomllib`.

    Returns:
        The ``Programming Language :: Python :: 3.N`` classifiers at or above
        ``requires-python``'s ``>=`` bound.

    Example:
        >>> supported_versions({"project": {"requires-python": ">=3.12", "classifiers": [
        ...     "Programming Language :: Python :: 3.11", "Programming Language :: Python :: 3.13"]}})
        [(3, 13)]
    """
    project = pyproject["project"]
    assert isinstance(project, Mapping)
    bound = _REQUIRES.match(str(project["requires-python"]))
    if bound is None:
        raise ValueError(f"requires-python {project['requires-python']!r}: expected '>=3.N'")
    lowest = (int(bound[1]), int(bound[2]))
    found = (_CLASSIFIER.match(str(c)) for c in project.get("classifiers", ()))
    return sorted({v for m in found if m and (v := (int(m[1]), int(m[2]))) >= lowest})


def candidates(version: Version, path: str, pyenv_root: Path | None) -> list[str]:
    """Where an interpreter of ``version`` may be: on ``path``, then in pyenv, newest patch first."""
    name = f"python{version[0]}.{version[1]}"
    found = [which] if (which := shutil.which(name, path=path)) else []
    if pyenv_root is not None:
        installed = (pyenv_root / "versions").glob(f"{version[0]}.{version[1]}.*/bin/{name}")
        found += [str(p) for p in sorted(installed, key=_patch, reverse=True)]
    return found


def _patch(path: Path) -> tuple[int, ...]:
    # versions/3.12.10/bin/python3.12 sorts after versions/3.12.9/...; a name that is
    # not all numbers (3.13.0t, 3.14.0a1) sorts first, so a plain release wins.
    parts = path.parents[1].name.split(".")
    return tuple(int(p) for p in parts) if all(p.isdigit() for p in parts) else (-1,)


def runs_as(python: str, version: Version) -> bool:
    """Whether ``python`` runs, is ``version`` and can make a virtual environment."""
    try:
        done = subprocess.run([python, "-c", _PROBE], capture_output=True, text=True, timeout=60, check=False)
    except (OSError, subprocess.TimeoutExpired):
        return False
    return done.returncode == 0 and done.stdout.strip() == f"{version[0]}.{version[1]}"


def pyenv_root(environ: Mapping[str, str]) -> Path | None:
    """The pyenv folder, from ``PYENV_ROOT`` or its default ``~/.pyenv``, if it exists."""
    root = Path(environ.get("PYENV_ROOT") or Path.home() / ".pyenv")
    return root if (root / "versions").is_dir() else None


def find_interpreters(versions: Sequence[Version], path: str, root: Path | None) -> dict[Version, str]:
    """The first working interpreter of each version, for the versions that have one."""
    found = {}
    for version in versions:
        working = next((p for p in candidates(version, path, root) if runs_as(p, version)), None)
        if working is not None:
            found[version] = working
    return found


def plan(found: Mapping[Version, str]) -> list[Job]:
    """The jobs for the interpreters found (oldest and newest; one job fewer with one).

    Example:
        >>> [job.name for job in plan({(3, 11): "python3.11", (3, 13): "python3.13"})]
        ['newest', 'oldest', 'minimum']
        >>> [(job.name, job.python) for job in plan({(3, 12): "python3.12"})]
        [('newest', 'python3.12'), ('minimum', 'python3.12')]
    """
    if not found:
        raise ValueError("no supported Python found")
    oldest, newest = min(found), max(found)
    jobs = [Job(name="newest", python=found[newest], target="test", venv=_venv(newest))]
    if oldest != newest:
        jobs.append(Job(name="oldest", python=found[oldest], target="unit", venv=_venv(oldest)))
    # At the oldest Python: the oldest releases of the dependencies may have no wheels
    # for a newer one (pandas 2.1 has none for 3.13).
    jobs.append(
        Job(name="minimum", python=found[oldest], target="unit", venv=".venv-min", constraints=CONSTRAINTS)
    )
    return jobs


def _venv(version: Version) -> str:
    return f".venv-py{version[0]}.{version[1]}"


def counts(log: str) -> tuple[int, int]:
    r"""(passed, failed) from pytest's closing line in ``log``; errors count as failed.

    Example:
        >>> counts("...\\n==== 2 failed, 4098 passed, 1 error in 130.2s ====\\n")
        (4098, 3)
    """
    closing = next((line for line in reversed(log.splitlines()) if _CLOSING.search(line)), "")
    passed = failed = 0
    for number, word in _COUNT.findall(closing):
        if word == "passed":
            passed += int(number)
        else:
            failed += int(number)
    return passed, failed


class Outcome(NamedTuple):
    """How a job ended: its exit code, wall time and CPU time (its whole process tree)."""

    code: int
    seconds: float
    cpu: float


def _run(job: Job, environ: Mapping[str, str]) -> Outcome:
    env = dict(environ)
    if job.target == "unit":
        # Jobs run at once in one checkout: only the full job keeps pytest's cache.
        env["PYTEST_ADDOPTS"] = (env.get("PYTEST_ADDOPTS", "") + " -p no:cacheprovider").strip()
    start = time.monotonic()
    with (LOGS / f"{job.name}.log").open("w", encoding="utf-8") as log:
        process = subprocess.Popen(
            job.command(),
            cwd=ROOT,
            env=env,
            stdout=log,
            stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL,
            start_new_session=True,  # its own process group, to stop all of it on timeout
        )
        timer = threading.Timer(JOB_TIMEOUT, os.killpg, (process.pid, signal.SIGTERM))
        timer.start()
        # wait4, not wait: the CPU time of the job's whole tree (make, pip, pytest), which
        # unlike the wall time does not depend on what else the machine is doing.
        _, status, usage = os.wait4(process.pid, 0)
        timer.cancel()
        process.returncode = code = os.waitstatus_to_exitcode(status)
        if code == -signal.SIGTERM:
            log.write(f"\nci: stopped after {JOB_TIMEOUT} s\n")
    return Outcome(code, time.monotonic() - start, usage.ru_utime + usage.ru_stime)


def _say(text: str) -> None:
    print(f"ci: {text}", flush=True)


def main() -> int:
    """Run the jobs at once; print each log's end (whole if it failed) and one closing line."""
    with (ROOT / "pyproject.toml").open("rb") as file:
        versions = supported_versions(tomllib.load(file))
    found = find_interpreters(versions, os.environ.get("PATH", os.defpath), pyenv_root(os.environ))
    names = ", ".join(f"{v[0]}.{v[1]}" for v in versions)
    _say(f"supported Python (pyproject): {names}")
    for version in versions:
        _say(f"  {version[0]}.{version[1]}: {found.get(version, 'not found')}")
    if not found:
        _say("no supported Python found: nothing can run")
        return 1
    jobs = plan(found)
    if len(found) == 1:
        _say("one supported Python only: no separate oldest-Python job")
    LOGS.mkdir(parents=True, exist_ok=True)
    for job in jobs:
        _say(f"start {job.name}: {' '.join(job.command())}")
    start = time.monotonic()
    with ThreadPoolExecutor(max_workers=len(jobs)) as pool:
        results = list(pool.map(lambda job: _run(job, os.environ), jobs))
    wall = time.monotonic() - start
    passed = failed = 0
    for job, outcome in zip(jobs, results, strict=True):
        log = (LOGS / f"{job.name}.log").read_text(encoding="utf-8", errors="replace")
        job_passed, job_failed = counts(log)
        passed, failed = passed + job_passed, failed + job_failed
        if outcome.code != 0 and not job_failed:
            failed += 1  # failed before or beside the tests: install, ruff, mypy
        shown = log if outcome.code != 0 else "\n".join(log.splitlines()[-12:])
        print(f"\n----- {job.name} ({' '.join(job.command())}): exit {outcome.code}", flush=True)
        print(shown, flush=True)
    print(flush=True)
    for job, outcome in zip(jobs, results, strict=True):
        verdict = "ok" if outcome.code == 0 else f"FAILED (exit {outcome.code})"
        _say(
            f"{job.name:8} {job.python} {job.target:5} "
            f"{outcome.seconds:4.0f} s wall {outcome.cpu:4.0f} s CPU  {verdict}"
        )
    cpu = sum(outcome.cpu for outcome in results)
    _say(f"wall time {wall:.0f} s, CPU time {cpu:.0f} s on {os.cpu_count()} CPUs; logs in .ci/logs/")
    _say(f"{passed} passed, {failed} failed")
    return 0 if all(outcome.code == 0 for outcome in results) else 1


if __name__ == "__main__":
    sys.exit(main())
