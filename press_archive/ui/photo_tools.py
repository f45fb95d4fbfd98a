"""What the command line's `photos export|codes|keywords|duplicates` do, from the window: copies of the
selected photos with their metadata in a folder, the office's code replacements and keyword vocabulary, and
the duplicate groups side by side. The same services, long work off the GUI thread."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSize, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QListWidget,
    QLineEdit,
    QListWidgetItem,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from press_archive.services.archive import ChangeSet
from press_archive.ui import file_dialogs, i18n
from press_archive.ui.messages import say
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
        folder = file_dialogs.existing_folder(page, translate("PhotoTools", "Export the photos to a folder"))
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
        session.status.emit(translate("PhotoTools", "The export failed: {}").format(say(error)))
        if on_done is not None:
            on_done(None)

    return run_with_progress(page, session, translate("PhotoTools", "Exporting photos…"), work, done, failed)


def save_and_close(dialog: QDialog, op) -> None:
    """An office list's editor saves through the window's write path: closed once stored, kept open with
    the reason when refused (its `buttons`, `message` and `session` are used)."""

    def failed(error):
        i18n.set_plain(dialog.message, say(error))
        dialog.buttons.setEnabled(True)

    dialog.buttons.setEnabled(False)
    dialog.session.run_write(lambda archive: (op(archive), ChangeSet())[1], lambda _r: dialog.accept(), failed)


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
        from press_archive.services.photos import set_code_replacements

        wanted = self.wanted()
        changes = {c: t or None for c, t in wanted.items() if self.original.get(c) != t}
        changes.update({c: None for c in self.original if c not in wanted})
        save_and_close(self, lambda archive: set_code_replacements(archive, changes))


class KeywordVocabularyDialog(QDialog):
    """The office's keywords, what type-ahead offers everyone tagging photos: add some, take others out
    (photos keep the keywords they carry). Saved through the window's write path, audited."""

    def __init__(self, session, parent=None):
        super().__init__(parent)
        from press_archive.services.photos import keyword_vocabulary

        self.session = session
        self.setWindowTitle(self.tr("Keyword vocabulary"))
        self.resize(480, 520)
        self.original = keyword_vocabulary(session.archive)
        self.list = QListWidget()
        self.list.setSelectionMode(QAbstractItemView.ExtendedSelection)
        for keyword, uses in self.original.items():
            self._add_item(keyword, uses)
        self.new_keyword = QLineEdit()
        self.new_keyword.setPlaceholderText(self.tr("Separate items with commas"))
        self.new_keyword.returnPressed.connect(self.add_typed)
        self.add_button = QPushButton(self.tr("Add"))
        self.add_button.clicked.connect(self.add_typed)
        self.remove_button = QPushButton(self.tr("Remove the chosen keywords"))
        self.remove_button.clicked.connect(
            lambda: [self.list.takeItem(self.list.row(item)) for item in self.list.selectedItems()])
        row = QHBoxLayout()
        row.addWidget(self.new_keyword, 1)
        row.addWidget(self.add_button)
        self.message = i18n.plain_label("", wrap=True)
        self.message.setStyleSheet("color: #c62828;")
        self.buttons = QDialogButtonBox(QDialogButtonBox.Save | QDialogButtonBox.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(i18n.plain_label(self.tr("The keywords offered when photos are tagged, and how many "
                                                  "photos and batches use each. Photos keep the keywords they carry."), wrap=True))
        layout.addWidget(self.list, 1)
        layout.addLayout(row)
        layout.addWidget(self.remove_button)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)

    def keyPressEvent(self, event) -> None:
        if event.key() in (Qt.Key_Return, Qt.Key_Enter) and self.focusWidget() is self.new_keyword:
            return  # Return in the keyword field added it; it does not save the dialog
        super().keyPressEvent(event)

    def _add_item(self, keyword: str, uses: int) -> None:
        item = QListWidgetItem(f"{i18n.cell(keyword)} ({i18n.fmt_int(uses)})")
        item.setData(Qt.UserRole, keyword)
        self.list.addItem(item)

    def add_typed(self) -> None:
        from press_archive.domain.records import split_list

        shown = set(self.wanted())
        for keyword in split_list(self.new_keyword.text()):
            if keyword not in shown:
                self._add_item(keyword, self.original.get(keyword, 0))
                shown.add(keyword)
        self.new_keyword.clear()

    def wanted(self) -> list[str]:
        return [self.list.item(n).data(Qt.UserRole) for n in range(self.list.count())]

    def save(self) -> None:
        from press_archive.services.photos import edit_keyword_vocabulary

        wanted = self.wanted()
        add = [k for k in wanted if k not in self.original]
        remove = [k for k in self.original if k not in set(wanted)]

        save_and_close(self, lambda archive: edit_keyword_vocabulary(archive, add, remove))


