"""Jalali (Solar Hijri) dates: conversion, parsing, formatting and report periods.

The official Iranian calendar starts each year at the Nowruz fixed by the vernal
equinox as seen from Tehran.  Simple arithmetic rules (the 2820-year cycle, or a
bare 33-year cycle) drift from it; this module uses the "breaks" algorithm of
Kazimierz Borkowski as published in jalaali-js, which reproduces the official
calendar over Jalali years 1..3177 (e.g. 1403 is leap: 1403/12/30 = 2025-03-20).

Everything here is pure Python: no Qt, no SQL, no third-party packages.

Conversions go through one cached number per Jalali year, the ordinal of its
Nowruz (1 Farvardin); every other date is an offset from it, so a conversion
costs a dictionary lookup and a little arithmetic.

Parsing follows the project contract: ``1394/12/29`` or ``1394-12-29`` (ASCII,
Persian or Arabic-Indic digits) with an optional `` HH:MM[:SS]``, or Gregorian
ISO-8601 ``2016-03-19[THH:MM[:SS]]``; a year below 1700 is Jalali.  An invalid
date is a :class:`DateError`, never silently shifted to a neighbouring day.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from press_archive.domain.digits import to_ascii_digits, to_persian_digits
from press_archive.domain.messages import said

__all__ = [
    "DateError",
    "JALALI_MIN_YEAR",
    "JALALI_MAX_YEAR",
    "GREGORIAN_FROM_YEAR",
    "MONTH_NAMES_FA",
    "MONTH_NAMES_EN",
    "WEEKDAY_NAMES_FA",
    "WEEKDAY_NAMES_EN",
    "SEASON_NAMES_FA",
    "SEASON_NAMES_EN",
    "HALF_NAMES_FA",
    "HALF_NAMES_EN",
    "PERIOD_KINDS",
    "jalali_to_gregorian",
    "gregorian_to_jalali",
    "is_leap_jalali",
    "month_length",
    "year_window",
    "parse_date",
    "parse_date_or_none",
    "to_iso",
    "jalali_str",
    "jalali_datetime_str",
    "format_jalali",
    "weekday_fa",
    "Period",
    "period_of",
    "periods_between",
    "previous_period",
    "shift_period",
    "parse_period",
]


class DateError(ValueError):
    """A text or a number triple that is not a valid date; the message says why, in plain English."""


# ---------------------------------------------------------------------------
# Names
# ---------------------------------------------------------------------------

MONTH_NAMES_FA = (
    "فروردین", "اردیبهشت", "خرداد", "تیر", "مرداد", "شهریور",
    "مهر", "آبان", "آذر", "دی", "بهمن", "اسفند",
)
MONTH_NAMES_EN = (
    "Farvardin", "Ordibehesht", "Khordad", "Tir", "Mordad", "Shahrivar",
    "Mehr", "Aban", "Azar", "Dey", "Bahman", "Esfand",
)
# The Persian week starts on Saturday; index 0 is Saturday (Python weekday() == 5).
# سه‌شنبه and پنج‌شنبه carry a zero-width non-joiner (U+200C), as written in Persian.
WEEKDAY_NAMES_FA = (
    "شنبه", "یکشنبه", "دوشنبه", "سه\u200cشنبه", "چهارشنبه", "پنج\u200cشنبه", "جمعه",
)
WEEKDAY_NAMES_EN = (
    "Saturday", "Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
)
SEASON_NAMES_FA = ("بهار", "تابستان", "پاییز", "زمستان")
SEASON_NAMES_EN = ("Spring", "Summer", "Autumn", "Winter")
# "نیمهٔ" ends in HEH + HAMZA ABOVE (U+0654), the standard Persian ezafe spelling.
HALF_NAMES_FA = ("نیمهٔ نخست", "نیمهٔ دوم")
HALF_NAMES_EN = ("First half", "Second half")
_WEEK_WORD_FA = "هفتهٔ"

_GREGORIAN_MONTH_NAMES_EN = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)

# ---------------------------------------------------------------------------
# Conversion (Borkowski / jalaali-js)
# ---------------------------------------------------------------------------

# Jalali years in which the 33-year leap pattern restarts (from jalaali-js).
_BREAKS = (
    -61, 9, 38, 199, 426, 686, 756, 818, 1111, 1181, 1210,
    1635, 2060, 2097, 2192, 2262, 2324, 2394, 2456, 3178,
)

#: Supported Jalali years (the algorithm covers up to 3177; the last year needs
#: the next Nowruz to know its length, hence 3176).
JALALI_MIN_YEAR = 1
JALALI_MAX_YEAR = 3176
#: A four-digit year at or above this is read as Gregorian, below it as Jalali.
GREGORIAN_FROM_YEAR = 1700

# Days before the first day of each Jalali month: months 1-6 have 31 days,
# 7-11 have 30, Esfand 29 or 30.
_MONTH_START = (0, 31, 62, 93, 124, 155, 186, 216, 246, 276, 306, 336)

_nowruz_cache: dict[int, int] = {}


def _march_day_of_nowruz(jy: int) -> int:
    """Day in March (Gregorian year jy + 621) on which Jalali year ``jy`` starts.

    A direct port of ``jalCal(jy, true)`` from jalaali-js; every quantity is
    non-negative for jy >= 1, so Python's floor division equals JS truncation.
    """
    gy = jy + 621
    leap_j = -14
    jp = _BREAKS[0]
    jump = 0
    for jm in _BREAKS[1:]:
        jump = jm - jp
        if jy < jm:
            break
        leap_j += (jump // 33) * 8 + (jump % 33) // 4
        jp = jm
    n = jy - jp
    leap_j += (n // 33) * 8 + (n % 33 + 3) // 4
    if jump % 33 == 4 and jump - n == 4:
        leap_j += 1
    leap_g = gy // 4 - ((gy // 100 + 1) * 3) // 4 - 150
    return 20 + leap_j - leap_g


def _nowruz_ordinal(jy: int) -> int:
    """Proleptic Gregorian ordinal of 1 Farvardin of ``jy`` (cached per year)."""
    try:
        return _nowruz_cache[jy]
    except KeyError:
        pass
    if not JALALI_MIN_YEAR <= jy <= JALALI_MAX_YEAR + 1:
        raise DateError(
            f"Jalali year {jy} is outside the supported range "
            f"{JALALI_MIN_YEAR}-{JALALI_MAX_YEAR}"
        )
    ordinal = date(jy + 621, 3, 1).toordinal() + _march_day_of_nowruz(jy) - 1
    _nowruz_cache[jy] = ordinal
    return ordinal


def _check_jalali_year(jy: int) -> None:
    if not JALALI_MIN_YEAR <= jy <= JALALI_MAX_YEAR:
        raise DateError(
            f"Jalali year {jy} is outside the supported range "
            f"{JALALI_MIN_YEAR}-{JALALI_MAX_YEAR}"
        )


def is_leap_jalali(jy: int) -> bool:
    """True when Jalali year ``jy`` has 366 days (Esfand has 30 days)."""
    _check_jalali_year(jy)
    return _nowruz_ordinal(jy + 1) - _nowruz_ordinal(jy) == 366


def month_length(jy: int, jm: int) -> int:
    """Number of days in Jalali month ``jm`` (1-12) of year ``jy``."""
    if not 1 <= jm <= 12:
        raise DateError(f"month {jm} does not exist: month must be 1-12")
    if jm <= 6:
        return 31
    if jm <= 11:
        return 30
    return 30 if is_leap_jalali(jy) else 29


def _jalali_error(jy: int, jm: int, jd: int) -> str | None:
    """Why (jy, jm, jd) is not a Jalali date, or None when it is one."""
    if not JALALI_MIN_YEAR <= jy <= JALALI_MAX_YEAR:
        return said("year must be {first}-{last}", first=JALALI_MIN_YEAR, last=JALALI_MAX_YEAR)
    if not 1 <= jm <= 12:
        return said("month must be 1-12")
    if jd < 1:
        return said("day must be at least 1")
    length = month_length(jy, jm)
    if jd > length:
        return said("{month_name} {year} has {days} days", month_name=MONTH_NAMES_EN[jm - 1], month=jm, year=jy,
                    days=length)
    return None


def jalali_to_gregorian(jy: int, jm: int, jd: int) -> date:
    """The Gregorian ``date`` of Jalali ``jy/jm/jd``; DateError if no such day exists."""
    # Fast path: days 1-29 exist in every month of every supported year.
    if not (1 <= jm <= 12 and 1 <= jd <= 29 and JALALI_MIN_YEAR <= jy <= JALALI_MAX_YEAR):
        problem = _jalali_error(jy, jm, jd)
        if problem:
            raise DateError(said("{text} is not a date: {problem}", text=f"{jy:04d}/{jm:02d}/{jd:02d}", problem=problem))
    return date.fromordinal(_nowruz_ordinal(jy) + _MONTH_START[jm - 1] + jd - 1)


def gregorian_to_jalali(d: date) -> tuple[int, int, int]:
    """Jalali ``(year, month, day)`` of a ``date`` (a ``datetime`` uses its date part)."""
    ordinal = d.toordinal()
    jy = d.year - 621
    start = _nowruz_ordinal(jy)
    if ordinal < start:
        # January to mid-March still belongs to the previous Jalali year.
        jy -= 1
        start = _nowruz_ordinal(jy)
    elif jy > JALALI_MAX_YEAR:
        _check_jalali_year(jy)
    offset = ordinal - start
    if offset < 186:
        return jy, offset // 31 + 1, offset % 31 + 1
    offset -= 186
    return jy, offset // 30 + 7, offset % 30 + 1


def year_window(jy: int) -> tuple[date, date]:
    """First and last Gregorian day (both inclusive) of Jalali year ``jy``."""
    _check_jalali_year(jy)
    return (
        date.fromordinal(_nowruz_ordinal(jy)),
        date.fromordinal(_nowruz_ordinal(jy + 1) - 1),
    )


# ---------------------------------------------------------------------------
# Parsing
# ---------------------------------------------------------------------------

# Bidi controls and BOM sneak in when a date is copied from right-to-left text.
_INVISIBLE = re.compile("[\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff]")

_DATE_RE = re.compile(
    r"(?P<y>[0-9]{4})(?P<sep>[/-])(?P<m>[0-9]{1,2})(?P=sep)(?P<d>[0-9]{1,2})"
    r"(?:(?:T|\s+)(?P<H>[0-9]{1,2}):(?P<M>[0-9]{2})"
    r"(?::(?P<S>[0-9]{2})(?:\.(?P<f>[0-9]{1,6}))?)?)?"
)


def _quote(text: str) -> str:
    """The user's text for an error message, shortened so a pasted paragraph stays readable."""
    if len(text) > 40:
        text = text[:37] + "..."
    return f"'{text}'"


