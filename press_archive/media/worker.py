"""The work on one photo file, done in a worker process: read once, hash, check, decode, copy, verify.

The file (or zip entry) is read into memory once. Its SHA-256 says whether the archive already holds these
bytes (then nothing else is done); otherwise it is decoded once at preview scale, its copy is written into the
archive's tmp folder, flushed to disk and read back to check the hash, and the preview and thumbnail are
written beside it. The parent process moves the verified files into place and writes the database rows, so a
worker killed at any moment leaves nothing but files in the import's own tmp folder.

Every outcome is a plain dict (it crosses a process boundary): `status` is "ok", "duplicate", "rejected",
"disk_full" or "failed" (the archive could not be written), with a plain-words `message` when not "ok".
"""

from __future__ import annotations

import errno
import hashlib
import os
import threading
import warnings
import zipfile
import zlib
from dataclasses import dataclass

from press_archive.domain.messages import said, said_of
from press_archive.media import jpeg, raw
from press_archive.media.formats import STORED_SUFFIX, describe_non_image, sniff
from press_archive.media.metadata import configure_legacy_charset
from press_archive.media.render import Unreadable, configure_decoder, register_heif, render
from press_archive.media.sources import Source, read_source

_DISK_FULL = {errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)}


@dataclass(frozen=True)
class Task:
    source: Source
    tmp_prefix: str  # the worker writes tmp_prefix + ".original", ".256.jpg" and ".1024.jpg"

    @property
    def original_tmp(self) -> str:
        return self.tmp_prefix + ".original"

    @property
    def thumbnail_tmp(self) -> str:
        return self.tmp_prefix + ".256.jpg"

    @property
    def preview_tmp(self) -> str:
        return self.tmp_prefix + ".1024.jpg"

    def tmp_files(self) -> tuple[str, ...]:
        twin = self.tmp_prefix + ".twin"
        return (self.original_tmp, self.thumbnail_tmp, self.preview_tmp,
                twin + ".original", twin + ".256.jpg", twin + ".1024.jpg")

    def twin_task(self) -> "Task":
        """Where the raw twin's files go (its copy, and its thumbnails when it is a photo of its own)."""
        return Task(self.source.twin or self.source, self.tmp_prefix + ".twin")


_known: bytes | None = None  # sorted SHA-256 digests of the originals already in the archive
_KNOWN_WIDTH = 32


def write_known_hashes(path: str, sha256s) -> None:
    """The parent writes the archive's hashes for its workers (they never open the database); `sha256s` come
    sorted (storage sorts them), and the workers search them by halves."""
    with open(path, "wb") as f:
        f.write(b"".join(bytes.fromhex(sha) for sha in sha256s))


def init_worker(legacy_charset: str | None = None, known_hashes: str | None = None) -> None:
    """Run once in each worker: decoder limits, the archive's legacy text charset, and the hashes of the
    originals already in the archive (a file the parent wrote; duplicates are then never decoded)."""
    global _known
    configure_decoder()
    configure_legacy_charset(legacy_charset)
    _known = None
    if known_hashes:
        try:
            with open(known_hashes, "rb") as f:
                _known = f.read()
        except OSError:
            _known = None  # only a shortcut: the parent checks every hash again when it writes the row


def _known_photo(sha256: str) -> bool:
    """Whether the archive held these bytes when the import started (the parent names the photo)."""
    if not _known:
        return False
    digest = bytes.fromhex(sha256)
    lo, hi = 0, len(_known) // _KNOWN_WIDTH
    while lo < hi:
        mid = (lo + hi) // 2
        if _known[mid * _KNOWN_WIDTH:(mid + 1) * _KNOWN_WIDTH] < digest:
            lo = mid + 1
        else:
            hi = mid
    return _known[lo * _KNOWN_WIDTH:(lo + 1) * _KNOWN_WIDTH] == digest


def _rejected(message: str, **extra) -> dict:
    return {"status": "rejected", "message": message, **extra}


def _read_failure(e: BaseException) -> str:
    if isinstance(e, FileNotFoundError):
        return said("the file disappeared before it could be read")
    if isinstance(e, PermissionError):
        return said("cannot be read: permission denied")
    if isinstance(e, IsADirectoryError):
        return said("cannot be read: it is now a folder")
    if isinstance(e, (zipfile.BadZipFile, zlib.error, EOFError)):
        return said("the zip entry is damaged: {reason}", reason=str(e))
    if isinstance(e, NotImplementedError):
        return said("the zip entry cannot be unpacked: {reason}", reason=str(e))
    if isinstance(e, RuntimeError):
        return said("the zip entry cannot be read: {reason}", reason=str(e))
    if isinstance(e, OSError):
        return said("cannot be read: {reason}", reason=e.strerror or str(e))
    return said_of(e) or str(e)


