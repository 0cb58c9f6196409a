"""Files written so that nothing is lost (``treatymodel._files``), through ``write_jsonl``.

Issue 16, points 1, 2 and 10: a temporary file in the same folder, fsynced and renamed
over the target; the target's mode kept, the umask's for a new file; symbolic links
followed and kept; devices, FIFOs and directories refused; the same path read and
written; a writer killed at any point leaves the old or the new file, whole. The
command line's side (``convert``, signals) is in ``tests/test_cli.py``.
"""

from __future__ import annotations

import os
import random
import signal
import stat
import threading
import time
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest

import treatymodel as tm
from treatymodel import _files


def _people(n: int, prefix: str = "p") -> list[tm.Person]:
    return [tm.Person(id=f"{prefix}{i}", name=f"Person {i}") for i in range(n)]


def _lines(records: list[tm.Person]) -> bytes:
    return b"".join(tm.to_json(r).encode() + b"\n" for r in records)


def _leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".tmp"))


def test_same_path_read_and_written(tmp_path: Path) -> None:
    # Point 2: this used to truncate the file before reading it, leaving 0 bytes.
    path = tmp_path / "people.jsonl"
    tm.write_jsonl(_people(100), path)
    before = path.read_bytes()
    assert tm.write_jsonl(tm.iter_jsonl(path, tm.Person), path) == 100
    assert path.read_bytes() == before
    assert _leftovers(tmp_path) == []


def test_a_bad_item_part_way_leaves_the_target_untouched(tmp_path: Path) -> None:
    # Point 2: a partial file used to be left behind.
    path = tmp_path / "people.jsonl"
    path.write_bytes(b"precious\n")
    with pytest.raises(TypeError, match="not a treatymodel record type"):
        tm.write_jsonl([*_people(50), "not a record", *_people(5)], path)
    assert path.read_bytes() == b"precious\n"
    assert _leftovers(tmp_path) == []


def test_an_exception_from_the_records_leaves_the_target_untouched(tmp_path: Path) -> None:
    path = tmp_path / "people.jsonl"
    path.write_bytes(b"precious\n")

    def records() -> Iterator[tm.Person]:
        yield from _people(3)
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        tm.write_jsonl(records(), path)
    assert path.read_bytes() == b"precious\n"
    assert _leftovers(tmp_path) == []


def test_the_mode_of_the_target_is_kept(tmp_path: Path) -> None:
    path = tmp_path / "people.jsonl"
    path.write_bytes(b"old\n")
    path.chmod(0o640)
    tm.write_jsonl(_people(2), path)
    assert stat.S_IMODE(path.stat().st_mode) == 0o640
    assert path.read_bytes() == _lines(_people(2))


@pytest.mark.parametrize("umask", [0o022, 0o077, 0o002])
def test_a_new_file_gets_the_umask_mode(tmp_path: Path, umask: int) -> None:
    # Point 10: every output used to be 0600, whatever the umask.
    previous = os.umask(umask)
    try:
        tm.write_jsonl(_people(1), tmp_path / "new.jsonl")
    finally:
        os.umask(previous)
    assert stat.S_IMODE((tmp_path / "new.jsonl").stat().st_mode) == 0o666 & ~umask


def test_a_symbolic_link_is_followed_and_kept(tmp_path: Path) -> None:
    real = tmp_path / "data" / "people.jsonl"
    real.parent.mkdir()
    real.write_bytes(b"old\n")
    link = tmp_path / "link.jsonl"
    link.symlink_to(real)
    tm.write_jsonl(_people(2), link)
    assert link.is_symlink()
    assert real.read_bytes() == _lines(_people(2))
    assert _leftovers(real.parent) == []


def test_a_dangling_link_creates_its_target(tmp_path: Path) -> None:
    link = tmp_path / "link.jsonl"
    link.symlink_to(tmp_path / "later.jsonl")
    tm.write_jsonl(_people(1), link)
    assert link.is_symlink()
    assert (tmp_path / "later.jsonl").read_bytes() == _lines(_people(1))


