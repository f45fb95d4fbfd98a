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


def test_the_outbox_is_pruned_of_what_the_index_applied_and_resumes_exactly(tmp_path):
    from press_archive.services import records
    from press_archive.services.archive import Archive
    from press_archive.services.indexing import PRUNE_BATCH, PRUNE_KEEP, pending_changes, sync_index

    root = tmp_path / "a"
    assert run_cli("init", archive=root)[0] == 0
    n = PRUNE_KEEP + PRUNE_BATCH + 1500
    src = tmp_path / "news.jsonl"
    src.write_text("\n".join(json.dumps({"ref": f"p{i}", "title": f"خبر {i}", "date": "1400/01/01"}, ensure_ascii=False)
                             for i in range(n)) + "\n", encoding="utf-8")
    code, out, err = run_cli("import", "news", str(src), archive=root)  # stores, then brings the index up to date
    assert code == 0, err
    conn = sqlite3.connect(root / DB_NAME)
    kept, first = conn.execute("SELECT count(*), min(seq) FROM change_log").fetchone()
    conn.close()
    assert kept == PRUNE_KEEP and first == n - PRUNE_KEEP + 1
    with Archive(root) as archive:
        assert records.last_change(archive) == n  # numbering goes on past what was pruned
        assert pending_changes(archive) == 0 and sync_index(archive) == 0  # nothing applied twice
        nid = records.resolve(archive, "news", "p0")["id"]
        records.edit_record(archive, "news", nid, {"title": "عنوان تازهٔ پس از هرس"})
        assert pending_changes(archive) == 1
    found = json.loads(run_cli("search", "هرس", "--json", archive=root)[1])
    assert [h["ref"] for h in found["hits"]] == ["p0"]
    assert run_cli("check", archive=root)[0] == 0


def test_photo_rows_written_by_the_benchmark_generator_are_sealed(tmp_path):
    """bench/generate.py writes photo rows straight into the file, as the benchmarks' ten-year archives
    are made: it seals them as an import does, and names their originals where an import puts them.
    (It writes no image files, so `check` names those as missing, and nothing else.)"""
    from bench.generate import fill_photo_rows

    root = tmp_path / "a"
    assert run_cli("init", archive=root)[0] == 0
    fill_photo_rows(root, years=1, per_year=300, seed=5)
    code, out, err = run_cli("check", archive=root)
    problems = [line for line in out.splitlines() if line.startswith("problem:")]
    assert problems and code == 1, out + err
    originals = root / "photos" / "originals"
    for line in problems:
        assert "the original is missing" in line or "thumbnail is missing" in line, line
        if "the original is missing" in line:
            assert Path(line.rsplit(": ", 1)[1]).parent.parent == originals, line
