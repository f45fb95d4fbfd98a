"""Code replacements as press photographers know them from Photo Mechanic.

A short code between backslashes, `\\rk\\`, typed in a caption (or any photo text) becomes its expansion,
«مهدی رضوی‌کیا، مدیر روابط عمومی». Unknown codes are left as typed, so a stray backslash never loses text.
Code files are Photo Mechanic's: one `code<TAB>expansion` a line (a .csv file uses commas instead).
"""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path

_CODE_RE = re.compile(r"\\([^\\\s]{1,40})\\")
CODE_CHARS = re.compile(r"[^\\\s]{1,40}")


def expand(text: str, codes: dict[str, str]) -> str:
    """`text` with every known `\\code\\` replaced; an exact match wins, else one ignoring case."""
    if not text or "\\" not in text or not codes:
        return text
    folded = {k.casefold(): v for k, v in codes.items()}

    def replace(m: re.Match) -> str:
        code = m.group(1)
        if code in codes:
            return codes[code]
        return folded.get(code.casefold(), m.group(0))

    return _CODE_RE.sub(replace, text)


class CodeFileError(ValueError):
    pass


def read_code_file(path: Path) -> tuple[list[tuple[str, str]], list[str]]:
    """(code, expansion) pairs from a Photo Mechanic code file (tab-separated) or a CSV, and line problems."""
    try:
        raw = path.read_bytes()
    except OSError as e:
        raise CodeFileError(f"{path}: cannot be read: {e.strerror or e}") from None
    encoding = "utf-16" if raw.startswith((b"\xff\xfe", b"\xfe\xff")) else "utf-8-sig"
    try:
        text = raw.decode(encoding)
    except UnicodeDecodeError:
        raise CodeFileError(f"{path}: is not UTF-8 text; save it as UTF-8") from None
    delimiter = "," if path.suffix.lower() == ".csv" else "\t"
    pairs: list[tuple[str, str]] = []
    problems: list[str] = []
    quoting = csv.QUOTE_MINIMAL if delimiter == "," else csv.QUOTE_NONE  # PM files quote nothing
    for number, row in enumerate(csv.reader(io.StringIO(text), delimiter=delimiter, quoting=quoting), start=1):
        if not row or not "".join(row).strip() or row[0].lstrip().startswith("#"):
            continue
        if len(row) < 2:
            problems.append(f"{path}:{number}: expected a code and its expansion separated by "
                            f"{'a comma' if delimiter == ',' else 'a tab'}")
            continue
        code, expansion = row[0].strip(), delimiter.join(row[1:]).strip()
        if number == 1 and code.lower() == "code" and expansion.lower() in ("expansion", "replacement"):
            continue  # a header row
        if not CODE_CHARS.fullmatch(code):
            problems.append(f"{path}:{number}: code {code!r} must be 1-40 characters without spaces or backslashes")
            continue
        if not expansion:
            problems.append(f"{path}:{number}: code {code!r} has an empty expansion")
            continue
        pairs.append((code, expansion))
    return pairs, problems
