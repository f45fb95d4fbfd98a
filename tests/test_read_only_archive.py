"""An archive on a read-only medium (a real read-only bind mount; root passes chmod, so chmod proves
nothing): reading commands work, writing ones say the archive is read-only, exit 2, and change nothing."""

from __future__ import annotations

import hashlib
import json
import shutil

import pytest

from conftest import run_cli


def _fingerprint(folder) -> dict:
    return {str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


def test_a_read_only_archive_reads_and_refuses_writes_plainly(sample_archive_dir, tmp_path, read_only):
    before = _fingerprint(sample_archive_dir)
    ro = read_only(sample_archive_dir)
    with pytest.raises(OSError):
        (ro / "probe").write_text("x")  # the medium really is read-only, even for root
    for command in (["list", "news", "--json"], ["show", "news", "1"], ["search", "شهرداری", "--json"],
                    ["stats", "--by", "month", "--json"], ["history"], ["check"],
                    ["report", "--format", "csv", "--out", str(tmp_path / "r.csv")]):
        code, out, err = run_cli(*command, archive=ro)
        assert code == 0, (command, out, err)
    assert json.loads(run_cli("search", "شهرداری", "--json", archive=ro)[1])["total"] > 0
    news = tmp_path / "n.jsonl"
    news.write_text(json.dumps({"title": "خبر", "date": "1403/01/01"}) + "\n", encoding="utf-8")
    frames = tmp_path / "frames"
    frames.mkdir()
    shutil.copy(next((sample_archive_dir / "photos" / "originals").rglob("*.jpg")), frames / "a.jpg")
    for command in (["import", "news", str(news)], ["delete", "news", "1"], ["photos", "tag", "1", "--add", "x"],
                    ["import", "photos", str(frames)], ["check", "--repair"], ["reindex"]):
        code, out, err = run_cli(*command, archive=ro)
        assert code == 2, (command, out, err)
        assert "is read-only" in err and len(err.strip().splitlines()) == 1, (command, err)
        assert "Error" not in err and "unexpected" not in err
    assert _fingerprint(sample_archive_dir) == before


def test_a_backup_on_a_read_only_medium_is_searched_without_its_index(sample_archive_dir, tmp_path, read_only):
    backup = tmp_path / "backup"
    assert run_cli("backup", str(backup), archive=sample_archive_dir)[0] == 0
    ro = read_only(backup)  # as a backup burnt on a DVD: the database and the originals, no index
    code, out, err = run_cli("search", "شهرداری", "--json", archive=ro)
    assert code == 0, err
    assert json.loads(out)["total"] == json.loads(run_cli("search", "شهرداری", "--json",
                                                          archive=sample_archive_dir)[1])["total"] > 0
    assert run_cli("list", "news", archive=ro)[0] == 0


def test_a_live_archive_copied_to_a_read_only_medium_restores(sample_archive_dir, tmp_path, read_only):
    # A copy of the archive folder itself (its database in WAL mode, no -shm beside it) on a DVD.
    ro = read_only(sample_archive_dir)
    code, out, err = run_cli("restore", str(ro), archive=tmp_path / "restored")
    assert code == 0, err
    assert run_cli("check", archive=tmp_path / "restored")[0] == 0


def test_a_backup_onto_a_read_only_medium_says_so(sample_archive_dir, tmp_path, read_only):
    empty = tmp_path / "dvd"
    empty.mkdir()
    ro = read_only(empty)
    code, out, err = run_cli("backup", str(ro / "backup"), archive=sample_archive_dir)
    assert code == 2 and "is on a read-only disk" in err and "Error" not in err
