"""A Jalali date editor of our own and its month calendar.

Qt's QDateEdit is Gregorian and reverses its sections in right-to-left layouts, so this is a line
edit validated with `domain.jalali.parse_date` (Persian, Arabic-Indic or ASCII digits; Jalali or
Gregorian), with a button that opens a Persian month calendar built from the jalali functions.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QLineEdit,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from press_archive.domain.jalali import (
    WEEKDAY_NAMES_EN,
    WEEKDAY_NAMES_FA,
    DateError,
    gregorian_to_jalali,
    jalali_str,
    jalali_to_gregorian,
    month_length,
    parse_date,
    to_iso,
)
from press_archive.ui import i18n
from press_archive.ui.icons import icon


def jalali_text(value: date) -> str:
    """1403/05/12 in the current language's digits."""
    return i18n.digits(jalali_str(value))  # a stored day beyond the calendar shows as ISO, never a crash


class JalaliCalendar(QWidget):
    """One Jalali month: month and year pickers above a Saturday-first grid of days."""

    picked = Signal(object)  # datetime.date

    def __init__(self, value: date | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        value = value or date.today()
        self._selected = value
        jy, jm, _ = gregorian_to_jalali(value)
        self.month = QComboBox()
        self.month.addItems(list(i18n.month_names()))
        self.month.setCurrentIndex(jm - 1)
        self.year = QSpinBox()
        self.year.setRange(1300, 1500)
        self.year.setValue(jy)
        if i18n.is_persian():
            self.year.setLocale(_persian_locale())
        self.previous = QToolButton()
        self.previous.setText("‹" if not i18n.is_persian() else "›")
        self.previous.setToolTip(self.tr("Previous month"))
        self.next = QToolButton()
        self.next.setText("›" if not i18n.is_persian() else "‹")
        self.next.setToolTip(self.tr("Next month"))
        top = QHBoxLayout()
        top.addWidget(self.previous)
        top.addWidget(self.month, 1)
        top.addWidget(self.year)
        top.addWidget(self.next)
        self.grid = QGridLayout()
        self.grid.setSpacing(2)
        names = WEEKDAY_NAMES_FA if i18n.is_persian() else WEEKDAY_NAMES_EN
        for col, name in enumerate(names):
            label = i18n.plain_label(name[:2] if not i18n.is_persian() else name[0])
            label.setAlignment(Qt.AlignCenter)
            label.setToolTip(name)
            self.grid.addWidget(label, 0, col)
        self.day_buttons: list[QToolButton] = []
        for n in range(42):
            b = QToolButton()
            b.setAutoRaise(True)
            b.setMinimumSize(QSize(30, 26))
            b.clicked.connect(lambda _=False, n=n: self._day_clicked(n))
            self.grid.addWidget(b, 1 + n // 7, n % 7)
            self.day_buttons.append(b)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(self.grid)
        self.month.currentIndexChanged.connect(self._fill)
        self.year.valueChanged.connect(self._fill)
        self.previous.clicked.connect(lambda: self._step(-1))
        self.next.clicked.connect(lambda: self._step(1))
        self._days: list[date | None] = []
        self._fill()

    def shown_month(self) -> tuple[int, int]:
        return self.year.value(), self.month.currentIndex() + 1

    def _step(self, delta: int) -> None:
        jy, jm = self.shown_month()
        jm += delta
        if jm < 1:
            jy, jm = jy - 1, 12
        elif jm > 12:
            jy, jm = jy + 1, 1
        self.year.blockSignals(True)
        self.year.setValue(jy)
        self.year.blockSignals(False)
        self.month.setCurrentIndex(jm - 1)
        self._fill()

    def _fill(self) -> None:
        jy, jm = self.shown_month()
        first = jalali_to_gregorian(jy, jm, 1)
        lead = (first.weekday() + 2) % 7  # Saturday is column 0
        length = month_length(jy, jm)
        self._days = [None] * 42
        today = date.today()
        for n, b in enumerate(self.day_buttons):
            day = n - lead + 1
            if 1 <= day <= length:
                d = jalali_to_gregorian(jy, jm, day)
                self._days[n] = d
                b.setText(i18n.digits(day))
                b.setEnabled(True)
                b.setCheckable(True)
                b.setChecked(d == self._selected)
                font = b.font()
                font.setBold(d == today)
                b.setFont(font)
            else:
                b.setText("")
                b.setEnabled(False)
                b.setCheckable(False)

    def _day_clicked(self, n: int) -> None:
        d = self._days[n]
        if d is not None:
            self._selected = d
            self.picked.emit(d)


class _CalendarPopup(QDialog):
    def __init__(self, value: date | None, parent: QWidget):
        super().__init__(parent, Qt.Popup)
        self.calendar = JalaliCalendar(value, self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.calendar)
        self.chosen: date | None = None
        self.calendar.picked.connect(self._pick)

    def _pick(self, d: date) -> None:
        self.chosen = d
        self.accept()


def _persian_locale():
    from PySide6.QtCore import QLocale

    locale = QLocale(QLocale.Persian, QLocale.Iran)
    locale.setNumberOptions(QLocale.OmitGroupSeparator)
    return locale


class JalaliDateEdit(QWidget):
    """A date typed as 1403/05/12 (any digits) or picked from the calendar; empty allowed."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None, *, placeholder: str | None = None):
        super().__init__(parent)
        self.line = QLineEdit()
        self.line.setPlaceholderText(placeholder or i18n.digits("1403/05/12"))
        self.line.setClearButtonEnabled(True)
        self.line.setMinimumWidth(self.line.fontMetrics().horizontalAdvance("۱۴۰۳/۰۵/۱۲") + 40)
        self.button = QToolButton()
        self.button.setIcon(icon("calendar"))
        self.button.setToolTip(self.tr("Pick a date from the calendar"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.line, 1)
        layout.addWidget(self.button)
        self.button.clicked.connect(self.open_calendar)
        self.line.textChanged.connect(self._validate)
        self.line.editingFinished.connect(self._normalise)
        self._error = ""
        self.setFocusProxy(self.line)

    # -- value ------------------------------------------------------------------

    def text(self) -> str:
        return self.line.text().strip()

    def error(self) -> str:
        return self._error

    def is_valid(self) -> bool:
        return not self._error

    def date(self) -> date | None:
        text = self.text()
        if not text:
            return None
        try:
            value = parse_date(text)
        except DateError:
            return None
        return value if type(value) is date else value.date()

    def iso(self) -> str | None:
        """The stored form (ISO), None when empty or invalid."""
        text = self.text()
        if not text:
            return None
        try:
            return to_iso(parse_date(text))
        except DateError:
            return None

    def set_iso(self, value: str | date | None) -> None:
        if not value:
            self.line.setText("")
            return
        d = parse_date(value[:10] if isinstance(value, str) else value)
        self.line.setText(jalali_text(d))

    def set_date(self, d: date | None) -> None:
        self.set_iso(d)

    # -- behaviour ----------------------------------------------------------------

    def _validate(self) -> None:
        text = self.text()
        self._error = ""
        if text:
            try:
                parse_date(text)
            except DateError:
                self._error = self.tr("Not a date: write it as 1403/05/12")
        self.line.setStyleSheet("QLineEdit { border: 1px solid #c62828; }" if self._error else "")
        self.line.setToolTip(self._error)
        self.changed.emit()

    def _normalise(self) -> None:
        d = self.date()
        if d is not None and "T" not in self.text() and ":" not in self.text():
            normal = jalali_text(d)
            if normal != self.text():
                self.line.setText(normal)

    def open_calendar(self) -> None:
        popup = _CalendarPopup(self.date(), self)
        popup.move(self.mapToGlobal(self.rect().bottomLeft()))
        if popup.exec() and popup.chosen is not None:
            self.set_date(popup.chosen)
            self.line.setFocus()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key_Down and event.modifiers() & Qt.AltModifier:
            self.open_calendar()
            return
        super().keyPressEvent(event)
