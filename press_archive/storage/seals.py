"""Record seals: what the audit log last wrote for each record, so `check` notices a record changed behind
the program's back (a title edited in the SQLite file with another tool).

Each audit entry that changed records writes one seal row per record, (type, record id, entry id, content
hash), and carries in its own chained hash a digest of those rows, so a seal cannot be altered either
without breaking the chain. The content hash is a SHA-256 (first 16 bytes) of a canonical text of the
row's stored values: every column but the bookkeeping the program bumps without an entry (`updated_at`,
`updated_by`, and a photo's visual hash, which is derived from the image), sorted by column name, each as
`name:` + its storage class (s text, i integer, f real, b blob) + the length of its text in UTF-8 bytes +
`:` + the text (a real as Python's shortest round-trip text, a blob in hex); NULLs are left out, so a
column added later as NULL changes no hash. SQLite gives back what it stored, by storage class, on every
version. SQLite itself writes this text out for rows of text and integers (:func:`canonical_sql`, checked
against :func:`row_hasher` in the tests). A record that is gone is sealed with an empty hash.

Which records a transaction changed comes from the index outbox (change_log), filled by triggers in the
same transaction: `mark` notes where the transaction starts, and an entry seals what changed since.
"""

from __future__ import annotations

import hashlib
from hashlib import sha256
import sqlite3
from collections.abc import Iterable, Iterator

import sqlite_utils

from press_archive.domain.messages import said

# Search type -> table (the outbox logs changes under the search type).
TABLES = {
    "event": "events",
    "interview": "interview_orders",
    "news": "news_items",
    "photo": "photos",
    "photo_batch": "photo_batches",
    "production": "productions",
}
UNSEALED_COLUMNS = {"updated_at", "updated_by", "phash"}
GONE = b""
_CHUNK = 500
_MARK = "_press_archive_seal_mark"


def row_hasher(names: list[str]):
    """A function from a row (as the cursor with these column names returns it) to its content hash."""
    order = [(i, names[i] + ":") for i in sorted(range(len(names)), key=names.__getitem__)
             if names[i] not in UNSEALED_COLUMNS]

    def content(row: tuple) -> bytes:
        parts = []
        for i, name in order:
            v = row[i]
            if v is None:
                continue
            kind = type(v)
            if kind is str:
                parts.append(f"{name}s{len(v.encode('utf-8'))}:{v}")
                continue
            text = str(v) if kind is int else repr(v) if kind is float else bytes(v).hex()
            parts.append(f"{name}{'i' if kind is int else 'f' if kind is float else 'b'}{len(text)}:{text}")
        return digest_of("".join(parts))

    return content


def digest_of(canonical: str) -> bytes:
    return sha256(canonical.encode("utf-8")).digest()[:16]


def content_hash(names: list[str], row: tuple) -> bytes:
    return row_hasher(names)(row)


def canonical_sql(db: sqlite_utils.Database, table: str) -> str:
    """The same canonical text as :func:`row_hasher`, built by SQLite (in C, for speed) for rows of text and
    integers; NULL for a row holding a real or a blob, which :func:`row_hasher` then writes out."""
    if db.dialect != "sqlite":
        return "NULL"  # a server archive's rows are all written out by row_hasher, the reference itself
    columns = sorted(r[1] for r in db.execute(f"PRAGMA table_info({table})") if r[1] not in UNSEALED_COLUMNS)
    return " || ".join(
        f"CASE typeof({c}) WHEN 'null' THEN '' "
        f"WHEN 'text' THEN '{c}:s' || length(CAST({c} AS BLOB)) || ':' || {c} "
        f"WHEN 'integer' THEN '{c}:i' || length({c}) || ':' || {c} END" for c in columns)


def _hash_rows(db: sqlite_utils.Database, table: str, rows: list[tuple]) -> dict[int, bytes]:
    """(id, canonical text or NULL, ...) rows to id -> hash; the NULL ones are read whole and hashed here."""
    out = {row[0]: digest_of(row[1]) for row in rows if row[1] is not None}
    rest = [row[0] for row in rows if row[1] is None]
    for start in range(0, len(rest), _CHUNK):
        chunk = rest[start:start + _CHUNK]
        cursor = db.execute(f"SELECT * FROM {table} WHERE id IN ({','.join('?' * len(chunk))})", chunk)
        names = [d[0] for d in cursor.description]
        id_at, content = names.index("id"), row_hasher(names)
        for row in cursor:
            out[row[id_at]] = content(row)
    return out


