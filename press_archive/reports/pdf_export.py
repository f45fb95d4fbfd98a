"""The report as a PDF drawn by Qt: A4, right to left, Vazirmatn embedded.

Pages: the title and the written summary, the key figures against the previous window, charts per
Jalali period (bars for the counts, lines for the indicators), the tables per period, and the
breakdowns. Tables are drawn cell by cell with the first column on the right (Qt's rich-text tables
do not mirror their columns in right-to-left text); the summary paragraphs are a QTextDocument with
``<body dir="rtl">``, justified.

Layout is two passes: blocks are measured and placed on pages (tables split between pages with
their header repeated), then drawn, so the footer can say «صفحهٔ ۲ از ۵».
"""

from __future__ import annotations

import html
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QMarginsF, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFontMetricsF,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
    QTextDocument,
    QTextOption,
)

from press_archive.domain import persian_numbers as pn
from press_archive.domain.jalali import format_jalali
from press_archive.reports import qt_setup
from press_archive.reports.charts import draw_chart
from press_archive.reports.labels import (
    breakdown_title,
    breakdown_value,
    count_title,
    indicator_title,
)
from press_archive.reports.model import ReportData
from press_archive.reports.painting import draw_text, elided, make_font, nfc, wrapped_height

RESOLUTION = 300  # dots per inch of the PDF's coordinate space
MARGINS_MM = QMarginsF(16, 14, 16, 16)
ACCENT = QColor("#1F4E79")
HEADER_FILL = QColor("#1F4E79")
ZEBRA_FILL = QColor("#F2F6FB")
TOTAL_FILL = QColor("#DDEBF7")
RULE = QColor("#B4C6E7")
TEXT = QColor("#262626")
MUTED = QColor("#595959")
COLUMNS_PER_TABLE = 8
BREAKDOWN_ROWS = 10


class _Page:
    """What blocks need to measure themselves: the writer (font metrics at its resolution) and the family."""

    def __init__(self, writer: QPdfWriter, family: str):
        self.device = writer
        self.family = family
        self.dpmm = RESOLUTION / 25.4
        self.width = float(writer.width())
        self.height = float(writer.height())

    def mm(self, value: float) -> float:
        return value * self.dpmm

    def font(self, points: float, bold: bool = False, medium: bool = False):
        return make_font(self.family, points, bold, medium)

    def line(self, font) -> float:
        return QFontMetricsF(font, self.device).height()


class Block:
    keep_with_next = False

    def height(self, page: _Page) -> float:
        raise NotImplementedError

    def draw(self, painter: QPainter, page: _Page, rect: QRectF) -> None:
        raise NotImplementedError

    def split(self, page: _Page, available: float):
        """(part that fits in ``available``, the rest), or None when the block cannot be split there."""
        return None


class Spacer(Block):
    def __init__(self, mm: float):
        self.size = mm

    def height(self, page):
        return page.mm(self.size)

    def draw(self, painter, page, rect):
        pass


class TitleBlock(Block):
    def __init__(self, data: ReportData):
        self.data = data

    def _fonts(self, page):
        return page.font(19, bold=True), page.font(10.5, medium=True), page.font(8.5)

    def height(self, page):
        big, sub, small = self._fonts(page)
        return page.line(big) * 1.25 + page.line(sub) * 1.5 + page.line(small) * 1.4 + page.mm(5)

    def draw(self, painter, page, rect):
        big, sub, small = self._fonts(page)
        y = rect.top()
        painter.setPen(ACCENT)
        painter.setFont(big)
        h = page.line(big) * 1.25
        draw_text(painter, QRectF(rect.left(), y, rect.width(), h), self.data.title, "right", "top")
        y += h
        painter.setPen(TEXT)
        painter.setFont(sub)
        h = page.line(sub) * 1.5
        draw_text(painter, QRectF(rect.left(), y, rect.width(), h), self.data.window_fa, "right", "top")
        y += h
        painter.setPen(MUTED)
        painter.setFont(small)
        h = page.line(small) * 1.4
        made = format_jalali(self.data.generated_at)
        draw_text(painter, QRectF(rect.left(), y, rect.width(), h),
                  f"مقایسه با دورهٔ پیشین: {self.data.previous_window_fa} — تهیه‌شده در {made}", "right", "top")
        y += h + page.mm(2)
        painter.setPen(QPen(ACCENT, page.mm(0.6)))
        painter.drawLine(QPointF(rect.left(), y), QPointF(rect.right(), y))


