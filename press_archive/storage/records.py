"""Queries over the catalogued records (news items, events, interview orders, productions, photo batches)."""

from __future__ import annotations

import itertools
import json
from collections.abc import Iterable, Sequence

import sqlite_utils

from press_archive.domain.records import LIST, LINK, RecordKind
from press_archive.storage.database import insert_rows

_CHUNK = 500  # SQLite's host-parameter limit is far above this; chunks keep statements short.


def stored_columns(kind: RecordKind) -> list[str]:
    """The table columns of a kind's fields (a link to an event is stored as event_id)."""
    return ["event_id" if f.type == LINK else f.name for f in kind.fields]


def _list_fields(kind: RecordKind) -> tuple[str, ...]:
    return tuple(f.name for f in kind.fields if f.type == LIST)


def encode_values(kind: RecordKind, values: dict) -> dict:
    """Clean field values to column values: lists to JSON text."""
    row = {}
    lists = _list_fields(kind)
    for name, value in values.items():
        if name in lists:
            value = json.dumps(list(value or []), ensure_ascii=False)
        row[name] = value
    return row


def decode_row(kind: RecordKind, row: dict) -> dict:
    for name in _list_fields(kind):
        if name in row and isinstance(row[name], str):
            row[name] = json.loads(row[name] or "[]")
    return row


def _rows(db: sqlite_utils.Database, sql: str, params: Sequence = ()) -> list[dict]:
    cursor = db.execute(sql, params)
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, r)) for r in cursor.fetchall()]


def _event_ref_select(kind: RecordKind) -> str:
    if "event_ref" in kind.field_names:
        return ", (SELECT e.ref FROM events e WHERE e.id = t.event_id) AS event_ref"
    return ""


def get_record(db: sqlite_utils.Database, kind: RecordKind, record_id: int, *, include_deleted: bool = True) -> dict | None:
    rows = get_records(db, kind, [record_id], include_deleted=include_deleted)
    return rows[0] if rows else None


def get_records(db: sqlite_utils.Database, kind: RecordKind, ids: Sequence[int], *, include_deleted: bool = True) -> list[dict]:
    """Rows for `ids`, in the order of `ids` (the lazy models' page fetch)."""
    found: dict[int, dict] = {}
    deleted = "" if include_deleted else " AND t.deleted_at IS NULL"
    for start in range(0, len(ids), _CHUNK):
        chunk = list(ids[start:start + _CHUNK])
        marks = ",".join("?" * len(chunk))
        for row in _rows(db, f"SELECT t.*{_event_ref_select(kind)} FROM {kind.table} t WHERE t.id IN ({marks}){deleted}", chunk):
            found[row["id"]] = decode_row(kind, row)
    return [found[i] for i in ids if i in found]


def get_by_ref(db: sqlite_utils.Database, kind: RecordKind, ref: str) -> dict | None:
    rows = _rows(db, f"SELECT t.*{_event_ref_select(kind)} FROM {kind.table} t WHERE t.ref = ?", [ref])
    return decode_row(kind, rows[0]) if rows else None


def find_by_refs(db: sqlite_utils.Database, kind: RecordKind, refs: Iterable[str]) -> dict[str, dict]:
    refs = list(refs)
    out: dict[str, dict] = {}
    for start in range(0, len(refs), _CHUNK):
        chunk = refs[start:start + _CHUNK]
        marks = ",".join("?" * len(chunk))
        for row in _rows(db, f"SELECT t.*{_event_ref_select(kind)} FROM {kind.table} t WHERE t.ref IN ({marks})", chunk):
            out[row["ref"]] = decode_row(kind, row)
    return out


def event_ids_for_refs(db: sqlite_utils.Database, refs: Iterable[str]) -> dict[str, int]:
    refs = list(set(refs))
    out: dict[str, int] = {}
    for start in range(0, len(refs), _CHUNK):
        chunk = refs[start:start + _CHUNK]
        marks = ",".join("?" * len(chunk))
        for rid, ref in db.execute(f"SELECT id, ref FROM events WHERE ref IN ({marks}) AND deleted_at IS NULL", chunk):
            out[ref] = rid
    return out


def insert_records(db: sqlite_utils.Database, kind: RecordKind, rows: list[dict], user: str, now: str) -> list[int]:
    """Insert column rows (already encoded) and return their new ids, in order."""
    ids: list[int] = []
    # Rows of one shape (the same columns) go together: one statement, many rows.
    for cols, group in itertools.groupby(
            (dict(row, created_by=user, updated_by=user, created_at=now, updated_at=now) for row in rows),
            key=lambda r: tuple(r)):
        sql = f"INSERT INTO {kind.table} ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})"
        ids += insert_rows(db, sql, [[row[c] for c in cols] for row in group])
    return ids


def update_record(db: sqlite_utils.Database, kind: RecordKind, record_id: int, row: dict, user: str, now: str) -> None:
    row = dict(row, updated_by=user, updated_at=now)
    cols = list(row)
    db.execute(
        f"UPDATE {kind.table} SET {', '.join(c + ' = ?' for c in cols)} WHERE id = ?",
        [row[c] for c in cols] + [record_id],
    )


