"""Backup and restore of an archive that holds photos: originals where import puts them, nothing in the
way of a retry after a failure."""

from __future__ import annotations

import sqlite3

from conftest import run_cli
from press_archive.storage.archive import ArchiveLayout


def _originals(root) -> dict[str, bytes]:
    layout = ArchiveLayout(root)
    conn = sqlite3.connect(layout.db_path)
    try:
        rows = conn.execute("SELECT stored_path FROM photos").fetchall()
    finally:
        conn.close()
    return {rel: (layout.originals_dir / rel).read_bytes() for (rel,) in rows}


def _partials(folder) -> list:
    return sorted(p.name for p in folder.rglob("*.partial"))


def _damage(path) -> bytes:
    good = path.read_bytes()
    path.chmod(0o644)
    path.write_bytes(good[:-10] + bytes(10))
    return good


def test_backup_and_restore_bring_back_every_original_byte_for_byte(sample_archive_dir, tmp_path):
    before = _originals(sample_archive_dir)
    assert len(before) >= 10  # the sample has photo batches
    code, out, err = run_cli("backup", str(tmp_path / "backup"), archive=sample_archive_dir)
    assert code == 0, err
    assert f"{len(before)} photo(s) copied" in out
    restored = tmp_path / "restored"
    code, out, err = run_cli("restore", str(tmp_path / "backup"), archive=restored)
    assert code == 0, err
    assert _originals(restored) == before
    code, out, err = run_cli("check", archive=restored)
    assert code == 0, out + err
    # a second backup into the same folder copies nothing again
    code, out, err = run_cli("backup", str(tmp_path / "backup"), archive=sample_archive_dir)
    assert code == 0 and f"0 photo(s) copied, {len(before)} already there" in out


def test_a_failed_backup_leaves_nothing_in_the_way_of_a_retry(sample_archive_dir, tmp_path):
    rel = next(iter(_originals(sample_archive_dir)))
    original = ArchiveLayout(sample_archive_dir).originals_dir / rel
    good = _damage(original)
    dest = tmp_path / "backup"
    code, out, err = run_cli("backup", str(dest), archive=sample_archive_dir)
    assert code == 2
    assert "does not match" in err and "Error" not in err and len(err.strip().splitlines()) == 1
    assert _partials(dest) == [] and not (dest / "archive.sqlite3").exists()
    original.write_bytes(good)
    code, out, err = run_cli("backup", str(dest), archive=sample_archive_dir)
    assert code == 0, err
    assert _partials(dest) == []


def test_a_killed_backups_leftovers_do_not_block_the_next(sample_archive_dir, tmp_path):
    dest = tmp_path / "backup"
    (dest / "photos" / "originals" / "ab").mkdir(parents=True)
    (dest / "archive.sqlite3.partial").write_bytes(b"half a database")
    (dest / "archive.sqlite3.partial-journal").write_bytes(b"its journal")
    (dest / "photos" / "originals" / "ab" / "abcd.jpg.partial").write_bytes(b"half a photo")
    code, out, err = run_cli("backup", str(dest), archive=sample_archive_dir)
    assert code == 0, err
    assert _partials(dest) == [] and sorted(p.name for p in dest.iterdir()) == ["archive.sqlite3", "photos"]
    assert _originals(dest) == _originals(sample_archive_dir)


def test_a_failed_restore_leaves_the_target_as_it_was(sample_archive_dir, tmp_path):
    backup = tmp_path / "backup"
    assert run_cli("backup", str(backup), archive=sample_archive_dir)[0] == 0
    rel = next(iter(_originals(backup)))
    good = _damage(ArchiveLayout(backup).originals_dir / rel)
    absent, empty = tmp_path / "absent", tmp_path / "empty"
    empty.mkdir()
    for target in (absent, empty):
        code, out, err = run_cli("restore", str(backup), archive=target)
        assert code == 2, err
        assert "does not match" in err and "Error" not in err
    assert not absent.exists()
    assert list(empty.iterdir()) == []
    (ArchiveLayout(backup).originals_dir / rel).write_bytes(good)
    for target in (absent, empty):
        code, out, err = run_cli("restore", str(backup), archive=target)
        assert code == 0, err
        assert _originals(target) == _originals(sample_archive_dir)