class Heading(Block):
    keep_with_next = True

    def __init__(self, text: str, note: str = ""):
        self.text, self.note = text, note

    def height(self, page):
        return page.line(page.font(12.5, bold=True)) * 1.3 + page.mm(3)

    def draw(self, painter, page, rect):
        font = page.font(12.5, bold=True)
        h = page.line(font) * 1.3
        top = rect.top() + page.mm(2)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QBrush(ACCENT))
        painter.drawRect(QRectF(rect.right() - page.mm(1.4), top + h * 0.15, page.mm(1.4), h * 0.7))
        painter.setPen(ACCENT)
        painter.setFont(font)
        draw_text(painter, QRectF(rect.left(), top, rect.width() - page.mm(3), h), self.text, "right", "center")
        if self.note:
            painter.setPen(MUTED)
            painter.setFont(page.font(8))
            draw_text(painter, QRectF(rect.left(), top, rect.width(), h), self.note, "left", "center")


class Paragraph(Block):
    """One paragraph of running Persian text: a QTextDocument, right to left and justified."""

    def __init__(self, text: str, points: float = 10.5):
        self.text, self.points = text, points
        self._doc = None

    def _document(self, page) -> QTextDocument:
        if self._doc is None:
            doc = QTextDocument()
            doc.documentLayout().setPaintDevice(page.device)
            doc.setDefaultFont(page.font(self.points))
            option = QTextOption()
            option.setTextDirection(Qt.LayoutDirection.RightToLeft)
            option.setAlignment(Qt.AlignmentFlag.AlignJustify | Qt.AlignmentFlag.AlignAbsolute)
            doc.setDefaultTextOption(option)
            doc.setDocumentMargin(0)
            doc.setHtml(f'<body dir="rtl"><p align="justify" style="line-height: 140%;">{html.escape(nfc(self.text))}</p></body>')
            doc.setTextWidth(page.width)
            self._doc = doc
        return self._doc

    def height(self, page):
        return self._document(page).size().height() + page.mm(2.5)

    def draw(self, painter, page, rect):
        doc = self._document(page)
        painter.save()
        painter.translate(rect.left(), rect.top())
        painter.setPen(TEXT)
        doc.drawContents(painter, QRectF(0, 0, rect.width(), doc.size().height()))
        painter.restore()


