"""The side panel: record types (events by kind), the photo desk, the interview board, reports,
search, trash by kind, saved searches and recent imports."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QMenu, QTreeWidget, QTreeWidgetItem

from press_archive.domain.records import EVENT_KINDS, kind_named
from press_archive.ui import i18n
from press_archive.ui.icons import icon

ROLE = Qt.UserRole + 10


class Sidebar(QTreeWidget):
    navigate = Signal(dict)  # {"view": ..., ...}
    delete_saved_search = Signal(str)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setHeaderHidden(True)
        self.setRootIsDecorated(True)
        self.setIndentation(14)
        self.setMinimumWidth(225)
        self.setContextMenuPolicy(Qt.CustomContextMenu)
        self.customContextMenuRequested.connect(self._menu)
        self.items: dict[str, QTreeWidgetItem] = {}
        self.currentItemChanged.connect(self._current_changed)
        self.itemClicked.connect(lambda item, _c: self._emit(item))
        self.build()

    def _add(self, parent, key: str, text: str, icon_name: str, target: dict | None) -> QTreeWidgetItem:
        item = QTreeWidgetItem([i18n.rtl(text)])
        item.setIcon(0, icon(icon_name))
        item.setData(0, ROLE, target)
        if parent is None:
            self.addTopLevelItem(item)
        else:
            parent.addChild(item)
        self.items[key] = item
        return item

    def build(self) -> None:
        self.clear()
        self.items.clear()
        self._add(None, "news", i18n.kind_label(kind_named("news")), "news", {"view": "list", "kind": "news"})
        events = self._add(None, "events", i18n.kind_label(kind_named("events")), "event",
                           {"view": "list", "kind": "events"})
        for k in EVENT_KINDS:
            self._add(events, f"events:{k}", i18n.choice_label(k), "press_conference" if k == "press_conference" else "event",
                      {"view": "list", "kind": "events", "filters": {"kind": k}})
        self._add(None, "photos", i18n.kind_label(kind_named("photo_batches")), "photo", {"view": "photos"})
        self._add(None, "interviews", i18n.kind_label(kind_named("interviews")), "board", {"view": "interviews"})
        self._add(None, "interview_list", self.tr("Interview orders (list)"), "interview",
                  {"view": "list", "kind": "interviews"})
        self._add(None, "productions", i18n.kind_label(kind_named("productions")), "production",
                  {"view": "list", "kind": "productions"})
        self._add(None, "reports", self.tr("Reports"), "reports", {"view": "reports"})
        self._add(None, "search", self.tr("Search"), "search", {"view": "search"})
        self.saved_root = self._add(None, "saved", self.tr("Saved searches"), "saved", None)
        self.recent_root = self._add(None, "recent", self.tr("Recent imports"), "recent", None)
        trash = self._add(None, "trash", self.tr("Trash"), "trash", {"view": "list", "kind": "news", "trash": True})
        for name in ("news", "events", "interviews", "productions", "photo_batches"):
            self._add(trash, f"trash:{name}", i18n.kind_label(kind_named(name)), "trash",
                      {"view": "list", "kind": name, "trash": True})
        events.setExpanded(False)
        for root in (self.saved_root, self.recent_root):
            root.setExpanded(True)

    def set_saved_searches(self, searches: list[dict]) -> None:
        self.saved_root.takeChildren()
        for s in searches:
            item = QTreeWidgetItem([i18n.rtl(s["name"])])
            item.setIcon(0, icon("search"))
            item.setData(0, ROLE, {"view": "search", "saved": s})
            self.saved_root.addChild(item)
        self.saved_root.setHidden(not searches)

    def set_recent_imports(self, entries: list[dict]) -> None:
        self.recent_root.takeChildren()
        for e in entries:
            kind = e.get("kind", "")
            when = i18n.fmt_date((e.get("at") or "")[:10])
            what = self.tr("Photos") if kind == "photos" else i18n.kind_label(kind_named(kind)) if kind else ""
            item = QTreeWidgetItem([i18n.rtl(f"{what} — {when}")])
            item.setIcon(0, icon("import_photos" if kind == "photos" else "import"))
            if kind == "photos":
                target = {"view": "photos", "batch_id": e.get("batch_id")}
            else:
                target = {"view": "list", "kind": kind} if kind else None
            item.setData(0, ROLE, target)
            item.setToolTip(0, "")
            self.recent_root.addChild(item)
        self.recent_root.setHidden(not entries)

    def select_key(self, key: str) -> None:
        item = self.items.get(key)
        if item is not None:
            self.blockSignals(True)
            self.setCurrentItem(item)
            self.blockSignals(False)

    def _current_changed(self, current, _previous) -> None:
        if current is not None:
            self._emit(current)

    def _emit(self, item: QTreeWidgetItem) -> None:
        target = item.data(0, ROLE)
        if target:
            self.navigate.emit(dict(target))

    def _menu(self, pos) -> None:
        item = self.itemAt(pos)
        target = item.data(0, ROLE) if item else None
        if not target or "saved" not in target:
            return
        menu = QMenu(self)
        action = menu.addAction(self.tr("Delete saved search"))
        action.triggered.connect(lambda: self.delete_saved_search.emit(target["saved"]["name"]))
        menu.exec(self.viewport().mapToGlobal(pos))
