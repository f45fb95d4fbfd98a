"""Search: the contract's query syntax, a Jalali date range, type filters, facet counts that narrow
with a click, and results whose snippets show the matched words in bold.

Searches run on the search pool (one thread, its own connection); a newer search makes the answer
of an older one irrelevant. Snippets are the only rich text in the interface: the delegate keeps
only their <b> marks and draws them with a QTextDocument.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAbstractTextDocumentLayout, QPalette, QTextDocument, QTextOption
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLineEdit,
    QPushButton,
    QSplitter,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from press_archive.domain.records import KIND_BY_SEARCH_TYPE, SEARCH_TYPES
from press_archive.ui import i18n
from press_archive.ui.icons import icon
from press_archive.ui.jalali_widgets import JalaliDateEdit
from press_archive.ui.messages import say

PAGE = 50
FILTER_DELAY_MS = 300  # a filter change applies this long after the last keystroke or click
FACET_ORDER = ("type", "year", "category", "photographer", "tag")
FACET_FIELD = {"category": "category", "photographer": "photographer", "tag": "tag", "year": "year"}
_MARK = re.compile(r"(</?b>)")


def type_label(type_: str) -> str:
    if type_ == "photo":
        return i18n.translate("Search", "Photo")
    kind = KIND_BY_SEARCH_TYPE.get(type_)
    return i18n.kind_label(kind) if kind else type_


def facet_title(name: str) -> str:
    titles = {
        "type": i18n.translate("Search", "Type"),
        "year": i18n.translate("Search", "Year"),
        "category": i18n.translate("Search", "Category"),
        "photographer": i18n.translate("Search", "Photographer"),
        "tag": i18n.translate("Search", "Tag"),
    }
    return titles.get(name, name)


def safe_snippet(snippet: str) -> str:
    """Keep the <b> marks; anything else that looks like a tag is shown as text."""
    parts = _MARK.split(snippet or "")
    return "".join(p if p in ("<b>", "</b>") else p.replace("<", "&lt;").replace(">", "&gt;") for p in parts)


def quote_value(value: str) -> str:
    return f'"{value}"' if any(c.isspace() for c in value) else value


@dataclass
class SearchRequest:
    query: str = ""
    types: list[str] | None = None
    date_from: str | None = None
    date_to: str | None = None
    sort: str = "relevance"
    expand: bool = True  # rank with the words the best matches share too

    def as_dict(self) -> dict:
        return {"query": self.query, "types": self.types or [], "date_from": self.date_from or "",
                "date_to": self.date_to or "", "sort": self.sort, "expand": self.expand}

    @classmethod
    def from_dict(cls, d: dict) -> "SearchRequest":
        return cls(d.get("query", ""), list(d.get("types") or []) or None, d.get("date_from") or None,
                   d.get("date_to") or None, d.get("sort") or "relevance", bool(d.get("expand", True)))


@dataclass
class _Page:
    generation: int
    offset: int
    result: object = None
    error: str | None = None
    hits: list = field(default_factory=list)


class SearchResultsModel(QAbstractTableModel):
    COLUMNS = ("title", "type", "date", "snippet")
    more_wanted = Signal(int)  # offset of the next page

    def __init__(self, parent=None):
        super().__init__(parent)
        self.hits: list = []
        self.total = 0
        self._asking = False

    def set_result(self, hits, total: int) -> None:
        self.beginResetModel()
        self.hits = list(hits)
        self.total = total
        self._asking = False
        self.endResetModel()

    def append(self, hits) -> None:
        self._asking = False
        if not hits:
            self.total = len(self.hits)
            return
        self.beginInsertRows(QModelIndex(), len(self.hits), len(self.hits) + len(hits) - 1)
        self.hits.extend(hits)
        self.endInsertRows()

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.hits)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.COLUMNS)

    def canFetchMore(self, parent: QModelIndex = QModelIndex()) -> bool:
        return not parent.isValid() and not self._asking and len(self.hits) < self.total

    def fetchMore(self, parent: QModelIndex = QModelIndex()) -> None:
        if self.canFetchMore(parent):
            self._asking = True
            self.more_wanted.emit(len(self.hits))

    def data(self, index: QModelIndex, role: int = Qt.DisplayRole):
        if not index.isValid() or index.row() >= len(self.hits):
            return None
        hit = self.hits[index.row()]
        column = self.COLUMNS[index.column()]
        if role == Qt.UserRole:
            return hit
        if role != Qt.DisplayRole:
            return None
        if column == "title":
            return i18n.cell(hit.title)
        if column == "type":
            return type_label(hit.type)
        if column == "date":
            return i18n.fmt_date(hit.date_iso)
        return hit.snippet  # drawn by SnippetDelegate

    def headerData(self, section: int, orientation, role: int = Qt.DisplayRole):
        if role != Qt.DisplayRole or orientation != Qt.Horizontal or not 0 <= section < len(self.COLUMNS):
            return None
        return {
            "title": self.tr("Title"), "type": self.tr("Type"), "date": self.tr("Date"), "snippet": self.tr("Snippet"),
        }[self.COLUMNS[section]]

    def flags(self, index: QModelIndex):
        return Qt.ItemIsEnabled | Qt.ItemIsSelectable if index.isValid() else Qt.NoItemFlags


class SnippetDelegate(QStyledItemDelegate):
    """Draws a snippet's <b> marks with a QTextDocument; everything else in it is text."""

    def _document(self, option: QStyleOptionViewItem, text: str) -> QTextDocument:
        doc = QTextDocument()
        doc.setDocumentMargin(2)
        doc.setDefaultFont(option.font)
        text_option = QTextOption()
        text_option.setTextDirection(Qt.RightToLeft if i18n.is_persian() else Qt.LeftToRight)
        text_option.setWrapMode(QTextOption.WrapAtWordBoundaryOrAnywhere)
        doc.setDefaultTextOption(text_option)
        doc.setHtml(safe_snippet(text))
        doc.setTextWidth(max(40, option.rect.width()))
        return doc

    def paint(self, painter, option, index) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        text = opt.text
        opt.text = ""
        style = opt.widget.style() if opt.widget else None
        if style:
            style.drawControl(QStyle.CE_ItemViewItem, opt, painter, opt.widget)
        doc = self._document(option, text)
        painter.save()
        painter.translate(option.rect.topLeft())
        painter.setClipRect(0, 0, option.rect.width(), option.rect.height())
        ctx = QAbstractTextDocumentLayout.PaintContext()
        selected = bool(option.state & QStyle.State_Selected)
        ctx.palette.setColor(QPalette.Text, option.palette.color(QPalette.HighlightedText if selected else QPalette.Text))
        doc.documentLayout().draw(painter, ctx)
        painter.restore()

    def sizeHint(self, option, index) -> QSize:
        doc = self._document(option, index.data(Qt.DisplayRole) or "")
        return QSize(int(doc.idealWidth()), int(min(doc.size().height(), option.fontMetrics.height() * 3 + 6)))


