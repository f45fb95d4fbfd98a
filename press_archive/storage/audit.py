"""The audit log: append-only, each entry chained to the one before by hash."""

from __future__ import annotations

import hashlib
import json

import sqlite_utils

GENESIS = "0" * 64


def _entry_hash(prev_hash: str, at: str, user, action: str, type_, record_id, before, after, note) -> str:
    payload = json.dumps([prev_hash, at, user, action, type_, record_id, before, after, note],
                         ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def append(db: sqlite_utils.Database, *, at: str, user: str, action: str, type_: str | None = None,
           record_id: int | None = None, before: dict | None = None, after: dict | None = None,
           note: str | None = None) -> None:
    """Add one entry; call inside the write transaction that makes the change."""
    row = db.execute("SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1").fetchone()
    prev = row[0] if row else GENESIS
    before_text = json.dumps(before, ensure_ascii=False, sort_keys=True) if before is not None else None
    after_text = json.dumps(after, ensure_ascii=False, sort_keys=True) if after is not None else None
    digest = _entry_hash(prev, at, user, action, type_, record_id, before_text, after_text, note)
    db.execute(
        "INSERT INTO audit_log(at, user, action, type, record_id, before, after, note, prev_hash, hash) "
        "VALUES (?,?,?,?,?,?,?,?,?,?)",
        [at, user, action, type_, record_id, before_text, after_text, note, prev, digest],
    )


def entries(db: sqlite_utils.Database, type_: str | None = None, record_id: int | None = None,
            limit: int = 500) -> list[dict]:
    where, params = [], []
    if type_ is not None:
        where.append("type = ?")
        params.append(type_)
    if record_id is not None:
        where.append("record_id = ?")
        params.append(record_id)
    sql = "SELECT id, at, user, action, type, record_id, before, after, note FROM audit_log"
    if where:
        sql += " WHERE " + " AND ".join(where)
    sql += " ORDER BY id DESC LIMIT ?"
    cursor = db.execute(sql, params + [limit])
    names = [d[0] for d in cursor.description]
    out = []
    for r in cursor.fetchall():
        entry = dict(zip(names, r))
        for key in ("before", "after"):
            entry[key] = json.loads(entry[key]) if entry[key] else None
        out.append(entry)
    return out


def verify_chain(db: sqlite_utils.Database) -> list[str]:
    """Problems in the chain (an edited, removed or inserted entry), empty when intact."""
    problems = []
    prev = GENESIS
    for (id_, at, user, action, type_, record_id, before, after, note, prev_hash, digest) in db.execute(
        "SELECT id, at, user, action, type, record_id, before, after, note, prev_hash, hash FROM audit_log ORDER BY id"
    ):
        if prev_hash != prev:
            problems.append(f"audit log entry {id_}: does not follow the entry before it (an entry was removed or inserted)")
        if _entry_hash(prev_hash, at, user, action, type_, record_id, before, after, note) != digest:
            problems.append(f"audit log entry {id_}: its content does not match its hash (it was altered)")
        prev = digest
    return problems
