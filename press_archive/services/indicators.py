"""Indicators: monthly figures the office reports but does not catalogue one by one.

Calls to the 137 centre (``hotline_calls``), the share answered at once (``hotline_answered_share``,
0-1), billboards, portal visits, or any other name: one value per Jalali month and name, entered by
hand (:func:`set_indicator`) or from a CSV file (:func:`import_indicators`, columns month,name,value).

Over a window, counts are summed and shares (names ending ``_share``) averaged
(:func:`indicator_sums`). A month only partly inside the window counts for the part inside it (its
days in the window over its length), so adjacent windows never count a month twice and whole-month
windows get exactly the figures entered.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Callable, Sequence
from datetime import date, datetime, timedelta
from pathlib import Path

from press_archive.domain.digits import to_ascii_digits
from press_archive.domain.jalali import (
    GREGORIAN_FROM_YEAR,
    JALALI_MAX_YEAR,
    JALALI_MIN_YEAR,
    DateError,
    gregorian_to_jalali,
    jalali_to_gregorian,
    month_length,
    parse_date,
)
from press_archive.services.archive import Archive, now_utc
from press_archive.services.imports import (
    ImportProblem,
    ImportReport,
    UnusableFile,
    csv_table,
    decode_text_file,
    missing_columns,
)
from press_archive.storage import audit
from press_archive.storage import indicators as store
from press_archive.storage.database import write_transaction

__all__ = [
    "IndicatorError",
    "KNOWN_INDICATORS",
    "SHARE_SUFFIX",
    "is_share",
    "parse_month",
    "parse_name",
    "parse_value",
    "set_indicator",
    "delete_indicator",
    "import_indicators",
    "list_indicators",
    "indicator_names",
    "indicator_months",
    "indicator_sums",
    "indicators_for_windows",
]

SHARE_SUFFIX = "_share"
KNOWN_INDICATORS = ("hotline_calls", "hotline_answered_share", "billboards", "portal_visits")
CSV_COLUMNS = ("month", "name", "value")

_INVISIBLE = re.compile("[\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff]")
_MONTH_RE = re.compile(r"([0-9]{4})[/-]([0-9]{1,2})")
_NAME_RE = re.compile(r"[^\W\d][\w.-]*")
_NAME_MAX = 64


class IndicatorError(ValueError):
    """A month, name or value that cannot be stored; ``field`` names which."""

    def __init__(self, field: str, message: str):
        self.field, self.message = field, message
        super().__init__(f"{field}: {message}")


def is_share(name: str) -> bool:
    return name.endswith(SHARE_SUFFIX)


def _clean(text) -> str:
    return _INVISIBLE.sub("", str(text)).strip()


def parse_month(text) -> str:
    """A Jalali month "1403/01", "1403-1" or «۱۴۰۳/۰۱» as the stored "1403-01"; IndicatorError otherwise."""
    shown = _clean(text)
    match = _MONTH_RE.fullmatch(to_ascii_digits(shown))
    if not match:
        raise IndicatorError("month", f"{shown!r} is not a month: expected a Jalali month like 1403/01")
    year, month = int(match[1]), int(match[2])
    if year >= GREGORIAN_FROM_YEAR:
        raise IndicatorError("month", f"{shown!r} is not a Jalali month: months are Jalali, like 1403/01")
    if not JALALI_MIN_YEAR <= year <= JALALI_MAX_YEAR:
        raise IndicatorError("month", f"{shown!r}: year must be {JALALI_MIN_YEAR}-{JALALI_MAX_YEAR}")
    if not 1 <= month <= 12:
        raise IndicatorError("month", f"{shown!r} is not a month: month must be 1-12")
    return f"{year:04d}-{month:02d}"


def parse_name(text) -> str:
    """An indicator name: letters first, then letters, digits, '_', '.', '-' (Persian letters welcome)."""
    name = unicodedata.normalize("NFC", _clean(text))
    if not name:
        raise IndicatorError("name", "is empty: name the figure, e.g. hotline_calls")
    if len(name) > _NAME_MAX:
        raise IndicatorError("name", f"is longer than {_NAME_MAX} characters")
    if not _NAME_RE.fullmatch(name):
        raise IndicatorError("name", f"{name!r} is not a name: use letters, digits and _ (no spaces), "
                                     "starting with a letter, e.g. hotline_calls")
    return name


def parse_value(value, name: str = "") -> float:
    """A figure: a number ≥ 0 (Persian digits, ٫ and thousands separators accepted); a share is 0-1
    (or a percentage written with %)."""
    if isinstance(value, bool):
        raise IndicatorError("value", "expected a number, got true/false")
    percent = False
    if isinstance(value, (int, float)):
        number = float(value)
    else:
        shown = _clean(value)
        text = to_ascii_digits(shown).replace("\u066b", ".").replace("\u066c", "").replace(",", "").replace(" ", "")
        if text.endswith(("%", "\u066a")):
            percent, text = True, text[:-1]
        try:
            number = float(text)
        except ValueError:
            raise IndicatorError("value", f"expected a number, got {shown!r}" if shown else "is empty") from None
    if math.isnan(number) or math.isinf(number):
        raise IndicatorError("value", f"expected a number, got {value!r}")
    if number < 0:
        raise IndicatorError("value", f"must not be negative, got {value!r}")
    if percent:
        if not is_share(name):
            raise IndicatorError("value", f"a percentage is for shares (names ending {SHARE_SUFFIX}), not {name!r}")
        number /= 100
    if is_share(name) and number > 1:
        raise IndicatorError("value", f"{name} is a share: give 0-1 (0.9) or a percentage (90%), not {value!r}")
    return int(number) if number.is_integer() and abs(number) < 2**53 else number


def _number(value: float):
    return int(value) if float(value).is_integer() else value


# ---------------------------------------------------------------------------
# Writing
# ---------------------------------------------------------------------------

def set_indicator(archive: Archive, month, name, value) -> dict:
    """Store one month's figure (replacing the one it had). Returns {"month", "name", "value", "previous"}."""
    month, name = parse_month(month), parse_name(name)
    value = parse_value(value, name)
    now = now_utc()
    with write_transaction(archive.db):
        previous = store.values_for(archive.db, [(month, name)]).get((month, name))
        if previous != value:
            store.upsert(archive.db, [(month, name, value)], now)
            audit.append(archive.db, at=now, user=archive.user, action="set", type_="indicator",
                         before=None if previous is None else {"month": month, "name": name, "value": previous},
                         after={"month": month, "name": name, "value": value})
    return {"month": month, "name": name, "value": value,
            "previous": None if previous is None else _number(previous)}


