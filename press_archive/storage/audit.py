"""The audit log: append-only, each entry chained to the one before by hash.

What the chain proves, and what it cannot, is written in the README ("What the audit log proves"). In
short: each entry's hash covers the entry before it and the seals of the records it wrote
(:mod:`press_archive.storage.seals`); a head row in `settings`, kept by a trigger in the same
transaction, names the newest entry, so removing the newest entries shows too; triggers refuse edits
and deletions, and `check` makes sure those triggers are still there as created.
"""

from __future__ import annotations

import hashlib
import json

import sqlite_utils

from press_archive.domain.messages import said
from press_archive.storage import seals as record_seals

GENESIS = "0" * 64
HEAD_KEY = "audit.head"


def _entry_hash(prev_hash: str, at: str, user, action: str, type_, record_id, before, after, note,
                seal: str | None = None) -> str:
    fields = [prev_hash, at, user, action, type_, record_id, before, after, note]
    if seal is not None:  # entries written before records were sealed keep their hash
        fields.append(seal)
    payload = json.dumps(fields, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def head_value(audit_id: int, digest: str) -> str:
    return f"{audit_id} {digest}"


def append(db: sqlite_utils.Database, *, at: str, user: str | None, action: str, type_: str | None = None,
           record_id: int | None = None, before: dict | None = None, after: dict | None = None,
           note: str | None = None, seals=None) -> int:
    """Add one entry; call inside the write transaction that makes the change. It seals the records this
    transaction changed since the last entry (or `seals`, (type, id, hash) in seal order, when given)."""
    row = db.execute("SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1").fetchone()
    audit_id, prev = (row[0] + 1, row[1]) if row else (1, GENESIS)
    if seals is None:
        seals = record_seals.new_seals(db, record_seals.take_touched(db))
    seal = record_seals.write(db, audit_id, seals)
    before_text = json.dumps(before, ensure_ascii=False, sort_keys=True) if before is not None else None
    after_text = json.dumps(after, ensure_ascii=False, sort_keys=True) if after is not None else None
    digest = _entry_hash(prev, at, user, action, type_, record_id, before_text, after_text, note, seal)
    db.execute(
        "INSERT INTO audit_log(id, at, user, action, type, record_id, before, after, note, prev_hash, hash, seal) "
        "VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
        [audit_id, at, user, action, type_, record_id, before_text, after_text, note, prev, digest, seal],
    )
    return audit_id


def seal_leftovers(db: sqlite_utils.Database, at: str) -> None:
    """Before a commit: records changed after the transaction's last entry (or in one without any) are
    sealed under an entry of their own, so nothing the program wrote looks changed behind its back."""
    touched = record_seals.take_touched(db)
    if not touched:
        return
    pending = list(record_seals.new_seals(db, touched))
    if pending:
        append(db, at=at, user=None, action="seal", note="records changed without an entry of their own",
               seals=pending)


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


def verify_chain(db: sqlite_utils.Database, entry_seals: dict[int, str] | None = None) -> list[str]:
    """Problems in the chain (an edited, removed or inserted entry), empty when intact. `entry_seals`, when
    given, receives each entry's seal digest or None (for :func:`verify`)."""
    problems = []
    prev = GENESIS
    for (id_, at, user, action, type_, record_id, before, after, note, prev_hash, digest, seal) in db.execute(
        "SELECT id, at, user, action, type, record_id, before, after, note, prev_hash, hash, seal "
        "FROM audit_log ORDER BY id"
    ):
        if prev_hash != prev:
            problems.append(said("audit log entry {entry}: does not follow the entry before it (an entry was removed or "
                                 "inserted)", entry=id_))
        if _entry_hash(prev_hash, at, user, action, type_, record_id, before, after, note, seal) != digest:
            problems.append(said("audit log entry {entry}: its content does not match its hash (it was altered)",
                                 entry=id_))
        if entry_seals is not None:
            entry_seals[id_] = seal
        prev = digest
    return problems


def verify_head(db: sqlite_utils.Database) -> list[str]:
    """The head row against the newest entry: removing the newest entries leaves a valid chain, not this."""
    row = db.execute("SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1").fetchone()
    last = head_value(*row) if row else head_value(0, GENESIS)
    head = db.execute("SELECT value FROM settings WHERE key = ?", [HEAD_KEY]).fetchone()
    if head is None:
        return [said("audit log: its head (the record of the newest entry) is missing; it was removed")]
    if head[0] == last:
        return []
    head_id = head[0].split(" ", 1)[0]
    newest = row[0] if row else 0
    if head_id.isdigit() and int(head_id) > newest:
        return [said("audit log: the newest entries were removed (the log ends at entry {newest}, its head names "
                     "entry {head})", newest=newest, head=int(head_id))]
    return [said("audit log: its head does not match the newest entry {newest} (the log or the head was altered)",
                 newest=newest)]


def verify_triggers(db: sqlite_utils.Database) -> list[str]:
    """The triggers that keep the log append-only and its head in step, present and as created."""
    from press_archive.storage.schema import PROTECTIVE_TRIGGERS

    if db.dialect != "sqlite":
        from press_archive.storage.pg_schema import protective_problems

        return protective_problems(db)
    found = dict(db.execute("SELECT name, sql FROM sqlite_master WHERE type = 'trigger'"))
    problems = []
    for name, sql in PROTECTIVE_TRIGGERS.items():
        if name not in found:
            problems.append(said("audit log: the protective trigger {name} is missing (it was dropped)", name=name))
        elif " ".join(found[name].split()) != " ".join(sql.split()):
            problems.append(said("audit log: the protective trigger {name} was changed", name=name))
    return problems


def verify(db: sqlite_utils.Database) -> list[str]:
    """Everything `check` asks of the audit log: the chain, its head, its triggers, and every record
    against what its last entry wrote."""
    entry_seals: dict[int, str] = {}
    problems = verify_chain(db, entry_seals)
    problems += verify_head(db)
    problems += verify_triggers(db)
    problems += record_seals.verify(db, entry_seals)
    return problems
