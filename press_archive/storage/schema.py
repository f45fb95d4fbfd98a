"""The archive's schema and its upgrades.

`PRAGMA user_version` is the schema version; each step is one function run inside one exclusive
transaction (calibre's schema_upgrades), so an archive made by any older version always opens and a
step that fails leaves the archive exactly as it was.
"""

from __future__ import annotations

import sqlite3

import sqlite_utils

# Columns every catalogued record has: who and when, and soft delete (the trash).
_AUDIT_COLUMNS = """
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
    updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
    created_by TEXT,
    updated_by TEXT,
    deleted_at TEXT,
    deleted_by TEXT
"""

# Record tables and the search type their changes are logged under (the index outbox).
RECORD_TABLES = {
    "news_items": "news",
    "events": "event",
    "interview_orders": "interview",
    "productions": "production",
    "photo_batches": "photo_batch",
    "photos": "photo",
}

# What each table adds to the per-day counters: (metric expression, amount expression) over a row
# alias R. Counts by period then sum a few thousand counter rows instead of scanning a million photos.
DAY_METRICS = {
    "news_items": [("'news'", "1"), ("'news.lang.' || R.language", "1")],
    "events": [("'events'", "1"), ("'events.' || R.kind", "1")],
    "photo_batches": [("'photo_batches'", "1")],
    "photos": [("'photos'", "1")],
    "interview_orders": [
        ("'interviews'", "1"),
        ("'interviews.' || coalesce(R.status, 'ordered')", "1"),
        ("'interviews.minutes'", "coalesce(R.minutes, 0)"),
        ("'interviews.' || coalesce(R.medium, 'unknown')", "1"),
    ],
    "productions": [
        ("'productions.' || R.kind", "coalesce(R.count, 1)"),
        ("'minutes.' || R.kind", "coalesce(R.minutes, 0)"),
    ],
}
_METRIC_COLUMNS = {
    "news_items": "date, deleted_at, language",
    "events": "date, deleted_at, kind",
    "photo_batches": "date, deleted_at",
    "photos": "date, deleted_at",
    "interview_orders": "date, deleted_at, status, minutes, medium",
    "productions": "date, deleted_at, kind, count, minutes",
}


def _counter_triggers(table: str) -> list[str]:
    def bump(alias: str, sign: str) -> str:
        rows = []
        for metric, amount in DAY_METRICS[table]:
            m = metric.replace("R.", alias + ".")
            a = amount.replace("R.", alias + ".")
            rows.append(
                f"INSERT INTO day_counts(day, metric, n) SELECT substr({alias}.date, 1, 10), {m}, {sign}({a}) "
                f"WHERE {alias}.deleted_at IS NULL AND {alias}.date IS NOT NULL "
                "ON CONFLICT(day, metric) DO UPDATE SET n = n + excluded.n;"
            )
        return "\n".join(rows)

    return [
        f"CREATE TRIGGER {table}_count_insert AFTER INSERT ON {table} BEGIN\n{bump('NEW', '+')}\nEND",
        f"CREATE TRIGGER {table}_count_delete AFTER DELETE ON {table} BEGIN\n{bump('OLD', '-')}\nEND",
        f"CREATE TRIGGER {table}_count_update AFTER UPDATE OF {_METRIC_COLUMNS[table]} ON {table} BEGIN\n"
        f"{bump('OLD', '-')}\n{bump('NEW', '+')}\nEND",
    ]


def _outbox_triggers(table: str, search_type: str) -> list[str]:
    # The search index follows these rows; they are written in the same transaction as the change.
    return [
        f"CREATE TRIGGER {table}_outbox_{op.lower()} AFTER {op} ON {table} BEGIN "
        f"INSERT INTO change_log(type, record_id) VALUES ('{search_type}', {alias}.id); END"
        for op, alias in (("INSERT", "NEW"), ("UPDATE", "NEW"), ("DELETE", "OLD"))
    ]


