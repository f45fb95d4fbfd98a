"""The archive database: schema upgrades, counters, the outbox, the audit chain, transactions."""

from __future__ import annotations

import shutil
import sqlite3
import threading
from pathlib import Path

import pytest

from press_archive.services import records
from press_archive.services.archive import Archive
from press_archive.storage import audit, counts
from press_archive.storage.archive import DB_NAME, NotAnArchive, create_archive
from press_archive.storage.database import write_transaction
from press_archive.storage.schema import SCHEMA_VERSION, schema_version

DATA = Path(__file__).parent / "data"


def test_a_saved_version_1_archive_opens_upgraded_with_its_records(tmp_path):
    root = tmp_path / "old"
    root.mkdir()
    shutil.copy(DATA / "archive_v1.sqlite3", root / DB_NAME)
    archive = Archive(root)
    try:
        assert schema_version(archive.db) == SCHEMA_VERSION
        news = records.resolve(archive, "news", "n-old")
        assert news["title"] == "مرکز ۱۳۷ بین‌المللی می‌شود"
        assert news["event_ref"] == "ev-old"
        # the version 2 tables work on the upgraded archive
        records.edit_record(archive, "news", news["id"], {"title": "عنوان تازه"})
        assert audit.entries(archive.db, "news", news["id"])[0]["before"] == {"title": "مرکز ۱۳۷ بین‌المللی می‌شود"}
    finally:
        archive.close()


def test_an_archive_from_a_newer_program_is_refused(archive_dir):
    conn = sqlite3.connect(archive_dir / DB_NAME)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.close()
    from press_archive.storage.schema import ArchiveTooNew

    with pytest.raises(ArchiveTooNew):
        Archive(archive_dir)


def test_a_folder_that_is_not_an_archive_is_refused_and_left_alone(tmp_path):
    with pytest.raises(NotAnArchive):
        Archive(tmp_path / "nothing")
    assert not (tmp_path / "nothing").exists()


def test_create_twice_changes_nothing(archive_dir):
    before = (archive_dir / DB_NAME).stat().st_mtime_ns
    assert create_archive(archive_dir) is False
    assert (archive_dir / DB_NAME).stat().st_mtime_ns == before


def test_counters_follow_adds_edits_deletes_and_restores(archive):
    ev, _ = records.add_record(archive, "events", {"kind": "press_conference", "title": "نشست", "date": "1394/12/29"})
    sums = lambda: counts.metric_sums(archive.db, [("2016-01-01", "2016-12-31")])[0]
    assert sums()["events.press_conference"] == 1
    records.edit_record(archive, "events", ev, {"kind": "ceremony"})
    assert sums().get("events.press_conference", 0) == 0 and sums()["events.ceremony"] == 1
    records.delete_record(archive, "events", ev)
    assert sums().get("events", 0) == 0
    records.restore_record(archive, "events", ev)
    assert sums()["events"] == 1
    # the counters equal a recount from the records
    snapshot = counts.day_counts_snapshot(archive.db)
    with write_transaction(archive.db):
        counts.rebuild_day_counts(archive.db)
    assert counts.day_counts_snapshot(archive.db) == snapshot


def test_every_change_leaves_an_outbox_row_in_its_transaction(archive):
    from press_archive.storage import outbox

    start = outbox.last_seq(archive.db)
    nid, _ = records.add_record(archive, "news", {"title": "خبر", "date": "1400/01/01"})
    records.edit_record(archive, "news", nid, {"title": "خبر تازه"})
    with pytest.raises(RuntimeError):
        with write_transaction(archive.db):
            records.edit_record(archive, "news", nid, {"title": "rolled back"})
            raise RuntimeError("boom")
    changes = outbox.changes_after(archive.db, start)
    assert [(t, i) for _, t, i in changes] == [("news", nid), ("news", nid)]
    assert records.resolve(archive, "news", nid)["title"] == "خبر تازه"


