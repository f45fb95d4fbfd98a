"""The archive core's benchmark: importing 50,000 news items and counting by period over 1,000,000 photos.

    .venv/bin/python bench/core_bench.py [--news 50000] [--photos-per-year 85000] [--years 10] [--skip-index]

Each figure comes with a baseline measured in the same run on the same data:
- import: our import service (validation, refs, audit, outbox and counter triggers, one transaction)
  against a bare `executemany` INSERT of the same rows into a table without triggers;
- stats: `stats --by month` through the service against a plain GROUP BY over the photo rows.
Targets (issue 2): import of 50,000 news ≤ 60 s; stats --by month ≤ 50 ms; memory ≤ 300 MB.
"""

from __future__ import annotations

import argparse
import json
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.generate import fill_photo_rows, news_items  # noqa: E402
from press_archive.services.archive import Archive  # noqa: E402
from press_archive.services.imports import import_records  # noqa: E402



def bench_import(work: Path, n: int, words: int, with_index: bool) -> dict:
    rows = list(news_items(n, words=words, seed=7))
    src = work / "news.jsonl"
    with open(src, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")

    base_db = work / "baseline.sqlite3"
    conn = sqlite3.connect(base_db)
    conn.execute("CREATE TABLE news (ref TEXT UNIQUE, title TEXT, date TEXT, body TEXT, tags TEXT, category TEXT)")
    t = time.perf_counter()
    with conn:
        conn.executemany("INSERT INTO news VALUES (?,?,?,?,?,?)",
                         [(r["ref"], r["title"], r["date"], r.get("body"), json.dumps(r.get("tags", []), ensure_ascii=False),
                           r.get("category")) for r in rows])
    baseline = time.perf_counter() - t
    conn.close()

    archive, _ = Archive.create(work / "import-archive")
    t = time.perf_counter()
    report = import_records(archive, "news", [src])
    stored = time.perf_counter() - t
    assert report.imported == n, report.summary()
    t = time.perf_counter()
    again = import_records(archive, "news", [src])
    second = time.perf_counter() - t
    assert again.imported == 0 and again.updated == 0
    out = {"news": n, "stored_s": stored, "baseline_executemany_s": baseline, "ratio": stored / baseline,
           "second_run_s": second}
    if with_index:
        from press_archive.services.indexing import sync_index

        t = time.perf_counter()
        sync_index(archive)
        out["index_s"] = time.perf_counter() - t
        out["stored_and_searchable_s"] = stored + out["index_s"]
    archive.close()
    return out


def bench_stats(work: Path, years: int, per_year: int) -> dict:
    archive, _ = Archive.create(work / "stats-archive")
    db_path = archive.layout.db_path
    archive.close()
    t = time.perf_counter()
    fill_photo_rows(db_path, years=years, per_year=per_year, seed=3)
    fill_s = time.perf_counter() - t
    # The stats run in a fresh process so its memory is its own.
    code = (
        "import json, resource, statistics, sys, time\n"
        "from press_archive.services.archive import Archive\n"
        "from press_archive.services.stats import counts_by_period\n"
        f"a = Archive({str(work / 'stats-archive')!r})\n"
        "res = {}\n"
        "for by in ('year', 'half', 'quarter', 'month', 'week', 'day'):\n"
        "    times = []\n"
        "    for _ in range(7):\n"
        "        t = time.perf_counter(); r = counts_by_period(a, by, compare=True); times.append(time.perf_counter() - t)\n"
        "    res[by] = statistics.median(times) * 1000\n"
        "res['photos'] = r.total['photos']\n"
        # VmHWM, not ru_maxrss: the latter keeps the parent's peak across fork and exec.
        "res['rss_mb'] = int(next(l for l in open('/proc/self/status') if l.startswith('VmHWM')).split()[1]) / 1024\n"
        "print(json.dumps(res))\n"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True)
    ours = json.loads(proc.stdout)
    conn = sqlite3.connect(db_path)
    times = []
    for _ in range(3):
        t = time.perf_counter()
        conn.execute("SELECT substr(date, 1, 7), count(*) FROM photos WHERE deleted_at IS NULL GROUP BY 1").fetchall()
        times.append(time.perf_counter() - t)
    conn.close()
    scan_ms = statistics.median(times) * 1000
    return {"photo_rows": ours["photos"], "fill_s": fill_s, "ms_by": {k: ours[k] for k in ("year", "half", "quarter", "month", "week", "day")},
            "baseline_group_by_scan_ms": scan_ms, "month_ratio_vs_scan": ours["month"] / scan_ms, "rss_mb": ours["rss_mb"]}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--news", type=int, default=50_000)
    parser.add_argument("--words", type=int, default=120)
    parser.add_argument("--years", type=int, default=10)
    parser.add_argument("--photos-per-year", type=int, default=100_000)
    parser.add_argument("--skip-index", action="store_true", help="do not time the search index build after the import")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="press-bench-") as tmp:
        work = Path(tmp)
        imp = bench_import(work, args.news, args.words, not args.skip_index)
        print(f"import {imp['news']} news: {imp['stored_s']:.1f} s stored (target ≤ 60 s); "
              f"bare executemany {imp['baseline_executemany_s']:.2f} s, ratio {imp['ratio']:.1f}x; "
              f"same file again {imp['second_run_s']:.1f} s (changes nothing)")
        if "index_s" in imp:
            print(f"  then searchable: index build {imp['index_s']:.1f} s, total {imp['stored_and_searchable_s']:.1f} s")
        st = bench_stats(work, args.years, args.photos_per_year)
        print(f"stats over {st['photo_rows']:,} photo rows ({args.years} years; filled in {st['fill_s']:.1f} s):")
        print("  " + ", ".join(f"--by {k} {v:.1f} ms" for k, v in st["ms_by"].items()) + " (target ≤ 50 ms)")
        print(f"  baseline GROUP BY scan of the photos: {st['baseline_group_by_scan_ms']:.1f} ms; "
              f"month ratio {st['month_ratio_vs_scan']:.3f}x; peak memory {st['rss_mb']:.0f} MB (target ≤ 300 MB)")


if __name__ == "__main__":
    main()
