"""Connections and transactions.

Every write is one `BEGIN IMMEDIATE` transaction: the writer takes the lock up front, so two
windows or a window and a CLI import queue politely (busy timeout) instead of failing half-way
with "database is locked".
"""

from __future__ import annotations

import contextlib
import errno
import os
import sqlite3
import time
from datetime import datetime, timezone
from pathlib import Path

import sqlite_utils

from press_archive.domain.messages import said

BUSY_TIMEOUT_MS = 30_000


class ArchiveBusy(RuntimeError):
    """Another program held the archive longer than we were willing to wait."""


class SqliteDatabase(sqlite_utils.Database):
    """A folder archive's database. `dialect` is what storage asks the few times SQLite and the server differ
    (storage/postgres.py is the other kind, with the same execute/fetch/transaction face)."""

    dialect = "sqlite"


class ArchiveReadOnly(RuntimeError):
    """A write asked of an archive on a read-only medium (a read-only mount, a DVD)."""

    def __init__(self, where: Path | str):
        self.where = where
        super().__init__(said("the archive at {where} is read-only (a read-only disk or mount): nothing was changed",
                              where=where))


class DiskFull(OSError):
    """No space left where a write had to go; what was written so far was rolled back or removed."""

    def __init__(self, where: Path | str):
        self.where = where
        super().__init__(errno.ENOSPC, said("the disk is full at {where}: nothing was half-written; free some space "
                                            "and run it again", where=where))

    def __str__(self) -> str:
        return self.strerror


def damaged_database(error: BaseException, where: Path | str) -> str | None:
    """The plain line for a database file that is no database or is damaged; None for any other error."""
    if isinstance(error, sqlite3.DatabaseError) and ("not a database" in str(error) or "malformed" in str(error)):
        return said("the archive's database in {folder} is damaged ({detail}); run 'check', or restore the last "
                    "backup into a new folder", folder=str(where), detail=str(error))
    return None


def is_disk_full(error: BaseException) -> bool:
    if isinstance(error, OSError):
        return error.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC))
    return isinstance(error, sqlite3.Error) and "full" in str(error)


def is_read_only(error: BaseException) -> bool:
    if isinstance(error, OSError) and error.errno == errno.EROFS:
        return True
    return isinstance(error, sqlite3.OperationalError) and "readonly" in str(error)


def read_only_uri(path: Path, *, immutable: bool = False) -> str:
    """A read-only SQLite URI; as_uri() escapes '#', '?' and spaces that a plain f-string would not."""
    return Path(path).resolve().as_uri() + ("?immutable=1" if immutable else "?mode=ro")


def on_read_only_medium(path: Path) -> bool:
    """True when nothing can be written beside the database (a read-only mount, a DVD, a locked folder).

    access() answers EROFS on a read-only file system even for root, who passes every chmod.
    """
    return not (os.access(path, os.W_OK) and os.access(Path(path).parent, os.W_OK))


def open_read_only(path: Path) -> sqlite3.Connection:
    """A connection that only reads. mode=ro reads a WAL database only when its -shm exists or can be
    made; on a read-only medium without one, immutable=1 is the way in (nothing can change it there)."""
    conn = sqlite3.connect(read_only_uri(path), uri=True, isolation_level=None,
                           timeout=BUSY_TIMEOUT_MS / 1000, check_same_thread=False)
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return conn
    except sqlite3.DatabaseError as e:
        conn.close()
        if not isinstance(e, sqlite3.OperationalError) or not on_read_only_medium(path):
            raise
    return sqlite3.connect(read_only_uri(path, immutable=True), uri=True, isolation_level=None,
                           timeout=BUSY_TIMEOUT_MS / 1000, check_same_thread=False)


def connect(path: Path, *, read_only: bool = False) -> SqliteDatabase:
    if read_only:
        conn = open_read_only(path)
        conn.execute("PRAGMA query_only = 1")  # a write fails at once, before any lock is taken
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
    db = SqliteDatabase(conn)
    db.read_only = read_only
    return db


def insert_rows(db, sql: str, rows: list) -> list[int]:
    """Run one INSERT for each row (inside a write transaction); the new rows' ids, in order. A server
    archive sends them all in one pipeline instead of one round trip each."""
    if getattr(db, "dialect", "sqlite") != "sqlite":
        return db.insert_many(sql, rows) if rows else []
    return [db.execute(sql, row).lastrowid for row in rows]


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
    if getattr(db, "read_only", False):
        raise ArchiveReadOnly(_db_folder(conn))
    deadline = time.monotonic() + BUSY_TIMEOUT_MS / 1000
    while True:
        try:
            conn.execute("BEGIN IMMEDIATE")
            break
        except sqlite3.OperationalError as e:
            if "locked" not in str(e) and "busy" not in str(e):
                raise
            if time.monotonic() > deadline:
                raise ArchiveBusy(said("the archive is busy with another program's write; try again")) from e
            time.sleep(0.05)
    from press_archive.storage import audit, seals

    try:
        seals.mark(db)  # which records this transaction changes: the audit log seals them
        yield db
        audit.seal_leftovers(db, now_utc())
    except BaseException as e:
        seals.unmark(db)
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        if is_disk_full(e):
            raise DiskFull(_db_folder(conn)) from e
        raise
    else:
        seals.unmark(db)
        try:
            conn.execute("COMMIT")
        except sqlite3.OperationalError as e:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            if is_disk_full(e):
                raise DiskFull(_db_folder(conn)) from e
            raise


def _db_folder(conn: sqlite3.Connection) -> Path:
    """The folder of the connection's main database (for a message that says where)."""
    for _seq, name, file in conn.execute("PRAGMA database_list"):
        if name == "main" and file:
            return Path(file).parent
    return Path(".")


def now_utc() -> str:
    """The moment as stored: ISO-8601 in UTC with microseconds."""
    return datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.%fZ")
