"""A full disk (a real small tmpfs) during a record import, a backup or a reindex: one plain line that
says the disk is full and where, exit 2, nothing half written; the same command completes once space
is freed."""

from __future__ import annotations

import json
import shutil
import sqlite3
import subprocess

import pytest

from conftest import run_cli


@pytest.fixture
def small_disk(tmp_path):
    mounted = []

    def mount(size: str):
        mnt = tmp_path / f"disk-{len(mounted)}"
        mnt.mkdir()
        done = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(mnt)], capture_output=True)
        if done.returncode:
            pytest.skip(f"cannot mount a tmpfs here (needs root and mount rights): {done.stderr.decode().strip()}")
        mounted.append(mnt)
        return mnt

    yield mount
    for mnt in mounted:
        subprocess.run(["umount", str(mnt)], check=True)


def _fill(disk, leave: int = 0):
    """Fill the disk up to `leave` bytes free; the filler file is returned to free the space again."""
    filler = disk / "filler"
    free = shutil.disk_usage(disk).free
    with open(filler, "wb") as f:
        try:
            f.write(bytes(max(free - leave, 0)))
        except OSError:
            pass
    return filler


def _news_file(path, n: int, tag: str):
    path.write_text("\n".join(json.dumps({"ref": f"{tag}{i}", "title": f"خبر شمارهٔ {i}", "date": "1402/01/01",
                                          "body": "متن خبر روابط عمومی شهرداری " * 40}, ensure_ascii=False)
                              for i in range(n)) + "\n", encoding="utf-8")
    return path


def _news_count(root) -> int:
    conn = sqlite3.connect(root / "archive.sqlite3")
    try:
        return conn.execute("SELECT count(*) FROM news_items").fetchone()[0]
    finally:
        conn.close()


def _assert_disk_full_message(err, where):
    assert "the disk is full at" in err and str(where) in err, err
    assert len(err.strip().splitlines()) == 1 and "Error" not in err and "unexpected" not in err, err


def test_a_record_import_on_a_full_disk(small_disk, tmp_path):
    disk = small_disk("64m")
    root = disk / "archive"
    assert run_cli("init", archive=root)[0] == 0
    news = _news_file(tmp_path / "n.jsonl", 3000, "a")  # about 7 MB of rows
    filler = _fill(disk, leave=2 * 1024 * 1024)
    code, out, err = run_cli("import", "news", str(news), archive=root)
    assert code == 2
    _assert_disk_full_message(err, root)
    assert _news_count(root) == 0
    filler.unlink()
    code, out, err = run_cli("import", "news", str(news), archive=root)
    assert code == 0, err
    assert _news_count(root) == 3000
    assert run_cli("check", archive=root)[0] == 0


def test_a_backup_onto_a_full_disk(small_disk, sample_archive_dir):
    disk = small_disk("8m")
    dest = disk / "backup"
    filler = _fill(disk, leave=1024 * 1024)  # the sample's originals need more than this
    code, out, err = run_cli("backup", str(dest), archive=sample_archive_dir)
    assert code == 2
    _assert_disk_full_message(err, dest)
    assert sorted(p.name for p in dest.rglob("*.partial")) == [] and not (dest / "archive.sqlite3").exists()
    filler.unlink()
    code, out, err = run_cli("backup", str(dest), archive=sample_archive_dir)
    assert code == 0, err
    restored = disk.parent / "restored"
    assert run_cli("restore", str(dest), archive=restored)[0] == 0
    assert run_cli("check", archive=restored)[0] == 0


def test_a_reindex_on_a_full_disk_keeps_the_old_index(small_disk, sample_archive_dir):
    disk = small_disk("64m")
    root = disk / "archive"
    shutil.copytree(sample_archive_dir, root)
    news = _news_file(disk.parent / "n.jsonl", 2000, "r")
    assert run_cli("import", "news", str(news), archive=root)[0] == 0
    filler = _fill(disk, leave=256 * 1024)
    code, out, err = run_cli("reindex", archive=root)
    assert code == 2
    _assert_disk_full_message(err, root)
    assert not (root / "index.new").exists()
    filler.unlink()
    assert json.loads(run_cli("search", "شمارهٔ", "--json", archive=root)[1])["total"] == 2000
    code, out, err = run_cli("reindex", archive=root)
    assert code == 0, err
    assert run_cli("check", archive=root)[0] == 0

