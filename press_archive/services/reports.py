"""The managers' report: counts by Jalali period, breakdowns, indicators and a written summary,
exported as PDF, XLSX or CSV. The CLI (`press-archive report`) and the GUI dashboard both call
:func:`write_report`; the dashboard can show :func:`build_report`'s data and summary on screen.
"""

from __future__ import annotations

import os
import secrets
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path

from press_archive.domain.jalali import gregorian_to_jalali, jalali_to_gregorian, parse_date
from press_archive.domain.messages import said
from press_archive.reports.model import ReportData
from press_archive.domain.windows import default_by, previous_window
from press_archive.reports.summary import written_summary
from press_archive.services.archive import Archive
from press_archive.services.indicators import indicator_months, indicators_for_windows
from press_archive.services.stats import PERIOD_KINDS, breakdowns, counts_by_period, data_window, growth

__all__ = ["FORMATS", "ReportError", "report_window", "build_report", "write_report"]

FORMATS = ("pdf", "xlsx", "csv")


class ReportError(ValueError):
    """An unusable call: unknown format, a path that cannot be written. Nothing is written."""


def _day(value) -> date | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    d = value if isinstance(value, date) else parse_date(value)
    return d.date() if isinstance(d, datetime) else d


def report_window(archive: Archive, date_from=None, date_to=None) -> tuple[date, date]:
    """The window a report covers: the dates given, else from the first to the last day with records
    or indicator figures; an empty archive gets the current Jalali month so far."""
    start, end = _day(date_from), _day(date_to)
    if start is None or end is None:
        spans = [s for s in (data_window(archive), indicator_months(archive)) if s]
        if spans:
            start = start or min(s[0] for s in spans)
            end = end or max(s[1] for s in spans)
        else:
            today = date.today()
            jy, jm, _ = gregorian_to_jalali(today)
            start = start or jalali_to_gregorian(jy, jm, 1)
            end = end or max(today, start)
        if start > end:  # only one end given, and it lies outside the data: a one-day window there
            start, end = (start, start) if _day(date_from) else (end, end)
    if start > end:
        raise ReportError(said("the window is empty: {start} is after {end}", start=date_from, end=date_to))
    return start, end


def build_report(archive: Archive, date_from=None, date_to=None, by: str | None = None) -> ReportData:
    """Gather everything a report shows (a few queries over the per-day counters: milliseconds)."""
    start, end = report_window(archive, date_from, date_to)
    by = by or default_by(start, end)
    if by not in PERIOD_KINDS:
        raise ReportError(said("by must be one of {kinds}, not {by!r}", kinds=", ".join(PERIOD_KINDS), by=by))
    result = counts_by_period(archive, by, start.isoformat(), end.isoformat(), compare=True)
    # The previous window, exact at Nowruz: a whole-month window is compared with as many months before it.
    pa, pb = previous_window(start, end)
    before = counts_by_period(archive, "year", pa.isoformat(), pb.isoformat())
    result.total_previous = before.total
    result.total_growth = growth(result.total, before.total)
    windows = [(start, end), (pa, pb)] + [(pc.start, pc.end) for pc in result.periods]
    figures = indicators_for_windows(archive, windows)
    data = ReportData(start=start, end=end, previous_start=pa, previous_end=pb, by=by, result=result,
                      breakdowns=breakdowns(archive, start.isoformat(), end.isoformat()),
                      indicators=figures[0], indicators_previous=figures[1], indicator_periods=figures[2:])
    data.summary = written_summary(result, data.indicators, data.indicators_previous, previous=(pa, pb))
    return data


def _check_target(path: Path, fmt: str | None) -> str:
    fmt = (fmt or path.suffix.lstrip(".")).lower()
    if fmt not in FORMATS:
        raise ReportError(said("unknown report format {format!r}: use {formats}", format=fmt or "(none)",
                                formats=", ".join(FORMATS)))
    if path.is_dir():
        raise ReportError(said("{path} is a folder: give the report's file name, e.g. {example}", path=str(path),
                                example=str(path / ("report." + fmt))))
    parent = path.parent
    if not parent.is_dir():
        raise ReportError(said("{path}: the folder {folder} does not exist", path=str(path), folder=str(parent)))
    if path.exists() and not os.access(path, os.W_OK):
        raise ReportError(said("{path}: the file exists and cannot be overwritten", path=str(path)))
    return fmt


def write_report(archive: Archive, path, fmt: str | None = None, date_from=None, date_to=None, by: str | None = None,
                 progress: Callable[[int, int], None] | None = None,
                 cancelled: Callable[[], bool] | None = None) -> Path | None:
    """Write the report for [date_from, date_to] (Jalali or ISO dates; None: all the data) as ``fmt``
    (pdf, xlsx, csv; None: from the file's suffix) to ``path``.

    The file appears whole or not at all (written beside it, then renamed). Returns the path, or None
    when ``cancelled()`` turned true (nothing written). Raises ReportError for an unusable format or
    path and DateError/ValueError for bad dates, before any work is done.
    """
    path = Path(path)
    fmt = _check_target(path, fmt)
    total = 5

    def step(n: int) -> bool:
        if progress:
            progress(n, total)
        return bool(cancelled and cancelled())

    # Created here with the usual permissions (umask), so the renamed report has them too.
    tmp = path.parent / f".{path.name}.{os.getpid()}.{secrets.token_hex(4)}.part"
    try:
        os.close(os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666))
    except OSError as e:
        raise ReportError(said("{path}: cannot write in {folder} ({reason})", path=str(path), folder=str(path.parent),
                                reason=e.strerror)) from None
    try:
        if step(0):
            return None
        data = build_report(archive, date_from, date_to, by)
        if step(2):
            return None
        if fmt == "pdf":
            from press_archive.reports.pdf_export import write_pdf

            done = write_pdf(data, tmp, cancelled=cancelled)
        elif fmt == "xlsx":
            from press_archive.reports.xlsx_export import write_xlsx

            done = write_xlsx(data, tmp)
        else:
            from press_archive.reports.csv_export import write_csv

            done = write_csv(data, tmp)
        if done is False or step(4):
            return None
        os.replace(tmp, path)
        step(total)
        return path
    finally:
        if tmp.exists():
            tmp.unlink()

