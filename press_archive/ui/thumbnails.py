"""Thumbnails off the GUI thread (calibre's cover cache, in small).

A worker thread takes requests from a last-in-first-out stack, so the photos the person is looking
at now come first, and reads each thumbnail file into a QImage. Only the GUI thread turns images
into QPixmaps, which it keeps in a bounded LRU. Until a thumbnail arrives the grid paints a
placeholder at once.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QSize, Qt, QThread, Signal, Slot
from PySide6.QtGui import QImage, QImageReader, QPixmap

MAX_QUEUE = 400  # requests beyond this were scrolled past long ago: the oldest are dropped


class _Worker(QThread):
    loaded = Signal(object, int, QImage)  # key, size, image (a null image: could not be read)

    def __init__(self, path_for: Callable[[dict, int], Path | None]):
        super().__init__()
        self._path_for = path_for
        self._stack: OrderedDict = OrderedDict()  # key -> (row, size); newest at the end
        self._cond = threading.Condition()
        self._stop = False

    def request(self, key, row: dict, size: int) -> None:
        with self._cond:
            self._stack[key] = (row, size)
            self._stack.move_to_end(key)
            while len(self._stack) > MAX_QUEUE:
                self._stack.popitem(last=False)
            self._cond.notify()

    def forget_pending(self) -> None:
        with self._cond:
            self._stack.clear()

    def stop(self) -> None:
        with self._cond:
            self._stop = True
            self._stack.clear()
            self._cond.notify()

    def run(self) -> None:
        while True:
            with self._cond:
                while not self._stack and not self._stop:
                    self._cond.wait()
                if self._stop:
                    return
                key, (row, size) = self._stack.popitem(last=True)  # last in, first out
            self.loaded.emit(key, size, self._read(row, size))

    def _read(self, row: dict, size: int) -> QImage:
        try:
            path = self._path_for(row, size)
        except Exception:
            path = None
        if not path or not Path(path).exists():
            return QImage()
        reader = QImageReader(str(path))
        reader.setAutoTransform(True)
        original = reader.size()
        if original.isValid() and (original.width() > size or original.height() > size):
            reader.setScaledSize(original.scaled(QSize(size, size), Qt.KeepAspectRatio))
        image = reader.read()
        return image if not image.isNull() else QImage()


class ThumbnailLoader(QObject):
    """pixmap(key, row, size) answers from the cache or asks the worker; `ready` says when to repaint."""

    ready = Signal(object)  # key

    def __init__(self, path_for: Callable[[dict, int], Path | None], parent: QObject | None = None,
                 capacity: int = 1500):
        super().__init__(parent)
        self.capacity = capacity
        self._cache: OrderedDict = OrderedDict()  # (key, size) -> QPixmap (a null one: unreadable)
        self._asked: set = set()
        self._worker = _Worker(path_for)
        self._worker.loaded.connect(self._on_loaded, Qt.QueuedConnection)
        self._worker.start(QThread.LowPriority)

    def pixmap(self, key, row: dict, size: int) -> QPixmap | None:
        """The cached pixmap, a null pixmap for an unreadable file, or None while it loads."""
        hit = self._cache.get((key, size))
        if hit is not None:
            self._cache.move_to_end((key, size))
            return hit
        self._worker.request((key, size), row, size)
        self._asked.add((key, size))
        return None

    def forget(self, keys) -> None:
        keys = set(keys)
        for k in [k for k in self._cache if k[0] in keys]:
            del self._cache[k]

    def cancel_pending(self) -> None:
        self._worker.forget_pending()
        self._asked.clear()

    def pending(self) -> int:
        return len(self._asked)

    @Slot(object, int, QImage)
    def _on_loaded(self, key, size: int, image: QImage) -> None:
        self._asked.discard(key)
        pixmap = QPixmap.fromImage(image) if not image.isNull() else QPixmap()
        self._cache[key] = pixmap
        while len(self._cache) > self.capacity:
            self._cache.popitem(last=False)
        self.ready.emit(key[0])

    def stop(self) -> None:
        self._worker.stop()
        self._worker.wait(5000)