class DuplicatesDialog(QDialog):
    """Each group of photos stored more than once in substance, side by side; a double click opens the
    photo in its batch. The photographer keeps one (picked, the others of its group rejected) or rejects the
    chosen; nothing is deleted here, and Ctrl+Z on the Photos page takes a keep or reject back."""

    open_photo = Signal(int, int)  # batch id, photo id

    def __init__(self, session, loader, parent=None):
        super().__init__(parent)
        self.session, self.loader = session, loader
        self.setWindowTitle(self.tr("Duplicate photos"))
        self.resize(900, 600)
        self.info = i18n.plain_label(self.tr("Looking for duplicates…"))
        self.rows: list[QListWidget] = []
        self.write_refusal: str | None = None  # set by the window when the login's role may not change photos
        self.keep_buttons: list[QPushButton] = []
        self.reject_buttons: list[QPushButton] = []
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
            self.info, self.tr("Could not look for duplicates: {}").format(say(error))))

    def show_groups(self, groups) -> None:
        self.groups = groups
        if not groups:
            text = self.tr("No duplicates in the archive.")
        elif len(groups) == 1:
            text = self.tr("One group of duplicates")
        else:
            text = self.tr("{} groups of duplicates").format(i18n.fmt_int(len(groups)))
        i18n.set_plain(self.info, text)
        for kind, photos in groups:
            label = self.tr("The same image data") if kind == "same_image_data" else self.tr("Visually the same")
            self.layout_.addWidget(i18n.plain_label(label))
            strip = QListWidget()
            strip.setViewMode(QListWidget.IconMode)
            strip.setFlow(QListWidget.LeftToRight)
            strip.setWrapping(False)
            strip.setIconSize(QSize(160, 120))
            strip.setGridSize(QSize(176, 150))  # each photo its own cell (the names no longer overlap the images)
            strip.setFixedHeight(170)
            strip.setSelectionMode(QAbstractItemView.SingleSelection)
            for photo in photos:
                item = QListWidgetItem()
                item.setData(Qt.UserRole, photo)
                self._set_text(item)
                item.setToolTip(f"{photo.get('width')} × {photo.get('height')}")
                self._set_icon(item)
                strip.addItem(item)
            strip.itemDoubleClicked.connect(lambda item: self.open_photo.emit(
                item.data(Qt.UserRole)["batch_id"], item.data(Qt.UserRole)["id"]))
            self.layout_.addWidget(strip)
            self.rows.append(strip)
            keep = QPushButton(self.tr("Keep the chosen, reject the others"))
            keep.clicked.connect(lambda _=False, s=strip: self.keep_chosen(s))
            reject = QPushButton(self.tr("Reject the chosen"))
            reject.clicked.connect(lambda _=False, s=strip: self.reject_chosen(s))
            buttons = QHBoxLayout()
            buttons.addWidget(keep)
            buttons.addWidget(reject)
            buttons.addStretch(1)
            self.layout_.addLayout(buttons)
            self.keep_buttons.append(keep)
            self.reject_buttons.append(reject)
            if self.write_refusal:
                for button in (keep, reject):
                    button.setEnabled(False)
                    button.setToolTip(self.write_refusal)
        self.layout_.addStretch(1)

    @staticmethod
    def _set_text(item: QListWidgetItem) -> None:
        from press_archive.services.photos import pick_flag

        photo = item.data(Qt.UserRole)
        mark = {1: "✓ ", -1: "✕ "}.get(pick_flag(photo), "")
        item.setText(mark + i18n.cell(photo.get("original_name") or ""))

    def keep_chosen(self, strip: QListWidget):
        """The chosen photo is kept (picked), the rest of its group rejected; one undo step on the Photos page."""
        chosen = strip.currentItem()
        if chosen is None:
            return None
        keep = chosen.data(Qt.UserRole)["id"]
        others = [strip.item(n).data(Qt.UserRole)["id"] for n in range(strip.count())]
        return self._flag(strip, [keep], [i for i in others if i != keep])

    def reject_chosen(self, strip: QListWidget):
        chosen = strip.currentItem()
        return None if chosen is None else self._flag(strip, [], [chosen.data(Qt.UserRole)["id"]])

    def _flag(self, strip: QListWidget, keep: list[int], reject: list[int]):
        from press_archive.services.photos import flag_photos, get_photos
        from press_archive.ui import undo

        ids = keep + reject
        text = (self.tr("Keep one of {} duplicates").format(i18n.fmt_int(len(ids))) if keep
                else self.tr("Reject {} photos").format(i18n.fmt_int(len(ids))))

        def done(_result):
            rows = {p["id"]: p for p in get_photos(self.session.archive, ids)}
            for n in range(strip.count()):
                item = strip.item(n)
                photo = rows.get(item.data(Qt.UserRole)["id"])
                if photo is not None:
                    item.setData(Qt.UserRole, photo)
                    self._set_text(item)

        return undo.tag_photos(self.session, self.session.undo_stack_for("photos"), ids,
                               lambda archive: flag_photos(archive, keep, reject), text, done)

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
