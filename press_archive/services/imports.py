"""Importing news items, events, interview orders and productions from JSON Lines and CSV files.

Each file is read and checked whole before anything is written; then all its valid rows are stored
in one transaction, so a killed import leaves the archive as before the file or with all of it, and
running it again finishes the job (refs make it idempotent).
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from press_archive.domain.messages import said, said_of
from press_archive.domain.records import (
    IMPORT_KINDS,
    RecordError,
    RecordKind,
    clean_record,
    unknown_field_warning,
)
from press_archive.services.archive import Archive, ChangeSet, now_utc
from press_archive.services.records import public_fields, to_columns
from press_archive.storage import audit
from press_archive.storage import records as store
from press_archive.storage.database import write_transaction

JSON_SUFFIXES = {".jsonl", ".ndjson", ".json"}
CSV_SUFFIXES = {".csv", ".tsv", ".txt"}  # .txt: what Excel names its tab-separated "Unicode text"


class UnusableFile(ValueError):
    """A file that cannot be imported at all (not UTF-8, not JSON/CSV, empty): nothing is changed."""

    def __init__(self, file: Path, message: str, line: int | None = None):
        self.file, self.line, self.message = file, line, message
        if line:
            super().__init__(said("{file}:{line}: {problem}", file=file, line=line, problem=message))
        else:
            super().__init__(said("{file}: {problem}", file=file, problem=message))


@dataclass
class ImportProblem:
    file: str
    line: int | None
    field: str | None
    message: str

    def as_line(self) -> str:
        where = self.file + (f": line {self.line}" if self.line else "")
        what = f": field '{self.field}'" if self.field else ""
        return f"{where}{what}: {self.message}"

    def as_dict(self) -> dict:
        return {"file": self.file, "line": self.line, "field": self.field, "message": self.message}


@dataclass
class ImportReport:
    imported: int = 0
    updated: int = 0
    unchanged: int = 0
    rejected: int = 0
    errors: list[ImportProblem] = field(default_factory=list)
    warnings: list[ImportProblem] = field(default_factory=list)
    encodings: dict[str, str] = field(default_factory=dict)  # files read in another encoding than UTF-8
    changes: ChangeSet = field(default_factory=ChangeSet)

    def summary(self) -> str:
        return f"imported {self.imported}, updated {self.updated}, rejected {self.rejected}"

    def as_dict(self) -> dict:
        return {
            "imported": self.imported,
            "updated": self.updated,
            "unchanged": self.unchanged,
            "rejected": self.rejected,
            "errors": [e.as_dict() for e in self.errors],
            "warnings": [w.as_dict() for w in self.warnings],
            "encodings": self.encodings,
        }


@dataclass
class _Row:
    line: int
    raw: object


# What a spreadsheet on a Persian Windows machine writes: Excel's "CSV" is the ANSI code page
# (Windows-1256), its "Unicode text" UTF-16 with a byte-order mark and tabs between cells.
CP1256 = "Windows-1256"
UTF16 = "UTF-16"


def _arabic_script_share(text: str) -> float:
    """Of the non-ASCII characters, the share that are Arabic-script letters, digits, marks or ZWNJ."""
    wide = [c for c in text if ord(c) > 127]
    if not wide:
        return 0.0
    return sum(1 for c in wide if "\u0600" <= c <= "\u06ff" or c in "\u200c\u200d\u00ab\u00bb") / len(wide)


def _plausible(text: str) -> bool:
    """Text of this office: mostly ASCII or Arabic script (a wrong byte order gives CJK-looking nonsense)."""
    sample = text[:4000]
    return bool(sample.strip()) and sum(1 for c in sample if ord(c) < 128 or "\u0600" <= c <= "\u06ff"
                                        or c in "\u200c\u200d\ufeff") >= 0.8 * len(sample)


def read_text_file(path: Path) -> tuple[str, str]:
    """The text of an import file and the encoding it was read in (UTF-8, UTF-16, Windows-1256)."""
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise UnusableFile(path, said("no such file")) from None
    except IsADirectoryError:
        raise UnusableFile(path, said("is a folder, not a file")) from None
    except OSError as e:
        raise UnusableFile(path, said("cannot be read ({reason})", reason=e.strerror)) from None
    encoding = "UTF-8"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            text, encoding = data.decode("utf-16"), UTF16
        except UnicodeDecodeError:
            text = ""
        if not _plausible(text):
            raise UnusableFile(path, said("is not UTF-8 text, and reads as nonsense in UTF-16; save it as UTF-8 "
                                          "and import again")) from None
    else:
        if data.startswith(b"\xef\xbb\xbf"):
            data = data[3:]
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError as e:
            text = _windows_1256(data)
            if text is None:
                line = data[: e.start].count(b"\n") + 1
                raise UnusableFile(path, said("is not UTF-8 text (byte {byte}); save it as UTF-8 and import again",
                                                byte=e.start + 1), line) from None
            encoding = CP1256
    if text.startswith("\ufeff"):
        text = text[1:]
    if "\x00" in text:
        raise UnusableFile(path, said("is a binary file, not JSON Lines or CSV"))
    if not text.strip():
        raise UnusableFile(path, said("is empty"))
    return text, encoding


def _windows_1256(data: bytes) -> str | None:
    """The text of bytes Excel saved on a Persian Windows machine, or None when they are not that."""
    try:
        text = data.decode("cp1256")
    except UnicodeDecodeError:
        return None
    # Damaged UTF-8 Persian read this way is about half Arabic letters (ط ظ ع غ from its lead bytes), half
    # Latin-1 symbols: the bar sits well above that.
    return text if _arabic_script_share(text) >= 0.8 else None


def decode_text_file(path: Path) -> str:
    return read_text_file(path)[0]


def _json_rows(path: Path, text: str) -> list[_Row]:
    stripped = text.lstrip()
    if path.suffix.lower() == ".json" and stripped.startswith("["):
        try:
            items = json.loads(text)
        except json.JSONDecodeError as e:
            raise UnusableFile(path, f"is not valid JSON ({e.msg})", e.lineno) from None
        except RecursionError:
            raise UnusableFile(path, "is JSON nested too deeply to hold records") from None
        return [_Row(i + 1, item) for i, item in enumerate(items)]
    rows: list[_Row] = []
    parsed = 0
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            rows.append(_Row(number, json.loads(line)))
            parsed += 1
        except json.JSONDecodeError as e:
            rows.append(_Row(number, ValueError(said("malformed JSON ({reason} at column {column})", reason=e.msg,
                                                          column=e.colno))))
        except RecursionError:
            rows.append(_Row(number, ValueError(said("JSON nested too deeply to be a record; this line is skipped"))))
    if parsed == 0:
        raise UnusableFile(path, said("is not JSON Lines: no line holds a JSON object"))
    return rows


def _open_quote_after(line: str, quoted: bool, delimiter: str) -> bool:
    """Whether a quoted cell is still open at the end of `line` (quotes inside an unquoted cell are text)."""
    at = line.find('"')
    while at != -1:
        if quoted:
            if line.startswith('""', at):
                at += 1  # an escaped quote inside the quoted cell
            else:
                quoted = False
        elif at == 0 or line[at - 1] == delimiter:
            quoted = True
        at = line.find('"', at + 1)
    return quoted


def _csv_records(text: str, delimiter: str, spans: list[tuple[int, int]]):
    """The records of a CSV as text, one at a time, each whole (a quoted cell may hold line breaks).

    Splitting records before the csv module reads them keeps one malformed record from swallowing the
    rest of the file; `spans` receives each record's first and last line as an editor counts them.
    """
    lines = io.StringIO(text, newline="")
    number = 0
    for line in lines:
        number += 1
        first, record = number, [line]
        quoted = '"' in line and _open_quote_after(line, False, delimiter)
        while quoted:
            more = lines.readline()
            if not more:
                break
            number += 1
            record.append(more)
            quoted = '"' not in more or _open_quote_after(more, True, delimiter)
        spans.append((first, number))
        yield "".join(record)


def csv_delimiter(text: str) -> str:
    """Tab for tab-separated text (Excel's "Unicode text"), else the comma."""
    header = text.split("\n", 1)[0]
    return "\t" if header.count("\t") > header.count(",") else ","


def csv_table(path: Path, text: str, *, lower: bool = False) -> tuple[list[str], list[_Row]]:
    """A CSV's header and its rows (dicts of the non-empty cells, or a ValueError saying what is wrong).

    Lines are counted as a text editor counts them, the header being line 1, even when a quoted cell
    spans several lines. A record the csv module cannot read is one rejected row; the rest go on.
    """
    delimiter = csv_delimiter(text)
    spans: list[tuple[int, int]] = []
    reader = csv.reader(_csv_records(text, delimiter, spans), delimiter=delimiter, strict=True)
    try:
        header = [h.strip().lower() if lower else h.strip() for h in next(reader)]
    except (csv.Error, StopIteration) as e:
        raise UnusableFile(path, f"is not CSV ({e})", 1) from None
    duplicated = sorted({h for h in header if header.count(h) > 1 and h})
    if duplicated:
        raise UnusableFile(path, f"the header row names {', '.join(duplicated)} more than once", 1)
    rows: list[_Row] = []
    while True:
        try:
            values = next(reader)
        except StopIteration:
            break
        except csv.Error as e:
            first, last = spans[-1]
            rows.append(_Row(first, ValueError(_csv_error(e, first, last))))
            continue
        start = spans[-1][0]
        if not any(v.strip() for v in values):
            continue
        if len(values) > len(header):
            rows.append(_Row(start, ValueError(said("has {cells} cells but the header has {columns} columns",
                                                         cells=len(values), columns=len(header)))))
            continue
        rows.append(_Row(start, {h: v for h, v in zip(header, values) if h and v.strip() != ""}))
    return header, rows


def _csv_error(error: csv.Error, first: int, last: int) -> str:
    what = str(error)
    if "field larger than field limit" in what:
        what = said("a cell is longer than {limit:,} characters", limit=csv.field_size_limit())
    elif "unexpected end of data" in what or (last > first and "EOF" in what):
        what = said("a quoted cell opened here is never closed (lines {first}-{last})", first=first, last=last)
    elif "expected after" in what:
        what = said('a quoted cell goes on after its closing quote (write "" for a quote inside a cell)')
    return said("malformed CSV: {what}; this row is skipped, the rows after it are read", what=what)


def missing_columns(header: list[str], required) -> list[str]:
    return [c for c in required if c not in header]


def _csv_rows(path: Path, text: str, kind: RecordKind) -> tuple[list[str], list[_Row]]:
    header, rows = csv_table(path, text)
    if len(header) < 2 or not any(h in kind.field_names for h in header):
        raise UnusableFile(path, f"is not a {kind.name} CSV: the header row names none of the fields "
                                 f"({', '.join(f.name for f in kind.fields)})", 1)
    missing = missing_columns(header, [f.name for f in kind.fields if f.required])
    if missing:
        raise UnusableFile(path, f"the header row has no column {', '.join(repr(m) for m in missing)} (required)", 1)
    return header, rows


@dataclass
class _File:
    rows: list[_Row]
    encoding: str = "UTF-8"
    unknown_columns: list[str] = field(default_factory=list)


def read_file(path: Path, kind: RecordKind) -> _File:
    """The rows of one file with their line numbers; UnusableFile when the file as a whole cannot be used."""
    suffix = path.suffix.lower()
    if suffix not in JSON_SUFFIXES | CSV_SUFFIXES:
        raise UnusableFile(path, f"has an unknown file type {suffix or '(none)'!r}: use .jsonl or .csv")
    text, encoding = read_text_file(path)
    if suffix in JSON_SUFFIXES:
        return _File(_json_rows(path, text), encoding)
    header, rows = _csv_rows(path, text, kind)
    return _File(rows, encoding, [h for h in header if h and h not in kind.field_names and h != "id"])


def read_rows(path: Path, kind: RecordKind) -> list[_Row]:
    return read_file(path, kind).rows


def import_records(
    archive: Archive,
    kind_name: str,
    paths: list[Path],
    *,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> ImportReport:
    """Import files of one kind. Raises UnusableFile (nothing changed) if any file cannot be used."""
    if kind_name not in IMPORT_KINDS:
        raise ValueError(f"unknown kind {kind_name!r}: use one of {', '.join(IMPORT_KINDS)}")
    kind = IMPORT_KINDS[kind_name]
    files = [(Path(p), read_file(Path(p), kind)) for p in paths]
    report = ImportReport()
    total = sum(len(f.rows) for _, f in files)
    done = 0
    for path, read in files:
        if cancelled and cancelled():
            break
        _note_file(report, path, read)
        _import_file(archive, kind, path, read.rows, report)
        done += len(read.rows)
        if progress:
            progress(done, total)
    return report


def _note_file(report: ImportReport, path: Path, read: _File) -> None:
    """Say how the file was read when it was not plain UTF-8, and which columns are not fields."""
    if read.encoding != "UTF-8":
        report.encodings[str(path)] = read.encoding
        how = "Excel's \"CSV\" on Persian Windows" if read.encoding == CP1256 else "Excel's \"Unicode text\""
        report.warnings.append(ImportProblem(str(path), None, None, said("read as {encoding} ({how}), not UTF-8",
                                                                         encoding=read.encoding, how=how)))
    for name in read.unknown_columns:
        report.warnings.append(ImportProblem(str(path), 1, None, unknown_field_warning(name)))


def _import_file(archive: Archive, kind: RecordKind, path: Path, rows: list[_Row], report: ImportReport) -> None:
    name = str(path)
    valid: list[tuple[int, dict]] = []
    first_line_of_ref: dict[str, int] = {}
    warned: set[str] = {w.message for w in report.warnings if w.file == name}
    for row in rows:
        if isinstance(row.raw, ValueError):
            report.rejected += 1
            report.errors.append(ImportProblem(name, row.line, None, said_of(row.raw) or str(row.raw)))
            continue
        if not isinstance(row.raw, dict):
            report.rejected += 1
            report.errors.append(ImportProblem(name, row.line, None, said("expected a JSON object, got {what}",
                                                                            what=type(row.raw).__name__)))
            continue
        try:
            clean, warnings = clean_record(kind, row.raw)
        except RecordError as e:
            report.rejected += 1
            report.errors += [ImportProblem(name, row.line, p.field, p.message) for p in e.problems]
            continue
        for w in warnings:
            if w not in warned:  # once per file, not once per line
                warned.add(w)
                report.warnings.append(ImportProblem(name, row.line, None, w))
        ref = clean.get("ref")
        if ref:
            if ref in first_line_of_ref:
                report.rejected += 1
                report.errors.append(ImportProblem(name, row.line, "ref", said("{ref!r} appears again in this file (first on line "
                                                                             "{line})", ref=ref, line=first_line_of_ref[ref])))
                continue
            first_line_of_ref[ref] = row.line
        valid.append((row.line, clean))

    now = now_utc()
    with write_transaction(archive.db):
        event_refs = {c["event_ref"] for _, c in valid if c.get("event_ref")}
        event_ids = store.event_ids_for_refs(archive.db, event_refs) if event_refs else {}
        existing = store.find_by_refs(archive.db, kind, [c["ref"] for _, c in valid if c.get("ref")])
        new_rows, new_lines = [], []
        imported = updated = unchanged = 0
        for line, clean in valid:
            ref = clean.get("ref")
            try:
                columns = to_columns(archive, kind, clean, event_ids)
            except RecordError as e:
                report.rejected += 1
                report.errors += [ImportProblem(name, line, p.field, p.message) for p in e.problems]
                continue
            current = existing.get(ref) if ref else None
            if current is None:
                new_rows.append(columns)
                new_lines.append(line)
                continue
            before = public_fields(kind, current)
            changed = {n: v for n, v in clean.items() if before.get(n) != v}
            if not changed:
                unchanged += 1
                continue
            store.update_record(archive.db, kind, current["id"], to_columns(archive, kind, changed, event_ids),
                                archive.user, now)
            audit.append(archive.db, at=now, user=archive.user, action="edit", type_=kind.search_type,
                         record_id=current["id"], before={n: before.get(n) for n in changed}, after=changed,
                         note=f"import {path.name} line {line}")
            report.changes.add("edited", kind.search_type, [current["id"]])
            updated += 1
        new_ids = store.insert_records(archive.db, kind, new_rows, archive.user, now)
        imported = len(new_ids)
        if new_ids or updated:
            audit.append(archive.db, at=now, user=archive.user, action="import", type_=kind.search_type,
                         note=f"{path.name}: imported {imported}, updated {updated}")
    report.changes.add("added", kind.search_type, new_ids)
    report.imported += imported
    report.updated += updated
    report.unchanged += unchanged
