"""Editors: the Jalali date editor and calendar, record editors built from field specs, inline
validation, type-ahead, the event picker, and undo of every edit. Persian is typed as key events."""

from __future__ import annotations

from datetime import date

import pytest

pytest.importorskip("PySide6")
pytest.importorskip("pytestqt")
pytestmark = pytest.mark.timeout(120)

from ui_fixtures import (  # noqa: E402,F401
    persian_app, press, save_editor, session, type_text, ui_archive, ui_settings, wait_for_writes,
)


def test_jalali_date_edit_accepts_persian_digits_typed(persian_app, qtbot):
    from press_archive.ui.jalali_widgets import JalaliDateEdit

    edit = JalaliDateEdit()
    qtbot.addWidget(edit)
    edit.show()
    edit.line.setFocus()
    type_text(edit.line, "۱۳۹۴/۱۲/۲۹")
    assert edit.text() == "۱۳۹۴/۱۲/۲۹"
    assert edit.is_valid() and edit.iso() == "2016-03-19"
    edit.line.clear()
    type_text(edit.line, "1403/12/31")  # 1403 is leap? no: Esfand 1403 has 30 days
    assert not edit.is_valid() and edit.iso() is None
    assert "۱۴۰۳/۰۵/۱۲" in edit.error()
    edit.line.clear()
    assert edit.is_valid() and edit.iso() is None  # empty is allowed
    edit.set_iso("2024-08-02")
    assert edit.text() == "۱۴۰۳/۰۵/۱۲"


def test_jalali_calendar_shows_persian_months_saturday_first(persian_app, qtbot):
    from press_archive.ui.jalali_widgets import JalaliCalendar

    cal = JalaliCalendar(date(2024, 8, 2))  # 1403/05/12, a Friday
    qtbot.addWidget(cal)
    assert cal.shown_month() == (1403, 5)
    assert cal.month.currentText() == "مرداد"
    days = [b.text() for b in cal.day_buttons if b.text()]
    assert days[0] == "۱" and days[-1] == "۳۱"
    # 1403/05/01 is a Monday: Saturday-first grid puts it in the third column
    first = next(n for n, b in enumerate(cal.day_buttons) if b.text() == "۱")
    assert first == 2
    picked = []
    cal.picked.connect(picked.append)
    cal.day_buttons[first + 11].click()
    assert picked == [date(2024, 8, 2)]
    cal._step(1)
    assert cal.shown_month() == (1403, 6) and cal.month.currentText() == "شهریور"
    for _ in range(7):
        cal._step(1)
    assert cal.shown_month() == (1404, 1)


def test_record_editor_validates_inline_and_adds_with_undo(session, qtbot):
    from press_archive.services import records
    from press_archive.ui.editors import RecordEditor

    editor = RecordEditor(session, "news")
    qtbot.addWidget(editor)
    editor.show()
    assert not save_editor(qtbot, editor)  # title and date missing
    assert editor.form.problems["title"].isVisible()
    assert "لازم" in editor.form.problems["title"].text()
    title = editor.form.editors["title"]
    title.setFocus()
    type_text(title, "نشست خبری شهردار")
    type_text(editor.form.editors["date"].line, "۱۴۰۳/۱۳/۰۱")
    assert not save_editor(qtbot, editor)
    assert editor.form.problems["date"].isVisible()
    editor.form.editors["date"].line.setText("۱۴۰۳/۰۵/۲۰")
    type_text(editor.form.editors["tags"], "بودجه، شهرداری")
    n = records.count(session.archive, "news")
    assert save_editor(qtbot, editor)
    row = records.resolve(session.archive, "news", editor.record_id)
    assert row["title"] == "نشست خبری شهردار" and row["date"] == "2024-08-10"
    assert row["tags"] == ["بودجه", "شهرداری"]
    assert records.count(session.archive, "news") == n + 1
    session.undo_stack.undo()
    wait_for_writes(qtbot, session)
    assert records.count(session.archive, "news") == n  # the new record went to the trash
    session.undo_stack.redo()
    wait_for_writes(qtbot, session)
    assert records.count(session.archive, "news") == n + 1


def test_edit_is_undoable_and_announced(session, qtbot):
    from press_archive.services import records
    from press_archive.ui.editors import RecordEditor

    record_id = records.resolve(session.archive, "events", "t-ev-1")["id"]
    seen = []
    session.changed.connect(seen.append)
    editor = RecordEditor(session, "events", record_id)
    qtbot.addWidget(editor)
    assert editor.form.editors["title"].text() == "نشست خبری شهردار دربارهٔ بودجه"
    assert editor.form.editors["date"].text() == "۱۴۰۳/۰۵/۱۴"
    assert editor.form.editors["kind"].currentData() == "press_conference"
    editor.form.editors["venue"].setText("تالار وحدت")
    kind_box = editor.form.editors["kind"]
    kind_box.setCurrentIndex(kind_box.findData("ceremony"))
    assert save_editor(qtbot, editor)
    assert seen and "event" in seen[-1].types()
    row = records.resolve(session.archive, "events", record_id)
    assert (row["venue"], row["kind"]) == ("تالار وحدت", "ceremony")
    assert session.undo_stack.count() == 1
    session.undo_stack.undo()
    wait_for_writes(qtbot, session)
    row = records.resolve(session.archive, "events", record_id)
    assert (row["venue"], row["kind"]) == ("تالار شهر", "press_conference")
    session.undo_stack.redo()
    wait_for_writes(qtbot, session)
    assert records.resolve(session.archive, "events", record_id)["venue"] == "تالار وحدت"
    # saving without a change pushes nothing
    editor = RecordEditor(session, "events", record_id)
    qtbot.addWidget(editor)
    assert save_editor(qtbot, editor) and session.undo_stack.count() == 1


