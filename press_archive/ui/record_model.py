"""The lazy table of one record kind: ids from `record_ids`, rows from `get_records` in pages.

Sorting re-runs the query (the database sorts); `flags()` never touches the database, so
selecting every row of a 50,000-row list stays instant.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt

from press_archive.domain.records import CHOICE, DATE, INTEGER, LIST, NUMBER, RecordKind, kind_named
from press_archive.services import records as record_service
from press_archive.ui import i18n
from press_archive.ui.pages import PageCache

COLUMNS = {
    "news": ("date", "title", "category", "region", "author", "event_ref"),
    "events": ("date", "kind", "title", "venue", "speakers"),
    "interviews": ("date", "outlet", "programme", "interviewee", "topic", "status", "minutes"),
    "productions": ("date", "kind", "title", "minutes", "count"),
    "photo_batches": ("date", "title", "photographer", "place", "keywords"),
}
# Columns the database can order by (others keep the current order).
SORTABLE = {"date", "title", "kind", "status", "outlet", "topic", "category", "photographer", "minutes"}

ID_ROLE = Qt.UserRole + 1
RECORD_ROLE = Qt.UserRole + 2
PLACEHOLDER = "…"
# Plain ints: data() and flags() run for every painted cell, and enum arithmetic costs in Python.
_DISPLAY = int(Qt.DisplayRole)
_ID = int(ID_ROLE)
_RECORD = int(RECORD_ROLE)
_FLAGS = Qt.ItemIsEnabled | Qt.ItemIsSelectable
_NO_FLAGS = Qt.NoItemFlags


def display_value(kind: RecordKind, name: str, value) -> str:
    """A stored value as a person reads it in the current language."""
    if value is None or value == "" or value == []:
        return ""
    try:
        f = kind.field(name)
    except KeyError:
        return str(value)
    if f.type == DATE:
        return i18n.fmt_date(value)
    if f.type == CHOICE:
        return i18n.choice_label(value)
    if f.type == LIST:
        return i18n.cell(i18n.list_text(value))
    if f.type in (NUMBER, INTEGER):
        return i18n.fmt_number(value)
    return i18n.cell(str(value))


def record_title(kind: RecordKind, row: dict) -> str:
    title = row.get(kind.title_field) or row.get("title") or row.get("outlet") or ""
    return str(title) if title else i18n.choice_label(row.get("kind")) or f"#{row.get('id')}"


class RecordTableModel(QAbstractTableModel):
    def __init__(self, session, kind: str | RecordKind, *, trash: bool = False, filters: dict | None = None,
                 parent=None):
        super().__init__(parent)
        self.session = session
        self.kind = kind if isinstance(kind, RecordKind) else kind_named(kind)
        self.trash = trash
        self.filters = dict(filters or {})
        self.columns = COLUMNS[self.kind.name]
        self.order_by = "date"
        self.descending = True
        self.cache = PageCache(self._fetch, self)
        self.cache.loaded.connect(self._rows_loaded)
        self._labels = [i18n.field_label(self.kind.field(c)) for c in self.columns]
        self.reload()

    # -- data ---------------------------------------------------------------

    def _fetch(self, ids: list[int]) -> list[dict]:
        return record_service.get_records(self.session.archive, self.kind, ids)

    def reload(self) -> None:
        ids = record_service.record_ids(self.session.archive, self.kind, trash=self.trash, filters=self.filters or None,
                                        order_by=self.order_by, descending=self.descending)
        self.beginResetModel()
        self.cache.reset(ids)
        # The first screenful is wanted at once: fetch it now (an action, not a paint), so the first
        # paint shows rows rather than placeholders.
        self.cache.load_rows([0])
        self.endResetModel()

    def _rows_loaded(self, first: int, last: int) -> None:
        if self.columnCount() and first < self.rowCount():
            last = min(last, self.rowCount() - 1)
            self.dataChanged.emit(self.index(first, 0), self.index(last, self.columnCount() - 1))

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.cache)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: QModelIndex, role: int = _DISPLAY):
        role = int(role)
        if role == _DISPLAY:
            r = index.row()
            if r < 0 or r >= len(self.cache.ids):
                return None
            row = self.cache.row(r)
            if row is None:
                return PLACEHOLDER
            shown = row.get("_shown")
            if shown is None:  # formatted once per fetched row, not once per paint
                kind = self.kind
                shown = row["_shown"] = tuple(display_value(kind, c, row.get(c)) for c in self.columns)
            return shown[index.column()]
        if role == _ID:
            r = index.row()
            return self.cache.ids[r] if 0 <= r < len(self.cache.ids) else None
        if role == _RECORD:
            r = index.row()
            return self.cache.row(r) if 0 <= r < len(self.cache.ids) else None
        return None  # no tooltips: user text is never shown as rich text; the detail panel shows it whole

    def headerData(self, section: int, orientation, role: int = Qt.DisplayRole):
        if role != Qt.DisplayRole:
            return None
        if orientation == Qt.Horizontal and 0 <= section < len(self._labels):
            return self._labels[section]
        if orientation == Qt.Vertical:
            return None
        return None

    def flags(self, index: QModelIndex):
        return _FLAGS if index.isValid() else _NO_FLAGS

    def sort(self, column: int, order=Qt.AscendingOrder) -> None:
        if not 0 <= column < len(self.columns) or self.columns[column] not in SORTABLE:
            return
        if (self.columns[column], order == Qt.DescendingOrder) == (self.order_by, self.descending):
            return  # already in this order (the view asks again when sorting is switched on)
        self.order_by = self.columns[column]
        self.descending = order == Qt.DescendingOrder
        self.layoutAboutToBeChanged.emit()
        ids = record_service.record_ids(self.session.archive, self.kind, trash=self.trash, filters=self.filters or None,
                                        order_by=self.order_by, descending=self.descending)
        old = self.persistentIndexList()
        old_ids = [self.record_id(index.row()) for index in old]
        positions = {i: n for n, i in enumerate(ids)}
        self.cache.reset(ids)
        self.cache.load_rows([0])
        new = []
        for index, record_id in zip(old, old_ids):
            row = positions.get(record_id)
            new.append(self.index(row, index.column()) if row is not None else QModelIndex())
        self.changePersistentIndexList(old, new)
        self.layoutChanged.emit()

    # -- rows by id ------------------------------------------------------------

    def record_id(self, row: int) -> int | None:
        return self.cache.ids[row] if 0 <= row < len(self.cache.ids) else None

    def record_at(self, row: int) -> dict | None:
        """The whole row, loading its page now if needed (for actions, never for painting)."""
        if not 0 <= row < len(self.cache.ids):
            return None
        if not self.cache.is_loaded(row):
            self.cache.load_rows([row])
        return self.cache.row(row)

    def row_of(self, record_id: int) -> int | None:
        try:
            return self.cache.ids.index(record_id)
        except ValueError:
            return None

    # -- change sets -------------------------------------------------------------

    def apply_changes(self, changes) -> None:
        t = self.kind.search_type
        if t not in changes.types():
            return
        if t in changes.added or t in changes.deleted:
            self.reload()
            return
        edited = changes.edited.get(t, [])
        if not self.cache.holds(edited):
            # Another desk's or process's change names only the record: one this list does not hold may
            # have just been added there.
            self.reload()
            return
        for row in self.cache.invalidate_ids(edited):
            self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))