class Table(Block):
    """A table drawn cell by cell; column 0 is the rightmost. ``weights`` share the width."""

    def __init__(self, header: list[str], rows: list[list[str]], weights: list[float], *,
                 total: list[str] | None = None, points: float = 8.0, numeric_from: int = 1):
        self.header, self.rows, self.weights, self.total = header, rows, weights, total
        self.points, self.numeric_from = points, numeric_from

    def _widths(self, width: float) -> list[float]:
        s = sum(self.weights)
        return [width * w / s for w in self.weights]

    def _header_height(self, page, width: float) -> float:
        font = page.font(self.points, bold=True)
        pad = page.mm(1.6)
        return max(wrapped_height(font, t, w - 2 * pad, page.device) for t, w in zip(self.header, self._widths(width))) + 2 * pad

    def _row_height(self, page) -> float:
        return page.line(page.font(self.points)) + page.mm(2.2)

    def height(self, page):
        rows = len(self.rows) + (1 if self.total else 0)
        return self._header_height(page, page.width) + rows * self._row_height(page) + page.mm(3)

    def split(self, page, available):
        fit = int((available - self._header_height(page, page.width) - page.mm(3)) // self._row_height(page))
        if self.total and fit >= len(self.rows) + 1:
            return None
        if fit < 3 or fit >= len(self.rows):
            return None
        head = Table(self.header, self.rows[:fit], self.weights, points=self.points, numeric_from=self.numeric_from)
        rest = Table(self.header, self.rows[fit:], self.weights, total=self.total, points=self.points,
                     numeric_from=self.numeric_from)
        return head, rest

    def draw(self, painter, page, rect):
        widths = self._widths(rect.width())
        pad = page.mm(1.6)
        thin = max(1.0, page.mm(0.15))
        # Column 0 on the right: x runs from the right edge leftwards.
        edges, x = [], rect.right()
        for w in widths:
            edges.append((x - w, w))
            x -= w
        y = rect.top()
        hh = self._header_height(page, rect.width())
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QBrush(HEADER_FILL))
        painter.drawRect(QRectF(rect.left(), y, rect.width(), hh))
        painter.setPen(QColor("white"))
        painter.setFont(page.font(self.points, bold=True))
        for (left, w), text in zip(edges, self.header):
            draw_text(painter, QRectF(left + pad, y + pad, w - 2 * pad, hh - 2 * pad), text, "right", "center", wrap=True)
        y += hh
        rh = self._row_height(page)
        body = page.font(self.points)
        lines = [(r, False) for r in self.rows] + ([(self.total, True)] if self.total else [])
        for i, (cells, is_total) in enumerate(lines):
            fill = TOTAL_FILL if is_total else (ZEBRA_FILL if i % 2 else None)
            if fill is not None:
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(QBrush(fill))
                painter.drawRect(QRectF(rect.left(), y, rect.width(), rh))
            painter.setPen(TEXT)
            font = page.font(self.points, bold=True) if is_total else body
            painter.setFont(font)
            for c, ((left, w), text) in enumerate(zip(edges, cells)):
                text = elided(font, text, w - 2 * pad, page.device)
                draw_text(painter, QRectF(left + pad, y, w - 2 * pad, rh), text, "right", "center")
            y += rh
            painter.setPen(QPen(RULE, thin))
            painter.drawLine(QPointF(rect.left(), y), QPointF(rect.right(), y))


class Chart(Block):
    def __init__(self, title: str, labels: list[str], values: list, kind: str = "bar", share: bool = False,
                 unit: str = "", height_mm: float = 54):
        self.title, self.labels, self.values = title, labels, values
        self.kind, self.share, self.unit, self.height_mm = kind, share, unit, height_mm

    def height(self, page):
        return page.mm(self.height_mm + 4)

    def draw(self, painter, page, rect):
        draw_chart(painter, QRectF(rect.left(), rect.top(), rect.width(), rect.height() - page.mm(4)), self.title,
                   self.labels, self.values, page.family, self.kind, self.share, self.unit)


class SideBySide(Block):
    """Two blocks in two columns, the first on the right."""

    def __init__(self, right: Block, left: Block | None, gap_mm: float = 6):
        self.right, self.left, self.gap = right, left, gap_mm

    def _half(self, page) -> float:
        return (page.width - page.mm(self.gap)) / 2

    def _with_width(self, page, block, fn):
        saved = page.width
        page.width = self._half(page)
        try:
            return fn(block)
        finally:
            page.width = saved

    def height(self, page):
        blocks = [b for b in (self.right, self.left) if b]
        return max(self._with_width(page, b, lambda b: b.height(page)) for b in blocks)

    def draw(self, painter, page, rect):
        half = self._half(page)
        self._with_width(page, self.right, lambda b: b.draw(
            painter, page, QRectF(rect.right() - half, rect.top(), half, rect.height())))
        if self.left:
            self._with_width(page, self.left, lambda b: b.draw(
                painter, page, QRectF(rect.left(), rect.top(), half, rect.height())))


# ---------------------------------------------------------------------------
# The report's content
# ---------------------------------------------------------------------------

def _num(value, share: bool = False) -> str:
    if value is None:
        return "—"
    return pn.percent(value, 1) if share else pn.grouped(value)


def _change(current, previous) -> str:
    if current is None or previous is None:
        return "—"
    if not previous:
        return "پیش‌تر ثبت نشده" if current else "—"
    return pn.change_phrase(current, previous, than="") or "—"


