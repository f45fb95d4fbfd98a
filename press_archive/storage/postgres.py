"""A server archive's connection: PostgreSQL through psycopg 3, with the face storage already uses.

Storage modules call `db.execute(sql, params)` with SQLite's `?` placeholders and read the cursor
(`fetchone`, `fetchall`, iteration, `description`, `rowcount`, `lastrowid`). This class gives a
psycopg connection that same face, so every statement is still written once, in storage/:

- `?` becomes `%s` (and a literal `%` becomes `%%`) once per distinct statement, cached;
- the audit log's `user` column is quoted (a bare `user` is CURRENT_USER to PostgreSQL);
- an INSERT into a table with an `id` gets `RETURNING id`, which is where `lastrowid` comes from.

Writes are serialized like SQLite's `BEGIN IMMEDIATE`: every write transaction first takes one
transaction-scoped advisory lock. Desks queue instead of failing; the audit chain stays one chain,
and change_log numbers are handed out in commit order, so a desk that has applied change N has seen
every change below N (a plain sequence under concurrent writers would not promise that).
"""

from __future__ import annotations

import contextlib
import functools
import logging
import re
from collections.abc import Iterator, Sequence

import psycopg
from psycopg import pq
from psycopg.types.numeric import Int8Dumper

from press_archive.storage.errors import TABLE_WORDS, NotPermitted, ServerUnavailable, WriteConflict

# psycopg logs its own clean-up after a lost connection ("error ignored terminating <Pipeline>"); with no
# handler, Python's last resort prints it as a second stderr line beside our one plain message. A log
# configured by the program still receives it.
logging.getLogger("psycopg").addHandler(logging.NullHandler())

# Any constant will do; it only has to be the same for every desk (and the triggers, see pg_schema.py).
WRITE_LOCK = 0x70726573  # "pres"
# Tables whose rows have an `id`; an INSERT into them returns it (the cursor's lastrowid).
ID_TABLES = frozenset({"events", "news_items", "interview_orders", "productions", "photo_batches", "photos",
                       "people", "keywords", "places", "audit_log"})
CONNECT_TIMEOUT_S = 10


_TOKEN = re.compile(r"'(?:[^']|'')*'|\"[^\"]*\"|\?|%|(?<![\w.\"])user(?![\w\"])", re.IGNORECASE)
_INSERT = re.compile(r"\s*INSERT\s+INTO\s+(\w+)", re.IGNORECASE)


@functools.lru_cache(maxsize=2048)
def translate(sql: str) -> tuple[str, bool]:
    """SQLite-flavoured SQL to PostgreSQL's; True when the statement returns the new row's id."""

    def token(m: re.Match) -> str:
        text = m.group(0)
        if text == "?":
            return "%s"
        if text == "%":
            return "%%"
        if text.lower() == "user":
            return '"user"'
        # A quoted literal or identifier keeps its text; psycopg reads `%` inside quotes too, so it is doubled.
        return text.replace("%", "%%")

    out = _TOKEN.sub(token, sql)
    insert = _INSERT.match(out)
    returns_id = bool(insert and insert.group(1) in ID_TABLES and "RETURNING" not in out.upper())
    if returns_id:
        out = out.rstrip().rstrip(";") + " RETURNING id"
    return out, returns_id


class Cursor:
    """The results of one statement, read the way a sqlite3 cursor is."""

    def __init__(self, cursor: psycopg.Cursor, returns_id: bool):
        self._cursor = cursor
        self.lastrowid = None
        self.rowcount = cursor.rowcount
        if returns_id:
            row = cursor.fetchone()
            self.lastrowid = row[0] if row else None

    @property
    def description(self):
        return self._cursor.description

    def fetchone(self):
        return self._cursor.fetchone() if self._cursor.description else None

    def fetchmany(self, size: int) -> list:
        return self._cursor.fetchmany(size) if self._cursor.description else []

    def fetchall(self) -> list:
        return self._cursor.fetchall() if self._cursor.description else []

    def __iter__(self) -> Iterator:
        return iter(self.fetchall())


