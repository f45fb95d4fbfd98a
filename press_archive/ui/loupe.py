"""The loupe: one photo's original at 100 %, panned by dragging it or with the arrow keys (Photo Mechanic's
and Lightroom's 1:1 view, to judge focus). The original is read off the GUI thread; a raw-only photo,
which Qt cannot decode, shows its preview and says so."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QImage, QImageReader, QKeyEvent, QPixmap
from PySide6.QtWidgets import QDialog, QLabel, QScrollArea, QVBoxLayout

from press_archive.ui import i18n


def read_original(path) -> QImage:
    """The whole original, turned as its orientation says (runs on a worker thread; a null image if unreadable)."""
    reader = QImageReader(str(path))
    reader.setAutoTransform(True)
    reader.setAllocationLimit(1024)  # MB: a 100-megapixel scan still opens
    return reader.read()


class LoupeDialog(QDialog):
    def __init__(self, session, row: dict, preview: QPixmap | None = None, parent=None):
        super().__init__(parent)
        self.session, self.row = session, row
        self.setWindowTitle(self.tr("{} at 100 %").format(i18n.isolate(row.get("original_name") or "")))
        self.image = QLabel(self.tr("Loading…"))
        self.image.setAlignment(Qt.AlignCenter)
        self.area = QScrollArea()
        self.area.setWidget(self.image)
        self.area.setAlignment(Qt.AlignCenter)
        self.area.viewport().installEventFilter(self)
        self.area.viewport().setCursor(Qt.OpenHandCursor)
        self.note = i18n.plain_label("", wrap=True)
        self.note.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.area, 1)
        layout.addWidget(self.note)
        area = ((parent.screen() if parent else None) or self.screen()).availableGeometry()
        self.resize(area.width() * 9 // 10, area.height() * 9 // 10)
        self._preview = preview
        self._drag: tuple[QPoint, int, int] | None = None
        self.task = session.tasks.run_task(self._read, self._show, lambda error, _tb: self._fall_back())

    def _read(self, _task) -> QImage:
        from press_archive.services.photos import original_path

        return read_original(original_path(self.session.archive, self.row))

    def _show(self, image: QImage) -> None:
        if image.isNull():
            self._fall_back()
            return
        self.image.setPixmap(QPixmap.fromImage(image))  # pixmaps are made on the GUI thread only
        self.image.resize(image.size())
        self._centre()

    def _fall_back(self) -> None:
        i18n.set_plain(self.note, self.tr("The original cannot be shown at full size here (a raw file?): "
                                          "this is its preview."))
        self.note.show()
        if self._preview is not None and not self._preview.isNull():
            self.image.setPixmap(self._preview)
            self.image.resize(self._preview.size())
        else:
            self.image.setText(self.tr("The preview could not be read."))
            self.image.adjustSize()

    def _centre(self) -> None:
        for bar in (self.area.horizontalScrollBar(), self.area.verticalScrollBar()):
            bar.setValue((bar.minimum() + bar.maximum()) // 2)

    def pixmap_size(self):
        pixmap = self.image.pixmap()
        return None if pixmap is None or pixmap.isNull() else pixmap.size()

    def eventFilter(self, watched, event) -> bool:
        """Drag the photo: it follows the hand, in either layout direction."""
        kind = event.type()
        h, v = self.area.horizontalScrollBar(), self.area.verticalScrollBar()
        if kind == QEvent.MouseButtonPress and event.button() == Qt.LeftButton:
            self._drag = (event.position().toPoint(), h.value(), v.value())
            self.area.viewport().setCursor(Qt.ClosedHandCursor)
            return True
        if kind == QEvent.MouseMove and self._drag is not None:
            start, x, y = self._drag
            delta = event.position().toPoint() - start
            # a right-to-left scroll bar counts from the right edge: the same hand movement, the other sign
            h.setValue(x + delta.x() if self.area.isRightToLeft() else x - delta.x())
            v.setValue(y - delta.y())
            return True
        if kind == QEvent.MouseButtonRelease and self._drag is not None:
            self._drag = None
            self.area.viewport().setCursor(Qt.OpenHandCursor)
            return True
        return super().eventFilter(watched, event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key_Space, Qt.Key_Z) or event.text() == "ظ":  # ظ is Z's place on the Persian layout
            self.accept()
            return
        super().keyPressEvent(event)
