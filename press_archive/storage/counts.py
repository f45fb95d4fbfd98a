"""Counts by period: sums over the per-day counters the triggers keep, plus breakdowns."""

from __future__ import annotations

from collections.abc import Sequence

import sqlite_utils

from press_archive.storage.schema import DAY_METRICS


def metric_sums(db: sqlite_utils.Database, windows: Sequence[tuple[str, str]]) -> list[dict[str, float]]:
    """For each (first_day, last_day) ISO window, the sum of every counter in it.

    One statement for all windows: the counters table is a few tens of thousands of rows
    for ten years, so this stays in milliseconds whatever the number of photos.
    """
    if not windows:
        return []
    single = [i for i, (a, b) in enumerate(windows) if a == b]
    if len(single) > 50:  # stats --by day: one ordered range read, not a join per day
        out = [dict() for _ in windows]
        for i, sums in zip(single, _day_sums(db, [windows[i] for i in single])):
            out[i] = sums
        rest = [i for i in range(len(windows)) if windows[i][0] != windows[i][1]]
        for i, sums in zip(rest, metric_sums(db, [windows[i] for i in rest])):
            out[i] = sums
        return out
    values = ",".join("(?, ?, ?)" for _ in windows)
    params: list = []
    for i, (start, end) in enumerate(windows):
        params += [i, start, end]
    sql = (
        f"WITH w(i, a, b) AS (VALUES {values}) "
        "SELECT w.i, d.metric, sum(d.n) FROM w JOIN day_counts d ON d.day BETWEEN w.a AND w.b "
        "GROUP BY w.i, d.metric"
    )
    out: list[dict[str, float]] = [dict() for _ in windows]
    for i, metric, n in db.execute(sql, params):
        out[i][metric] = n
    return out


def _day_sums(db: sqlite_utils.Database, days: Sequence[tuple[str, str]]) -> list[dict[str, float]]:
    """Single-day windows (stats --by day): one ordered range read instead of a join per day."""
    where: dict[str, list[int]] = {}
    for i, (day, _) in enumerate(days):
        where.setdefault(day, []).append(i)
    out: list[dict[str, float]] = [dict() for _ in days]
    first, last = min(where), max(where)
    for day, metric, n in db.execute(
        "SELECT day, metric, n FROM day_counts WHERE day BETWEEN ? AND ? AND n != 0", [first, last]
    ):
        for i in where.get(day, ()):
            out[i][metric] = n
    return out


_BREAKDOWNS = {
    "event_kind": ("events", "kind"),
    "category": ("news_items", "category"),
    "region": ("news_items", "region"),
    "language": ("news_items", "language"),
    "author": ("news_items", "author"),
    "photographer": ("photo_batches", "photographer"),
    "interview_status": ("interview_orders", "status"),
    "outlet": ("interview_orders", "outlet"),
    "production_kind": ("productions", "kind"),
}


def breakdown(db: sqlite_utils.Database, name: str, start: str, end: str) -> list[tuple[str, int]]:
    """Records in [start, end] (ISO days) grouped by one column, largest first."""
    table, column = _BREAKDOWNS[name]
    sql = (
        f"SELECT coalesce(nullif({column}, ''), '') AS v, count(*) FROM {table} "
        "WHERE deleted_at IS NULL AND date >= ? AND date < ? GROUP BY v ORDER BY count(*) DESC, v"
    )
    return [(r[0], r[1]) for r in db.execute(sql, [start, end + "~"])]


def breakdown_names() -> list[str]:
    return list(_BREAKDOWNS)


def photos_by_photographer(db: sqlite_utils.Database, start: str, end: str) -> list[tuple[str, int]]:
    sql = (
        "SELECT coalesce(nullif(p.photographer, ''), nullif(b.photographer, ''), '') AS v, count(*) "
        "FROM photos p JOIN photo_batches b ON b.id = p.batch_id "
        "WHERE p.deleted_at IS NULL AND p.date >= ? AND p.date < ? GROUP BY v ORDER BY count(*) DESC"
    )
    return [(r[0], r[1]) for r in db.execute(sql, [start, end + "~"])]


def rebuild_day_counts(db: sqlite_utils.Database) -> None:
    """Recount every counter from the records (check --repair)."""
    db.execute("DELETE FROM day_counts")
    for table, metrics in DAY_METRICS.items():
        for metric, amount in metrics:
            m = metric.replace("R.", "")
            a = amount.replace("R.", "")
            db.execute(
                f"INSERT INTO day_counts(day, metric, n) SELECT substr(date, 1, 10) d, {m} mm, sum({a}) "
                f"FROM {table} WHERE deleted_at IS NULL AND date IS NOT NULL GROUP BY d, mm "
                "ON CONFLICT(day, metric) DO UPDATE SET n = day_counts.n + excluded.n"
            )


def recount_day_counts(db: sqlite_utils.Database) -> dict[tuple[str, str], float]:
    """What rebuild_day_counts would store, counted without writing (check works on a read-only archive)."""
    out: dict[tuple[str, str], float] = {}
    for table, metrics in DAY_METRICS.items():
        for metric, amount in metrics:
            m = metric.replace("R.", "")
            a = amount.replace("R.", "")
            for day, name, n in db.execute(
                f"SELECT substr(date, 1, 10) d, {m} mm, sum({a}) FROM {table} "
                "WHERE deleted_at IS NULL AND date IS NOT NULL GROUP BY d, mm"
            ):
                out[(day, name)] = out.get((day, name), 0) + (n or 0)
    return {k: n for k, n in out.items() if n != 0}


def data_window(db: sqlite_utils.Database, first: str, last: str) -> tuple[str, str] | None:
    """The first and last day (ISO, within [first, last]) any counter is not zero, or None for an empty archive."""
    row = db.execute("SELECT min(day), max(day) FROM day_counts WHERE n != 0 AND day BETWEEN ? AND ?",
                     [first, last]).fetchone()
    return (row[0], row[1]) if row and row[0] else None


def day_counts_snapshot(db: sqlite_utils.Database) -> dict[tuple[str, str], float]:
    return {(d, m): n for d, m, n in db.execute("SELECT day, metric, n FROM day_counts WHERE n != 0")}
