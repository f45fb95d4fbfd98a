"""Undo belongs to the view where the change was made and names what it will undo (Persian digits);
tagging, rating and picks are undoable; writes go off the GUI thread, a bulk trash in one transaction;
an editor changes nothing until Save; purging for good defaults to No."""

from __future__ import annotations

import re

import pytest

pytest.importorskip("PySide6")
pytest.importorskip("pytestqt")
pytestmark = pytest.mark.timeout(120)

from PySide6.QtCore import Qt, QTimer  # noqa: E402
from ui_fixtures import (  # noqa: E402,F401
    add_photos, persian_app, press, session, type_text, ui_archive, ui_settings, wait_for_writes, window,
)

LATIN_DIGIT = re.compile(r"[0-9]")


@pytest.fixture
def photo_batch(session, tmp_path):
    return add_photos(session.archive, tmp_path / "photos", 6)


def _news_id(window, ref):
    from press_archive.services import records

    return records.resolve(window.session.archive, "news", ref)["id"]


def _deleted(window, record_id) -> bool:
    from press_archive.services import records

    return bool(records.resolve(window.session.archive, "news", record_id)["deleted_at"])


def test_ctrl_z_on_photos_never_undoes_a_news_deletion(window, photo_batch, qtbot):
    from press_archive.services.photos import get_photos

    news_id = _news_id(window, "t-n-2")
    window.open_view("news")
    window.list.select_id(news_id)
    window.list.view.setFocus()
    press(window.list.view, Qt.Key_Delete)
    wait_for_writes(qtbot, window.session)
    assert _deleted(window, news_id)
    undo_text = window.action_undo.text()
    assert "۱" in undo_text and not LATIN_DIGIT.search(undo_text)  # "واگرد حذف ۱ رکورد"

    window.navigate({"view": "photos", "batch_id": photo_batch.batch_id})
    grid = window.photos.grid.view
    grid.setFocus()
    assert not window.action_undo.isEnabled()  # nothing was done on this page yet
    press(grid, Qt.Key_Z, "z", Qt.ControlModifier)
    wait_for_writes(qtbot, window.session)
    assert _deleted(window, news_id)

    # rating is undoable here, and undo names it
    grid.selectAll()
    ids = window.photos.grid.selected_ids()
    before = {p["id"]: p["rating"] for p in get_photos(window.session.archive, ids)}
    press(grid, Qt.Key_3, "3")
    wait_for_writes(qtbot, window.session)
    assert {p["rating"] for p in get_photos(window.session.archive, ids)} == {3}
    text = window.action_undo.text()
    assert window.action_undo.isEnabled() and "۶" in text and not LATIN_DIGIT.search(text)
    press(grid, Qt.Key_Z, "z", Qt.ControlModifier)
    wait_for_writes(qtbot, window.session)
    assert {p["id"]: p["rating"] for p in get_photos(window.session.archive, ids)} == before
    assert _deleted(window, news_id)  # the news list's own step is still waiting there
    window.open_view("news")
    assert window.action_undo.isEnabled()
    window.action_undo.trigger()
    wait_for_writes(qtbot, window.session)
    assert not _deleted(window, news_id)


def test_tagging_from_the_panel_is_undone_exactly(window, photo_batch, qtbot):
    from press_archive.services.photos import get_photos

    window.navigate({"view": "photos", "batch_id": photo_batch.batch_id})
    page = window.photos
    page.grid.view.selectAll()
    ids = page.grid.selected_ids()
    before = {p["id"]: (p["keywords"], p["caption"], p["place"]) for p in get_photos(window.session.archive, ids)}
    type_text(page.panel.add_keywords, "آتش‌نشانی")
    type_text(page.panel.caption, "مانور")
    page.panel.apply_button.click()
    wait_for_writes(qtbot, window.session)
    rows = get_photos(window.session.archive, ids)
    assert all("آتش‌نشانی" in r["keywords"] and r["caption"] == "مانور" for r in rows)
    assert page.panel.add_keywords.text() == "" and page.panel.caption.toPlainText() == ""  # not applied twice
    page.grid.view.setFocus()
    press(page.grid.view, Qt.Key_Z, "z", Qt.ControlModifier)
    wait_for_writes(qtbot, window.session)
    after = {p["id"]: (p["keywords"], p["caption"], p["place"]) for p in get_photos(window.session.archive, ids)}
    assert after == before
    press(page.grid.view, Qt.Key_Y, "y", Qt.ControlModifier)  # redo
    wait_for_writes(qtbot, window.session)
    assert all(r["caption"] == "مانور" for r in get_photos(window.session.archive, ids))


