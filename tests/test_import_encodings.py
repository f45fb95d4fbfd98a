"""Files from Excel on a Persian Windows machine: "CSV" (Windows-1256) and "Unicode text" (UTF-16, tabs)."""

from __future__ import annotations

import json

from conftest import run_cli
from press_archive.services import records
from press_archive.services.archive import Archive

ARCHIVE_BACKENDS = ("folder", "server")  # about behaviour: both kinds of archive

ROWS = [("w1", "نشست خبری شهردار، گزارش ویژه", "1402/01/01"),
        ("w2", 'مراسم "پل" چهارراه گل‌ها', "1402/01/02")]


def _cp1256_csv() -> bytes:
    lines = ["ref,title,date,notes_for_me"] + [f'{r},"{t.replace(chr(34), chr(34) * 2)}",{d},' for r, t, d in ROWS]
    text = "\r\n".join(lines) + "\r\n"
    # Windows-1256 has no Persian yeh: Excel writes the Arabic one, as this does.
    return text.replace("ی", "ي").encode("cp1256")


def _titles(archive_dir) -> dict[str, str]:
    with Archive(archive_dir) as a:
        return {r["ref"]: r["title"] for r in records.list_records(a, "news", limit=100)}


def test_a_windows_1256_csv_from_excel_is_read_and_said_so(archive_dir, tmp_path):
    f = tmp_path / "اخبار.csv"
    data = _cp1256_csv()
    try:
        data.decode("utf-8")
        raise AssertionError("the test file must not be UTF-8")
    except UnicodeDecodeError:
        pass
    f.write_bytes(data)
    code, out, err = run_cli("import", "news", str(f), "--json", archive=archive_dir)
    assert code == 0, err
    report = json.loads(out)
    assert report["imported"] == 2 and report["encodings"] == {str(f): "Windows-1256"}
    assert "read as Windows-1256" in err
    assert "unknown field 'notes_for_me' ignored" in err  # the unknown column is named once
    assert err.count("notes_for_me") == 1
    titles = _titles(archive_dir)
    assert titles["w1"] == "نشست خبری شهردار، گزارش ویژه".replace("ی", "ي")
    assert titles["w2"] == 'مراسم "پل" چهارراه گل‌ها'.replace("ی", "ي")
    code, out, err = run_cli("search", "گزارش ویژه", archive=archive_dir)  # found with the Persian yeh typed
    assert "1 found" in out


def test_utf16_tab_separated_unicode_text_is_read(archive_dir, tmp_path):
    f = tmp_path / "news.txt"
    text = "ref\ttitle\tdate\r\n" + "".join(f"{r}\t{t}\t{d}\r\n" for r, t, d in ROWS)
    f.write_bytes(text.encode("utf-16"))  # with a byte-order mark, as Excel writes it
    code, out, err = run_cli("import", "news", str(f), "--json", archive=archive_dir)
    assert code == 0, err
    assert json.loads(out)["encodings"] == {str(f): "UTF-16"}
    assert _titles(archive_dir) == {r: t for r, t, _ in ROWS}


def test_bytes_that_are_neither_utf8_nor_persian_are_still_refused(archive_dir, tmp_path):
    f = tmp_path / "latin.csv"
    f.write_bytes("ref,title,date\r\nl1,Café crème à la française,1402/01/01\r\n".encode("latin-1"))
    code, out, err = run_cli("import", "news", str(f), archive=archive_dir)
    assert code == 2 and "is not UTF-8" in err


def test_the_import_dialog_shows_how_a_file_was_read_in_persian(tmp_path):
    import pytest

    pytest.importorskip("PySide6")
    from press_archive.services.imports import ImportProblem, ImportReport
    from press_archive.ui.import_dialog import ImportDialog, problems_of

    report = ImportReport(warnings=[ImportProblem("a.csv", None, None, "read as Windows-1256 (Excel's \"CSV\"), not UTF-8")])
    assert [p["message"] for p in problems_of(report)] == [report.warnings[0].message]
    shown = ImportDialog._problem(report.warnings[0].message)
    assert "Windows-1256" in shown


def test_utf8_persian_with_one_damaged_byte_is_not_taken_for_windows_1256(archive_dir, tmp_path):
    data = bytearray("ref,title,date\r\nd1,نشست خبری شهردار دربارهٔ بودجهٔ شهر,1402/01/01\r\n".encode("utf-8"))
    data[30] = 0xFF  # inside a Persian letter
    f = tmp_path / "damaged.csv"
    f.write_bytes(bytes(data))
    code, out, err = run_cli("import", "news", str(f), archive=archive_dir)
    assert code == 2 and "is not UTF-8" in err
