"""The GUI's foundations: language and digits, translations, the task runner, settings, many signals."""

from __future__ import annotations

import threading
import time

import pytest

pytest.importorskip("PySide6")
pytest.importorskip("pytestqt")
pytestmark = pytest.mark.timeout(120)

from ui_fixtures import persian_app, ui_settings  # noqa: E402,F401


def test_persian_mode_digits_dates_and_direction(persian_app):
    from PySide6.QtCore import QLocale, Qt
    from PySide6.QtWidgets import QApplication

    from press_archive.ui import i18n

    assert QApplication.layoutDirection() == Qt.RightToLeft
    assert QLocale().toString(1404) == "۱۴۰۴"  # no group separator in years
    assert i18n.fmt_int(1404, group=False) == "۱۴۰۴"
    assert i18n.fmt_int(50000) == "۵۰٬۰۰۰"
    assert i18n.fmt_date("2016-03-19") == "۱۳۹۴/۱۲/۲۹"
    assert i18n.fmt_date("2016-03-19", "long") == "۲۹ اسفند ۱۳۹۴"
    assert i18n.fmt_number(12.5) == "۱۲٫۵"
    assert i18n.fmt_growth(1.5) == "+۵۰٪"
    assert i18n.fmt_growth(None) == "—"
    assert i18n.choice_label("press_conference") == "نشست خبری"


def test_labels_are_plain_text_and_start_right_to_left(persian_app, qtbot):
    from PySide6.QtCore import Qt

    from press_archive.ui import i18n

    label = i18n.plain_label("<b>Metro</b> line")
    qtbot.addWidget(label)
    assert label.textFormat() == Qt.PlainText
    assert label.text().startswith(i18n.RLM)
    assert i18n.cell("137 hotline").startswith(i18n.LRM)
    assert i18n.cell("سامانهٔ ۱۳۷") == "سامانهٔ ۱۳۷"


def test_persian_translation_is_loaded(persian_app):
    from PySide6.QtCore import QCoreApplication

    assert QCoreApplication.translate("MainWindow", "Undo") == "واگرد"
    assert QCoreApplication.translate("Dashboard", "News items") == "اخبار"
    # Qt's own Persian (qtbase_fa) is installed too when PySide6 ships it
    from press_archive.ui.app import _installed

    assert any(t.language().startswith("fa") for t in _installed)


def test_every_source_string_has_a_persian_translation():
    import re
    from pathlib import Path

    ts = (Path(__file__).resolve().parents[1] / "resources" / "translations" / "press_archive_fa.ts").read_text("utf-8")
    assert 'type="unfinished"' not in ts
    assert len(re.findall("<message>", ts)) > 150


def test_run_task_hands_the_result_to_the_gui_thread(persian_app, qtbot):
    from press_archive.ui.tasks import TaskRunner

    runner = TaskRunner()
    gui_thread = threading.current_thread()
    seen = {}

    def work(task):
        seen["worker"] = threading.current_thread()
        return 42

    def done(result):
        seen["done_thread"] = threading.current_thread()
        seen["result"] = result

    task = runner.run_task(work, done)
    qtbot.waitUntil(lambda: "result" in seen, timeout=5000)
    assert seen["result"] == 42 and task.finished
    assert seen["worker"] is not gui_thread and seen["done_thread"] is gui_thread
    runner.shutdown()


def test_run_task_errors_progress_and_cancel(persian_app, qtbot):
    from press_archive.ui.tasks import TaskRunner

    runner = TaskRunner()
    errors, progress = [], []
    runner.run_task(lambda task: 1 / 0, None, lambda e, text: errors.append((e, text)))
    qtbot.waitUntil(lambda: bool(errors), timeout=5000)
    assert isinstance(errors[0][0], ZeroDivisionError) and "ZeroDivisionError" in errors[0][1]

    started = threading.Event()

    def slow(task):
        started.set()
        n = 0
        while not task.is_cancelled() and n < 500:
            n += 1
            task.progress(n, 500)
            time.sleep(0.005)
        return n

    results = []
    task = runner.run_task(slow, results.append)
    task.progressed.connect(lambda d, t: progress.append((d, t)))
    assert started.wait(5)
    qtbot.waitUntil(lambda: bool(progress), timeout=5000)
    task.cancel()
    qtbot.waitUntil(lambda: bool(results), timeout=5000)
    assert results[0] < 500
    assert runner.shutdown(5000)
    # after shutdown nothing more is started or delivered
    late = runner.run_task(lambda task: 1, results.append)
    assert late.discarded


def test_five_thousand_signals_from_python(persian_app, qtbot):
    """PySide6 6.12.0 on Python 3.11 crashed after a few hundred Python-side emits: guard it."""
    from PySide6.QtCore import QObject, Signal

    class Emitter(QObject):
        value = Signal(object)
        flag = Signal(bool)

    e = Emitter()
    got = []
    e.value.connect(got.append)
    e.flag.connect(lambda b: got.append(b))
    for i in range(5000):
        e.value.emit(i)
        e.flag.emit(True)
    assert len(got) == 10000 and got[-2] == 4999

    # and across threads, queued to the GUI thread
    from press_archive.ui.tasks import Task

    task = Task()
    counted = []
    task.progressed.connect(lambda d, t: counted.append(d))

    def burst():
        for i in range(5000):
            task.progressed.emit(i, 5000)

    t = threading.Thread(target=burst)
    t.start()
    t.join()
    qtbot.waitUntil(lambda: len(counted) == 5000, timeout=10000)


