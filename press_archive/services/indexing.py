"""Keeping the search index in step with the database.

Every change leaves a row in the outbox (change_log) in its own transaction; `sync_index` applies
them in batches and stores the last applied sequence number in the same Whoosh commit, so a killed
indexer resumes exactly where it stopped and nothing is indexed twice.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from press_archive.domain.messages import said
from press_archive.domain.records import kind_named
from press_archive.search.lock import index_lock
from press_archive.services import desk
from press_archive.services.archive import Archive
from press_archive.services.documents import BUILDERS, photo_document
from press_archive.storage import outbox
from press_archive.storage.database import write_transaction
from press_archive.storage import records as store
from press_archive.storage.schema import RECORD_TABLES

BATCH = 2000
# How a backlog is applied (measured on 2 cores: 10,000 news items of 120 words from nothing, 40 s through
# Whoosh's writer, 23 s by the parallel segment writer): a backlog at least as big as the index is rebuilt;
# one of more than APPEND_MIN changes is written as new segments, APPEND_BATCH changes to a commit.
REBUILD_MIN = 2 * BATCH
APPEND_MIN = 2 * BATCH
APPEND_BATCH = 20 * BATCH
# The outbox is pruned of changes the index has applied, keeping the newest PRUNE_KEEP of them (a window
# polling for other processes' changes reads them), once PRUNE_BATCH more can go: not on every edit.
PRUNE_KEEP = 2000
PRUNE_BATCH = 2000


def _documents(archive: Archive, type_: str, ids: list[int]) -> tuple[list[dict], list[str]]:
    """Documents for the live records among `ids`, and uids to drop for the rest."""
    if type_ == "photo":
        from press_archive.storage import photos as photo_store

        rows = [r for r in photo_store.get_photos(archive.db, ids) if not r.get("deleted_at")]
        batch_ids = sorted({r["batch_id"] for r in rows})
        batches = {b["id"]: b for b in store.get_records(archive.db, kind_named("photo_batches"), batch_ids)}
        docs = [photo_document(r, batches.get(r["batch_id"])) for r in rows if _has_own_text(r)]
    else:
        rows = [r for r in store.get_records(archive.db, kind_named(type_), ids) if not r.get("deleted_at")]
        docs = [BUILDERS[type_](r) for r in rows]
    live = {d["uid"] for d in docs}
    drops = [f"{type_}:{i}" for i in ids if f"{type_}:{i}" not in live]
    return docs, drops


def _has_own_text(row: dict) -> bool:
    return bool(row.get("caption") or row.get("keywords") or row.get("photographer") or row.get("people") or row.get("place"))


def pending_changes(archive: Archive) -> int:
    return outbox.pending_count(archive.db, archive.index.applied_seq())


def sync_index(archive: Archive, progress: Callable[[int, int], None] | None = None,
               cancelled: Callable[[], bool] | None = None) -> int:
    """Apply every outstanding change to the index; returns how many changes were applied.

    An unhealthy index (torn, missing, analyzer changed) is rebuilt from the database first. One process
    at a time: another one updating the index is waited for, and what it did is not done again.
    """
    with index_lock(lock_path(archive), cancelled) as held:
        return _sync(archive, progress, cancelled) if held else 0


def lock_path(archive: Archive) -> Path:
    """The lock file of the archive's index: beside its folder, not in it (a rebuild swaps the folder whole;
    a read-only archive's index lives in a cache folder, and so does its lock)."""
    folder = archive.index.folder
    return folder.with_name(folder.name + ".lock")


def _sync(archive: Archive, progress, cancelled) -> int:
    index = archive.index
    index.clear_writer_scratch()  # a killed writer's; this process holds the lock, so no writer runs
    if not index.is_healthy():
        _rebuild(archive, progress, cancelled)
        return 0
    seq = index.applied_seq()
    if archive.is_server and seq < desk.record_applied(archive, seq):
        # Away longer than the server keeps changes for it: the log no longer holds all this desk missed.
        _rebuild(archive, progress, cancelled)
        return outbox.pending_count(archive.db, seq)
    total = outbox.pending_count(archive.db, seq)
    if total >= REBUILD_MIN and total >= index.doc_count():
        # The backlog is most of the archive (a new desk's first big catch-up, a big import into a small
        # archive): one parallel rebuild beats applying it, and leaves the index compact.
        _rebuild(archive, progress, cancelled)
        return total
    applied = 0
    while True:
        # A large backlog on a larger index (another desk's big import): written as new segments by the
        # parallel segment writer, a few times faster than Whoosh's writer posting by posting.
        large = total - applied > APPEND_MIN
        changes = outbox.changes_after(archive.db, seq, APPEND_BATCH if large else BATCH)
        if not changes:
            break
        upserts, deletes = _changed_documents(archive, changes)
        last = changes[-1][0]
        try:
            if not large:
                index.apply(upserts, deletes, last)
            elif not index.append(upserts, deletes, last, cancelled):
                break  # cancelled: `seq` stays at what the index holds, so nothing unapplied is pruned
        except Exception:
            if not found_damaged(index):
                raise  # a bug, not damage: say so
            _rebuild(archive, progress, cancelled)
            return total
        seq = last
        applied += len(changes)
        if progress:
            progress(applied, total)
        if cancelled and cancelled():
            break
    prune_applied(archive, seq)
    return applied


