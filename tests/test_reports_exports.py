"""The managers' report as PDF, XLSX and CSV: every export is opened and read back.

The PDF is turned to text with pdftotext (the Persian words must come out whole) and to a picture with
pdftoppm; the XLSX is read with openpyxl (numbers are numbers, sheets right to left); the CSV with the
csv module (no cell a spreadsheet would run as a formula).
"""

from __future__ import annotations

import csv
import os
import re
import shutil
import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest

from conftest import run_cli
from press_archive.services import records
from press_archive.services.archive import Archive
from press_archive.services.indicators import set_indicator
from press_archive.services.reports import ReportError, build_report, write_report

ARCHIVE_BACKENDS = ("folder", "server")  # about behaviour: both kinds of archive

EVIL = ['=HYPERLINK("http://example.com","x")', "+cmd|' /C calc'!A0", "@SUM(1+1)", "-2+3"]
FROM, TO = "1402/01/01", "1403/12/30"
needs_poppler = pytest.mark.skipif(not shutil.which("pdftotext") or not shutil.which("pdftoppm"),
                                   reason="poppler-utils (pdftotext, pdftoppm) is not installed")


@pytest.fixture(scope="module")
def report_archive(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("reports") / "archive"
    archive, _ = Archive.create(root)
    add = lambda record_kind, **f: records.add_record(archive, record_kind, f)  # noqa: E731
    categories = ["شهری", "فرهنگی", "عمرانی"] + EVIL
    n = 0
    for year in (1401, 1402, 1403):
        for month in range(1, 13):
            for k in range(1 + (year - 1400) * (month % 4)):
                n += 1
                add("news", title=f"خبر شمارهٔ {n}", date=f"{year}/{month:02d}/{1 + k % 28:02d}",
                    category=categories[n % len(categories)], author="=cmd" if n % 11 == 0 else "سارا نوروزی")
            if month % 3 == 0:
                add("events", kind="press_conference", title="نشست خبری شهردار", date=f"{year}/{month:02d}/10")
            add("events", kind="ceremony", title="مراسم افتتاح", date=f"{year}/{month:02d}/15")
            add("productions", kind="tv_programme", date=f"{year}/{month:02d}/05", minutes=40 + month)
            add("productions", kind="radio_programme", date=f"{year}/{month:02d}/06", count=100 + month)
            add("interviews", date=f"{year}/{month:02d}/07", outlet="واحد مرکزی خبر", status="aired", minutes=5)
            set_indicator(archive, f"{year}/{month:02d}", "hotline_calls", 30000 + 1000 * (year - 1400) + month)
            set_indicator(archive, f"{year}/{month:02d}", "hotline_answered_share", 0.85 + month / 200)
    archive.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    archive.close()
    return root


@pytest.fixture
def rarchive(report_archive):
    a = Archive(report_archive)
    yield a
    a.close()


def _plain(text: str) -> str:
    """What a reader copies out of the PDF: presentation forms folded, bidi marks and ZWNJ dropped,
    heh + hamza as the one letter ۀ (Vazirmatn draws them as one glyph)."""
    text = unicodedata.normalize("NFKC", text).replace("\u0647\u0654", "\u06c0")
    return re.sub("[\u200c\u200e\u200f\u202a-\u202e]", "", text)


def _words(text: str) -> str:
    """For comparing words: poppler moves the space around a number in right-to-left lines."""
    return re.sub(r"\s+", "", _plain(text))


# ---------------------------------------------------------------------------
# PDF
# ---------------------------------------------------------------------------

@needs_poppler
def test_pdf_reads_as_persian_text_right_to_left(rarchive, tmp_path):
    out = write_report(rarchive, tmp_path / "report.pdf", "pdf", FROM, TO)
    assert out == tmp_path / "report.pdf" and out.read_bytes().startswith(b"%PDF")
    fonts = subprocess.run(["pdffonts", str(out)], capture_output=True, text=True).stdout
    assert "Vazirmatn" in fonts and all(line.split()[-5] == "yes" for line in fonts.splitlines()[2:] if line.strip())

    text = _plain(subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True, check=True).stdout)
    for words in ("گزارش عملکرد روابط عمومی", "خلاصهٔ گزارش", "تهیه و منتشر شد", "دورهٔ پیشین", "فروردین ۱۴۰۲",
                  "اسفند ۱۴۰۳", "نشستهای خبری", "تماس با مرکز ۱۳۷", "برنامهٔ تلویزیونی", "مصاحبهٔ پخششده",
                  "روند به تفکیک ماه", "جدول ارقام به تفکیک ماه", "اخبار بر پایهٔ دسته"):
        assert _words(words) in _words(text), words
    # The written summary, letter for letter (poppler leaves brackets unmirrored in right-to-left lines).
    summary = build_report(rarchive, FROM, TO).summary
    assert re.sub(r"[\W_]+", "", _plain(summary)) in re.sub(r"[\W_]+", "", text)

    # -layout keeps the columns where they are drawn: the first column is on the right.
    layout = _plain(subprocess.run(["pdftotext", "-layout", "-f", "1", "-l", "2", str(out), "-"],
                                   capture_output=True, text=True, check=True).stdout)
    header = next(line for line in layout.splitlines() if "شاخص" in line and "تغییر" in line)
    # Columns «شاخص | این دوره | دورهٔ پیشین | تغییر» from the right: read left to right, the other way round.
    assert header.index("تغییر") < header.index("پیشین") < header.index("این دوره") < header.index("شاخص")
    row = next(line for line in layout.splitlines() if line.strip().endswith("اخبار"))
    assert re.search("[۰-۹]", row.split("اخبار")[0])  # the figures stand to the left of their label
    footer = next(line for line in layout.splitlines() if "صفحۀ" in line)
    assert footer.index("گزارش عملکرد") > footer.index("از")  # title right, page number left

    # Nothing is drawn outside the page's margins.
    bbox = subprocess.run(["pdftotext", "-bbox", str(out), "-"], capture_output=True, text=True, check=True).stdout
    page_w = float(re.search(r'<page width="([\d.]+)"', bbox).group(1))
    xs = [(float(a), float(b)) for a, b in re.findall(r'<word xMin="([\d.]+)" yMin="[\d.]+" xMax="([\d.]+)"', bbox)]
    assert xs and min(a for a, _ in xs) > 20 and max(b for _, b in xs) < page_w - 20


