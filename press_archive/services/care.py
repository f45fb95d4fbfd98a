"""Care of the archive: check and repair, backup and restore.

Originals are never deleted here: repair rebuilds what is derived (the index, thumbnails, counters)
and clears only stray temporary files and copies that no record owns.
"""

from __future__ import annotations

import hashlib
import os
import shutil
from dataclasses import dataclass, field
from pathlib import Path

from press_archive.services.archive import Archive
from press_archive.storage import audit, care as store, counts, settings
from press_archive.storage.archive import DB_NAME, ArchiveLayout, create_archive
from press_archive.storage.database import write_transaction


class BackupError(RuntimeError):
    pass


@dataclass
class CheckReport:
    problems: list[str] = field(default_factory=list)
    repaired: list[str] = field(default_factory=list)
    remaining: list[str] = field(default_factory=list)

    @property
    def clean(self) -> bool:
        return not self.problems

    def as_dict(self) -> dict:
        return {"clean": self.clean, "problems": self.problems, "repaired": self.repaired, "remaining": self.remaining}


def _photo_service():
    from press_archive.services import photos

    return photos


def _collect(archive: Archive) -> dict[str, list[str]]:
    from press_archive.services.indexing import index_problems

    found = {
        "database": settings.integrity_problems(archive.db),
        "audit": audit.verify_chain(archive.db),
        "counters": _counter_problems(archive),
        "index": index_problems(archive),
    }
    photos = _photo_service()
    found["photos"] = photos.verify_photos(archive)
    found["strays"] = [f"stray file: {p}" for p in photos.find_orphans(archive)]
    return found


def _counter_problems(archive: Archive) -> list[str]:
    before = counts.day_counts_snapshot(archive.db)
    after = counts.expected_day_counts(archive.db)
    if before != after:
        return [f"period counters: {len(set(before.items()) ^ set(after.items()))} day(s) out of step with the records"]
    return []


def check_archive(archive: Archive, *, repair: bool = False) -> CheckReport:
    found = _collect(archive)
    report = CheckReport(problems=[p for ps in found.values() for p in ps])
    if not repair or report.clean:
        return report
    photos = _photo_service()
    if found["counters"]:
        with write_transaction(archive.db):
            counts.rebuild_day_counts(archive.db)
        report.repaired.append("period counters recounted from the records")
    if found["index"]:
        from press_archive.services.indexing import rebuild_index

        rebuild_index(archive)
        report.repaired.append("search index rebuilt from the database")
    if found["strays"]:
        cleared = photos.clear_orphans(archive)
        report.repaired.append(f"{cleared} stray file(s) cleared (none of them an archived original)")
    if found["photos"]:
        rebuilt = photos.rebuild_thumbnails(archive)
        report.repaired.append(f"{rebuilt} thumbnail(s) rebuilt")
    after = _collect(archive)
    report.remaining = [p for ps in after.values() for p in ps]
    return report


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
    dest.parent.mkdir(parents=True, exist_ok=True)
    partial = dest.with_name(dest.name + ".partial")
    with open(src, "rb") as fin, open(partial, "wb") as fout:
        shutil.copyfileobj(fin, fout, 1 << 20)
        fout.flush()
        os.fsync(fout.fileno())
    if _sha256(partial) != sha256:
        partial.unlink()
        raise BackupError(f"{src}: the copy does not match the archive's hash (the original may be damaged; run check)")
    os.replace(partial, dest)
    return True


def _is_backup_or_empty(folder: Path) -> bool:
    return not folder.exists() or not any(folder.iterdir()) or (folder / DB_NAME).exists()


def backup_archive(archive: Archive, dest: Path) -> CopyResult:
    """A consistent copy of the database plus the originals (copied incrementally, verified by hash).

    The index and thumbnails are derived, so they are rebuilt on restore rather than copied.
    """
    dest = Path(dest)
    if dest.resolve() == archive.root.resolve() or archive.root.resolve() in dest.resolve().parents:
        raise BackupError(f"{dest}: a backup cannot go inside the archive itself")
    if dest.exists() and not dest.is_dir():
        raise BackupError(f"{dest} exists and is not a folder")
    if not _is_backup_or_empty(dest):
        raise BackupError(f"{dest} is not empty and holds no earlier backup; choose an empty folder")
    dest.mkdir(parents=True, exist_ok=True)
    partial_db = dest / (DB_NAME + ".partial")
    store.backup_database(archive.db, partial_db)
    # The originals named by this snapshot of the database are exactly the ones to copy.
    files = store.original_files_in(partial_db)
    result = CopyResult()
    for rel, sha in files:
        if _copy_verified(archive.root / rel, dest / rel, sha):
            result.photos_copied += 1
        else:
            result.photos_kept += 1
    os.replace(partial_db, dest / DB_NAME)
    return result


def restore_archive(src: Path, target: Path) -> CopyResult:
    """Bring a backup into `target` (which must not exist yet or be empty), then rebuild what is derived."""
    src, target = Path(src), Path(target)
    if not (src / DB_NAME).is_file():
        raise BackupError(f"{src} is not a press archive backup (no {DB_NAME})")
    if target.exists() and (not target.is_dir() or any(target.iterdir())):
        raise BackupError(f"{target} is not empty: restore goes into a new or empty folder only")
    problems = store.quick_integrity(src / DB_NAME)
    if problems:
        raise BackupError(f"{src}: the backup's database is damaged ({problems[0]})")
    layout = ArchiveLayout(target)
    target.mkdir(parents=True, exist_ok=True)
    for folder in (layout.originals_dir, layout.thumbnails_dir, layout.tmp_dir):
        folder.mkdir(parents=True, exist_ok=True)
    partial = target / (DB_NAME + ".partial")
    store.copy_database_file(src / DB_NAME, partial)
    result = CopyResult()
    files = store.original_files_in(partial)
    for rel, sha in files:
        if not (src / rel).exists():
            raise BackupError(f"{src / rel}: an original named in the backup is missing")
        _copy_verified(src / rel, target / rel, sha)
        result.photos_copied += 1
    os.replace(partial, layout.db_path)
    create_archive(target)  # no-op on the database; makes sure the folders exist
    archive = Archive(target)
    try:
        from press_archive.services.indexing import rebuild_index

        _photo_service().rebuild_thumbnails(archive)
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
    partial = folder / (snapshot.name + ".partial")
    if partial.exists():
        shutil.rmtree(partial)
    partial.mkdir(parents=True)
    store.backup_database(archive.db, partial / DB_NAME)
    for rel, sha in store.original_files_in(partial / DB_NAME):
        _copy_verified(archive.root / rel, pool / rel, sha)
        _link_or_copy(pool / rel, partial / rel)
    os.replace(partial, snapshot)
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
