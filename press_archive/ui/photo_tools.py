"""What the command line's `photos export|codes|duplicates` do, from the window: copies of the selected
photos with their metadata in a folder, the office's code replacements, and the duplicate groups side by
side. The same services, long work off the GUI thread."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSize, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from press_archive.services.archive import ChangeSet
from press_archive.ui import i18n
from press_archive.ui.progress import run_with_progress

translate = QCoreApplication.translate


def export_selected(page, out_dir: Path | None = None, on_done=None):
    """Copies of the selected photos (or the whole batch) carrying caption, keywords, photographer, place
    and date as IPTC and XMP, written by exiftool into a folder the user picks; originals untouched."""
    session, batch_id = page.session, page.model.batch_id
    if batch_id is None:
        return None
    ids = [i for i in page.grid.selected_ids() if i is not None] or None
    if out_dir is None:
        folder = QFileDialog.getExistingDirectory(page, translate("PhotoTools", "Export the photos to a folder"))
        if not folder:
            return None
        out_dir = Path(folder)

    def work(archive, task):
        from press_archive.services.photos import export_photos

        return export_photos(archive, batch_id, out_dir, ids, progress=task.progress)

    def done(report):
        session.status.emit(translate("PhotoTools", "{} photos exported to {}").format(
            i18n.fmt_int(len(report.files)), i18n.isolate(out_dir)))
        if on_done is not None:
            on_done(report)

    def failed(error):
        session.status.emit(translate("PhotoTools", "The export failed: {}").format(error))
        if on_done is not None:
            on_done(None)

    return run_with_progress(page, session, translate("PhotoTools", "Exporting photos…"), work, done, failed)


class CodeReplacementsDialog(QDialog):
    """The office's `\\code\\` replacements, shared by everyone working on the archive."""

    def __init__(self, session, parent=None):
        super().__init__(parent)
        from press_archive.services.photos import code_replacements

        self.session = session
        self.setWindowTitle(self.tr("Code replacements"))
        self.resize(560, 420)
        self.original = code_replacements(session.archive)
        self.table = QTableWidget(0, 2)
        self.table.setHorizontalHeaderLabels([self.tr("Code"), self.tr("Replaced by")])
        self.table.horizontalHeader().setStretchLastSection(True)
        for code, expansion in sorted(self.original.items()):
            self.add_row(code, expansion)
        self.add_button = QPushButton(self.tr("Add a code"))
        self.add_button.clicked.connect(lambda: self.add_row("", ""))
        self.remove_button = QPushButton(self.tr("Remove the chosen code"))
        self.remove_button.clicked.connect(lambda: self.table.removeRow(self.table.currentRow()))
        row = QHBoxLayout()
        row.addWidget(self.add_button)
        row.addWidget(self.remove_button)
        row.addStretch(1)
        self.message = i18n.plain_label("", wrap=True)
        self.message.setStyleSheet("color: #c62828;")
        self.buttons = QDialogButtonBox(QDialogButtonBox.Save | QDialogButtonBox.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(i18n.plain_label(self.tr("In captions, \\code\\ is replaced by its text."), wrap=True))
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)

    def add_row(self, code: str, expansion: str) -> None:
        n = self.table.rowCount()
        self.table.insertRow(n)
        self.table.setItem(n, 0, QTableWidgetItem(code))
        self.table.setItem(n, 1, QTableWidgetItem(expansion))

    def wanted(self) -> dict[str, str]:
        out = {}
        for n in range(self.table.rowCount()):
            code = (self.table.item(n, 0).text() if self.table.item(n, 0) else "").strip().strip("\\")
            text = (self.table.item(n, 1).text() if self.table.item(n, 1) else "").strip()
            if code:
                out[code] = text
        return out

    def save(self) -> None:
        """Changed codes are written, removed ones deleted, through the window's write path."""
        from press_archive.services.photos import set_code_replacement

        wanted = self.wanted()
        changes = {c: t for c, t in wanted.items() if self.original.get(c) != t}
        changes.update({c: None for c in self.original if c not in wanted})

        def op(archive):
            for code, text in changes.items():
                set_code_replacement(archive, code, text or None)
            return ChangeSet()

        def failed(error):
            i18n.set_plain(self.message, str(error))
            self.buttons.setEnabled(True)

        self.buttons.setEnabled(False)
        self.session.run_write(op, lambda _r: self.accept(), failed)


class DuplicatesDialog(QDialog):
    """Each group of photos stored more than once in substance, side by side; a double click opens the
    photo in its batch. Nothing is removed here: the photographer decides."""

    open_photo = Signal(int, int)  # batch id, photo id

    def __init__(self, session, loader, parent=None):
        super().__init__(parent)
        self.session, self.loader = session, loader
        self.setWindowTitle(self.tr("Duplicate photos"))
        self.resize(900, 600)
        self.info = i18n.plain_label(self.tr("Looking for duplicates…"))
        self.rows: list[QListWidget] = []
        self.layout_ = QVBoxLayout(self)
        self.layout_.addWidget(self.info)
        self.groups = []
        loader.ready.connect(self._thumbnail_ready)
        address = session.address

        def work(_task):
            from press_archive.services.photos import find_duplicates, get_photos

            with address.open() as archive:
                groups = find_duplicates(archive)
                rows = {p["id"]: p for p in get_photos(archive, [i for g in groups for i in g.photo_ids])}
                return [(g.kind, [rows[i] for i in g.photo_ids if i in rows]) for g in groups]

        self.task = session.tasks.run_task(work, self.show_groups, lambda error, _tb: i18n.set_plain(
            self.info, self.tr("Could not look for duplicates: {}").format(error)))

    def show_groups(self, groups) -> None:
        self.groups = groups
        i18n.set_plain(self.info, self.tr("{} groups of duplicates").format(i18n.fmt_int(len(groups))) if groups
                       else self.tr("No duplicates in the archive."))
        for kind, photos in groups:
            label = self.tr("The same image data") if kind == "same_image_data" else self.tr("Visually the same")
            self.layout_.addWidget(i18n.plain_label(label))
            strip = QListWidget()
            strip.setViewMode(QListWidget.IconMode)
            strip.setFlow(QListWidget.LeftToRight)
            strip.setWrapping(False)
            strip.setIconSize(QSize(160, 120))
            strip.setFixedHeight(170)
            strip.setSelectionMode(QAbstractItemView.SingleSelection)
            for photo in photos:
                item = QListWidgetItem(i18n.cell(photo.get("original_name") or ""))
                item.setData(Qt.UserRole, photo)
                item.setToolTip(f"{photo.get('width')} × {photo.get('height')}")
                self._set_icon(item)
                strip.addItem(item)
            strip.itemDoubleClicked.connect(lambda item: self.open_photo.emit(
                item.data(Qt.UserRole)["batch_id"], item.data(Qt.UserRole)["id"]))
            self.layout_.addWidget(strip)
            self.rows.append(strip)
        self.layout_.addStretch(1)

    def _set_icon(self, item: QListWidgetItem) -> None:
        photo = item.data(Qt.UserRole)
        pixmap = self.loader.pixmap(photo["id"], photo, 256)
        if pixmap is not None and not pixmap.isNull():
            item.setIcon(pixmap)

    def _thumbnail_ready(self, photo_id) -> None:
        for strip in self.rows:
            for n in range(strip.count()):
                if strip.item(n).data(Qt.UserRole)["id"] == photo_id:
                    self._set_icon(strip.item(n))
