"""Every SQL statement about the indicators: monthly figures the office reports but does not catalogue.

The table (schema v2) holds one value per (month, name); a month is the Jalali "1403-01".
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

import sqlite_utils


def values_for(db: sqlite_utils.Database, keys: Iterable[tuple[str, str]]) -> dict[tuple[str, str], float]:
    """The stored value of each (month, name) asked for that exists."""
    keys = list(keys)
    out: dict[tuple[str, str], float] = {}
    for i in range(0, len(keys), 400):  # stay under SQLite's bound-parameter limit
        chunk = keys[i:i + 400]
        values = ",".join("(?, ?)" for _ in chunk)
        params = [v for key in chunk for v in key]
        sql = (f"WITH k(month, name) AS (VALUES {values}) "
               "SELECT i.month, i.name, i.value FROM k JOIN indicators i ON i.month = k.month AND i.name = k.name")
        for month, name, value in db.execute(sql, params):
            out[(month, name)] = value
    return out


def upsert(db: sqlite_utils.Database, rows: Sequence[tuple[str, str, float]], now: str) -> None:
    """Store (month, name, value) rows, replacing the value a (month, name) had. Call inside a write transaction."""
    db.conn.executemany(
        "INSERT INTO indicators(month, name, value, updated_at) VALUES (?, ?, ?, ?) "
        "ON CONFLICT(month, name) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at",
        [(m, n, v, now) for m, n, v in rows],
    )


def delete(db: sqlite_utils.Database, month: str, name: str) -> bool:
    cursor = db.execute("DELETE FROM indicators WHERE month = ? AND name = ?", [month, name])
    return cursor.rowcount > 0


def rows(db: sqlite_utils.Database, first_month: str | None = None, last_month: str | None = None,
         name: str | None = None) -> list[dict]:
    """Stored figures, by month then name; months are compared as "YYYY-MM" text."""
    where, params = [], []
    if first_month:
        where.append("month >= ?")
        params.append(first_month)
    if last_month:
        where.append("month <= ?")
        params.append(last_month)
    if name:
        where.append("name = ?")
        params.append(name)
    sql = "SELECT month, name, value, updated_at FROM indicators"
    if where:
        sql += " WHERE " + " AND ".join(where)
    sql += " ORDER BY month, name"
    return [{"month": m, "name": n, "value": v, "updated_at": u} for m, n, v, u in db.execute(sql, params)]


def month_range(db: sqlite_utils.Database) -> tuple[str, str] | None:
    """The first and last month with a figure, or None when there is none."""
    row = db.execute("SELECT min(month), max(month) FROM indicators").fetchone()
    return (row[0], row[1]) if row and row[0] else None


def names(db: sqlite_utils.Database) -> list[str]:
    return [r[0] for r in db.execute("SELECT DISTINCT name FROM indicators ORDER BY name")]
