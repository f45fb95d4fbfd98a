"""`check` reports what is really wrong: work a killed process left pending is caught up first."""

from __future__ import annotations

import json
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from conftest import run_cli
from press_archive.search.index import SearchIndex
from press_archive.storage.archive import DB_NAME


def _cli(root: Path, *args: str) -> list[str]:
    return [sys.executable, "-m", "press_archive", "--archive", str(root), *args]


def test_check_right_after_init_is_clean(tmp_path):
    root = tmp_path / "a"
    assert run_cli("init", archive=root)[0] == 0
    code, out, err = run_cli("check", archive=root)
    assert code == 0, out + err
    assert "archive is clean" in out


def test_check_after_an_import_killed_before_its_index_caught_up_is_clean(tmp_path):
    root = tmp_path / "a"
    assert run_cli("init", archive=root)[0] == 0
    rows = [{"ref": f"k{i}", "title": f"خبر شمارهٔ {i}", "date": "1400/01/01", "body": "متن خبر " * 40}
            for i in range(6000)]
    src = tmp_path / "news.jsonl"
    src.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\n", encoding="utf-8")
    proc = subprocess.Popen(_cli(root, "import", "news", str(src)), stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 120
    stored = 0
    while time.monotonic() < deadline and proc.poll() is None:
        # the rows are committed in one transaction; the index follows them afterwards
        conn = sqlite3.connect(f"file:{root / DB_NAME}?mode=ro", uri=True)
        try:
            stored = conn.execute("SELECT count(*) FROM news_items").fetchone()[0]
        except sqlite3.OperationalError:
            stored = 0
        finally:
            conn.close()
        if stored:
            break
        time.sleep(0.01)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    assert stored == len(rows)
    conn = sqlite3.connect(root / DB_NAME)
    last = conn.execute("SELECT max(seq) FROM change_log").fetchone()[0]
    conn.close()
    index = SearchIndex(root / "index")
    assert index.applied_seq() < last  # the kill did leave work pending
    index.close()
    check = subprocess.run(_cli(root, "check"), capture_output=True, text=True)
    assert check.returncode == 0, check.stdout + check.stderr
    assert "archive is clean" in check.stdout
    found = subprocess.run(_cli(root, "search", "شمارهٔ", "--json"), capture_output=True, text=True)
    assert json.loads(found.stdout)["total"] == len(rows)
