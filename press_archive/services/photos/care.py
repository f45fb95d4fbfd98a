"""Care of the photo files for `check --repair`: verify originals, find orphans, rebuild thumbnails."""

from __future__ import annotations

import shutil
from collections.abc import Callable, Sequence
from pathlib import Path

from press_archive.domain.messages import said
from press_archive.media import store
from press_archive.media.pool import WorkerPool
from press_archive.services.archive import Archive
from press_archive.services.photos.common import DEFAULT_WORKERS
from press_archive.storage import photos as db_photos
from press_archive.storage.database import write_transaction

# --- care of the files (check --repair) ------------------------------------------------------------------

def verify_photos(archive: Archive, progress: Callable[[int, int], None] | None = None) -> list[str]:
    """Problems with the photo files: every original present and matching its hash, thumbnails present."""
    layout = archive.layout
    problems: list[str] = []
    total = db_photos.photo_count(archive.db)
    for done, (photo_id, sha, stored_path, name, size) in enumerate(db_photos.photo_files(archive.db), start=1):
        if problem := _original_problem(store.original_path(layout, stored_path), sha, size):
            problems.append(said("photo {photo} ({name}): {problem}", photo=photo_id, name=name, problem=problem))
        for thumb_size, problem in _thumbnail_problems(layout, photo_id, sha, decode_every(total)):
            problems.append(said("photo {photo} ({name}): the {size} px thumbnail {problem}", photo=photo_id,
                                 name=name, size=thumb_size, problem=problem))
        if progress is not None:
            progress(done, total)
    for photo_id, twin in db_photos.raw_files(archive.db).items():
        problem = _original_problem(store.original_path(layout, twin["stored_path"]), twin["sha256"],
                                    twin["size_bytes"])
        if problem:
            problems.append(said("photo {photo} ({name}, its raw file): {problem}", photo=photo_id,
                                 name=twin["original_name"], problem=problem))
    return problems


def _original_problem(path: Path, sha: str, size: int) -> str | None:
    try:
        actual_size = path.stat().st_size
    except OSError:
        return said("the original is missing: {path}", path=path)
    if actual_size != size:
        return said("the original has {size} bytes, {expected} expected: {path}", size=actual_size,
                    expected=size, path=path)
    try:
        if store.hash_file(path) != sha:
            return said("the original does not match its hash (damaged): {path}", path=path)
    except OSError as e:
        return said("the original cannot be read ({reason}): {path}", reason=e.strerror or str(e), path=path)
    return None


def set_aside_purged_files(archive: Archive, files: Sequence[tuple[int, str, str]]) -> None:
    """After a purge of photos (committed): their originals move to photos/orphans/ (an original is never
    deleted by the program) and their thumbnails go."""
    layout = archive.layout
    for _photo_id, sha, stored_path in files:
        path = store.original_path(layout, stored_path)
        if path.exists():
            store.quarantine(layout, path, reason="purged")
        store.unlink_quietly(*(store.thumbnail_path(layout, sha, size) for size in store.THUMBNAIL_SIZES))


THUMBNAILS_DECODED = 2000  # a ten-year archive has a million: all are checked cheaply, this many decoded


