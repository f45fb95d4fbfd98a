"""The photo desk: the batches, the grid of the chosen batch, and the batch-tagging panel.

Tagging applies to the selected photos: keywords added or removed, a caption (with the office's code
replacements expanded), photographer, place, rating and pick. The keys 1-5, 0, P, X and Space work
on the grid directly.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from press_archive.domain.records import split_list
from press_archive.services import photos as photo_service
from press_archive.services import records as record_service
from press_archive.ui import i18n, undo
from press_archive.ui.editors import PrefixCompleter
from press_archive.ui.icons import icon
from press_archive.ui.messages import say
from press_archive.ui.photo_grid import (
    PREVIEW, CompareDialog, PhotoGrid, PhotoGridModel, PreviewDialog, thumbnail_source,
)
from press_archive.ui.photo_info import SHOWN_AT_MOST, PhotoInfoPanel
from press_archive.ui.record_model import ID_ROLE, RECORD_ROLE, RecordTableModel
from press_archive.ui.thumbnails import ThumbnailLoader

def expand_codes(session, text: str) -> str:
    """The office's code replacements (\\rk\\ -> a name...) applied to a caption."""
    return photo_service.expand_codes(session.archive, text) if text else text


def tag_photos(archive, batch_id: int, ids: list[int], changes: dict):
    """Apply `changes` (add, remove, caption, photographer, place, rating, picked) to photos of one batch."""
    from press_archive.services.photos import TagChange, tag_photos as tag

    return tag(archive, batch_id, list(ids), TagChange(**changes))


# The grid's flag keys: P picks, X rejects, U takes either away.
FLAG_CHANGES = {1: {"picked": True}, -1: {"rejected": True}, 0: {"picked": False, "rejected": False}}


def tag_step_text(changes: dict, n: int) -> str:
    """What undo will name: "Rate 3 photos", "Pick 1 photos", "Tag 12 photos"."""
    translate = QCoreApplication.translate
    if set(changes) == {"rating"}:
        text = translate("Undo", "Rate {} photos")
    elif set(changes) == {"picked"}:
        text = translate("Undo", "Pick {} photos") if changes["picked"] else translate("Undo", "Unpick {} photos")
    elif changes == {"rejected": True}:
        text = translate("Undo", "Reject {} photos")
    elif changes == FLAG_CHANGES[0]:
        text = translate("Undo", "Clear the pick or reject of {} photos")
    else:
        text = translate("Undo", "Tag {} photos")
    return text.format(i18n.fmt_int(n))


