"""A killed import, a full disk, stray files, damaged originals: nothing is lost and the archive can tell."""

from __future__ import annotations

import errno
import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

import photo_factory as pf
from press_archive.media import store, worker
from press_archive.services import photos
from press_archive.services.archive import Archive
from press_archive.services.care import check_archive

# Behaviour, not SQLite: these run on a folder archive and on a server archive.
ARCHIVE_BACKENDS = ("folder", "server")


def _photo_count(archive) -> int:
    return archive.db.execute("SELECT count(*) FROM photos").fetchone()[0]


def _killed_import(tmp_path, root: Path, src: Path, at: int, commit_every: int = 100) -> None:
    """An import of `src` SIGKILLed once `at` photos are done, committing every `commit_every` photos."""
    script = textwrap.dedent(f"""
        import os, signal
        from press_archive.services import photos
        from press_archive.services.archive import Archive
        photos.importing.COMMIT_EVERY = {commit_every}
        def progress(p):
            if p.done == {at}:
                os.kill(os.getpid(), signal.SIGKILL)
        if __name__ == "__main__":
            photos.import_photos(Archive({str(root)!r}), [{str(src)!r}], workers=1, progress=progress)
    """)
    (tmp_path / "killed.py").write_text(script)
    done = subprocess.run([sys.executable, str(tmp_path / "killed.py")], capture_output=True, timeout=120)
    assert done.returncode == -9, done.stderr.decode()


def test_a_killed_import_keeps_what_it_committed_and_a_rerun_finishes_it(tmp_path):
    root = tmp_path / "arch"
    Archive.create(root)[0].close()
    src = tmp_path / "card"
    for i in range(10):
        pf.make_jpeg(src / f"{i:02d}.jpg", (300, 200), seed=i)
    _killed_import(tmp_path, root, src, at=8, commit_every=3)

    with Archive(root) as arch:
        assert _photo_count(arch) == 6  # two transactions of three
        leftovers = photos.find_orphans(arch)
        assert any(p.name.startswith("photo-import-") for p in leftovers)
        # what the killed import left is work to finish, not a problem: check after the restart is clean
        assert check_archive(arch).problems == []
        assert leftovers == photos.find_orphans(arch)  # kept: the rerun finishes its batch from there
        report = photos.import_photos(arch, [src])
        assert report.resumed and report.batch_id == 1
        assert (report.imported, report.duplicates, report.rejected) == (4, 6, 0)
        assert _photo_count(arch) == 10
        assert arch.db.execute("SELECT count(*) FROM photo_batches").fetchone()[0] == 1
        assert photos.find_orphans(arch) == []
        assert photos.verify_photos(arch) == []


def test_an_import_killed_before_its_batch_leaves_nothing_after_a_restart(tmp_path):
    """Killed before its first commit: its tmp folder holds nothing any rerun could use. `check` (a restart)
    is clean and clears it; an import of other photos clears the folders of such imports too."""
    from conftest import run_cli

    root = tmp_path / "arch"
    Archive.create(root)[0].close()
    src, other = tmp_path / "card", tmp_path / "other"
    for i in range(4):
        pf.make_jpeg(src / f"{i:02d}.jpg", (300, 200), seed=i)
        pf.make_jpeg(other / f"{i:02d}.jpg", (300, 200), seed=100 + i)
    _killed_import(tmp_path, root, src, at=2)
    tmp = root / "tmp"
    assert [p.name[:13] for p in tmp.iterdir()] == ["photo-import-"]
    code, out, err = run_cli("check", archive=root)
    assert code == 0, out + err
    assert list(tmp.iterdir()) == []
    _killed_import(tmp_path, root, src, at=2)
    with Archive(root) as arch:
        report = photos.import_photos(arch, [other])
        assert report.imported == 4 and not report.resumed
    assert list(tmp.iterdir()) == []


