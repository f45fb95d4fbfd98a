"""The report as an Excel workbook (openpyxl): right-to-left sheets, numbers stored as numbers.

Sheets: «خلاصه» (the written summary and the key figures against the previous window), «دوره‌ها»
(counts per Jalali period, with a total row), «شاخص‌ها» (indicators per period, when there are any)
and one sheet per breakdown (event kind, news category, photographer...). Totals are written as
values, not formulas, so any reader gets the numbers without recalculating.
"""

from __future__ import annotations

import re
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

from press_archive.domain.jalali import jalali_str
from press_archive.reports.labels import (
    BREAKDOWN_SHEETS_FA,
    breakdown_title,
    breakdown_value,
    count_title,
    indicator_title,
)
from press_archive.reports.model import ReportData
from press_archive.reports.safe_csv import safe_cell

INT_FORMAT = "#,##0"
NUMBER_FORMAT = "#,##0.##"
SHARE_FORMAT = "0.0%"
RATIO_FORMAT = "0.00"

_HEADER_FONT = Font(bold=True, color="FFFFFF")
_HEADER_FILL = PatternFill("solid", fgColor="1F4E79")
_TOTAL_FONT = Font(bold=True)
_TOTAL_FILL = PatternFill("solid", fgColor="DDEBF7")
_THIN = Side(style="thin", color="B4C6E7")
_BORDER = Border(top=_THIN, bottom=_THIN, left=_THIN, right=_THIN)
_RIGHT = Alignment(horizontal="right", vertical="center", readingOrder=2)
_WRAP = Alignment(horizontal="right", vertical="top", wrap_text=True, readingOrder=2)
_BAD_SHEET_CHARS = re.compile(r"[\[\]:*?/\\]")


def _sheet(wb: Workbook, title: str, first: bool = False):
    ws = wb.active if first else wb.create_sheet()
    title = _BAD_SHEET_CHARS.sub(" ", title)[:31]
    taken = {s.title for s in wb.worksheets if s is not ws}
    base, n = title, 2
    while title in taken:
        suffix = f" {n}"
        title, n = base[:31 - len(suffix)] + suffix, n + 1
    ws.title = title
    ws.sheet_view.rightToLeft = True
    return ws


def _number_format(value, share: bool = False) -> str:
    if share:
        return SHARE_FORMAT
    return INT_FORMAT if isinstance(value, int) or float(value).is_integer() else NUMBER_FORMAT


def _text(value):
    # Formulas are never meant: a cell of text starting with "=" stays text when Excel opens the file.
    return safe_cell(value) if isinstance(value, str) else value


def _header(ws, row: int, titles: list[str]) -> None:
    for col, title in enumerate(titles, start=1):
        c = ws.cell(row=row, column=col, value=title)
        c.font, c.fill, c.alignment, c.border = _HEADER_FONT, _HEADER_FILL, _RIGHT, _BORDER


def _put(ws, row: int, col: int, value, *, share: bool = False, fmt: str | None = None, total: bool = False):
    c = ws.cell(row=row, column=col, value=_text(value))
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        c.number_format = fmt or _number_format(value, share)
    c.alignment, c.border = _RIGHT, _BORDER
    if total:
        c.font, c.fill = _TOTAL_FONT, _TOTAL_FILL
    return c


def _widths(ws, widths: dict[int, float]) -> None:
    for col, width in widths.items():
        ws.column_dimensions[get_column_letter(col)].width = width