def _share_change(current, previous) -> str:
    if current is None or previous is None:
        return "—"
    points = round((current - previous) * 100, 1)
    if points == 0:
        return "بدون تغییر"
    return f"{'افزایش' if points > 0 else 'کاهش'} {pn.decimal(abs(points), 1)} واحد درصد"


def _key_figures(data: ReportData) -> Table:
    result = data.result
    rows = []
    for key in data.shown_keys():
        rows.append([count_title(key), _num(result.total[key]), _num(result.total_previous.get(key)),
                     _change(result.total[key], result.total_previous.get(key))])
    for name in data.indicator_names():
        share = name.endswith("_share")
        value, before = data.indicators.get(name), data.indicators_previous.get(name)
        change = _share_change(value, before) if share else _change(value, before)
        rows.append([indicator_title(name), _num(value, share), _num(before, share), change])
    return Table(["شاخص", "این دوره", "دورهٔ پیشین", "تغییر"], rows, [3.2, 1.6, 1.6, 2.2], points=9)


def _period_tables(data: ReportData) -> list[Block]:
    result = data.result
    keys = data.shown_keys()
    blocks: list[Block] = []
    for i in range(0, len(keys), COLUMNS_PER_TABLE):
        chunk = keys[i:i + COLUMNS_PER_TABLE]
        rows = [[pc.period.label_fa] + [_num(pc.counts[k]) for k in chunk] for pc in result.periods]
        total = ["جمع"] + [_num(result.total[k]) for k in chunk]
        blocks += [Table(["دوره"] + [count_title(k) for k in chunk], rows, [1.9] + [1.0] * len(chunk), total=total),
                   Spacer(4)]
    names = data.indicator_names()
    if names:
        rows = [[pc.period.label_fa] + [_num(values.get(n), n.endswith("_share")) for n in names]
                for pc, values in zip(result.periods, data.indicator_periods)]
        total = ["کل دوره"] + [_num(data.indicators.get(n), n.endswith("_share")) for n in names]
        blocks += [Heading("شاخص‌های ماهانه به تفکیک دوره", "جمع ماه‌ها؛ سهم‌ها: میانگین"),
                   Table(["دوره"] + [indicator_title(n) for n in names], rows, [1.9] + [1.2] * len(names), total=total)]
    return blocks


def _breakdown_table(name: str, values: list[tuple[str, int]]) -> Block:
    total = sum(n for _, n in values)

    def share(n: int) -> str:
        return pn.decimal(100 * n / total, 1) if total else "—"

    rows = [[breakdown_value(name, v), _num(n), share(n)] for v, n in values[:BREAKDOWN_ROWS]]
    rest = values[BREAKDOWN_ROWS:]
    if rest:
        n = sum(c for _, c in rest)
        rows.append([f"سایر ({pn.fa_digits(len(rest))} مورد)", _num(n), share(n)])
    return Table([breakdown_title(name), "تعداد", "درصد"], rows, [3.0, 1.2, 1.0],
                 total=["جمع", _num(total), pn.fa_digits(100)], points=7.5)


def _charts(data: ReportData) -> list[Block]:
    result = data.result
    labels = [pc.period.label_fa for pc in result.periods]
    blocks: list[Block] = []
    for key in ("news", "photos", "events", "press_conferences", "interviews_aired", "tv_minutes"):
        values = [pc.counts[key] for pc in result.periods]
        if any(values):
            blocks.append(Chart(count_title(key), labels, values, "bar"))
    for name in data.indicator_names():
        values = [v.get(name) for v in data.indicator_periods]
        if any(v is not None for v in values):
            blocks.append(Chart(indicator_title(name), labels, values, "line", share=name.endswith("_share")))
    return blocks