def set_deleted(db: sqlite_utils.Database, kind: RecordKind, record_id: int, user: str | None, now: str | None) -> None:
    db.execute(
        f"UPDATE {kind.table} SET deleted_at = ?, deleted_by = ?, updated_at = coalesce(?, updated_at) WHERE id = ?",
        [now, user, now, record_id],
    )


def purge_record(db: sqlite_utils.Database, kind: RecordKind, record_id: int) -> None:
    if kind.table == "events":
        for table in ("news_items", "interview_orders", "photo_batches"):
            db.execute(f"UPDATE {table} SET event_id = NULL WHERE event_id = ?", [record_id])
    if kind.table == "photo_batches":  # a batch's photos go with it (their files are the service's to move)
        db.execute("DELETE FROM photo_raw_files WHERE photo_id IN (SELECT id FROM photos WHERE batch_id = ?)",
                   [record_id])
        db.execute("DELETE FROM photos WHERE batch_id = ?", [record_id])
    db.execute(f"DELETE FROM {kind.table} WHERE id = ?", [record_id])


# Sortable columns a list may be ordered by; anything else falls back to date.
_SORTABLE = {"date", "title", "id", "kind", "status", "outlet", "topic", "category", "photographer", "updated_at", "minutes"}
_FILTERABLE = {"kind", "status", "category", "region", "language", "medium", "photographer", "event_id", "author", "outlet"}


def record_ids(
    db: sqlite_utils.Database,
    kind: RecordKind,
    *,
    trash: bool = False,
    filters: dict | None = None,
    order_by: str = "date",
    descending: bool = True,
    date_from: str | None = None,
    date_to: str | None = None,
    limit: int | None = None,
    offset: int = 0,
) -> list[int]:
    """Ids only, already sorted: the lazy table asks for the rows it paints."""
    where = ["deleted_at IS NOT NULL" if trash else "deleted_at IS NULL"]
    params: list = []
    for name, value in (filters or {}).items():
        if name not in _FILTERABLE:
            raise ValueError(f"cannot filter by {name!r}")
        where.append(f"{name} = ?")
        params.append(value)
    if date_from:
        where.append("date >= ?")
        params.append(date_from)
    if date_to:
        where.append("date < ?")
        params.append(date_to)
    column = order_by if order_by in _SORTABLE else "date"
    direction = "DESC" if descending else "ASC"
    sql = f"SELECT id FROM {kind.table} WHERE {' AND '.join(where)} ORDER BY {column} {direction}, id {direction}"
    if limit is not None:
        sql += " LIMIT ? OFFSET ?"
        params += [limit, offset]
    return [r[0] for r in db.execute(sql, params)]


def count_records(db: sqlite_utils.Database, kind: RecordKind, *, trash: bool = False) -> int:
    where = "deleted_at IS NOT NULL" if trash else "deleted_at IS NULL"
    return db.execute(f"SELECT count(*) FROM {kind.table} WHERE {where}").fetchone()[0]


def linked_ids(db: sqlite_utils.Database, event_id: int) -> dict[str, list[int]]:
    """What hangs off an event: its news items, photo batches and interview orders."""
    out = {}
    for name, table in (("news", "news_items"), ("photo_batches", "photo_batches"), ("interviews", "interview_orders")):
        out[name] = [r[0] for r in db.execute(
            f"SELECT id FROM {table} WHERE event_id = ? AND deleted_at IS NULL ORDER BY date, id", [event_id])]
    return out


def distinct_values(db: sqlite_utils.Database, kind: RecordKind, column: str, prefix: str = "", limit: int = 50) -> list[str]:
    """Type-ahead data: values already used in a column, most used first."""
    if column not in _FILTERABLE | {"venue", "place", "programme", "interviewee"}:
        raise ValueError(f"no type-ahead for {column!r}")
    rows = db.execute(
        f"SELECT {column}, count(*) c FROM {kind.table} WHERE {column} LIKE ? AND {column} IS NOT NULL "
        f"AND {column} != '' GROUP BY {column} ORDER BY c DESC, {column} LIMIT ?",
        [prefix + "%", limit],
    )
    return [r[0] for r in rows]


def dates_outside(db: sqlite_utils.Database, kind: RecordKind, first: str, last: str) -> list[tuple[int, str | None, str, str]]:
    """(id, ref, field, value) of every stored date of `kind` outside first..last (ISO days, inclusive)."""
    from press_archive.domain.records import DATE

    out = []
    for f in kind.fields:
        if f.type != DATE:
            continue
        sql = (f"SELECT id, ref, {f.name} FROM {kind.table} WHERE {f.name} IS NOT NULL AND {f.name} != '' "
               f"AND (substr({f.name}, 1, 10) < ? OR substr({f.name}, 1, 10) > ?) ORDER BY id")
        out += [(rid, ref, f.name, value) for rid, ref, value in db.execute(sql, [first, last])]
    return out
