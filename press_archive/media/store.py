"""The photo files of an archive: content-addressed originals, thumbnails, and each import's tmp folder.

Originals live at `photos/originals/ab/abcdef….jpg` (the SHA-256 of their bytes), read-only. Thumbnails at
`photos/thumbnails/ab/abcdef…_256.jpg` and `_1024.jpg`. An import works in `tmp/photo-import-<id>/`, which
it holds locked while it runs: a folder nobody holds is what an interrupted import left behind.
Originals that no database row names are never deleted: `quarantine` moves them to `photos/orphans/`.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import time
import uuid
from pathlib import Path

from press_archive.domain.messages import said
from press_archive.storage.archive import ArchiveLayout

IMPORT_PREFIX = "photo-import-"
THUMBNAIL_SIZES = (256, 1024)
_STALE_WITHOUT_LOCKS = 24 * 3600  # where there are no file locks, a tmp folder this old is abandoned

try:
    import fcntl
except ImportError:  # Windows
    fcntl = None


def orphans_dir(layout: ArchiveLayout) -> Path:
    return layout.root / "photos" / "orphans"


def original_relpath(sha256: str, suffix: str) -> str:
    return f"{sha256[:2]}/{sha256}{suffix}"


def original_path(layout: ArchiveLayout, stored_path: str) -> Path:
    return layout.originals_dir / stored_path


def thumbnail_path(layout: ArchiveLayout, sha256: str, size: int = 256) -> Path:
    if size not in THUMBNAIL_SIZES:
        raise ValueError(f"thumbnails come in sizes {THUMBNAIL_SIZES}, not {size}")
    return layout.thumbnails_dir / sha256[:2] / f"{sha256}_{size}.jpg"


def hash_file(path: str | os.PathLike) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as f:
        while chunk := f.read(1 << 20):
            digest.update(chunk)
    return digest.hexdigest()


def fsync_dir(path: Path) -> None:
    if os.name != "posix":
        return
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def place_original(layout: ArchiveLayout, tmp: str, relpath: str, sha256: str) -> bool:
    """Move a verified tmp copy to its place, read-only. False when the very same bytes were already there
    (an import interrupted after placing the file but before its row was written)."""
    final = original_path(layout, relpath)
    final.parent.mkdir(parents=True, exist_ok=True)
    if final.exists():
        try:
            same = hash_file(final) == sha256
        except OSError:
            same = False
        if same:
            os.unlink(tmp)
            return False
        quarantine(layout, final, reason="damaged")  # never overwrite, never delete an original
    os.replace(tmp, final)
    os.chmod(final, 0o444)
    return True


def place_thumbnail(tmp: str, final: Path) -> None:
    final.parent.mkdir(parents=True, exist_ok=True)
    os.replace(tmp, final)


def thumbnail_problem(path: Path, *, decode: bool = False) -> str | None:
    """What is wrong with a thumbnail file, None when it is fine. Cheap for all: its size and the JPEG start
    and end markers (a truncated or overwritten file lacks them); `decode` also decodes it in full."""
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        return said("is missing")
    if size == 0:
        return said("is empty")
    with open(path, "rb") as f:
        head = f.read(3)
        f.seek(max(size - 2, 0))
        tail = f.read(2)
    if head != b"\xff\xd8\xff" or tail != b"\xff\xd9":
        return said("is not a complete JPEG")
    if decode:
        from PIL import Image

        try:
            with Image.open(path) as im:
                im.load()
        except (OSError, SyntaxError, ValueError, Image.DecompressionBombError):
            return said("cannot be decoded")
    return None


def remove_original(layout: ArchiveLayout, relpath: str) -> None:
    """Undo `place_original` for a file whose database row was never written."""
    path = original_path(layout, relpath)
    try:
        os.chmod(path, 0o644)
        os.unlink(path)
    except OSError:
        pass


def quarantine(layout: ArchiveLayout, path: Path, *, reason: str = "orphan") -> Path:
    """Move an original out of the way into photos/orphans/, never deleting it."""
    target_dir = orphans_dir(layout)
    target_dir.mkdir(parents=True, exist_ok=True)
    target = target_dir / path.name
    if target.exists():
        target = target_dir / f"{path.stem}.{reason}-{time.strftime('%Y%m%d%H%M%S')}{path.suffix}"
    os.replace(path, target)
    return target


def unlink_quietly(*paths) -> None:
    for path in paths:
        try:
            os.unlink(path)
        except OSError:
            pass


class ImportWorkdir:
    """This import's folder under tmp/: partial files, a lock held while it runs, and a journal naming the
    batch it fills so that running the same import again after a crash finishes that batch."""

    def __init__(self, path: Path):
        self.path = path
        self._lock = None

    @classmethod
    def create(cls, layout: ArchiveLayout) -> "ImportWorkdir":
        layout.tmp_dir.mkdir(parents=True, exist_ok=True)
        workdir = cls(layout.tmp_dir / f"{IMPORT_PREFIX}{uuid.uuid4().hex[:12]}")
        workdir.path.mkdir()
        # Locked before it takes its name: another process never sees a `lock` nobody holds in a new folder.
        workdir._lock = open(workdir.path / "lock.new", "w")
        if fcntl is not None:
            fcntl.flock(workdir._lock.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        os.replace(workdir.path / "lock.new", workdir.path / "lock")
        return workdir

    def began_batch(self) -> bool:
        """Its journal names a batch: the same import, run again, finishes that batch from here."""
        return bool(self.read_journal().get("batch_id"))

    @property
    def journal_path(self) -> Path:
        return self.path / "journal.json"

    def read_journal(self) -> dict:
        try:
            return json.loads(self.journal_path.read_text("utf-8"))
        except (OSError, ValueError):
            return {}

    def write_journal(self, journal: dict) -> None:
        tmp = self.path / "journal.json.tmp"
        tmp.write_text(json.dumps(journal), "utf-8")
        os.replace(tmp, self.journal_path)

    def note_placing(self, originals: list[str], thumbnails: list[Path]) -> None:
        """Before files are placed for rows not yet committed: what a process that takes over after a kill
        removes again when no row names them (`placing()`); None clears the note once the rows are in."""
        journal = self.read_journal()
        journal["placing"] = {"originals": originals, "thumbnails": [str(p) for p in thumbnails]}
        self.write_journal(journal)

    def placing(self) -> tuple[list[str], list[Path]]:
        noted = self.read_journal().get("placing") or {}
        return list(noted.get("originals") or []), [Path(p) for p in noted.get("thumbnails") or []]

    def clear_partial_files(self) -> None:
        """Remove everything but the lock and the journal."""
        for entry in self.path.iterdir():
            if entry.name not in ("lock", "journal.json"):
                unlink_quietly(entry)

    def release(self) -> None:
        if self._lock is not None:
            self._lock.close()  # closing drops the flock
            self._lock = None

    def remove(self) -> None:
        self.release()
        shutil.rmtree(self.path, ignore_errors=True)

    @staticmethod
    def is_abandoned(path: Path) -> bool:
        lock = path / "lock"
        if fcntl is None or not lock.exists():
            # No lock to test: old enough means abandoned (a new import makes its lock at once).
            try:
                age = time.time() - path.stat().st_mtime
            except OSError:
                return False
            return age > (_STALE_WITHOUT_LOCKS if fcntl is None else 60)
        try:
            with open(lock, "a") as f:
                try:
                    fcntl.flock(f.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
                except OSError:
                    return False  # an import is running there
                fcntl.flock(f.fileno(), fcntl.LOCK_UN)
                return True
        except OSError:
            return False

    @classmethod
    def abandoned(cls, layout: ArchiveLayout, *, running: bool = False) -> list["ImportWorkdir"]:
        """The folders of imports that were killed (or, `running`, of those still at work)."""
        if not layout.tmp_dir.is_dir():
            return []
        return [cls(p) for p in sorted(layout.tmp_dir.iterdir())
                if p.is_dir() and p.name.startswith(IMPORT_PREFIX) and cls.is_abandoned(p) != running]


def stray_files(layout: ArchiveLayout, stored_paths: set[str], shas: set[str]) -> tuple[list[Path], list[Path]]:
    """(originals no row names, thumbnails of no photo): what a crash between file and row leaves."""
    originals: list[Path] = []
    if layout.originals_dir.is_dir():
        for folder in sorted(layout.originals_dir.iterdir()):
            if not folder.is_dir():
                originals.append(folder)
                continue
            for path in sorted(folder.iterdir()):
                if f"{folder.name}/{path.name}" not in stored_paths:
                    originals.append(path)
    thumbnails: list[Path] = []
    if layout.thumbnails_dir.is_dir():
        for folder in sorted(layout.thumbnails_dir.iterdir()):
            if not folder.is_dir():
                thumbnails.append(folder)
                continue
            for path in sorted(folder.iterdir()):
                if path.name.split("_", 1)[0] not in shas:
                    thumbnails.append(path)
    return originals, thumbnails