def write_verified(path: str, data: bytes, sha256: str) -> None:
    """Write `data` to a new file, flush it to disk, read it back and compare hashes."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o600)
    with os.fdopen(fd, "wb") as f:
        f.write(data)
        f.flush()
        os.fsync(f.fileno())
    digest = hashlib.sha256()
    with open(path, "rb") as f:
        while chunk := f.read(1 << 20):
            digest.update(chunk)
    if digest.hexdigest() != sha256:
        raise OSError(errno.EIO, "the copy in the archive does not match the original (a disk or memory fault?)")


class _Copier(threading.Thread):
    def __init__(self, path: str, data: bytes, sha256: str):
        super().__init__(daemon=True)
        self.path, self.data, self.sha256 = path, data, sha256
        self.error: OSError | None = None

    def run(self) -> None:
        try:
            write_verified(self.path, self.data, self.sha256)
        except OSError as e:
            self.error = e


def _write(path: str, data: bytes) -> None:
    with open(path, "xb") as f:
        f.write(data)


def _unlink_quietly(paths) -> None:
    for path in paths:
        try:
            os.unlink(path)
        except OSError:
            pass


def process_file(task: Task) -> dict:
    """Everything about one file (and its raw twin), in the worker. Never raises for a bad file: it says what is
    wrong. A twin shot at the same moment comes back as result["twin"] = {"status": "paired", ...} (its verified
    copy at task.twin_task().original_tmp); one with another capture time is a photo of its own ("separate")."""
    result = _process_one(task, task.source)
    if task.source.twin is not None and result["status"] in ("ok", "duplicate"):
        captured = result["metadata"].get("captured_at") if result["status"] == "ok" else None
        result["twin"] = _process_twin(task.twin_task(), captured)
    return result


def _process_twin(task: Task, captured_at: str | None) -> dict:
    source = task.source
    try:
        data = read_source(source)
    except (OSError, ValueError, zipfile.BadZipFile, zlib.error, EOFError, NotImplementedError, RuntimeError) as e:
        return _rejected(_read_failure(e), file=source.display)
    own = raw.capture_time(data) if raw.is_raw(source.name, data[:64]) else None
    if own and captured_at and own[:19] != captured_at[:19]:
        separate = _process_one(task, source, data)
        return {**separate, "status": "separate" if separate["status"] == "ok" else separate["status"],
                "file": source.display}
    sha256 = hashlib.sha256(data).hexdigest()
    if _known_photo(sha256):
        return {"status": "duplicate", "sha256": sha256, "file": source.display}
    try:
        write_verified(task.original_tmp, data, sha256)
    except OSError as e:
        _unlink_quietly([task.original_tmp])
        if e.errno in _DISK_FULL:
            return {"status": "disk_full", "message": said("the archive's disk is full")}
        return {"status": "failed", "message": said("could not write the copy into the archive: {reason}",
                                                      reason=e.strerror or str(e))}
    return {"status": "paired", "sha256": sha256, "size": len(data), "file": source.display,
            "suffix": os.path.splitext(source.name)[1].lower(), "format": os.path.splitext(source.name)[1][1:].upper(),
            "name": source.name}


def _process_one(task: Task, source: Source, data: bytes | None = None) -> dict:
    try:
        if data is None:
            data = read_source(source)
    except (OSError, ValueError, zipfile.BadZipFile, zlib.error, EOFError, NotImplementedError, RuntimeError) as e:
        return _rejected(_read_failure(e))
    sha256 = hashlib.sha256(data).hexdigest()
    if _known_photo(sha256):
        return {"status": "duplicate", "sha256": sha256, "size": len(data)}

    is_raw = raw.is_raw(source.name, data[:64])
    fmt = "RAW" if is_raw else sniff(data[:64])
    if fmt is None:
        return _rejected(describe_non_image(data))
    if fmt in ("HEIC", "HEIF") and not register_heif():
        return _rejected(said("unsupported format: {format} (Apple/Android high-efficiency photo) cannot be decoded "
                              "here; export it as JPEG and import that", format=fmt))
    if fmt == "AVIF":
        from PIL import features

        if not features.check("avif"):
            return _rejected(said("unsupported format: AVIF cannot be decoded by this installation; export it as JPEG"))
    scan_hash = None
    scan_notes: list[str] = []
    if fmt == "JPEG":
        try:
            scan_hash = jpeg.scan_hash(data, notes=scan_notes)
        except jpeg.BrokenJpeg as e:
            return _rejected(said_of(e) or str(e))
    elif fmt == "PNG" and data.rfind(b"IEND") < 0:
        return _rejected(said("truncated: the PNG file stops before its end marker (half-copied?)"))

    # The copy is written, flushed and verified while the picture decodes: the disk waits, not the CPU.
    copier = _Copier(task.original_tmp, data, sha256)
    copier.start()
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        configure_decoder()  # catch_warnings reset the filters: bombs are errors again
        try:
            rendered = raw.render_raw(data, source.name) if is_raw else render(data)
        except (Unreadable, MemoryError) as e:
            copier.join()
            _unlink_quietly(task.tmp_files())
            if isinstance(e, MemoryError):
                return _rejected(said("refused: decoding it needs more memory than a photo may take"))
            return _rejected(said_of(e) or str(e))
    copier.join()
    if rendered.format == "MPO":  # several images in one file: the first one's data is the picture
        scan_hash = jpeg.scan_hash(data, first_image=True)
    notes = scan_notes + list(rendered.warnings)
    for w in caught:
        text = " ".join(str(w.message).split())
        if text and text not in notes:
            notes.append(said("decoder: {text}", text=text))

    if is_raw:
        suffix = os.path.splitext(source.name)[1].lower()
    else:
        suffix = STORED_SUFFIX.get(rendered.format, STORED_SUFFIX.get(fmt, ".bin"))
    try:
        if copier.error is not None:
            raise copier.error
        _write(task.thumbnail_tmp, rendered.thumbnail)
        _write(task.preview_tmp, rendered.preview)
    except OSError as e:
        _unlink_quietly(task.tmp_files())
        if e.errno in _DISK_FULL:
            return {"status": "disk_full", "message": said("the archive's disk is full")}
        return {"status": "failed", "message": said("could not write the copy into the archive: {reason}",
                                                      reason=e.strerror or str(e))}

    own_suffix = os.path.splitext(source.name)[1].lower()
    if own_suffix and own_suffix not in _SAME_KIND.get(suffix, {suffix}) and not is_raw:
        notes.append(said("the file is a {format} but is named {suffix}", format=rendered.format, suffix=own_suffix))
    meta = rendered.metadata
    return {
        "status": "ok",
        "sha256": sha256,
        "size": len(data),
        "format": rendered.format,
        "suffix": suffix,
        "width": rendered.width,
        "height": rendered.height,
        "orientation": rendered.orientation,
        "frames": rendered.frames,
        "scan_hash": scan_hash or rendered.pixel_hash,
        "phash": rendered.dhash,
        "preview_bytes": len(rendered.preview),
        "thumbnail_bytes": len(rendered.thumbnail),
        "metadata": meta,
        "warnings": notes,
    }


_SAME_KIND = {
    ".jpg": {".jpg", ".jpeg", ".jpe", ".jfif", ".mpo"},
    ".tif": {".tif", ".tiff"},
    ".heic": {".heic", ".heif"},
}


def render_thumbnails(original: str, thumbnail_tmp: str, preview_tmp: str) -> dict:
    """Thumbnails again from an original already in the archive (check --repair)."""
    try:
        with open(original, "rb") as f:
            data = f.read()
    except OSError as e:
        return {"status": "failed", "message": f"cannot read the original: {e.strerror or e}"}
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        configure_decoder()
        try:
            rendered = raw.render_raw(data, original) if raw.is_raw(original, data[:64]) else render(data)
        except (Unreadable, MemoryError) as e:
            return {"status": "failed", "message": str(e) or "not enough memory"}
    try:
        _write(thumbnail_tmp, rendered.thumbnail)
        _write(preview_tmp, rendered.preview)
    except OSError as e:
        _unlink_quietly((thumbnail_tmp, preview_tmp))
        return {"status": "failed", "message": f"cannot write thumbnails: {e.strerror or e}"}
    return {"status": "ok", "phash": rendered.dhash}


def rebuild_task(task: tuple[str, str, str]) -> dict:
    return render_thumbnails(*task)
