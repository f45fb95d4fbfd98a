"""Numbers written as people say them in Persian: «۱۱ هزار و ۴۰۰ خبر», «۲٫۵ برابر», «رشد ۳۰ درصدی».

Pure Python, no Qt, no SQL. Persian digits throughout; ``٫`` (U+066B) is the decimal separator and
``٬`` (U+066C) the thousands separator, as in official Persian typography.

* :func:`spoken` writes a figure the way a press release does: digits grouped by the scale words
  هزار، میلیون، میلیارد (``11400`` → «۱۱ هزار و ۴۰۰», ``1200000`` → «یک میلیون و ۲۰۰ هزار»);
* :func:`grouped` writes it with separators for tables («۱۱٬۴۰۰»);
* :func:`words` spells it out in letters («یازده هزار و چهارصد»);
* :func:`times`, :func:`percent`, :func:`change_phrase` write ratios and growth;
* :func:`duration` writes a span of months («دو سال و نیم»).
"""

from __future__ import annotations

import math

from press_archive.domain.digits import to_persian_digits

__all__ = [
    "DECIMAL_SEPARATOR",
    "THOUSANDS_SEPARATOR",
    "fa_digits",
    "decimal",
    "grouped",
    "spoken",
    "compact",
    "words",
    "times",
    "percent",
    "change_phrase",
    "duration",
]

DECIMAL_SEPARATOR = "\u066b"  # ٫
THOUSANDS_SEPARATOR = "\u066c"  # ٬

_SCALES = ((10**12, "هزار میلیارد"), (10**9, "میلیارد"), (10**6, "میلیون"), (10**3, "هزار"))

_ONES = ("", "یک", "دو", "سه", "چهار", "پنج", "شش", "هفت", "هشت", "نه")
_TEENS = ("ده", "یازده", "دوازده", "سیزده", "چهارده", "پانزده", "شانزده", "هفده", "هجده", "نوزده")
_TENS = ("", "", "بیست", "سی", "چهل", "پنجاه", "شصت", "هفتاد", "هشتاد", "نود")
_HUNDREDS = ("", "صد", "دویست", "سیصد", "چهارصد", "پانصد", "ششصد", "هفتصد", "هشتصد", "نهصد")


def fa_digits(value) -> str:
    """Text with its ASCII digits made Persian."""
    return to_persian_digits(str(value))


def _check(value) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise TypeError(f"expected a number, got {type(value).__name__}")
    if isinstance(value, float) and (math.isnan(value) or math.isinf(value)):
        raise ValueError(f"{value!r} cannot be written as a number")
    return value


def decimal(value: float, places: int = 1) -> str:
    """A number with at most ``places`` decimals, trailing zeros dropped: 2.5 → «۲٫۵», 3.0 → «۳»."""
    _check(value)
    text = f"{value:.{places}f}" if places > 0 else f"{round(value):d}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    if text in ("-0", ""):
        text = "0"
    return fa_digits(text.replace(".", DECIMAL_SEPARATOR))


def grouped(value: float, places: int = 2) -> str:
    """A number for a table cell: «۱۱٬۴۰۰», «۴۵٫۵», «-۳»."""
    _check(value)
    rounded = round(value, places)
    if float(rounded).is_integer():
        text = f"{int(rounded):,d}"
    else:
        text = f"{rounded:,.{places}f}".rstrip("0").rstrip(".")
    text = text.replace(",", "\0").replace(".", DECIMAL_SEPARATOR).replace("\0", THOUSANDS_SEPARATOR)
    return fa_digits(text)


