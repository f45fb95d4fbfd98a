"""The services' plain lines, in the user's language where the window shows them (issue 11, "Must hold"):
a read-only archive, an import with bad lines, a check that finds problems, in Persian, with Persian digits,
never an exception's class name; the command line keeps its English line."""

from __future__ import annotations

import json
import re

import pytest

pytest.importorskip("PySide6")
pytestmark = pytest.mark.timeout(120)

from ui_fixtures import (  # noqa: E402,F401
    persian_app,
    photos_required,
    search_in_window,
    session,
    ui_archive,
    ui_settings,
    wait_for_writes,
    window,
)

LATIN_WORDS = re.compile(r"[A-Za-z]{4,}")


def _status_texts(window) -> list[str]:
    from PySide6.QtWidgets import QLabel

    return [window.statusBar().currentMessage()] + [w.text() for w in window.statusBar().findChildren(QLabel)]


def test_a_read_only_archive_in_the_window_says_so_in_persian(persian_app, sample_archive_dir, read_only,
                                                              ui_settings, qtbot):
    from press_archive.services import records
    from press_archive.services.archive import Archive
    from press_archive.ui.main_window import MainWindow
    from press_archive.ui.session import Session

    ro = read_only(sample_archive_dir)
    archive = Archive(ro)
    session = Session(archive)
    window = MainWindow(session, ui_settings)
    qtbot.addWidget(window)
    window.show()
    try:
        assert any("فقط‌خواندنی" in t for t in _status_texts(window)), _status_texts(window)
        said = []
        session.status.connect(said.append)
        news_id = records.list_records(archive, "news", limit=1)[0]["id"]
        session.run_write(lambda a: records.delete_record(a, "news", news_id))
        wait_for_writes(qtbot, session)
        assert said and "فقط‌خواندنی" in said[-1] and "read-only" not in said[-1], said
        assert "Error" not in said[-1] and "OperationalError" not in said[-1]
        assert str(ro) in said[-1]  # the place, kept left to right inside the Persian line
    finally:
        window.close()
        session.shutdown()
        archive.close()


def test_an_import_with_bad_lines_lists_them_in_persian(session, qtbot, tmp_path):
    from press_archive.ui.import_dialog import ImportDialog

    bad = tmp_path / "bad.csv"
    bad.write_text('ref,title,date\nn1,a,1402/01/01\nn2,"bad"q,1402/01/02\nn3,c,9999-12-31\nn4,,1402/01/04\n'
                   "n5,e,1402/13/01\n", encoding="utf-8")
    dialog = ImportDialog(session, kind="news")
    qtbot.addWidget(dialog)
    dialog.add_paths([str(bad)])
    dialog.start()
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=60000)
    rows = {dialog.errors.item(r, 1).text(): dialog.errors.item(r, 3).text() for r in range(dialog.errors.rowCount())}
    assert set(rows) == {"۳", "۴", "۵", "۶"}, rows  # line numbers in Persian digits
    assert "CSV نادرست" in rows["۳"] and "سطرهای پس از آن خوانده شدند" in rows["۳"]
    assert "بیرون از سال‌هایی" in rows["۴"] and "۱۲۰۰ تا ۱۶۰۰" in rows["۴"]
    assert "لازم است" in rows["۵"]
    assert rows["۶"] == "1402/13/01 تاریخ نیست: ماه باید از ۱ تا ۱۲ باشد"
    for text in list(rows.values())[:3]:
        assert not LATIN_WORDS.search(text.replace("CSV", "")), text  # no English left in the line
    assert "Error" not in " ".join(rows.values())


def test_a_photo_import_lists_the_files_it_refused_in_persian(session, photos_required, qtbot, tmp_path):
    from ui_fixtures import make_photos

    from press_archive.ui.import_dialog import ImportDialog

    card = tmp_path / "card"
    make_photos(card, 2)
    (card / "empty.jpg").write_bytes(b"")
    (card / "notes.jpg").write_text("caption list for the photographer\n", encoding="utf-8")
    dialog = ImportDialog(session, kind="photos")
    qtbot.addWidget(dialog)
    dialog.add_paths([str(card)])
    dialog.start()
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=60000)
    rows = {dialog.errors.item(r, 0).text().strip("\u200e\u200f"): dialog.errors.item(r, 3).text()
            for r in range(dialog.errors.rowCount())}
    assert rows == {"empty.jpg": "تصویر نیست: پرونده خالی است (۰ بایت)", "notes.jpg": "تصویر نیست: متن دارد"}, rows


