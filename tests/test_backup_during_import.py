"""A backup taken while an import runs restores to a consistent archive with byte-identical originals."""

from __future__ import annotations

import hashlib
import json
import subprocess
import sys
import time

from conftest import run_cli
from photo_factory import make_jpeg
from press_archive.services import records
from press_archive.services.archive import Archive
from press_archive.services.care import check_archive
from press_archive.services.search import search


def _sha(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_backup_while_importing_then_restore(archive_dir, tmp_path):
    frames = tmp_path / "frames"
    for i in range(30):
        make_jpeg(frames / f"f{i:02d}.jpg", size=(1200, 800), seed=i)
    news = tmp_path / "news.jsonl"
    news.write_text("\n".join(json.dumps({"ref": f"b{i}", "title": f"نشست خبری شمارهٔ {i}", "date": "1403/02/01"},
                                         ensure_ascii=False) for i in range(3000)), encoding="utf-8")
    cli = [sys.executable, "-m", "press_archive", "--archive", str(archive_dir)]
    photos = subprocess.Popen(cli + ["import", "photos", str(frames), "--ref", "during"], stdout=subprocess.DEVNULL,
                              stderr=subprocess.DEVNULL)
    imports = subprocess.Popen(cli + ["import", "news", str(news)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    time.sleep(0.5)
    code, out, err = run_cli("backup", str(tmp_path / "backup"), archive=archive_dir)
    assert code == 0, err
    photos.wait(120)
    imports.wait(120)

    restored = tmp_path / "restored"
    code, out, err = run_cli("restore", str(tmp_path / "backup"), archive=restored)
    assert code == 0, err
    with Archive(restored) as r, Archive(archive_dir) as live:
        assert check_archive(r).clean
        n = records.count(r, "news")
        assert n in (0, 3000)  # the news file is one transaction: all of it or none
        for rel, sha in r.db.execute("SELECT stored_path, sha256 FROM photos"):
            assert _sha(restored / "photos" / "originals" / rel) == sha == _sha(archive_dir / "photos" / "originals" / rel)
        backed_up = {row[0] for row in r.db.execute("SELECT sha256 FROM photos")}
        assert backed_up <= {row[0] for row in live.db.execute("SELECT sha256 FROM photos")}
        if n:
            assert search(r, "نشست خبری", types=["news"]).total == 3000
