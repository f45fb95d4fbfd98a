"""The interview orders board: one column per status, overdue orders marked, drag to move.

Dropping a card on another column changes the order's status through the services (and the undo
stack); the board then refreshes from the change set like every other screen.
"""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QVBoxLayout,
    QWidget,
)

from press_archive.domain.records import (
    INTERVIEW_MOVES,
    INTERVIEW_STATE_NEEDS,
    INTERVIEW_STATUSES,
    interview_move_allowed,
    kind_named,
)
from press_archive.services import records as record_service
from press_archive.ui import i18n, undo
from press_archive.ui.interview_move import InterviewMoveDialog
from press_archive.ui.messages import say

OVERDUE_DAYS = 14
OPEN_STATUSES = ("ordered", "scheduled")
COLUMN_LIMIT = 300  # cards shown per column (newest first); the header tells the full count
OVERDUE_BRUSH = QBrush(QColor("#ffebee"))


def is_overdue(row: dict, today: date | None = None) -> bool:
    if row.get("status") not in OPEN_STATUSES or not row.get("date"):
        return False
    today = today or date.today()
    return date.fromisoformat(row["date"][:10]) < today - timedelta(days=OVERDUE_DAYS)


class StatusColumn(QListWidget):
    """One status; accepts cards dragged from the other columns."""

    dropped = Signal(list, str)  # record ids, new status
    open_record = Signal(int)

    def __init__(self, status: str, parent=None):
        super().__init__(parent)
        self.status = status
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(True)
        self.setDragDropMode(QAbstractItemView.DragDrop)
        self.setDefaultDropAction(Qt.MoveAction)
        self.setSelectionMode(QAbstractItemView.ExtendedSelection)
        self.setWordWrap(False)  # each line of a card is elided to the column's width instead
        self.setTextElideMode(Qt.ElideNone)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.setResizeMode(QListWidget.Adjust)
        self.setSpacing(3)
        self.setFrameShape(QFrame.NoFrame)
        self.itemDoubleClicked.connect(lambda item: self.open_record.emit(item.data(Qt.UserRole)))

    def dragEnterEvent(self, event) -> None:
        if isinstance(event.source(), StatusColumn):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event) -> None:
        if isinstance(event.source(), StatusColumn) and event.source() is not self:
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event) -> None:
        source = event.source()
        if not isinstance(source, StatusColumn) or source is self:
            event.ignore()
            return
        ids = [item.data(Qt.UserRole) for item in source.selectedItems()]
        event.setDropAction(Qt.IgnoreAction)  # the board redraws itself from the archive
        event.accept()
        if ids:
            self.dropped.emit(ids, self.status)


