"""Connections and transactions.

Every write is one `BEGIN IMMEDIATE` transaction: the writer takes the lock up front, so two
windows or a window and a CLI import queue politely (busy timeout) instead of failing half-way
with "database is locked".
"""

from __future__ import annotations

import contextlib
import sqlite3
import time
from datetime import datetime, timezone
from pathlib import Path

import sqlite_utils

BUSY_TIMEOUT_MS = 30_000


class ArchiveBusy(RuntimeError):
    """Another program held the archive longer than we were willing to wait."""


def read_only_uri(path: Path) -> str:
    """A read-only SQLite URI; as_uri() escapes '#', '?' and spaces that a plain f-string would not."""
    return Path(path).resolve().as_uri() + "?mode=ro"


def connect(path: Path, *, read_only: bool = False) -> sqlite_utils.Database:
    if read_only:
        conn = sqlite3.connect(read_only_uri(path), uri=True, isolation_level=None,
                               timeout=BUSY_TIMEOUT_MS / 1000, check_same_thread=False)
    else:
        conn = sqlite3.connect(str(path), isolation_level=None, timeout=BUSY_TIMEOUT_MS / 1000,
                               check_same_thread=False)
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    conn.execute("PRAGMA foreign_keys = ON")
    if not read_only:
        conn.execute("PRAGMA journal_mode = WAL")
        # FULL: a committed import survives a power cut, not only a killed process.
        conn.execute("PRAGMA synchronous = FULL")
    conn.execute("PRAGMA temp_store = MEMORY")
    conn.execute("PRAGMA cache_size = -65536")
    return sqlite_utils.Database(conn)


@contextlib.contextmanager
def write_transaction(db: sqlite_utils.Database):
    """One write transaction: BEGIN IMMEDIATE ... COMMIT, rolled back on any error.

    Nested use joins the outer transaction (sqlite-utils' own helpers use savepoints inside it).
    """
    conn = db.conn
    if conn.in_transaction:
        yield db
        return
    deadline = time.monotonic() + BUSY_TIMEOUT_MS / 1000
    while True:
        try:
            conn.execute("BEGIN IMMEDIATE")
            break
        except sqlite3.OperationalError as e:
            if "locked" not in str(e) and "busy" not in str(e):
                raise
            if time.monotonic() > deadline:
                raise ArchiveBusy("the archive is busy with another program's write; try again") from e
            time.sleep(0.05)
    from press_archive.storage import audit, seals

    try:
        seals.mark(db)  # which records this transaction changes: the audit log seals them
        yield db
        audit.seal_leftovers(db, now_utc())
    except BaseException:
        seals.unmark(db)
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise
    else:
        seals.unmark(db)
        conn.execute("COMMIT")


def now_utc() -> str:
    """The moment as stored: ISO-8601 in UTC with microseconds."""
    return datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.%fZ")
