"""The event dossier: a press conference (or any event) with its news items, photo batches and
interview orders, from `services.records.event_dossier`.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHeaderView,
    QHBoxLayout,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from press_archive.domain.records import kind_named
from press_archive.services import records as record_service
from press_archive.ui import i18n
from press_archive.ui.icons import icon
from press_archive.ui.record_model import display_value

SECTIONS = (
    ("news", "news", ("date", "title", "category")),
    ("photo_batches", "photo_batches", ("date", "title", "photographer")),
    ("interviews", "interviews", ("date", "outlet", "topic", "status")),
)


class EventDossier(QWidget):
    open_record = Signal(str, int)  # kind, id
    open_batch = Signal(int)

    def __init__(self, session, parent=None):
        super().__init__(parent)
        self.session = session
        self.event_id: int | None = None
        self.title = i18n.plain_label("", wrap=True)
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.title.setFont(font)
        self.facts = QFormLayout()
        self.fact_labels = {}
        events = kind_named("events")
        for name in ("kind", "date", "venue", "speakers", "media"):
            label = i18n.plain_label("", wrap=True, selectable=True)
            self.fact_labels[name] = label
            self.facts.addRow(i18n.plain_label(i18n.field_label(events.field(name))), label)
        self.summary = i18n.plain_label("", wrap=True, selectable=True)
        self.edit_button = QPushButton(icon("edit"), self.tr("Edit event"))
        self.edit_button.clicked.connect(lambda: self.event_id and self.open_record.emit("events", self.event_id))
        head = QHBoxLayout()
        head.addWidget(self.title, 1)
        head.addWidget(self.edit_button, 0, Qt.AlignTop)
        self.trees: dict[str, QTreeWidget] = {}
        self.boxes: dict[str, QGroupBox] = {}
        sections = QHBoxLayout()
        for key, kind_name, columns in SECTIONS:
            kind = kind_named(kind_name)
            box = QGroupBox(i18n.kind_label(kind))
            tree = QTreeWidget()
            tree.setRootIsDecorated(False)
            tree.setHeaderLabels([i18n.field_label(kind.field(c)) for c in columns])
            header = tree.header()
            header.setStretchLastSection(False)
            for n, c in enumerate(columns):
                header.setSectionResizeMode(n, QHeaderView.Stretch if c in ("title", "topic") else
                                            QHeaderView.ResizeToContents)
            tree.itemActivated.connect(lambda item, _c, k=kind_name: self._activated(k, item))
            tree.itemDoubleClicked.connect(lambda item, _c, k=kind_name: self._activated(k, item))
            lay = QVBoxLayout(box)
            lay.addWidget(tree)
            sections.addWidget(box, 1)
            self.trees[key] = tree
            self.boxes[key] = box
        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addLayout(self.facts)
        layout.addWidget(self.summary)
        layout.addLayout(sections, 1)
        session.changed.connect(self._changed)

    def _changed(self, changes) -> None:
        if self.event_id is not None and changes.types() & {"event", "news", "photo_batch", "interview"}:
            self.show_event(self.event_id)

    def show_event(self, event_id: int) -> None:
        self.event_id = event_id
        dossier = record_service.event_dossier(self.session.archive, event_id)
        event = dossier["event"]
        i18n.set_plain(self.title, event.get("title") or "")
        i18n.set_plain(self.fact_labels["kind"], i18n.choice_label(event.get("kind")))
        i18n.set_plain(self.fact_labels["date"], i18n.fmt_date(event.get("date"), "long"))
        i18n.set_plain(self.fact_labels["venue"], event.get("venue") or "")
        i18n.set_plain(self.fact_labels["speakers"], i18n.list_text(event.get("speakers")))
        i18n.set_plain(self.fact_labels["media"], i18n.list_text(event.get("media")))
        i18n.set_plain(self.summary, event.get("summary") or "")
        self.summary.setVisible(bool(event.get("summary")))
        for key, kind_name, columns in SECTIONS:
            k = kind_named(kind_name)
            tree = self.trees[key]
            tree.clear()
            rows = dossier.get(key) or []
            for row in rows:
                item = QTreeWidgetItem([display_value(k, c, row.get(c)) for c in columns])
                item.setData(0, Qt.UserRole, row["id"])
                tree.addTopLevelItem(item)
            self.boxes[key].setTitle(f"{i18n.kind_label(k)} ({i18n.fmt_int(len(rows))})")

    def _activated(self, kind_name: str, item: QTreeWidgetItem) -> None:
        record_id = item.data(0, Qt.UserRole)
        if kind_name == "photo_batches":
            self.open_batch.emit(record_id)
        else:
            self.open_record.emit(kind_name, record_id)
