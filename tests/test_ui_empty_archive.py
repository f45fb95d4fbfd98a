"""An empty archive says what to do next; "recent imports" lists only this archive's."""

from __future__ import annotations

import json

import pytest

pytest.importorskip("PySide6")
pytestmark = pytest.mark.timeout(180)

from PySide6.QtCore import Qt  # noqa: E402
from ui_fixtures import persian_app, ui_settings, wait_for_writes  # noqa: E402,F401


@pytest.fixture
def empty_window(persian_app, archive, ui_settings, qtbot):
    from press_archive.ui.main_window import MainWindow
    from press_archive.ui.session import Session

    session = Session(archive)
    w = MainWindow(session, ui_settings)
    qtbot.addWidget(w)
    w.show()
    yield w
    w.close()
    session.shutdown()


def test_an_empty_archive_shows_what_to_do_next(empty_window, qtbot):
    w = empty_window
    assert w.list.pages.currentWidget() is w.list.guide
    assert "خالی" in w.list.guide.findChildren(type(w.list.title))[0].text()
    qtbot.mouseClick(w.list.guide.load_sample, Qt.LeftButton)
    wait_for_writes(qtbot, w.session, timeout=120000)
    assert w.list.pages.currentWidget() is w.list.view and w.list.model.rowCount() > 0


def test_recent_imports_are_this_archives_own(empty_window, qtbot, tmp_path):
    w = empty_window
    w.settings.add_recent_import({"kind": "news", "summary": "elsewhere"}, tmp_path / "another-archive")
    w._refresh_sidebar_lists()
    assert w.sidebar.recent_root.childCount() == 0
    path = tmp_path / "news.jsonl"
    path.write_text(json.dumps({"title": "خبر نخست", "date": "1403/01/05"}, ensure_ascii=False) + "\n",
                    encoding="utf-8")
    dialog = w.open_import("news", [path])
    qtbot.addWidget(dialog)
    dialog.start()
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=60000)
    assert w.sidebar.recent_root.childCount() == 1
    assert w.list.pages.currentWidget() is w.list.view and w.list.model.rowCount() == 1
