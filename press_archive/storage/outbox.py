"""The index outbox: every change to a record leaves a row here in the same transaction."""

from __future__ import annotations

import sqlite_utils


def changes_after(db: sqlite_utils.Database, seq: int, limit: int = 5000) -> list[tuple[int, str, int]]:
    return list(db.execute(
        "SELECT seq, type, record_id FROM change_log WHERE seq > ? ORDER BY seq LIMIT ?", [seq, limit]))


def last_seq(db: sqlite_utils.Database) -> int:
    if db.dialect != "sqlite":  # a server archive's newest change is never pruned (pg_schema.desk_applied)
        return db.execute("SELECT coalesce(max(seq), 0) FROM change_log").fetchone()[0]
    # AUTOINCREMENT's own counter: still right when every row has been pruned
    row = db.execute("SELECT seq FROM sqlite_sequence WHERE name = 'change_log'").fetchone()
    return row[0] if row else 0


def first_seq(db: sqlite_utils.Database) -> int | None:
    return db.execute("SELECT min(seq) FROM change_log").fetchone()[0]


def pending_count(db: sqlite_utils.Database, seq: int) -> int:
    return db.execute("SELECT count(*) FROM change_log WHERE seq > ?", [seq]).fetchone()[0]


def desk_applied(db, desk_id: str, applied: int, min_batch: int) -> int:
    """A server archive: record that this desk's cache has applied every change up to `applied`, prune what
    every desk seen lately has applied (when `min_batch` or more can go); returns the newest change pruned
    (a cache behind it cannot follow the log: it rebuilds)."""
    return db.execute("SELECT desk_applied(?, ?, ?)", [desk_id, applied, min_batch]).fetchone()[0]


def prune(db: sqlite_utils.Database, upto: int) -> int:
    """Forget changes the index has applied (AUTOINCREMENT never reuses their numbers)."""
    return db.execute("DELETE FROM change_log WHERE seq <= ?", [upto]).rowcount


def live_uids(db: sqlite_utils.Database, tables: dict[str, str]) -> set[str]:
    """Every record that should be in the index, as 'type:id' (photos only when they carry text of their own)."""
    uids: set[str] = set()
    for table, search_type in tables.items():
        where = "deleted_at IS NULL"
        if table == "photos":
            where += " AND " + OWN_TEXT_CONDITION
        uids.update(f"{search_type}:{r[0]}" for r in db.execute(f"SELECT id FROM {table} WHERE {where}"))
    return uids


# A photo earns its own index entry only when its text differs from what its batch says for it.
OWN_TEXT_CONDITION = (
    "(coalesce(caption, '') != '' OR keywords != '[]' OR coalesce(photographer, '') != '' "
    "OR people != '[]' OR coalesce(place, '') != '')"
)


def all_ids(db: sqlite_utils.Database, table: str, after_id: int = 0, limit: int = 2000) -> list[int]:
    where = "deleted_at IS NULL AND id > ?"
    if table == "photos":
        where += " AND " + OWN_TEXT_CONDITION
    return [r[0] for r in db.execute(f"SELECT id FROM {table} WHERE {where} ORDER BY id LIMIT ?", [after_id, limit])]