def test_settings_keep_saved_searches_and_recent_imports(ui_settings):
    s = ui_settings
    assert s.language == "fa" and s.thumbnail_size == 160
    s.save_search("بودجه", {"query": "بودجه", "types": ["news"]})
    s.save_search("بودجه", {"query": "بودجه شهرداری"})
    assert [x["query"] for x in s.saved_searches()] == ["بودجه شهرداری"]
    s.delete_search("بودجه")
    assert s.saved_searches() == []
    for n in range(15):
        s.add_recent_import({"kind": "news", "summary": str(n)})
    assert len(s.recent_imports()) == 12 and s.recent_imports()[0]["summary"] == "14"
    s.thumbnail_size = 999
    assert s.thumbnail_size == 320


def test_icons_exist_and_load(persian_app):
    from press_archive.ui.icons import icon, resources_dir

    names = [p.stem for p in (resources_dir() / "icons").glob("*.svg")]
    assert len(names) >= 25
    for name in names:
        assert not icon(name).isNull(), name


def test_a_change_written_by_another_process_is_noticed(qtbot, archive):
    import subprocess
    import sys

    from press_archive.ui.session import Session

    session = Session(archive)
    try:
        code = ("import sys; from press_archive.services.archive import Archive; from press_archive.services import records;"
                "a = Archive(sys.argv[1]); records.add_record(a, 'news', {'title': 'از پنجرهٔ دیگر', 'date': '1403/01/01'})")
        subprocess.run([sys.executable, "-c", code, str(archive.root)], check=True)
        with qtbot.waitSignal(session.changed, timeout=5000) as blocker:
            session.poll_external_changes()
        assert "news" in blocker.args[0].types()
        assert session.poll_external_changes() is False
    finally:
        session.shutdown()


def test_back_up_now_writes_a_restorable_snapshot_off_the_gui_thread(qtbot, archive, tmp_path):
    from press_archive.services import care, records
    from press_archive.ui.session import Session

    records.add_record(archive, "news", {"title": "خبر", "date": "1403/01/01"})
    care.set_backup_folder(archive, tmp_path / "rolling")
    session = Session(archive)
    try:
        with qtbot.waitSignal(session.status, timeout=10000) as blocker:
            session.back_up_now()
        assert "rolling" in blocker.args[0]
        (snapshot,) = care.snapshots(tmp_path / "rolling")
        care.restore_archive(snapshot, tmp_path / "restored")
        from press_archive.services.archive import Archive

        with Archive(tmp_path / "restored") as restored:
            assert records.count(restored, "news") == 1
    finally:
        session.shutdown()


def test_a_torn_index_is_rebuilt_when_the_window_opens(qtbot, archive):
    from press_archive.services import records
    from press_archive.services.indexing import index_problems, sync_index
    from press_archive.ui.session import Session

    records.add_record(archive, "news", {"title": "نشست خبری", "date": "1403/01/01"})
    sync_index(archive)
    archive.index.close()
    # Tear the largest file of the index (a term dictionary), as a power cut mid-write would.
    biggest = max((p for p in archive.layout.index_dir.rglob("*") if p.is_file() and p.suffix not in (".json", ".toc")),
                  key=lambda p: p.stat().st_size)
    biggest.write_bytes(biggest.read_bytes()[:10])
    from press_archive.search.index import SearchIndex

    assert not SearchIndex(archive.layout.index_dir).is_healthy()
    session = Session(archive)
    try:
        task = session.bring_index_up_to_date()
        qtbot.waitUntil(lambda: task.finished, timeout=20000)
        from press_archive.services.archive import Archive

        with Archive(archive.root) as fresh:
            assert index_problems(fresh) == []
            from press_archive.services.search import search

            assert search(fresh, "نشست").total == 1
    finally:
        session.shutdown()


def test_persian_translations_carry_no_latin_digits():
    """Digits in the Persian interface are Persian; only names (UTF-8) and Qt's %1 placeholders keep theirs."""
    import html
    import re
    from pathlib import Path

    ts = (Path(__file__).resolve().parents[1] / "resources" / "translations" / "press_archive_fa.ts").read_text("utf-8")
    leaks = []
    for source, persian in re.findall(r"<source>(.*?)</source>.*?<translation[^>]*>(.*?)</translation>", ts, re.S):
        rest = re.sub(r"%\d|UTF-8", "", html.unescape(persian))
        if re.search(r"[0-9]", rest):
            leaks.append((html.unescape(source), html.unescape(persian)))
    assert leaks == []


def test_the_window_reaches_services_by_plain_imports():
    """No screen looks a service up by its name in a string (STYLE.md): a renamed function fails at import."""
    from pathlib import Path

    ui = Path(__file__).resolve().parents[1] / "press_archive" / "ui"
    for source in ui.glob("*.py"):
        text = source.read_text("utf-8")
        assert "importlib" not in text and "photo_function(" not in text, source.name
