"""Rows fetched in pages, after the paint that asked for them (Anki's and calibre's lazy tables).

A model holds only the ids of its rows. When the view asks for a row that is not cached, the
model answers with a placeholder and asks this cache for the row's page; the cache loads the
pages asked for in one go from a zero-delay timer (so database work never runs inside a paint)
and tells the model which rows to repaint. Pages are kept in a small LRU so memory stays flat
however far one scrolls.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Sequence

from PySide6.QtCore import QObject, QTimer, Signal

PAGE_SIZE = 200
MAX_PAGES = 60  # 12,000 rows cached at most


class PageCache(QObject):
    loaded = Signal(int, int)  # first row, last row (inclusive) now available

    def __init__(self, fetch: Callable[[list[int]], list[dict]], parent: QObject | None = None,
                 page_size: int = PAGE_SIZE, max_pages: int = MAX_PAGES):
        super().__init__(parent)
        self._fetch = fetch
        self.page_size = page_size
        self.max_pages = max_pages
        self.ids: list[int] = []
        self._id_set: set[int] | None = None  # made when first asked (holds()), kept until reset()
        self._pages: OrderedDict[int, dict[int, dict]] = OrderedDict()
        self._pending: set[int] = set()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self.load_pending)
        self.fetches = 0  # how many page loads happened (tests and the bench look)

    def reset(self, ids: Sequence[int]) -> None:
        self.ids = list(ids)
        self._id_set = None
        self._pages.clear()
        self._pending.clear()

    def extend(self, ids: Sequence[int]) -> None:
        """Rows added at the end (photos arriving during an import)."""
        self.ids.extend(ids)
        if self._id_set is not None:
            self._id_set.update(ids)

    def holds(self, ids) -> bool:
        """Whether every one of ``ids`` is in the list: a change notice asks this of lists of 200,000
        records, so the set of them is made once per list, not once per notice."""
        if self._id_set is None:
            self._id_set = set(self.ids)
        return all(i in self._id_set for i in ids)

    def __len__(self) -> int:
        return len(self.ids)

    def row(self, i: int) -> dict | None:
        """The cached row, or None after asking for its page (never touches the database)."""
        page = i // self.page_size
        rows = self._pages.get(page)
        if rows is not None:
            self._pages.move_to_end(page)
            return rows.get(self.ids[i])
        if page not in self._pending:
            self._pending.add(page)
            if not self._timer.isActive():
                self._timer.start()
        return None

    def is_loaded(self, i: int) -> bool:
        return (i // self.page_size) in self._pages

    def load_pending(self) -> None:
        pages = sorted(self._pending)
        self._pending.clear()
        for page in pages:
            self._load_page(page)

    def load_rows(self, rows) -> None:
        """Load the pages of `rows` now (an action such as opening an editor, never a paint)."""
        for page in sorted({r // self.page_size for r in rows if 0 <= r < len(self.ids)}):
            if page not in self._pages:
                self._pending.discard(page)
                self._load_page(page)

    def _load_page(self, page: int) -> None:
        start = page * self.page_size
        ids = self.ids[start:start + self.page_size]
        if not ids:
            return
        rows = self._fetch(ids)
        self.fetches += 1
        self._pages[page] = {r["id"]: r for r in rows}
        while len(self._pages) > self.max_pages:
            self._pages.popitem(last=False)
        self.loaded.emit(start, start + len(ids) - 1)

    def invalidate_ids(self, ids) -> list[int]:
        """Forget cached rows holding these ids; returns the row numbers to repaint."""
        wanted = set(ids)
        rows = []
        for page, cached in list(self._pages.items()):
            if wanted & cached.keys():
                del self._pages[page]
                start = page * self.page_size
                rows += [start + j for j, i in enumerate(self.ids[start:start + self.page_size]) if i in wanted]
        return rows

    def invalidate_all(self) -> None:
        self._pages.clear()