def parse_date(text: str | date) -> date | datetime:
    """Read a Jalali or Gregorian date (optionally with a time of day).

    Accepted forms, surrounding whitespace ignored:

    * Jalali ``1394/12/29`` or ``1394-12-29`` in ASCII, Persian (۰-۹) or
      Arabic-Indic (٠-٩) digits;
    * Gregorian ISO-8601 ``2016-03-19``;
    * either followed by `` HH:MM`` or `` HH:MM:SS`` (space or ``T``).

    A four-digit year below 1700 is Jalali, from 1700 on Gregorian.  Returns a
    ``date`` when no time is given and a naive ``datetime`` when one is.  A
    ``date``/``datetime`` instance is returned unchanged.  Anything else raises
    :class:`DateError` with a message naming what is wrong.
    """
    if isinstance(text, date):  # datetime is a subclass of date
        return text
    if not isinstance(text, str):
        raise DateError(said("{text!r} is not a date: expected 1394/12/29 (Jalali) or 2016-03-19 (Gregorian)", text=text))
    shown = text.strip()
    cleaned = to_ascii_digits(_INVISIBLE.sub("", shown)).strip()
    match = _DATE_RE.fullmatch(cleaned)
    if match is None:
        raise DateError(said("{text} is not a date: expected 1394/12/29 (Jalali) or 2016-03-19 (Gregorian)",
                             text=_quote(shown)))

    year, month, day = int(match["y"]), int(match["m"]), int(match["d"])
    if year < GREGORIAN_FROM_YEAR:
        problem = _jalali_error(year, month, day)
        if problem:
            raise DateError(said("{text} is not a date: {problem}", text=shown, problem=problem))
        result = jalali_to_gregorian(year, month, day)
    else:
        if not 1 <= month <= 12:
            raise DateError(said("{text} is not a date: {problem}", text=shown, problem=said("month must be 1-12")))
        if day < 1:
            raise DateError(said("{text} is not a date: {problem}", text=shown,
                                 problem=said("day must be at least 1")))
        try:
            result = date(year, month, day)
        except ValueError:
            length = (date(year + (month == 12), month % 12 + 1, 1) - date(year, month, 1)).days
            raise DateError(said("{text} is not a date: {problem}", text=shown, problem=said(
                "{month_name} {year} has {days} days", month_name=_GREGORIAN_MONTH_NAMES_EN[month - 1],
                month=month, year=year, days=length))) from None

    if match["H"] is None:
        return result
    hour, minute = int(match["H"]), int(match["M"])
    second = int(match["S"]) if match["S"] else 0
    micro = int(match["f"].ljust(6, "0")) if match["f"] else 0
    if hour > 23:
        raise DateError(said("{text} is not a date: {problem}", text=shown, problem=said("hour must be 0-23")))
    if minute > 59:
        raise DateError(said("{text} is not a date: {problem}", text=shown, problem=said("minute must be 0-59")))
    if second > 59:
        raise DateError(said("{text} is not a date: {problem}", text=shown, problem=said("second must be 0-59")))
    return datetime(result.year, result.month, result.day, hour, minute, second, micro)


