"""The reports dashboard: pick a window (a Jalali year, a season, the last two and a half years),
see the counts with their growth against the window before, and a bar chart by period.

The chart is a small QPainter widget of our own (PySide6-Essentials has no QtCharts), with Persian
labels, Persian digits and Jalali periods; in right-to-left mode time runs from right to left.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from PySide6.QtCore import QCoreApplication, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPen
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QMenu,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from press_archive.domain.jalali import gregorian_to_jalali, jalali_to_gregorian, month_length, period_of
from press_archive.services import stats
from press_archive.ui import i18n
from press_archive.ui.icons import icon
from press_archive.ui.jalali_widgets import JalaliDateEdit

# The counts shown as cards (contract keys), in the order a manager reads them.
CARD_KEYS = ("news", "events", "press_conferences", "photo_batches", "photos", "interviews", "interviews_aired",
             "tv_minutes", "radio_programmes")


def metric_label(key: str) -> str:
    labels = {
        "news": QCoreApplication.translate("Dashboard", "News items"),
        "events": QCoreApplication.translate("Dashboard", "Events"),
        "press_conferences": QCoreApplication.translate("Dashboard", "Press conferences"),
        "ceremonies": QCoreApplication.translate("Dashboard", "Ceremonies"),
        "photo_batches": QCoreApplication.translate("Dashboard", "Photo batches"),
        "photos": QCoreApplication.translate("Dashboard", "Photos"),
        "interviews": QCoreApplication.translate("Dashboard", "Interview orders"),
        "interviews_aired": QCoreApplication.translate("Dashboard", "Interviews aired"),
        "tv_minutes": QCoreApplication.translate("Dashboard", "TV minutes"),
        "radio_programmes": QCoreApplication.translate("Dashboard", "Radio programmes"),
    }
    return labels.get(key, key)


@dataclass
class Window:
    label: str
    start: date
    end: date
    by: str
    compare_with: str = "before"  # or "year_before": the same days of last year


GROUPINGS = ("day", "week", "month", "quarter", "half", "year")


def grouping_label(by: str) -> str:
    translate = QCoreApplication.translate
    return {"day": translate("Dashboard", "By day"), "week": translate("Dashboard", "By week"), "month": translate("Dashboard", "By month"),
            "quarter": translate("Dashboard", "By quarter"), "half": translate("Dashboard", "By half year"),
            "year": translate("Dashboard", "By year")}[by]


def _year_label(jy: int) -> str:
    return QCoreApplication.translate("Dashboard", "Year {} (by month)").format(i18n.fmt_int(jy, group=False))


def windows_for(first: date, last: date, today: date | None = None) -> list[Window]:
    """The windows a manager picks from: this year so far (against the same days of last year), the last
    2.5 years, each Jalali year with data and the seasons of the last two. Every window ends today at the
    latest (what was imported this month counts; no bars for months still to come)."""
    today = today or date.today()
    translate = QCoreApplication.translate
    jy_now = gregorian_to_jalali(today)[0]
    out = [Window(translate("Dashboard", "This year so far, against the same days of last year"),
                  jalali_to_gregorian(jy_now, 1, 1), today, "month", "year_before")]
    start = today - timedelta(days=int(365.25 * 2.5))
    out.append(Window(translate("Dashboard", "Last two and a half years (by quarter)"), period_of(start, "quarter").start,
                      today, "quarter"))
    y_first, y_last = gregorian_to_jalali(first)[0], gregorian_to_jalali(max(last, first, today))[0]
    years = list(range(y_last, y_first - 1, -1))[:12]
    for jy in years:
        end = min(today, jalali_to_gregorian(jy, 12, month_length(jy, 12)))
        out.append(Window(_year_label(jy), jalali_to_gregorian(jy, 1, 1), end, "month"))
    for jy in years[:2]:
        for n in (4, 3, 2, 1):
            p = period_of(jalali_to_gregorian(jy, (n - 1) * 3 + 1, 1), "quarter")
            if p.start > today:
                continue
            label = p.label_fa if i18n.is_persian() else p.label_en
            out.append(Window(translate("Dashboard", "{} (by month)").format(label), p.start, min(p.end, today), "month"))
    return out


class BarChart(QWidget):
    """Bars for each period (and lighter bars for the period before, when compared)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.labels: list[str] = []
        self.values: list[float] = []
        self.previous: list[float] | None = None
        self.title = ""
        self.setMinimumHeight(260)
        self.setSizePolicy(QSizePolicy.Expanding, QSizePolicy.Expanding)

    def sizeHint(self) -> QSize:
        return QSize(640, 320)

    def set_data(self, title: str, labels: list[str], values: list[float], previous: list[float] | None = None) -> None:
        self.title, self.labels, self.values, self.previous = title, labels, values, previous
        self.update()

    @staticmethod
    def _nice_max(value: float) -> float:
        """The top of the value axis: four equal whole-number steps that reach past `value`."""
        if value <= 0:
            return 4
        step = value / 4
        magnitude = 10 ** max(0, len(str(int(step))) - 1)
        for nice in (1, 2, 5, 10):
            if step <= nice * magnitude:
                return max(1, nice * magnitude) * 4
        return 40 * magnitude

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.Antialiasing, True)
        painter.fillRect(self.rect(), QColor("white"))
        fm = painter.fontMetrics()
        rtl = self.layoutDirection() == Qt.RightToLeft
        title_h = fm.height() + 8
        painter.setPen(QColor("#263238"))
        bold = QFont(painter.font())
        bold.setBold(True)
        painter.setFont(bold)
        painter.drawText(QRectF(8, 4, self.width() - 16, title_h), Qt.AlignVCenter | Qt.AlignHCenter, i18n.rtl(self.title))
        painter.setFont(self.font())
        if not self.values:
            painter.drawText(self.rect(), Qt.AlignCenter, i18n.rtl(self.tr("No records in this window")))
            return
        top_value = self._nice_max(max(self.values + (self.previous or [])))
        axis_w = fm.horizontalAdvance(i18n.fmt_int(top_value)) + 14
        label_h = 2 * fm.height() + 8
        left = 8 if rtl else axis_w
        right = self.width() - (axis_w if rtl else 8)
        top = title_h + fm.height() + 4
        bottom = self.height() - label_h
        plot_h = max(10, bottom - top)
        # grid lines and the value axis (on the right in right-to-left mode)
        for i in range(5):
            v = top_value * i / 4
            y = bottom - plot_h * i / 4
            painter.setPen(QPen(QColor("#eceff1"), 1))
            painter.drawLine(int(left), int(y), int(right), int(y))
            painter.setPen(QColor("#607d8b"))
            text_rect = QRectF(right + 4, y - fm.height() / 2, axis_w - 6, fm.height()) if rtl else \
                QRectF(2, y - fm.height() / 2, axis_w - 6, fm.height())
            painter.drawText(text_rect, (Qt.AlignLeft if rtl else Qt.AlignRight) | Qt.AlignVCenter, i18n.fmt_int(v))
        n = len(self.values)
        slot = (right - left) / n
        bar_w = max(4.0, min(60.0, slot * (0.38 if self.previous else 0.6)))
        for i, value in enumerate(self.values):
            k = n - 1 - i if rtl else i  # time runs right to left in Persian
            centre = left + slot * (k + 0.5)
            bars = [(value, QColor("#1e88e5"))]
            if self.previous:
                bars = [(self.previous[i], QColor("#b0bec5")), (value, QColor("#1e88e5"))]
                if rtl:
                    bars.reverse()
            total_w = bar_w * len(bars) + 2 * (len(bars) - 1)
            x = centre - total_w / 2
            for v, colour in bars:
                h = plot_h * (v / top_value) if top_value else 0
                painter.fillRect(QRectF(x, bottom - h, bar_w, h), colour)
                if colour == QColor("#1e88e5"):
                    painter.setPen(QColor("#263238"))
                    painter.drawText(QRectF(x - 20, bottom - h - fm.height() - 2, bar_w + 40, fm.height()),
                                     Qt.AlignCenter, i18n.fmt_int(v))
                x += bar_w + 2
            painter.setPen(QColor("#37474f"))
            label = self.labels[i] if i < len(self.labels) else ""
            words = label.split(" ", 1)
            text = "\n".join(words) if fm.horizontalAdvance(label) > slot - 4 else label
            painter.drawText(QRectF(centre - slot / 2, bottom + 4, slot, label_h - 4), Qt.AlignHCenter | Qt.AlignTop,
                             text)
        painter.setPen(QPen(QColor("#90a4ae"), 1))
        painter.drawLine(int(left), int(bottom), int(right), int(bottom))


