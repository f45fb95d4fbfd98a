"""Language of the interface: Persian (the default, right to left) or English.

Everything a person reads goes through here or through Qt's translators: Persian digits and Jalali
dates in Persian mode, field and choice labels in the chosen language, and plain-text labels that
start with a right-to-left mark so a Latin first word does not flip them.
"""

from __future__ import annotations

import unicodedata

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel

from press_archive.domain.digits import to_persian_digits
from press_archive.domain.jalali import (
    MONTH_NAMES_EN,
    MONTH_NAMES_FA,
    format_jalali,
    gregorian_to_jalali,
    parse_date,
)
from press_archive.domain.records import CHOICE_LABELS_EN, CHOICE_LABELS_FA, Field, RecordKind

LANGUAGES = ("fa", "en")
RLM = "\u200f"
LRM = "\u200e"

_state = {"language": "fa"}


def set_language(language: str) -> None:
    _state["language"] = language if language in LANGUAGES else "fa"


def language() -> str:
    return _state["language"]


def is_persian() -> bool:
    return _state["language"] == "fa"


def translate(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


# ---------------------------------------------------------------------------
# Numbers and dates
# ---------------------------------------------------------------------------


def digits(text) -> str:
    text = str(text)
    return to_persian_digits(text) if is_persian() else text


def fmt_int(n, group: bool = True) -> str:
    """A count: Persian digits and the Persian thousands mark in Persian mode. Years: group=False."""
    if n is None:
        return ""
    text = f"{int(n):,}" if group else str(int(n))
    if is_persian():
        text = to_persian_digits(text.replace(",", "٬"))
    return text


def fmt_number(x) -> str:
    if x is None or x == "":
        return ""
    x = float(x)
    text = str(int(x)) if x.is_integer() else f"{x:.2f}".rstrip("0").rstrip(".")
    if is_persian():
        text = to_persian_digits(text.replace(".", "٫"))
    return text


def fmt_growth(ratio) -> str:
    """count / previous count as a signed percentage change (+12%), or an em dash when unknown."""
    if ratio is None:
        return "—"
    change = round((ratio - 1) * 100)
    sign = "+" if change > 0 else ("−" if change < 0 else "")
    text = f"{sign}{abs(change)}"
    return to_persian_digits(text) + "٪" if is_persian() else text + "%"


def fmt_date(iso: str | None, style: str = "short") -> str:
    """A stored ISO date as a Jalali date: ۱۴۰۳/۰۵/۱۲ (short) or ۱۲ مرداد ۱۴۰۳ (long)."""
    if not iso:
        return ""
    try:
        value = parse_date(iso[:10])
    except ValueError:
        return iso
    if is_persian():
        return format_jalali(value, persian_digits=True, style=style)
    jy, jm, jd = gregorian_to_jalali(value)
    if style == "long":
        return f"{jd} {MONTH_NAMES_EN[jm - 1]} {jy}"
    return f"{jy:04d}/{jm:02d}/{jd:02d}"


def month_names() -> tuple[str, ...]:
    return MONTH_NAMES_FA if is_persian() else MONTH_NAMES_EN


# ---------------------------------------------------------------------------
# Labels from the domain (already bilingual there)
# ---------------------------------------------------------------------------


def choice_label(value) -> str:
    if value is None:
        return ""
    table = CHOICE_LABELS_FA if is_persian() else CHOICE_LABELS_EN
    return table.get(value, str(value))


def field_label(f: Field) -> str:
    return f.label_fa if is_persian() else f.label_en


def kind_label(kind: RecordKind) -> str:
    return kind.label_fa if is_persian() else kind.label_en


def list_text(items) -> str:
    if not items:
        return ""
    return ("، " if is_persian() else ", ").join(str(i) for i in items)


def first_strong_is_ltr(text: str) -> bool:
    for ch in text:
        kind = unicodedata.bidirectional(ch)
        if kind == "L":
            return True
        if kind in ("R", "AL"):
            return False
    return False


def rtl(text: str) -> str:
    """In Persian mode, start the text with a right-to-left mark so a Latin first word cannot flip the
    label; Latin text also gets a left-to-right mark so its own order ("137 hotline...") stays whole."""
    if not is_persian() or not text or text.startswith(RLM):
        return text
    return RLM + (LRM + text if first_strong_is_ltr(text) else text)


LRI, PDI = "\u2066", "\u2069"  # left-to-right isolate ... pop directional isolate


def isolate(text) -> str:
    """A path, a file name, numbers or Latin text inside a sentence, kept whole and left to right in either
    direction: without it a path's leading slash jumps to the end of a right-to-left line, and "1600 × 1067"
    turns round. (Qt resolves a first-strong isolate of digits alone to right to left.)"""
    text = str(text)
    return f"{LRI}{text}{PDI}" if text else text


def cell(text: str) -> str:
    """Text for a table cell (already right to left in Persian mode): keep a Latin text's own order."""
    if is_persian() and text and first_strong_is_ltr(text) and not text.startswith(LRM):
        return LRM + text
    return text


def plain_label(text: str = "", parent=None, *, wrap: bool = False, selectable: bool = False) -> QLabel:
    """A label that never interprets its text as rich text."""
    label = QLabel(parent)
    label.setTextFormat(Qt.PlainText)
    label.setText(rtl(text))
    label.setWordWrap(wrap)
    if selectable:
        label.setTextInteractionFlags(Qt.TextSelectableByMouse)
    return label


def set_plain(label: QLabel, text: str) -> None:
    label.setText(rtl(text or ""))