#: The Jalali years a record of the office can carry: a date outside them is a typo (9999-12-31,
#: 3800-01-01) that would otherwise be stored and then confuse every count and listing.
RECORD_MIN_YEAR = 1200
RECORD_MAX_YEAR = 1600


def record_window() -> tuple[date, date]:
    """First and last Gregorian day (inclusive) a record's date may fall on."""
    return year_window(RECORD_MIN_YEAR)[0], year_window(RECORD_MAX_YEAR)[1]


def is_record_date(value: date) -> bool:
    first, last = record_window()
    return first <= (value if type(value) is date else value.date()) <= last


def parse_record_date(text: str | date) -> date | datetime:
    """A record's date: :func:`parse_date`, then within the years an archive record can have."""
    value = parse_date(text)
    if not is_record_date(value):
        first, last = record_window()
        shown = text.strip() if isinstance(text, str) else value.isoformat()
        raise DateError(said("{text} is outside the years a record can have: Jalali {first}-{last} "
                             "({first_gregorian}-{last_gregorian} in the Gregorian calendar)", text=_quote(shown),
                             first=RECORD_MIN_YEAR, last=RECORD_MAX_YEAR, first_gregorian=first.year,
                             last_gregorian=last.year))
    return value


def parse_date_or_none(text: str | date | None) -> date | datetime | None:
    """Like :func:`parse_date`, but ``None`` and blank text give ``None``.

    Only *missing* values become None: a non-blank text that is not a date still
    raises :class:`DateError`, so a typo is never silently dropped.
    """
    if text is None:
        return None
    if isinstance(text, str) and not _INVISIBLE.sub("", text).strip():
        return None
    return parse_date(text)


