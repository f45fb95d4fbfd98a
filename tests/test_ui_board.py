"""The interview board moves an order one step at a time and asks for what the new state needs; the
editor has the scheduled and recorded dates."""

from __future__ import annotations

import pytest

pytest.importorskip("PySide6")
pytestmark = pytest.mark.timeout(120)

from PySide6.QtCore import QMimeData, QPoint, Qt  # noqa: E402
from PySide6.QtGui import QDropEvent  # noqa: E402
from test_ui_views import answer_move_dialog  # noqa: E402
from ui_fixtures import (  # noqa: E402,F401
    persian_app, press, save_editor, session, type_text, ui_archive, ui_settings, wait_for_writes, window,
)


def _drop(qtbot, board, order_id, source_status, target_status):
    source = board.columns[source_status]
    source.clearSelection()
    for i in range(source.count()):
        if source.item(i).data(Qt.UserRole) == order_id:
            source.item(i).setSelected(True)
    event = QDropEvent(QPoint(5, 5), Qt.MoveAction, QMimeData(), Qt.LeftButton, Qt.NoModifier)
    event.source = lambda: source
    board.columns[target_status].dropEvent(event)
    wait_for_writes(qtbot, board.session)


def _order(window, ref="t-i-1"):
    from press_archive.services import records

    return records.resolve(window.session.archive, "interviews", ref)


def test_a_jump_from_ordered_to_aired_is_refused(window, qtbot):
    window.open_view("interviews")
    messages = []
    window.session.status.connect(messages.append)
    order = _order(window)
    _drop(qtbot, window.board, order["id"], "ordered", "aired")
    assert _order(window)["status"] == "ordered"
    assert messages and "پخش" in messages[-1]


def test_each_move_asks_for_what_the_new_state_needs(window, qtbot):
    window.open_view("interviews")
    board = window.board
    order_id = _order(window)["id"]

    def scheduled_on(dialog):
        line = dialog.editors["scheduled"].line
        line.clear()
        type_text(line, "۱۴۰۳/۰۶/۰۱")

    answer_move_dialog(qtbot, scheduled_on)
    _drop(qtbot, board, order_id, "ordered", "scheduled")
    row = _order(window)
    assert row["status"] == "scheduled" and row["scheduled"] == "2024-08-22"

    answer_move_dialog(qtbot)  # recorded: today is offered
    _drop(qtbot, board, order_id, "scheduled", "recorded")
    assert _order(window)["status"] == "recorded" and _order(window)["recorded"]

    answer_move_dialog(qtbot, accept=False)  # cancelled: nothing changes
    _drop(qtbot, board, order_id, "recorded", "aired")
    assert _order(window)["status"] == "recorded"

    def aired(dialog):
        assert not dialog.buttons.button(dialog.buttons.StandardButton.Ok).isEnabled()  # minutes are needed
        dialog.editors["minutes"].setValue(7)

    answer_move_dialog(qtbot, aired)
    _drop(qtbot, board, order_id, "recorded", "aired")
    row = _order(window)
    assert row["status"] == "aired" and row["minutes"] == 7 and row["aired"]
    # one undo step on the board's own stack takes back the status and the values asked for
    window.action_undo.trigger()
    wait_for_writes(qtbot, window.session)
    row = _order(window)
    assert row["status"] == "recorded" and not row["minutes"]


def test_the_editor_has_scheduled_and_recorded_dates(session, qtbot):
    from press_archive.services import records
    from press_archive.ui.editors import RecordEditor

    order_id = records.resolve(session.archive, "interviews", "t-i-1")["id"]
    editor = RecordEditor(session, "interviews", order_id)
    qtbot.addWidget(editor)
    for name in ("scheduled", "recorded"):
        assert name in editor.form.editors
    type_text(editor.form.editors["scheduled"].line, "1403/07/01")
    assert save_editor(qtbot, editor)
    assert records.resolve(session.archive, "interviews", order_id)["scheduled"] == "2024-09-22"


def test_the_board_is_drawn_when_shown_not_at_start(window, qtbot):
    """On a ten-year archive the board's 600 cards were a third of the window's start-up."""
    from press_archive.services import records

    assert window.board.columns["ordered"].count() == 0  # the window opened on the news list
    window.open_view("interviews")
    ordered = window.board.columns["ordered"]
    assert ordered.count() > 0
    window.open_view("news")
    new_id, changes = records.add_record(window.session.archive, "interviews", {"date": "1403/02/01", "outlet": "رادیو"})
    window.session.announce(changes)  # hidden: nothing redrawn now
    window.open_view("interviews")
    assert new_id in [ordered.item(i).data(Qt.UserRole) for i in range(ordered.count())]
