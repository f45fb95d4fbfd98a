"""Tamper evidence that covers the records: a record changed in the SQLite file behind the program's back,
the newest audit entries removed, or a protective trigger dropped, all show in `check`."""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

import photo_factory as pf
from press_archive.services import photos, records
from press_archive.services.archive import Archive
from press_archive.storage import audit
from press_archive.storage.archive import DB_NAME

DATA = Path(__file__).parent / "data"


def _tamper(root: Path, *statements: str) -> None:
    """What someone with the file and the sqlite3 shell does: no triggers of ours beyond the file's own."""
    conn = sqlite3.connect(root / DB_NAME)
    try:
        for sql in statements:
            conn.execute(sql)
        conn.commit()
    finally:
        conn.close()


def _check(root: Path) -> tuple[int, list[str]]:
    proc = subprocess.run([sys.executable, "-m", "press_archive", "--archive", str(root), "check"],
                          capture_output=True, text=True)
    assert "Traceback" not in proc.stderr
    return proc.returncode, [line for line in proc.stdout.splitlines() if line.startswith("problem:")]


def test_records_changed_in_the_file_are_each_named_by_check(sample_archive_dir):
    root = sample_archive_dir
    assert _check(root) == (0, [])
    _tamper(root,
            "UPDATE news_items SET title = 'عنوان دست‌کاری‌شده' WHERE ref = 'news-0003'",
            "UPDATE photos SET caption = 'hacked' WHERE id = 5",
            "UPDATE interview_orders SET deleted_at = '2020-01-01' WHERE id = 2",
            "INSERT INTO productions(kind, date) VALUES ('other', '2020-01-01')",
            "PRAGMA foreign_keys = OFF",
            "DELETE FROM productions WHERE id = 1")
    code, problems = _check(root)
    assert code == 1
    assert any(p.startswith("problem: news 3 (ref news-0003): changed outside the program") for p in problems), problems
    assert any(p.startswith("problem: photo 5 (") and "changed outside the program" in p for p in problems)
    assert any(p.startswith("problem: interview 2 ") and "changed outside the program" in p for p in problems)
    assert any(p.startswith("problem: production 21: added outside the program") for p in problems)
    assert any(p.startswith("problem: production 1: removed outside the program") for p in problems)
    sealed = [p for p in problems if "outside the program" in p]
    assert len(sealed) == 5, problems  # nothing else is flagged
    assert all("Error" not in p for p in problems)


def test_everything_the_program_writes_is_sealed(archive, tmp_path):
    ev, _ = records.add_record(archive, "events", {"ref": "ev1", "kind": "press_conference", "title": "نشست", "date": "1400/01/01"})
    nid, _ = records.add_record(archive, "news", {"ref": "n1", "title": "خبر", "date": "1400/01/02", "event_ref": "ev1"})
    records.edit_record(archive, "news", nid, {"title": "خبر دوم", "tags": ["الف", "ب"]})
    records.add_record(archive, "productions", {"kind": "tv_programme", "date": "1400/01/03", "minutes": 5})
    records.delete_record(archive, "news", nid)
    records.restore_record(archive, "news", nid)
    # purging an event unlinks its news in the same transaction: those edits are sealed too
    records.delete_record(archive, "events", ev)
    records.purge_record(archive, "events", ev)
    folder = tmp_path / "card"
    folder.mkdir()
    pf.make_jpeg(folder / "a.jpg", seed=1)
    pf.make_jpeg(folder / "b.jpg", seed=2)
    report = photos.import_photos(archive, [folder], title="دسته", workers=1)
    photos.tag_photos(archive, report.batch_id, add=["کلید"], caption="شرح")
    photos.tag_photos(archive, report.batch_id, [report.photo_ids[0]], rating=4, place="تالار")
    assert audit.verify(archive.db) == []
    assert records.resolve(archive, "news", nid)["event_id"] is None


def test_an_archive_from_before_seals_gets_a_baseline_and_is_covered_from_then_on(tmp_path):
    root = tmp_path / "old"
    root.mkdir()
    shutil.copy(DATA / "archive_v1.sqlite3", root / DB_NAME)
    with Archive(root) as archive:
        assert audit.verify(archive.db) == []
        baseline = [e for e in audit.entries(archive.db) if e["action"] == "baseline"]
        assert len(baseline) == 1
        old_id = records.resolve(archive, "news", "n-old")["id"]
    _tamper(root, "UPDATE news_items SET body = 'changed' WHERE ref = 'n-old'")
    with Archive(root) as archive:
        assert audit.verify(archive.db) == [
            f"news {old_id} (ref n-old): changed outside the program (it differs from what audit entry "
            f"{baseline[0]['id']} wrote)"]