def test_every_kind_has_an_editor_for_every_field(session, qtbot):
    from PySide6.QtWidgets import QComboBox, QLineEdit, QPlainTextEdit

    from press_archive.domain.records import ALL_KINDS, CHOICE, DATE, LINK, LONGTEXT
    from press_archive.ui.editors import EventLinkEdit, RecordEditor
    from press_archive.ui.jalali_widgets import JalaliDateEdit

    expected = {DATE: JalaliDateEdit, LONGTEXT: QPlainTextEdit, CHOICE: QComboBox, LINK: EventLinkEdit}
    for kind in ALL_KINDS.values():
        editor = RecordEditor(session, kind)
        qtbot.addWidget(editor)
        for f in kind.fields:
            assert isinstance(editor.form.editors[f.name], expected.get(f.type, QLineEdit)), (kind.name, f.name)


def test_interview_editor_links_an_event_and_reports_a_missing_one(session, qtbot):
    from press_archive.services import records
    from press_archive.ui.editors import RecordEditor

    editor = RecordEditor(session, "interviews")
    qtbot.addWidget(editor)
    editor.form.editors["date"].line.setText("1403/05/20")
    type_text(editor.form.editors["outlet"], "رادیو شهر")
    editor.form.editors["event_ref"].line.setText("no-such-event")
    assert not save_editor(qtbot, editor)
    assert not editor.form.problems["event_ref"].isHidden()
    editor.form.editors["event_ref"].line.setText("t-ev-1")
    editor.form.editors["minutes"].setText("۱۲٫۵")
    assert save_editor(qtbot, editor)
    row = records.resolve(session.archive, "interviews", editor.record_id)
    assert row["event_ref"] == "t-ev-1" and row["minutes"] == 12.5 and row["status"] == "ordered"


def test_type_ahead_suggests_values_from_the_archive(session, qtbot):
    from PySide6.QtWidgets import QApplication

    from press_archive.ui.editors import RecordEditor

    editor = RecordEditor(session, "news")
    qtbot.addWidget(editor)
    editor.show()
    category = editor.form.editors["category"]
    category.setFocus()
    type_text(category, "شه")
    completer = category.completer()
    assert completer is not None
    qtbot.waitUntil(lambda: completer.model().rowCount() > 0, timeout=3000)
    values = [completer.model().index(r, 0).data() for r in range(completer.model().rowCount())]
    assert "شهری" in values
    completer.popup().hide()
    QApplication.processEvents()


def test_event_picker_returns_a_ref(session, qtbot):
    from PySide6.QtCore import QItemSelectionModel

    from press_archive.services import records
    from press_archive.ui.editors import EventPickerDialog

    dialog = EventPickerDialog(session)
    qtbot.addWidget(dialog)
    row = dialog.model.row_of(records.resolve(session.archive, "events", "t-ev-2")["id"])
    dialog.view.selectionModel().select(dialog.model.index(row, 0),
                                        QItemSelectionModel.ClearAndSelect | QItemSelectionModel.Rows)
    assert dialog.selected_ref() == "t-ev-2"
    # an event without a ref gets one, so it can be linked
    new_id, _ = records.add_record(session.archive, "events", {"kind": "workshop", "title": "کارگاه", "date": "1403/01/20"})
    dialog.model.reload()
    row = dialog.model.row_of(new_id)
    dialog.view.selectionModel().select(dialog.model.index(row, 0),
                                        QItemSelectionModel.ClearAndSelect | QItemSelectionModel.Rows)
    assert dialog.selected_ref() == f"event-{new_id}"
    # ...when the editor that links it saves, not when it is picked
    assert records.resolve(session.archive, "events", new_id)["ref"] is None


def test_event_picker_filters_off_the_gui_thread_and_says_what_it_cannot_read(session, qtbot):
    """Typing in the picker searches on the window's search thread (it may first catch the index up); the
    list narrows when the answer comes, and a query the index cannot read is said, not shown as no events."""
    from press_archive.ui.editors import EventPickerDialog

    dialog = EventPickerDialog(session)
    qtbot.addWidget(dialog)
    dialog.show()
    everything = dialog.model.rowCount()
    assert everything > 2
    dialog.filter.insert("بوستان")  # as an input method types it (QTest sends ASCII keys only)
    qtbot.waitUntil(lambda: dialog.model.rowCount() < everything, timeout=15000)
    found = [dialog.model.record_at(n)["ref"] for n in range(dialog.model.rowCount())]
    assert "t-ev-2" in found and len(found) == 2 and dialog.problem.isHidden()  # the two events in a park
    dialog.filter.clear()
    qtbot.keyClicks(dialog.filter, "year:abc")
    qtbot.waitUntil(lambda: not dialog.problem.isHidden(), timeout=15000)
    assert "year:abc" in dialog.problem.text() and "Error" not in dialog.problem.text()


def test_undo_of_a_purged_record_does_not_break_the_stack(session, qtbot):
    from press_archive.services import records
    from press_archive.ui import undo

    record_id = records.resolve(session.archive, "productions", "t-p-1")["id"]
    undo.edit(session, "productions", record_id, {"title": "گزارش هفتگی"})
    wait_for_writes(qtbot, session)
    records.delete_record(session.archive, "productions", record_id)
    records.purge_record(session.archive, "productions", record_id)
    messages = []
    session.status.connect(messages.append)
    session.undo_stack.undo()
    wait_for_writes(qtbot, session)
    assert messages  # said plainly, no exception
