"""Writing the archive's caption, keywords, photographer, place and date into exported copies, with exiftool.

Values go as UTF-8 IPTC-IIM (with 1:90 set, so Photo Mechanic and agencies' systems read Persian correctly)
and as XMP. They travel in a JSON file (`-j=`), which exiftool takes byte for byte (its argument files' C-string
lines add backslashes before `@` and `$`); the commands go in an argument file (`-@`) with
`-charset filename=utf8`, never through a shell, so Persian text, quotes, newlines and odd file names are safe. All files go to
one exiftool run (`-execute` between them); each is written in place with `-overwrite_original`, and only
ever a copy is named. ExifTool is the Debian package libimage-exiftool-perl.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import tempfile
from dataclasses import dataclass
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
    """What changes in one exported file. None leaves a field as the original has it (Photo Mechanic's rule:
    what the user did not change stays exactly as the camera or the editor wrote it); "" or [] removes it."""

    caption: str | None = None
    title: str | None = None
    keywords: list[str] | None = None
    photographer: str | None = None
    place: str | None = None
    people: list[str] | None = None
    date: str | None = None  # ISO capture date or date-time, written only where the original has no date
    date_in_iptc: bool = True
    date_in_xmp: bool = True
    rating: int | None = None
    iptc_charset: str = "utf-8"  # how the original's IPTC text is encoded ("utf-8", "cp1252", "cp1256")
    xmp_only: bool = False  # an XMP sidecar: no IPTC


_IPTC_TIMES = ("IPTC:TimeCreated", "IPTC:DigitalCreationTime", "IPTC:ReleaseTime", "IPTC:ExpirationTime",
               "IPTC:TimeSent")
_EXIFTOOL_CHARSET = {"utf-8": "UTF8", "cp1252": "Latin", "cp1256": "Arabic"}


def _date_values(fields: EmbeddedFields) -> dict:
    """IPTC DateCreated/TimeCreated and XMP photoshop:DateCreated from the photo's own capture time. The IPTC
    time needs a UTC offset: written only with the photo's own (never the exporting machine's)."""
    iso = fields.date
    out: dict = {}
    day = iso[:10]
    m = re.fullmatch(r"(\d{2}:\d{2}:\d{2})(\.\d+)?([+-]\d{2}:\d{2})?", iso[11:]) if len(iso) > 10 else None
    if fields.date_in_iptc:
        out["IPTC:DateCreated"] = day.replace("-", ":")
        if m and m[3]:
            out["IPTC:TimeCreated"] = m[1] + m[3]
    if fields.date_in_xmp:
        out["XMP-photoshop:DateCreated"] = day if not m else day + "T" + m[1] + (m[2] or "") + (m[3] or "")
    return out


def tag_values(fields: EmbeddedFields) -> tuple[dict, list[str]]:
    """(tag -> value for the JSON exiftool reads, tags to delete). Values travel as JSON, so exiftool takes
    them byte for byte: no argument escaping ("info@city.ir $5" stays so)."""
    values: dict = {"IPTC:CodedCharacterSet": "UTF8"}
    deletes: list[str] = []

    def put(tags: tuple[str, ...], value) -> None:
        if value is None:
            return
        for tag in tags:
            if value in ("", []):
                deletes.append(tag)
            else:
                values[tag] = value

    put(("IPTC:Caption-Abstract", "XMP-dc:Description"), fields.caption)
    put(("IPTC:ObjectName", "XMP-dc:Title"), fields.title)
    put(("IPTC:By-line", "XMP-dc:Creator"), fields.photographer)
    put(("IPTC:Sub-location", "XMP-iptcCore:Location"), fields.place)
    put(("IPTC:Keywords", "XMP-dc:Subject"), None if fields.keywords is None else list(fields.keywords))
    put(("XMP-iptcExt:PersonInImage",), None if fields.people is None else list(fields.people))
    if fields.date:
        values.update(_date_values(fields))
    if fields.rating is not None:
        put(("XMP-xmp:Rating",), str(int(fields.rating)) if fields.rating else "")
    if fields.xmp_only:
        values = {k: v for k, v in values.items() if k.startswith("XMP")}
        deletes = [t for t in deletes if t.startswith("XMP")]
    return values, deletes


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
    entries: list[dict] = []
    with tempfile.TemporaryDirectory(prefix="exiftool-", dir=tmp_dir) as work:
        values_file = os.path.join(work, "values.json")
        for number, (path, fields) in enumerate(jobs, start=1):
            name = _file_line(Path(path).absolute())
            values, deletes = tag_values(fields)
            entries.append({"SourceFile": name, **values})
            if number > 1:
                lines.append("-execute")
            lines += ["-echo3", f"=== {number}", "-echo4", f"=== {number}"]
            if fields.iptc_charset != "utf-8" and not fields.xmp_only:
                # Every old IPTC text field is read in its own charset and written again as UTF-8 under 1:90, so
                # no Latin-1 or cp1256 byte is left behind a UTF-8 declaration. Left out of that copy: the
                # fields written anew (a copied list would be added to, not replaced) and the times, which are
                # ASCII and which exiftool would give the exporting machine's time zone.
                lines += ["-charset", f"iptc={_EXIFTOOL_CHARSET.get(fields.iptc_charset, 'Latin')}",
                          "-tagsFromFile", "@", "-1IPTC:all"]
                lines += [f"--{tag}" for tag in list(values) + deletes + list(_IPTC_TIMES) if tag.startswith("IPTC:")]
            lines.append(f"-j={values_file}")
            lines += [f"-{tag}=" for tag in deletes]
            lines.append(name)
        with open(values_file, "w", encoding="utf-8") as f:
            json.dump(entries, f, ensure_ascii=False)
        argfile = os.path.join(work, "commands.args")
        with open(argfile, "w", encoding="utf-8") as f:
            f.write("\n".join(lines) + "\n")
        done = subprocess.run(
            [command, "-@", argfile, "-common_args", "-charset", "filename=utf8", "-overwrite_original", "-m"],
            capture_output=True, timeout=timeout or 60 + 2 * len(jobs),
        )
    out = done.stdout.decode("utf-8", "replace")
    err = done.stderr.decode("utf-8", "replace")
    results: dict[Path, str | None] = {}
    out_blocks, err_blocks = _blocks(out), _blocks(err)
    for number, (path, _fields) in enumerate(jobs, start=1):
        stdout, stderr = out_blocks.get(number, ""), err_blocks.get(number, "")
        # With a JSON input exiftool prints its summary on stderr.
        if re.search(r"^\s*1 image files? (updated|unchanged|created)", stdout + stderr, re.M):
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
    command = exiftool_command()
    done = subprocess.run([command, "-j", "-G1", "-charset", "iptc=UTF8", "-charset", "filename=utf8",
                           os.fspath(path)], capture_output=True, timeout=60)
    data = json.loads(done.stdout.decode("utf-8") or "[]")
    return data[0] if data else {}