# ---------------------------------------------------------------------------
# Formatting
# ---------------------------------------------------------------------------


def _as_date(value: str | date) -> date:
    return parse_date(value) if isinstance(value, str) else value


def to_iso(value: str | date) -> str:
    """ISO-8601 text: ``2016-03-19`` for a date, ``2016-03-19T10:30:00`` for a datetime.

    Text is parsed first (so a Jalali string gives its Gregorian ISO form).
    """
    value = _as_date(value)
    if isinstance(value, datetime):
        return value.isoformat(timespec="seconds")
    return value.isoformat()


def convertible(value: date) -> bool:
    """Whether a Gregorian day has a Jalali date here (Jalali years 1-3176)."""
    first, after_last = _convertible_bounds()
    return first <= value < after_last


@functools.cache
def _convertible_bounds() -> tuple[date, date]:
    return date.fromordinal(_nowruz_ordinal(JALALI_MIN_YEAR)), date.fromordinal(_nowruz_ordinal(JALALI_MAX_YEAR + 1))


def jalali_str(value: str | date) -> str:
    """Jalali date as ``1394/12/29`` (ASCII digits, zero-padded; the time of day is dropped).

    A stored day beyond the calendar's range (an old archive's typo) is shown in ISO form, never a crash.
    """
    value = _as_date(value)
    if not convertible(value if type(value) is date else value.date()):
        return value.isoformat()[:10]
    jy, jm, jd = gregorian_to_jalali(value)
    return f"{jy:04d}/{jm:02d}/{jd:02d}"


