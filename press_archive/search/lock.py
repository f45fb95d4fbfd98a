"""One writer of an archive's search index at a time, across processes.

An OS lock on a file beside the index folder (the folder itself is swapped whole by a rebuild). The OS
drops the lock when its holder dies, so a killed process never leaves the index locked. A process that
finds the lock taken waits: the holder is bringing the index up to date, which is what it wanted too.
"""

from __future__ import annotations

import contextlib
import errno
import os
import time
from collections.abc import Callable
from pathlib import Path

POLL_S = 0.05


def _try_lock(fd: int) -> bool:
    if os.name == "nt":
        import msvcrt

        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
            return True
        except OSError:
            return False
    import fcntl

    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        return True
    except BlockingIOError:
        return False


def _open(path: Path) -> int | None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        return os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    except OSError as e:
        if e.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
            return None  # a read-only archive: nobody can write its index, there is nothing to guard
        raise


@contextlib.contextmanager
def index_lock(path: Path, cancelled: Callable[[], bool] | None = None):
    """Hold the lock for the block; yields False (without the lock) if `cancelled()` turned true first."""
    fd = _open(path)
    if fd is None:
        yield True
        return
    try:
        while not _try_lock(fd):
            if cancelled is not None and cancelled():
                yield False
                return
            time.sleep(POLL_S)
        yield True
    finally:
        os.close(fd)  # closing the file releases the lock


def is_locked(path: Path) -> bool:
    """True when some process holds the lock now (a rebuild or an update is under way)."""
    fd = _open(path)
    if fd is None:
        return False
    try:
        return not _try_lock(fd)
    finally:
        os.close(fd)