def decode_every(photo_count: int) -> int:
    """Decode the thumbnails of every n-th photo (by id): all of them in an archive of up to
    THUMBNAILS_DECODED photos, an even sample of that many in a bigger one. Sizes and JPEG markers are
    checked for every thumbnail."""
    return max(1, photo_count // THUMBNAILS_DECODED)


def _thumbnail_problems(layout, photo_id: int, sha: str, every: int) -> list[tuple[int, str]]:
    decode = photo_id % every == 0
    return [(size, problem) for size in store.THUMBNAIL_SIZES
            if (problem := store.thumbnail_problem(store.thumbnail_path(layout, sha, size), decode=decode))]


def _known_files(archive: Archive) -> tuple[set[str], set[str]]:
    stored, shas = set(), set()
    for _id, sha, stored_path, _name, _size in db_photos.photo_files(archive.db):
        stored.add(stored_path)
        shas.add(sha)
    stored.update(twin["stored_path"] for twin in db_photos.raw_files(archive.db).values())
    return stored, shas


def find_orphans(archive: Archive) -> list[Path]:
    """Files no photo row accounts for: an interrupted import's tmp folder, originals and thumbnails."""
    stored, shas = _known_files(archive)
    originals, thumbnails = store.stray_files(archive.layout, stored, shas)
    return [w.path for w in store.ImportWorkdir.abandoned(archive.layout)] + originals + thumbnails


def undo_placing(archive: Archive, workdir: store.ImportWorkdir) -> None:
    """A killed import's files placed for rows it never committed: removed, as the import itself removes them
    when its commit fails (a file a row names, an earlier import's, stays)."""
    originals, thumbnails = workdir.placing()
    if not originals and not thumbnails:
        return
    # Under the write lock: another import (another desk's, on a shared originals folder) that placed the
    # same photo has either committed its row before this looks, or is still placing it and says so.
    with write_transaction(archive.db):
        stored, shas = _known_files(archive)
        for other in store.ImportWorkdir.abandoned(archive.layout, running=True):  # the same photo, imported now
            busy_originals, busy_thumbnails = other.placing()
            stored.update(busy_originals)
            shas.update(p.name.split("_", 1)[0] for p in busy_thumbnails)
        for relpath in originals:
            if relpath not in stored:
                store.remove_original(archive.layout, relpath)
        store.unlink_quietly(*(p for p in thumbnails if p.name.split("_", 1)[0] not in shas))
    workdir.note_placing([], [])


def interrupted_imports(archive: Archive) -> list[Path]:
    """What killed imports left, tidied as a restart would: a folder whose import began no batch is removed
    (nothing there for a rerun); the others are returned, kept for the same import run again to finish its
    batch. Work a killed process left, not a problem of the archive."""
    left = []
    for workdir in store.ImportWorkdir.abandoned(archive.layout):
        if not archive.read_only:
            undo_placing(archive, workdir)
        if workdir.began_batch() or archive.read_only:
            left.append(workdir.path)
        else:
            workdir.remove()
    return left


def clear_orphans(archive: Archive, log: list[str] | None = None) -> int:
    """Tidy what `find_orphans` finds: tmp folders and stray thumbnails are removed; stray originals are moved
    to photos/orphans/ (an original is never deleted). Returns how many were cleared; `log` gets a line each."""
    stored, shas = _known_files(archive)
    originals, thumbnails = store.stray_files(archive.layout, stored, shas)
    done: list[str] = []
    for workdir in store.ImportWorkdir.abandoned(archive.layout):
        workdir.remove()
        done.append(f"removed an interrupted import's partial files: {workdir.path}")
    for path in originals:
        target = store.quarantine(archive.layout, path)
        done.append(f"moved an original no photo row names to {target}")
    for path in thumbnails:
        if path.is_dir():
            shutil.rmtree(path, ignore_errors=True)
        else:
            store.unlink_quietly(path)
        done.append(f"removed a thumbnail of no photo: {path}")
    if log is not None:
        log.extend(done)
    return len(done)


def rebuild_thumbnails(archive: Archive, ids: Sequence[int] | None = None, *, workers: int = DEFAULT_WORKERS,
                       progress: Callable[[int, int], None] | None = None, problems: list[str] | None = None) -> int:
    """Make thumbnails again from the originals: for `ids`, or (None) for every photo missing one or holding
    an empty or undecodable one (the same test `verify_photos` makes). Returns how
    many photos got new thumbnails; `problems` gets a line for each original that could not be decoded."""
    layout = archive.layout
    if ids is None:
        every = decode_every(db_photos.photo_count(archive.db))
        wanted = [photo_id for photo_id, sha, *_rest in db_photos.photo_files(archive.db)
                  if _thumbnail_problems(layout, photo_id, sha, every)]
    else:
        wanted = list(ids)
    photos = db_photos.get_photos(archive.db, wanted)
    if not photos:
        return 0
    workdir = store.ImportWorkdir.create(layout)
    problems = [] if problems is None else problems
    rebuilt = 0
    tasks = {}
    for photo in photos:
        prefix = workdir.path / f"{photo['id']}"
        task = (str(store.original_path(layout, photo["stored_path"])), f"{prefix}.256.jpg", f"{prefix}.1024.jpg")
        tasks[task] = photo
    try:
        with WorkerPool("press_archive.media.worker:rebuild_task",
                        initializer="press_archive.media.render:configure_decoder", workers=workers) as pool:
            for done, (task, outcome) in enumerate(pool.run(list(tasks)), start=1):
                photo = tasks[task]
                result = outcome.value if outcome.ok else {"status": "failed", "message": outcome.message}
                if result["status"] != "ok":
                    problems.append(f"photo {photo['id']} ({photo['original_name']}): {result['message']}")
                else:
                    store.place_thumbnail(task[1], store.thumbnail_path(layout, photo["sha256"], 256))
                    store.place_thumbnail(task[2], store.thumbnail_path(layout, photo["sha256"], 1024))
                    rebuilt += 1
                    if photo.get("phash") != result["phash"]:
                        with write_transaction(archive.db):
                            db_photos.set_phash(archive.db, photo["id"], result["phash"])
                if progress is not None:
                    progress(done, len(tasks))
    finally:
        workdir.remove()
    return rebuilt