def jalali_datetime_str(value: str | date) -> str:
    """``1394/12/29 10:30`` for a datetime (``:SS`` added when seconds are not zero);
    just ``1394/12/29`` for a plain date."""
    value = _as_date(value)
    text = jalali_str(value)
    if isinstance(value, datetime):
        text += f" {value.hour:02d}:{value.minute:02d}"
        if value.second:
            text += f":{value.second:02d}"
    return text


def weekday_fa(value: str | date) -> str:
    """Persian weekday name of a date (``شنبه`` for a Saturday)."""
    return WEEKDAY_NAMES_FA[(_as_date(value).weekday() + 2) % 7]


def format_jalali(
    value: str | date,
    persian_digits: bool = True,
    style: str = "long",
    weekday: bool = False,
) -> str:
    """Jalali date for display.

    ``style="long"`` gives ``۲۹ اسفند ۱۳۹۴``, ``style="short"`` gives ``۱۳۹۴/۱۲/۲۹``.
    ``persian_digits=False`` keeps ASCII digits; ``weekday=True`` puts the Persian
    weekday name in front (``شنبه ۲۹ اسفند ۱۳۹۴``).
    """
    d = _as_date(value)
    if not convertible(d if type(d) is date else d.date()):
        return jalali_str(d)
    jy, jm, jd = gregorian_to_jalali(d)
    if style == "long":
        text = f"{jd} {MONTH_NAMES_FA[jm - 1]} {jy}"
    elif style == "short":
        text = f"{jy:04d}/{jm:02d}/{jd:02d}"
    else:
        raise ValueError(f"style must be 'long' or 'short', not {style!r}")
    if weekday:
        text = f"{weekday_fa(d)} {text}"
    return to_persian_digits(text) if persian_digits else text


# ---------------------------------------------------------------------------
# Periods
# ---------------------------------------------------------------------------

PERIOD_KINDS = ("year", "half", "quarter", "month", "week", "day")

# Months per period for the month-aligned kinds.
_MONTHS_PER = {"year": 12, "half": 6, "quarter": 3, "month": 1}