class MetricCard(QFrame):
    def __init__(self, key: str, parent=None):
        super().__init__(parent)
        self.key = key
        self.setFrameShape(QFrame.StyledPanel)
        self.setStyleSheet("MetricCard { background: white; border: 1px solid #cfd8dc; border-radius: 6px; }")
        self.title = i18n.plain_label(metric_label(key))
        self.title.setStyleSheet("color: #546e7a;")
        self.value = i18n.plain_label("")
        font = self.value.font()
        font.setPointSizeF(font.pointSizeF() * 1.7)
        font.setBold(True)
        self.value.setFont(font)
        self.growth = i18n.plain_label("")
        layout = QVBoxLayout(self)
        layout.setSpacing(2)
        layout.addWidget(self.title)
        layout.addWidget(self.value)
        layout.addWidget(self.growth)

    def set_values(self, value, previous, growth) -> None:
        i18n.set_plain(self.value, i18n.fmt_int(value))
        text = i18n.fmt_growth(growth)
        prev = self.tr("before: {}").format(i18n.fmt_int(previous)) if previous is not None else ""
        i18n.set_plain(self.growth, f"{text}   {prev}".strip())
        colour = "#2e7d32" if growth is not None and growth > 1 else ("#c62828" if growth is not None and growth < 1
                                                                          else "#546e7a")
        self.growth.setStyleSheet(f"color: {colour};")


