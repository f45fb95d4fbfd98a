"""The detail panel: every field of the selected record as plain text, and what one can do with it."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from press_archive.domain.records import RecordKind
from press_archive.services import records as record_service
from press_archive.ui import i18n
from press_archive.ui.icons import icon
from press_archive.ui.record_model import display_value, record_title


class DetailPanel(QWidget):
    edit_requested = Signal()
    delete_requested = Signal()
    restore_requested = Signal()
    dossier_requested = Signal(int)
    photos_requested = Signal(int)

    def __init__(self, session, parent=None):
        super().__init__(parent)
        self.session = session
        self.kind: RecordKind | None = None
        self.record: dict | None = None
        self.title = i18n.plain_label("", wrap=True, selectable=True)
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.title.setFont(font)
        self.form_host = QWidget()
        self.form = QFormLayout(self.form_host)
        self.form.setRowWrapPolicy(QFormLayout.WrapLongRows)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.form_host)
        scroll.setFrameShape(QScrollArea.NoFrame)
        self.edit_button = QPushButton(icon("edit"), self.tr("Edit"))
        self.delete_button = QPushButton(icon("trash"), self.tr("Delete"))
        self.restore_button = QPushButton(icon("restore"), self.tr("Restore"))
        self.dossier_button = QPushButton(icon("dossier"), self.tr("Dossier"))
        self.photos_button = QPushButton(icon("photo"), self.tr("Photos"))
        self.edit_button.clicked.connect(self.edit_requested)
        self.delete_button.clicked.connect(self.delete_requested)
        self.restore_button.clicked.connect(self.restore_requested)
        self.dossier_button.clicked.connect(lambda: self.record and self.dossier_requested.emit(self.record["id"]))
        self.photos_button.clicked.connect(lambda: self.record and self.photos_requested.emit(self.record["id"]))
        buttons = QHBoxLayout()
        for b in (self.edit_button, self.dossier_button, self.photos_button, self.delete_button, self.restore_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        self.history = i18n.plain_label("", wrap=True)
        self.history.setStyleSheet("color: #607d8b;")
        self.empty = i18n.plain_label(self.tr("Select a record to see it here."), wrap=True)
        self.empty.setAlignment(Qt.AlignCenter)
        layout = QVBoxLayout(self)
        layout.addWidget(self.empty)
        layout.addWidget(self.title)
        layout.addLayout(buttons)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.history)
        self.setMinimumWidth(260)
        self.show_record(None, None)

    def show_record(self, kind: RecordKind | None, record: dict | None) -> None:
        self.kind, self.record = kind, record
        while self.form.rowCount():
            self.form.removeRow(0)
        has = record is not None and kind is not None
        self.empty.setVisible(not has)
        for w in (self.title, self.edit_button, self.delete_button, self.history):
            w.setVisible(has)
        self.restore_button.setVisible(has and bool(record.get("deleted_at")))
        self.delete_button.setVisible(has and not record.get("deleted_at"))
        self.dossier_button.setVisible(has and kind.name == "events")
        self.photos_button.setVisible(has and kind.name == "photo_batches")
        if not has:
            i18n.set_plain(self.title, "")
            i18n.set_plain(self.history, "")
            return
        i18n.set_plain(self.title, record_title(kind, record))
        for f in kind.fields:
            value = display_value(kind, f.name, record.get(f.name))
            if not value:
                continue
            label = i18n.plain_label(value, wrap=True, selectable=True)
            name = i18n.plain_label(i18n.field_label(f))
            name.setStyleSheet("color: #607d8b;")
            self.form.addRow(name, label)
        self._show_history(kind, record)

    def _show_history(self, kind: RecordKind, record: dict) -> None:
        try:
            entries = record_service.audit_entries(self.session.archive, kind.search_type, record["id"], limit=5)
        except Exception:
            entries = []
        lines = []
        actions = {"add": self.tr("added"), "edit": self.tr("edited"), "delete": self.tr("deleted"),
                   "restore": self.tr("restored"), "import": self.tr("imported")}
        for e in entries:
            when = i18n.fmt_date((e.get("at") or "")[:10])
            lines.append(f"{when} — {e.get('user') or ''} — {actions.get(e.get('action'), e.get('action') or '')}")
        i18n.set_plain(self.history, "\n".join(lines))
