"""Archive-wide settings stored in the archive itself (shared by everyone who opens it)."""

from __future__ import annotations

import sqlite_utils

from press_archive.domain.messages import said


def get(db: sqlite_utils.Database, key: str, default: str | None = None) -> str | None:
    row = db.execute("SELECT value FROM settings WHERE key = ?", [key]).fetchone()
    return row[0] if row else default


def put(db: sqlite_utils.Database, key: str, value: str) -> None:
    db.execute("INSERT INTO settings(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
               [key, value])


def integrity_problems(db: sqlite_utils.Database) -> list[str]:
    if db.dialect != "sqlite":
        return []  # the server keeps its own pages whole and refuses a broken link at every write
    rows = [r[0] for r in db.execute("PRAGMA integrity_check")]
    problems = [] if rows == ["ok"] else [said("database: {detail}", detail=r) for r in rows]
    problems += [said("database: broken link in {table} row {row} to {target}", table=r[0], row=r[1], target=r[2])
                 for r in db.execute("PRAGMA foreign_key_check")]
    return problems
