"""The photo grid: a lazy model of photo ids shown as thumbnails, with zoom, preview and the keys
photographers expect (1-5 rating, 0 no rating, P pick, X reject, Space preview).
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractListModel, QItemSelection, QItemSelectionModel, QModelIndex, QPersistentModelIndex, QRect, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QKeyEvent, QPainter, QPalette, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QListView,
    QMenu,
    QPushButton,
    QSizePolicy,
    QSlider,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from press_archive.services import photos as photo_service
from press_archive.services.photos import pick_flag
from press_archive.ui import i18n
from press_archive.ui.pages import PageCache
from press_archive.ui.record_model import ID_ROLE, RECORD_ROLE

THUMB = 256  # the thumbnail file the grid reads; zoom scales it when painting
PREVIEW = 1024
PLACEHOLDER_COLOR = QColor("#e0e0e0")
_DISPLAY, _DECORATION, _ID, _RECORD = int(Qt.DisplayRole), int(Qt.DecorationRole), int(ID_ROLE), int(RECORD_ROLE)
_FLAGS = Qt.ItemIsEnabled | Qt.ItemIsSelectable


def thumbnail_source(session):
    """(row, size) -> path of the thumbnail file, from the photo services (None when missing)."""
    fn = photo_service.thumbnail_path
    archive = session.archive

    def path_for(row: dict, size: int):
        # Runs on the thumbnail thread; thumbnail_path works from the row and the archive folder.
        return fn(archive, row, size=size)

    return path_for


class PhotoGridModel(QAbstractListModel):
    def __init__(self, session, loader, parent=None):
        super().__init__(parent)
        self.session = session
        self.loader = loader
        self.batch_id: int | None = None
        self.query: dict = {}
        self.cache = PageCache(self._fetch, self, page_size=120)
        self.cache.loaded.connect(self._rows_loaded)
        self.loader.ready.connect(self._thumbnail_ready)
        self._row_of: dict[int, int] = {}

    def _fetch(self, ids):
        return photo_service.get_photos(self.session.archive, ids)

    def set_query(self, **query) -> None:
        """Sort (order_by captured|name|rating, descending) and filter (picked, min_rating) the shown batch:
        the database sorts and filters, as every lazy list here does."""
        self.query = {k: v for k, v in query.items() if v is not None}
        self.set_batch(self.batch_id)

    def _ids(self, batch_id: int) -> list[int]:
        return list(photo_service.photo_ids(self.session.archive, batch_id, **self.query))

    def set_batch(self, batch_id: int | None) -> None:
        ids: list[int] = []
        if batch_id is not None:
            ids = self._ids(batch_id)
        self.batch_id = batch_id
        self.loader.cancel_pending()
        self.beginResetModel()
        self.cache.reset(ids)
        self._row_of = {pid: n for n, pid in enumerate(ids)}
        self.endResetModel()

    def set_ids(self, ids) -> None:
        self.beginResetModel()
        self.cache.reset(list(ids))
        self._row_of = {pid: n for n, pid in enumerate(self.cache.ids)}
        self.endResetModel()

    def refresh_live(self) -> int:
        """Bring the grid up to the batch as stored. Photos that arrived after those shown (an import still
        running) are appended, so the selection and the scroll stay where the photographer has them; photos
        gone or come back in the middle reset the grid. Returns how many rows were appended."""
        if self.batch_id is None:
            return 0
        ids = self._ids(self.batch_id)
        shown = self.cache.ids
        if ids[:len(shown)] != shown:
            self.set_batch(self.batch_id)
            return 0
        new = ids[len(shown):]
        if not new:
            return 0
        first = len(self.cache.ids)
        self.beginInsertRows(QModelIndex(), first, first + len(new) - 1)
        for n, pid in enumerate(new):
            self._row_of[pid] = first + n
        self.cache.extend(new)
        self.endInsertRows()
        return len(new)

    def _rows_loaded(self, first: int, last: int) -> None:
        last = min(last, self.rowCount() - 1)
        if first <= last:
            self.dataChanged.emit(self.index(first), self.index(last))

    def _thumbnail_ready(self, photo_id) -> None:
        row = self._row_of.get(photo_id)
        if row is not None:
            i = self.index(row)
            self.dataChanged.emit(i, i, [Qt.DecorationRole])

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.cache)

    def data(self, index: QModelIndex, role: int = _DISPLAY):
        role = int(role)
        if role not in (_DISPLAY, _DECORATION, _RECORD, _ID):
            return None
        r = index.row()
        if r < 0 or r >= len(self.cache.ids):
            return None
        if role == _ID:
            return self.cache.ids[r]
        row = self.cache.row(r)
        if role == _RECORD:
            return row
        if row is None:
            return "" if role == _DISPLAY else None
        if role == _DISPLAY:
            return row.get("original_name") or ""
        return self.loader.pixmap(row["id"], row, THUMB)

    def flags(self, index: QModelIndex):
        return _FLAGS if index.isValid() else Qt.NoItemFlags

    def row_of(self, photo_id: int) -> int | None:
        return self._row_of.get(photo_id)

    def photo_id(self, row: int) -> int | None:
        return self.cache.ids[row] if 0 <= row < len(self.cache.ids) else None

    def forget(self, ids) -> None:
        """Rows changed by tagging: reload their page on the next paint."""
        for row in self.cache.invalidate_ids(ids):
            self.dataChanged.emit(self.index(row), self.index(row))


class PhotoDelegate(QStyledItemDelegate):
    """Thumbnail, name, rating stars and the pick mark; paints only what the model has cached."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.cell = 160

    def sizeHint(self, option, index) -> QSize:
        return QSize(self.cell, self.cell * 3 // 4 + 30)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        painter.save()
        rect = option.rect.adjusted(3, 3, -3, -3)
        selected = bool(option.state & QStyle.State_Selected)
        if selected:
            painter.fillRect(rect, option.palette.color(QPalette.Highlight))
        image_rect = QRect(rect.left() + 4, rect.top() + 4, rect.width() - 8, (rect.width() - 8) * 3 // 4)
        pixmap = index.data(Qt.DecorationRole)
        if pixmap is None:
            painter.fillRect(image_rect, PLACEHOLDER_COLOR)
        elif pixmap.isNull():
            painter.fillRect(image_rect, QColor("#ffebee"))
            painter.setPen(QColor("#c62828"))
            painter.drawText(image_rect, Qt.AlignCenter, "✕")
        else:
            size = pixmap.size().scaled(image_rect.size(), Qt.KeepAspectRatio)
            target = QRect(0, 0, size.width(), size.height())
            target.moveCenter(image_rect.center())
            painter.setRenderHint(QPainter.SmoothPixmapTransform, True)
            painter.drawPixmap(target, pixmap)
        row = index.data(RECORD_ROLE)
        text_rect = QRect(rect.left() + 2, image_rect.bottom() + 2, rect.width() - 4, rect.bottom() - image_rect.bottom() - 2)
        if row is not None:
            painter.setPen(option.palette.color(QPalette.HighlightedText if selected else QPalette.Text))
            rating = int(row.get("rating") or 0)
            stars = "★" * rating + "☆" * (5 - rating) if rating else ""
            name = painter.fontMetrics().elidedText(index.data(Qt.DisplayRole) or "", Qt.ElideMiddle,
                                                     max(10, rect.width() - 60))
            painter.drawText(text_rect, Qt.AlignVCenter | Qt.AlignLeading, name)
            if stars:
                painter.setPen(QColor("#f9a825"))
                painter.drawText(text_rect, Qt.AlignVCenter | Qt.AlignTrailing, stars[:rating])
            picked = pick_flag(row)
            if picked:
                mark = QRect(image_rect.left() + 4, image_rect.top() + 4, 20, 20)
                if option.direction == Qt.RightToLeft:
                    mark.moveRight(image_rect.right() - 4)
                painter.setRenderHint(QPainter.Antialiasing, True)
                painter.setPen(QPen(Qt.white, 2))
                painter.setBrush(QColor("#2e7d32") if picked > 0 else QColor("#c62828"))
                painter.drawEllipse(mark)
                font = QFont(painter.font())
                font.setBold(True)
                painter.setFont(font)
                painter.drawText(mark, Qt.AlignCenter, "✓" if picked > 0 else "✕")
        painter.restore()


class PhotoListView(QListView):
    """QListView in icon mode with the photographers' keys."""

    rate = Signal(int)  # 0-5
    pick = Signal(int)  # 1 pick, -1 reject, 0 none
    preview = Signal()
    delete = Signal()  # the selected photos to the trash
    compare = Signal()  # the selected photos side by side
    loupe = Signal()  # the current photo at 100 %

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setViewMode(QListView.IconMode)
        self.setResizeMode(QListView.Adjust)
        self.setMovement(QListView.Static)
        self.setUniformItemSizes(True)
        self.setLayoutMode(QListView.Batched)
        self.setBatchSize(200)
        self.setSelectionMode(QAbstractItemView.ExtendedSelection)
        self.setSpacing(4)
        self.setWordWrap(False)
        self.delegate = PhotoDelegate(self)
        self.setItemDelegate(self.delegate)
        self.set_cell(160)

    def set_cell(self, size: int) -> None:
        self.delegate.cell = size
        self.setGridSize(QSize(size + 8, size * 3 // 4 + 34))
        self.setIconSize(QSize(size, size))
        self.doItemsLayout()

    # -- right to left: arrows follow what the eye sees, ranges are ranges of photos ------------------

    def moveCursor(self, action, modifiers):
        """Left and Right move to the photo drawn on that side: in right to left the next photo is to the left.
        (Qt's icon mode moves the other way round in right-to-left layouts.)"""
        if action in (QAbstractItemView.MoveLeft, QAbstractItemView.MoveRight):
            current = self.currentIndex()
            n = self.model().rowCount() if self.model() is not None else 0
            if not current.isValid():
                return self.model().index(0, 0) if n else QModelIndex()
            forward = (action == QAbstractItemView.MoveRight) != (self.layoutDirection() == Qt.RightToLeft)
            row = min(n - 1, current.row() + 1) if forward else max(0, current.row() - 1)
            return self.model().index(row, 0)
        return super().moveCursor(action, modifiers)

    def mousePressEvent(self, event) -> None:
        """Shift-click selects every photo from the anchor to the one clicked, in the grid's order
        (Qt's rectangle-based range leaves out the leftmost photo of a right-to-left row)."""
        index = self.indexAt(event.position().toPoint())
        mods = event.modifiers()
        anchor = getattr(self, "_anchor", None) or QPersistentModelIndex(self.currentIndex())
        if (event.button() == Qt.LeftButton and index.isValid() and mods & Qt.ShiftModifier
                and anchor is not None and anchor.isValid()):
            first, last = sorted((anchor.row(), index.row()))
            selection = QItemSelection(self.model().index(first, 0), self.model().index(last, 0))
            command = QItemSelectionModel.Select if mods & Qt.ControlModifier else QItemSelectionModel.ClearAndSelect
            self.selectionModel().select(selection, command)
            self.selectionModel().setCurrentIndex(index, QItemSelectionModel.NoUpdate)
            event.accept()
            return
        super().mousePressEvent(event)
        if not mods & Qt.ShiftModifier:
            self._anchor = QPersistentModelIndex(self.currentIndex())

    def setSelection(self, rect: QRect, command) -> None:
        """The photos a rubber band or Shift+arrow rectangle touches, found from their drawn places
        (Qt's icon mode misses the leftmost column in right to left). Rows are laid out top to bottom,
        so a binary search finds the first line and the scan stops below the rectangle."""
        model = self.model()
        n = model.rowCount() if model is not None else 0
        rect = rect.normalized()
        lo, hi = 0, n
        while lo < hi:
            mid = (lo + hi) // 2
            if self.visualRect(model.index(mid, 0)).bottom() < rect.top():
                lo = mid + 1
            else:
                hi = mid
        selection = QItemSelection()
        row = lo
        while row < n:
            item = self.visualRect(model.index(row, 0))
            if item.top() > rect.bottom():
                break
            if item.intersects(rect):
                selection.select(model.index(row, 0), model.index(row, 0))
            row += 1
        self.selectionModel().select(selection, command)

    def contextMenuEvent(self, event) -> None:
        """The keys' actions for the mouse: on the photo under the pointer (joining it to the selection)."""
        index = self.indexAt(event.pos())
        if not index.isValid():
            return
        if not self.selectionModel().isSelected(index):
            self.selectionModel().setCurrentIndex(index, QItemSelectionModel.ClearAndSelect)
        self.context_menu().exec(event.globalPos())

    def context_menu(self) -> QMenu:
        menu = QMenu(self)
        for text, signal, value in ((self.tr("Pick"), self.pick, 1), (self.tr("Reject"), self.pick, -1),
                                    (self.tr("Neither picked nor rejected"), self.pick, 0),
                                    (self.tr("Preview"), self.preview, None), (self.tr("View at 100 %"), self.loupe, None),
                                    (self.tr("Delete (to the trash)"), self.delete, None)):
            action = menu.addAction(text)
            action.triggered.connect(lambda _=False, s=signal, v=value: s.emit() if v is None else s.emit(v))
        return menu

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key, mods = event.key(), event.modifiers() & ~Qt.KeypadModifier
        text = event.text().lower()
        if mods == Qt.NoModifier:
            if Qt.Key_0 <= key <= Qt.Key_5:
                self.rate.emit(key - Qt.Key_0)
                return
            if text in "۰۱۲۳۴۵" and text:  # Persian keyboard layout digits
                self.rate.emit("۰۱۲۳۴۵".index(text))
                return
            if key == Qt.Key_P or text == "ح":  # ح is P's place on the Persian layout
                self.pick.emit(1)
                return
            if key == Qt.Key_X or text == "ط":
                self.pick.emit(-1)
                return
            if key == Qt.Key_U or text == "ع":
                self.pick.emit(0)
                return
            if key == Qt.Key_Z or text == "ظ":
                self.loupe.emit()
                return
            if key == Qt.Key_Space:
                self.preview.emit()
                return
            if key == Qt.Key_Delete:
                self.delete.emit()
                return
            if key == Qt.Key_C or text == "ز":  # ز is C's place on the Persian layout
                self.compare.emit()
                return
        super().keyPressEvent(event)
        if not mods & Qt.ShiftModifier:
            self._anchor = QPersistentModelIndex(self.currentIndex())


class PreviewDialog(QDialog):
    """The 1,024-pixel view of one photo, loaded on the thumbnail thread, scaled to fit the screen
    (a portrait preview is taller than many screens)."""

    def __init__(self, loader, row: dict, parent=None):
        super().__init__(parent)
        self.loader = loader
        self.row = row
        self.pixmap = None
        self.setWindowTitle(row.get("original_name") or self.tr("Photo"))
        self.image = QLabel()
        self.image.setAlignment(Qt.AlignCenter)
        self.image.setMinimumSize(320, 240)
        self.image.setSizePolicy(QSizePolicy.Ignored, QSizePolicy.Ignored)
        self.image.setText(self.tr("Loading…"))
        info = " · ".join(x for x in (
            row.get("caption") or "", i18n.list_text(row.get("keywords") or []), row.get("photographer") or "",
            i18n.fmt_date(row.get("date"), "long"),
        ) if x)
        self.info = i18n.plain_label(info, wrap=True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.image, 1)
        layout.addWidget(self.info)
        self._fit_to_screen()
        loader.ready.connect(self._ready)
        self._show()

    def _fit_to_screen(self) -> None:
        screen = (self.parentWidget().screen() if self.parentWidget() else None) or self.screen()
        area = screen.availableGeometry()
        self.resize(min(1000, area.width() * 9 // 10), min(1080, area.height() * 9 // 10))

    def _show(self) -> bool:
        pixmap = self.loader.pixmap(self.row["id"], self.row, PREVIEW)
        if pixmap is None:
            return False
        if pixmap.isNull():
            self.image.setText(self.tr("The preview could not be read."))
        else:
            self.pixmap = pixmap
            self._scale()
        return True

    def _scale(self) -> None:
        if self.pixmap is not None:
            size = self.image.contentsRect().size()
            if self.pixmap.width() > size.width() or self.pixmap.height() > size.height():
                self.image.setPixmap(self.pixmap.scaled(size, Qt.KeepAspectRatio, Qt.SmoothTransformation))
            else:
                self.image.setPixmap(self.pixmap)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._scale()

    def _ready(self, photo_id) -> None:
        if photo_id == self.row["id"]:
            self._show()

    LOUPE = 2  # the dialog's result when Z asked for the photo at 100 %

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key_Space:
            self.accept()
            return
        if event.key() == Qt.Key_Z or event.text() == "ظ":
            self.done(self.LOUPE)
            return
        super().keyPressEvent(event)


class CompareDialog(QDialog):
    """Two to four photos side by side at preview size, each scaled to its share of the screen, to choose
    the best of a burst (Photo Mechanic's compare view)."""

    def __init__(self, loader, rows: list[dict], parent=None):
        super().__init__(parent)
        self.loader, self.rows = loader, rows[:4]
        self.setWindowTitle(self.tr("Compare {} photos").format(i18n.fmt_int(len(self.rows))))
        self.images: list[QLabel] = []
        self.pixmaps: dict[int, object] = {}
        layout = QHBoxLayout(self)
        for row in self.rows:
            column = QVBoxLayout()
            image = QLabel(self.tr("Loading…"))
            image.setAlignment(Qt.AlignCenter)
            image.setSizePolicy(QSizePolicy.Ignored, QSizePolicy.Ignored)
            image.setMinimumSize(160, 120)
            stars = "★" * int(row.get("rating") or 0)
            caption = i18n.plain_label(" ".join(x for x in (i18n.isolate(row.get("original_name") or ""), stars) if x))
            caption.setAlignment(Qt.AlignCenter)
            column.addWidget(image, 1)
            column.addWidget(caption)
            layout.addLayout(column, 1)
            self.images.append(image)
        area = (parent.screen() if parent else self.screen()).availableGeometry()
        self.resize(area.width() * 9 // 10, area.height() * 8 // 10)
        loader.ready.connect(self._ready)
        for row in self.rows:
            self._ready(row["id"])

    def _ready(self, photo_id) -> None:
        for row, image in zip(self.rows, self.images):
            if row["id"] == photo_id:
                pixmap = self.loader.pixmap(row["id"], row, PREVIEW)
                if pixmap is not None and not pixmap.isNull():
                    self.pixmaps[photo_id] = pixmap
                    self._scale(image, pixmap)

    def _scale(self, image: QLabel, pixmap) -> None:
        image.setPixmap(pixmap.scaled(image.contentsRect().size(), Qt.KeepAspectRatio, Qt.SmoothTransformation))

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        for row, image in zip(self.rows, self.images):
            if row["id"] in self.pixmaps:
                self._scale(image, self.pixmaps[row["id"]])


class PhotoGrid(QWidget):
    """The list view with its zoom slider and a count."""

    def __init__(self, model: PhotoGridModel, parent=None):
        super().__init__(parent)
        self.model = model
        self.view = PhotoListView()
        self.view.setModel(model)
        self.zoom = QSlider(Qt.Horizontal)
        self.zoom.setRange(64, 320)
        self.zoom.setValue(160)
        self.zoom.setMaximumWidth(220)
        self.zoom.setToolTip(self.tr("Thumbnail size (Ctrl+Plus / Ctrl+Minus)"))
        self.zoom.valueChanged.connect(self.view.set_cell)
        self.count = i18n.plain_label("")
        self.sort = QComboBox()
        for text, query in ((self.tr("By capture time"), {"order_by": "captured"}),
                            (self.tr("By name"), {"order_by": "name"}),
                            (self.tr("Best rated first"), {"order_by": "rating", "descending": True})):
            self.sort.addItem(text, query)
        self.show_only = QComboBox()
        for text, query in ((self.tr("All photos"), {}), (self.tr("Picked"), {"picked": True}),
                            (self.tr("Not picked"), {"picked": False}),
                            (self.tr("Rejected"), {"rejected": True}), (self.tr("Not rejected"), {"rejected": False}),
                            *((self.tr("{} stars or more").format(i18n.digits(n)), {"min_rating": n})
                              for n in range(1, 6))):
            self.show_only.addItem(text, query)
        for box in (self.sort, self.show_only):
            box.currentIndexChanged.connect(self._query_changed)
        self.select_unpicked_button = QPushButton(self.tr("Select the unpicked"))
        self.select_unpicked_button.clicked.connect(self.select_unpicked)
        bar = QHBoxLayout()
        bar.addWidget(self.count, 1)
        bar.addWidget(self.sort)
        bar.addWidget(self.show_only)
        bar.addWidget(self.select_unpicked_button)
        bar.addWidget(i18n.plain_label(self.tr("Size")))
        bar.addWidget(self.zoom)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.view, 1)
        for signal in (model.modelReset, model.rowsInserted):
            signal.connect(self._update_count)
        self.view.selectionModel().selectionChanged.connect(self._update_count)
        self._update_count()

    def _query_changed(self, *_args) -> None:
        self.model.set_query(**(self.sort.currentData() or {}), **(self.show_only.currentData() or {}))

    def select_unpicked(self) -> int:
        """Select every photo shown that is not picked (the rows are read in pages, never in a paint)."""
        model = self.model
        rows = range(model.rowCount())
        model.cache.load_rows(rows)
        selection = QItemSelection()
        for r in rows:
            row = model.cache.row(r)
            if row is not None and int(row.get("picked") or 0) == 0:
                selection.select(model.index(r), model.index(r))
        self.view.selectionModel().select(selection, QItemSelectionModel.ClearAndSelect)
        return len(selection.indexes())

    def set_zoom(self, size: int) -> None:
        self.zoom.setValue(size)

    def step_zoom(self, delta: int) -> None:
        self.zoom.setValue(self.zoom.value() + delta)

    def selected_ids(self) -> list[int]:
        return [self.model.photo_id(i.row()) for i in self.view.selectionModel().selectedIndexes()]

    def _update_count(self, *args) -> None:
        n = self.model.rowCount()
        chosen = len(self.view.selectionModel().selectedIndexes()) if self.view.selectionModel() else 0
        text = self.tr("{} photos").format(i18n.fmt_int(n))
        if chosen:
            text += " — " + self.tr("{} selected").format(i18n.fmt_int(chosen))
        i18n.set_plain(self.count, text)