class TaggingPanel(QWidget):
    apply_requested = Signal(dict)

    def __init__(self, session, parent=None):
        super().__init__(parent)
        self.session = session
        self.count = i18n.plain_label(self.tr("No photo selected"))
        self.add_keywords = QLineEdit()
        self.add_keywords.setPlaceholderText(self.tr("Separate items with commas"))
        self.remove_keywords = QLineEdit()
        self.remove_keywords.setPlaceholderText(self.tr("Separate items with commas"))
        for line in (self.add_keywords, self.remove_keywords):
            PrefixCompleter(lambda prefix: photo_service.keyword_suggestions(session.archive, prefix), line,
                            tokens=True).attach(line)
        self.add_people = QLineEdit()
        self.add_people.setPlaceholderText(self.tr("Separate items with commas"))
        PrefixCompleter(lambda prefix: photo_service.people_suggestions(session.archive, prefix), self.add_people,
                        tokens=True).attach(self.add_people)
        self.caption = QPlainTextEdit()
        self.caption.setTabChangesFocus(True)
        self.caption.setMaximumHeight(90)
        self.expand = QCheckBox(self.tr("Expand code replacements"))
        self.expand.setChecked(True)
        self.photographer = QLineEdit()
        PrefixCompleter(lambda prefix: record_service.suggestions(session.archive, "photo_batches", "photographer",
                                                                  prefix, 30), self.photographer).attach(self.photographer)
        self.place = QLineEdit()
        PrefixCompleter(lambda prefix: record_service.suggestions(session.archive, "photo_batches", "place", prefix, 30),
                        self.place).attach(self.place)
        self.rating = QComboBox()
        self.rating.addItem(self.tr("(unchanged)"), None)
        self.rating.addItem(self.tr("No rating"), 0)
        for n in range(1, 6):
            self.rating.addItem(i18n.digits(n) + " " + "★" * n, n)
        self.pick = QComboBox()
        self.pick.addItem(self.tr("(unchanged)"), None)
        self.pick.addItem(self.tr("Picked"), FLAG_CHANGES[1])
        self.pick.addItem(self.tr("Rejected"), FLAG_CHANGES[-1])
        self.pick.addItem(self.tr("Neither picked nor rejected"), FLAG_CHANGES[0])
        self.apply_button = QPushButton(icon("pick"), self.tr("Apply to selected photos"))
        self.apply_button.clicked.connect(self._apply)
        self.message = i18n.plain_label("", wrap=True)
        form = QFormLayout()
        form.addRow(i18n.plain_label(self.tr("Add keywords")), self.add_keywords)
        form.addRow(i18n.plain_label(self.tr("Remove keywords")), self.remove_keywords)
        form.addRow(i18n.plain_label(self.tr("Add people")), self.add_people)
        form.addRow(i18n.plain_label(self.tr("Caption")), self.caption)
        form.addRow(self.expand)
        form.addRow(i18n.plain_label(self.tr("Photographer")), self.photographer)
        form.addRow(i18n.plain_label(self.tr("Place")), self.place)
        form.addRow(i18n.plain_label(self.tr("Rating")), self.rating)
        form.addRow(i18n.plain_label(self.tr("Pick")), self.pick)
        layout = QVBoxLayout(self)
        layout.addWidget(self.count)
        layout.addLayout(form)
        layout.addWidget(self.apply_button)
        layout.addWidget(self.message)
        keys = i18n.plain_label(self.tr("Keys: 1-5 rating, P pick, X reject, U neither, Space preview, Z 100 %, C compare, Delete"),
                                wrap=True)
        keys.setStyleSheet("color: #607d8b;")
        layout.addWidget(keys)
        layout.addStretch(1)
        self.setMinimumWidth(300)

    def set_selection_count(self, n: int) -> None:
        i18n.set_plain(self.count, self.tr("{} photos selected").format(i18n.fmt_int(n)) if n
                       else self.tr("No photo selected"))
        self.apply_button.setEnabled(n > 0)

    def changes(self) -> dict:
        out: dict = {}
        add = split_list(self.add_keywords.text())
        remove = split_list(self.remove_keywords.text())
        if add:
            out["add"] = add
        if remove:
            out["remove"] = remove
        if people := split_list(self.add_people.text()):
            out["add_people"] = people
        caption = self.caption.toPlainText().strip()
        if caption:
            out["caption"] = expand_codes(self.session, caption) if self.expand.isChecked() else caption
        for name, line in (("photographer", self.photographer), ("place", self.place)):
            if line.text().strip():
                out[name] = line.text().strip()
        if self.rating.currentData() is not None:
            out["rating"] = self.rating.currentData()
        if self.pick.currentData() is not None:
            out.update(self.pick.currentData())
        return out

    def _apply(self) -> None:
        changes = self.changes()
        if changes:
            self.apply_requested.emit(changes)

    def clear(self) -> None:
        for line in (self.add_keywords, self.remove_keywords, self.add_people, self.photographer, self.place):
            line.clear()
        self.caption.clear()
        self.rating.setCurrentIndex(0)
        self.pick.setCurrentIndex(0)


