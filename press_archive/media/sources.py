"""Finding the photos an import names: files, folders (searched recursively) and zip archives.

Nothing is extracted to disk: a zip entry is read by the worker straight from the archive file. Entries that
would escape the zip's folder (`..`, absolute paths, drive letters), symbolic links, encrypted entries and
entries compressed beyond any photo's ratio (zip bombs) are refused with a reason.
"""

from __future__ import annotations

import os
import stat
import zipfile
from dataclasses import dataclass, replace
from pathlib import PurePosixPath

from press_archive.domain.messages import said
from press_archive.media.formats import IGNORED_NAMES, PHOTO_SUFFIXES, RAW_SUFFIXES

MAX_FILE_BYTES = 1024 * 1024 * 1024  # a single photo larger than this is refused (the worker holds it in memory)
MAX_ZIP_RATIO = 100  # photos barely compress; 100:1 is a bomb, not a JPEG
MAX_ZIP_ENTRIES = 100_000
MAX_ZIP_TOTAL = 200 * 1024 * 1024 * 1024


@dataclass(frozen=True)
class Source:
    """One file to import: a path, or entry `member` (index `index` in the central directory) of a zip."""

    path: str
    display: str  # how messages name it: the path, or "photos.zip!/folder/a.jpg"
    size: int
    member: str | None = None
    index: int | None = None
    member_text: str | None = None  # the entry's name as people read it (see _member_text)
    twin: "Source | None" = None  # the raw file shot with this JPEG (same folder, same name stem)

    @property
    def name(self) -> str:
        """The file's own name (last part), as the photographer gave it."""
        if self.member is not None:
            return PurePosixPath((self.member_text or self.member).replace("\\", "/")).name
        return os.path.basename(self.path)


@dataclass
class Refusal:
    display: str
    message: str


@dataclass
class Found:
    sources: list[Source]
    refused: list[Refusal]  # files that are photos by name but cannot be imported at all
    skipped: list[str]  # files that are not photos (raw files, documents): named, not counted as errors


class UnusablePath(ValueError):
    """A PATH that names nothing usable (missing, not a folder/file): the whole call is refused."""


def readable_name(name: str) -> str:
    """A file name as text: bytes that are not UTF-8 (an old camera, a Windows zip) become U+FFFD."""
    return os.fsencode(name).decode("utf-8", "replace")


def display_path(path: str | os.PathLike) -> str:
    """A path as messages show it: undecodable bytes replaced, bidi controls shown as escapes so a name
    with a right-to-left override cannot disguise itself in a terminal."""
    text = readable_name(os.fspath(path))
    return "".join(f"\\u{ord(c):04x}" if 0x202A <= ord(c) <= 0x202E or 0x2066 <= ord(c) <= 0x2069 else c
                   for c in text)


def _hidden(name: str) -> bool:
    return name.startswith(".") or name.lower() in IGNORED_NAMES


def _is_zip(path: str) -> bool:
    return path.lower().endswith(".zip")


def _unsafe_member(name: str) -> str | None:
    if "\x00" in name:
        return said("refused: its name holds a NUL byte")
    norm = name.replace("\\", "/")
    if norm.startswith("/") or (len(norm) > 1 and norm[1] == ":"):
        return said("refused: its path is absolute (it would escape the zip's folder)")
    if ".." in norm.split("/"):
        return said("refused: its path holds '..' (it would escape the zip's folder)")
    return None


def _member_text(info: zipfile.ZipInfo) -> str:
    """An entry's name: zips made without the UTF-8 flag often hold UTF-8 names anyway (Python reads them as
    cp437, which turns Persian names into noise); those are read as UTF-8."""
    if info.flag_bits & 0x800:
        return info.filename
    try:
        return info.filename.encode("cp437").decode("utf-8")
    except (UnicodeEncodeError, UnicodeDecodeError):
        return info.filename


