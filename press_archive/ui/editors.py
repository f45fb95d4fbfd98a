"""Editors for every record kind, built from the domain's field specs.

TEXT -> line edit (with type-ahead where the archive has values), LONGTEXT -> plain text box,
LIST -> comma-separated line edit, DATE -> our Jalali date editor, NUMBER/INTEGER -> validated line
edit (any digits), CHOICE -> combo box of labels, LINK -> event picker. The editor validates with
the domain's `clean_record` and shows each problem under its field; saving goes through the undo
helpers so every edit can be undone.
"""

from __future__ import annotations

from PySide6.QtCore import QStringListModel, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from press_archive.domain.messages import said_of
from press_archive.domain.records import (
    CHOICE,
    DATE,
    INTEGER,
    LINK,
    LIST,
    LONGTEXT,
    NUMBER,
    TEXT,
    Field,
    RecordError,
    RecordKind,
    clean_record,
    kind_named,
    split_list,
)
from press_archive.services import photos as photo_service
from press_archive.services import records as record_service
from press_archive.ui import i18n, undo
from press_archive.ui.icons import icon
from press_archive.ui.jalali_widgets import JalaliDateEdit
from press_archive.ui.messages import say
from press_archive.ui.record_model import ID_ROLE, RecordTableModel

# Text fields whose values the archive can suggest (services.records.suggestions).
SUGGESTED = {"category", "region", "author", "venue", "outlet", "programme", "interviewee", "photographer", "place"}
KEYWORD_LISTS = {"tags", "keywords"}
PEOPLE_LISTS = {"speakers", "people"}  # names the archive already holds: the people vocabulary


def _noop(context: str, text: str) -> str:
    return text


QT_TRANSLATE_NOOP = _noop  # marks the strings below for lupdate; translated when shown

# (words in the domain's message, how it starts or what it holds, the interface's short form)
_PROBLEMS = (
    ("is required but", QT_TRANSLATE_NOOP("RecordEditor", "Required")),
    ("is not a date", QT_TRANSLATE_NOOP("RecordEditor", "Not a date: write it as 1403/05/12")),
    ("^expected 1394", QT_TRANSLATE_NOOP("RecordEditor", "Not a date: write it as 1403/05/12")),
    ("^malformed CSV", QT_TRANSLATE_NOOP("RecordEditor", "This row cannot be read as CSV; the rows after it were read")),
    ("nested too deeply", QT_TRANSLATE_NOOP("RecordEditor", "This line is nested too deeply to be a record")),
    ("holds no visible character", QT_TRANSLATE_NOOP("RecordEditor", "Holds no visible character")),
    ("^read as ", QT_TRANSLATE_NOOP("RecordEditor", "Read in an encoding other than UTF-8")),
    ("^unknown field", QT_TRANSLATE_NOOP("RecordEditor", "A column that is not a field of this kind: ignored")),
    ("outside the years a record can have",
     QT_TRANSLATE_NOOP("RecordEditor", "Outside the years a record can have (1200 to 1600)")),
    ("expected a number", QT_TRANSLATE_NOOP("RecordEditor", "Write a number")),
    ("whole number", QT_TRANSLATE_NOOP("RecordEditor", "Write a number")),
    ("must not be negative", QT_TRANSLATE_NOOP("RecordEditor", "Must not be negative")),
    ("is already used by another", QT_TRANSLATE_NOOP("RecordEditor", "This reference is already used by another record")),
    ("^no event with ref", QT_TRANSLATE_NOOP("RecordEditor", "No event has this reference")),
    ("is not one of", QT_TRANSLATE_NOOP("RecordEditor", "Pick one of the choices")),
)


# The short form beside a field of the services' commonest lines (by their said() template).
_SHORT = {"is required but empty": _PROBLEMS[0][1], "is required but missing": _PROBLEMS[0][1]}


def problem_text(message: str) -> str:
    """A problem in the interface's language: a short form for the commonest, else the services' line said in
    the user's language (said(), domain/messages.py); a line made without a template is matched by its words."""
    made = said_of(message)
    if made is not None:
        short = _SHORT.get(made.template)
        return i18n.translate("RecordEditor", short) if short else say(made)
    for needle, text in _PROBLEMS:
        if message.startswith(needle[1:]) if needle.startswith("^") else needle in message:
            return i18n.translate("RecordEditor", text)
    return message