def test_a_full_disk_mid_import_stops_cleanly(archive, tmp_path, monkeypatch):
    src = tmp_path / "card"
    for i in range(6):
        pf.make_jpeg(src / f"{i}.jpg", (300, 200), seed=i)
    real = worker.write_verified
    calls = []

    def filling_up(path, data, sha):
        calls.append(path)
        if len(calls) >= 4:
            with open(path, "wb") as f:
                f.write(data[:100])  # a partial file, as a real full disk leaves
            raise OSError(errno.ENOSPC, "No space left on device")
        return real(path, data, sha)

    monkeypatch.setattr(worker, "write_verified", filling_up)
    report = photos.import_photos(archive, [src], workers=0)
    assert report.stopped and "disk is full" in report.stopped and report.exit_code == 3
    assert report.imported == 3 and _photo_count(archive) == 3 and report.not_processed == 3
    assert list(archive.layout.tmp_dir.rglob("*.original")) == []
    assert photos.verify_photos(archive) == []
    assert photos.find_orphans(archive) == [p.path for p in store.ImportWorkdir.abandoned(archive.layout)]
    monkeypatch.setattr(worker, "write_verified", real)
    rest = photos.import_photos(archive, [src], workers=0)
    assert rest.resumed and rest.imported == 3 and _photo_count(archive) == 6


def test_a_database_that_cannot_commit_leaves_no_files(archive, tmp_path, monkeypatch):
    src = tmp_path / "card"
    pf.make_jpeg(src / "a.jpg", (300, 200), seed=1)

    def broken(*args, **kwargs):
        import sqlite3

        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(photos.importing.db_photos, "insert_photo", broken)
    report = photos.import_photos(archive, [src], workers=0)
    assert report.stopped and report.imported == 0
    assert pf.files_under(archive.layout.originals_dir) == []
    assert pf.files_under(archive.layout.thumbnails_dir) == []


def test_not_enough_free_space_is_refused_before_anything(archive, tmp_path, monkeypatch):
    src = tmp_path / "card"
    pf.make_jpeg(src / "a.jpg", (300, 200))
    monkeypatch.setattr(photos.importing.shutil, "disk_usage", lambda path: shutil._ntuple_diskusage(10**9, 10**9, 10**6))
    with pytest.raises(photos.PhotoError, match="not enough free space"):
        photos.import_photos(archive, [src])
    assert _photo_count(archive) == 0 and list(archive.layout.tmp_dir.iterdir()) == []


def test_stray_files_are_found_and_originals_only_moved_aside(archive, tmp_path):
    src = tmp_path / "card"
    pf.make_jpeg(src / "a.jpg", (300, 200), seed=1)
    report = photos.import_photos(archive, [src])
    layout = archive.layout
    stray_original = layout.originals_dir / "ff" / ("f" * 64 + ".jpg")
    pf.write(stray_original, pf.jpeg_bytes((50, 50)))
    stray_thumb = layout.thumbnails_dir / "ee" / ("e" * 64 + "_256.jpg")
    pf.write(stray_thumb, b"x")
    stale = layout.tmp_dir / "photo-import-dead"
    pf.write(stale / "000001.original", b"partial")
    pf.write(stale / "lock", b"")  # nobody holds it: the import that made it is gone
    assert set(photos.find_orphans(archive)) == {stray_original, stray_thumb, stale}
    log = []
    assert photos.clear_orphans(archive, log) == 3
    assert any("moved an original" in line for line in log)
    assert (store.orphans_dir(layout) / stray_original.name).read_bytes() == pf.jpeg_bytes((50, 50))
    assert photos.find_orphans(archive) == []
    assert photos.verify_photos(archive) == []
    assert photos.batch_photo_count(archive, report.batch_id) == 1


def test_an_original_placed_before_its_row_is_reused(archive, tmp_path):
    src = tmp_path / "card"
    data = pf.jpeg_bytes((300, 200), seed=4)
    pf.write(src / "a.jpg", data)
    import hashlib

    sha = hashlib.sha256(data).hexdigest()
    pf.write(archive.layout.originals_dir / sha[:2] / f"{sha}.jpg", data)  # as a kill after the move leaves it
    report = photos.import_photos(archive, [src])
    assert report.imported == 1
    assert not store.orphans_dir(archive.layout).exists()
    assert photos.verify_photos(archive) == []


def test_verify_finds_damage_and_rebuild_makes_thumbnails_again(archive, tmp_path):
    src = tmp_path / "card"
    for i in range(3):
        pf.make_jpeg(src / f"{i}.jpg", (300, 200), seed=i)
    report = photos.import_photos(archive, [src])
    rows = photos.get_photos(archive, report.photo_ids)
    damaged = photos.original_path(archive, rows[0])
    os.chmod(damaged, 0o644)
    damaged.write_bytes(damaged.read_bytes()[:-10] + b"0123456789")
    photos.original_path(archive, rows[1]).unlink()
    thumb = photos.thumbnail_path(archive, rows[2], 1024)
    thumb.unlink()
    problems = photos.verify_photos(archive)
    assert len(problems) == 3
    assert "does not match its hash" in problems[0] and "missing" in problems[1] and "1024 px" in problems[2]
    problems = []
    assert photos.rebuild_thumbnails(archive, problems=problems) == 1 and problems == []
    assert thumb.is_file()
    assert len(photos.verify_photos(archive)) == 2  # originals are never "repaired"