def delete_indicator(archive: Archive, month, name) -> bool:
    """Remove one month's figure; False when there was none."""
    month, name = parse_month(month), parse_name(name)
    now = now_utc()
    with write_transaction(archive.db):
        previous = store.values_for(archive.db, [(month, name)]).get((month, name))
        if previous is None:
            return False
        store.delete(archive.db, month, name)
        audit.append(archive.db, at=now, user=archive.user, action="delete", type_="indicator",
                     before={"month": month, "name": name, "value": previous})
    return True


def _csv_rows(path: Path, text: str, report: ImportReport) -> list[tuple[int, dict]]:
    header, rows = csv_table(path, text, lower=True)
    missing = missing_columns(header, CSV_COLUMNS)
    if missing:
        raise UnusableFile(path, f"the header row has no column {', '.join(repr(m) for m in missing)} "
                                 f"(an indicators file has the columns {','.join(CSV_COLUMNS)})", 1)
    extra = [h for h in header if h and h not in CSV_COLUMNS]
    if extra:
        report.warnings.append(ImportProblem(str(path), 1, None, f"unknown column {', '.join(repr(h) for h in extra)} ignored"))
    return [(r.line, {"__error__": str(r.raw)} if isinstance(r.raw, ValueError) else r.raw) for r in rows]


