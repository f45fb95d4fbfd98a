"""The search index between processes and after damage: one writer at a time, damage found by checksums,
and a search over a damaged index answers from the database while the index is rebuilt."""

from __future__ import annotations

import json
import subprocess
import sys
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