def _current_hashes(db: sqlite_utils.Database, type_: str, ids: list[int]) -> dict[int, bytes]:
    out: dict[int, bytes] = {}
    table = TABLES[type_]
    canonical = canonical_sql(db, table)
    for start in range(0, len(ids), _CHUNK):
        chunk = ids[start:start + _CHUNK]
        rows = db.execute(f"SELECT id, {canonical} FROM {table} WHERE id IN ({','.join('?' * len(chunk))})",
                          chunk).fetchall()
        out.update(_hash_rows(db, table, rows))
    return out


def _last_seals(db: sqlite_utils.Database, type_: str, ids: list[int]) -> dict[int, bytes]:
    out: dict[int, bytes] = {}
    for start in range(0, len(ids), _CHUNK):
        chunk = ids[start:start + _CHUNK]
        # Each record's newest seal, in SQL both SQLite and PostgreSQL read (no bare column beside max()).
        for record_id, digest in db.execute(
                f"SELECT s.record_id, s.hash FROM audit_seals s WHERE s.type = ? "
                f"AND s.record_id IN ({','.join('?' * len(chunk))}) AND s.audit_id = (SELECT max(t.audit_id) "
                "FROM audit_seals t WHERE t.type = s.type AND t.record_id = s.record_id)", [type_, *chunk]):
            out[record_id] = digest
    return out


def seal_line(type_: str, record_id: int, digest: bytes) -> bytes:
    return f"{type_}\t{record_id}\t{digest.hex()}\n".encode("utf-8")


def new_seals(db: sqlite_utils.Database, touched: dict[str, Iterable[int]]) -> Iterator[tuple[str, int, bytes]]:
    """(type, id, hash) for the touched records whose content differs from their last seal, in seal order
    (type, then id)."""
    for type_ in sorted(touched):
        ids = sorted(set(touched[type_]))
        for start in range(0, len(ids), 5000):
            chunk = ids[start:start + 5000]
            now = _current_hashes(db, type_, chunk)
            last = _last_seals(db, type_, chunk)
            for record_id in chunk:
                digest = now.get(record_id, GONE)
                if last.get(record_id, GONE) != digest:
                    yield type_, record_id, digest


def write(db: sqlite_utils.Database, audit_id: int, seals: Iterable[tuple[str, int, bytes]]) -> str | None:
    """Store the seals of entry `audit_id`; returns their digest (None when there were none)."""
    digest = hashlib.sha256()
    rows: list = []
    count = 0
    for type_, record_id, h in seals:
        digest.update(seal_line(type_, record_id, h))
        rows.append((type_, record_id, audit_id, h))
        if len(rows) >= 5000:
            _insert(db, rows)
            count += len(rows)
            rows = []
    _insert(db, rows)
    count += len(rows)
    return digest.hexdigest() if count else None


def _insert(db: sqlite_utils.Database, rows: list) -> None:
    if rows:
        db.conn.executemany("INSERT INTO audit_seals(type, record_id, audit_id, hash) VALUES (?,?,?,?)", rows)


# --- which records a transaction touched ---------------------------------------------------------------

def mark(db: sqlite_utils.Database) -> None:
    """Note where this write transaction starts in the outbox (call right after BEGIN)."""
    try:
        seq = db.conn.execute("SELECT coalesce(max(seq), 0) FROM change_log").fetchone()[0]
    except sqlite3.OperationalError:  # a database not made an archive yet has no outbox: nothing to seal
        seq = None
    setattr(db, _MARK, seq)


