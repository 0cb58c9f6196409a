"""Writing a file so that nothing is lost: a temporary file beside it, renamed over it.

`replacing` is how the library (``write_jsonl`` to a path) and the command line
(``convert``) write every file:

- the output goes to a new hidden file in the target's folder
  (``.NAME.RANDOM.tmp``), created with the umask's mode, or with the mode (and,
  where allowed, the owner) of the file it replaces;
- it is flushed and fsynced, then renamed over the target in one step
  (``os.replace``), and the folder is fsynced, so a reader, a crash or a kill sees
  either the old complete file or the new complete file, never a part;
- on any failure, ``KeyboardInterrupt`` included, the temporary file is removed
  and the target is untouched. Only ``SIGKILL`` or a power cut can leave a
  temporary file behind; it is safe to delete.

The target must be a regular file, or not exist yet in an existing folder. A
symbolic link is followed: the file it points to is replaced and the link is kept.
Devices (``/dev/null``), FIFOs, sockets and directories are refused with
`OutputFileError` before anything is written: replacing
them would destroy them, and writing into them in place could not be atomic.

Two processes writing the same target each write their own temporary file; the
last rename wins, and the result is always one writer's complete output. Reading
and writing the same path works: the reader keeps the old file open while the new
one is written beside it.
"""

from __future__ import annotations

import contextlib
import os
import secrets
import signal
import stat
from collections.abc import Iterator
from pathlib import Path
from typing import IO

from treatymodel.errors import OutputFileError

_KINDS = (
    (stat.S_ISDIR, "a directory"),
    (stat.S_ISCHR, "a character device"),
    (stat.S_ISBLK, "a block device"),
    (stat.S_ISFIFO, "a FIFO (named pipe)"),
    (stat.S_ISSOCK, "a socket"),
)
_CREATE = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_CLOEXEC", 0) | getattr(os, "O_NOFOLLOW", 0)
# Blocked while a temporary file is created, so that a Ctrl-C or a SIGTERM turned
# into an exception cannot arrive between its creation and the code that removes it.
_SIGNALS = {signal.SIGINT, signal.SIGTERM}


def target_of(path: str | os.PathLike[str]) -> tuple[Path, os.stat_result | None]:
    """The regular file a write to ``path`` replaces, and its status if it exists.

    Raises:
        OutputFileError: ``path`` is a directory, a device, a FIFO or a socket (or a
            link to one), or its folder does not exist.
    """
    shown = os.fspath(path)
    target = Path(os.path.realpath(path))
    try:
        status = os.stat(target)
    except FileNotFoundError:
        folder = target.parent
        if not folder.is_dir():
            raise OutputFileError(shown, f"the folder {folder} does not exist") from None
        return target, None
    if not stat.S_ISREG(status.st_mode):
        kind = next((kind for test, kind in _KINDS if test(status.st_mode)), "a special file")
        raise OutputFileError(shown, f"is {kind}, not a regular file: only regular files are written")
    return target, status


def _create_temporary(target: Path) -> tuple[int, Path]:
    while True:
        temporary = target.with_name(f".{target.name}.{secrets.token_hex(4)}.tmp")
        try:
            # 0o666: the umask decides the mode of a new file, as for any file created.
            return os.open(temporary, _CREATE, 0o666), temporary
        except FileExistsError:  # pragma: no cover - 32 random bits taken
            continue


def _sync_folder(folder: Path) -> None:
    """Make the rename itself durable; not possible everywhere (Windows), so best effort."""
    try:
        fd = os.open(folder, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    except OSError:
        return
    try:
        with contextlib.suppress(OSError):
            os.fsync(fd)
    finally:
        os.close(fd)


@contextlib.contextmanager
def _signals_blocked() -> Iterator[None]:
    mask = getattr(signal, "pthread_sigmask", None)
    if mask is None:  # pragma: no cover - Windows
        yield
        return
    previous = mask(signal.SIG_BLOCK, _SIGNALS)
    try:
        yield
    finally:
        mask(signal.SIG_SETMASK, previous)


@contextlib.contextmanager
def replacing(path: str | os.PathLike[str]) -> Iterator[IO[bytes]]:
    """A binary file whose content replaces ``path`` when the block ends without error.

    Args:
        path: The file to write; see the module docstring for what it may be.

    Yields:
        The temporary file, open for writing in binary mode.

    Raises:
        OutputFileError: ``path`` cannot be replaced by a regular file (see
            `target_of`).
        OSError: the temporary file cannot be created, written or renamed (no
            permission, disk full...). The target is then untouched.
    """
    target, existing = target_of(path)
    with _signals_blocked():
        try:
            fd, temporary = _create_temporary(target)
        except FileNotFoundError:  # the folder went away since target_of looked
            raise OutputFileError(os.fspath(path), f"the folder {target.parent} does not exist") from None
        handle = open(fd, "wb")  # noqa: SIM115 - closed below, before the rename
    try:
        with handle:
            if existing is not None:
                _keep_mode_and_owner(handle.fileno(), existing)
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temporary, target)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            temporary.unlink()
        raise
    _sync_folder(target.parent)


def _keep_mode_and_owner(fd: int, existing: os.stat_result) -> None:
    if hasattr(os, "fchown"):
        # Only root may give a file away; anyone else keeps their own ownership. Before
        # the mode: a change of owner clears the set-user-ID and set-group-ID bits.
        with contextlib.suppress(OSError):
            os.fchown(fd, existing.st_uid, existing.st_gid)
    os.fchmod(fd, stat.S_IMODE(existing.st_mode))