def _v1(db: sqlite_utils.Database) -> None:
    """The archive core: records, links, vocabularies, the outbox and the per-day counters."""
    statements = [
        f"""CREATE TABLE events (
            id INTEGER PRIMARY KEY, ref TEXT UNIQUE, kind TEXT NOT NULL, title TEXT NOT NULL,
            date TEXT NOT NULL, venue TEXT, speakers TEXT NOT NULL DEFAULT '[]',
            media TEXT NOT NULL DEFAULT '[]', summary TEXT, body TEXT, tags TEXT NOT NULL DEFAULT '[]',
            {_AUDIT_COLUMNS})""",
        f"""CREATE TABLE news_items (
            id INTEGER PRIMARY KEY, ref TEXT UNIQUE, title TEXT NOT NULL, date TEXT NOT NULL,
            lead TEXT, body TEXT, category TEXT, region TEXT, author TEXT,
            tags TEXT NOT NULL DEFAULT '[]', language TEXT NOT NULL DEFAULT 'fa', url TEXT,
            event_id INTEGER REFERENCES events(id) ON DELETE SET NULL,
            {_AUDIT_COLUMNS})""",
        f"""CREATE TABLE interview_orders (
            id INTEGER PRIMARY KEY, ref TEXT UNIQUE, date TEXT NOT NULL, outlet TEXT NOT NULL,
            programme TEXT, medium TEXT, interviewee TEXT, topic TEXT,
            status TEXT NOT NULL DEFAULT 'ordered', aired TEXT, minutes REAL, notes TEXT,
            event_id INTEGER REFERENCES events(id) ON DELETE SET NULL,
            {_AUDIT_COLUMNS})""",
        f"""CREATE TABLE productions (
            id INTEGER PRIMARY KEY, ref TEXT UNIQUE, kind TEXT NOT NULL, date TEXT NOT NULL,
            title TEXT, minutes REAL, count INTEGER,
            {_AUDIT_COLUMNS})""",
        f"""CREATE TABLE photo_batches (
            id INTEGER PRIMARY KEY, ref TEXT UNIQUE, title TEXT, date TEXT, photographer TEXT,
            keywords TEXT NOT NULL DEFAULT '[]', caption TEXT, place TEXT,
            people TEXT NOT NULL DEFAULT '[]',
            event_id INTEGER REFERENCES events(id) ON DELETE SET NULL,
            {_AUDIT_COLUMNS})""",
        f"""CREATE TABLE photos (
            id INTEGER PRIMARY KEY,
            batch_id INTEGER NOT NULL REFERENCES photo_batches(id),
            sha256 TEXT NOT NULL UNIQUE,
            stored_path TEXT NOT NULL,
            original_name TEXT NOT NULL,
            size_bytes INTEGER NOT NULL,
            format TEXT, width INTEGER, height INTEGER, orientation INTEGER,
            captured_at TEXT, camera TEXT, lens TEXT,
            date TEXT NOT NULL,
            scan_hash TEXT, phash TEXT,
            caption TEXT, keywords TEXT NOT NULL DEFAULT '[]', photographer TEXT,
            people TEXT NOT NULL DEFAULT '[]', place TEXT,
            rating INTEGER NOT NULL DEFAULT 0, picked INTEGER NOT NULL DEFAULT 0,
            metadata TEXT NOT NULL DEFAULT '{{}}',
            {_AUDIT_COLUMNS})""",
        "CREATE TABLE people (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE, title TEXT, uses INTEGER NOT NULL DEFAULT 0)",
        "CREATE TABLE keywords (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE, uses INTEGER NOT NULL DEFAULT 0)",
        "CREATE TABLE places (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE, uses INTEGER NOT NULL DEFAULT 0)",
        "CREATE TABLE code_replacements (code TEXT PRIMARY KEY, expansion TEXT NOT NULL)",
        "CREATE TABLE change_log (seq INTEGER PRIMARY KEY AUTOINCREMENT, type TEXT NOT NULL, record_id INTEGER NOT NULL)",
        "CREATE TABLE day_counts (day TEXT NOT NULL, metric TEXT NOT NULL, n REAL NOT NULL, PRIMARY KEY (day, metric)) WITHOUT ROWID",
        "CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT)",
        # Lists and dates: what the lazy tables sort and page by, newest first.
        "CREATE INDEX news_items_date ON news_items(deleted_at, date, id)",
        "CREATE INDEX news_items_event ON news_items(event_id)",
        "CREATE INDEX events_date ON events(deleted_at, date, id)",
        "CREATE INDEX events_kind ON events(kind, date)",
        "CREATE INDEX interview_orders_date ON interview_orders(deleted_at, date, id)",
        "CREATE INDEX interview_orders_status ON interview_orders(status, date)",
        "CREATE INDEX interview_orders_event ON interview_orders(event_id)",
        "CREATE INDEX productions_date ON productions(deleted_at, date, id)",
        "CREATE INDEX photo_batches_date ON photo_batches(deleted_at, date, id)",
        "CREATE INDEX photo_batches_event ON photo_batches(event_id)",
        "CREATE INDEX photos_batch ON photos(batch_id, deleted_at, id)",
        "CREATE INDEX photos_date ON photos(deleted_at, date)",
        "CREATE INDEX photos_scan_hash ON photos(scan_hash)",
        "CREATE INDEX photos_phash ON photos(phash)",
    ]
    for table, search_type in RECORD_TABLES.items():
        statements += _counter_triggers(table)
        statements += _outbox_triggers(table, search_type)
    for sql in statements:
        db.execute(sql)