def take_touched(db: sqlite_utils.Database) -> dict[str, list[int]]:
    """Records changed since the mark (and move the mark past them)."""
    start = getattr(db, _MARK, None)
    if start is None:
        return {}
    touched: dict[str, list[int]] = {}
    last = start
    for seq, type_, record_id in db.execute(
            "SELECT seq, type, record_id FROM change_log WHERE seq > ? ORDER BY seq", [start]):
        touched.setdefault(type_, []).append(record_id)
        last = seq
    setattr(db, _MARK, last)
    return touched


def unmark(db: sqlite_utils.Database) -> None:
    setattr(db, _MARK, None)


# --- check ---------------------------------------------------------------------------------------------

def _label(type_: str, record_id: int, name) -> str:
    return f"{type_} {record_id}" + (f" ({name})" if name else "")


def verify(db: sqlite_utils.Database, entry_seals: dict[int, str]) -> list[str]:
    """Every record whose stored values differ from what its last audit entry wrote, and every entry whose
    seal rows were altered. `entry_seals`: every audit entry id -> the seal digest its chained hash covers (None: it sealed nothing)."""
    problems: list[str] = []
    digests: dict[int, "hashlib._Hash"] = {}
    types = sorted(set(TABLES) | {r[0] for r in db.execute("SELECT DISTINCT type FROM audit_seals")})
    for type_ in types:
        seals = db.execute("SELECT record_id, audit_id, hash FROM audit_seals WHERE type = ? "
                           "ORDER BY record_id, audit_id", [type_])
        if type_ not in TABLES:
            for record_id, audit_id, h in seals:
                digests.setdefault(audit_id, hashlib.sha256()).update(seal_line(type_, record_id, h))
            continue
        problems += _compare(db, type_, seals, digests)
    for audit_id, expected in entry_seals.items():
        got = digests.pop(audit_id, None)
        if expected is None and got is None:
            continue
        if got is None or got.hexdigest() != expected:
            problems.append(said("audit log entry {entry}: the record hashes it wrote were altered", entry=audit_id))
    for audit_id in sorted(digests):
        if audit_id in entry_seals:
            problems.append(said("audit log entry {entry}: record hashes were added to it outside the program",
                                 entry=audit_id))
        else:
            problems.append(said("audit log entry {entry}: it is gone, but the record hashes it wrote remain "
                                 "(it was removed)", entry=audit_id))
    return problems


def _compare(db, type_: str, seals, digests) -> list[str]:
    problems = []
    table = TABLES[type_]
    names = [d[0] for d in db.execute(f"SELECT * FROM {table} LIMIT 0").description]  # on either store
    shown = next((n for n in ("ref", "original_name") if n in names), "NULL")
    rows = db.execute(f"SELECT id, {canonical_sql(db, table)}, {shown} FROM {table} ORDER BY id")

    def sealed():
        current = None
        for record_id, audit_id, h in seals:
            digests.setdefault(audit_id, hashlib.sha256()).update(seal_line(type_, record_id, h))
            if current is not None and current[0] != record_id:
                yield current
            current = (record_id, audit_id, h)
        if current is not None:
            yield current

    def gone(seal) -> None:
        if seal[2] != GONE:
            problems.append(said("{record}: removed outside the program (audit entry {entry} last wrote it)",
                                 record=_label(type_, seal[0], None), entry=seal[1]))

    seal_iter = sealed()
    seal = next(seal_iter, None)
    while batch := rows.fetchmany(2000):
        hashes = _hash_rows(db, table, batch)
        for record_id, _text, name in batch:
            while seal is not None and seal[0] < record_id:
                gone(seal)
                seal = next(seal_iter, None)
            label = _label(type_, record_id, (f"ref {name}" if shown == "ref" else name) if name else None)
            if seal is None or seal[0] != record_id:
                problems.append(said("{record}: added outside the program (no audit entry wrote it)", record=label))
                continue
            if seal[2] == GONE:
                problems.append(said("{record}: added outside the program (audit entry {entry} removed it)",
                                     record=label, entry=seal[1]))
            elif hashes[record_id] != seal[2]:
                problems.append(said("{record}: changed outside the program (it differs from what audit entry "
                                     "{entry} wrote)", record=label, entry=seal[1]))
            seal = next(seal_iter, None)
    while seal is not None:
        gone(seal)
        seal = next(seal_iter, None)
    return problems