@dataclass(frozen=True)
class Period:
    """A Jalali report period: ``start`` and ``end`` are Gregorian dates, both inclusive.

    ``key`` is the stable identifier used in JSON/CSV (``1394``, ``1394-H1``,
    ``1394-Q1``, ``1394-01``, ``W1394/12/29``, ``1394/01/01``); build periods
    with :func:`period_of`, :func:`parse_period` or :func:`periods_between`.
    """

    by: str
    key: str
    start: date
    end: date

    def __post_init__(self) -> None:
        if self.by not in PERIOD_KINDS:
            raise ValueError(f"by must be one of {', '.join(PERIOD_KINDS)}, not {self.by!r}")
        if self.end < self.start:
            raise ValueError(f"period {self.key} ends before it starts")

    @property
    def jalali_from(self) -> str:
        """First day as ``1394/01/01``."""
        return jalali_str(self.start)

    @property
    def jalali_to(self) -> str:
        """Last day as ``1394/12/29``."""
        return jalali_str(self.end)

    @property
    def days(self) -> int:
        """Number of days in the period."""
        return (self.end - self.start).days + 1

    def __contains__(self, value: object) -> bool:
        if not isinstance(value, date):
            return False
        d = value.date() if isinstance(value, datetime) else value
        return self.start <= d <= self.end

    def _index(self) -> tuple[int, int]:
        """(Jalali year of the start, 1-based number of the month-aligned period in it)."""
        jy, jm, _ = gregorian_to_jalali(self.start)
        return jy, (jm - 1) // _MONTHS_PER.get(self.by, 1) + 1

    @property
    def label_fa(self) -> str:
        """Persian label with Persian digits, e.g. ``بهار ۱۳۹۴``."""
        jy, n = self._index()
        if self.by == "year":
            text = f"{jy}"
        elif self.by == "half":
            text = f"{HALF_NAMES_FA[n - 1]} {jy}"
        elif self.by == "quarter":
            text = f"{SEASON_NAMES_FA[n - 1]} {jy}"
        elif self.by == "month":
            text = f"{MONTH_NAMES_FA[n - 1]} {jy}"
        elif self.by == "week":
            text = f"{_WEEK_WORD_FA} {self.jalali_from}"
        else:
            text = self.jalali_from
        return to_persian_digits(text)

    @property
    def label_en(self) -> str:
        """English label with ASCII digits, e.g. ``Spring 1394``."""
        jy, n = self._index()
        if self.by == "year":
            return f"{jy}"
        if self.by == "half":
            return f"{HALF_NAMES_EN[n - 1]} {jy}"
        if self.by == "quarter":
            return f"{SEASON_NAMES_EN[n - 1]} {jy}"
        if self.by == "month":
            return f"{MONTH_NAMES_EN[n - 1]} {jy}"
        if self.by == "week":
            return f"Week of {self.jalali_from}"
        return self.jalali_from


def _check_by(by: str) -> None:
    if by not in PERIOD_KINDS:
        raise ValueError(f"by must be one of {', '.join(PERIOD_KINDS)}, not {by!r}")


def _month_period(by: str, jy: int, n: int) -> Period:
    """The ``n``-th (1-based) year/half/quarter/month period of Jalali year ``jy``."""
    span = _MONTHS_PER[by]
    first_month = (n - 1) * span + 1
    last_month = first_month + span - 1
    start = jalali_to_gregorian(jy, first_month, 1)
    end = jalali_to_gregorian(jy, last_month, month_length(jy, last_month))
    if by == "year":
        key = f"{jy:04d}"
    elif by == "half":
        key = f"{jy:04d}-H{n}"
    elif by == "quarter":
        key = f"{jy:04d}-Q{n}"
    else:
        key = f"{jy:04d}-{n:02d}"
    return Period(by, key, start, end)


def _week_period(saturday: date) -> Period:
    return Period("week", "W" + jalali_str(saturday), saturday, saturday + timedelta(days=6))


def _day_period(d: date) -> Period:
    return Period("day", jalali_str(d), d, d)