@pytest.mark.parametrize("through_a_link", [False, True], ids=["fifo", "link-to-fifo"])
def test_a_fifo_is_refused_and_left_alone(tmp_path: Path, through_a_link: bool) -> None:
    # Point 1 (`/dev/null` as root became a regular file); tested on a FIFO, never a device.
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    path = tmp_path / "link" if through_a_link else fifo
    if through_a_link:
        path.symlink_to(fifo)
    with pytest.raises(tm.OutputFileError, match=r"is a FIFO \(named pipe\), not a regular file") as info:
        tm.write_jsonl(_people(1), path)
    assert isinstance(info.value, OSError)
    assert info.value.path == str(path)
    assert stat.S_ISFIFO(fifo.stat().st_mode)
    assert path.is_symlink() == through_a_link
    assert _leftovers(tmp_path) == []


def test_a_directory_is_refused(tmp_path: Path) -> None:
    with pytest.raises(tm.OutputFileError, match="is a directory, not a regular file"):
        tm.write_jsonl(_people(1), tmp_path)


def test_a_missing_folder_is_named(tmp_path: Path) -> None:
    # Point 10: the error used to name the temporary file.
    with pytest.raises(tm.OutputFileError) as info:
        tm.write_jsonl(_people(1), tmp_path / "nowhere" / "people.jsonl")
    assert info.value.reason == f"the folder {tmp_path / 'nowhere'} does not exist"
    assert ".tmp" not in str(info.value)


def test_target_of_names_each_kind(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    with pytest.raises(tm.OutputFileError, match="FIFO"):
        _files.target_of(fifo)
    assert _files.target_of(tmp_path / "new.json") == (tmp_path / "new.json", None)


def test_concurrent_writers_last_complete_write_wins(tmp_path: Path) -> None:
    # Point 2: two writers used to interleave their bytes in one file.
    path = tmp_path / "people.jsonl"
    contents = {prefix: _people(3000, prefix) for prefix in ("a", "b", "c", "d")}
    expected = {_lines(records) for records in contents.values()}
    errors: list[BaseException] = []

    def write(records: list[tm.Person]) -> None:
        try:
            for _ in range(5):
                tm.write_jsonl(records, path)
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)

    threads = [threading.Thread(target=write, args=(records,)) for records in contents.values()]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert not errors
    assert path.read_bytes() in expected
    assert _leftovers(tmp_path) == []


def test_a_writer_killed_at_random_points_leaves_the_old_or_the_new_file(tmp_path: Path) -> None:
    """Fault injection: 50 writers killed with SIGKILL at random moments of a rewrite.

    Each writer is a forked process (so it starts in a millisecond, with the model
    already built) rewriting a 1.5 MB file; the parent kills it after a random delay
    spanning the whole write. Whatever the moment, the file holds one version, whole.
    """
    path = tmp_path / "people.jsonl"
    versions = [_people(20_000, "old"), _people(20_000, "new")]
    contents = [_lines(records) for records in versions]
    tm.write_jsonl(versions[0], path)  # also builds the writers before the first fork
    current = 0
    seen: Counter[str] = Counter()
    rng = random.Random(16)
    for _ in range(50):
        other = 1 - current
        pid = os.fork()
        if pid == 0:  # pragma: no cover - the child, killed or exiting at once
            try:
                tm.write_jsonl(versions[other], path)
            finally:
                os._exit(0)
        time.sleep(rng.uniform(0, 0.03))
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
        data = path.read_bytes()
        assert data in (contents[current], contents[other])
        if data == contents[other]:
            current = other
            seen["new file"] += 1
        else:
            seen["old file"] += 1
        # SIGKILL cannot be caught: a temporary file may be left, hidden, beside the target.
        for name in _leftovers(tmp_path):
            assert name.startswith(".people.jsonl.")
            (tmp_path / name).unlink()
    assert sum(seen.values()) == 50
    print(dict(seen))  # how the kills fell (not asserted: it depends on the machine's speed)
