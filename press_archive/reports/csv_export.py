"""The report as one CSV table that spreadsheets open safely.

Long ("tidy") form, one figure a row, so a pivot table takes it as it is:

    section,period,from,to,metric,label,value,previous,growth

``section`` is ``total`` (the window against the previous one), ``period`` (each Jalali period against
the one before it), ``indicator_total``, ``indicator`` (per period) or ``breakdown`` (``metric`` names
the breakdown, ``label`` the value counted). Numbers are written as plain numbers; text that a
spreadsheet would run as a formula is neutralised (reports.safe_csv). UTF-8 with a BOM, so Excel
reads the Persian labels.
"""

from __future__ import annotations

import csv
from pathlib import Path

from press_archive.domain.jalali import jalali_str
from press_archive.reports.labels import breakdown_value, count_title, indicator_title
from press_archive.reports.model import ReportData
from press_archive.reports.safe_csv import safe_row

HEADER = ("section", "period", "from", "to", "metric", "label", "value", "previous", "growth")


def _blank(value):
    return "" if value is None else value


def report_rows(data: ReportData):
    """The rows under HEADER (values unescaped)."""
    result = data.result
    window = (f"{jalali_str(data.start)}..{jalali_str(data.end)}", jalali_str(data.start), jalali_str(data.end))
    keys = data.shown_keys()
    for k in keys:
        yield ("total", *window, k, count_title(k), result.total[k], _blank(result.total_previous.get(k)),
               _blank(result.total_growth.get(k)))
    for pc in result.periods:
        where = (pc.period.key, jalali_str(pc.start), jalali_str(pc.end))
        for k in keys:
            yield ("period", *where, k, count_title(k), pc.counts[k],
                   _blank(pc.previous.get(k) if pc.previous else None), _blank(pc.growth.get(k) if pc.growth else None))
    for name in data.indicator_names():
        value, before = data.indicators.get(name), data.indicators_previous.get(name)
        ratio = round(value / before, 4) if (value is not None and before) else None
        yield ("indicator_total", *window, name, indicator_title(name), _blank(value), _blank(before), _blank(ratio))
    for pc, values in zip(result.periods, data.indicator_periods):
        where = (pc.period.key, jalali_str(pc.start), jalali_str(pc.end))
        for name in data.indicator_names():
            if name in values:
                yield ("indicator", *where, name, indicator_title(name), values[name], "", "")
    for name, rows in data.breakdowns.items():
        for value, n in rows:
            yield ("breakdown", *window, name, breakdown_value(name, value), n, "", "")


def write_csv(data: ReportData, path: Path) -> bool:
    with open(path, "w", encoding="utf-8-sig", newline="") as f:
        writer = csv.writer(f)
        writer.writerow(HEADER)
        for row in report_rows(data):
            writer.writerow(safe_row(row))
    return True
