"""Bar and line charts drawn with QPainter, right to left: the first period on the right, the value
axis on the right, Persian labels and digits. Vector shapes, so the PDF stays sharp and small."""

from __future__ import annotations

import math
from collections.abc import Sequence

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFontMetricsF, QPainter, QPainterPath, QPen

from press_archive.domain import persian_numbers as pn
from press_archive.reports.painting import draw_text, make_font, nfc

BAR_COLOR = QColor("#2E75B6")
LINE_COLOR = QColor("#C55A11")
GRID_COLOR = QColor("#D9D9D9")
AXIS_COLOR = QColor("#7F7F7F")
TEXT_COLOR = QColor("#262626")


def nice_ticks(top: float, count: int = 4, whole: bool = False) -> list[float]:
    """0 and round steps up to at least ``top`` (1, 2, 2.5 or 5 times a power of ten; whole steps for counts)."""
    if top <= 0:
        return [0.0, 1.0]
    raw = top / count
    power = 10 ** math.floor(math.log10(raw))
    step = next(m * power for m in (1, 2, 2.5, 5, 10) if m * power >= raw)
    if whole:
        step = max(1, math.ceil(step))
    n = math.ceil(top / step - 1e-9)
    return [i * step for i in range(n + 1)]


def _value_text(value: float, share: bool) -> str:
    return f"{pn.decimal(value * 100, 1)}٪" if share else pn.compact(value)


def draw_chart(painter: QPainter, rect: QRectF, title: str, labels: Sequence[str], values: Sequence[float | None],
               family: str, kind: str = "bar", share: bool = False, unit: str = "") -> None:
    """A bar or line chart of one series in ``rect`` (device units); ``labels[i]`` under value i, i = 0 on the right."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    device = painter.device()
    title_font = make_font(family, 9.5, bold=True)
    label_font = make_font(family, 6.5)
    tick_font = make_font(family, 6.5)
    value_font = make_font(family, 6)
    title_h = QFontMetricsF(title_font, device).height() * 1.5
    painter.setPen(TEXT_COLOR)
    painter.setFont(title_font)
    draw_text(painter, QRectF(rect.left(), rect.top(), rect.width(), title_h),
              title + (f" ({unit})" if unit else ""), "right", "top")

    known = [v for v in values if v is not None]
    top_value = max(known) if known else 0
    if share:
        ticks = [i / 4 for i in range(5)] if top_value > 0.5 else nice_ticks(top_value or 0.01)
    else:
        ticks = nice_ticks(top_value, whole=all(float(v).is_integer() for v in known))
    tick_labels = [_value_text(t, share) for t in ticks]
    tick_metrics = QFontMetricsF(tick_font, device)
    axis_w = max(tick_metrics.horizontalAdvance(nfc(t)) for t in tick_labels) + tick_metrics.height() * 0.6

    n = max(1, len(labels))
    plot_left = rect.left() + tick_metrics.height() * 0.5
    plot_right = rect.right() - axis_w
    slot = (plot_right - plot_left) / n
    label_metrics = QFontMetricsF(label_font, device)
    widths = [label_metrics.horizontalAdvance(nfc(t)) for t in labels] or [0.0]
    rotate = max(widths) > slot * 0.92
    line_h = label_metrics.height()
    # Every k-th label when even rotated labels would overlap.
    every = max(1, math.ceil(line_h * 1.1 / slot)) if rotate else 1
    label_h = (max(widths) + line_h * 0.6) if rotate else line_h * 1.6
    plot = QRectF(plot_left, rect.top() + title_h + line_h * 0.5, plot_right - plot_left,
                  rect.height() - title_h - label_h - line_h * 0.5)

    # Grid and value axis (on the right).
    painter.setFont(tick_font)
    scale_top = ticks[-1] or 1
    for t, text in zip(ticks, tick_labels):
        y = plot.bottom() - plot.height() * t / scale_top
        painter.setPen(QPen(GRID_COLOR if t else AXIS_COLOR, max(1.0, device.logicalDpiX() / 300)))
        painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
        painter.setPen(TEXT_COLOR)
        draw_text(painter, QRectF(plot.right() + tick_metrics.height() * 0.4, y - line_h, axis_w, 2 * line_h),
                  text, "left", "center")

    def x_of(i: int) -> float:
        return plot.right() - (i + 0.5) * slot

    def y_of(v: float) -> float:
        return plot.bottom() - plot.height() * min(v, scale_top) / scale_top

    value_metrics = QFontMetricsF(value_font, device)
    show_values = n <= (36 if kind == "bar" else 12)
    if kind == "bar":
        bar_w = slot * 0.62
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QBrush(BAR_COLOR))
        for i, v in enumerate(values):
            if v:
                painter.drawRect(QRectF(x_of(i) - bar_w / 2, y_of(v), bar_w, plot.bottom() - y_of(v)))
    else:
        path = QPainterPath()
        started = False
        for i, v in enumerate(values):
            if v is None:
                started = False
                continue
            point = QPointF(x_of(i), y_of(v))
            if started:
                path.lineTo(point)
            else:
                path.moveTo(point)
                started = True
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(QPen(LINE_COLOR, device.logicalDpiX() / 100))
        painter.drawPath(path)
        painter.setBrush(QBrush(LINE_COLOR))
        radius = device.logicalDpiX() / 110
        for i, v in enumerate(values):
            if v is not None:
                painter.drawEllipse(QPointF(x_of(i), y_of(v)), radius, radius)
    if show_values:
        painter.setFont(value_font)
        painter.setPen(TEXT_COLOR)
        for i, v in enumerate(values):
            if v is None or (kind == "bar" and not v):
                continue
            text = _value_text(v, share)
            if value_metrics.horizontalAdvance(nfc(text)) > slot * 0.98:
                continue
            h = value_metrics.height()
            draw_text(painter, QRectF(x_of(i) - slot / 2, y_of(v) - h * 1.15, slot, h), text, "center", "bottom")

    # Period axis: Jalali labels under the slots, first period on the right.
    painter.setFont(label_font)
    painter.setPen(TEXT_COLOR)
    for i, text in enumerate(labels):
        if i % every:
            continue
        if rotate:
            painter.save()
            painter.translate(x_of(i), plot.bottom() + line_h * 0.3)
            painter.rotate(-90)
            draw_text(painter, QRectF(-label_h, -line_h / 2, label_h, line_h), text, "right", "center")
            painter.restore()
        else:
            draw_text(painter, QRectF(x_of(i) - slot / 2, plot.bottom() + line_h * 0.2, slot, line_h * 1.2),
                      text, "center", "top")
    painter.restore()
