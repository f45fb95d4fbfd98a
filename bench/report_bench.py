"""The managers' report over ten years: PDF (and XLSX, CSV) against the stats query alone.

    .venv/bin/python bench/report_bench.py [--years 10] [--photos-per-year 85000] [--archive DIR]

Builds a generated archive (bench/generate.py: news, events, interviews, productions imported through
the service, photo rows put straight into the database, ten years of monthly indicators), then times
in the same run:
- baseline: `counts_by_period(..., compare=True)` over the whole window, the stats query alone;
- the report's data (`build_report`: stats, the previous window, breakdowns, indicators, summary);
- `write_report` as PDF (first call, which starts Qt and loads the fonts, then warm), XLSX and CSV;
- `press-archive report --format pdf` end to end in a fresh process (Python and Qt start-up included).
Target (issue 4): a PDF report of ten years ≤ 3 s.
With --archive DIR the archive is kept there and reused by the next run.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.generate import END_YEAR, fill_photo_rows, generate_files  # noqa: E402
from press_archive.services.archive import Archive  # noqa: E402
from press_archive.services.imports import import_records  # noqa: E402
from press_archive.services.indicators import import_indicators  # noqa: E402
from press_archive.services.reports import build_report, write_report  # noqa: E402
from press_archive.services.stats import counts_by_period  # noqa: E402

TARGET_S = 3.0


def _indicators_csv(path: Path, years: int) -> Path:
    rows = ["month,name,value"]
    for jy in range(END_YEAR - years + 1, END_YEAR + 1):
        for m in range(1, 13):
            k = (jy - END_YEAR + years) * 12 + m
            rows += [f"{jy}/{m:02d},hotline_calls,{30000 + 150 * k + (m % 5) * 900}",
                     f"{jy}/{m:02d},hotline_answered_share,{0.8 + (k % 17) / 100:.3f}",
                     f"{jy}/{m:02d},billboards,{20 + k % 11}",
                     f"{jy}/{m:02d},portal_visits,{200000 + 2000 * k}"]
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    return path


def build_archive(root: Path, years: int, per_year: int) -> float:
    started = time.perf_counter()
    archive, _ = Archive.create(root)
    try:
        files = generate_files(root.parent / "generated", years=years, news_words=30)
        for kind, path in files.items():
            report = import_records(archive, kind, [path])
            print(f"  {kind}: {report.summary()}")
        report = import_indicators(archive, _indicators_csv(root.parent / "indicators.csv", years))
        print(f"  indicators: {report.summary()}")
    finally:
        archive.close()
    filled = fill_photo_rows(root, years=years, per_year=per_year)
    print(f"  photos: {filled['photos']:,} rows in {filled['batches']:,} batches")
    return time.perf_counter() - started


def _median(fn, runs: int = 3) -> tuple[float, object]:
    times, result = [], None
    for _ in range(runs):
        t = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - t)
    return statistics.median(times), result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--years", type=int, default=10)
    parser.add_argument("--photos-per-year", type=int, default=85_000)
    parser.add_argument("--archive", type=Path, help="keep (and reuse) the generated archive here")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="press-report-bench-") as tmp:
        work = Path(tmp)
        root = args.archive or work / "archive"
        if not (root / "archive.sqlite3").is_file():
            print(f"generating {args.years} years into {root} ...")
            print(f"  built in {build_archive(root, args.years, args.photos_per_year):.1f} s")
        archive = Archive(root)
        try:
            first, last = f"{END_YEAR - args.years + 1}/01/01", f"{END_YEAR}/12/29"
            baseline, stats = _median(lambda: counts_by_period(archive, "year", first, last, compare=True), 5)
            data_s, data = _median(lambda: build_report(archive, first, last))
            t = time.perf_counter()
            write_report(archive, work / "cold.pdf", "pdf", first, last)
            cold = time.perf_counter() - t
            pdf_s, _ = _median(lambda: write_report(archive, work / "report.pdf", "pdf", first, last))
            xlsx_s, _ = _median(lambda: write_report(archive, work / "report.xlsx", "xlsx", first, last))
            csv_s, _ = _median(lambda: write_report(archive, work / "report.csv", "csv", first, last))
            pages = subprocess.run(["pdfinfo", str(work / "report.pdf")], capture_output=True, text=True).stdout
            pages = next((line.split()[-1] for line in pages.splitlines() if line.startswith("Pages:")), "?")
        finally:
            archive.close()
        t = time.perf_counter()
        done = subprocess.run([sys.executable, "-m", "press_archive", "--archive", str(root), "report", "--from", first,
                               "--to", last, "--format", "pdf", "--out", str(work / "cli.pdf")],
                              capture_output=True, text=True, cwd=ROOT)
        cli_s = time.perf_counter() - t
        if done.returncode:
            print(done.stderr)

        total = stats.total
        print(f"\nreport of {args.years} years ({first}..{last}, by {data.by}, {len(data.result.periods)} periods): "
              f"{total['news']:,} news, {total['events']:,} events, {total['photos']:,} photos, "
              f"{len(data.indicator_names())} indicators")
        print(f"  baseline, the stats query alone (counts_by_period compare=True): {baseline * 1000:.1f} ms")
        print(f"  report data (stats, previous window, breakdowns, indicators, summary): {data_s * 1000:.0f} ms "
              f"({data_s / baseline:.0f}x the baseline)")
        print(f"  PDF ({pages} pages): {pdf_s:.2f} s warm, {cold:.2f} s first in the process (Qt start, fonts) "
              f"— target ≤ {TARGET_S:.0f} s: {'met' if max(cold, pdf_s) <= TARGET_S else 'MISSED'}")
        print(f"  XLSX {xlsx_s:.2f} s, CSV {csv_s * 1000:.0f} ms")
        print(f"  press-archive report --format pdf, fresh process: {cli_s:.2f} s "
              f"(exit {done.returncode}; target ≤ {TARGET_S:.0f} s: {'met' if cli_s <= TARGET_S else 'MISSED'})")


if __name__ == "__main__":
    main()
