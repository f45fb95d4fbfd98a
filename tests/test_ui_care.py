"""Backup and check from the File menu: the CLI's services, off the GUI thread."""

from __future__ import annotations

import threading

import pytest

pytest.importorskip("PySide6")
pytestmark = pytest.mark.timeout(120)

from ui_fixtures import persian_app, session, ui_archive, ui_settings, window  # noqa: E402,F401


def test_back_up_from_the_file_menu(window, qtbot, tmp_path):
    from press_archive.services import backup, care
    from press_archive.services.archive import Archive

    file_menu = window.menuBar().actions()[0].menu()
    assert window.action_backup in file_menu.actions() and window.action_check in file_menu.actions()
    threads, real = [], backup.backup_archive

    def spy(*a, **k):
        threads.append(threading.current_thread() is threading.main_thread())
        return real(*a, **k)

    backup.backup_archive = spy
    results, messages = [], []
    window.session.status.connect(messages.append)
    try:
        window.back_up(tmp_path / "backup", results.append)
        qtbot.waitUntil(lambda: bool(results), timeout=60000)
    finally:
        backup.backup_archive = real
    assert threads == [False] and results[0] is not None, messages
    with Archive(tmp_path / "backup") as copy:
        assert copy.db["news_items"].count == window.session.archive.db["news_items"].count
        # thumbnails are derived (rebuilt on restore); every original is there, whole
        assert not [p for p in care.check_archive(copy).problems if "thumbnail" not in p]
    assert "\u2066" in messages[-1]


def test_check_from_the_file_menu_offers_repair_defaulting_to_no(window, qtbot):
    reports, asked = [], []
    window.check_archive(reports.append)
    qtbot.waitUntil(lambda: bool(reports), timeout=60000)
    assert reports[0].clean
    # a damaged counter: the check finds it and asks; answering no leaves it, yes repairs it
    window.session.archive.db.execute("UPDATE day_counts SET n = n + 5 WHERE day = (SELECT min(day) FROM day_counts)")
    reports.clear()
    window.check_archive(reports.append, ask=lambda text, details: asked.append(text) or False)
    qtbot.waitUntil(lambda: bool(reports), timeout=60000)
    assert not reports[0].clean and asked and "۱" in asked[0]
    reports.clear()
    window.check_archive(reports.append, ask=lambda text, details: True)
    qtbot.waitUntil(lambda: bool(reports) and not reports[-1].remaining, timeout=60000)
