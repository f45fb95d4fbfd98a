"""Every statement of `copy`: a whole archive read from one store and written into another, by key.

Rows keep their ids, so links, the trash and the audit chain (whose entries name record ids) arrive
exactly as they were; the target's own triggers rebuild its counters and change log as rows land.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator

# In the order rows can be written (events before what links to them, batches before photos), with keys.
TABLES = (
    ("events", ("id",)), ("news_items", ("id",)), ("interview_orders", ("id",)), ("productions", ("id",)),
    ("photo_batches", ("id",)), ("photos", ("id",)), ("photo_raw_files", ("photo_id",)), ("people", ("id",)), ("keywords", ("id",)),
    ("places", ("id",)), ("code_replacements", ("code",)), ("settings", ("key",)),
    ("indicators", ("month", "name")), ("audit_log", ("id",)), ("audit_seals", ("type", "record_id", "audit_id")),
)
# Settings that name this machine's folders, the audit head, which the target's trigger keeps, and how
# far a server's change log was pruned (the target's own log).
LOCAL_SETTINGS = ("originals_folder", "backup_folder", "audit.head", "change_log.pruned")
_CHUNK = 2000


def columns(db, table: str) -> list[str]:
    return [d[0] for d in db.execute(f"SELECT * FROM {table} LIMIT 0").description]


def rows(db, table: str, names: list[str], key: tuple[str, ...]) -> Iterator[tuple]:
    """Every row of `table` as a tuple of `names`, in key order, read in chunks."""
    order = ", ".join(key)
    offset = 0
    while True:
        chunk = db.execute(f"SELECT {', '.join(names)} FROM {table} ORDER BY {order} LIMIT ? OFFSET ?",
                           [_CHUNK, offset]).fetchall()
        yield from (tuple(r) for r in chunk)
        if len(chunk) < _CHUNK:
            return
        offset += _CHUNK


def insert_rows(db, table: str, names: list[str], rows: list[tuple]) -> None:
    if rows:  # one statement, many rows (a server gets them in one pipeline)
        db.conn.executemany(f"INSERT INTO {table} ({', '.join(names)}) VALUES ({', '.join('?' * len(names))})",
                            rows)


def update_row(db, table: str, names: list[str], key: tuple[str, ...], values: tuple) -> None:
    row = dict(zip(names, values))
    sets = [n for n in names if n not in key]
    db.execute(f"UPDATE {table} SET {', '.join(n + ' = ?' for n in sets)} WHERE "
               + " AND ".join(k + " = ?" for k in key), [row[n] for n in sets] + [row[k] for k in key])


def after_explicit_ids(db) -> None:
    """Rows arrived with their ids: the server's id generators must continue above them (SQLite does so itself)."""
    if db.dialect == "sqlite":
        return
    for table, key in TABLES:
        if key == ("id",):
            db.execute(f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
                       f"coalesce((SELECT max(id) FROM {table}), 0) + 1, false)")


@contextlib.contextmanager
def snapshot(db):
    """Every read inside sees one moment of the archive, while other desks go on writing."""
    if db.dialect == "sqlite":
        if db.conn.in_transaction:
            yield
            return
        db.conn.execute("BEGIN")  # deferred: a WAL reader's snapshot, no lock taken against writers
        try:
            yield
        finally:
            db.conn.execute("COMMIT")
        return
    with db.raw.transaction():
        db.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
        yield
