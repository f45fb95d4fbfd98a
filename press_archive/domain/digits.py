"""Persian, Arabic-Indic and ASCII digits: the one place that maps between them."""

PERSIAN_DIGITS = "۰۱۲۳۴۵۶۷۸۹"
ARABIC_INDIC_DIGITS = "٠١٢٣٤٥٦٧٨٩"
ASCII_DIGITS = "0123456789"

_TO_ASCII = str.maketrans(PERSIAN_DIGITS + ARABIC_INDIC_DIGITS, ASCII_DIGITS * 2)
_TO_PERSIAN = str.maketrans(ASCII_DIGITS + ARABIC_INDIC_DIGITS, PERSIAN_DIGITS * 2)


def to_ascii_digits(text: str) -> str:
    """Persian and Arabic-Indic digits become ASCII; everything else is kept."""
    return text.translate(_TO_ASCII)


def to_persian_digits(text: str) -> str:
    """ASCII and Arabic-Indic digits become Persian (for display in Persian mode)."""
    return text.translate(_TO_PERSIAN)