def test_check_problems_in_persian_beside_the_english_command_line(window, qtbot):
    from conftest import run_cli

    archive = window.session.archive
    archive.db.execute("UPDATE day_counts SET n = n + 5 WHERE day = (SELECT min(day) FROM day_counts)")
    code, out, _err = run_cli("check", "--json", archive=archive.root)
    assert code == 1
    (line,) = [p for p in json.loads(out)["problems"] if p.startswith("period counters: ")]
    days = int(re.fullmatch(r"period counters: (\d+) day\(s\) out of step with the records", line).group(1))
    asked = []
    reports = []
    window.check_archive(reports.append, ask=lambda text, details: asked.append(details) or False)
    qtbot.waitUntil(lambda: bool(reports), timeout=60000)
    persian_days = str(days).translate(str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹"))
    assert asked and f"شمارنده‌های دوره: {persian_days} روز با رکوردها هم‌خوان نیست" in asked[0], asked


def test_a_refused_backup_from_the_file_menu_says_why_in_persian(window, qtbot, tmp_path):
    dest = tmp_path / "documents"
    dest.mkdir()
    (dest / "letter.txt").write_text("not a backup", encoding="utf-8")
    said, results = [], []
    window.session.status.connect(said.append)
    window.back_up(dest, results.append)
    qtbot.waitUntil(lambda: bool(results), timeout=60000)
    assert results == [None]
    assert "خالی نیست و پشتیبان پیشینی هم ندارد؛ پوشه‌ای خالی برگزینید" in said[-1], said
    assert "is not empty" not in said[-1] and "BackupError" not in said[-1]


def test_a_full_disk_is_said_in_persian_with_its_place(persian_app):
    from pathlib import Path

    from press_archive.storage.database import DiskFull
    from press_archive.ui.messages import say

    error = DiskFull(Path("/media/full"))
    assert say(error) == "دیسک در \u2066/media/full\u2069 پر است؛ چیزی نیمه‌کاره نوشته نشد؛ کمی جا باز کنید و دوباره اجرا کنید"
    assert str(error).startswith("the disk is full at /media/full")  # the command line's line, unchanged


def test_values_keep_their_format_in_persian_digits(persian_app):
    """A padded number keeps its padding and a fraction its digits, in Persian digits (a template without a
    translation is shown as written)."""
    from press_archive.domain.messages import said
    from press_archive.ui.messages import say

    line = said("month {month:02d} has {share} of {count:,} items", month=5, share=2.5, count=12000)
    assert str(line) == "month 05 has 2.5 of 12,000 items"
    assert say(line) == "month ۰۵ has ۲.۵ of ۱۲٬۰۰۰ items"


def test_the_search_view_says_when_results_come_from_the_database_during_a_rebuild(window, qtbot):
    """Index bytes changed in place: while the index is rebuilt in the background, the search view answers
    from the database and says so, in Persian; once rebuilt, the note goes."""
    from press_archive.search.lock import index_lock, is_locked
    from press_archive.services.indexing import found_damaged, lock_path

    archive = window.session.archive

    view = search_in_window(window, qtbot, "شهرداری")
    assert view.result.total > 0 and view.note.isHidden()
    total = view.result.total
    with index_lock(lock_path(archive)):  # a rebuild is under way: this holds it until the note is seen
        target = max(archive.index.folder.glob("*.trm"), key=lambda p: p.stat().st_size)
        data = bytearray(target.read_bytes())
        for i in range(len(data) // 3, len(data) // 3 + 2000):
            data[i] ^= 0xA5
        target.write_bytes(bytes(data))
        assert found_damaged(archive.index)
        search_in_window(window, qtbot, "شهرداری")
        assert view.result.note and view.note.isVisible()
        assert view.note.text().strip("\u200f") == ("نمایهٔ جست‌وجو در حال بازسازی است؛ تا آن زمان این نتیجه‌ها از "
                                                    "جست‌وجوی سادهٔ پایگاه داده می‌آیند")
        assert view.result.total > 0
    search_in_window(window, qtbot, "شهرداری")  # starts the background rebuild, still answering from the database
    qtbot.waitUntil(lambda: not archive.index.is_damaged() and not is_locked(lock_path(archive)), timeout=120000)
    search_in_window(window, qtbot, "شهرداری")
    assert view.note.isHidden() and view.result.total == total


def test_a_search_the_index_cannot_read_is_explained_in_persian(window, qtbot):
    view = search_in_window(window, qtbot, "year:abc")
    assert view.info.text().strip("\u200f") == "جست‌وجو انجام نشد: year:abc سال نیست (مانند year:۱۳۹۴)"


def test_a_refused_photo_tagging_is_said_in_persian_on_the_photo_desk(window, session, qtbot, tmp_path):
    from ui_fixtures import add_photos

    from press_archive.services.photos import photo_ids

    report = add_photos(session.archive, tmp_path / "p", 2)
    window.navigate({"view": "photos", "batch_id": report.batch_id})
    page = window.photos
    assert page.apply_tags(photo_ids(session.archive, report.batch_id), {"picked": True, "rejected": True})
    wait_for_writes(qtbot, session)
    shown = page.message.text()
    assert "هم‌زمان برگزیده و ردشده" in shown, shown
    assert not LATIN_WORDS.search(shown), shown  # the service's English line is not shown
    # The command line keeps the English line.
    from press_archive.services.photos import PhotoError, tag_photos

    with pytest.raises(PhotoError, match="^a photo cannot be picked and rejected at once$"):
        tag_photos(session.archive, report.batch_id, picked=True, rejected=True)


def test_the_editor_says_each_fields_own_problem_in_persian(session, qtbot):
    """Beside a field, the services' own line in Persian (which month, which event), not an English line nor
    only a generic hint."""
    from PySide6.QtCore import Qt

    from press_archive.ui.editors import RecordEditor

    editor = RecordEditor(session, "interviews")
    qtbot.addWidget(editor)
    editor.show()
    editor.form.editors["date"].line.setText("1403/13/20")
    editor.form.editors["outlet"].setText("رادیو شهر")
    assert editor.form.validate()
    shown = editor.form.problems["date"].text().lstrip("\u200f")  # a right-to-left mark starts the label
    assert shown == "1403/13/20 تاریخ نیست: ماه باید از ۱ تا ۱۲ باشد"
    editor.form.editors["date"].line.setText("1403/05/20")
    editor.form.editors["event_ref"].line.setText("no-such-event")  # only the archive can tell
    qtbot.mouseClick(editor.buttons.button(editor.buttons.StandardButton.Save), Qt.LeftButton)
    wait_for_writes(qtbot, session)
    shown = editor.form.problems["event_ref"].text()
    assert "رویدادی با شناسهٔ" in shown and "no-such-event" in shown, shown
    assert not LATIN_WORDS.search(shown.replace("no-such-event", "")), shown


def test_a_half_copied_jpeg_and_a_zip_escaping_its_folder_are_refused_in_persian(session, qtbot, tmp_path):
    import zipfile

    from ui_fixtures import make_photos

    from press_archive.ui.import_dialog import ImportDialog

    card = tmp_path / "card"
    make_photos(card, 1)
    whole = next(card.iterdir()).read_bytes()
    (card / "half.jpg").write_bytes(whole[: len(whole) // 2])
    with zipfile.ZipFile(card / "sent.zip", "w") as z:
        z.writestr("../escape.jpg", whole)
    dialog = ImportDialog(session, kind="photos")
    qtbot.addWidget(dialog)
    dialog.add_paths([str(card)])
    dialog.start()
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=60000)
    shown = [dialog.errors.item(r, 3).text() for r in range(dialog.errors.rowCount())]
    assert len(shown) == 2, shown
    assert any(t.startswith("ناقص:") and "نیمه‌کاره رونوشت" in t for t in shown), shown
    assert any("از پوشهٔ زیپ بیرون می‌زند" in t for t in shown), shown
    for text in shown:
        assert not LATIN_WORDS.search(text), text


def test_a_damaged_database_is_said_in_persian_by_the_window_and_in_english_by_the_command_line(
        persian_app, tmp_path, qtbot):
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    from conftest import run_cli
    from press_archive.services.archive import Archive
    from press_archive.ui.app import run

    archive, _ = Archive.create(tmp_path / "a")
    archive.close()
    for leftover in (tmp_path / "a").glob("archive.sqlite3-*"):
        leftover.unlink()
    (tmp_path / "a" / "archive.sqlite3").write_bytes(b"this was overwritten by a faulty copy\n" * 500)
    seen = []

    def answer():
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            seen.append(box.text())
            box.close()
        else:
            QTimer.singleShot(50, answer)

    QTimer.singleShot(50, answer)
    assert run(tmp_path / "a") == 2
    assert len(seen) == 1 and "پایگاه دادهٔ بایگانی" in seen[0] and "آسیب دیده" in seen[0], seen
    assert "is damaged" not in seen[0]  # (the folder's own name holds the word)
    code, _, err = run_cli("list", "news", archive=tmp_path / "a")
    assert code == 2 and "the archive's database in" in err and "is damaged" in err, err


def test_a_report_to_a_folder_that_does_not_exist_is_refused_in_persian(window, session, qtbot, tmp_path):
    from datetime import date

    from press_archive.ui.report_export import export_report

    said = []
    session.status.connect(said.append)
    done = []
    export_report(window, session, tmp_path / "gone" / "report.csv", "csv", date(2024, 3, 20), date(2024, 6, 20),
                  "month", on_done=done.append)
    qtbot.waitUntil(lambda: bool(done), timeout=30000)
    assert done == [None] and said, said
    assert "پوشهٔ" in said[-1] and "نیست" in said[-1] and "does not exist" not in said[-1], said


def test_what_a_photo_import_notes_about_a_kept_file_is_said_in_persian(session, qtbot, tmp_path):
    from photo_factory import corrupt_exif_jpeg, gif_frames

    from press_archive.ui.import_dialog import ImportDialog

    card = tmp_path / "card"
    card.mkdir()
    (card / "exif.jpg").write_bytes(corrupt_exif_jpeg())
    (card / "moving.gif").write_bytes(gif_frames(3))
    dialog = ImportDialog(session, kind="photos")
    qtbot.addWidget(dialog)
    dialog.add_paths([str(card)])
    dialog.start()
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=60000)
    shown = " | ".join(dialog.errors.item(r, 3).text() for r in range(dialog.errors.rowCount()))
    assert "پرونده ۳ قاب دارد؛ بایگانی نخستین را نشان می‌دهد" in shown, shown
    assert "رمزگشا: Corrupt EXIF data" in shown, shown  # the decoder's own words, named as such in Persian
    assert "frames" not in shown and "decoder:" not in shown, shown