def report_blocks(data: ReportData) -> list[Block]:
    by_fa = {"year": "سال", "half": "نیم‌سال", "quarter": "فصل", "month": "ماه", "week": "هفته", "day": "روز"}[data.by]
    blocks: list[Block] = [TitleBlock(data), Spacer(2), Heading("خلاصهٔ گزارش")]
    blocks += [Paragraph(p) for p in data.summary.split("\n\n") if p.strip()]
    blocks += [Spacer(2), Heading("ارقام اصلی", f"دورهٔ پیشین: {data.previous_window_fa}"), _key_figures(data)]
    charts = _charts(data)
    if charts:
        blocks += [Spacer(2), Heading(f"روند به تفکیک {by_fa}")]
        blocks += charts
    blocks += [Spacer(2), Heading(f"جدول ارقام به تفکیک {by_fa}")] + _period_tables(data)
    breakdowns = [(n, v) for n, v in data.breakdowns.items() if v]
    if breakdowns:
        blocks += [Spacer(2), Heading("تفکیک ارقام")]
        tables = [_breakdown_table(n, v) for n, v in breakdowns]
        for i in range(0, len(tables), 2):
            blocks += [SideBySide(tables[i], tables[i + 1] if i + 1 < len(tables) else None), Spacer(5)]
    return blocks


def paginate(blocks: list[Block], page: _Page) -> list[list[tuple[Block, float, float]]]:
    """Place blocks on pages: [(block, y, height)] per page."""
    pages: list[list[tuple[Block, float, float]]] = [[]]
    y = 0.0
    queue = list(blocks)
    while queue:
        block = queue.pop(0)
        h = block.height(page)
        room = page.height - y
        if block.keep_with_next and queue:
            following = queue[0].height(page)
            if h + min(following, page.mm(40)) > room and pages[-1]:
                pages.append([])
                y, room = 0.0, page.height
        if h <= room:
            if isinstance(block, Spacer) and y == 0:
                continue  # no blank space at the top of a page
            pages[-1].append((block, y, h))
            y += h
            continue
        parts = block.split(page, room)
        if parts:
            head, rest = parts
            pages[-1].append((head, y, head.height(page)))
            queue.insert(0, rest)
        elif pages[-1]:
            queue.insert(0, block)
        else:  # taller than a page and cannot split: drawn clipped to the page
            pages[-1].append((block, y, min(h, room)))
        pages.append([])
        y = 0.0
    return [p for p in pages if p]


def write_pdf(data: ReportData, path: Path, cancelled: Callable[[], bool] | None = None) -> bool:
    """Draw the report into ``path``; False (and an unfinished file for the caller to delete) when cancelled."""
    family = qt_setup.font_family()
    writer = QPdfWriter(str(path))
    writer.setResolution(RESOLUTION)
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                                     MARGINS_MM, QPageLayout.Unit.Millimeter))
    writer.setTitle(f"{data.title} — {data.window_fa}")
    writer.setCreator("press-archive")
    page = _Page(writer, family)
    footer_h = page.mm(8)
    page.height -= footer_h
    pages = paginate(report_blocks(data), page)
    painter = QPainter()
    if not painter.begin(writer):
        raise OSError(f"{path}: cannot write the PDF")
    try:
        painter.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
        footer_font = page.font(7.5)
        for number, placed in enumerate(pages, start=1):
            if cancelled and cancelled():
                return False
            if number > 1:
                writer.newPage()
            for block, y, h in placed:
                painter.save()
                painter.setClipRect(QRectF(0, y, page.width, h).adjusted(-page.mm(2), -page.mm(2), page.mm(2), page.mm(2)))
                block.draw(painter, page, QRectF(0, y, page.width, h))
                painter.restore()
            top = page.height + footer_h * 0.35
            painter.setPen(QPen(RULE, max(1.0, page.mm(0.15))))
            painter.drawLine(QPointF(0, top), QPointF(page.width, top))
            painter.setPen(MUTED)
            painter.setFont(footer_font)
            rect = QRectF(0, top, page.width, footer_h * 0.65)
            draw_text(painter, rect, f"{data.title} — {data.window_fa}", "right", "center")
            draw_text(painter, rect, f"صفحهٔ {pn.fa_digits(number)} از {pn.fa_digits(len(pages))}", "left", "center")
    finally:
        painter.end()
    return True