@needs_poppler
def test_pdf_pages_render(rarchive, tmp_path):
    from PIL import Image

    out = write_report(rarchive, tmp_path / "report.pdf", "pdf", FROM, TO)
    subprocess.run(["pdftoppm", "-png", "-r", "60", str(out), str(tmp_path / "page")], check=True)
    pages = sorted(tmp_path.glob("page-*.png"))
    assert len(pages) >= 4
    first = Image.open(pages[0]).convert("L")
    assert abs(first.width - 496) <= 2 and abs(first.height - 702) <= 2  # A4 at 60 dpi
    # The title is set right to left: its ink reaches the right margin and leaves the left of the line empty.
    title = first.crop((0, 20, first.width, 50)).point(lambda v: 255 if v < 140 else 0)
    left, _, right, _ = title.getbbox()
    assert right > first.width * 0.85 and left > first.width * 0.35


def test_pdf_with_a_year_grouping_and_an_empty_archive(archive, rarchive, tmp_path):
    data = build_report(rarchive, "1401/01/01", "1403/12/30")
    assert data.by == "year" and [p.period.key for p in data.result.periods] == ["1401", "1402", "1403"]
    assert write_report(rarchive, tmp_path / "years.pdf", "pdf", "1401/01/01", "1403/12/30").stat().st_size > 10_000
    empty = write_report(archive, tmp_path / "empty.pdf", "pdf")
    assert empty.stat().st_size > 5_000
    assert "موردی در بایگانی ثبت نشده است" in build_report(archive).summary


# ---------------------------------------------------------------------------
# XLSX
# ---------------------------------------------------------------------------

def test_xlsx_numbers_are_numbers_and_sheets_right_to_left(rarchive, tmp_path):
    from openpyxl import load_workbook

    out = write_report(rarchive, tmp_path / "report.xlsx", "xlsx", FROM, TO)
    wb = load_workbook(out)
    names = wb.sheetnames
    assert names[:3] == ["خلاصه", "دوره‌ها", "شاخص‌ها"]
    assert {"نوع رویداد", "دستهٔ خبر", "وضعیت مصاحبه", "نوع تولید"} <= set(names)
    for ws in wb.worksheets:
        assert ws.sheet_view.rightToLeft is True, ws.title
        for row in ws.iter_rows():
            for cell in row:
                assert cell.data_type != "f", (ws.title, cell.coordinate, cell.value)

    periods = wb["دوره‌ها"]
    header = [c.value for c in periods[1]]
    assert header[:4] == ["دوره", "عنوان", "از", "تا"] and "اخبار" in header
    news_col = header.index("اخبار")
    rows = list(periods.iter_rows(min_row=2, values_only=True))
    assert [r[0] for r in rows[:2]] == ["1402-01", "1402-02"] and rows[0][1] == "فروردین ۱۴۰۲" and len(rows) == 25
    assert rows[-1][0] == "جمع"
    assert all(isinstance(r[news_col], int) for r in rows)
    assert sum(r[news_col] for r in rows[:-1]) == rows[-1][news_col] == build_report(rarchive, FROM, TO).result.total["news"]

    summary = wb["خلاصه"]
    values = [c for row in summary.iter_rows(values_only=True) for c in row if c is not None]
    assert any(isinstance(v, str) and "تهیه و منتشر شد" in v for v in values)
    key_rows = {r[0]: r for r in summary.iter_rows(values_only=True) if r[0] in ("اخبار", "پاسخ بی‌درنگ ۱۳۷")}
    assert isinstance(key_rows["اخبار"][1], int) and isinstance(key_rows["اخبار"][3], float)
    assert 0 < key_rows["پاسخ بی‌درنگ ۱۳۷"][1] < 1

    categories = wb["دستهٔ خبر"]
    texts = [r[0] for r in categories.iter_rows(min_row=3, values_only=True)]
    assert "'" + EVIL[0] in texts and EVIL[0] not in texts
    assert all(isinstance(r[1], int) for r in categories.iter_rows(min_row=3, values_only=True))