def test_audit_chain_detects_tampering(archive):
    nid, _ = records.add_record(archive, "news", {"title": "خبر", "date": "1400/01/01"})
    records.edit_record(archive, "news", nid, {"title": "دوم"})
    records.delete_record(archive, "news", nid)
    assert audit.verify_chain(archive.db) == []
    actions = [e["action"] for e in audit.entries(archive.db, "news", nid)]
    assert actions == ["delete", "edit", "add"]
    with pytest.raises(sqlite3.IntegrityError):
        archive.db.execute("UPDATE audit_log SET user = 'mallory'")
    # someone who drops the guard trigger still shows up in check
    archive.db.execute("DROP TRIGGER audit_log_no_update")
    archive.db.execute("UPDATE audit_log SET note = 'changed' WHERE id = 2")
    assert any("altered" in p for p in audit.verify_chain(archive.db))


def test_trash_purge_is_separate_and_explicit(archive):
    nid, _ = records.add_record(archive, "news", {"title": "خبر", "date": "1400/01/01"})
    with pytest.raises(ValueError):
        records.purge_record(archive, "news", nid)
    records.delete_record(archive, "news", nid)
    assert records.record_ids(archive, "news") == []
    assert records.record_ids(archive, "news", trash=True) == [nid]
    records.purge_record(archive, "news", nid)
    assert records.record_ids(archive, "news", trash=True) == []


def test_a_second_writer_waits_instead_of_failing(archive_dir):
    first, second = Archive(archive_dir), Archive(archive_dir)
    try:
        released = threading.Event()

        def hold():
            with write_transaction(first.db):
                records.add_record(first, "news", {"title": "یک", "date": "1400/01/01"})
                released.wait(5)

        t = threading.Thread(target=hold)
        t.start()
        threading.Timer(0.3, released.set).start()
        records.add_record(second, "news", {"title": "دو", "date": "1400/01/02"})
        t.join()
        assert records.count(second, "news") == 2
    finally:
        first.close()
        second.close()


def test_event_dossier_gathers_linked_records(archive):
    ev, _ = records.add_record(archive, "events", {"ref": "ev1", "kind": "press_conference", "title": "نشست", "date": "1394/12/20"})
    records.add_record(archive, "news", {"title": "خبر", "date": "1394/12/21", "event_ref": "ev1"})
    records.add_record(archive, "interviews", {"date": "1394/12/21", "outlet": "واحد مرکزی خبر", "event_ref": "ev1"})
    dossier = records.event_dossier(archive, ev)
    assert len(dossier["news"]) == 1 and len(dossier["interviews"]) == 1
    from press_archive.domain.records import RecordError

    with pytest.raises(RecordError) as e:
        records.add_record(archive, "news", {"title": "خبر", "date": "1394/12/21", "event_ref": "nope"})
    assert e.value.problems[0].field == "event_ref"


def test_an_archive_whose_path_has_uri_characters_backs_up_and_restores(tmp_path):
    from press_archive.services.care import backup_archive, check_archive, restore_archive

    root = tmp_path / "بایگانی #1?"
    archive, _ = Archive.create(root)
    try:
        records.add_record(archive, "news", {"title": "خبر", "date": "1400/01/01"})
        backup_archive(archive, tmp_path / "پشتیبان #2")
    finally:
        archive.close()
    restore_archive(tmp_path / "پشتیبان #2", tmp_path / "بازگردانی ?3")
    with Archive(tmp_path / "بازگردانی ?3") as restored:
        assert records.count(restored, "news") == 1
        assert check_archive(restored).clean


def test_rolling_backups_are_thinned_to_daily_weekly_monthly(archive, tmp_path):
    from datetime import datetime, timedelta

    from press_archive.services.care import rolling_backup, snapshots

    folder = tmp_path / "rolling"
    now = datetime(2026, 11, 26, 12, 0, 0)
    for hours in range(0, 24 * 120, 6):  # four snapshots a day for 120 days
        rolling_backup(archive, folder, now=now - timedelta(hours=24 * 120 - hours))
    rolling_backup(archive, folder, now=now)
    kept = snapshots(folder)
    assert 15 < len(kept) < 30
    assert kept[-1].name == now.strftime("%Y-%m-%dT%H-%M-%S")
    # the pool holds one copy; every snapshot is complete on its own
    assert all((s / "archive.sqlite3").exists() for s in kept)