class Dashboard(QWidget):
    def __init__(self, session, parent=None):
        super().__init__(parent)
        self.session = session
        self.window_box = QComboBox()
        # any Jalali range and grouping: typing a date or choosing a grouping makes the window "Chosen range"
        self.date_from = JalaliDateEdit(placeholder=self.tr("From"))
        self.date_to = JalaliDateEdit(placeholder=self.tr("To"))
        self.by_box = QComboBox()
        for by in GROUPINGS:
            self.by_box.addItem(grouping_label(by), by)
        self.metric_box = QComboBox()
        for key in CARD_KEYS:
            self.metric_box.addItem(metric_label(key), key)
        top = QHBoxLayout()
        top.addWidget(i18n.plain_label(self.tr("Window")))
        top.addWidget(self.window_box, 2)
        top.addWidget(i18n.plain_label(self.tr("From")))
        top.addWidget(self.date_from)
        top.addWidget(i18n.plain_label(self.tr("To")))
        top.addWidget(self.date_to)
        top.addWidget(self.by_box)
        top.addSpacing(16)
        top.addWidget(i18n.plain_label(self.tr("Chart")))
        top.addWidget(self.metric_box, 1)
        top.addStretch(1)
        self.export_button = QToolButton()
        self.export_button.setText(self.tr("Export report"))
        self.export_button.setIcon(icon("reports"))
        self.export_button.setToolButtonStyle(Qt.ToolButtonTextBesideIcon)
        self.export_button.setPopupMode(QToolButton.InstantPopup)
        menu = QMenu(self.export_button)
        for fmt, text in (("pdf", self.tr("PDF…")), ("xlsx", self.tr("Excel (XLSX)…")), ("csv", self.tr("CSV…"))):
            menu.addAction(text).triggered.connect(lambda _=False, f=fmt: self.export(f))
        self.export_button.setMenu(menu)
        top.addWidget(self.export_button)
        self.cards = {key: MetricCard(key) for key in CARD_KEYS}
        grid = QGridLayout()
        for n, key in enumerate(CARD_KEYS):
            grid.addWidget(self.cards[key], n // 5, n % 5)
        self.chart = BarChart()
        self.empty = i18n.plain_label("")
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(grid)
        layout.addWidget(self.chart, 1)
        layout.addWidget(self.empty)
        self.windows: list[Window] = []
        self.result = None
        self.window_box.currentIndexChanged.connect(self._window_chosen)
        for edit in (self.date_from, self.date_to):
            edit.line.editingFinished.connect(self._range_typed)
            edit.line.returnPressed.connect(self._range_typed)
        self.by_box.currentIndexChanged.connect(lambda _i: self._range_typed())
        self.metric_box.currentIndexChanged.connect(self._draw_chart)
        session.changed.connect(self._changed)
        self.reload_windows()

    def reload_windows(self) -> None:
        span = stats.data_window(self.session.archive)
        today = date.today()
        self.window_box.blockSignals(True)
        self.window_box.clear()
        self.windows = windows_for(span[0] if span else today, span[1] if span else today, today=today)
        for w in self.windows:
            self.window_box.addItem(w.label)
        self.window_box.addItem(self.tr("Chosen range"))
        self.window_box.blockSignals(False)
        self._window_chosen()

    def current_window(self) -> Window | None:
        i = self.window_box.currentIndex()
        if 0 <= i < len(self.windows):
            return self.windows[i]
        if i == len(self.windows):  # the chosen range
            start, end = self.date_from.date(), self.date_to.date()
            if start and end and start <= end:
                return Window(self.tr("Chosen range"), start, end, self.by_box.currentData() or "month")
        return None

    def _window_chosen(self, *_args) -> None:
        w = self.current_window()
        if w is not None and self.window_box.currentIndex() < len(self.windows):
            for widget in (self.date_from, self.date_to, self.by_box):
                widget.blockSignals(True)
            self.date_from.set_date(w.start)
            self.date_to.set_date(w.end)
            self.by_box.setCurrentIndex(max(0, self.by_box.findData(w.by)))
            for widget in (self.date_from, self.date_to, self.by_box):
                widget.blockSignals(False)
        self.refresh()

    def _range_typed(self) -> None:
        """A date typed or a grouping chosen: the chosen range, shown at once (a wrong date says so)."""
        if not (self.date_from.is_valid() and self.date_to.is_valid()):
            return
        self.window_box.blockSignals(True)
        self.window_box.setCurrentIndex(len(self.windows))
        self.window_box.blockSignals(False)
        self.refresh()

    def _changed(self, _changes) -> None:
        if self.isVisible():
            self.refresh()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.refresh()

    def select_window(self, index: int) -> None:
        self.window_box.setCurrentIndex(index)

    def refresh(self) -> None:
        w = self.current_window()
        if w is None:
            i18n.set_plain(self.empty, self.tr("Choose a range: from a day up to a later day."))
            return
        self.result = stats.counts_by_period(self.session.archive, by=w.by, date_from=w.start.isoformat(),
                                             date_to=w.end.isoformat(), compare=True, compare_with=w.compare_with)
        r = self.result
        for key, card in self.cards.items():
            card.set_values(r.total.get(key, 0), (r.total_previous or {}).get(key), (r.total_growth or {}).get(key))
        i18n.set_plain(self.empty, "" if any(r.total.values()) else self.tr("No records in this window"))
        self._draw_chart()

    def export(self, fmt: str, path=None, on_done=None):
        """The report of the window on screen, written as the CLI's `report` writes it (off the GUI thread)."""
        from press_archive.ui.report_export import ask_report_path, export_report

        w = self.current_window()
        if w is None:
            return None
        path = path or ask_report_path(self, fmt, w.start, w.end)
        if path is None:
            return None
        return export_report(self, self.session, path, fmt, w.start, w.end, w.by, on_done)

    def _draw_chart(self) -> None:
        if self.result is None:
            return
        key = self.metric_box.currentData() or "news"
        periods = self.result.periods
        labels = [self._period_label(pc.period) for pc in periods]
        values = [pc.counts.get(key, 0) for pc in periods]
        window = self.window_box.currentText()
        self.chart.set_data(f"{metric_label(key)} — {window}", labels, values)

    def _period_label(self, period) -> str:
        label = period.label_fa if i18n.is_persian() else period.label_en
        if period.by == "month" and len({p.period.key[:4] for p in self.result.periods}) == 1:
            label = label.rsplit(" ", 1)[0]  # one year: the month name says enough
        return label