# ---------------------------------------------------------------------------
# CSV
# ---------------------------------------------------------------------------

def test_csv_opens_safely_in_a_spreadsheet(rarchive, tmp_path):
    out = write_report(rarchive, tmp_path / "report.csv", "csv", FROM, TO)
    assert out.read_bytes().startswith(b"\xef\xbb\xbf")  # the BOM Excel needs to read UTF-8
    with out.open(encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f))
    assert rows[0] == ["section", "period", "from", "to", "metric", "label", "value", "previous", "growth"]
    body = rows[1:]
    for row in body:
        for cell in row:
            if cell[:1] in ("=", "+", "-", "@", "\t", "\r"):
                float(cell)  # only a number may start like a formula
        float(row[6])  # every value is a number
        for cell in row[7:]:
            assert cell == "" or float(cell) >= 0
    sections = {r[0] for r in body}
    assert sections == {"total", "period", "indicator_total", "indicator", "breakdown"}
    total_news = next(r for r in body if r[0] == "total" and r[4] == "news")
    assert total_news[5] == "اخبار" and int(total_news[6]) == build_report(rarchive, FROM, TO).result.total["news"]
    labels = [r[5] for r in body if r[0] == "breakdown" and r[4] == "category"]
    assert "'" + EVIL[0] in labels and "'@SUM(1+1)" in labels and "'+cmd|' /C calc'!A0" in labels
    assert "-2+3" not in labels and "'-2+3" in labels
    assert [r[1] for r in body if r[0] == "period" and r[4] == "news"][:2] == ["1402-01", "1402-02"]


# ---------------------------------------------------------------------------
# The service's contract and the command line
# ---------------------------------------------------------------------------

def test_bad_calls_write_nothing(rarchive, tmp_path):
    with pytest.raises(ReportError, match="unknown report format"):
        write_report(rarchive, tmp_path / "r.doc", None)
    with pytest.raises(ReportError, match="does not exist"):
        write_report(rarchive, tmp_path / "no" / "r.pdf", "pdf")
    with pytest.raises(ReportError, match="is a folder"):
        write_report(rarchive, tmp_path, "pdf")
    with pytest.raises(ValueError):
        write_report(rarchive, tmp_path / "r.pdf", "pdf", "1403/12/31", None)  # 1403 has Esfand 30, not 31
    with pytest.raises(ValueError):
        write_report(rarchive, tmp_path / "r.pdf", "pdf", "1403/01/01", "1402/01/01")
    assert list(tmp_path.iterdir()) == []


def test_progress_and_cancel(rarchive, tmp_path):
    seen = []
    assert write_report(rarchive, tmp_path / "r.xlsx", progress=lambda d, t: seen.append((d, t))) == tmp_path / "r.xlsx"
    assert seen[0] == (0, 5) and seen[-1] == (5, 5)
    assert write_report(rarchive, tmp_path / "c.pdf", "pdf", cancelled=lambda: True) is None
    assert [p.name for p in tmp_path.iterdir()] == ["r.xlsx"]  # nothing half-written left behind


def test_cli_report(report_archive, tmp_path):
    code, out, err = run_cli("report", "--from", FROM, "--to", TO, "--format", "csv", "--out", str(tmp_path / "r.csv"),
                             archive=report_archive)
    assert code == 0 and "r.csv" in out and err == ""
    code, out, err = run_cli("report", "--out", str(tmp_path / "r.xlsx"), archive=report_archive)
    assert code == 0 and (tmp_path / "r.xlsx").is_file()
    for args, message in [
        (["--from", "1403/13/01", "--out", str(tmp_path / "x.pdf")], "month must be 1-12"),
        (["--from", "1403/05/01", "--to", "1403/01/01", "--out", str(tmp_path / "x.pdf")], "window is empty"),
        (["--format", "pdf", "--out", str(tmp_path / "missing" / "x.pdf")], "does not exist"),
        (["--format", "pdf", "--out", str(tmp_path)], "is a folder"),
        (["--out", str(tmp_path / "x.txt")], "--format is needed"),
    ]:
        code, out, err = run_cli("report", *args, archive=report_archive)
        assert code == 2 and message in err and err.count("\n") == 1 and "Traceback" not in err, (args, err)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["r.csv", "r.xlsx"]


def test_cli_report_pdf_without_a_display(report_archive, tmp_path):
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    out = tmp_path / "r.pdf"
    done = subprocess.run([sys.executable, "-m", "press_archive", "--archive", str(report_archive), "report",
                           "--from", FROM, "--to", TO, "--format", "pdf", "--out", str(out)],
                          capture_output=True, text=True, env=env, timeout=120)
    assert done.returncode == 0, done.stderr
    assert out.read_bytes().startswith(b"%PDF")
