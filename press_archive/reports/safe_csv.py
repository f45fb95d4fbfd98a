"""CSV that spreadsheets open safely: a cell that starts like a formula is neutralised."""

from __future__ import annotations

_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value):
    """Numbers stay numbers; text that a spreadsheet would run as a formula gets a leading apostrophe."""
    if isinstance(value, (int, float)) or value is None:
        return value
    text = str(value)
    if text.startswith(_FORMULA_STARTS):
        try:
            float(text)
            return text  # a negative number written as text is still a number
        except ValueError:
            return "'" + text
    return text


def safe_row(values) -> list:
    return [safe_cell(v) for v in values]