class PrefixCompleter(QCompleter):
    """Type-ahead from the archive: asks the services for values starting with what was typed."""

    def __init__(self, source, parent=None, *, tokens: bool = False):
        super().__init__(parent)
        self._source = source  # prefix -> list[str]
        self._tokens = tokens
        self._list = QStringListModel(self)
        self.setModel(self._list)
        self.setCaseSensitivity(Qt.CaseInsensitive)
        self.setCompletionMode(QCompleter.PopupCompletion)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(120)
        self._timer.timeout.connect(self._refresh)
        self._line: QLineEdit | None = None

    def attach(self, line: QLineEdit) -> None:
        self._line = line
        line.setCompleter(self)
        line.textEdited.connect(lambda _t: self._timer.start())

    def _current_token(self) -> str:
        text = self._line.text() if self._line else ""
        if self._tokens:
            text = text.replace("،", ",").split(",")[-1]
        return text.strip()

    def _refresh(self) -> None:
        prefix = self._current_token()
        try:
            values = self._source(prefix)
        except Exception:
            values = []
        self._list.setStringList([str(v) for v in values])
        if values and self._line is not None and self._line.hasFocus():
            self.setCompletionPrefix(prefix)
            self.complete()

    def splitPath(self, path: str) -> list[str]:
        if self._tokens:
            return [path.replace("،", ",").split(",")[-1].strip()]
        return [path]

    def pathFromIndex(self, index) -> str:
        value = super().pathFromIndex(index)
        if not self._tokens or self._line is None:
            return value
        text = self._line.text().replace("،", ",")
        head = text.rsplit(",", 1)[0] if "," in text else ""
        sep = "، " if i18n.is_persian() else ", "
        parts = [p.strip() for p in head.split(",") if p.strip()] if head else []
        return sep.join(parts + [value])


class EventPickerDialog(QDialog):
    """Pick the event a news item, photo batch or interview order belongs to."""

    def __init__(self, session, parent=None):
        super().__init__(parent)
        self.session = session
        self.setWindowTitle(self.tr("Pick an event"))
        self.resize(640, 420)
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(self.tr("Filter by title (search)"))
        self.filter.setClearButtonEnabled(True)
        self.model = RecordTableModel(session, "events", parent=self)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SingleSelection)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setSectionResizeMode(2, QHeaderView.Stretch)
        self.view.doubleClicked.connect(lambda _i: self.accept())
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.problem = i18n.plain_label("")  # a filter the index cannot read, said in the window's language
        self.problem.hide()
        self.searches = 0  # the newest filter's number: an older answer arriving late is dropped
        layout = QVBoxLayout(self)
        layout.addWidget(self.filter)
        layout.addWidget(self.problem)
        layout.addWidget(self.view, 1)
        layout.addWidget(buttons)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(250)
        self._timer.timeout.connect(self._apply_filter)
        self.filter.textChanged.connect(lambda _t: self._timer.start())

    def _apply_filter(self) -> None:
        """The search runs on the window's search thread (it may first catch the index up), never here."""
        self.searches += 1
        number, text, session = self.searches, self.filter.text().strip(), self.session
        self.problem.hide()
        if not text:
            self.model.reload()
            return

        def work(_task):
            from press_archive.services.search import search  # (the index's modules load on first use)

            return search(session.search_archive(), text, types=["event"], limit=200, facets=False)

        def found(result) -> None:
            if number != self.searches:
                return
            ids = [int(h.id) for h in result.hits]
            self.model.beginResetModel()
            self.model.cache.reset(ids)
            self.model.endResetModel()

        def failed(error, _text) -> None:
            if number == self.searches:
                i18n.set_plain(self.problem, say(error))
                self.problem.show()

        session.tasks.run_task(work, found, failed, pool="searches")

    def selected_ref(self) -> str | None:
        rows = self.view.selectionModel().selectedRows()
        if not rows:
            return None
        row = self.model.record_at(rows[0].row())
        if row is None:
            return None
        if not row.get("ref"):  # a link needs a ref: the event gets a stable one when the editor saves
            return record_service.proposed_event_ref(row["id"])
        return row["ref"]