def _v2(db: sqlite_utils.Database) -> None:
    """Trust: the audit log (hash-chained) and the figures the office reports but does not catalogue."""
    db.execute(
        """CREATE TABLE audit_log (
            id INTEGER PRIMARY KEY, at TEXT NOT NULL, user TEXT, action TEXT NOT NULL,
            type TEXT, record_id INTEGER, before TEXT, after TEXT, note TEXT,
            prev_hash TEXT NOT NULL, hash TEXT NOT NULL)"""
    )
    db.execute("CREATE INDEX audit_log_record ON audit_log(type, record_id)")
    # Append-only: the chain in `check` shows tampering, these stop accidents.
    db.execute(PROTECTIVE_TRIGGERS["audit_log_no_update"])
    db.execute(PROTECTIVE_TRIGGERS["audit_log_no_delete"])
    db.execute(
        """CREATE TABLE indicators (
            month TEXT NOT NULL, name TEXT NOT NULL, value REAL NOT NULL,
            updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
            PRIMARY KEY (month, name)) WITHOUT ROWID"""
    )


def _v3(db: sqlite_utils.Database) -> None:
    """Reports: photos by photographer over a window read an index, not a million rows."""
    db.execute("CREATE INDEX photos_window_photographer ON photos(deleted_at, date, batch_id, photographer)")


def _append_only(table: str, op: str) -> str:
    return (f"CREATE TRIGGER {table}_no_{op.lower()} BEFORE {op} ON {table} "
            "BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END")


_NEWEST_ENTRY = "(SELECT id || ' ' || hash FROM audit_log ORDER BY id DESC LIMIT 1)"
# The triggers `check` expects to find exactly as written here (storage/audit.verify_triggers).
PROTECTIVE_TRIGGERS = {
    "audit_log_no_update": _append_only("audit_log", "UPDATE"),
    "audit_log_no_delete": _append_only("audit_log", "DELETE"),
    "audit_seals_no_update": _append_only("audit_seals", "UPDATE"),
    "audit_seals_no_delete": _append_only("audit_seals", "DELETE"),
    # The head names the newest entry, written in the entry's own transaction.
    "audit_log_head": "CREATE TRIGGER audit_log_head AFTER INSERT ON audit_log BEGIN "
                      "UPDATE settings SET value = NEW.id || ' ' || NEW.hash WHERE key = 'audit.head'; END",
    "audit_head_no_update": "CREATE TRIGGER audit_head_no_update BEFORE UPDATE ON settings "
                            f"WHEN OLD.key = 'audit.head' AND (NEW.key IS NOT OLD.key OR NEW.value IS NOT {_NEWEST_ENTRY}) "
                            "BEGIN SELECT RAISE(ABORT, 'the audit head follows the audit log'); END",
    "audit_head_no_delete": "CREATE TRIGGER audit_head_no_delete BEFORE DELETE ON settings WHEN OLD.key = 'audit.head' "
                            "BEGIN SELECT RAISE(ABORT, 'the audit head follows the audit log'); END",
}