def compact(value: float) -> str:
    """A short figure for a chart axis: «۲۵۰ هزار», «۱٫۵ میلیون», «۸۰۰»."""
    _check(value)
    if value < 0:
        return "-" + compact(-value)
    for scale, name in ((10**9, "میلیارد"), (10**6, "میلیون"), (10**3, "هزار")):
        if value >= scale and (value >= 10 * scale or value % (scale // 10) == 0):
            return f"{decimal(value / scale, 1)} {name}"
    return grouped(value, 2)


def spoken(value: float) -> str:
    """A figure as a press release writes it.

    ``11400`` → «۱۱ هزار و ۴۰۰», ``212000`` → «۲۱۲ هزار», ``1200000`` → «یک میلیون و ۲۰۰ هزار»,
    ``1000`` → «یک هزار», ``45.5`` → «۴۵٫۵»; from a thousand up, fractions are rounded away.
    """
    _check(value)
    if value < 0:
        return "منفی " + spoken(-value)
    if value < 1000 and not float(value).is_integer():
        return decimal(value, 1 if value >= 10 else 2)
    n = int(round(value))
    if n < 1000:
        return fa_digits(n)
    parts = []
    for scale, name in _SCALES:
        if n >= scale:
            count, n = divmod(n, scale)
            # «یک هزار», «یک میلیون»: the figure one is written as a word before a scale word.
            parts.append(f"{'یک' if count == 1 else fa_digits(count)} {name}")
    if n:
        parts.append(fa_digits(n))
    return " و ".join(parts)


def _words_below_1000(n: int) -> list[str]:
    parts = []
    hundreds, rest = divmod(n, 100)
    if hundreds:
        parts.append(_HUNDREDS[hundreds])
    if 10 <= rest < 20:
        parts.append(_TEENS[rest - 10])
    else:
        tens, ones = divmod(rest, 10)
        if tens:
            parts.append(_TENS[tens])
        if ones:
            parts.append(_ONES[ones])
    return parts


def words(value: int) -> str:
    """A whole number in letters: 11400 → «یازده هزار و چهارصد», 0 → «صفر»."""
    _check(value)
    if not float(value).is_integer():
        raise ValueError(f"words() writes whole numbers, not {value!r}")
    n = int(value)
    if n < 0:
        return "منفی " + words(-n)
    if n == 0:
        return "صفر"
    if n >= 10**15:
        raise ValueError(f"{n} is too large to write in words")
    parts = []
    for scale, name in _SCALES:
        if n >= scale:
            count, n = divmod(n, scale)
            # «هزار», not «یک هزار», when spelled out in letters; «یک میلیون» keeps its one.
            head = "" if (count == 1 and scale == 1000) else words(count) + " "
            parts.append(f"{head}{name}")
    if n:
        parts += _words_below_1000(n)
    return " و ".join(parts)


def times(ratio: float) -> str:
    """«۲٫۵ برابر»: a ratio of two figures."""
    return f"{decimal(ratio, 1)} برابر"


def percent(share: float, places: int = 0) -> str:
    """A share 0-1 as «۹۰ درصد» (one decimal when the rounded figure would hide a small share)."""
    _check(share)
    value = share * 100
    if places == 0 and value != 0 and abs(value) < 1:
        places = 1
    return f"{decimal(value, places)} درصد"


def change_phrase(current: float, previous: float, *, than: str = "دورهٔ پیشین") -> str:
    """How ``current`` stands against ``previous``, in words: «۲٫۵ برابر دورهٔ پیشین»,
    «رشد ۳۰ درصدی نسبت به دورهٔ پیشین», «کاهش ۱۲ درصدی ...», «هم‌سطح دورهٔ پیشین».

    An empty previous figure is said as such («در دورهٔ پیشین موردی ثبت نشده بود»): no division
    by zero, no infinity. Both empty gives an empty string. ``than=""`` gives the short forms
    («۲٫۵ برابر», «رشد ۳۰ درصدی», «کاهش ۱۲ درصدی», «بدون تغییر») for a sentence that already
    names what is compared.
    """
    _check(current)
    _check(previous)
    if previous == 0:
        if current == 0 or not than:
            return ""
        return f"در {than} موردی ثبت نشده بود"
    ratio = current / previous
    tail = f" نسبت به {than}" if than else ""
    if ratio >= 2:
        return f"{times(ratio)} {than}".strip()
    change = round((ratio - 1) * 100)
    if change == 0:
        return f"هم‌سطح {than}" if than else "بدون تغییر"
    if change > 0:
        return f"رشد {fa_digits(change)} درصدی{tail}"
    if current == 0 and than:
        return f"در {than} {spoken(previous)} مورد"
    return f"کاهش {fa_digits(-change)} درصدی{tail}"


def _small(n: int) -> str:
    """One to ten in letters, larger numbers in digits (the usual rule for running text)."""
    return words(n) if 0 < n <= 10 else fa_digits(n)


def duration(months: int | None = None, days: int | None = None) -> str:
    """A span as said aloud: 30 months → «دو سال و نیم», 12 → «یک سال», 18 → «یک سال و نیم»,
    14 → «یک سال و دو ماه», 3 → «سه ماه»; or, for a span that is not whole months, «۴۵ روز»."""
    if months is None:
        if days is None:
            raise ValueError("give months or days")
        return f"{_small(days)} روز"
    years, rest = divmod(months, 12)
    if years == 0:
        return "شش ماه" if rest == 6 else f"{_small(rest)} ماه"
    text = f"{_small(years)} سال"
    if rest == 6:
        return text + " و نیم"
    if rest:
        return f"{text} و {_small(rest)} ماه"
    return text