def import_indicators(archive: Archive, path, *, progress: Callable[[int, int], None] | None = None,
                      cancelled: Callable[[], bool] | None = None) -> ImportReport:
    """Import a CSV of monthly figures (columns month,name,value; UTF-8, a BOM accepted).

    Every bad row is reported with its line and field and skipped; all the valid rows are stored in
    one transaction. Importing the same file twice changes nothing. Raises UnusableFile (nothing
    changed) when the file as a whole cannot be used.
    """
    path = Path(path)
    if path.suffix.lower() != ".csv":
        raise UnusableFile(path, f"has the file type {path.suffix.lower() or '(none)'!r}: indicators are imported from .csv "
                                 f"(columns {','.join(CSV_COLUMNS)})")
    report = ImportReport()
    name_of_file = str(path)
    rows = _csv_rows(path, decode_text_file(path), report)
    valid: dict[tuple[str, str], float] = {}
    first_line: dict[tuple[str, str], int] = {}
    for line, raw in rows:
        if "__error__" in raw:
            report.rejected += 1
            report.errors.append(ImportProblem(name_of_file, line, None, raw["__error__"]))
            continue
        problems: list[IndicatorError] = []
        month = name = None
        for field, parse in (("month", parse_month), ("name", parse_name)):
            try:
                parsed = parse(raw.get(field, ""))
                if field == "month":
                    month = parsed
                else:
                    name = parsed
            except IndicatorError as e:
                problems.append(e)
        value = None
        try:
            value = parse_value(raw.get("value", ""), name or "")
        except IndicatorError as e:
            problems.append(e)
        if problems:
            report.rejected += 1
            report.errors += [ImportProblem(name_of_file, line, p.field, p.message) for p in problems]
            continue
        key = (month, name)
        if key in first_line:
            report.rejected += 1
            report.errors.append(ImportProblem(name_of_file, line, "name",
                                               f"{name} for {month.replace('-', '/')} appears again in this file "
                                               f"(first on line {first_line[key]})"))
            continue
        first_line[key] = line
        valid[key] = value
    if progress:
        progress(len(rows) // 2, len(rows))
    if cancelled and cancelled():
        return report
    now = now_utc()
    with write_transaction(archive.db):
        existing = store.values_for(archive.db, valid)
        changed = [(m, n, v) for (m, n), v in valid.items() if existing.get((m, n)) != v]
        imported = sum(1 for key in valid if key not in existing)
        updated = len(changed) - imported
        store.upsert(archive.db, changed, now)
        if changed:
            audit.append(archive.db, at=now, user=archive.user, action="import", type_="indicator",
                         note=f"{path.name}: imported {imported}, updated {updated}")
    report.imported += imported
    report.updated += updated
    report.unchanged += len(valid) - len(changed)
    if progress:
        progress(len(rows), len(rows))
    return report


# ---------------------------------------------------------------------------
# Reading
# ---------------------------------------------------------------------------

def list_indicators(archive: Archive, month_from=None, month_to=None, name=None) -> list[dict]:
    """Stored figures by month then name: [{"month": "1403-01", "name", "value", "updated_at"}]."""
    first = parse_month(month_from) if month_from else None
    last = parse_month(month_to) if month_to else None
    rows = store.rows(archive.db, first, last, parse_name(name) if name else None)
    for r in rows:
        r["value"] = _number(r["value"])
    return rows


def indicator_names(archive: Archive) -> list[str]:
    return store.names(archive.db)


def month_window(month: str) -> tuple[date, date]:
    """First and last day of a stored month "1403-01"."""
    jy, jm = int(month[:4]), int(month[5:7])
    start = jalali_to_gregorian(jy, jm, 1)
    return start, start + timedelta(days=month_length(jy, jm) - 1)


def _month_key(d: date) -> str:
    jy, jm, _ = gregorian_to_jalali(d)
    return f"{jy:04d}-{jm:02d}"


def indicator_months(archive: Archive) -> tuple[date, date] | None:
    """First and last day of the months that have figures, or None."""
    span = store.month_range(archive.db)
    if span is None:
        return None
    return month_window(span[0])[0], month_window(span[1])[1]


def _day(value) -> date | None:
    if value is None or value == "":
        return None
    d = parse_date(value) if not isinstance(value, date) else value
    return d.date() if isinstance(d, datetime) else d


def indicators_for_windows(archive: Archive, windows: Sequence[tuple[date, date]]) -> list[dict[str, float]]:
    """For each (first day, last day) window: {name: sum} for counts, {name: mean} for shares.

    A month counts in proportion to its days inside the window. A name with no figure for any month
    touching a window is absent from that window's dict (so "not reported" differs from 0).
    """
    if not windows:
        return []
    first = _month_key(min(a for a, _ in windows))
    last = _month_key(max(b for _, b in windows))
    by_month: dict[str, list[tuple[str, float]]] = {}
    for r in store.rows(archive.db, first, last):
        by_month.setdefault(r["month"], []).append((r["name"], r["value"]))
    spans = {m: month_window(m) for m in by_month}
    out = []
    for start, end in windows:
        sums: dict[str, float] = {}
        weights: dict[str, float] = {}
        for month, values in by_month.items():
            m_start, m_end = spans[month]
            overlap = (min(end, m_end) - max(start, m_start)).days + 1
            if overlap <= 0:
                continue
            fraction = overlap / ((m_end - m_start).days + 1)
            for name, value in values:
                sums[name] = sums.get(name, 0.0) + value * fraction
                weights[name] = weights.get(name, 0.0) + fraction
        result = {}
        for name in sorted(sums):
            if is_share(name):
                result[name] = round(sums[name] / weights[name], 4)
            else:
                total = round(sums[name], 2)
                result[name] = int(total) if total.is_integer() else total
        out.append(result)
    return out


def indicator_sums(archive: Archive, start_date=None, end_date=None) -> dict[str, float]:
    """Figures over a window (Jalali or ISO dates, or dates; None: from the first / to the last month
    with figures): counts summed, shares (names ending _share) averaged over the months."""
    start, end = _day(start_date), _day(end_date)
    if start is None or end is None:
        span = indicator_months(archive)
        if span is None:
            return {}
        start, end = start or span[0], end or span[1]
    if start > end:
        raise DateError(f"the window is empty: {start_date} is after {end_date}")
    return indicators_for_windows(archive, [(start, end)])[0]
