"""Writing the archive's caption, keywords, photographer, place and date into exported copies, with exiftool.

Values go as UTF-8 IPTC-IIM (with 1:90 set, so Photo Mechanic and agencies' systems read Persian correctly)
and as XMP. They are passed through an argument file (`-@`) with `-charset filename=utf8`, never through a
shell or the command line, so Persian text, quotes, newlines and odd file names are all safe. All files go to
one exiftool run (`-execute` between them); each is written in place with `-overwrite_original`, and only
ever a copy is named. ExifTool is the Debian package libimage-exiftool-perl.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

EXIFTOOL_PACKAGE = "libimage-exiftool-perl"
_MARK = re.compile(r"^=== (\d+)$", re.M)


class ExiftoolMissing(RuntimeError):
    def __init__(self):
        super().__init__("exiftool is not installed; it writes the metadata into exported photos. "
                         f"Install it (Debian/Ubuntu: apt install {EXIFTOOL_PACKAGE}; elsewhere: exiftool.org)")


def exiftool_command() -> str:
    found = os.environ.get("PRESS_ARCHIVE_EXIFTOOL") or shutil.which("exiftool")
    if not found:
        raise ExiftoolMissing()
    return found


@dataclass
class EmbeddedFields:
    """What goes into one exported file."""

    caption: str | None = None
    title: str | None = None
    keywords: list[str] = field(default_factory=list)
    photographer: str | None = None
    place: str | None = None
    people: list[str] = field(default_factory=list)
    date: str | None = None  # ISO date or date-time
    rating: int = 0


def _cstr(value: str) -> str:
    """A value as exiftool's "#[CSTR]" argument-file line takes it (C escapes: newlines stay newlines)."""
    value = value.replace("\r\n", "\n").replace("\r", "\n")
    return (value.replace("\\", "\\\\").replace("\n", "\\n").replace("\t", "\\t")
            .replace('"', '\\"'))


def tag_arguments(fields: EmbeddedFields) -> list[str]:
    args = ["-IPTC:CodedCharacterSet=UTF8"]

    def put(tags: tuple[str, ...], value: str | None) -> None:
        if value:
            args.extend(f"#[CSTR]-{tag}={_cstr(value)}" for tag in tags)

    put(("IPTC:Caption-Abstract", "XMP-dc:Description"), fields.caption)
    put(("IPTC:ObjectName", "XMP-dc:Title"), fields.title)
    put(("IPTC:By-line", "XMP-dc:Creator"), fields.photographer)
    put(("IPTC:Sub-location", "XMP-iptcCore:Location"), fields.place)
    for keyword in fields.keywords:
        put(("IPTC:Keywords", "XMP-dc:Subject"), keyword)
    for person in fields.people:
        put(("XMP-iptcExt:PersonInImage",), person)
    if fields.date:
        day = fields.date[:10].replace("-", ":")
        put(("IPTC:DateCreated",), day)
        if len(fields.date) > 10:
            put(("IPTC:TimeCreated",), fields.date[11:19])
            put(("XMP-photoshop:DateCreated",), f"{day} {fields.date[11:19]}")
        else:
            put(("XMP-photoshop:DateCreated",), day)
    if fields.rating:
        put(("XMP-xmp:Rating",), str(int(fields.rating)))
    return args


def _file_line(path: Path) -> str:
    name = os.fspath(path)
    if "\n" in name or "\r" in name:
        raise ValueError(f"{name!r}: a file name with a line break cannot be passed to exiftool")
    return name


def write_fields(jobs: list[tuple[Path, EmbeddedFields]], *, tmp_dir: Path | None = None,
                 timeout: float | None = None) -> dict[Path, str | None]:
    """Write each job's fields into its file in place. Returns file -> None (written) or what went wrong."""
    if not jobs:
        return {}
    command = exiftool_command()
    lines: list[str] = []
    for number, (path, fields) in enumerate(jobs, start=1):
        if number > 1:
            lines.append("-execute")
        lines += ["-echo3", f"=== {number}", "-echo4", f"=== {number}"]
        lines += tag_arguments(fields)
        lines.append(_file_line(Path(path).absolute()))
    with tempfile.NamedTemporaryFile("w", encoding="utf-8", suffix=".args", delete=False, dir=tmp_dir) as argfile:
        argfile.write("\n".join(lines) + "\n")
    try:
        done = subprocess.run(
            [command, "-@", argfile.name, "-common_args", "-charset", "filename=utf8", "-charset", "iptc=UTF8",
             "-overwrite_original", "-m"],
            capture_output=True, timeout=timeout or 60 + 2 * len(jobs),
        )
    finally:
        os.unlink(argfile.name)
    out = done.stdout.decode("utf-8", "replace")
    err = done.stderr.decode("utf-8", "replace")
    results: dict[Path, str | None] = {}
    out_blocks, err_blocks = _blocks(out), _blocks(err)
    for number, (path, _fields) in enumerate(jobs, start=1):
        stdout, stderr = out_blocks.get(number, ""), err_blocks.get(number, "")
        if re.search(r"^\s*1 image files? updated", stdout, re.M):
            results[path] = None
        else:
            problem = " ".join(line.strip() for line in stderr.splitlines() if line.strip().startswith("Error"))
            results[path] = problem or f"exiftool did not update the file (exit code {done.returncode})"
    return results


def _blocks(text: str) -> dict[int, str]:
    """Output split at the "=== N" lines echoed after each command."""
    blocks: dict[int, str] = {}
    start = 0
    for m in _MARK.finditer(text):
        blocks[int(m.group(1))] = text[start:m.start()]
        start = m.end()
    return blocks


def read_fields(path: Path) -> dict:
    """Everything exiftool reads from a file (as JSON), for tests and for checking an export."""
    import json

    command = exiftool_command()
    done = subprocess.run([command, "-j", "-G1", "-charset", "iptc=UTF8", "-charset", "filename=utf8",
                           os.fspath(path)], capture_output=True, timeout=60)
    data = json.loads(done.stdout.decode("utf-8") or "[]")
    return data[0] if data else {}
