"""The search index between processes and after damage: one writer at a time, damage found by checksums,
and a search over a damaged index answers from the database while the index is rebuilt."""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path

from conftest import run_cli


def _cli(root: Path, *args: str) -> list[str]:
    return [sys.executable, "-m", "press_archive", "--archive", str(root), *args]


def _news_file(path: Path, prefix: str, n: int) -> Path:
    path.write_text("\n".join(json.dumps({"ref": f"{prefix}{i}", "title": f"خبر {prefix} شمارهٔ {i}",
                                          "date": "1400/01/01"}, ensure_ascii=False) for i in range(n)) + "\n",
                    encoding="utf-8")
    return path


def test_two_imports_started_together_on_a_new_archive_both_succeed(tmp_path):
    files = [_news_file(tmp_path / f"{p}.jsonl", p, 300) for p in ("alef", "be")]
    for round_ in range(3):
        root = tmp_path / f"a{round_}"
        assert run_cli("init", archive=root)[0] == 0
        procs = [subprocess.Popen(_cli(root, "import", "news", str(f)), stdout=subprocess.PIPE,
                                  stderr=subprocess.PIPE, text=True) for f in files]
        for proc in procs:
            out, err = proc.communicate(timeout=300)
            assert proc.returncode == 0, err
            assert "imported 300" in out
        for prefix in ("alef", "be"):
            found = json.loads(run_cli("search", f"title:{prefix}", "--json", "--limit", "1", archive=root)[1])
            assert found["total"] == 300
        code, out, err = run_cli("check", archive=root)
        assert code == 0, out + err


WORDS = ("شهردار نوروز سامانه بوستان نشست خبری شهرداری ترافیک قطار پسماند رسانه روابط عمومی مدیر منطقه "
         "شورا هیئت کازان ایروان فرهنگسرا گذرگاه درخواست").split()


def _flip_bytes(index_dir: Path) -> Path:
    """Bytes changed in place in the biggest term file, its size kept (what a bad sector or a stray write does)."""
    target = max(index_dir.glob("*.trm"), key=lambda p: p.stat().st_size)
    data = bytearray(target.read_bytes())
    start = int(len(data) * 0.3)
    for i in range(start, start + 2000):
        data[i] ^= 0xA5
    target.write_bytes(bytes(data))
    return target


def _wait_for_rebuild(root: Path) -> None:
    from press_archive.search.lock import is_locked

    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        if not (root / "index" / "DAMAGED").exists() and not is_locked(root / "index.lock"):
            return
        time.sleep(0.1)
    raise AssertionError("the background rebuild did not finish")


def test_index_bytes_changed_in_place_are_named_by_check_and_repaired(sample_archive_dir):
    root = sample_archive_dir
    damaged = _flip_bytes(root / "index")
    code, out, err = run_cli("check", archive=root)
    assert code == 1
    assert f"problem: search index: the file {damaged.name} is damaged" in out
    code, out, err = run_cli("check", "--repair", archive=root)
    assert code == 0, out + err
    assert run_cli("check", archive=root)[0] == 0


def test_a_search_over_a_damaged_index_answers_from_the_database_while_it_is_rebuilt(sample_archive_dir):
    from press_archive.services.archive import Archive
    from press_archive.services.search import REBUILDING_NOTE, search

    root = sample_archive_dir
    with Archive(root) as archive:
        before = {w: search(archive, w, limit=100).total for w in WORDS}
    _flip_bytes(root / "index")
    noted = []
    with Archive(root) as archive:
        for word in WORDS:
            result = search(archive, word, limit=100)
            if result.note:
                assert result.note == REBUILDING_NOTE
                assert result.total > 0 and all(h.title for h in result.hits)
                noted.append(word)
    assert noted, "the damage never reached a search"
    # the command line too: never exit 3, the note on stderr
    proc = subprocess.run(_cli(root, "search", noted[0]), capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr
    _wait_for_rebuild(root)
    with Archive(root) as archive:
        after = {w: search(archive, w, limit=100) for w in WORDS}
    assert {w: r.total for w, r in after.items()} == before
    assert not any(r.note for r in after.values())
    assert run_cli("check", archive=root)[0] == 0


def test_what_a_writer_killed_after_its_commit_left_is_cleared_by_the_next_command(tmp_path):
    """Whoosh spills postings into `index/MAIN.tmp` and removes it after writing its table of contents: an
    import killed in between leaves the folder, committed index and all. The next command clears it, even
    when the index has nothing to catch up (no writer runs then, so Whoosh would not)."""
    root = tmp_path / "archive"
    assert run_cli("init", archive=root)[0] == 0
    assert run_cli("import", "news", str(_news_file(tmp_path / "first.jsonl", "first", 5)), archive=root)[0] == 0
    news = _news_file(tmp_path / "n.jsonl", "kill", 20)
    killed = (
        "import os, signal, sys, whoosh.writing\n"
        "whoosh.writing.SegmentWriter._finish = lambda self: os.kill(os.getpid(), signal.SIGKILL)\n"
        "from press_archive.cli.main import main\n"
        f"main(['--archive', {str(root)!r}, 'import', 'news', {str(news)!r}])\n"
    )
    proc = subprocess.run([sys.executable, "-c", killed], capture_output=True, text=True, timeout=120)
    assert proc.returncode == -9, proc.stderr
    scratch = root / "index" / "MAIN.tmp"
    assert scratch.is_dir()
    code, out, err = run_cli("check", archive=root)
    assert code == 0, out + err
    assert not scratch.exists()
    assert json.loads(run_cli("search", "title:kill", "--json", archive=root)[1])["total"] == 20