class SearchView(QWidget):
    open_hit = Signal(str, int)  # search type, id
    saved_searches_changed = Signal()

    def __init__(self, session, settings=None, parent=None):
        super().__init__(parent)
        self.session = session
        self.settings = settings
        self.generation = 0
        self.request = SearchRequest()
        self.result = None
        self.query = QLineEdit()
        self.query.setPlaceholderText(self.tr('Words, "a phrase", OR, -word, title:, tag:, photographer:, speaker:, kind:'))
        self.query.setClearButtonEnabled(True)
        self.query.returnPressed.connect(self.run)
        self.go = QPushButton(icon("search"), self.tr("Search"))
        self.go.clicked.connect(self.run)
        self.date_from = JalaliDateEdit(placeholder=self.tr("From"))
        self.date_to = JalaliDateEdit(placeholder=self.tr("To"))
        self.sort = QComboBox()
        self.sort.addItem(self.tr("Most relevant"), "relevance")
        self.sort.addItem(self.tr("Newest first"), "date")
        self.sort.currentIndexChanged.connect(lambda _i: self.filters_changed())
        self.expand = QCheckBox(self.tr("Related words"))
        self.expand.setChecked(True)
        self.expand.setToolTip(self.tr("Rank the results by the words their best matches share as well as by "
                                       "the words typed. What is found, and how many, stay the same."))
        self.expand.toggled.connect(lambda _c: self.filters_changed())
        self.sort.currentIndexChanged.connect(
            lambda _i: self.expand.setEnabled(self.sort.currentData() != "date"))
        # Every filter applies itself: what is on screen is always what the results were searched with.
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(FILTER_DELAY_MS)
        self._debounce.timeout.connect(self.run)
        for edit in (self.date_from, self.date_to):
            edit.changed.connect(self.filters_changed)
            edit.line.returnPressed.connect(self.run)
        self.save_button = QPushButton(icon("saved"), self.tr("Save search"))
        self.save_button.clicked.connect(self.save_current)
        self.type_boxes: dict[str, QCheckBox] = {}
        row1 = QHBoxLayout()
        row1.addWidget(self.query, 1)
        row1.addWidget(self.go)
        row1.addWidget(self.save_button)
        row2 = QHBoxLayout()
        row2.addWidget(i18n.plain_label(self.tr("From")))
        row2.addWidget(self.date_from)
        row2.addWidget(i18n.plain_label(self.tr("To")))
        row2.addWidget(self.date_to)
        row2.addSpacing(12)
        for t in SEARCH_TYPES:
            box = QCheckBox(type_label(t))
            box.toggled.connect(lambda _c: self.filters_changed())
            self.type_boxes[t] = box
            row2.addWidget(box)
        row2.addStretch(1)
        row2.addWidget(self.expand)
        row2.addWidget(self.sort)
        self.facets = QTreeWidget()
        self.facets.setHeaderHidden(True)
        self.facets.setMinimumWidth(180)
        self.facets.itemActivated.connect(self._facet_clicked)
        self.facets.itemClicked.connect(self._facet_clicked)
        self.model = SearchResultsModel(self)
        self.model.more_wanted.connect(self._more)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setItemDelegateForColumn(3, SnippetDelegate(self.table))
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() * 3 + 8)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.Interactive)
        header.setSectionResizeMode(3, QHeaderView.Stretch)
        header.resizeSection(0, 300)
        header.resizeSection(1, 110)
        header.resizeSection(2, 100)
        self.table.doubleClicked.connect(self._open)
        self.table.activated.connect(self._open)
        self.info = i18n.plain_label("")
        self.suggestion = QPushButton()
        self.suggestion.setFlat(True)
        self.suggestion.hide()
        self.suggestion.clicked.connect(self._use_suggestion)
        info_row = QHBoxLayout()
        info_row.addWidget(self.info)
        info_row.addWidget(self.suggestion)
        info_row.addStretch(1)
        self.note = i18n.plain_label("")  # the index is being rebuilt: the results are a plain database search
        self.note.setObjectName("searchNote")
        self.note.hide()
        splitter = QSplitter(Qt.Horizontal)
        splitter.addWidget(self.facets)
        results = QWidget()
        rl = QVBoxLayout(results)
        rl.setContentsMargins(0, 0, 0, 0)
        rl.addLayout(info_row)
        rl.addWidget(self.note)
        rl.addWidget(self.table, 1)
        splitter.addWidget(results)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([220, 900])
        layout = QVBoxLayout(self)
        layout.addLayout(row1)
        layout.addLayout(row2)
        layout.addWidget(splitter, 1)
        self.setFocusProxy(self.query)
        session.changed.connect(self._changed)

    # -- running ------------------------------------------------------------------

    def current_request(self) -> SearchRequest:
        types = [t for t, box in self.type_boxes.items() if box.isChecked()] or None
        return SearchRequest(self.query.text().strip(), types, self.date_from.text() or None,
                             self.date_to.text() or None, self.sort.currentData() or "relevance",
                             self.expand.isChecked())

    def set_request(self, request: SearchRequest, run: bool = True) -> None:
        self.query.setText(request.query)
        self.date_from.line.setText(request.date_from or "")
        self.date_to.line.setText(request.date_to or "")
        for t, box in self.type_boxes.items():
            box.blockSignals(True)
            box.setChecked(bool(request.types) and t in request.types)
            box.blockSignals(False)
        i = self.sort.findData(request.sort)
        self.sort.blockSignals(True)
        self.sort.setCurrentIndex(max(0, i))
        self.sort.blockSignals(False)
        self.expand.blockSignals(True)
        self.expand.setChecked(request.expand)
        self.expand.setEnabled(request.sort != "date")
        self.expand.blockSignals(False)
        if run:
            self.run()

    def busy(self) -> bool:
        return self.generation != getattr(self, "_answered", 0)

    def filters_changed(self) -> None:
        """A date, type or order changed: search again once the user pauses (nothing to do before a first search)."""
        if self.result is not None or self.request.query or self.query.text().strip():
            self._debounce.start()

    def run(self) -> None:
        self._debounce.stop()
        if not self.date_from.is_valid() or not self.date_to.is_valid():
            # Results of other dates would contradict the filter on screen: show none until the dates are fixed.
            self.generation += 1
            self._answered = self.generation
            self.result = None
            self.model.set_result([], 0)
            self.facets.clear()
            i18n.set_plain(self.info, self.tr("Fix the dates first (write them as 1403/05/12)."))
            return
        self.request = self.current_request()
        self.generation += 1
        self._submit(self.request, 0, self.generation)

    def _submit(self, request: SearchRequest, offset: int, generation: int) -> None:
        session = self.session

        def work(task):
            page = _Page(generation, offset)
            try:
                from press_archive.services.search import search  # (loaded on the first search, off the GUI thread)

                page.result = search(
                    session.search_archive(), request.query, types=request.types, date_from=request.date_from,
                    date_to=request.date_to, limit=PAGE, offset=offset, sort=request.sort, facets=offset == 0,
                    expand=request.expand)
            except Exception as e:  # a query the index cannot read: said in the window, never a crash
                page.error = say(e)
            return page

        session.tasks.run_task(work, self._answered_page, pool="searches")

    def _answered_page(self, page: _Page) -> None:
        if page.generation != self.generation:
            return  # a newer search is on its way
        self._answered = page.generation
        if page.error:
            if page.offset == 0:
                self.model.set_result([], 0)
                self.facets.clear()
            i18n.set_plain(self.info, self.tr("Cannot search: {}").format(page.error))
            self.suggestion.hide()
            return
        r = page.result
        if page.offset:
            self.model.append(r.hits)
            return
        self.result = r
        self.model.set_result(r.hits, r.total)
        if r.note:
            i18n.set_plain(self.note, say(r.note))
        self.note.setVisible(bool(r.note))
        i18n.set_plain(self.info, self.tr("{} results ({} ms)").format(i18n.fmt_int(r.total),
                                                                        i18n.fmt_int(round(r.took_ms))))
        if r.suggestion:
            self.suggestion.setText(i18n.rtl(self.tr("Did you mean: {}").format(r.suggestion)))
            self.suggestion.show()
        else:
            self.suggestion.hide()
        self._fill_facets(r.facets or {})

    def _more(self, offset: int) -> None:
        self._submit(self.request, offset, self.generation)

    def _changed(self, changes) -> None:
        if self.result is not None and self.isVisible():
            self.run()

    # -- facets -------------------------------------------------------------------

    def _fill_facets(self, facets: dict) -> None:
        self.facets.clear()
        for name in FACET_ORDER:
            values = facets.get(name) or []
            if not values:
                continue
            group = QTreeWidgetItem([facet_title(name)])
            font = group.font(0)
            font.setBold(True)
            group.setFont(0, font)
            group.setFlags(Qt.ItemIsEnabled)
            for value, count in values:
                shown = type_label(value) if name == "type" else (i18n.digits(value) if name == "year" else value)
                item = QTreeWidgetItem([i18n.rtl(f"{shown} ({i18n.fmt_int(count)})")])
                item.setData(0, Qt.UserRole, (name, value))
                group.addChild(item)
            self.facets.addTopLevelItem(group)
            group.setExpanded(True)

    def _facet_clicked(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        data = item.data(0, Qt.UserRole)
        if not data:
            return
        self.narrow(*data)

    def narrow(self, name: str, value: str) -> None:
        if name == "type":
            for t, box in self.type_boxes.items():
                box.blockSignals(True)
                box.setChecked(t == value)
                box.blockSignals(False)
        else:
            term = f"{FACET_FIELD.get(name, name)}:{quote_value(value)}"
            text = self.query.text().strip()
            if term not in text:
                self.query.setText(f"{text} {term}".strip())
        self.run()

    # -- results ------------------------------------------------------------------

    def _open(self, index) -> None:
        hit = self.model.data(self.model.index(index.row(), 0), Qt.UserRole)
        if hit is not None:
            self.open_hit.emit(hit.type, int(hit.id))

    def _use_suggestion(self) -> None:
        if self.result is not None and self.result.suggestion:
            self.query.setText(self.result.suggestion)
            self.run()

    # -- saved searches -------------------------------------------------------------

    def save_current(self) -> None:
        if self.settings is None:
            return
        request = self.current_request()
        name, ok = QInputDialog.getText(self, self.tr("Save search"), self.tr("Name of the saved search:"),
                                        text=request.query)
        if ok and name.strip():
            self.settings.save_search(name.strip(), request.as_dict())
            self.saved_searches_changed.emit()