def test_a_bulk_trash_is_one_transaction(archive):
    from press_archive.services import records

    ids = [records.add_record(archive, "news", {"title": f"خبر {n}", "date": "1403/01/01"})[0] for n in range(40)]
    statements = []
    archive.db.conn.set_trace_callback(statements.append)
    changes = records.trash_records(archive, "news", ids)
    archive.db.conn.set_trace_callback(None)
    assert sorted(changes.deleted["news"]) == sorted(ids)
    assert sum(1 for s in statements if s.strip().upper().startswith("BEGIN")) == 1
    assert len([e for e in records.audit_entries(archive, "news") if e["action"] == "delete"]) == 40
    records.purge_records(archive, "news", ids[:10])
    assert records.count(archive, "news", trash=True) == 30


def test_the_window_writes_off_the_gui_thread(window, qtbot):
    import threading

    from press_archive.services import records

    seen = []
    real = records.trash_records

    def spy(*a, **k):
        seen.append(threading.current_thread() is threading.main_thread())
        return real(*a, **k)

    records.trash_records = spy
    try:
        news_id = _news_id(window, "t-n-1")
        window.open_view("news")
        window.list.select_id(news_id)
        window.action_delete.trigger()
        wait_for_writes(qtbot, window.session)
    finally:
        records.trash_records = real
    assert seen == [False] and _deleted(window, news_id)


def _answer_the_picker(qtbot, window_class_name: str, choose):
    def later():
        from PySide6.QtWidgets import QApplication

        dialog = next(w for w in QApplication.topLevelWidgets()
                      if type(w).__name__ == window_class_name and w.isVisible())
        choose(dialog)

    QTimer.singleShot(200, later)


def test_the_event_link_button_changes_nothing_until_save(session, qtbot):
    from PySide6.QtCore import QItemSelectionModel

    from press_archive.services import records
    from press_archive.ui.editors import RecordEditor

    event_id, _ = records.add_record(session.archive, "events", {"kind": "workshop", "title": "کارگاه عکاسی",
                                                                 "date": "1403/01/20"})
    news_id = records.resolve(session.archive, "news", "t-n-3")["id"]

    def choose(dialog):
        row = dialog.model.row_of(event_id)
        dialog.view.selectionModel().select(dialog.model.index(row, 0),
                                            QItemSelectionModel.ClearAndSelect | QItemSelectionModel.Rows)
        press(dialog.view, Qt.Key_Return)
        if dialog.isVisible():
            dialog.accept()

    for save in (False, True):
        editor = RecordEditor(session, "news", news_id)
        qtbot.addWidget(editor)
        editor.show()
        link = editor.form.editors["event_ref"]
        _answer_the_picker(qtbot, "EventPickerDialog", choose)
        qtbot.mouseClick(link.button, Qt.LeftButton)
        assert link.line.text() == f"event-{event_id}"
        if not save:
            qtbot.mouseClick(editor.buttons.button(editor.buttons.StandardButton.Cancel), Qt.LeftButton)
            assert records.resolve(session.archive, "events", event_id)["ref"] is None
            assert records.resolve(session.archive, "news", news_id).get("event_id") is None
        else:
            qtbot.mouseClick(editor.buttons.button(editor.buttons.StandardButton.Save), Qt.LeftButton)
            wait_for_writes(qtbot, session)
            assert records.resolve(session.archive, "events", event_id)["ref"] == f"event-{event_id}"
            assert records.resolve(session.archive, "news", news_id)["event_id"] == event_id


def test_purge_for_good_defaults_to_no(window, qtbot):
    from PySide6.QtWidgets import QApplication, QMessageBox

    from press_archive.services import records

    record_id = records.resolve(window.session.archive, "productions", "t-p-1")["id"]
    records.delete_record(window.session.archive, "productions", record_id)
    window.navigate({"view": "list", "kind": "productions", "trash": True})
    window.list.select_id(record_id)
    seen = {}

    def answer():
        box = QApplication.activeModalWidget()
        seen["default"] = box.defaultButton() is box.button(QMessageBox.No)
        seen["text"] = box.text()
        press(box, Qt.Key_Return)  # the user only presses Return

    QTimer.singleShot(200, answer)
    window.action_purge.trigger()
    wait_for_writes(qtbot, window.session)
    assert seen["default"] and "۱" in seen["text"] and not LATIN_DIGIT.search(seen["text"])
    assert records.resolve(window.session.archive, "productions", record_id)  # still there