def period_of(value: str | date, by: str) -> Period:
    """The ``by`` period (year, half, quarter, month, week, day) containing ``value``.

    Weeks start on Saturday, so a week may begin in the previous Jalali year.
    """
    _check_by(by)
    d = _as_date(value)
    if isinstance(d, datetime):
        d = d.date()
    if by == "day":
        return _day_period(d)
    if by == "week":
        # Python's weekday(): Monday 0 ... Saturday 5; days since the last Saturday.
        return _week_period(d - timedelta(days=(d.weekday() - 5) % 7))
    jy, jm, _ = gregorian_to_jalali(d)
    return _month_period(by, jy, (jm - 1) // _MONTHS_PER[by] + 1)


def shift_period(p: Period, n: int) -> Period:
    """The period ``n`` steps after ``p`` (before it when ``n`` is negative), same kind."""
    if p.by == "day":
        return _day_period(p.start + timedelta(days=n))
    if p.by == "week":
        return _week_period(p.start + timedelta(days=7 * n))
    per_year = 12 // _MONTHS_PER[p.by]
    jy, index = p._index()
    jy, index0 = divmod(jy * per_year + index - 1 + n, per_year)
    return _month_period(p.by, jy, index0 + 1)


def previous_period(p: Period) -> Period:
    """The period just before ``p``: the previous year, half, quarter, month, week or day."""
    return shift_period(p, -1)


def periods_between(start: str | date, end: str | date, by: str) -> list[Period]:
    """Every ``by`` period that touches the window ``start``..``end`` (inclusive), in order.

    The first and last periods may reach outside the window (a whole year is
    returned even if the window covers a single day of it).
    """
    _check_by(by)
    first, last = _as_date(start), _as_date(end)
    if isinstance(first, datetime):
        first = first.date()
    if isinstance(last, datetime):
        last = last.date()
    if last < first:
        raise DateError(f"the window ends ({jalali_str(last)}) before it starts ({jalali_str(first)})")
    result = [period_of(first, by)]
    while result[-1].end < last:
        result.append(shift_period(result[-1], 1))
    return result


_PERIOD_RES = (
    ("year", re.compile(r"(?P<y>[0-9]{4})")),
    ("half", re.compile(r"(?P<y>[0-9]{4})-[Hh](?P<n>[0-9]{1,2})")),
    ("quarter", re.compile(r"(?P<y>[0-9]{4})-[Qq](?P<n>[0-9]{1,2})")),
    ("month", re.compile(r"(?P<y>[0-9]{4})[-/](?P<n>[0-9]{1,2})")),
    ("week", re.compile(r"[Ww](?P<date>[0-9]{4}([-/])[0-9]{1,2}\2[0-9]{1,2})")),
    ("day", re.compile(r"(?P<date>[0-9]{4}([-/])[0-9]{1,2}\2[0-9]{1,2})")),
)
_PERIOD_LIMITS = {"half": 2, "quarter": 4, "month": 12}
_PERIOD_EXPECTED = (
    "expected a Jalali year (1394), half (1394-H1), quarter (1394-Q2), month (1394-05), "
    "week (W1394/12/29) or day (1394/01/01)"
)


def parse_period(text: str) -> Period:
    """Read a period key: ``1394``, ``1394-H1``, ``1394-Q2``, ``1394-05`` or ``1394/05``,
    ``W1394/12/29`` (a Saturday) or ``1394/01/01``.  Digits may be Persian or Arabic-Indic.

    Periods are Jalali, so the year must be below 1700; DateError otherwise.
    """
    shown = text.strip() if isinstance(text, str) else repr(text)
    cleaned = to_ascii_digits(_INVISIBLE.sub("", shown)).strip() if isinstance(text, str) else ""
    for by, pattern in _PERIOD_RES:
        match = pattern.fullmatch(cleaned)
        if match is None:
            continue
        if by in ("week", "day"):
            try:
                d = parse_date(match["date"])
            except DateError as exc:
                raise DateError(f"{shown} is not a period: {str(exc).split(': ', 1)[1]}") from None
            if int(match["date"][:4]) >= GREGORIAN_FROM_YEAR:
                raise DateError(f"{shown} is not a period: periods use Jalali dates (year below 1700)")
            if by == "week" and d.weekday() != 5:
                raise DateError(
                    f"{shown} is not a period: a week starts on Saturday (شنبه), "
                    f"{jalali_str(d)} is a {WEEKDAY_NAMES_EN[(d.weekday() + 2) % 7]}"
                )
            return period_of(d, by)
        jy = int(match["y"])
        if not JALALI_MIN_YEAR <= jy < GREGORIAN_FROM_YEAR or jy > JALALI_MAX_YEAR:
            raise DateError(f"{shown} is not a period: periods are Jalali, the year must be below 1700")
        if by == "year":
            return _month_period(by, jy, 1)
        n, limit = int(match["n"]), _PERIOD_LIMITS[by]
        if not 1 <= n <= limit:
            raise DateError(f"{shown} is not a period: {by} must be 1-{limit}")
        return _month_period(by, jy, n)
    raise DateError(f"{_quote(shown)} is not a period: {_PERIOD_EXPECTED}")
