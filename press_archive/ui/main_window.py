"""The main window: side panel, the central views, the detail panel, menus, toolbar and shortcuts.

Views are separate widgets that share a Session; the window only routes between them.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, QSize, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from press_archive.domain.records import kind_named
from press_archive.services import records as record_service
from press_archive.ui import i18n, undo
from press_archive.ui.board import InterviewBoard
from press_archive.ui.connect_dialog import switch_to_shared_archive
from press_archive.ui.dashboard import Dashboard
from press_archive.ui.detail import DetailPanel
from press_archive.ui.dossier import EventDossier
from press_archive.ui.editors import RecordEditor
from press_archive.ui.icons import icon
from press_archive.ui.import_dialog import ImportDialog
from press_archive.ui.messages import archive_note
from press_archive.ui.photos_page import PhotosPage
from press_archive.ui.record_model import ID_ROLE, RecordTableModel
from press_archive.ui.roles import PHOTOS, RoleGuard
from press_archive.ui.search_view import SearchRequest, SearchView
from press_archive.ui.sidebar import Sidebar

LIST_VIEWS = ("news", "events", "interviews", "productions", "photo_batches")


def message_box(parent, icon_kind, title: str, text: str, buttons=QMessageBox.Ok, default=None) -> int:
    """A plain-text message; `default` is the button Return presses (No for what cannot be undone)."""
    box = QMessageBox(icon_kind, title, i18n.rtl(text), buttons, parent)
    box.setTextFormat(Qt.PlainText)
    if default is not None:
        box.setDefaultButton(default)
    return box.exec()


class EmptyArchiveGuide(QWidget):
    """What an empty archive shows instead of an empty table: what to do next."""

    def __init__(self, parent=None):
        super().__init__(parent)
        title = i18n.plain_label(self.tr("The archive is empty"))
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        title.setFont(font)
        text = i18n.plain_label(self.tr("Import the office's news, events, interview orders or productions from "
                                        "JSONL or CSV files, or a folder of photos; or load the sample records "
                                        "to look around first."), wrap=True)
        self.import_records = QPushButton(icon("import"), self.tr("Import records…"))
        self.import_photos = QPushButton(icon("import_photos"), self.tr("Import photos…"))
        self.load_sample = QPushButton(icon("app"), self.tr("Load the sample records"))
        buttons = QHBoxLayout()
        for b in (self.import_records, self.import_photos, self.load_sample):
            buttons.addWidget(b)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(title)
        layout.addWidget(text)
        layout.addLayout(buttons)
        layout.addStretch(2)
        self.setMaximumWidth(16777215)


class RecordList(QWidget):
    """The central lazy table of one kind (or its trash)."""

    def __init__(self, session, parent=None):
        super().__init__(parent)
        self.session = session
        self.view = QTableView()
        self.view.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.ExtendedSelection)
        self.view.setSortingEnabled(False)
        self.view.setAlternatingRowColors(True)
        self.view.verticalHeader().hide()
        self.view.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        self.view.setWordWrap(False)
        self.view.horizontalHeader().setHighlightSections(False)
        self.title = i18n.plain_label("")
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.guide = EmptyArchiveGuide()
        self.pages = QStackedWidget()
        self.pages.addWidget(self.view)
        self.pages.addWidget(self.guide)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.pages, 1)
        self.model: RecordTableModel | None = None

    def show_guide(self, shown: bool) -> None:
        self.pages.setCurrentWidget(self.guide if shown else self.view)

    def show_kind(self, kind: str, *, filters=None, trash: bool = False) -> RecordTableModel:
        old = self.model
        self.model = RecordTableModel(self.session, kind, filters=filters, trash=trash, parent=self)
        self.view.setModel(self.model)
        self.view.horizontalHeader().setSortIndicator(0, Qt.DescendingOrder)
        self.view.setSortingEnabled(True)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.Interactive)
        for n, name in enumerate(self.model.columns):
            if name in ("title", "topic"):
                header.setSectionResizeMode(n, QHeaderView.Stretch)
            elif name == "date":
                header.resizeSection(n, 100)
            elif name in ("event_ref", "minutes", "count", "status", "kind", "language"):
                header.resizeSection(n, 95)
            else:
                header.resizeSection(n, 130)
        if old is not None:
            old.deleteLater()
        return self.model

    def selected_ids(self) -> list[int]:
        if self.model is None or self.view.selectionModel() is None:
            return []
        return [self.model.data(i, ID_ROLE) for i in self.view.selectionModel().selectedRows()]

    def select_id(self, record_id: int) -> bool:
        if self.model is None:
            return False
        row = self.model.row_of(record_id)
        if row is None:
            return False
        index = self.model.index(row, 0)
        self.view.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.ClearAndSelect | QItemSelectionModel.Rows)
        self.view.scrollTo(index, QAbstractItemView.PositionAtCenter)
        return True


class MainWindow(QMainWindow):
    def __init__(self, session, settings, parent=None):
        super().__init__(parent)
        self.session = session
        self.settings = settings
        self.location: dict = {}
        self._closing = False
        self.setWindowTitle(self.tr("Press archive — {}").format(session.address.shown))
        self.setWindowIcon(icon("app"))
        self.resize(1360, 840)
        self.sidebar = Sidebar()
        self.list = RecordList(session)
        self.photos = PhotosPage(session, settings)
        self.board = InterviewBoard(session)
        self.dossier = EventDossier(session)
        self.search = SearchView(session, settings)
        self.dashboard = Dashboard(session)
        self.stack = QStackedWidget()
        for page in (self.list, self.photos, self.board, self.dossier, self.search, self.dashboard):
            self.stack.addWidget(page)
        self.detail = DetailPanel(session)
        self.splitter = QSplitter(Qt.Horizontal)
        self.splitter.addWidget(self.sidebar)
        self.splitter.addWidget(self.stack)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([230, 800, 320])
        self.splitter.setChildrenCollapsible(False)
        self.setCentralWidget(self.splitter)
        self._build_actions()
        self._build_menus()
        self._build_toolbar()
        self.roles = RoleGuard.for_archive(session.archive)  # on a server archive: who is signed in, and may do what
        if (badge := self.roles.badge()) is not None:
            self.statusBar().addPermanentWidget(badge)
        self.statusBar().showMessage(i18n.rtl(self.tr("Ready")), 3000)
        # wiring
        self.sidebar.navigate.connect(self.navigate)
        self.sidebar.delete_saved_search.connect(self._delete_saved_search)
        self.search.open_hit.connect(self.open_hit)
        self.search.saved_searches_changed.connect(self._refresh_sidebar_lists)
        self.board.open_record.connect(self.edit_record)
        self.dossier.open_record.connect(self.edit_record)
        self.dossier.open_batch.connect(lambda bid: self.navigate({"view": "photos", "batch_id": bid}))
        self.detail.edit_requested.connect(self.edit_current)
        self.detail.delete_requested.connect(self.delete_selected)
        self.detail.restore_requested.connect(self.restore_selected)
        self.detail.dossier_requested.connect(lambda eid: self.navigate({"view": "dossier", "event_id": eid}))
        self.detail.photos_requested.connect(lambda bid: self.navigate({"view": "photos", "batch_id": bid}))
        self.list.view.doubleClicked.connect(lambda _i: self.edit_current())
        self.list.guide.import_records.clicked.connect(lambda: self.open_import("news"))
        self.list.guide.import_photos.clicked.connect(lambda: self.open_import("photos"))
        self.list.guide.load_sample.clicked.connect(lambda: self.load_sample())
        self.session.changed.connect(self._changed)
        self.session.status.connect(self._status_message)
        if note := archive_note(session.archive):  # stays in view: every write will be refused
            self.statusBar().addPermanentWidget(QLabel(i18n.rtl(note)))
        self._refresh_sidebar_lists()
        self.navigate({"view": "list", "kind": "news"})

    # -- actions -------------------------------------------------------------------------

    def _action(self, name: str, text: str, shortcut=None, icon_name: str | None = None, slot=None) -> QAction:
        action = QAction(text, self)
        if icon_name:
            action.setIcon(icon(icon_name))
        if shortcut is not None:
            if isinstance(shortcut, (list, tuple)):
                action.setShortcuts([QKeySequence(s) for s in shortcut])
            else:
                action.setShortcut(QKeySequence(shortcut))
            action.setShortcutContext(Qt.WindowShortcut)
        if slot is not None:
            action.triggered.connect(lambda _checked=False: slot())
        self.addAction(action)
        setattr(self, f"action_{name}", action)
        return action

    def _build_actions(self) -> None:
        group = self.session.undo_group  # the shown view's own stack: it names what it will undo
        self.action_undo = group.createUndoAction(self, self.tr("Undo"))
        self.action_undo.setShortcut(QKeySequence.Undo)
        self.action_undo.setIcon(icon("undo"))
        self.action_redo = group.createRedoAction(self, self.tr("Redo"))
        # every platform binding plus Ctrl+Y, each once (a key bound twice is ambiguous and does nothing)
        redo_keys = QKeySequence.keyBindings(QKeySequence.Redo)
        self.action_redo.setShortcuts(redo_keys + [k for k in [QKeySequence("Ctrl+Y")] if k not in redo_keys])
        self.action_redo.setIcon(icon("redo"))
        self.addAction(self.action_undo)
        self.addAction(self.action_redo)
        self._action("search", self.tr("Search…"), QKeySequence.Find, "search", self.focus_search)
        self._action("new", self.tr("New record…"), QKeySequence.New, "new", self.new_record)
        self._action("edit", self.tr("Edit record…"), ["Ctrl+E", "F2"], "edit", self.edit_current)
        self._action("delete", self.tr("Delete (to the trash)"), QKeySequence.Delete, "trash", self.delete_selected)
        self._action("restore", self.tr("Restore from the trash"), "Ctrl+Shift+R", "restore", self.restore_selected)
        self._action("purge", self.tr("Delete for good…"), "Shift+Del", "delete", self.purge_selected)
        self._action("import", self.tr("Import records…"), "Ctrl+I", "import", lambda: self.open_import("news"))
        self._action("import_photos", self.tr("Import photos…"), "Ctrl+Shift+I", "import_photos",
                     lambda: self.open_import("photos"))
        self._action("refresh", self.tr("Refresh"), QKeySequence.Refresh, "refresh", self.refresh)
        self._action("settings", self.tr("Settings…"), "Ctrl+,", "settings", self.open_settings)
        self._action("backup", self.tr("Back up to a folder…"), None, "folder", self.back_up)
        self._action("check", self.tr("Check the archive…"), None, "restore", self.check_archive)
        self._action("connect", self.tr("Connect to a shared archive…"), None, "folder",
                     lambda: switch_to_shared_archive(self))
        self._action("quit", self.tr("Quit"), QKeySequence.Quit, None, self.close)
        self._action("dossier", self.tr("Event dossier"), "Ctrl+D", "dossier", self.open_dossier_of_current)
        self._action("save_search", self.tr("Save this search…"), "Ctrl+S", "saved", self.search.save_current)
        self._action("zoom_in", self.tr("Larger thumbnails"), QKeySequence.ZoomIn, "zoom_in", lambda: self.photos.grid.step_zoom(32))
        self._action("zoom_out", self.tr("Smaller thumbnails"), QKeySequence.ZoomOut, "zoom_out",
                     lambda: self.photos.grid.step_zoom(-32))
        self._action("about", self.tr("About"), None, "app", self.about)
        self._action("export_photos", self.tr("Export photos with their metadata…"), None, "folder",
                     self.export_photos)
        self._action("code_replacements", self.tr("Code replacements…"), None, "edit", self.edit_code_replacements)
        self._action("duplicates", self.tr("Duplicate photos…"), None, "photo", self.show_duplicates)
        self._action("keyword_vocabulary", self.tr("Keyword vocabulary…"), None, "edit", self.edit_keyword_vocabulary)
        views = (
            ("view_news", self.tr("News items"), "Ctrl+1", "news", {"view": "list", "kind": "news"}),
            ("view_events", self.tr("Events"), "Ctrl+2", "event", {"view": "list", "kind": "events"}),
            ("view_photos", self.tr("Photos"), "Ctrl+3", "photo", {"view": "photos"}),
            ("view_interviews", self.tr("Interview board"), "Ctrl+4", "board", {"view": "interviews"}),
            ("view_productions", self.tr("Productions"), "Ctrl+5", "production", {"view": "list", "kind": "productions"}),
            ("view_reports", self.tr("Reports"), "Ctrl+6", "reports", {"view": "reports"}),
            ("view_search", self.tr("Search"), "Ctrl+7", "search", {"view": "search"}),
            ("view_trash", self.tr("Trash"), "Ctrl+8", "trash", {"view": "list", "kind": "news", "trash": True}),
        )
        self.view_actions = []
        for name, text, key, icon_name, target in views:
            action = self._action(name, text, key, icon_name, lambda t=target: self.navigate(dict(t)))
            self.view_actions.append(action)

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        for a in (self.action_import, self.action_import_photos):
            file_menu.addAction(a)
        file_menu.addSeparator()
        file_menu.addAction(self.action_backup)
        file_menu.addAction(self.action_check)
        file_menu.addSeparator()
        file_menu.addAction(self.action_connect)
        file_menu.addSeparator()
        file_menu.addAction(self.action_settings)
        file_menu.addSeparator()
        file_menu.addAction(self.action_quit)
        edit_menu = bar.addMenu(self.tr("&Edit"))
        for a in (self.action_undo, self.action_redo, None, self.action_new, self.action_edit, self.action_delete,
                  self.action_restore, self.action_purge, None, self.action_search, self.action_save_search):
            edit_menu.addSeparator() if a is None else edit_menu.addAction(a)
        view_menu = bar.addMenu(self.tr("&View"))
        for a in self.view_actions:
            view_menu.addAction(a)
        view_menu.addSeparator()
        for a in (self.action_dossier, self.action_zoom_in, self.action_zoom_out, self.action_refresh):
            view_menu.addAction(a)
        photos_menu = bar.addMenu(self.tr("&Photos"))
        for a in (self.action_export_photos, self.action_duplicates, self.action_code_replacements,
                  self.action_keyword_vocabulary):
            photos_menu.addAction(a)
        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.addAction(self.action_about)

    def _build_toolbar(self) -> None:
        bar = QToolBar(self.tr("Main toolbar"))
        bar.setObjectName("main_toolbar")
        bar.setIconSize(QSize(20, 20))
        bar.setToolButtonStyle(Qt.ToolButtonTextBesideIcon)
        bar.setMovable(False)
        for a in (self.action_new, self.action_edit, self.action_delete, None, self.action_undo, self.action_redo, None,
                  self.action_import, self.action_import_photos, None, self.action_search):
            bar.addSeparator() if a is None else bar.addAction(a)
        self.addToolBar(Qt.TopToolBarArea, bar)
        self.toolbar = bar

    def _update_actions(self) -> None:
        view = self.location.get("view")
        on_list = view == "list"
        trash = bool(self.location.get("trash"))
        has_kind = view in ("list", "interviews", "dossier") or view == "photos"
        self.action_new.setEnabled(has_kind and not trash)
        self.action_delete.setEnabled(on_list and not trash)
        self.action_restore.setEnabled(on_list and trash)
        self.action_purge.setEnabled(on_list and trash)
        self.action_edit.setEnabled(on_list or view == "dossier")
        self.action_save_search.setEnabled(view == "search")
        for a in (self.action_zoom_in, self.action_zoom_out):
            a.setEnabled(view == "photos")
        self.roles.apply(self)

    # -- navigation ------------------------------------------------------------------------

    def navigate(self, target: dict) -> None:
        view = target.get("view", "list")
        self.location = target
        if view == "list":
            kind = target.get("kind", "news")
            model = self.list.show_kind(kind, filters=target.get("filters"), trash=bool(target.get("trash")))
            self.list.view.selectionModel().selectionChanged.connect(self._selection_changed)
            title = i18n.kind_label(model.kind)
            if target.get("filters", {}).get("kind"):
                title += " — " + i18n.choice_label(target["filters"]["kind"])
            if target.get("trash"):
                title = self.tr("Trash") + " — " + title
            i18n.set_plain(self.list.title, f"{title} ({i18n.fmt_int(model.rowCount())})")
            self.stack.setCurrentWidget(self.list)
            self.list.show_guide(not target.get("trash") and model.rowCount() == 0 and self._archive_is_empty())
            self.detail.show_record(None, None)
            if model.rowCount():  # the newest record is shown in the detail panel at once
                self.list.view.selectionModel().setCurrentIndex(
                    model.index(0, 0), QItemSelectionModel.ClearAndSelect | QItemSelectionModel.Rows)
            key = ("trash:" + model.kind.name) if target.get("trash") else (
                f"events:{target['filters']['kind']}" if target.get("filters", {}).get("kind") else
                {"interviews": "interview_list"}.get(kind, kind))
            self.sidebar.select_key(key)
        elif view == "photos":
            self.stack.setCurrentWidget(self.photos)
            if target.get("batch_id"):
                self.photos.show_batch(int(target["batch_id"]))
            else:
                self.photos.show_first_batch()
            self.detail.show_record(None, None)
            self.sidebar.select_key("photos")
        elif view == "interviews":
            self.board.reload()
            self.stack.setCurrentWidget(self.board)
            self.sidebar.select_key("interviews")
        elif view == "dossier":
            event_id = target.get("event_id") or self._busiest_event()
            if event_id is not None:
                self.dossier.show_event(int(event_id))
                self.location["event_id"] = int(event_id)
            self.stack.setCurrentWidget(self.dossier)
            self.sidebar.select_key("events")
        elif view == "reports":
            self.stack.setCurrentWidget(self.dashboard)
            self.sidebar.select_key("reports")
        elif view == "search":
            self.stack.setCurrentWidget(self.search)
            if target.get("saved"):
                self.search.set_request(SearchRequest.from_dict(target["saved"]))
            elif target.get("query") is not None:
                self.search.set_request(SearchRequest(query=target["query"]))
            self.sidebar.select_key("search")
            self.search.query.setFocus()
        self.detail.setVisible(view == "list" and self.list.pages.currentWidget() is not self.list.guide)
        self.session.activate_view(self.undo_key(target))
        self._update_actions()
        self._show_counts()

    def _archive_is_empty(self) -> bool:
        return all(record_service.count(self.session.archive, kind) == 0 for kind in LIST_VIEWS)

    def load_sample(self, on_done=None):
        """The sample records, loaded through the write path (off the GUI thread); then the news list."""
        from press_archive.services.archive import ChangeSet

        def op(archive):
            from press_archive.services.sample import load_sample

            load_sample(archive)
            changes = ChangeSet()
            for type_ in ("news", "event", "interview", "production", "photo_batch", "photo"):
                changes.add("added", type_, [])
            return changes

        def done(_changes):
            self.navigate({"view": "list", "kind": "news"})
            if on_done is not None:
                on_done()

        self.list.guide.load_sample.setEnabled(False)
        return self.session.run_write(op, done)

    @staticmethod
    def undo_key(target: dict) -> str:
        """Which undo stack a view uses: a list (and its trash) per kind, the photo desk, the board..."""
        view = target.get("view", "list")
        if view == "list":
            return ("trash:" if target.get("trash") else "") + target.get("kind", "news")
        return {"interviews": "interviews"}.get(view, view)

    def _busiest_event(self) -> int | None:
        """The press conference with the most linked records (the screenshot's dossier)."""
        archive = self.session.archive
        ids = record_service.record_ids(archive, "events", filters={"kind": "press_conference"}, limit=40)
        ids = ids or record_service.record_ids(archive, "events", limit=40)
        best, best_n = None, -1
        for event_id in ids:
            d = record_service.event_dossier(archive, event_id)
            n = len(d["news"]) + len(d["photo_batches"]) + len(d["interviews"])
            if n > best_n:
                best, best_n = event_id, n
        return best

    def open_view(self, name: str) -> None:
        """The contract's --view NAME: news, events, photos, interviews, reports, search:QUERY (and dossier)."""
        if name.startswith("search:"):
            self.navigate({"view": "search", "query": name.split(":", 1)[1]})
        elif name in ("news", "events", "productions"):
            self.navigate({"view": "list", "kind": name})
        elif name == "trash":
            self.navigate({"view": "list", "kind": "news", "trash": True})
        elif name.startswith("dossier"):
            event_id = name.split(":", 1)[1] if ":" in name else None
            self.navigate({"view": "dossier", "event_id": int(event_id) if event_id else None})
        elif name in ("photos", "interviews", "reports", "search"):
            self.navigate({"view": name})
        else:
            raise ValueError(name)

    def _selection_changed(self, *_args) -> None:
        model = self.list.model
        rows = self.list.view.selectionModel().selectedRows() if model is not None else []
        if not rows:
            self.detail.show_record(None, None)
            return
        current = self.list.view.currentIndex()
        row = current.row() if current.isValid() and any(r.row() == current.row() for r in rows) else rows[0].row()
        self.detail.show_record(model.kind, model.record_at(row))

    def _status_message(self, text: str) -> None:
        self.statusBar().showMessage(i18n.rtl(text), 6000)

    def _show_counts(self) -> None:
        view = self.location.get("view")
        if view == "list" and self.list.model is not None:
            text = self.tr("{} records").format(i18n.fmt_int(self.list.model.rowCount()))
        else:
            text = ""
        self.statusBar().showMessage(i18n.rtl(text))

    def refresh(self) -> None:
        self.navigate(dict(self.location))

    def focus_search(self) -> None:
        if self.location.get("view") != "search":
            self.navigate({"view": "search"})
        self.search.query.setFocus()
        self.search.query.selectAll()

    def open_hit(self, type_: str, record_id: int) -> None:
        if type_ == "photo":
            from press_archive.services.photos import get_photos

            rows = get_photos(self.session.archive, [record_id])
            if rows:
                self.navigate({"view": "photos", "batch_id": rows[0]["batch_id"]})
                self.photos.select_photo(record_id)
            return
        if type_ == "event":
            self.navigate({"view": "dossier", "event_id": record_id})
            return
        if type_ == "photo_batch":
            self.navigate({"view": "photos", "batch_id": record_id})
            return
        kind = kind_named(type_)
        self.navigate({"view": "list", "kind": kind.name})
        if not self.list.select_id(record_id):
            self.detail.show_record(kind, record_service.resolve(self.session.archive, kind, record_id))

    # -- record actions ------------------------------------------------------------------------

    def _current_kind(self) -> str:
        view = self.location.get("view")
        if view == "list":
            return self.location.get("kind", "news")
        return {"interviews": "interviews", "photos": "photo_batches", "dossier": "news"}.get(view, "news")

    def new_record(self) -> None:
        kind = self._current_kind()
        defaults = {}
        if self.location.get("filters", {}).get("kind"):
            defaults["kind"] = self.location["filters"]["kind"]
        if self.location.get("view") == "dossier" and self.location.get("event_id"):
            event = record_service.resolve(self.session.archive, "events", self.location["event_id"])
            if event.get("ref"):
                defaults["event_ref"] = event["ref"]
        dialog = RecordEditor(self.session, kind, parent=self, defaults=defaults or None)
        if dialog.exec() and self.location.get("view") == "list":
            self.list.select_id(dialog.record_id)

    def edit_record(self, kind: str, record_id: int) -> None:
        RecordEditor(self.session, kind, record_id, parent=self).exec()

    def edit_current(self) -> None:
        if self.location.get("view") == "dossier" and self.location.get("event_id"):
            self.edit_record("events", self.location["event_id"])
            return
        ids = self.list.selected_ids()
        if self.location.get("view") == "list" and ids:
            self.edit_record(self.list.model.kind.name, ids[0])

    def open_dossier_of_current(self) -> None:
        ids = self.list.selected_ids()
        if self.location.get("view") == "list" and self.list.model.kind.name == "events" and ids:
            self.navigate({"view": "dossier", "event_id": ids[0]})

    def delete_selected(self) -> None:
        if self.location.get("view") != "list" or self.location.get("trash"):
            return
        ids = self.list.selected_ids()
        if ids:
            undo.trash(self.session, self.list.model.kind, ids, delete=True, on_done=lambda _c: self.statusBar().showMessage(
                i18n.rtl(self.tr("{} records moved to the trash (Ctrl+Z brings them back)").format(
                    i18n.fmt_int(len(ids)))), 6000))

    def restore_selected(self) -> None:
        ids = self.list.selected_ids()
        if self.location.get("view") == "list" and self.location.get("trash") and ids:
            undo.trash(self.session, self.list.model.kind, ids, delete=False)

    def purge_selected(self) -> None:
        ids = self.list.selected_ids()
        if not (self.location.get("view") == "list" and self.location.get("trash") and ids):
            return
        answer = message_box(self, QMessageBox.Warning, self.tr("Delete for good"),
                             self.tr("Delete {} records for good? This cannot be undone.").format(i18n.fmt_int(len(ids))),
                             QMessageBox.Yes | QMessageBox.No, default=QMessageBox.No)
        if answer != QMessageBox.Yes:
            return
        kind = self.list.model.kind
        self.session.run_write(lambda archive: record_service.purge_records(archive, kind, ids),
                               lambda _c: self.session.clear_undo())  # earlier steps may name what no longer exists

    # -- dialogs -----------------------------------------------------------------------------

    def open_import(self, kind: str = "news", paths=None, start: bool = False) -> ImportDialog:
        dialog = ImportDialog(self.session, self.settings, kind, self)
        dialog.progressed.connect(self._import_progress)
        dialog.imported.connect(self._import_finished)
        if paths:
            dialog.add_paths(paths)
        self._import_dialogs = getattr(self, "_import_dialogs", [])
        self._import_dialogs.append(dialog)
        dialog.finished.connect(lambda _r, d=dialog: self._import_dialogs.remove(d) if d in self._import_dialogs else None)
        dialog.setModal(False)
        dialog.show()
        if start:
            dialog.start()
        return dialog

    def _import_progress(self, kind: str, done: int, total: int) -> None:
        self.statusBar().showMessage(i18n.rtl(self.tr("Importing: {} of {}").format(i18n.fmt_int(done),
                                                                                       i18n.fmt_int(total))))
        if kind == "photos" and self.location.get("view") == "photos":
            dialog = self.sender()
            self.photos.refresh_live(getattr(dialog, "batch_ref", None))

    def _import_finished(self, kind: str, report) -> None:
        self._refresh_sidebar_lists()
        batch_id = getattr(report, "batch_id", None)
        if kind == "photos" and batch_id:  # the Photos page shows the new batch, now or when it is opened
            if self.photos.batches.row_of(batch_id) is None:  # (the change notice has usually brought it)
                self.photos.batches.reload()
            self.photos.show_batch(batch_id)
            self.photos.model.refresh_live()

    def back_up(self, dest=None, on_done=None):
        from press_archive.ui import care_actions

        return care_actions.back_up(self, self.session, dest, on_done)

    def check_archive(self, on_done=None, ask=None):
        from press_archive.ui import care_actions

        return care_actions.check(self, self.session, on_done=on_done, ask=ask)

    def export_photos(self, out_dir=None, on_done=None):
        from press_archive.ui import photo_tools

        if self.location.get("view") != "photos":
            self.navigate({"view": "photos"})
        return photo_tools.export_selected(self.photos, out_dir, on_done)

    def edit_code_replacements(self):
        from press_archive.ui.photo_tools import CodeReplacementsDialog

        dialog = CodeReplacementsDialog(self.session, self)
        dialog.open()
        return dialog

    def edit_keyword_vocabulary(self):
        from press_archive.ui.photo_tools import KeywordVocabularyDialog

        dialog = KeywordVocabularyDialog(self.session, self)
        dialog.open()
        return dialog

    def show_duplicates(self):
        from press_archive.ui.photo_tools import DuplicatesDialog

        dialog = DuplicatesDialog(self.session, self.photos.loader, self)
        dialog.write_refusal = self.roles.refusal_of(PHOTOS)

        def open_photo(batch_id, photo_id):
            self.navigate({"view": "photos", "batch_id": batch_id})
            self.photos.select_photo(photo_id)

        dialog.open_photo.connect(open_photo)
        dialog.show()
        return dialog

    def open_settings(self) -> None:
        from press_archive.ui.settings_dialog import SettingsDialog

        SettingsDialog(self.settings, self).exec()
        self.photos.grid.set_zoom(self.settings.thumbnail_size)

    def about(self) -> None:
        from press_archive import __version__

        message_box(self, QMessageBox.Information, self.tr("About"),
                    self.tr("Press archive {}\nThe archive of the city press office: news items, events, photo "
                            "batches, interview orders and productions.\nArchive folder: {}").format(
                        i18n.digits(__version__), self.session.address.shown))

    def _refresh_sidebar_lists(self) -> None:
        self.sidebar.set_saved_searches(self.settings.saved_searches())
        self.sidebar.set_recent_imports(self.settings.recent_imports(self.session.root))

    def _delete_saved_search(self, name: str) -> None:
        self.settings.delete_search(name)
        self._refresh_sidebar_lists()

    def _changed(self, changes) -> None:
        if self.location.get("view") == "list" and self.list.pages.currentWidget() is self.list.guide and changes.added:
            self.refresh()  # the first records arrived: the guide gives way to the list
            return
        if self.list.model is not None:
            self.list.model.apply_changes(changes)
            if self.location.get("view") == "list":
                kind = self.list.model.kind
                title = self.list.title.text()
                if kind.search_type in changes.types():
                    head = title.rsplit(" (", 1)[0]
                    i18n.set_plain(self.list.title, f"{head.lstrip(i18n.RLM)} ({i18n.fmt_int(self.list.model.rowCount())})")
                    index = self.list.view.currentIndex()
                    self.detail.show_record(kind, self.list.model.record_at(index.row()) if index.isValid() else None)
        self._show_counts()

    # -- waiting and closing -----------------------------------------------------------------

    def is_idle(self) -> bool:
        return not self.session.tasks.busy() and self.photos.loader.pending() == 0

    def closeEvent(self, event) -> None:
        if self._closing:
            event.accept()
            return
        running = [d for d in getattr(self, "_import_dialogs", []) if d.running()]
        if running:
            self.statusBar().showMessage(i18n.rtl(self.tr("Cancelling the import before closing…")))
        self._closing = True
        self.session.tasks.cancel_all()
        # Let cancelled work finish its current step; the services leave nothing half-written.
        self.session.shutdown()
        self.photos.shutdown()
        for dialog in running:
            dialog.task.finished = True
            dialog.close()
        self.settings.thumbnail_size = self.photos.grid.zoom.value()
        self.settings.sync()
        QTimer.singleShot(0, QCoreApplication.processEvents)
        event.accept()
