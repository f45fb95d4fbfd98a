"""Imports as dialogs: pick files, watch the progress, cancel, and read every rejected row or file
and why. The import runs on the task pool with its own connection; the window stays responsive and
a photo batch fills the grid while it is still importing.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QListWidget,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from press_archive.domain.messages import said_of
from press_archive.domain.records import IMPORT_KINDS, split_list
from press_archive.services.archive import ChangeSet
from press_archive.ui import file_dialogs, i18n
from press_archive.ui.editors import EventLinkEdit, problem_text
from press_archive.ui.icons import icon
from press_archive.ui.jalali_widgets import JalaliDateEdit
from press_archive.ui.messages import say

KINDS = ("news", "events", "interviews", "productions", "photos")


def kind_title(kind: str) -> str:
    if kind == "photos":
        return i18n.translate("ImportDialog", "Photos")
    return i18n.kind_label(IMPORT_KINDS[kind])


def problems_of(report) -> list[dict]:
    """Every rejected row or file of a report, then its notes (the encoding a file was read in, unknown
    columns), as {file, line, field, message}."""
    out = []
    for e in (getattr(report, "errors", None) or []) + (getattr(report, "warnings", None) or []):
        if isinstance(e, dict):
            d = e
        elif hasattr(e, "as_dict"):
            d = e.as_dict()
        else:
            d = {"file": getattr(e, "file", ""), "line": getattr(e, "line", None), "field": getattr(e, "field", None),
                 "message": getattr(e, "message", str(e))}
        out.append({"file": str(d.get("file") or ""), "line": d.get("line"), "field": d.get("field"),
                    "message": d.get("message") or ""})  # as made: the window says it in its language
    return out


class ImportDialog(QDialog):
    progressed = Signal(str, int, int)  # kind, done, total
    imported = Signal(str, object)  # kind, report

    def __init__(self, session, settings=None, kind: str = "news", parent=None):
        super().__init__(parent)
        self.session = session
        self.settings = settings
        self.task = None
        self.report = None
        self.batch_ref: str | None = None
        self.setWindowTitle(self.tr("Import"))
        self.resize(720, 560)
        self.kind_box = QComboBox()
        for k in KINDS:
            self.kind_box.addItem(kind_title(k), k)
        self.kind_box.setCurrentIndex(max(0, KINDS.index(kind) if kind in KINDS else 0))
        self.files = QListWidget()
        self.files.setSelectionMode(QAbstractItemView.ExtendedSelection)
        self.add_files_button = QPushButton(icon("import"), self.tr("Add files…"))
        self.add_folder_button = QPushButton(icon("folder"), self.tr("Add folder…"))
        self.remove_button = QPushButton(self.tr("Remove"))
        self.add_files_button.clicked.connect(self._pick_files)
        self.add_folder_button.clicked.connect(self._pick_folder)
        self.remove_button.clicked.connect(lambda: [self.files.takeItem(self.files.row(i)) for i in self.files.selectedItems()])
        file_buttons = QHBoxLayout()
        file_buttons.addWidget(self.add_files_button)
        file_buttons.addWidget(self.add_folder_button)
        file_buttons.addWidget(self.remove_button)
        file_buttons.addStretch(1)
        # photo batch options (the contract's --title --photographer --date --event --keywords)
        self.photo_box = QGroupBox(self.tr("Photo batch"))
        pf = QFormLayout(self.photo_box)
        self.batch_title = QLineEdit()
        self.batch_photographer = QLineEdit()
        self.batch_date = JalaliDateEdit()
        self.batch_event = EventLinkEdit(session)
        self.batch_keywords = QLineEdit()
        self.batch_keywords.setPlaceholderText(self.tr("Separate items with commas"))
        pf.addRow(i18n.plain_label(self.tr("Title")), self.batch_title)
        pf.addRow(i18n.plain_label(self.tr("Photographer")), self.batch_photographer)
        pf.addRow(i18n.plain_label(self.tr("Date")), self.batch_date)
        pf.addRow(i18n.plain_label(self.tr("Event")), self.batch_event)
        pf.addRow(i18n.plain_label(self.tr("Keywords")), self.batch_keywords)
        self.progress = QProgressBar()
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        self.progress.setTextVisible(True)
        self.status = i18n.plain_label("", wrap=True)
        self.errors = QTableWidget(0, 4)
        self.errors.setHorizontalHeaderLabels([self.tr("File"), self.tr("Line"), self.tr("Field"), self.tr("Problem")])
        self.errors.horizontalHeader().setSectionResizeMode(3, QHeaderView.Stretch)
        self.errors.verticalHeader().hide()
        self.errors.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.errors.hide()
        self.start_button = QPushButton(icon("import"), self.tr("Start import"))
        self.start_button.setDefault(True)
        self.start_button.clicked.connect(self.start)
        self.cancel_button = QPushButton(self.tr("Cancel import"))
        self.cancel_button.setEnabled(False)
        self.cancel_button.clicked.connect(self.cancel)
        self.buttons = QDialogButtonBox(QDialogButtonBox.Close)
        self.buttons.rejected.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addWidget(self.start_button)
        bottom.addWidget(self.cancel_button)
        bottom.addStretch(1)
        bottom.addWidget(self.buttons)
        form = QFormLayout()
        form.addRow(i18n.plain_label(self.tr("What to import")), self.kind_box)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(i18n.plain_label(self.tr("Files")))
        layout.addWidget(self.files, 1)
        layout.addLayout(file_buttons)
        layout.addWidget(self.photo_box)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addWidget(self.errors, 2)
        layout.addLayout(bottom)
        self.kind_box.currentIndexChanged.connect(self._kind_changed)
        self._kind_changed()

    # -- choosing ---------------------------------------------------------------------

    def kind(self) -> str:
        return self.kind_box.currentData()

    def _kind_changed(self, *_a) -> None:
        photos = self.kind() == "photos"
        self.photo_box.setVisible(photos)
        self.add_folder_button.setVisible(photos)
        i18n.set_plain(self.status, "")

    def add_paths(self, paths) -> None:
        have = {self.files.item(i).data(Qt.UserRole) for i in range(self.files.count())}
        for p in paths:
            p = str(p)
            if p and p not in have:
                self.files.addItem(i18n.cell(p))
                self.files.item(self.files.count() - 1).setData(Qt.UserRole, p)

    def paths(self) -> list[Path]:
        return [Path(self.files.item(i).data(Qt.UserRole)) for i in range(self.files.count())]

    def _pick_files(self) -> None:
        if self.kind() == "photos":
            pattern = self.tr("Photos and zip files (*.jpg *.jpeg *.png *.tif *.tiff *.heic *.webp *.zip)")
        else:
            pattern = self.tr("JSON Lines or CSV (*.jsonl *.ndjson *.json *.csv *.tsv *.txt)")
        files = file_dialogs.open_files(self, self.tr("Choose files to import"), pattern)
        self.add_paths(files)

    def _pick_folder(self) -> None:
        folder = file_dialogs.existing_folder(self, self.tr("Choose a folder of photos"))
        if folder:
            self.add_paths([folder])

    # -- running ----------------------------------------------------------------------

    def running(self) -> bool:
        return self.task is not None and not self.task.finished

    def start(self) -> None:
        paths = self.paths()
        if not paths:
            i18n.set_plain(self.status, self.tr("Add at least one file."))
            return
        kind = self.kind()
        if kind == "photos" and not self.batch_date.is_valid():
            i18n.set_plain(self.status, self.tr("Fix the date first (write it as 1403/05/12)."))
            return
        self.errors.hide()
        self.errors.setRowCount(0)
        self.report = None
        self.start_button.setEnabled(False)
        self.cancel_button.setEnabled(True)
        self.kind_box.setEnabled(False)
        self.progress.setRange(0, 0)  # busy until the first progress report
        i18n.set_plain(self.status, self.tr("Importing…"))
        options = self._photo_options() if kind == "photos" else {}
        self.batch_ref = options.get("ref")
        session = self.session

        def work(task):
            archive = session.worker_archive()
            try:
                if kind == "photos":
                    from press_archive.services.photos import import_photos

                    return import_photos(archive, paths, progress=lambda p: task.progress(p.done, p.total),
                              cancel=task.is_cancelled, **options)
                from press_archive.services.imports import import_records

                return import_records(archive, kind, paths, progress=task.progress, cancelled=task.is_cancelled)
            finally:
                archive.close()

        self.task = session.tasks.run_task(work, self._done, self._failed)
        self.task.progressed.connect(self._progress)

    def _photo_options(self) -> dict:
        ref = f"import-{datetime.now().strftime('%Y%m%d-%H%M%S')}"
        return {
            "title": self.batch_title.text().strip() or None,
            "photographer": self.batch_photographer.text().strip() or None,
            "date": self.batch_date.iso(),
            "event_ref": self.batch_event.line.text().strip() or None,
            "keywords": split_list(self.batch_keywords.text()) or None,
            "ref": ref,
        }

    def cancel(self) -> None:
        if self.running():
            self.task.cancel()
            self.cancel_button.setEnabled(False)
            i18n.set_plain(self.status, self.tr("Cancelling… what is already stored stays."))

    def _progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(1, total))
        self.progress.setValue(done)
        self.progressed.emit(self.kind(), done, total)

    def _finish_ui(self) -> None:
        self.start_button.setEnabled(True)
        self.cancel_button.setEnabled(False)
        self.kind_box.setEnabled(True)
        if self.progress.maximum() == 0:
            self.progress.setRange(0, 1)

    def _done(self, report) -> None:
        self.report = report
        self._finish_ui()
        self.progress.setValue(self.progress.maximum())
        cancelled = self.task is not None and self.task.is_cancelled()
        self.show_report(report, cancelled=cancelled)
        changes = getattr(report, "changes", None)
        if not isinstance(changes, ChangeSet) or not changes:
            changes = ChangeSet()  # the report did not say what changed: refresh the screens of this kind
            if self.kind() == "photos":
                changes.add("added", "photo_batch", [])
                changes.add("added", "photo", [])
            else:
                changes.add("added", IMPORT_KINDS[self.kind()].search_type, [])
        self.session.announce(changes)
        if self.settings is not None:
            entry = {"kind": self.kind(), "summary": self.summary_text(report),
                     "files": [str(p) for p in self.paths()][:5]}
            batch = getattr(report, "batch_id", None) or getattr(getattr(report, "batch", None), "id", None)
            if isinstance(getattr(report, "batch", None), dict):
                batch = report.batch.get("id")
            if batch:
                entry["batch_id"] = int(batch)
            self.settings.add_recent_import(entry, self.session.root)
        self.imported.emit(self.kind(), report)

    def _failed(self, error: BaseException, text: str) -> None:
        self._finish_ui()
        self.progress.setValue(0)
        i18n.set_plain(self.status, self.tr("Nothing was imported: {}").format(say(error)))

    def summary_text(self, report) -> str:
        imported = getattr(report, "imported", 0) or 0
        updated = getattr(report, "updated", 0) or 0
        rejected = getattr(report, "rejected", 0) or 0
        text = self.tr("Imported {}, updated {}, rejected {}").format(
            i18n.fmt_int(imported), i18n.fmt_int(updated), i18n.fmt_int(rejected))
        duplicates = getattr(report, "duplicates", None)
        if duplicates:
            text += " — " + self.tr("duplicates {}").format(i18n.fmt_int(duplicates))
        return text

    def show_report(self, report, cancelled: bool = False) -> None:
        text = self.summary_text(report)
        if cancelled:
            text = self.tr("Cancelled.") + " " + text
        i18n.set_plain(self.status, text)
        problems = problems_of(report)
        self.errors.setRowCount(len(problems))
        for row, p in enumerate(problems):
            field = p["field"] or ""
            if field and self.kind() in IMPORT_KINDS and field in IMPORT_KINDS[self.kind()].field_names:
                field = i18n.field_label(IMPORT_KINDS[self.kind()].field(field))
            values = [Path(p["file"]).name, i18n.digits(p["line"]) if p["line"] else "", field,
                      self._problem(p["message"])]
            for col, value in enumerate(values):
                self.errors.setItem(row, col, QTableWidgetItem(i18n.cell(str(value))))
        self.errors.setVisible(bool(problems))
        self.errors.resizeColumnsToContents()
        self.errors.horizontalHeader().setStretchLastSection(True)

    @staticmethod
    def _problem(message: str) -> str:
        """The problem in the interface's language; a line no template was made for is matched against the
        common ones, with the service's own words kept beside it (isolated, so the English keeps its order)."""
        if said_of(message) is not None:
            return say(message)
        shown = problem_text(message)
        if shown == message:
            return message
        return f"{shown} — \u2066{message}\u2069"

    def reject(self) -> None:
        if self.running():
            self.cancel()
            return  # closes once the import has stopped cleanly
        super().reject()

    def closeEvent(self, event) -> None:
        if self.running():
            self.cancel()
            event.ignore()
            return
        super().closeEvent(event)