def _v4(db: sqlite_utils.Database) -> None:
    """Tamper evidence for the records: each audit entry seals the records it wrote (storage/seals.py), a
    head row names the newest entry. Records already in the archive are sealed by one baseline entry, so
    an old archive is covered from this upgrade on."""
    from press_archive.storage import audit, seals
    from press_archive.storage.database import now_utc

    db.execute("ALTER TABLE audit_log ADD COLUMN seal TEXT")
    db.execute("""CREATE TABLE audit_seals (
        type TEXT NOT NULL, record_id INTEGER NOT NULL, audit_id INTEGER NOT NULL, hash BLOB NOT NULL,
        PRIMARY KEY (type, record_id, audit_id)) WITHOUT ROWID""")
    row = db.execute("SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1").fetchone()
    db.execute("INSERT OR REPLACE INTO settings(key, value) VALUES (?, ?)",
               [audit.HEAD_KEY, audit.head_value(*row) if row else audit.head_value(0, audit.GENESIS)])
    for name, sql in PROTECTIVE_TRIGGERS.items():
        if not name.startswith("audit_log_no_"):
            db.execute(sql)
    existing = {type_: [r[0] for r in db.execute(f"SELECT id FROM {table}")] for type_, table in seals.TABLES.items()}
    baseline = list(seals.new_seals(db, {t: ids for t, ids in existing.items() if ids}))
    if baseline:
        audit.append(db, at=now_utc(), user=None, action="baseline", seals=baseline,
                     note=f"{len(baseline)} records sealed as they stood when their content was first sealed")


def _v5(db: sqlite_utils.Database) -> None:
    """RAW+JPEG: the raw file shot with a photo's JPEG is the same photo's second original."""
    db.execute("""CREATE TABLE photo_raw_files (
        photo_id INTEGER PRIMARY KEY REFERENCES photos(id) ON DELETE CASCADE,
        sha256 TEXT NOT NULL UNIQUE,
        stored_path TEXT NOT NULL,
        original_name TEXT NOT NULL,
        size_bytes INTEGER NOT NULL,
        format TEXT)""")


def _v6(db: sqlite_utils.Database) -> None:
    """Interview orders: the day the interview is scheduled for and the day it was recorded."""
    db.execute("ALTER TABLE interview_orders ADD COLUMN scheduled TEXT")
    db.execute("ALTER TABLE interview_orders ADD COLUMN recorded TEXT")  # NULL: no record's seal changes


def _v7(db: sqlite_utils.Database) -> None:
    """Photos: the photographer's reject (Lightroom's flag, Photo Mechanic's "rejected"), apart from the pick.
    1 when rejected, NULL otherwise, so no photo's seal changes."""
    db.execute("ALTER TABLE photos ADD COLUMN rejected INTEGER")


# A step that gives a record table a column with a non-NULL value (a default) changes every record's seal
# (storage/seals.py): it must seal the records again in its own transaction, as _v4's baseline does.
MIGRATIONS = [_v1, _v2, _v3, _v4, _v5, _v6, _v7]
SCHEMA_VERSION = len(MIGRATIONS)


class ArchiveTooNew(RuntimeError):
    pass


def schema_version(db: sqlite_utils.Database) -> int:
    return db.execute("PRAGMA user_version").fetchone()[0]


def migrate(db: sqlite_utils.Database, target: int = SCHEMA_VERSION) -> int:
    """Step the archive up to `target`, one exclusive transaction per version. Returns the old version."""
    start = schema_version(db)
    if start > SCHEMA_VERSION:
        raise ArchiveTooNew(
            f"this archive was written by a newer press_archive (schema {start}, this program knows {SCHEMA_VERSION})"
        )
    conn: sqlite3.Connection = db.conn
    for version in range(start + 1, target + 1):
        conn.execute("BEGIN EXCLUSIVE")
        try:
            # Another process may have upgraded while we waited for the lock.
            if schema_version(db) >= version:
                conn.execute("ROLLBACK")
                continue
            MIGRATIONS[version - 1](db)
            conn.execute(f"PRAGMA user_version = {version}")
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
    return start
