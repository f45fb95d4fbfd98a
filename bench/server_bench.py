"""The shared office archive's benchmark, on a throwaway PostgreSQL cluster started for the run.

    .venv/bin/python bench/server_bench.py [--desks 8] [--news-per-desk 5000] [--photos 1000000] [--desks-checked 8]

- desks: N processes store --news-per-desk news items each into one server archive at once (the import
  service, one transaction per desk, as `import news` stores them), against one process storing all
  N × news-per-desk alone into a fresh archive (target: ≤ 2×). Then each desk's cache catches up from
  the change log, and its index must hold every item (target: all of them, 0 errors shown).
- stats: `stats --by month --compare` through the service over --photos photo rows on the server, in a
  fresh process (target: ≤ 50 ms, as on SQLite), against a plain GROUP BY over the photo rows.

Needs the PostgreSQL 15+ server binaries (Debian `postgresql`), as the tests do.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

from bench.generate import news_items  # noqa: E402
from pg_cluster import Cluster, find_binaries  # noqa: E402

_STORE = (
    "import sys, time\n"
    "from press_archive.services.archive import Archive\n"
    "from press_archive.services.imports import import_records\n"
    "a = Archive(sys.argv[1], cache=sys.argv[2])\n"
    "r = import_records(a, 'news', sys.argv[3:])\n"
    "assert r.rejected == 0, r.summary()\n"
    "print(r.imported)\n"
)


def _desk_files(work: Path, desks: int, per_desk: int) -> list[Path]:
    files = []
    for desk in range(desks):
        path = work / f"desk-{desk}.jsonl"
        with open(path, "w", encoding="utf-8") as f:
            for row in news_items(per_desk, words=120, seed=100 + desk):
                row["ref"] = f"d{desk}-{row['ref']}"
                row.pop("event_ref", None)
                f.write(json.dumps(row, ensure_ascii=False) + "\n")
        files.append(path)
    return files


def _new_archive(cluster: Cluster, work: Path, name: str) -> str:
    from press_archive.storage.server import create_server_archive

    url = cluster.url(cluster.new_database())
    create_server_archive(url, work / f"{name}-share")
    return url


def bench_desks(cluster: Cluster, work: Path, desks: int, per_desk: int, checked: int) -> dict:
    files = _desk_files(work, desks, per_desk)
    alone = _new_archive(cluster, work, "alone")
    t = time.perf_counter()
    subprocess.run([sys.executable, "-c", _STORE, alone, str(work / "alone-cache"), *map(str, files)],
                   check=True, capture_output=True, text=True, cwd=ROOT)
    alone_s = time.perf_counter() - t

    shared = _new_archive(cluster, work, "shared")
    t = time.perf_counter()
    procs = [subprocess.Popen([sys.executable, "-c", _STORE, shared, str(work / f"cache-{i}"), str(f)],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=ROOT)
             for i, f in enumerate(files)]
    outcomes = [p.communicate() + (p.returncode,) for p in procs]
    together_s = time.perf_counter() - t
    errors = [err.strip() for out, err, code in outcomes if code != 0 or err.strip()]
    stored = sum(int(out) for out, _err, code in outcomes if code == 0)

    catch_up_s, found = [], []
    for i in range(min(checked, desks)):
        t = time.perf_counter()
        subprocess.run([sys.executable, "-m", "press_archive", "--archive", shared, "--cache", str(work / f"cache-{i}"),
                        "list", "news", "--limit", "1"], check=True, capture_output=True, text=True, cwd=ROOT)
        catch_up_s.append(time.perf_counter() - t)
        from press_archive.services.archive import Archive

        archive = Archive(shared, cache=work / f"cache-{i}")
        found.append(archive.index.doc_count())
        archive.close()
    return {"desks": desks, "stored": stored, "errors": errors, "alone_s": alone_s, "together_s": together_s,
            "ratio": together_s / alone_s, "catch_up_s": catch_up_s, "found_per_desk": found}


def _fill_photos(url: str, photos: int, years: int) -> None:
    """Photo rows straight into the server (triggers off, counters recounted once after), as bench/generate does
    for SQLite: the figure is the count's, not the fill's."""
    import psycopg

    from press_archive.services.archive import Archive
    from press_archive.storage.counts import rebuild_day_counts
    from press_archive.storage.database import write_transaction

    batches = max(1, photos // 40)
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute("SET session_replication_role = replica")
        conn.execute(
            "INSERT INTO photo_batches(id, title, date, photographer) SELECT g, 'batch ' || g, "
            f"to_char(date '2015-03-21' + (g * {years * 365} / {batches}), 'YYYY-MM-DD'), 'photographer ' || (g % 7) "
            f"FROM generate_series(1, {batches}) g")
        conn.execute(
            "INSERT INTO photos(batch_id, sha256, stored_path, original_name, size_bytes, date) "
            f"SELECT 1 + (g / 40) % {batches}, md5(g::text) || md5((-g)::text), 'xx/' || g || '.jpg', "
            f"'p' || g || '.jpg', 1000, to_char(date '2015-03-21' + (g % {years * 365}), 'YYYY-MM-DD') "
            f"FROM generate_series(1, {photos}) g")
        conn.execute("SET session_replication_role = origin")
        conn.execute("ANALYZE")
    archive = Archive(url)
    with write_transaction(archive.db):
        rebuild_day_counts(archive.db)
    archive.close()


def bench_stats(cluster: Cluster, work: Path, photos: int, years: int) -> dict:
    url = _new_archive(cluster, work, "stats")
    t = time.perf_counter()
    _fill_photos(url, photos, years)
    fill_s = time.perf_counter() - t
    code = (
        "import json, statistics, sys, time\n"
        "from press_archive.services.archive import Archive\n"
        "from press_archive.services.stats import counts_by_period\n"
        f"a = Archive({url!r}, cache={str(work / 'stats-cache')!r})\n"
        "res = {}\n"
        "for by in ('year', 'month', 'day'):\n"
        "    times = []\n"
        "    for _ in range(7):\n"
        "        t = time.perf_counter(); r = counts_by_period(a, by, compare=True); times.append(time.perf_counter() - t)\n"
        "    res[by] = statistics.median(times) * 1000\n"
        "res['photos'] = r.total['photos']\n"
        "print(json.dumps(res))\n"
    )
    ours = json.loads(subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT,
                                     check=True).stdout)
    import psycopg

    times = []
    with psycopg.connect(url) as conn:
        for _ in range(3):
            t = time.perf_counter()
            conn.execute("SELECT substr(date, 1, 7), count(*) FROM photos WHERE deleted_at IS NULL GROUP BY 1").fetchall()
            times.append(time.perf_counter() - t)
    return {"photo_rows": ours["photos"], "fill_s": fill_s, "ms_by": {k: ours[k] for k in ("year", "month", "day")},
            "baseline_group_by_scan_ms": statistics.median(times) * 1000}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--desks", type=int, default=8)
    parser.add_argument("--news-per-desk", type=int, default=5000)
    parser.add_argument("--desks-checked", type=int, default=8, help="desks whose cache catches up and is counted")
    parser.add_argument("--photos", type=int, default=1_000_000)
    parser.add_argument("--years", type=int, default=10)
    parser.add_argument("--skip-desks", action="store_true")
    parser.add_argument("--skip-stats", action="store_true")
    args = parser.parse_args()
    bindir = find_binaries()
    if bindir is None:
        sys.exit("no PostgreSQL 15+ server binaries under /usr/lib/postgresql/*/bin (./dev.sh setup installs them)")
    cluster = Cluster(bindir)
    cluster.start()
    try:
        with tempfile.TemporaryDirectory(prefix="press-server-bench-") as tmp:
            work = Path(tmp)
            if not args.skip_desks:
                d = bench_desks(cluster, work, args.desks, args.news_per_desk, args.desks_checked)
                print(f"{d['desks']} desks storing {args.news_per_desk} news each at once: {d['stored']:,} stored, "
                      f"{len(d['errors'])} errors shown, {d['together_s']:.1f} s; one desk storing all alone: "
                      f"{d['alone_s']:.1f} s; ratio {d['ratio']:.2f}x (target ≤ 2x)")
                for error in d["errors"][:3]:
                    print(f"  error: {error.splitlines()[-1]}")
                print(f"  catch-up per desk: {', '.join(f'{s:.1f} s' for s in d['catch_up_s'])}; "
                      f"index entries per desk: {d['found_per_desk']}")
            if not args.skip_stats:
                s = bench_stats(cluster, work, args.photos, args.years)
                print(f"stats over {s['photo_rows']:,} photo rows on the server (filled in {s['fill_s']:.1f} s): "
                      + ", ".join(f"--by {k} {v:.1f} ms" for k, v in s["ms_by"].items())
                      + f" (target ≤ 50 ms); plain GROUP BY scan {s['baseline_group_by_scan_ms']:.0f} ms")
    finally:
        cluster.stop()


if __name__ == "__main__":
    main()
