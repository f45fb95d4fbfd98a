"""Importing folders, zip files and photos as one batch (the worker processes decode; this writes rows)."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import threading
import time
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from press_archive.domain.jalali import DateError, parse_record_date, to_iso
from press_archive.media import codes as code_rules
from press_archive.media import store, worker
from press_archive.media.pool import DEFAULT_MEMORY_LIMIT, WorkerPool
from press_archive.media.similar import VisualIndex
from press_archive.media.sources import (
    Found,
    UnusablePath,
    find_sources,
    raw_file_note,
    readable_name,
)
from press_archive.media.worker import Task
from press_archive.services.archive import Archive, ChangeSet, now_utc
from press_archive.services.photos.care import undo_placing
from press_archive.services.photos.common import (
    DEFAULT_WORKERS,
    FileProblem,
    PhotoError,
    cancel_check,
    event_id_for,
    legacy_charset,
    long_text,
    name_list,
    one_line,
    own_list,
    own_value,
    today,
)
from press_archive.storage import audit
from press_archive.storage import photos as db_photos
from press_archive.storage.database import is_disk_full, write_transaction

COMMIT_EVERY = 50  # photos per transaction
COMMIT_SECONDS = 5.0  # ... or sooner, when photos come slowly
FREE_SPACE_MARGIN = 64 * 1024 * 1024
DERIVED_BYTES_PER_PHOTO = 200 * 1024  # preview + thumbnail, generously
_SIMILAR_PER_FILE = 3


_DISK_FULL = ("the archive's disk is full; the photos stored so far are kept; free some space and run the same "
              "import again to finish it")


# --- import ----------------------------------------------------------------------------------------------



@dataclass
class ImportProgress:
    """Handed to the progress callback after every file (on the importing thread)."""

    done: int
    total: int
    imported: int
    duplicates: int
    rejected: int
    current: str


@dataclass
class PhotoImportReport:
    batch_id: int | None = None
    batch_ref: str | None = None
    batch_created: bool = False
    resumed: bool = False
    imported: int = 0
    duplicates: int = 0
    rejected: int = 0
    errors: list[FileProblem] = field(default_factory=list)
    duplicate_of: list[dict] = field(default_factory=list)  # {"file", "photo_id", "original_name"}
    similar: list[dict] = field(default_factory=list)  # {"file", "photo_id", "similar_to", "similar_name", "how"}
    warnings: list[FileProblem] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    photo_ids: list[int] = field(default_factory=list)
    cancelled: bool = False
    stopped: str | None = None  # why the import stopped before the end (a full disk)
    not_processed: int = 0
    changes: ChangeSet = field(default_factory=ChangeSet)

    @property
    def exit_code(self) -> int:
        if self.stopped:
            return 3
        return 1 if self.rejected or self.cancelled else 0

    def summary(self) -> str:
        where = f"batch {self.batch_id}" + (f" (ref {self.batch_ref})" if self.batch_ref else "")
        if self.batch_id is None:
            where = "no batch"
        text = (f"imported {self.imported} photos into {where}, "
                f"{self.duplicates} duplicates, {self.rejected} rejected")
        if self.similar:
            text += f", {len({s['file'] for s in self.similar})} look like photos already in the archive"
        if self.skipped:
            text += f", {len(self.skipped)} other files skipped"
        if self.cancelled:
            text += f"; cancelled with {self.not_processed} files not read"
        if self.stopped:
            text += f"; stopped: {self.stopped}"
        return text

    def as_dict(self) -> dict:
        return {
            "batch": None if self.batch_id is None else {"id": self.batch_id, "ref": self.batch_ref},
            "imported": self.imported,
            "duplicates": self.duplicates,
            "rejected": self.rejected,
            "errors": [e.as_dict() for e in self.errors],
            "duplicate_of": self.duplicate_of,
            "similar": self.similar,
            "warnings": [w.as_dict() for w in self.warnings],
            "skipped": self.skipped,
            "photo_ids": self.photo_ids,
            "batch_created": self.batch_created,
            "resumed": self.resumed,
            "cancelled": self.cancelled,
            "stopped": self.stopped,
            "not_processed": self.not_processed,
        }


def import_photos(
    archive: Archive,
    paths: Sequence[str | os.PathLike],
    *,
    title: str | None = None,
    photographer: str | None = None,
    date: str | None = None,
    event_ref: str | None = None,
    keywords: Sequence[str] | str | None = None,
    ref: str | None = None,
    photographer_for_all: bool = False,
    workers: int = DEFAULT_WORKERS,
    progress: Callable[[ImportProgress], None] | None = None,
    cancel: threading.Event | Callable[[], bool] | None = None,
    file_timeout: float | None = None,
    memory_limit: int | None = DEFAULT_MEMORY_LIMIT,
) -> PhotoImportReport:
    """Import folders, zip files and photo files as one batch (or into the batch `ref`).

    Each photo keeps the creator its own metadata names; `photographer` is the batch's and shows on the photos
    that name none (with `photographer_for_all`, on every photo: the user says the files are wrong).
    Raises PhotoError for an unusable call (nothing changed). Bad files are reported in the result and
    the rest go on. `progress` is called after each file; `cancel` (an Event or a callable) stops the import
    at the next file, keeping what was stored. `workers=0` decodes in this process (tests, debugging only).
    """
    job = _PhotoImport(archive, paths, title=title, photographer=photographer, date=date, event_ref=event_ref,
                       keywords=keywords, ref=ref, photographer_for_all=photographer_for_all, workers=workers, progress=progress, cancel=cancel,
                       file_timeout=file_timeout, memory_limit=memory_limit)
    return job.run()


class _PhotoImport:
    def __init__(self, archive: Archive, paths, *, title, photographer, date, event_ref, keywords, ref,
                 photographer_for_all, workers, progress, cancel, file_timeout, memory_limit):
        self.archive, self.db, self.layout = archive, archive.db, archive.layout
        self.workers, self.progress = workers, progress
        self.file_timeout, self.memory_limit = file_timeout, memory_limit
        self.cancelled = cancel_check(cancel)
        self.report = PhotoImportReport()
        self.codes = db_photos.code_replacements(self.db)
        expand = lambda text: code_rules.expand(text, self.codes) if text else text  # noqa: E731
        self.title = one_line(expand(title))
        self.photographer = one_line(expand(photographer))
        if photographer_for_all and not self.photographer:
            raise PhotoError("name the photographer who replaces the one in every photo's metadata")
        self.photographer_for_all = photographer_for_all
        self.keywords = name_list([expand(k) for k in ([keywords] if isinstance(keywords, str) else keywords or [])])
        self.ref = one_line(ref)
        self.date = None
        if date is not None and str(date).strip():
            try:
                self.date = to_iso(parse_record_date(str(date)))
            except DateError as e:
                raise PhotoError(f"--date: {e}") from None
        self.event_id = event_id_for(archive, event_ref.strip()) if event_ref and event_ref.strip() else None
        if not paths:
            raise PhotoError("name at least one folder, zip file or photo to import")
        self.paths = [os.path.abspath(os.fspath(p)) for p in paths]
        try:
            self.found: Found = find_sources(self.paths)
        except UnusablePath as e:
            raise PhotoError(str(e)) from None
        self._check_free_space()
        self.key = hashlib.sha256(json.dumps(sorted(self.paths)).encode("utf-8", "surrogateescape")).hexdigest()
        self.batch: dict | None = None
        self.date_derived = self.date is None
        if self.ref:
            existing = db_photos.get_batch_by_ref(self.db, self.ref)
            if existing is not None:
                if existing["deleted_at"]:
                    raise PhotoError(f"photo batch {self.ref!r} is in the trash; restore it first")
                self.batch = existing
                self.date_derived = self.date is None and not existing.get("date")
        self.pending: list[tuple[Task, dict]] = []
        self.seen: dict[str, str] = {}  # sha256 -> file, for copies of one photo within this import
        self.visual: VisualIndex | None = None
        self.done = 0
        self.ok = 0
        self.last_commit = time.monotonic()
        self.workdir: store.ImportWorkdir | None = None

    # -- checks before anything is written --

    def _check_free_space(self) -> None:
        sources = self.found.sources
        needed = sum(s.size for s in sources) + len(sources) * DERIVED_BYTES_PER_PHOTO + FREE_SPACE_MARGIN
        try:
            free = shutil.disk_usage(self.layout.root).free
        except OSError:
            return
        if needed > free:
            raise PhotoError(
                f"not enough free space on the archive's disk: these photos need about {needed // 2**20} MB and "
                f"{free // 2**20} MB are free; nothing was imported")

    def _resume(self) -> None:
        """An earlier run of this very import that was killed: finish its batch instead of starting another."""
        for stale in store.ImportWorkdir.abandoned(self.layout):
            undo_placing(self.archive, stale)
            journal = stale.read_journal()
            if journal.get("key") != self.key:
                if not stale.began_batch():
                    stale.remove()  # killed before it began a batch: nothing there for any rerun
                continue
            if self.batch is None and journal.get("batch_id"):
                batch = db_photos.get_batch(self.db, journal["batch_id"])
                if batch is not None and not batch["deleted_at"]:
                    self.batch = batch
                    self.date_derived = bool(journal.get("date_derived"))
                    self.report.resumed = True
                    self.workdir.write_journal(journal)
            stale.remove()

    # -- the run --

    def run(self) -> PhotoImportReport:
        report = self.report
        report.skipped = list(self.found.skipped)
        for refusal in self.found.refused:
            self._reject(refusal.display, refusal.message)
        self.workdir = store.ImportWorkdir.create(self.layout)
        finished = False
        try:
            self._resume()
            if self.batch is not None:
                self._apply_options_to_batch()
            known = str(self.workdir.path / "known.sha256")
            worker.write_known_hashes(known, db_photos.all_sha256(self.db))
            tasks = [Task(source, str(self.workdir.path / f"{i:06d}")) for i, source in enumerate(self.found.sources)]
            self.total = len(tasks) + len(self.found.refused)
            self.done = len(self.found.refused)
            pool = WorkerPool("press_archive.media.worker:process_file",
                              initializer="press_archive.media.worker:init_worker",
                              initargs=(legacy_charset(self.archive), known), workers=self.workers,
                              timeout=self._time_limit, memory_limit=self.memory_limit)
            with pool:
                for task, outcome in pool.run(tasks, cancel=self.cancelled):
                    self._handle(task, outcome)
                    if report.stopped:
                        break
                    if len(self.pending) >= COMMIT_EVERY or (
                            self.pending and time.monotonic() - self.last_commit > COMMIT_SECONDS):
                        self._commit()
                        if report.stopped:
                            break
                    if self.progress is not None:
                        self.progress(ImportProgress(self.done, self.total, self.ok, report.duplicates,
                                                     report.rejected, task.source.display))
            self._commit()
            report.not_processed = self.total - self.done
            report.cancelled = report.not_processed > 0 and not report.stopped
            finished = not report.cancelled and not report.stopped
        except BaseException:
            try:
                self._commit()  # a Ctrl-C keeps what was finished
            except Exception:
                pass
            raise
        finally:
            if finished or not self.workdir.journal_path.exists():
                self.workdir.remove()
            else:  # keep the journal: running the same import again finishes this batch
                self.workdir.clear_partial_files()
                self.workdir.release()
        self._finish()
        return report

    def _time_limit(self, task: Task) -> float:
        if self.file_timeout is not None:
            return self.file_timeout
        return 60.0 + task.source.size / 5_000_000  # a slow network share still gets through

    def _reject(self, file: str, message: str) -> None:
        self.report.rejected += 1
        self.report.errors.append(FileProblem(file, message))

    def _handle(self, task: Task, outcome) -> None:
        self.done += 1
        shown = task.source.display
        if not outcome.ok:
            store.unlink_quietly(*task.tmp_files())
            self._reject(shown, outcome.message)
            return
        result: dict = outcome.value
        status = result["status"]
        if status == "ok":
            first = self.seen.get(result["sha256"])
            if first is not None:
                store.unlink_quietly(*task.tmp_files())
                self.report.duplicates += 1
                self.report.duplicate_of.append({"file": shown, "photo_id": None, "original_name": first})
                return
            self.seen[result["sha256"]] = shown
            self.pending.append((task, result))
            self.ok += 1
            for note in result.get("warnings", []):
                self.report.warnings.append(FileProblem(shown, note))
            self._handle_twin(task, result)
        elif status == "duplicate":
            self.report.duplicates += 1
            photo = db_photos.photo_for_sha(self.db, result["sha256"]) or {}
            self.report.duplicate_of.append({"file": shown, "photo_id": photo.get("id"),
                                             "original_name": photo.get("original_name"),
                                             "batch_id": photo.get("batch_id")})
            if result.get("twin") is not None:
                self._handle_twin(task, result)
                if result.get("twin") is not None and photo.get("id"):
                    self._attach_twin(task, photo["id"], result["twin"])
        elif status == "rejected":
            self._reject(shown, result["message"])
        else:  # disk_full, failed: the archive cannot be written; stop cleanly
            store.unlink_quietly(*task.tmp_files())
            self.done -= 1
            if status == "disk_full":
                self.report.stopped = _DISK_FULL
            else:
                self.report.stopped = f"{result['message']}; the photos stored so far are kept"

    def _handle_twin(self, task: Task, result: dict) -> None:
        """The raw file shot with this photo: its second original, or (another capture time) a photo of its own."""
        twin = result.get("twin")
        if twin is None:
            return
        status, shown = twin["status"], twin.get("file") or task.source.twin.display
        if status == "paired" and twin["sha256"] in self.seen:
            twin["status"] = "duplicate"
            status = "duplicate"
        if status == "paired":
            self.seen[twin["sha256"]] = shown
        elif status == "separate":
            if twin["sha256"] in self.seen:
                status = "duplicate"
            else:
                self.seen[twin["sha256"]] = shown
                result["twin"] = None
                self.pending.append((task.twin_task(), {**twin, "status": "ok"}))
                self.ok += 1
                self.report.warnings.append(FileProblem(shown, "the raw file was not shot with the photo of the same "
                                                               "name (another capture time): imported as a photo "
                                                               "of its own"))
                return
        if status == "duplicate":
            result["twin"] = None
            store.unlink_quietly(task.twin_task().original_tmp)
            self.report.duplicates += 1
            held = db_photos.raw_file_for_sha(self.db, twin["sha256"]) or db_photos.photo_for_sha(self.db, twin["sha256"])
            self.report.duplicate_of.append({"file": shown, "photo_id": (held or {}).get("id"),
                                             "original_name": (held or {}).get("original_name"),
                                             "batch_id": (held or {}).get("batch_id")})
        elif status != "paired":
            result["twin"] = None
            self._reject(shown, twin.get("message") or "the raw file could not be stored")

    def _attach_twin(self, task: Task, photo_id: int, twin: dict) -> None:
        """A raw file whose JPEG the archive already holds: it becomes that photo's raw file."""
        twin["stored_path"] = store.original_relpath(twin["sha256"], twin["suffix"])
        placed = store.place_original(self.layout, task.twin_task().original_tmp, twin["stored_path"], twin["sha256"])
        try:
            with write_transaction(self.db):
                if db_photos.raw_files(self.db, [photo_id]) or db_photos.raw_file_for_sha(self.db, twin["sha256"]):
                    raise FileExistsError  # the photo has its raw file already
                db_photos.insert_raw_file(self.db, photo_id, {
                    "sha256": twin["sha256"], "stored_path": twin["stored_path"], "size_bytes": twin["size"],
                    "original_name": one_line(readable_name(twin["name"])) or "unnamed", "format": twin["format"]})
                audit.append(self.db, at=now_utc(), user=self.archive.user, action="edit", type_="photo",
                             record_id=photo_id, after={"raw_file": twin["name"]})
        except FileExistsError:
            if placed:
                store.remove_original(self.layout, twin["stored_path"])
            return
        self.report.changes.add("edited", "photo", [photo_id])

    # -- writing --

    def _commit(self) -> None:
        if not self.pending:
            return
        chunk, self.pending = self.pending, []
        self.last_commit = time.monotonic()
        layout = self.layout
        placed: list[str] = []
        thumbs: list[Path] = []
        self._note_placing(chunk)  # a kill between the files and their rows: the next process removes them
        try:
            folders = set()
            for task, r in chunk:
                sha = r["sha256"]
                r["stored_path"] = store.original_relpath(sha, r["suffix"])
                if store.place_original(layout, task.original_tmp, r["stored_path"], sha):
                    placed.append(r["stored_path"])
                for size, tmp in ((256, task.thumbnail_tmp), (1024, task.preview_tmp)):
                    final = store.thumbnail_path(layout, sha, size)
                    store.place_thumbnail(tmp, final)
                    thumbs.append(final)
                folders.add(store.original_path(layout, r["stored_path"]).parent)
                if (twin := r.get("twin")) is not None:
                    twin["stored_path"] = store.original_relpath(twin["sha256"], twin["suffix"])
                    if store.place_original(layout, task.twin_task().original_tmp, twin["stored_path"], twin["sha256"]):
                        placed.append(twin["stored_path"])
                    folders.add(store.original_path(layout, twin["stored_path"]).parent)
            for folder in folders | {layout.originals_dir}:
                store.fsync_dir(folder)
            added, similar, duplicates = self._write_rows(chunk)
        except BaseException as e:
            for relpath in placed:
                store.remove_original(layout, relpath)
            store.unlink_quietly(*thumbs)
            for task, _r in chunk:
                store.unlink_quietly(*task.tmp_files())
            if not is_disk_full(e):
                raise
            self.report.stopped = _DISK_FULL  # these photos were read but not stored: a re-run stores them
            self.done -= len(chunk)
            self.ok -= len(chunk)
            for task, r in chunk:
                self.seen.pop(r["sha256"], None)
            return
        self.workdir.note_placing([], [])
        self.report.imported += len(added)
        self.report.photo_ids += added
        self.report.similar += similar
        self.report.duplicates += len(duplicates)
        self.report.duplicate_of += duplicates
        self.report.changes.add("added", "photo", added)

    def _note_placing(self, chunk) -> None:
        originals, thumbs = [], []
        for _task, r in chunk:
            originals.append(store.original_relpath(r["sha256"], r["suffix"]))
            thumbs += [store.thumbnail_path(self.layout, r["sha256"], size) for size in store.THUMBNAIL_SIZES]
            if (twin := r.get("twin")) is not None:
                originals.append(store.original_relpath(twin["sha256"], twin["suffix"]))
        self.workdir.note_placing(originals, thumbs)

    def _write_rows(self, chunk) -> tuple[list[int], list[dict], list[dict]]:
        now = now_utc()
        user = self.archive.user
        added: list[int] = []
        similar: list[dict] = []
        duplicates: list[dict] = []
        if self.visual is None:
            self.visual = VisualIndex().extend(db_photos.visual_hashes(self.db))
        with write_transaction(self.db):
            fresh = []
            for task, r in chunk:
                # Workers look hashes up too, but another import may have stored the same file meanwhile.
                existing = db_photos.photo_for_sha(self.db, r["sha256"])
                if existing is None:
                    fresh.append((task, r))
                else:
                    duplicates.append({"file": task.source.display, "photo_id": existing["id"],
                                       "original_name": existing["original_name"], "batch_id": existing["batch_id"]})
            if not fresh:
                return added, similar, duplicates
            batch = self._ensure_batch(fresh, now)
            for task, r in fresh:
                row = self._photo_row(task, r, batch)
                photo_id = db_photos.insert_photo(self.db, row, user, now)
                twin = r.get("twin")
                if twin is not None and db_photos.raw_file_for_sha(self.db, twin["sha256"]) is None \
                        and db_photos.photo_for_sha(self.db, twin["sha256"]) is None:
                    db_photos.insert_raw_file(self.db, photo_id, {
                        "sha256": twin["sha256"], "stored_path": twin["stored_path"], "size_bytes": twin["size"],
                        "original_name": one_line(readable_name(twin["name"])) or "unnamed", "format": twin["format"]})
                added.append(photo_id)
                similar += self._similar(task.source.display, photo_id, r)
                db_photos.bump_vocabulary(self.db, "keywords",
                                          [k for k in row["keywords"] if k not in batch["keywords"]])
                db_photos.bump_vocabulary(self.db, "people", [p for p in row["people"] if p not in batch["people"]])
                if row["place"]:
                    db_photos.bump_vocabulary(self.db, "places", [row["place"]])
            if added:
                audit.append(self.db, at=now, user=user, action="import", type_="photo_batch", record_id=batch["id"],
                             after={"photos": added}, note=f"{len(added)} photos imported")
        return added, similar, duplicates

    def _similar(self, shown: str, photo_id: int, r: dict) -> list[dict]:
        found: list[dict] = []
        same_data = []
        if r["scan_hash"]:
            same_data = db_photos.photos_with_scan_hash(self.db, r["scan_hash"], exclude_id=photo_id)
        for other in same_data[:_SIMILAR_PER_FILE]:
            found.append({"file": shown, "photo_id": photo_id, "similar_to": other["id"],
                          "similar_name": other["original_name"], "how": "same image data"})
        reported = {o["id"] for o in same_data}
        if r.get("phash"):
            near = [(k, d) for k, d in self.visual.similar(r["phash"], exclude=photo_id) if k not in reported]
            if near:
                shown_ids = [k for k, _d in near[:_SIMILAR_PER_FILE]]
                names = {p["id"]: p["original_name"] for p in db_photos.get_photos(self.db, shown_ids)}
                for other_id, d in near[:_SIMILAR_PER_FILE]:
                    found.append({"file": shown, "photo_id": photo_id, "similar_to": other_id,
                                  "similar_name": names.get(other_id), "how": f"visually the same (distance {d})"})
            self.visual.add(photo_id, r["phash"])
        return found

    def _ensure_batch(self, chunk, now: str) -> dict:
        captures = sorted(r["metadata"]["captured_at"][:10] for _t, r in chunk if r["metadata"].get("captured_at"))
        earliest = captures[0] if captures else None
        user = self.archive.user
        if self.batch is None:
            values = {
                "ref": self.ref, "title": self.title or self._default_title(),
                "date": self.date or earliest or today(),
                "photographer": self.photographer, "keywords": self.keywords, "event_id": self.event_id,
                **self._shared_text(chunk),
            }
            batch_id = db_photos.insert_batch(self.db, values, user, now)
            db_photos.bump_vocabulary(self.db, "keywords", values["keywords"])
            db_photos.bump_vocabulary(self.db, "people", values["people"])
            if values["place"]:
                db_photos.bump_vocabulary(self.db, "places", [values["place"]])
            audit.append(self.db, at=now, user=user, action="add", type_="photo_batch", record_id=batch_id,
                         after={k: v for k, v in values.items() if v not in (None, [])})
            self.batch = db_photos.get_batch(self.db, batch_id)
            self.report.batch_created = True
            self.report.changes.add("added", "photo_batch", [batch_id])
            self.workdir.write_journal({**self.workdir.read_journal(), "key": self.key, "batch_id": batch_id,
                                        "date_derived": self.date_derived})  # kept: the files being placed
        elif self.date_derived and earliest and (not self.batch.get("date") or earliest < self.batch["date"][:10]):
            db_photos.update_batch(self.db, self.batch["id"], {"date": earliest}, user, now)
            db_photos.set_undated_photo_dates(self.db, self.batch["id"], earliest)
            audit.append(self.db, at=now, user=user, action="edit", type_="photo_batch", record_id=self.batch["id"],
                         before={"date": self.batch.get("date")}, after={"date": earliest},
                         note="the earliest capture date among the photos")
            self.batch["date"] = earliest
            self.report.changes.add("edited", "photo_batch", [self.batch["id"]])
        return self.batch

    def _shared_text(self, chunk) -> dict:
        """What the first photos all say (a Photo Mechanic template applied at ingest): it becomes the new
        batch's, so the photos inherit it instead of each repeating it. One photo is no evidence of a template:
        its caption stays its own."""
        metas = [r["metadata"] for _t, r in chunk]
        shared: dict = {"caption": None, "place": None, "keywords": [], "people": []}
        if len(metas) >= 2:
            for name, clean in (("caption", long_text), ("place", one_line)):
                values = {clean(m.get(name)) for m in metas}
                shared[name] = values.pop() if len(values) == 1 else None
            for name in ("keywords", "people"):
                lists = [name_list(m.get(name)) for m in metas]
                shared[name] = [v for v in lists[0] if all(v in other for other in lists[1:])]
        if self.keywords:
            shared["keywords"] = self.keywords
        return shared

    def _default_title(self) -> str | None:
        first = self.paths[0].rstrip(os.sep)
        name = os.path.basename(first)
        if name.lower().endswith(".zip"):
            name = name[:-4]
        elif not os.path.isdir(first):
            name = os.path.basename(os.path.dirname(first))
        return one_line(readable_name(name))

    def _apply_options_to_batch(self) -> None:
        """Options given for an existing batch (--ref R, or a resumed import) change it, audited."""
        batch = self.batch
        changed: dict = {}
        if self.title and self.title != batch["title"]:
            changed["title"] = self.title
        if self.photographer and self.photographer != batch["photographer"]:
            changed["photographer"] = self.photographer
        if self.date and self.date != batch["date"]:
            changed["date"] = self.date
        if self.event_id and self.event_id != batch["event_id"]:
            changed["event_id"] = self.event_id
        new_keywords = [k for k in self.keywords if k not in batch["keywords"]]
        if new_keywords:
            changed["keywords"] = batch["keywords"] + new_keywords
        if not changed:
            return
        now = now_utc()
        with write_transaction(self.db):
            db_photos.update_batch(self.db, batch["id"], changed, self.archive.user, now)
            if "date" in changed:
                db_photos.set_undated_photo_dates(self.db, batch["id"], changed["date"])
            db_photos.bump_vocabulary(self.db, "keywords", new_keywords)
            db_photos.touch_photos_with_own_text(self.db, batch["id"], now)
            audit.append(self.db, at=now, user=self.archive.user, action="edit", type_="photo_batch",
                         record_id=batch["id"], before={k: batch.get(k) for k in changed}, after=changed)
        self.batch = db_photos.get_batch(self.db, batch["id"])
        self.report.changes.add("edited", "photo_batch", [batch["id"]])

    def _photo_row(self, task: Task, r: dict, batch: dict) -> dict:
        meta = r["metadata"]
        captured = meta.get("captured_at")
        name = one_line(readable_name(task.source.name)) or "unnamed"
        extra = dict(meta.get("extra") or {})
        info = {"source": task.source.display}
        if title := one_line(meta.get("title")):
            info["title"] = title
        if r.get("frames", 1) > 1:
            info["frames"] = r["frames"]
        if r.get("warnings"):
            info["warnings"] = r["warnings"]
        info.update({k: v for k, v in extra.items() if v not in (None, "", [], {})})
        return {
            "batch_id": batch["id"],
            "sha256": r["sha256"],
            "stored_path": r["stored_path"],
            "original_name": name,
            "size_bytes": r["size"],
            "format": r["format"],
            "width": r["width"],
            "height": r["height"],
            "orientation": r["orientation"],
            "captured_at": captured,
            "camera": one_line(meta.get("camera")),
            "lens": one_line(meta.get("lens")),
            "date": (captured or batch.get("date") or today())[:10],
            "scan_hash": r["scan_hash"],
            "phash": r["phash"],
            "caption": own_value(long_text(meta.get("caption")), batch.get("caption")),
            "keywords": own_list(name_list(meta.get("keywords")), batch["keywords"]),
            # Each photo's own creator, from its own metadata: never another photo's, never the batch's.
            "photographer": None if self.photographer_for_all else one_line(meta.get("photographer")),
            "people": own_list(name_list(meta.get("people")), batch["people"]),
            "place": own_value(one_line(meta.get("place")), batch.get("place")),
            "rating": int(meta.get("rating") or 0),
            "picked": 0,
            "metadata": info,
        }

    def _finish(self) -> None:
        report = self.report
        if self.batch is not None:
            report.batch_id, report.batch_ref = self.batch["id"], self.batch.get("ref")
        elif report.duplicate_of:
            # Nothing new: name the batch that already holds these photos (the one holding most of them).
            holders = Counter(d.get("batch_id") for d in report.duplicate_of if d.get("batch_id"))
            if holders:
                batch = db_photos.get_batch(self.db, holders.most_common(1)[0][0])
                if batch is not None:
                    report.batch_id, report.batch_ref = batch["id"], batch.get("ref")
        if note := raw_file_note(report.skipped):
            report.warnings.append(FileProblem("(skipped files)", note))