def _changed_documents(archive: Archive, changes) -> tuple[list[dict], list[str]]:
    """Documents of the changed records still live (read in bulk, a type at a time), and uids to drop."""
    by_type: dict[str, set[int]] = {}
    for _, type_, record_id in changes:
        by_type.setdefault(type_, set()).add(record_id)
    upserts, deletes = [], []
    for type_, ids in by_type.items():
        ordered = sorted(ids)
        for i in range(0, len(ordered), BATCH):
            docs, drops = _documents(archive, type_, ordered[i:i + BATCH])
            upserts += docs
            deletes += drops
    return upserts, deletes


def prune_applied(archive: Archive, applied: int) -> int:
    """Forget outbox rows the index has committed (`applied`, read back from its own commit by the caller),
    but the newest PRUNE_KEEP; only when PRUNE_BATCH or more can go. Returns how many went.
    A server archive's log is pruned of what every desk has applied: this desk says how far it is."""
    if archive.is_server:
        desk.record_applied(archive, applied)
        return 0
    if archive.read_only:
        return 0  # housekeeping only: a read-only archive (a backup on a DVD) keeps its outbox
    upto = applied - PRUNE_KEEP
    first = outbox.first_seq(archive.db)
    if first is None or upto - first + 1 < PRUNE_BATCH:
        return 0
    with write_transaction(archive.db):
        return outbox.prune(archive.db, upto)


def found_damaged(index) -> bool:
    """After an error from the index: True (and the index marked for a rebuild) when its files are damaged,
    False when they are as their commits wrote them (then the error is a bug, not damage)."""
    damaged = index.damaged_files()
    if damaged:
        index.mark_damaged(f"damaged files: {', '.join(damaged)}")
    return bool(damaged)


def iter_all_documents(archive: Archive):
    for table, type_ in RECORD_TABLES.items():
        after = 0
        while True:
            ids = outbox.all_ids(archive.db, table, after, BATCH)
            if not ids:
                break
            docs, _ = _documents(archive, type_, ids)
            yield from docs
            after = ids[-1]


def count_indexable(archive: Archive) -> int:
    return len(outbox.live_uids(archive.db, RECORD_TABLES))


def rebuild_index(archive: Archive, progress: Callable[[int, int], None] | None = None,
                  cancelled: Callable[[], bool] | None = None) -> int:
    """Build the whole index anew from the database (in a new folder, swapped in when complete)."""
    with index_lock(lock_path(archive), cancelled) as held:
        return _rebuild(archive, progress, cancelled) if held else 0


def _rebuild(archive: Archive, progress, cancelled) -> int:
    seq = outbox.last_seq(archive.db)
    total = count_indexable(archive)
    done = 0

    def counted():
        nonlocal done
        for doc in iter_all_documents(archive):
            done += 1
            if progress and done % 500 == 0:
                progress(done, total)
            yield doc

    if archive.index.rebuild(counted(), seq, cancelled=cancelled):
        prune_applied(archive, seq)
    if progress:
        progress(done, total)
    return done


def index_problems(archive: Archive) -> list[str]:
    """Differences between the index and the database (for `check`)."""
    index = archive.index
    if not index.exists():
        return [said("search index: missing")]
    if not index.is_healthy():
        return [said("search index: unreadable or built by another analyzer version")]
    damaged = index.damaged_files()
    if damaged:
        return [said("search index: the file {name} is damaged (its content differs from what its commit wrote)",
                     name=name) for name in damaged]
    problems = []
    pending = outbox.pending_count(archive.db, index.applied_seq())
    if pending:
        problems.append(said("search index: {count} change(s) not applied yet", count=pending))
        return problems
    expected = outbox.live_uids(archive.db, RECORD_TABLES)
    actual = index.uids()
    missing, extra = expected - actual, actual - expected
    if missing:
        problems.append(said("search index: {count} record(s) missing, e.g. {examples}", count=len(missing),
                             examples=sorted(missing)[:3]))
    if extra:
        problems.append(said("search index: {count} entr(ies) for records that are gone, e.g. {examples}",
                             count=len(extra), examples=sorted(extra)[:3]))
    return problems