def test_duplicates_the_workers_could_not_see_make_no_empty_batch(archive, tmp_path, monkeypatch):
    src = tmp_path / "card"
    pf.make_jpeg(src / "a.jpg", (300, 200), seed=1)
    first = photos.import_photos(archive, [src], workers=0)
    monkeypatch.setattr(worker, "_known_photo", lambda sha: None)  # as when the lookup is unavailable
    again = photos.import_photos(archive, [src], workers=0)
    assert (again.imported, again.duplicates) == (0, 1) and again.batch_id == first.batch_id
    assert archive.db.execute("SELECT count(*) FROM photo_batches").fetchone()[0] == 1
    assert photos.find_orphans(archive) == [] and photos.verify_photos(archive) == []


def test_empty_or_undecodable_thumbnails_are_found_and_made_again(sample_archive_dir):
    from conftest import run_cli

    with Archive(sample_archive_dir) as archive:
        rows = photos.get_photos(archive, photos.photo_ids(archive, None))[:3]
        empty = photos.thumbnail_path(archive, rows[0], 256)
        garbage = photos.thumbnail_path(archive, rows[1], 1024)
        scrambled = photos.thumbnail_path(archive, rows[2], 256)
    empty.write_bytes(b"")
    garbage.write_bytes(os.urandom(garbage.stat().st_size))
    # the JPEG start and end markers kept, everything in between overwritten: only decoding tells
    data = bytearray(scrambled.read_bytes())
    data[4: len(data) - 2] = b"\x00" * (len(data) - 6)
    scrambled.write_bytes(bytes(data))
    code, out, err = run_cli("check", archive=sample_archive_dir)
    assert code == 1
    problems = [line for line in out.splitlines() if line.startswith("problem:")]
    assert f"problem: photo {rows[0]['id']} ({rows[0]['original_name']}): the 256 px thumbnail is empty" in problems
    assert f"problem: photo {rows[1]['id']} ({rows[1]['original_name']}): the 1024 px thumbnail is not a complete JPEG" in problems
    assert f"problem: photo {rows[2]['id']} ({rows[2]['original_name']}): the 256 px thumbnail cannot be decoded" in problems
    assert len(problems) == 3, problems
    code, out, err = run_cli("check", "--repair", archive=sample_archive_dir)
    assert code == 0, out + err
    assert "3 thumbnail(s) rebuilt" in out
    assert run_cli("check", archive=sample_archive_dir)[0] == 0
    assert empty.stat().st_size > 0


def test_an_import_killed_between_its_files_and_their_rows_leaves_no_stray_file(tmp_path):
    """The originals and thumbnails are placed, then their rows committed: killed in between, the next command
    (check) removes those files again, as the import does itself when its commit fails; check is clean, and
    the rerun stores every photo."""
    from conftest import run_cli

    root = tmp_path / "arch"
    Archive.create(root)[0].close()
    src = tmp_path / "card"
    for i in range(4):
        pf.make_jpeg(src / f"{i:02d}.jpg", (300, 200), seed=i)
    killed = textwrap.dedent(f"""
        import os, signal
        from press_archive.services import photos
        from press_archive.services.archive import Archive
        photos.importing._PhotoImport._write_rows = lambda self, chunk: os.kill(os.getpid(), signal.SIGKILL)
        if __name__ == "__main__":
            photos.import_photos(Archive({str(root)!r}), [{str(src)!r}], workers=1)
    """)
    (tmp_path / "killed.py").write_text(killed)
    done = subprocess.run([sys.executable, str(tmp_path / "killed.py")], capture_output=True, timeout=120)
    assert done.returncode == -9, done.stderr.decode()
    assert pf.files_under(root / "photos" / "originals") and pf.files_under(root / "photos" / "thumbnails")
    code, out, err = run_cli("check", archive=root)
    assert code == 0, out + err
    assert pf.files_under(root / "photos" / "originals") == [] == pf.files_under(root / "photos" / "thumbnails")
    with Archive(root) as arch:
        report = photos.import_photos(arch, [src])
        assert report.imported == 4 and _photo_count(arch) == 4
        assert photos.verify_photos(arch) == [] and photos.find_orphans(arch) == []
