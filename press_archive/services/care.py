"""Care of the archive: check and repair, backup and restore.

Originals are never deleted here: repair rebuilds what is derived (the index, thumbnails, counters)
and clears only stray temporary files and copies that no record owns.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from press_archive.domain.messages import said
from press_archive.services import records
from press_archive.services.archive import Archive
# Backup and restore live in services/backup.py; these names stay importable from here.
from press_archive.services.backup import (  # noqa: F401
    BackupError,
    CopyResult,
    backup_archive,
    default_backup_folder,
    restore_archive,
    rolling_backup,
    set_backup_folder,
    snapshots,
    thin_backups,
)
from press_archive.storage import audit, counts, settings
from press_archive.storage.database import write_transaction


@dataclass
class CheckReport:
    problems: list[str] = field(default_factory=list)
    repaired: list[str] = field(default_factory=list)
    remaining: list[str] = field(default_factory=list)
    audit_head: str | None = None  # "entry-id hash": worth keeping elsewhere (README, the audit log)

    @property
    def clean(self) -> bool:
        return not self.problems

    def as_dict(self) -> dict:
        return {"clean": self.clean, "problems": self.problems, "repaired": self.repaired, "remaining": self.remaining,
                "audit_head": self.audit_head}


def _photo_service():
    from press_archive.services import photos

    return photos


def _collect(archive: Archive) -> dict[str, list[str]]:
    from press_archive.services.indexing import index_problems

    found = {
        "database": settings.integrity_problems(archive.db),
        "audit": audit.verify(archive.db),
        "counters": _counter_problems(archive),
        "dates": records.date_problems(archive),
        "index": index_problems(archive),
    }
    photos = _photo_service()
    found["photos"] = photos.verify_photos(archive)
    interrupted = set(photos.interrupted_imports(archive))  # work a killed import left, as the index's
    found["strays"] = [said("stray file: {path}", path=p) for p in photos.find_orphans(archive)
                       if p not in interrupted]
    return found


def _counter_problems(archive: Archive) -> list[str]:
    before = counts.day_counts_snapshot(archive.db)
    after = counts.recount_day_counts(archive.db)
    if before != after:
        return [said("period counters: {count} day(s) out of step with the records",
                     count=len(set(before.items()) ^ set(after.items())))]
    return []


def _catch_up_index(archive: Archive) -> None:
    """Work a killed process left pending is not a problem: the index is brought up to date first, as every
    command does at start. A damaged index is left as it is, for check to report and --repair to rebuild."""
    from press_archive.services.indexing import sync_index

    index = archive.index
    if index.exists() and not index.is_healthy():
        return
    sync_index(archive)


def check_archive(archive: Archive, *, repair: bool = False) -> CheckReport:
    _catch_up_index(archive)
    found = _collect(archive)
    report = CheckReport(problems=[p for ps in found.values() for p in ps],
                         audit_head=settings.get(archive.db, audit.HEAD_KEY))
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
