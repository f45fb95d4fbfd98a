"""Backup and restore: a consistent copy of the database plus the originals, and the way back.

A backup folder has the archive's own layout (`archive.sqlite3`, `photos/originals/ab/<sha>.jpg`), so a
backup burnt on a DVD can be opened read-only like any archive. The index and thumbnails are derived:
restore rebuilds them rather than copying them.

Nothing is left half-done in the way of a retry: a failed backup removes its partial files (a killed one
leaves only `.partial` files, which the next backup clears), and a failed restore leaves the target folder
as it was.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from press_archive.domain.messages import said
from press_archive.services.archive import Archive
from press_archive.storage import care as store, settings
from press_archive.storage.archive import DB_NAME, ArchiveLayout, create_archive
from press_archive.storage.database import DiskFull, is_disk_full, is_read_only, write_transaction

PARTIAL = ".partial"
# Written first into a restore's target: a folder holding it is an unfinished restore, safe to clear.
RESTORE_MARKER = ".restore-unfinished"


class BackupError(RuntimeError):
    pass


@dataclass
class CopyResult:
    photos_copied: int = 0
    photos_kept: int = 0


def _sha256(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def _copy_verified(src: Path, dest: Path, sha256: str) -> bool:
    """Copy one original unless an identical copy is there already; verify by hash. True if copied."""
    if dest.exists() and _sha256(dest) == sha256:
        return False
    if not src.is_file():
        raise BackupError(said("{path}: an original named in the database is missing (run check)", path=src))
    dest.parent.mkdir(parents=True, exist_ok=True)
    partial = dest.with_name(dest.name + PARTIAL)
    try:
        with open(src, "rb") as fin, open(partial, "wb") as fout:
            shutil.copyfileobj(fin, fout, 1 << 20)
            fout.flush()
            os.fsync(fout.fileno())
        if _sha256(partial) != sha256:
            raise BackupError(said("{path}: the copy does not match the archive's hash (the original may be damaged; "
                                   "run check)", path=src))
        os.replace(partial, dest)
    finally:
        partial.unlink(missing_ok=True)
    return True


def _remove_partials(folder: Path) -> None:
    """The `.partial` files an interrupted backup left (database and originals)."""
    for name in ("", "-journal", "-wal", "-shm"):  # SQLite's own files beside the partial copy
        (folder / (DB_NAME + PARTIAL + name)).unlink(missing_ok=True)
    originals = ArchiveLayout(folder).originals_dir
    if originals.is_dir():
        for partial in originals.glob(f"*/*{PARTIAL}"):
            partial.unlink(missing_ok=True)


def _is_backup_or_empty(folder: Path) -> bool:
    """Empty, an earlier backup, or what a failed one left (originals copied, no database yet)."""
    if not folder.exists() or (folder / DB_NAME).exists():
        return True
    names = {p.name for p in folder.iterdir() if not p.name.startswith(DB_NAME + PARTIAL)}
    photos = folder / "photos"
    return names <= {"photos"} and (
        "photos" not in names or {p.name for p in photos.iterdir()} <= {"originals"})


def _copy_database(copy, dest: Path) -> None:
    try:
        copy()
    except sqlite3.OperationalError as e:
        if is_disk_full(e):
            raise DiskFull(dest) from None
        raise


def backup_archive(archive: Archive, dest: Path) -> CopyResult:
    """A consistent copy of the database plus the originals (copied incrementally, verified by hash)."""
    dest = Path(dest)
    if not archive.is_server and (dest.resolve() == archive.root.resolve()
                                  or archive.root.resolve() in dest.resolve().parents):
        raise BackupError(said("{path}: a backup cannot go inside the archive itself", path=dest))
    if dest.exists() and not dest.is_dir():
        raise BackupError(said("{path} exists and is not a folder", path=dest))
    if not _is_backup_or_empty(dest):
        raise BackupError(said("{path} is not empty and holds no earlier backup; choose an empty folder", path=dest))
    try:
        dest.mkdir(parents=True, exist_ok=True)
        _remove_partials(dest)  # what a killed backup left
    except OSError as e:
        if is_read_only(e):
            raise BackupError(said("{path} is on a read-only disk: choose a writable folder for the backup",
                                   path=dest)) from None
        raise
    partial_db = dest / (DB_NAME + PARTIAL)
    source, target = archive.layout, ArchiveLayout(dest)
    result = CopyResult()
    try:
        if archive.is_server:  # the same portable backup: the server's rows in a folder archive's database
            from press_archive.services.copying import server_snapshot

            server_snapshot(archive, partial_db)
        else:
            _copy_database(lambda: store.backup_database(archive.db, partial_db), partial_db)
        # The originals named by this snapshot of the database are exactly the ones to copy.
        for rel, sha in store.original_files_in(partial_db):
            if _copy_verified(source.originals_dir / rel, target.originals_dir / rel, sha):
                result.photos_copied += 1
            else:
                result.photos_kept += 1
        os.replace(partial_db, target.db_path)
    except BaseException as e:
        _remove_partials(dest)
        if is_disk_full(e) and not isinstance(e, DiskFull):
            raise DiskFull(dest) from e
        raise
    return result


def _restorable_target(target: Path) -> bool:
    """A target restore may use: absent, empty, or what an interrupted restore left (the marker is there)."""
    return not target.exists() or (target.is_dir() and (not any(target.iterdir()) or (target / RESTORE_MARKER).exists()))


def _empty_folder(folder: Path) -> None:
    for child in folder.iterdir():
        if child.is_dir() and not child.is_symlink():
            shutil.rmtree(child)
        else:
            child.unlink()


def restore_archive(src: Path, target: Path) -> CopyResult:
    """Bring a backup into `target` (which must not exist yet or be empty), then rebuild what is derived.

    On any failure the target is left as it was: removed again if restore made it, emptied if it was empty.
    """
    src, target = Path(src), Path(target)
    backup = ArchiveLayout(src)
    if not backup.db_path.is_file():
        raise BackupError(said("{path} is not a press archive backup (no {database})", path=src, database=DB_NAME))
    if not _restorable_target(target):
        raise BackupError(said("{path} is not empty: restore goes into a new or empty folder only", path=target))
    problems = store.quick_integrity(backup.db_path)
    if problems:
        raise BackupError(said("{path}: the backup's database is damaged ({detail})", path=src, detail=problems[0]))
    made = not target.exists()
    target.mkdir(parents=True, exist_ok=True)
    _empty_folder(target)  # an interrupted restore's leftovers, if any
    try:
        (target / RESTORE_MARKER).write_text(str(src), encoding="utf-8")
        result = _restore_into(backup, ArchiveLayout(target))
        (target / RESTORE_MARKER).unlink()
    except BaseException as e:
        if target.exists():
            _empty_folder(target)
            if made:
                target.rmdir()
        if is_disk_full(e) and not isinstance(e, DiskFull):
            raise DiskFull(target) from e
        raise
    return result


def _restore_into(backup: ArchiveLayout, layout: ArchiveLayout) -> CopyResult:
    for folder in (layout.originals_dir, layout.thumbnails_dir, layout.tmp_dir):
        folder.mkdir(parents=True, exist_ok=True)
    partial = layout.root / (DB_NAME + PARTIAL)
    _copy_database(lambda: store.copy_database_file(backup.db_path, partial), partial)
    result = CopyResult()
    for rel, sha in store.original_files_in(partial):
        source = backup.originals_dir / rel
        if not source.is_file():
            raise BackupError(said("{path}: an original named in the backup is missing", path=source))
        _copy_verified(source, layout.originals_dir / rel, sha)
        result.photos_copied += 1
    os.replace(partial, layout.db_path)
    create_archive(layout.root)  # no-op on the database; makes sure the folders exist
    archive = Archive(layout.root)
    try:
        from press_archive.services.indexing import rebuild_index
        from press_archive.services.photos import rebuild_thumbnails

        rebuild_thumbnails(archive)
        rebuild_index(archive)
    finally:
        archive.close()
    return result


# Rolling backups: complete snapshots (each one restorable on its own) whose originals are hard links
# into one shared pool, so a thousand snapshots cost one copy of each photo.
SNAPSHOT_FORMAT = "%Y-%m-%dT%H-%M-%S"


def default_backup_folder(archive: Archive) -> Path:
    configured = settings.get(archive.db, "backup_folder")
    return Path(configured) if configured else archive.root.with_name(archive.root.name + "-backups")


def set_backup_folder(archive: Archive, folder: Path) -> None:
    with write_transaction(archive.db):
        settings.put(archive.db, "backup_folder", str(Path(folder).expanduser()))


def _link_or_copy(pool_file: Path, dest: Path) -> None:
    dest.parent.mkdir(parents=True, exist_ok=True)
    try:
        os.link(pool_file, dest)
    except OSError:
        shutil.copy2(pool_file, dest)


def rolling_backup(archive: Archive, folder: Path | None = None, *, now=None) -> Path:
    """One more snapshot in the rolling backup folder, then thin the old ones."""
    from datetime import datetime

    folder = Path(folder) if folder else default_backup_folder(archive)
    now = now or datetime.now()
    pool = folder / "pool"
    snapshot = folder / now.strftime(SNAPSHOT_FORMAT)
    if snapshot.exists():
        return snapshot
    partial = folder / (snapshot.name + PARTIAL)
    if partial.exists():
        shutil.rmtree(partial)
    partial.mkdir(parents=True)
    try:
        _copy_database(lambda: store.backup_database(archive.db, partial / DB_NAME), partial)
        copy = ArchiveLayout(partial)
        for rel, sha in store.original_files_in(copy.db_path):
            _copy_verified(archive.layout.originals_dir / rel, pool / rel, sha)
            _link_or_copy(pool / rel, copy.originals_dir / rel)
        os.replace(partial, snapshot)
    except BaseException:
        shutil.rmtree(partial, ignore_errors=True)
        raise
    thin_backups(folder, now=now)
    return snapshot


def snapshots(folder: Path) -> list[Path]:
    from datetime import datetime

    out = []
    for p in Path(folder).iterdir() if Path(folder).exists() else []:
        try:
            datetime.strptime(p.name, SNAPSHOT_FORMAT)
        except ValueError:
            continue
        out.append(p)
    return sorted(out)


def thin_backups(folder: Path, *, now=None, days: int = 7, weeks: int = 5, months: int = 12) -> list[Path]:
    """Keep every snapshot of the last day, then one a day, a week and a month; returns what was removed."""
    from datetime import datetime, timedelta

    now = now or datetime.now()
    keep: set[Path] = set()
    seen: set[tuple] = set()
    for snap in reversed(snapshots(folder)):  # newest first: the newest of each day/week/month stays
        taken = datetime.strptime(snap.name, SNAPSHOT_FORMAT)
        age = now - taken
        if age <= timedelta(days=1):
            keep.add(snap)
            continue
        for bucket, limit in ((("d", taken.date()), timedelta(days=days)),
                              (("w",) + tuple(taken.isocalendar()[:2]), timedelta(weeks=weeks)),
                              (("m", taken.year, taken.month), timedelta(days=31 * months))):
            if age <= limit and bucket not in seen:
                seen.add(bucket)
                keep.add(snap)
                break
    removed = []
    for snap in snapshots(folder):
        if snap not in keep:
            shutil.rmtree(snap)
            removed.append(snap)
    return removed