class PhotosPage(QWidget):
    batch_selected = Signal(int)

    def __init__(self, session, settings=None, parent=None):
        super().__init__(parent)
        self.session = session
        self.undo_stack = session.undo_stack_for("photos")
        self.loader = ThumbnailLoader(thumbnail_source(session), self)
        self.batches = RecordTableModel(session, "photo_batches", parent=self)
        self.batch_view = QTableView()
        self.batch_view.setModel(self.batches)
        self.batch_view.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.batch_view.setSelectionMode(QAbstractItemView.SingleSelection)
        self.batch_view.verticalHeader().hide()
        self.batch_view.setSortingEnabled(True)
        self.batch_view.horizontalHeader().setSectionResizeMode(1, QHeaderView.Stretch)
        self.batch_view.horizontalHeader().setSortIndicator(0, Qt.DescendingOrder)
        self.batch_view.selectionModel().currentRowChanged.connect(self._batch_changed)
        self.model = PhotoGridModel(session, self.loader, self)
        self.grid = PhotoGrid(self.model)
        if settings is not None:
            self.grid.set_zoom(settings.thumbnail_size)
        self.panel = TaggingPanel(session)
        # typed values are cleared once applied, so they cannot be applied twice by mistake
        self.panel.apply_requested.connect(
            lambda changes: self.apply_tags(self.grid.selected_ids(), changes, self.panel.clear))
        self.panel.set_selection_count(0)
        self.info = PhotoInfoPanel()
        self._info_timer = QTimer(self)  # one read after a burst of selection changes (Shift+arrows held down)
        self._info_timer.setSingleShot(True)
        self._info_timer.setInterval(60)
        self._info_timer.timeout.connect(self.show_selection_info)
        self.grid.view.selectionModel().selectionChanged.connect(self._selection_changed)
        self.grid.view.rate.connect(lambda n: self.apply_tags(self.grid.selected_ids(), {"rating": n}))
        self.grid.view.pick.connect(lambda p: self.apply_tags(self.grid.selected_ids(), FLAG_CHANGES[p]))
        self.grid.view.preview.connect(self.preview_current)
        self.grid.view.delete.connect(self.delete_selected)
        self.grid.view.compare.connect(self.compare_selected)
        self.grid.view.loupe.connect(self.loupe_current)
        self.grid.view.doubleClicked.connect(lambda _i: self.preview_current())
        lower = QSplitter(Qt.Horizontal)
        lower.addWidget(self.grid)
        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.addWidget(self.info)
        side_layout.addWidget(self.panel, 1)
        side_scroll = QScrollArea()
        side_scroll.setWidgetResizable(True)
        side_scroll.setWidget(side)
        side_scroll.setMinimumWidth(320)
        lower.addWidget(side_scroll)
        lower.setStretchFactor(0, 1)
        lower.setSizes([900, 280])
        splitter = QSplitter(Qt.Vertical)
        splitter.addWidget(self.batch_view)
        splitter.addWidget(lower)
        splitter.setSizes([130, 640])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)
        self.message = self.panel.message
        session.changed.connect(self._changed)

    # -- batches ------------------------------------------------------------------------

    def _batch_changed(self, current, _previous) -> None:
        if not current.isValid():
            return
        batch_id = self.batches.data(current, ID_ROLE)
        if batch_id != self.model.batch_id:
            self.model.set_batch(batch_id)
            self.batch_selected.emit(batch_id)

    def show_batch(self, batch_id: int | None) -> None:
        if batch_id is None:
            self.model.set_batch(None)
            return
        row = self.batches.row_of(batch_id)
        if row is not None:
            # (QTableView.selectRow misses in right-to-left views)
            self.batch_view.selectionModel().setCurrentIndex(
                self.batches.index(row, 0), QItemSelectionModel.ClearAndSelect | QItemSelectionModel.Rows)
            self.batch_view.scrollTo(self.batches.index(row, 0))
        if self.model.batch_id != batch_id:
            self.model.set_batch(batch_id)

    def show_first_batch(self) -> None:
        if self.model.batch_id is None and self.batches.rowCount():
            self.show_batch(self.batches.record_id(0))

    def select_photo(self, photo_id: int) -> bool:
        """Make one photo of the shown batch the current and only selected one (a search hit opened)."""
        row = self.model.row_of(photo_id)
        if row is None:
            return False
        index = self.model.index(row)
        self.grid.view.selectionModel().setCurrentIndex(index, QItemSelectionModel.ClearAndSelect)
        self.grid.view.scrollTo(index, QAbstractItemView.PositionAtCenter)
        self.grid.view.setFocus()
        return True

    def current_batch(self) -> int | None:
        return self.model.batch_id

    def refresh_live(self, ref: str | None = None) -> None:
        """During a photo import: show the new batch as soon as it exists, and its photos as they come."""
        if ref:
            try:
                batch = record_service.resolve(self.session.archive, "photo_batches", ref)
            except LookupError:
                batch = None
            if batch is not None and self.model.batch_id != batch["id"]:
                self.batches.reload()
                self.show_batch(batch["id"])
                return
        self.model.refresh_live()

    def _selection_changed(self, *_args) -> None:
        self.panel.set_selection_count(len(self.grid.selected_ids()))
        self._info_timer.start()

    def show_selection_info(self) -> None:
        """The info panel shows what the selected photos hold now (read in one query, never in a paint)."""
        self._info_timer.stop()
        ids = [i for i in self.grid.selected_ids() if i is not None][:SHOWN_AT_MOST]
        photos = photo_service.get_photos(self.session.archive, ids) if ids else []
        batches = {}
        for batch_id in {p["batch_id"] for p in photos}:
            batches[batch_id] = record_service.resolve(self.session.archive, "photo_batches", batch_id)
        self.info.show_photos(photos, batches)

    def _changed(self, changes) -> None:
        self.batches.apply_changes(changes)
        if "photo" in changes.types():
            edited = changes.edited.get("photo", [])
            if edited:
                self.model.forget(edited)
                if set(edited) & set(self.grid.selected_ids()):
                    self._info_timer.start()
            if "photo" in changes.added or "photo" in changes.deleted:
                self.model.refresh_live()  # appended at the end (an import), else the grid is reset

    # -- tagging ------------------------------------------------------------------------

    def apply_tags(self, ids: list[int], changes: dict, on_done=None) -> bool:
        """Tag off the GUI thread through the session's write path; undoable on this page's own stack."""
        ids = [i for i in ids if i is not None]
        if not ids or not changes or self.model.batch_id is None:
            return False
        batch_id = self.model.batch_id

        def done(_result):
            i18n.set_plain(self.message, self.tr("{} photos updated").format(i18n.fmt_int(len(ids))))
            if on_done is not None:
                on_done()

        def failed(error):
            i18n.set_plain(self.message, self.tr("Could not tag: {}").format(say(error)))

        undo.tag_photos(self.session, self.undo_stack, ids, lambda archive: tag_photos(archive, batch_id, ids, changes),
                        tag_step_text(changes, len(ids)), done, failed)
        return True

    def delete_selected(self, on_done=None):
        """The selected photos to the trash (Delete on the grid); Ctrl+Z on this page brings them back."""
        ids = [i for i in self.grid.selected_ids() if i is not None]
        if ids:
            return undo.trash_photos(self.session, self.undo_stack, ids, on_done)
        return None

    def compare_selected(self):
        """Two to four selected photos side by side (the C key)."""
        ids = [i for i in self.grid.selected_ids() if i is not None]
        if not 2 <= len(ids) <= 4:
            i18n.set_plain(self.message, self.tr("Select two to four photos to compare them."))
            return None
        dialog = CompareDialog(self.loader, photo_service.get_photos(self.session.archive, ids), self)
        dialog.show()
        return dialog

    def _current_row(self) -> dict | None:
        index = self.grid.view.currentIndex()
        if not index.isValid():
            return None
        if self.model.data(index, RECORD_ROLE) is None:
            self.model.cache.load_rows([index.row()])
        return self.model.data(index, RECORD_ROLE)

    def preview_current(self) -> None:
        row = self._current_row()
        if row is not None and PreviewDialog(self.loader, row, self).exec() == PreviewDialog.LOUPE:
            self.loupe_current()  # Z in the preview: the same photo at 100 %

    def loupe_current(self):
        """The current photo's original at 100 % (the Z key), panned by dragging."""
        from press_archive.ui.loupe import LoupeDialog

        row = self._current_row()
        if row is None:
            return None
        dialog = LoupeDialog(self.session, row, self.loader.pixmap(row["id"], row, PREVIEW), self)
        dialog.setAttribute(Qt.WA_DeleteOnClose)
        dialog.show()
        return dialog

    def shutdown(self) -> None:
        self._info_timer.stop()
        self.loader.stop()
