"""Connections and transactions.

Every write is one `BEGIN IMMEDIATE` transaction: the writer takes the lock up front, so two
windows or a window and a CLI import queue politely (busy timeout) instead of failing half-way
with "database is locked".
"""

from __future__ import annotations

import contextlib
import sqlite3
import time
from pathlib import Path

import sqlite_utils

BUSY_TIMEOUT_MS = 30_000


class ArchiveBusy(RuntimeError):
    """Another program held the archive longer than we were willing to wait."""


class SqliteDatabase(sqlite_utils.Database):
    """A folder archive's database. `dialect` is what storage asks the few times SQLite and the server differ
    (storage/postgres.py is the other kind, with the same execute/fetch/transaction face)."""

    dialect = "sqlite"


def read_only_uri(path: Path) -> str:
    """A read-only SQLite URI; as_uri() escapes '#', '?' and spaces that a plain f-string would not."""
    return Path(path).resolve().as_uri() + "?mode=ro"


def connect(path: Path, *, read_only: bool = False) -> SqliteDatabase:
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
    return SqliteDatabase(conn)


@contextlib.contextmanager
def write_transaction(db: sqlite_utils.Database):
    """One write transaction: BEGIN IMMEDIATE ... COMMIT, rolled back on any error.

    Nested use joins the outer transaction (sqlite-utils' own helpers use savepoints inside it).
    A server archive's database has its own (storage/postgres.py).
    """
    if getattr(db, "dialect", "sqlite") != "sqlite":
        with db.write_transaction():
            yield db
        return
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
    try:
        yield db
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise
    else:
        conn.execute("COMMIT")