def test_removing_the_newest_entry_is_noticed(archive):
    nid, _ = records.add_record(archive, "news", {"title": "خبر", "date": "1400/01/01"})
    records.add_record(archive, "news", {"title": "خبر دیگر", "date": "1400/01/01"})
    assert audit.verify(archive.db) == []
    newest = archive.db.execute("SELECT max(id) FROM audit_log").fetchone()[0]
    with pytest.raises(sqlite3.IntegrityError):
        archive.db.execute("DELETE FROM audit_log WHERE id = ?", [newest])
    with pytest.raises(sqlite3.IntegrityError):  # the head follows the log, it cannot be set back by hand
        archive.db.execute("UPDATE settings SET value = 'x' WHERE key = 'audit.head'")
    _tamper(archive.root, "DROP TRIGGER audit_log_no_delete", f"DELETE FROM audit_log WHERE id = {newest}")
    problems = audit.verify(archive.db)
    assert f"audit log: the newest entries were removed (the log ends at entry {newest - 1}, its head names entry {newest})" in problems
    assert "audit log: the protective trigger audit_log_no_delete is missing (it was dropped)" in problems
    assert any(p.startswith(f"audit log entry {newest}: it is gone") for p in problems)


def test_a_changed_or_dropped_protective_trigger_is_noticed(archive):
    records.add_record(archive, "news", {"title": "خبر", "date": "1400/01/01"})
    _tamper(archive.root, "DROP TRIGGER audit_seals_no_update",
            "DROP TRIGGER audit_log_head",
            "CREATE TRIGGER audit_log_head AFTER INSERT ON audit_log BEGIN SELECT 1; END")
    problems = audit.verify(archive.db)
    assert "audit log: the protective trigger audit_seals_no_update is missing (it was dropped)" in problems
    assert "audit log: the protective trigger audit_log_head was changed" in problems


def test_seals_altered_together_with_the_record_break_the_chain(archive):
    nid, _ = records.add_record(archive, "news", {"title": "خبر", "date": "1400/01/01"})
    entry = archive.db.execute("SELECT max(id) FROM audit_log").fetchone()[0]
    # someone who knows about seals edits the record and writes the matching seal row
    _tamper(archive.root, "DROP TRIGGER audit_seals_no_update",
            f"UPDATE news_items SET title = 'دیگر' WHERE id = {nid}")
    from press_archive.storage import seals

    cursor = archive.db.execute(f"SELECT * FROM news_items WHERE id = {nid}")
    forged = seals.content_hash([d[0] for d in cursor.description], cursor.fetchone())
    _tamper(archive.root, f"UPDATE audit_seals SET hash = x'{forged.hex()}' WHERE type = 'news' AND record_id = {nid}")
    problems = audit.verify(archive.db)
    assert f"audit log entry {entry}: the record hashes it wrote were altered" in problems


def test_sqlite_writes_out_the_same_canonical_text_as_python(archive):
    """The seals' shortcut (SQLite builds the canonical text) against its reference (Python), row by row."""
    from press_archive.storage import seals

    records.add_record(archive, "events", {"ref": "e", "kind": "other", "title": "رویداد", "date": "1400/01/01"})
    texts = ["ساده", "نیم\u200cفاصله و ي عربی", "emoji 🎉 و ۱۲۳", "", "a\x00b", "'; DROP TABLE x; --", "x" * 5000]
    conn = sqlite3.connect(archive.layout.db_path)
    for i, text in enumerate(texts):
        conn.execute("INSERT INTO news_items(ref, title, date, body, event_id, tags) VALUES (?, ?, ?, ?, ?, ?)",
                     [f"t{i}", text or "-", "2020-01-01", text, 1 if i % 2 else None, "[]"])
    conn.execute("INSERT INTO productions(kind, date, minutes, count) VALUES ('other', '2020-01-01', 12.5, -3)")
    conn.execute("INSERT INTO productions(kind, date, count) VALUES ('other', '2020-01-01', 9007199254740993)")
    conn.commit()
    conn.close()
    compared = 0
    for table in ("news_items", "productions", "events"):
        canonical = {r[0]: r[1] for r in archive.db.execute(f"SELECT id, {seals.canonical_sql(archive.db, table)} FROM {table}")}
        cursor = archive.db.execute(f"SELECT * FROM {table}")
        names = [d[0] for d in cursor.description]
        for row in cursor:
            text = canonical[row[names.index("id")]]
            if text is None:  # a real in the row: Python writes it out
                assert row[names.index("minutes")] == 12.5
                continue
            assert seals.digest_of(text) == seals.content_hash(names, row), row
            compared += 1
    assert compared == len(texts) + 2
