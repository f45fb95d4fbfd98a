"""A report's window and the one it is compared with, exact at every Nowruz."""

from __future__ import annotations

from datetime import date, timedelta

from press_archive.domain.jalali import gregorian_to_jalali, jalali_to_gregorian, month_length

# Windows longer than two years (731 days: two Jalali years with a leap day) are shown by year.
_LONGEST_BY_MONTH = 731


def whole_months(start: date, end: date) -> int | None:
    """How many Jalali months the window spans when it runs from a 1st to a month's last day, else None."""
    sy, sm, sd = gregorian_to_jalali(start)
    ey, em, ed = gregorian_to_jalali(end)
    if sd != 1 or ed != month_length(ey, em) or end < start:
        return None
    return (ey * 12 + em) - (sy * 12 + sm) + 1


def _month_start(index: int) -> date:
    """First day of the month numbered year * 12 + (month - 1)."""
    jy, m0 = divmod(index, 12)
    return jalali_to_gregorian(jy, m0 + 1, 1)


def previous_window(start: date, end: date) -> tuple[date, date]:
    """The same span just before the window: the same number of Jalali months when the window is whole
    months (the year 1403 is compared with all of 1402, whatever their lengths), else the same number of days."""
    months = whole_months(start, end)
    if months is not None:
        sy, sm, _ = gregorian_to_jalali(start)
        return _month_start(sy * 12 + sm - 1 - months), start - timedelta(days=1)
    length = (end - start).days + 1
    return start - timedelta(days=length), start - timedelta(days=1)


def a_year_before(day: date) -> date:
    """The same Jalali month and day one year earlier (Esfand 30 becomes 29 in a common year)."""
    jy, jm, jd = gregorian_to_jalali(day)
    return jalali_to_gregorian(jy - 1, jm, min(jd, month_length(jy - 1, jm)))


def same_days_a_year_before(start: date, end: date) -> tuple[date, date]:
    """Year to date against the same days of last year: 1405/01/01-1405/09/13 -> 1404/01/01-1404/09/13."""
    return a_year_before(start), a_year_before(end)


def default_by(start: date, end: date) -> str:
    """The period grouping a report uses unless told: year for windows over two years, else month."""
    return "year" if (end - start).days + 1 > _LONGEST_BY_MONTH else "month"