class EventLinkEdit(QWidget):
    def __init__(self, session, parent=None):
        super().__init__(parent)
        self.session = session
        self.line = QLineEdit()
        self.line.setPlaceholderText(self.tr("Event reference"))
        self.line.setClearButtonEnabled(True)
        self.button = QToolButton()
        self.button.setIcon(icon("link"))
        self.button.setToolTip(self.tr("Pick an event"))
        self.button.clicked.connect(self.pick)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.line, 1)
        layout.addWidget(self.button)
        self.setFocusProxy(self.line)

    def pick(self) -> None:
        """Fill the field only: the event is changed (given a ref) when, and if, the editor saves."""
        dialog = EventPickerDialog(self.session, self)
        if dialog.exec():
            ref = dialog.selected_ref()
            if ref:
                self.line.setText(ref)


def _list_source(session, name: str):
    """Type-ahead for a list field: keywords from the keyword vocabulary, speakers and people from the people's."""
    if name not in KEYWORD_LISTS | PEOPLE_LISTS:
        return None
    fn = photo_service.keyword_suggestions if name in KEYWORD_LISTS else photo_service.people_suggestions
    return lambda prefix: fn(session.archive, prefix)


class RecordForm(QWidget):
    """The fields of one kind as editors, with a problem label under each."""

    def __init__(self, session, kind: RecordKind, parent=None):
        super().__init__(parent)
        self.session = session
        self.kind = kind
        self.editors: dict[str, QWidget] = {}
        self.problems: dict[str, QWidget] = {}
        form = QFormLayout(self)
        form.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        for f in kind.fields:
            editor = self._editor_for(f)
            self.editors[f.name] = editor
            problem = i18n.plain_label("")
            problem.setStyleSheet("color: #c62828;")
            problem.hide()
            self.problems[f.name] = problem
            box = QVBoxLayout()
            box.setSpacing(1)
            box.addWidget(editor)
            box.addWidget(problem)
            label = i18n.plain_label(i18n.field_label(f) + (" *" if f.required else ""))
            label.setBuddy(editor)
            form.addRow(label, box)

    def _editor_for(self, f: Field) -> QWidget:
        if f.type == DATE:
            return JalaliDateEdit()
        if f.type == LONGTEXT:
            box = QPlainTextEdit()
            box.setTabChangesFocus(True)
            box.setMinimumHeight(70 if f.name != "body" else 140)
            return box
        if f.type == CHOICE:
            combo = QComboBox()
            if not f.required:
                combo.addItem("", None)
            for value in f.choices:
                combo.addItem(i18n.choice_label(value), value)
            if f.default is not None:
                combo.setCurrentIndex(combo.findData(f.default))
            return combo
        if f.type == LINK:
            return EventLinkEdit(self.session)
        line = QLineEdit()
        if f.type in (NUMBER, INTEGER):
            line.setMaximumWidth(160)
        if f.type == TEXT and f.name in SUGGESTED:
            kind, name = self.kind, f.name
            PrefixCompleter(lambda prefix: record_service.suggestions(self.session.archive, kind, name, prefix, 30),
                            line).attach(line)
        if f.type == LIST:
            line.setPlaceholderText(self.tr("Separate items with commas"))
            source = _list_source(self.session, f.name)
            if source is not None:
                PrefixCompleter(source, line, tokens=True).attach(line)
        return line

    # -- values ---------------------------------------------------------------------

    def set_record(self, row: dict) -> None:
        for f in self.kind.fields:
            value = row.get(f.name)
            editor = self.editors[f.name]
            if f.type == DATE:
                editor.set_iso(value)
            elif f.type == LONGTEXT:
                editor.setPlainText(value or "")
            elif f.type == CHOICE:
                i = editor.findData(value)
                editor.setCurrentIndex(i if i >= 0 else 0)
            elif f.type == LINK:
                editor.line.setText(value or "")
            elif f.type == LIST:
                editor.setText(i18n.list_text(value or []))
            elif f.type in (NUMBER, INTEGER):
                editor.setText(i18n.fmt_number(value) if value is not None else "")
            else:
                editor.setText("" if value is None else str(value))

    def raw_values(self) -> dict:
        """What the person entered, as raw input for `clean_record` (dates as typed)."""
        raw = {}
        for f in self.kind.fields:
            editor = self.editors[f.name]
            if f.type == DATE:
                raw[f.name] = editor.text()
            elif f.type == LONGTEXT:
                raw[f.name] = editor.toPlainText()
            elif f.type == CHOICE:
                value = editor.currentData()
                raw[f.name] = value if value is not None else ""
            elif f.type == LINK:
                raw[f.name] = editor.line.text().strip()
            elif f.type == LIST:
                raw[f.name] = split_list(editor.text())
            else:
                raw[f.name] = editor.text()
        return raw

    def show_problems(self, problems) -> None:
        for label in self.problems.values():
            label.hide()
        first = None
        for p in problems:
            label = self.problems.get(p.field)
            if label is None:
                continue
            i18n.set_plain(label, problem_text(p.message))
            label.show()
            first = first or self.editors.get(p.field)
        if first is not None:
            first.setFocus()

    def validate(self) -> list:
        problems = []
        try:
            clean_record(self.kind, self.raw_values())
        except RecordError as e:
            problems = list(e.problems)
        self.show_problems(problems)
        return problems


