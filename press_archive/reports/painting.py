"""Right-to-left text with QPainter: fonts whose letters survive text extraction, absolute alignment.

Two details make a Persian PDF from Qt read right and copy right:

* Vazirmatn's contextual alternates (the OpenType feature ``calt``) swap in glyphs that have no
  Unicode code point; Qt then cannot write them into the PDF's ToUnicode map, and ``pdftotext`` (or
  copy and paste) loses letters («این» → «ان»). With ``calt`` off every glyph maps back to a letter;
  the letters still join.
* In right-to-left text Qt mirrors AlignLeft/AlignRight unless AlignAbsolute is set: every
  alignment here is absolute, so "right" means the right edge.

Text is NFC-normalised before drawing. (Vazirmatn draws ه + ٔ as one glyph, which comes out of the PDF
as ۀ, U+06C0: the same word in the other accepted spelling.)
"""

from __future__ import annotations

import unicodedata

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QFont, QFontMetricsF, QPainter

ALIGN = {
    "right": Qt.AlignmentFlag.AlignRight,
    "left": Qt.AlignmentFlag.AlignLeft,
    "center": Qt.AlignmentFlag.AlignHCenter,
}


def make_font(family: str, points: float, bold: bool = False, medium: bool = False) -> QFont:
    font = QFont(family)
    font.setPointSizeF(points)
    if bold:
        font.setWeight(QFont.Weight.Bold)
    elif medium:
        font.setWeight(QFont.Weight.Medium)
    font.setFeature(QFont.Tag("calt"), 0)
    return font


def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def flags(align: str = "right", valign: str = "center", wrap: bool = False) -> int:
    f = ALIGN[align] | Qt.AlignmentFlag.AlignAbsolute
    f |= {"center": Qt.AlignmentFlag.AlignVCenter, "top": Qt.AlignmentFlag.AlignTop,
          "bottom": Qt.AlignmentFlag.AlignBottom}[valign]
    if wrap:
        f |= Qt.TextFlag.TextWordWrap
    return f


def base_direction(text: str) -> Qt.LayoutDirection:
    """The direction of the first strong letter (the HTML dir="auto" rule); right to left when there is none."""
    for ch in text:
        kind = unicodedata.bidirectional(ch)
        if kind == "L":
            return Qt.LayoutDirection.LeftToRight
        if kind in ("R", "AL"):
            return Qt.LayoutDirection.RightToLeft
    return Qt.LayoutDirection.RightToLeft


def draw_text(painter: QPainter, rect: QRectF, text: str, align: str = "right", valign: str = "center",
              wrap: bool = False) -> None:
    """Text in ``rect``; a Latin text («District 1», «=cmd») keeps its own left-to-right order."""
    direction = base_direction(text)
    if direction == painter.layoutDirection():
        painter.drawText(rect, flags(align, valign, wrap), nfc(text))
        return
    saved = painter.layoutDirection()
    painter.setLayoutDirection(direction)
    try:
        painter.drawText(rect, flags(align, valign, wrap), nfc(text))
    finally:
        painter.setLayoutDirection(saved)


def text_width(font: QFont, text: str, device=None) -> float:
    metrics = QFontMetricsF(font, device) if device is not None else QFontMetricsF(font)
    return metrics.horizontalAdvance(nfc(text))


def wrapped_height(font: QFont, text: str, width: float, device=None) -> float:
    metrics = QFontMetricsF(font, device) if device is not None else QFontMetricsF(font)
    return metrics.boundingRect(QRectF(0, 0, width, 1e6), flags(wrap=True, valign="top"), nfc(text)).height()


def elided(font: QFont, text: str, width: float, device=None) -> str:
    metrics = QFontMetricsF(font, device) if device is not None else QFontMetricsF(font)
    return metrics.elidedText(nfc(text), Qt.TextElideMode.ElideRight, width)