class InterviewBoard(QWidget):
    open_record = Signal(str, int)  # kind, id

    def __init__(self, session, parent=None):
        super().__init__(parent)
        self.session = session
        self.kind = kind_named("interviews")
        self.columns: dict[str, StatusColumn] = {}
        self.headers: dict[str, object] = {}
        self.counts: dict[str, int] = {}
        layout = QHBoxLayout(self)
        layout.setSpacing(8)
        for status in INTERVIEW_STATUSES:
            box = QVBoxLayout()
            header = i18n.plain_label(i18n.choice_label(status))
            header.setAlignment(Qt.AlignCenter)
            header.setStyleSheet("font-weight: bold; padding: 6px; background: #eceff1; border-radius: 4px;")
            column = StatusColumn(status)
            column.setStyleSheet("QListWidget { background: #fafafa; border: 1px solid #cfd8dc; border-radius: 4px; }"
                                 "QListWidget::item { background: white; border: 1px solid #cfd8dc; border-radius: 4px;"
                                 " padding: 6px; margin: 2px; }"
                                 "QListWidget::item:selected { background: #bbdefb; color: black; }")
            column.dropped.connect(self.move_orders)
            column.open_record.connect(lambda rid: self.open_record.emit("interviews", rid))
            column.setContextMenuPolicy(Qt.CustomContextMenu)
            column.customContextMenuRequested.connect(lambda pos, c=column: self._menu(c, pos))
            box.addWidget(header)
            box.addWidget(column, 1)
            layout.addLayout(box, 1)
            self.columns[status] = column
            self.headers[status] = header
        session.changed.connect(self._changed)
        self._resize_timer = QTimer(self)
        self._resize_timer.setSingleShot(True)
        self._resize_timer.setInterval(150)
        self._resize_timer.timeout.connect(self._reload_if_shown)
        # Drawn when first shown (the window opens on the news list: 600 cards are not its start-up's work),
        # and a change made while it is hidden waits for the next showing.

    def _changed(self, changes) -> None:
        if "interview" in changes.types():
            self._reload_if_shown()

    def reload(self) -> None:
        archive = self.session.archive
        for status, column in self.columns.items():
            ids = record_service.record_ids(archive, self.kind, filters={"status": status})
            self.counts[status] = len(ids)
            rows = record_service.get_records(archive, self.kind, ids[:COLUMN_LIMIT])
            column.clear()
            width = max(80, column.viewport().width() - 28)
            for row in rows:
                column.addItem(self._card(row, width))
            i18n.set_plain(self.headers[status], f"{i18n.choice_label(status)} ({i18n.fmt_int(len(ids))})")

    def _card(self, row: dict, width: int = 200) -> QListWidgetItem:
        metrics = self.fontMetrics()
        topic = row.get("topic") or row.get("programme") or "—"
        lines = [metrics.elidedText(topic, Qt.ElideRight, width),
                 metrics.elidedText(row.get("outlet") or "", Qt.ElideRight, width),
                 metrics.elidedText(row.get("interviewee") or "", Qt.ElideRight, width),
                 i18n.fmt_date(row.get("date"), "long")]
        overdue = is_overdue(row)
        if overdue:
            lines[-1] += "  ⚠ " + self.tr("overdue")
        item = QListWidgetItem(i18n.rtl("\n".join(x for x in lines if x)))
        item.setData(Qt.UserRole, row["id"])
        item.setData(Qt.UserRole + 1, overdue)
        if overdue:
            item.setBackground(OVERDUE_BRUSH)
            item.setForeground(QBrush(QColor("#b71c1c")))
        return item

    def _reload_if_shown(self) -> None:
        if self.isVisible():
            self.reload()

    def hideEvent(self, event) -> None:
        self._resize_timer.stop()
        super().hideEvent(event)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._resize_timer.start()

    def overdue_ids(self) -> list[int]:
        out = []
        for column in self.columns.values():
            for i in range(column.count()):
                if column.item(i).data(Qt.UserRole + 1):
                    out.append(column.item(i).data(Qt.UserRole))
        return out

    def move_orders(self, ids: list[int], status: str) -> bool:
        """Move cards one step (the domain's INTERVIEW_MOVES), asking for what the new state needs."""
        rows = record_service.get_records(self.session.archive, self.kind, ids)
        wrong = [r for r in rows if r.get("status") != status and not interview_move_allowed(r.get("status"), status)]
        if wrong:
            allowed = INTERVIEW_MOVES.get(wrong[0].get("status") or "ordered", ())
            self.session.status.emit(self.tr("An order cannot go from “{}” to “{}”; from there it can go to: {}").format(
                i18n.choice_label(wrong[0].get("status") or "ordered"), i18n.choice_label(status),
                "، ".join(i18n.choice_label(s) for s in allowed)))
            return False
        values = {}
        if INTERVIEW_STATE_NEEDS.get(status):
            dialog = InterviewMoveDialog(status, rows, self)
            if not dialog.exec():
                return False
            values = dialog.values()
        text = self.tr("Move {} orders to: {}").format(i18n.fmt_int(len(ids)), i18n.choice_label(status))
        # one transaction off the GUI thread, one undo step on the board's own stack; the change notice redraws
        undo.edit_many(self.session, self.kind, ids, {"status": status, **values}, text,
                       self.session.undo_stack_for("interviews"),
                       on_error=lambda error: self.session.status.emit(say(error)))
        return True

    def _menu(self, column: StatusColumn, pos) -> None:
        items = column.selectedItems()
        if not items:
            return
        menu = QMenu(self)
        for status in INTERVIEW_MOVES.get(column.status, ()):
            if status != column.status:
                action = menu.addAction(self.tr("Move to: {}").format(i18n.choice_label(status)))
                action.triggered.connect(lambda _=False, s=status: self.move_orders(
                    [i.data(Qt.UserRole) for i in items], s))
        menu.exec(column.viewport().mapToGlobal(pos))