def zip_sources(path: str, display: str, found: Found) -> None:
    try:
        with zipfile.ZipFile(path) as archive:
            infos = archive.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError, EOFError) as e:
        found.refused.append(Refusal(display, said("cannot be read as a zip archive: {reason}", reason=str(e))))
        return
    if len(infos) > MAX_ZIP_ENTRIES:
        found.refused.append(Refusal(display, said("refused: the zip holds {count} entries (limit {most})",
                                                     count=len(infos), most=MAX_ZIP_ENTRIES)))
        return
    total = 0
    for index, info in enumerate(infos):
        name = info.filename
        text = _member_text(info)
        shown = f"{display}!/{display_path(text)}"
        if info.is_dir():
            continue
        parts = name.replace("\\", "/").split("/")
        if "__MACOSX" in parts or _hidden(parts[-1]):
            continue
        mode = info.external_attr >> 16
        suffix = PurePosixPath(parts[-1]).suffix.lower()
        if suffix not in _WANTED and not stat.S_ISLNK(mode) and not _unsafe_member(name):
            found.skipped.append(shown)
            continue
        if problem := _unsafe_member(name):
            found.refused.append(Refusal(shown, problem))
            continue
        if stat.S_ISLNK(mode):
            found.refused.append(Refusal(shown, said("refused: the zip entry is a symbolic link")))
            continue
        if info.flag_bits & 0x1:
            found.refused.append(Refusal(shown, said("refused: the zip entry is encrypted")))
            continue
        if info.file_size > MAX_FILE_BYTES:
            found.refused.append(Refusal(shown, _too_large(info.file_size)))
            continue
        if info.file_size > 1024 * 1024 and info.file_size > MAX_ZIP_RATIO * max(info.compress_size, 1):
            ratio = info.file_size // max(info.compress_size, 1)
            found.refused.append(Refusal(
                shown, said("refused: compressed {ratio}:1, far beyond any photo (a zip bomb?)", ratio=ratio)))
            continue
        total += info.file_size
        if total > MAX_ZIP_TOTAL:
            found.refused.append(Refusal(display, said(
                "refused: the zip unpacks to more than {gigabytes} GB (a zip bomb?)", gigabytes=MAX_ZIP_TOTAL // 2**30)))
            return
        found.sources.append(Source(path, shown, info.file_size, member=name, index=index, member_text=text))


def _too_large(size: int):
    return said("refused: {megabytes} MB is larger than any photo (limit {most} MB)", megabytes=size // 2**20,
                most=MAX_FILE_BYTES // 2**20)


def _file_source(path: str, found: Found, *, explicit: bool) -> None:
    shown = display_path(path)
    try:
        st = os.stat(path)
    except OSError as e:
        found.refused.append(Refusal(shown, said("cannot be read: {reason}", reason=e.strerror or str(e))))
        return
    if not stat.S_ISREG(st.st_mode):
        found.refused.append(Refusal(shown, said("refused: not a regular file (a device, pipe or socket)")))
        return
    if _is_zip(path):
        zip_sources(path, shown, found)
        return
    suffix = os.path.splitext(path)[1].lower()
    if not explicit and suffix not in _WANTED:
        found.skipped.append(shown)
        return
    if st.st_size > MAX_FILE_BYTES:
        found.refused.append(Refusal(shown, _too_large(st.st_size)))
        return
    found.sources.append(Source(path, shown, st.st_size))


_WANTED = PHOTO_SUFFIXES | RAW_SUFFIXES


def _stem_key(source: Source) -> tuple[str, str, str]:
    """(zip file, folder, name stem) of a source, to find the raw file shot beside a JPEG."""
    if source.member is not None:
        folder, name = os.path.split(source.member.replace("\\", "/"))
        return source.path, folder, os.path.splitext(name)[0].casefold()
    folder, name = os.path.split(source.path)
    return "", folder, os.path.splitext(name)[0].casefold()


def pair_raw_twins(sources: list[Source]) -> list[Source]:
    """A raw file and a photo with the same name stem in the same folder (RAW+JPEG shooting) become one source:
    the photo, with the raw file as its twin. Whether they were really shot together (the same capture time) is
    checked when they are read."""
    groups: dict[tuple[str, str, str], list[Source]] = {}
    for source in sources:
        groups.setdefault(_stem_key(source), []).append(source)
    paired: dict[Source, Source] = {}
    for members in groups.values():
        raws = [s for s in members if os.path.splitext(s.name)[1].lower() in RAW_SUFFIXES]
        others = [s for s in members if s not in raws]
        if len(raws) == 1 and len(others) == 1:
            paired[others[0]] = raws[0]
    twins = set(paired.values())
    return [replace(s, twin=paired[s]) if s in paired else s for s in sources if s not in twins]


def find_sources(paths: list[str | os.PathLike]) -> Found:
    """Every photo the PATHs name, in a stable order (folders walked in name order); raw files beside their JPEG
    twins travel with them."""
    found = Found([], [], [])
    for raw in paths:
        path = os.fspath(raw)
        if not os.path.lexists(path):
            raise UnusablePath(said("{path}: no such file or folder", path=display_path(path)))
        if os.path.isdir(path):
            def unreadable(e: OSError) -> None:
                found.refused.append(Refusal(display_path(e.filename or path),
                                             said("this folder cannot be read: {reason}", reason=e.strerror or str(e))))

            for folder, dirs, files in os.walk(path, onerror=unreadable):
                dirs[:] = sorted(d for d in dirs if not _hidden(d))
                for name in sorted(files):
                    if _hidden(name):
                        continue
                    _file_source(os.path.join(folder, name), found, explicit=False)
        else:
            _file_source(path, found, explicit=True)
    found.sources = pair_raw_twins(found.sources)
    return found


def raw_file_note(skipped: list[str]) -> str | None:
    raws = [s for s in skipped if os.path.splitext(s)[1].lower() in RAW_SUFFIXES]
    if raws:
        return f"{len(raws)} camera raw files were skipped"
    return None


def read_source(source: Source, limit: int = MAX_FILE_BYTES) -> bytes:
    """The whole file (or zip entry), read once; OSError / ValueError say what went wrong."""
    if source.member is None:
        with open(source.path, "rb") as f:
            # read(n) reserves n bytes up front: ask for what the file holds (plus one, to see it grew)
            size = os.fstat(f.fileno()).st_size
            data = f.read(min(size, limit) + 1)
            if len(data) == min(size, limit) + 1 and len(data) <= limit:  # it grew while we read: take the rest
                data += f.read(limit + 1 - len(data))
        if len(data) > limit:
            raise ValueError(said("refused: larger than any photo (limit {megabytes} MB)", megabytes=limit // 2**20))
        return data
    with zipfile.ZipFile(source.path) as archive:
        info = archive.infolist()[source.index]
        if info.filename != source.member:
            raise ValueError(said("the zip archive changed while it was being imported"))
        with archive.open(info) as f:
            data = f.read(min(limit, info.file_size) + 1)
        if len(data) > info.file_size:
            raise ValueError(said("refused: the zip entry unpacks to more than its header says (a zip bomb?)"))
        return data
