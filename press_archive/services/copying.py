"""`copy --to URL_OR_DIR`: a whole archive into another store, a folder archive to a server or back.

Records, links, the trash, the audit log and the vocabularies go row by row with their ids, in one
write transaction on the target; originals go first, each verified against its hash, into the target's
originals folder. Running the same copy again changes nothing. The target must be new, empty, or an
earlier copy of the same archive (its audit log a beginning of this one's): copy never merges two
archives' histories.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from press_archive.domain.messages import said, said_of
from press_archive.services.archive import Archive
from press_archive.storage import copying as store
from press_archive.storage.database import write_transaction


class CopyError(ValueError):
    """An unusable target: nothing was changed in it."""


@dataclass
class CopyReport:
    added: dict[str, int] = field(default_factory=dict)
    updated: dict[str, int] = field(default_factory=dict)
    originals_copied: int = 0
    originals_kept: int = 0

    @property
    def changed(self) -> bool:
        return bool(self.originals_copied or any(self.added.values()) or any(self.updated.values()))


def open_target(location: Path | str, *, originals: Path | None = None, cache: Path | None = None) -> Archive:
    """The target archive, created when it does not exist yet (a server target needs its originals folder)."""
    from press_archive.services.archive import NotAnArchive

    try:
        archive, _ = Archive.create(location, originals=originals, cache=cache)
    except NotAnArchive as e:
        raise CopyError(said_of(e) or str(e)) from None
    return archive


def copy_archive(source: Archive, target: Archive) -> CopyReport:
    if str(source.location) == str(target.location):
        raise CopyError(said("the source and the target are the same archive"))
    with store.snapshot(source.db):  # one moment of the source; its originals land before the rows naming them
        copied, kept = _copy_originals(source, target)
        report = copy_rows(source.db, target.db)
    report.originals_copied, report.originals_kept = copied, kept
    _bring_derived_up_to_date(target)
    return report


def copy_rows(source_db, target_db) -> CopyReport:
    """The rows only (a server archive's backup writes them into a new SQLite file this way)."""
    report = CopyReport()
    plan = _plan(source_db, target_db, report)
    with write_transaction(target_db):
        for table, names, key, inserts, updates in plan:
            store.insert_rows(target_db, table, names, inserts)
            for values in updates:
                store.update_row(target_db, table, names, key, values)
        store.after_explicit_ids(target_db)
    return report


def _plan(source_db, target_db, report: CopyReport) -> list:
    """What to write, table by table; refuses a target that holds rows this archive does not."""
    plan = []
    for table, key in store.TABLES:
        names = [n for n in store.columns(source_db, table) if n in set(store.columns(target_db, table))]
        width = len(key)
        position = [names.index(k) for k in key]

        def key_of(values):
            return tuple(values[i] for i in position) if width > 1 else values[position[0]]

        wanted = {key_of(v): v for v in store.rows(source_db, table, names, key)}
        there = {key_of(v): v for v in store.rows(target_db, table, names, key)}
        if table == "settings":
            wanted = {k: v for k, v in wanted.items() if k not in store.LOCAL_SETTINGS}
            there = {k: v for k, v in there.items() if k not in store.LOCAL_SETTINGS}
        strangers = there.keys() - wanted.keys()
        if strangers:
            raise CopyError(said("the target already holds another archive's {table} (e.g. {example!r}); copy into "
                                 "a new or empty archive", table=table.replace("_", " "),
                                 example=sorted(strangers, key=str)[0]))
        changed = [v for k, v in wanted.items() if k in there and not _same(there[k], v)]
        if table == "audit_log" and changed:
            raise CopyError(said("the target's audit log is not a beginning of this archive's: it holds another "
                                 "archive's history; copy into a new or empty archive"))
        inserts = [v for k, v in wanted.items() if k not in there]
        report.added[table], report.updated[table] = len(inserts), len(changed)
        plan.append((table, names, key, inserts, changed))
    return plan


def _same(a: tuple, b: tuple) -> bool:
    return all(x == y for x, y in zip(a, b))


def _copy_originals(source: Archive, target: Archive) -> tuple[int, int]:
    from press_archive.media.store import original_path
    from press_archive.services.backup import _copy_verified
    from press_archive.storage import photos as db_photos

    copied = kept = 0
    files = [(sha, stored_path) for _id, sha, stored_path, _name, _size in db_photos.photo_files(source.db)]
    files += [(raw["sha256"], raw["stored_path"]) for raw in db_photos.raw_files(source.db).values()]
    for sha, stored_path in files:
        if _copy_verified(original_path(source.layout, stored_path), original_path(target.layout, stored_path), sha):
            copied += 1
        else:
            kept += 1
    return copied, kept


def _bring_derived_up_to_date(target: Archive) -> None:
    from press_archive.services.indexing import sync_index
    from press_archive.services.photos import rebuild_thumbnails

    sync_index(target)
    rebuild_thumbnails(target)


def server_snapshot(archive: Archive, dest: Path) -> None:
    """A server archive's rows, as of one moment, in a new folder-archive database file at `dest`."""
    from press_archive.storage.database import connect
    from press_archive.storage.schema import migrate

    target = connect(dest)
    try:
        migrate(target)
        with store.snapshot(archive.db):
            copy_rows(archive.db, target)
        target.execute("PRAGMA journal_mode = DELETE")  # one self-contained file
    finally:
        target.close()