def _summary_sheet(wb: Workbook, data: ReportData) -> None:
    ws = _sheet(wb, "خلاصه", first=True)
    ws["A1"] = data.title
    ws["A1"].font = Font(bold=True, size=16)
    ws["A2"] = data.window_fa
    ws["A3"] = f"دورهٔ پیشین: {data.previous_window_fa}"
    for cell in ("A1", "A2", "A3"):
        ws[cell].alignment = _RIGHT
    row = 5
    for paragraph in data.summary.split("\n\n"):
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=5)
        c = ws.cell(row=row, column=1, value=paragraph)
        c.alignment = _WRAP
        ws.row_dimensions[row].height = 15 * max(2, len(paragraph) // 95 + 1)
        row += 1
    row += 1
    _header(ws, row, ["شاخص", "این دوره", "دورهٔ پیشین", "نسبت به دورهٔ پیشین", "تغییر"])
    result = data.result
    for key in data.shown_keys():
        row += 1
        value, before, ratio = result.total[key], result.total_previous.get(key), result.total_growth.get(key)
        _put(ws, row, 1, count_title(key))
        _put(ws, row, 2, value)
        _put(ws, row, 3, before)
        _put(ws, row, 4, ratio, fmt=RATIO_FORMAT)
        _put(ws, row, 5, None if ratio is None else round(ratio - 1, 4), fmt=SHARE_FORMAT)
    for name in data.indicator_names():
        row += 1
        share = name.endswith("_share")
        value, before = data.indicators.get(name), data.indicators_previous.get(name)
        ratio = round(value / before, 4) if (value is not None and before) else None
        _put(ws, row, 1, indicator_title(name))
        _put(ws, row, 2, value, share=share)
        _put(ws, row, 3, before, share=share)
        _put(ws, row, 4, ratio, fmt=RATIO_FORMAT)
        _put(ws, row, 5, None if ratio is None else round(ratio - 1, 4), fmt=SHARE_FORMAT)
    _widths(ws, {1: 30, 2: 16, 3: 16, 4: 20, 5: 12})


def _periods_sheet(wb: Workbook, data: ReportData) -> None:
    ws = _sheet(wb, "دوره‌ها")
    keys = data.shown_keys()
    _header(ws, 1, ["دوره", "عنوان", "از", "تا"] + [count_title(k) for k in keys])
    row = 1
    for pc in data.result.periods:
        row += 1
        for col, value in enumerate((pc.period.key, pc.period.label_fa, jalali_str(pc.start), jalali_str(pc.end)), 1):
            _put(ws, row, col, value)
        for col, key in enumerate(keys, start=5):
            _put(ws, row, col, pc.counts[key])
    row += 1
    _put(ws, row, 1, "جمع", total=True)
    for col, value in enumerate(("", jalali_str(data.start), jalali_str(data.end)), 2):
        _put(ws, row, col, value, total=True)
    for col, key in enumerate(keys, start=5):
        _put(ws, row, col, data.result.total[key], total=True)
    ws.freeze_panes = "C2"
    _widths(ws, {1: 11, 2: 18, 3: 12, 4: 12, **{c: 15 for c in range(5, 5 + len(keys))}})


def _indicators_sheet(wb: Workbook, data: ReportData) -> None:
    names = data.indicator_names()
    if not names:
        return
    ws = _sheet(wb, "شاخص‌ها")
    _header(ws, 1, ["دوره", "عنوان", "از", "تا"] + [indicator_title(n) for n in names])
    row = 1
    for pc, values in zip(data.result.periods, data.indicator_periods):
        row += 1
        for col, value in enumerate((pc.period.key, pc.period.label_fa, jalali_str(pc.start), jalali_str(pc.end)), 1):
            _put(ws, row, col, value)
        for col, name in enumerate(names, start=5):
            _put(ws, row, col, values.get(name), share=name.endswith("_share"))
    row += 1
    _put(ws, row, 1, "کل دوره", total=True)
    for col, value in enumerate(("", jalali_str(data.start), jalali_str(data.end)), 2):
        _put(ws, row, col, value, total=True)
    for col, name in enumerate(names, start=5):
        _put(ws, row, col, data.indicators.get(name), share=name.endswith("_share"), total=True)
    ws.freeze_panes = "C2"
    _widths(ws, {1: 11, 2: 18, 3: 12, 4: 12, **{c: 20 for c in range(5, 5 + len(names))}})


def _breakdown_sheet(wb: Workbook, name: str, rows: list[tuple[str, int]]) -> None:
    ws = _sheet(wb, BREAKDOWN_SHEETS_FA.get(name, name))
    ws["A1"] = breakdown_title(name)
    ws["A1"].font = Font(bold=True, size=13)
    ws["A1"].alignment = _RIGHT
    _header(ws, 2, ["مقدار", "تعداد", "سهم"])
    total = sum(n for _, n in rows)
    row = 2
    for value, n in rows:
        row += 1
        _put(ws, row, 1, breakdown_value(name, value))
        _put(ws, row, 2, n)
        _put(ws, row, 3, round(n / total, 4) if total else None, share=True)
    row += 1
    _put(ws, row, 1, "جمع", total=True)
    _put(ws, row, 2, total, total=True)
    _put(ws, row, 3, 1 if total else None, share=True, total=True)
    ws.freeze_panes = "A3"
    _widths(ws, {1: 40, 2: 14, 3: 10})


def write_xlsx(data: ReportData, path: Path) -> bool:
    wb = Workbook()
    _summary_sheet(wb, data)
    _periods_sheet(wb, data)
    _indicators_sheet(wb, data)
    for name, rows in data.breakdowns.items():
        _breakdown_sheet(wb, name, rows)
    wb.save(path)
    return True
