"""Every query over photos, photo batches and the photo vocabularies (keywords, people, places, codes).

Lists are stored as JSON text and come back as Python lists; a photo's `metadata` comes back as a dict.
Writes are called inside the caller's `write_transaction`.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Sequence

import sqlite_utils

_CHUNK = 500
_LISTS = ("keywords", "people")
BATCH_COLUMNS = ("ref", "title", "date", "photographer", "keywords", "caption", "place", "people", "event_id")
PHOTO_COLUMNS = (
    "batch_id", "sha256", "stored_path", "original_name", "size_bytes", "format", "width", "height", "orientation",
    "captured_at", "camera", "lens", "date", "scan_hash", "phash", "caption", "keywords", "photographer", "people",
    "place", "rating", "picked", "rejected", "metadata",
)
VOCABULARIES = ("keywords", "people", "places")


def _rows(db: sqlite_utils.Database, sql: str, params: Sequence = ()) -> list[dict]:
    cursor = db.execute(sql, params)
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, r)) for r in cursor.fetchall()]


def _encode(values: dict) -> dict:
    row = dict(values)
    for name in _LISTS:
        if name in row and not isinstance(row[name], str):
            row[name] = json.dumps(list(row[name] or []), ensure_ascii=False)
    if "metadata" in row and not isinstance(row["metadata"], str):
        row["metadata"] = json.dumps(row["metadata"] or {}, ensure_ascii=False, sort_keys=True)
    return row


def _decode(row: dict) -> dict:
    for name in _LISTS:
        if isinstance(row.get(name), str):
            row[name] = json.loads(row[name] or "[]")
    if isinstance(row.get("metadata"), str):
        row["metadata"] = json.loads(row["metadata"] or "{}")
    return row


def _insert(db: sqlite_utils.Database, table: str, values: dict, user: str, now: str) -> int:
    row = dict(_encode(values), created_by=user, updated_by=user, created_at=now, updated_at=now)
    cols = list(row)
    cursor = db.execute(f"INSERT INTO {table} ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})",
                        [row[c] for c in cols])
    return cursor.lastrowid


def _update(db: sqlite_utils.Database, table: str, record_id: int, values: dict, user: str, now: str) -> None:
    row = dict(_encode(values), updated_by=user, updated_at=now)
    cols = list(row)
    db.execute(f"UPDATE {table} SET {', '.join(c + ' = ?' for c in cols)} WHERE id = ?",
               [row[c] for c in cols] + [record_id])


# --- batches ---------------------------------------------------------------------------------------------

_BATCH_SELECT = "SELECT b.*, (SELECT e.ref FROM events e WHERE e.id = b.event_id) AS event_ref FROM photo_batches b"


def get_batch(db: sqlite_utils.Database, batch_id: int) -> dict | None:
    rows = _rows(db, f"{_BATCH_SELECT} WHERE b.id = ?", [batch_id])
    return _decode(rows[0]) if rows else None


def get_batch_by_ref(db: sqlite_utils.Database, ref: str) -> dict | None:
    rows = _rows(db, f"{_BATCH_SELECT} WHERE b.ref = ?", [ref])
    return _decode(rows[0]) if rows else None


def get_batches(db: sqlite_utils.Database, ids: Sequence[int]) -> dict[int, dict]:
    out: dict[int, dict] = {}
    ids = list(dict.fromkeys(ids))
    for start in range(0, len(ids), _CHUNK):
        chunk = ids[start:start + _CHUNK]
        for row in _rows(db, f"{_BATCH_SELECT} WHERE b.id IN ({','.join('?' * len(chunk))})", chunk):
            out[row["id"]] = _decode(row)
    return out


def insert_batch(db: sqlite_utils.Database, values: dict, user: str, now: str) -> int:
    return _insert(db, "photo_batches", values, user, now)


def update_batch(db: sqlite_utils.Database, batch_id: int, values: dict, user: str, now: str) -> None:
    _update(db, "photo_batches", batch_id, values, user, now)


def event_id_for_ref(db: sqlite_utils.Database, ref: str) -> int | None:
    row = db.execute("SELECT id FROM events WHERE ref = ? AND deleted_at IS NULL", [ref]).fetchone()
    return row[0] if row else None


# --- photos ----------------------------------------------------------------------------------------------

def photo_for_sha(db, sha256: str) -> dict | None:
    """The photo holding these exact bytes (deleted ones too: the original is still in the archive)."""
    row = db.execute("SELECT id, batch_id, original_name FROM photos WHERE sha256 = ?", [sha256]).fetchone()
    return {"id": row[0], "batch_id": row[1], "original_name": row[2]} if row else None


def all_sha256(db) -> Iterator[str]:
    """The hash of every original in the archive, raw twins included (the import's workers are handed these,
    not the database), sorted: lower-case hex sorts as the digests do. The database sorts them, outside the
    interpreter, so a window importing 850,000 known hashes never waits for a sort in Python."""
    return (row[0] for row in db.execute(
        "SELECT sha256 FROM photos UNION ALL SELECT sha256 FROM photo_raw_files ORDER BY 1"))


def raw_file_for_sha(db, sha256: str) -> dict | None:
    """The photo whose raw twin holds these exact bytes."""
    row = db.execute("SELECT p.id, p.batch_id, r.original_name FROM photo_raw_files r JOIN photos p ON p.id = r.photo_id "
                     "WHERE r.sha256 = ?", [sha256]).fetchone()
    return {"id": row[0], "batch_id": row[1], "original_name": row[2]} if row else None


def insert_raw_file(db, photo_id: int, values: dict) -> None:
    db.execute("INSERT INTO photo_raw_files (photo_id, sha256, stored_path, original_name, size_bytes, format) "
               "VALUES (?, ?, ?, ?, ?, ?)", [photo_id, values["sha256"], values["stored_path"],
                                             values["original_name"], values["size_bytes"], values.get("format")])


def raw_files(db, ids: Sequence[int] | None = None) -> dict[int, dict]:
    """photo id -> its raw twin (sha256, stored_path, original_name, size_bytes, format)."""
    sql = "SELECT photo_id, sha256, stored_path, original_name, size_bytes, format FROM photo_raw_files"
    params: list = []
    if ids is not None:
        ids = list(ids)
        if not ids:
            return {}
        sql += f" WHERE photo_id IN ({','.join('?' * len(ids))})"
        params = ids
    keys = ("sha256", "stored_path", "original_name", "size_bytes", "format")
    return {row[0]: dict(zip(keys, row[1:])) for row in db.execute(sql, params)}


def insert_photo(db: sqlite_utils.Database, values: dict, user: str, now: str) -> int:
    return _insert(db, "photos", values, user, now)


def update_photo(db: sqlite_utils.Database, photo_id: int, values: dict, user: str, now: str) -> None:
    _update(db, "photos", photo_id, values, user, now)


def get_photos(db: sqlite_utils.Database, ids: Sequence[int]) -> list[dict]:
    """Rows for `ids`, in the order of `ids` (the grid's page fetch)."""
    found: dict[int, dict] = {}
    ids = list(ids)
    for start in range(0, len(ids), _CHUNK):
        chunk = ids[start:start + _CHUNK]
        for row in _rows(db, f"SELECT * FROM photos WHERE id IN ({','.join('?' * len(chunk))})", chunk):
            found[row["id"]] = _decode(row)
    return [found[i] for i in ids if i in found]


_PHOTO_ORDER = {
    "captured": "coalesce(captured_at, date)",
    "date": "date",
    "name": "original_name",
    "rating": "rating",
    "id": "id",
}


def photo_ids(db: sqlite_utils.Database, batch_id: int | None = None, *, include_deleted: bool = False,
              picked: bool | None = None, rejected: bool | None = None, min_rating: int | None = None,
              order_by: str = "captured",
              descending: bool = False, limit: int | None = None, offset: int = 0) -> list[int]:
    """Ids of a batch's photos (or of all photos), already sorted: the grid fetches rows as it paints."""
    where, params = [], []
    if batch_id is not None:
        where.append("batch_id = ?")
        params.append(batch_id)
    if not include_deleted:
        where.append("deleted_at IS NULL")
    if picked is not None:
        where.append("picked = ?")
        params.append(1 if picked else 0)
    if rejected is not None:
        where.append("rejected IS NOT NULL" if rejected else "rejected IS NULL")
    if min_rating:
        where.append("rating >= ?")
        params.append(min_rating)
    order = _PHOTO_ORDER.get(order_by, _PHOTO_ORDER["captured"])
    direction = "DESC" if descending else "ASC"
    sql = "SELECT id FROM photos" + (" WHERE " + " AND ".join(where) if where else "")
    sql += f" ORDER BY {order} {direction}, id {direction}"
    if limit is not None:
        sql += " LIMIT ? OFFSET ?"
        params += [limit, offset]
    return [r[0] for r in db.execute(sql, params)]


def batch_photo_count(db: sqlite_utils.Database, batch_id: int, *, include_deleted: bool = False) -> int:
    where = "" if include_deleted else " AND deleted_at IS NULL"
    return db.execute(f"SELECT count(*) FROM photos WHERE batch_id = ?{where}", [batch_id]).fetchone()[0]


def batch_photo_counts(db: sqlite_utils.Database, batch_ids: Sequence[int]) -> dict[int, int]:
    out: dict[int, int] = {}
    ids = list(batch_ids)
    for start in range(0, len(ids), _CHUNK):
        chunk = ids[start:start + _CHUNK]
        marks = ",".join("?" * len(chunk))
        for batch_id, n in db.execute(
                f"SELECT batch_id, count(*) FROM photos WHERE deleted_at IS NULL AND batch_id IN ({marks}) "
                "GROUP BY batch_id", chunk):
            out[batch_id] = n
    return out


def batch_of_photos(db: sqlite_utils.Database, ids: Sequence[int]) -> dict[int, int]:
    """photo id -> batch id, for the ids that exist."""
    out: dict[int, int] = {}
    ids = list(ids)
    for start in range(0, len(ids), _CHUNK):
        chunk = ids[start:start + _CHUNK]
        for photo_id, batch_id in db.execute(
                f"SELECT id, batch_id FROM photos WHERE id IN ({','.join('?' * len(chunk))})", chunk):
            out[photo_id] = batch_id
    return out


def touch_photos_with_own_text(db: sqlite_utils.Database, batch_id: int, now: str) -> int:
    """Mark a batch's individually indexed photos changed (their search entries carry the batch's text)."""
    from press_archive.storage.outbox import OWN_TEXT_CONDITION

    cursor = db.execute(
        f"UPDATE photos SET updated_at = ? WHERE batch_id = ? AND deleted_at IS NULL AND {OWN_TEXT_CONDITION}",
        [now, batch_id])
    return cursor.rowcount


def set_undated_photo_dates(db: sqlite_utils.Database, batch_id: int, date: str) -> None:
    """Photos with no capture time take their batch's date."""
    db.execute("UPDATE photos SET date = ? WHERE batch_id = ? AND captured_at IS NULL AND date != ?",
               [date[:10], batch_id, date[:10]])


def photos_with_scan_hash(db: sqlite_utils.Database, scan_hash: str, exclude_id: int | None = None) -> list[dict]:
    return _rows(db, "SELECT id, batch_id, original_name FROM photos WHERE scan_hash = ? AND id != ? "
                     "AND deleted_at IS NULL ORDER BY id", [scan_hash, exclude_id or 0])


def visual_hashes(db: sqlite_utils.Database) -> Iterator[tuple[int, str]]:
    """(id, phash) of every photo in the archive (the trash excluded)."""
    yield from db.execute("SELECT id, phash FROM photos WHERE phash IS NOT NULL AND deleted_at IS NULL ORDER BY id")


def scan_hash_groups(db: sqlite_utils.Database) -> list[list[int]]:
    """Photos sharing their image data (same scan bytes or the same decoded pixels), by group."""
    groups: dict[str, list[int]] = {}
    for photo_id, scan_hash in db.execute(
        "SELECT id, scan_hash FROM photos WHERE deleted_at IS NULL AND scan_hash IN ("
        " SELECT scan_hash FROM photos WHERE deleted_at IS NULL AND scan_hash IS NOT NULL"
        " GROUP BY scan_hash HAVING count(*) > 1) ORDER BY scan_hash, id"
    ):
        groups.setdefault(scan_hash, []).append(photo_id)
    return list(groups.values())


def photo_files(db: sqlite_utils.Database) -> Iterator[tuple[int, str, str, str, int]]:
    """(id, sha256, stored_path, original_name, size_bytes) of every photo, the trash included."""
    yield from db.execute("SELECT id, sha256, stored_path, original_name, size_bytes FROM photos ORDER BY id")


def batch_photo_files(db: sqlite_utils.Database, batch_id: int) -> list[tuple[int, str, str]]:
    """(id, sha256, stored_path) of every original of a batch's photos (raw twins too), the trash included."""
    return [tuple(r) for r in db.execute(
        "SELECT id, sha256, stored_path FROM photos WHERE batch_id = ? UNION ALL "
        "SELECT r.photo_id, r.sha256, r.stored_path FROM photo_raw_files r JOIN photos p ON p.id = r.photo_id "
        "WHERE p.batch_id = ? ORDER BY 1", [batch_id, batch_id])]


def photo_count(db: sqlite_utils.Database) -> int:
    return db.execute("SELECT count(*) FROM photos").fetchone()[0]


def set_phash(db: sqlite_utils.Database, photo_id: int, phash: str) -> None:
    db.execute("UPDATE photos SET phash = ? WHERE id = ? AND coalesce(phash, '') != ?", [phash, photo_id, phash])


# --- vocabularies ----------------------------------------------------------------------------------------

def bump_vocabulary(db: sqlite_utils.Database, table: str, names: Iterable[str], delta: int = 1) -> None:
    """Count uses of keywords, people or places (adding new names; a count never drops below zero)."""
    if table not in VOCABULARIES:
        raise ValueError(table)
    for name in names:
        if not name:
            continue
        db.execute(f"INSERT INTO {table}(name, uses) VALUES (?, max(?, 0)) "
                   f"ON CONFLICT(name) DO UPDATE SET uses = max({table}.uses + ?, 0)", [name, delta, delta])


def set_person_title(db: sqlite_utils.Database, name: str, title: str | None) -> None:
    db.execute("INSERT INTO people(name, title, uses) VALUES (?, ?, 0) "
               "ON CONFLICT(name) DO UPDATE SET title = excluded.title", [name, title])


def vocabulary_suggestions(db: sqlite_utils.Database, table: str, prefix: str = "", limit: int = 20) -> list[str]:
    """Names starting with `prefix`, most used first (type-ahead)."""
    if table not in VOCABULARIES:
        raise ValueError(table)
    pattern = prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
    return [r[0] for r in db.execute(
        f"SELECT name FROM {table} WHERE name LIKE ? ESCAPE '\\' ORDER BY uses DESC, name LIMIT ?",
        [pattern, limit])]


def vocabulary(db: sqlite_utils.Database, table: str) -> dict[str, int]:
    """Every name of a vocabulary and how many photos and batches use it, by name."""
    if table not in VOCABULARIES:
        raise ValueError(table)
    return dict(db.execute(f"SELECT name, uses FROM {table} ORDER BY name"))


def remove_from_vocabulary(db: sqlite_utils.Database, table: str, names: Iterable[str]) -> None:
    """Names no longer offered (photos that carry them keep them)."""
    if table not in VOCABULARIES:
        raise ValueError(table)
    for name in names:
        db.execute(f"DELETE FROM {table} WHERE name = ?", [name])


def code_replacements(db: sqlite_utils.Database) -> dict[str, str]:
    return dict(db.execute("SELECT code, expansion FROM code_replacements ORDER BY code"))


def set_code_replacement(db: sqlite_utils.Database, code: str, expansion: str | None) -> None:
    if expansion:
        db.execute("INSERT INTO code_replacements(code, expansion) VALUES (?, ?) "
                   "ON CONFLICT(code) DO UPDATE SET expansion = excluded.expansion", [code, expansion])
    else:
        db.execute("DELETE FROM code_replacements WHERE code = ?", [code])