class RecordEditor(QDialog):
    """Add or edit one record; saving goes through the undo stack."""

    saved = Signal(int)  # record id

    def __init__(self, session, kind: str | RecordKind, record_id: int | None = None, parent=None,
                 defaults: dict | None = None):
        super().__init__(parent)
        self.session = session
        self.kind = kind if isinstance(kind, RecordKind) else kind_named(kind)
        self.record_id = record_id
        self._task = None
        what = i18n.kind_label(self.kind)
        self.setWindowTitle(self.tr("Edit: {}").format(what) if record_id else self.tr("New: {}").format(what))
        self.form = RecordForm(session, self.kind)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.form)
        self.message = i18n.plain_label("", wrap=True)
        self.message.setStyleSheet("color: #c62828;")
        self.message.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.Save | QDialogButtonBox.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.resize(560, 640)
        if record_id is not None:
            self.form.set_record(record_service.resolve(session.archive, self.kind, record_id))
        elif defaults:
            self.form.set_record(defaults)

    def save(self):
        """Check the form here, then store it off the GUI thread (the session's one write path). Returns the
        write's task, or None when the form has problems; `saved` is emitted and the dialog closes once the
        archive has taken it, and a refusal keeps the dialog open with its reasons."""
        self.message.hide()
        if self.saving() or self.form.validate():
            return None
        raw = self.form.raw_values()
        self.buttons.setEnabled(False)
        if self.record_id is None:
            self._task = undo.add(self.session, self.kind, raw, on_done=self._stored, on_error=self._refused)
        else:
            self._task = undo.edit(self.session, self.kind, self.record_id, raw,
                                   on_done=lambda _changes: self._stored(self.record_id), on_error=self._refused)
        return self._task

    def saving(self) -> bool:
        return self._task is not None and not self._task.finished

    def _stored(self, record_id: int) -> None:
        self._task = None
        self.buttons.setEnabled(True)
        self.record_id = record_id
        self.saved.emit(record_id)
        self.accept()

    def _refused(self, error: BaseException) -> None:
        self._task = None
        self.buttons.setEnabled(True)
        if isinstance(error, RecordError):
            self.form.show_problems(error.problems)
            return
        i18n.set_plain(self.message, say(error))  # the archive refused (busy, read-only...): say why, keep the form
        self.message.show()

    def reject(self) -> None:
        if not self.saving():  # a save under way ends in its answer, never half-cancelled
            super().reject()


def selected_record_ids(view: QAbstractItemView) -> list[int]:
    model = view.model()
    return [model.data(index, ID_ROLE) for index in view.selectionModel().selectedRows()]