class _Connection:
    """What storage reaches through `db.conn`: transaction state and executemany."""

    def __init__(self, db: "PgDatabase"):
        self._db = db

    @property
    def in_transaction(self) -> bool:
        return self._db.raw.info.transaction_status != pq.TransactionStatus.IDLE

    def execute(self, sql: str, params: Sequence = ()):
        return self._db.execute(sql, params)

    def executemany(self, sql: str, rows) -> None:
        text, _ = translate(sql)
        with plain_errors():
            with self._db.raw.cursor() as cur:
                cur.executemany(text, list(rows))


@contextlib.contextmanager
def plain_errors():
    """A lost or refused connection is the office's problem to fix, not a bug: say so in plain words."""
    try:
        yield
    except psycopg.errors.InsufficientPrivilege as e:
        raise NotPermitted(_refusal(str(e))) from None
    except (psycopg.errors.DeadlockDetected, psycopg.errors.SerializationFailure) as e:  # rolled back whole
        raise WriteConflict(f"the server rolled this change back to resolve a conflict ({str(e).strip().splitlines()[0]}); "
                            "nothing of it was stored, run it again") from None
    except psycopg.OperationalError as e:
        if isinstance(e, psycopg.errors.QueryCanceled):
            raise
        reason = str(e).strip().splitlines()[0] if str(e).strip() else "the connection was closed"
        raise ServerUnavailable(f"the archive's server cannot be reached ({reason}); what was committed stays, "
                                "run the command again when the server is back") from None


def _refusal(message: str) -> str:
    table = re.search(r"permission denied for (?:table|relation) (\w+)", message)
    if table:
        what = f"change {TABLE_WORDS.get(table.group(1), table.group(1))}"
    elif "role" in message:
        what = "manage people (an admin does)"
    else:
        what = "do this"
    return f"the server refused: this login's role may not {what}; nothing was changed"


class PgDatabase:
    dialect = "postgresql"

    def __init__(self, raw: psycopg.Connection, url: str):
        self.raw = raw
        self.url = url
        self.conn = _Connection(self)

    def execute(self, sql: str, params: Sequence = ()) -> Cursor:
        text, returns_id = translate(sql)
        with plain_errors():
            cur = self.raw.execute(text, list(params))  # always a list: `%%` is then read as `%`
            return Cursor(cur, returns_id)

    def insert_many(self, sql: str, rows: list) -> list[int]:
        """Many INSERTs of one shape in one pipeline (one round trip, not one per row); the new ids in order."""
        text, returns_id = translate(sql)
        if not returns_id:
            raise ValueError("insert_many is for tables whose rows have an id")
        ids: list[int] = []
        with plain_errors():
            with self.raw.cursor() as cur:
                cur.executemany(text, [list(r) for r in rows], returning=True)
                while True:
                    ids.append(cur.fetchone()[0])
                    if not cur.nextset():
                        break
        return ids

    def executescript(self, sql: str) -> None:
        """DDL and function bodies, run as written (no placeholder translation)."""
        with plain_errors():
            self.raw.execute(sql)

    @contextlib.contextmanager
    def write_transaction(self):
        if self.conn.in_transaction:
            yield self
            return
        from press_archive.storage import audit, seals
        from press_archive.storage.database import now_utc

        with plain_errors():
            with self.raw.transaction():
                self.raw.execute("SELECT pg_advisory_xact_lock(%s)", [WRITE_LOCK])
                seals.mark(self)  # which records this transaction changes: the audit log seals them
                try:
                    yield self
                    audit.seal_leftovers(self, now_utc())
                finally:
                    seals.unmark(self)

    def login(self) -> str:
        return self.raw.execute("SELECT session_user").fetchone()[0]

    def close(self) -> None:
        self.raw.close()


def connect(url: str, application_name: str = "press-archive") -> PgDatabase:
    with plain_errors():
        raw = psycopg.connect(url, autocommit=True, connect_timeout=CONNECT_TIMEOUT_S,
                              application_name=application_name)
    # Writes are serialized by the advisory lock, not by the isolation level: a server whose default is
    # SERIALIZABLE would take a write's snapshot before the lock is granted and refuse it after (a
    # serialization failure for every desk that waited).
    raw.isolation_level = psycopg.IsolationLevel.READ_COMMITTED
    # Python ints go as bigint: `max(?, 0)` and `uses + ?` then resolve the way SQLite reads them.
    raw.adapters.register_dumper(int, Int8Dumper)
    return PgDatabase(raw, url)
