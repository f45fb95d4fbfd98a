"""An editor's save and a move on the interview board go through the window's one background write path:
while another program holds the archive's write lock the window keeps answering, and the change notice
redraws the views once the write is stored."""

from __future__ import annotations

import sqlite3

import pytest

pytest.importorskip("PySide6")
pytest.importorskip("pytestqt")
pytestmark = pytest.mark.timeout(120)

from PySide6.QtCore import QElapsedTimer, Qt, QTimer  # noqa: E402
from test_ui_views import answer_move_dialog  # noqa: E402
from ui_fixtures import (  # noqa: E402,F401
    persian_app, session, type_text, ui_archive, ui_settings, wait_for_writes, window,
)


class _WriteLock:
    """Another program's write transaction on the archive (a CLI import, another window)."""

    def __init__(self, root):
        self.conn = sqlite3.connect(str(root / "archive.sqlite3"), isolation_level=None)
        self.conn.execute("BEGIN IMMEDIATE")

    def release(self):
        self.conn.execute("COMMIT")
        self.conn.close()


def _gui_answers_within(qtbot, ms: int) -> int:
    """Run the event loop for `ms`; the longest gap between 5 ms timer beats there (the GUI thread's block)."""
    clock, beats = QElapsedTimer(), []
    clock.start()
    timer = QTimer()
    timer.setInterval(5)
    timer.timeout.connect(lambda: beats.append(clock.elapsed()))
    timer.start()
    qtbot.wait(ms)
    timer.stop()
    return max(b - a for a, b in zip([0] + beats, beats))


def test_an_editor_save_waits_for_a_busy_archive_off_the_gui_thread(session, qtbot):
    from press_archive.services import records
    from press_archive.ui.editors import RecordEditor

    record_id = records.resolve(session.archive, "events", "t-ev-1")["id"]
    seen = []
    session.changed.connect(seen.append)
    editor = RecordEditor(session, "events", record_id)
    qtbot.addWidget(editor)
    editor.show()
    editor.form.editors["venue"].setText("تالار وحدت")
    lock = _WriteLock(session.root)
    try:
        clock = QElapsedTimer()
        clock.start()
        qtbot.mouseClick(editor.buttons.button(editor.buttons.StandardButton.Save), Qt.LeftButton)
        assert clock.elapsed() < 1000  # the click returned at once, not after the busy timeout
        assert _gui_answers_within(qtbot, 400) < 100
        assert editor.isVisible() and editor.saving() and not editor.buttons.isEnabled()
        editor.reject()  # Escape while the save is under way does not leave it half done
        assert editor.isVisible()
    finally:
        lock.release()
    wait_for_writes(qtbot, session)
    assert not editor.isVisible()
    assert records.resolve(session.archive, "events", record_id)["venue"] == "تالار وحدت"
    assert seen and record_id in seen[-1].edited.get("event", [])
    assert session.undo_stack.count() == 1


def test_a_refused_save_keeps_the_editor_open_with_the_problem(session, qtbot):
    from press_archive.services import records
    from press_archive.ui.editors import RecordEditor

    editor = RecordEditor(session, "interviews")
    qtbot.addWidget(editor)
    editor.show()
    editor.form.editors["date"].line.setText("1403/05/20")
    type_text(editor.form.editors["outlet"], "رادیو شهر")
    editor.form.editors["event_ref"].line.setText("no-such-event")  # only the archive can tell
    n = records.count(session.archive, "interviews")
    qtbot.mouseClick(editor.buttons.button(editor.buttons.StandardButton.Save), Qt.LeftButton)
    wait_for_writes(qtbot, session)
    assert editor.isVisible() and editor.buttons.isEnabled()
    assert not editor.form.problems["event_ref"].isHidden()
    assert records.count(session.archive, "interviews") == n


def test_moving_two_cards_is_one_background_write_and_one_undo_step(window, qtbot):
    from press_archive.services import records

    archive = window.session.archive
    first = records.resolve(archive, "interviews", "t-i-1")["id"]
    second, _ = records.add_record(archive, "interviews", {"date": "1403/02/01", "outlet": "رادیو شهر",
                                                           "topic": "بودجهٔ شهری"})
    window.open_view("interviews")
    board = window.board
    stack = window.session.undo_stack_for("interviews")
    steps = stack.count()
    lock = _WriteLock(window.session.root)
    try:
        answer_move_dialog(qtbot)
        board.move_orders([first, second], "scheduled")
        assert _gui_answers_within(qtbot, 400) < 100  # the board waits for the lock off the GUI thread
        assert records.get_records(archive, "interviews", [first, second])[0]["status"] == "ordered"
    finally:
        lock.release()
    wait_for_writes(qtbot, window.session)
    rows = records.get_records(archive, "interviews", [first, second])
    assert {r["status"] for r in rows} == {"scheduled"} and all(r["scheduled"] for r in rows)
    scheduled = board.columns["scheduled"]  # redrawn by the change notice
    shown = {scheduled.item(i).data(Qt.UserRole) for i in range(scheduled.count())}
    assert {first, second} <= shown
    assert stack.count() == steps + 1 and "۲" in stack.undoText()
    stack.undo()
    wait_for_writes(qtbot, window.session)
    assert {r["status"] for r in records.get_records(archive, "interviews", [first, second])} == {"ordered"}
