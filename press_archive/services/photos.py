"""Photo batches and photos: import, tagging, duplicates, export, code replacements and care of the files.

The GUI and the CLI call only these functions. Pixel work happens in spawned worker processes
(`press_archive.media.worker`); this module moves verified files into place and writes the rows, in
transactions of about fifty photos, so a killed import keeps what it finished and running it again finishes
the rest (the SHA-256 of every original is unique in the archive).

A photo inherits its batch's caption, keywords, photographer, place and people; a photo's own column holds a
value only where it differs from its batch (`effective_fields` gives what a photo shows). Photos whose text is
all inherited are found through their batch and not indexed one by one.
"""

from __future__ import annotations

import errno
import hashlib
import json
import os
import shutil
import sqlite3
import threading
import time
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date as _date
from pathlib import Path

from press_archive.domain.jalali import DateError, parse_date, to_iso
from press_archive.domain.persian_text import clean_user_text
from press_archive.domain.records import split_list
from press_archive.media import codes as code_rules
from press_archive.media import store
from press_archive.media.pool import DEFAULT_MEMORY_LIMIT, WorkerPool
from press_archive.media.similar import VisualIndex, clusters
from press_archive.media.sources import (
    Found,
    UnusablePath,
    display_path,
    find_sources,
    raw_file_note,
    readable_name,
)
from press_archive.media.worker import Task
from press_archive.services.archive import Archive, ChangeSet, now_utc
from press_archive.storage import audit
from press_archive.storage import photos as db_photos
from press_archive.storage.database import write_transaction

# One decoder more than there are cores: each waits on the disk (the fsync of its copy) part of the time.
# (500 24 MP frames on 2 cores: 47 s with 2 workers, 43 s with 3.)
DEFAULT_WORKERS = min(8, (os.cpu_count() or 1) + 1)
COMMIT_EVERY = 50  # photos per transaction
COMMIT_SECONDS = 5.0  # ... or sooner, when photos come slowly
FREE_SPACE_MARGIN = 64 * 1024 * 1024
DERIVED_BYTES_PER_PHOTO = 200 * 1024  # preview + thumbnail, generously
_SIMILAR_PER_FILE = 3


_DISK_FULL = ("the archive's disk is full; the photos stored so far are kept; free some space and run the same "
              "import again to finish it")


def _disk_full(e: BaseException) -> bool:
    if isinstance(e, OSError):
        return e.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC))
    return isinstance(e, sqlite3.Error) and "full" in str(e)


class PhotoError(ValueError):
    """An unusable call (unknown batch, bad date, no exiftool...): nothing was changed."""


# --- small helpers ---------------------------------------------------------------------------------------

def _line(value) -> str | None:
    """One line of user text: cleaned (no bidi overrides or control characters), spaces collapsed."""
    if value is None:
        return None
    text = " ".join(clean_user_text(str(value)).split())
    return text or None


def _long(value) -> str | None:
    if value is None:
        return None
    text = clean_user_text(str(value)).strip()
    return text or None


def _items(values) -> list[str]:
    """A list of names from a list or from text split on ',' and '،'; cleaned, duplicates dropped."""
    if values is None:
        return []
    if isinstance(values, str):
        values = [values]
    out: list[str] = []
    for value in values:
        for item in split_list(str(value)):
            item = _line(item)
            if item and item not in out:
                out.append(item)
    return out


def _apply(current: list[str], add: Sequence[str], remove: Sequence[str]) -> list[str]:
    kept = [k for k in current if k not in remove]
    return kept + [k for k in add if k not in kept and k not in remove]


def _today() -> str:
    return _date.today().isoformat()


def _is_cancelled(cancel) -> Callable[[], bool]:
    if cancel is None:
        return lambda: False
    if hasattr(cancel, "is_set"):
        return cancel.is_set
    return cancel


def resolve_batch(archive: Archive, id_or_ref, *, allow_deleted: bool = False) -> dict:
    """A photo batch by numeric id or by ref; PhotoError when there is none."""
    row = None
    if isinstance(id_or_ref, int) or (isinstance(id_or_ref, str) and id_or_ref.strip().isdigit()):
        row = db_photos.get_batch(archive.db, int(id_or_ref))
    if row is None and isinstance(id_or_ref, str):
        row = db_photos.get_batch_by_ref(archive.db, id_or_ref.strip())
    if row is None:
        raise PhotoError(f"no photo batch with id or ref {id_or_ref!r}")
    if row["deleted_at"] and not allow_deleted:
        raise PhotoError(f"photo batch {id_or_ref!r} is in the trash; restore it first")
    return row


def _event_id(archive: Archive, ref: str) -> int:
    event_id = db_photos.event_id_for_ref(archive.db, ref)
    if event_id is None:
        raise PhotoError(f"no event with ref {ref!r} (import or add the event first)")
    return event_id


# --- what a photo shows ----------------------------------------------------------------------------------

def effective_fields(photo: dict, batch: dict | None) -> dict:
    """What a photo shows: its own caption, keywords, photographer, place and people, else its batch's."""
    batch = batch or {}
    return {
        "title": batch.get("title"),
        "caption": photo.get("caption") or batch.get("caption"),
        "keywords": list(photo.get("keywords") or batch.get("keywords") or []),
        "photographer": photo.get("photographer") or batch.get("photographer"),
        "place": photo.get("place") or batch.get("place"),
        "people": list(photo.get("people") or batch.get("people") or []),
        "date": photo.get("captured_at") or photo.get("date"),
        "event_ref": batch.get("event_ref"),
    }


def _own_value(value, inherited):
    return None if not value or value == inherited else value


def _own_list(values: list[str], inherited: list[str]) -> list[str]:
    """A photo's own list: empty when it says no more than its batch (then it inherits)."""
    if not values or set(values) <= set(inherited or []):
        return []
    return list(inherited or []) + [v for v in values if v not in (inherited or [])]


# --- import ----------------------------------------------------------------------------------------------

@dataclass
class FileProblem:
    file: str
    message: str

    def as_dict(self) -> dict:
        return {"file": self.file, "message": self.message}

    def as_line(self) -> str:
        return f"{self.file}: {self.message}"


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
    workers: int = DEFAULT_WORKERS,
    progress: Callable[[ImportProgress], None] | None = None,
    cancel: threading.Event | Callable[[], bool] | None = None,
    file_timeout: float | None = None,
    memory_limit: int | None = DEFAULT_MEMORY_LIMIT,
) -> PhotoImportReport:
    """Import folders, zip files and photo files as one batch (or into the batch `ref`).

    Raises PhotoError for an unusable call (nothing changed). Bad files are reported in the result and
    the rest go on. `progress` is called after each file; `cancel` (an Event or a callable) stops the import
    at the next file, keeping what was stored. `workers=0` decodes in this process (tests, debugging only).
    """
    job = _PhotoImport(archive, paths, title=title, photographer=photographer, date=date, event_ref=event_ref,
                       keywords=keywords, ref=ref, workers=workers, progress=progress, cancel=cancel,
                       file_timeout=file_timeout, memory_limit=memory_limit)
    return job.run()


class _PhotoImport:
    def __init__(self, archive: Archive, paths, *, title, photographer, date, event_ref, keywords, ref, workers,
                 progress, cancel, file_timeout, memory_limit):
        self.archive, self.db, self.layout = archive, archive.db, archive.layout
        self.workers, self.progress = workers, progress
        self.file_timeout, self.memory_limit = file_timeout, memory_limit
        self.cancelled = _is_cancelled(cancel)
        self.report = PhotoImportReport()
        self.codes = db_photos.code_replacements(self.db)
        expand = lambda text: code_rules.expand(text, self.codes) if text else text  # noqa: E731
        self.title = _line(expand(title))
        self.photographer = _line(expand(photographer))
        self.keywords = _items([expand(k) for k in ([keywords] if isinstance(keywords, str) else keywords or [])])
        self.ref = _line(ref)
        self.date = None
        if date is not None and str(date).strip():
            try:
                self.date = to_iso(parse_date(str(date)))
            except DateError as e:
                raise PhotoError(f"--date: {e}") from None
        self.event_id = _event_id(archive, event_ref.strip()) if event_ref and event_ref.strip() else None
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
            journal = stale.read_journal()
            if journal.get("key") != self.key:
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
            tasks = [Task(source, str(self.workdir.path / f"{i:06d}")) for i, source in enumerate(self.found.sources)]
            self.total = len(tasks) + len(self.found.refused)
            self.done = len(self.found.refused)
            pool = WorkerPool("press_archive.media.worker:process_file",
                              initializer="press_archive.media.worker:init_worker",
                              initargs=(str(self.layout.db_path),), workers=self.workers,
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
        elif status == "duplicate":
            self.report.duplicates += 1
            photo = result["photo"]
            self.report.duplicate_of.append({"file": shown, "photo_id": photo["id"],
                                             "original_name": photo["original_name"], "batch_id": photo["batch_id"]})
        elif status == "rejected":
            self._reject(shown, result["message"])
        else:  # disk_full, failed: the archive cannot be written; stop cleanly
            store.unlink_quietly(*task.tmp_files())
            self.done -= 1
            if status == "disk_full":
                self.report.stopped = _DISK_FULL
            else:
                self.report.stopped = f"{result['message']}; the photos stored so far are kept"

    # -- writing --

    def _commit(self) -> None:
        if not self.pending:
            return
        chunk, self.pending = self.pending, []
        self.last_commit = time.monotonic()
        layout = self.layout
        placed: list[str] = []
        thumbs: list[Path] = []
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
            for folder in folders | {layout.originals_dir}:
                store.fsync_dir(folder)
            added, similar, duplicates = self._write_rows(chunk)
        except BaseException as e:
            for relpath in placed:
                store.remove_original(layout, relpath)
            store.unlink_quietly(*thumbs)
            for task, _r in chunk:
                store.unlink_quietly(*task.tmp_files())
            if not _disk_full(e):
                raise
            self.report.stopped = _DISK_FULL  # these photos were read but not stored: a re-run stores them
            self.done -= len(chunk)
            self.ok -= len(chunk)
            for task, r in chunk:
                self.seen.pop(r["sha256"], None)
            return
        self.report.imported += len(added)
        self.report.photo_ids += added
        self.report.similar += similar
        self.report.duplicates += len(duplicates)
        self.report.duplicate_of += duplicates
        self.report.changes.add("added", "photo", added)

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
                "date": self.date or earliest or _today(),
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
            self.workdir.write_journal({"key": self.key, "batch_id": batch_id, "date_derived": self.date_derived})
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
            for name, clean in (("caption", _long), ("place", _line)):
                values = {clean(m.get(name)) for m in metas}
                shared[name] = values.pop() if len(values) == 1 else None
            for name in ("keywords", "people"):
                lists = [_items(m.get(name)) for m in metas]
                shared[name] = [v for v in lists[0] if all(v in other for other in lists[1:])]
        if self.keywords:
            shared["keywords"] = self.keywords
        if self.photographer is None:
            named = Counter(_line(m.get("photographer")) for m in metas)
            named.pop(None, None)
            shared["photographer"] = named.most_common(1)[0][0] if named else None
        return shared

    def _default_title(self) -> str | None:
        first = self.paths[0].rstrip(os.sep)
        name = os.path.basename(first)
        if name.lower().endswith(".zip"):
            name = name[:-4]
        elif not os.path.isdir(first):
            name = os.path.basename(os.path.dirname(first))
        return _line(readable_name(name))

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
        name = _line(readable_name(task.source.name)) or "unnamed"
        extra = dict(meta.get("extra") or {})
        info = {"source": task.source.display}
        if title := _line(meta.get("title")):
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
            "camera": _line(meta.get("camera")),
            "lens": _line(meta.get("lens")),
            "date": (captured or batch.get("date") or _today())[:10],
            "scan_hash": r["scan_hash"],
            "phash": r["phash"],
            "caption": _own_value(_long(meta.get("caption")), batch.get("caption")),
            "keywords": _own_list(_items(meta.get("keywords")), batch["keywords"]),
            "photographer": _own_value(_line(meta.get("photographer")), batch.get("photographer")),
            "people": _own_list(_items(meta.get("people")), batch["people"]),
            "place": _own_value(_line(meta.get("place")), batch.get("place")),
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


# --- tagging ---------------------------------------------------------------------------------------------

@dataclass
class TagResult:
    batch_id: int
    batch_changed: bool = False
    photos_changed: list[int] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    changes: ChangeSet = field(default_factory=ChangeSet)


_UNCHANGED = object()


def _own_after_edit(values: list[str], inherited: list[str]) -> list[str]:
    return [] if set(values) == set(inherited or []) else values


def tag_photos(
    archive: Archive,
    batch,
    photo_ids: Sequence[int] | None = None,
    *,
    add: Sequence[str] = (),
    remove: Sequence[str] = (),
    caption: str | None = None,
    photographer: str | None = None,
    place: str | None = None,
    add_people: Sequence[str] = (),
    remove_people: Sequence[str] = (),
    title: str | None = None,
    event_ref: str | None = None,
    rating: int | None = None,
    picked: bool | None = None,
    expand: bool = True,
) -> TagResult:
    """Tag a whole batch (by id or ref), or only the photos named, in one transaction, audited.

    None leaves a field as it is; "" clears it (a photo then shows its batch's value). Codes such as
    `\\rk\\` are expanded (unless `expand` is False). On a whole batch the keywords and people change on the
    batch and on every photo holding its own list; caption, photographer and place change the batch's value
    (photos with their own keep it); rating and pick apply to every photo. `title` and `event_ref` ("" unlinks)
    are the batch's own.
    """
    db = archive.db
    row = resolve_batch(archive, batch)
    replacements = db_photos.code_replacements(db) if expand else {}

    def x(text):
        return code_rules.expand(text, replacements) if text else text

    add, remove = _items([x(k) for k in add]), _items([x(k) for k in remove])
    add_people, remove_people = _items([x(k) for k in add_people]), _items([x(k) for k in remove_people])
    texts = {
        "caption": None if caption is None else (_long(x(caption)) or ""),
        "photographer": None if photographer is None else (_line(x(photographer)) or ""),
        "place": None if place is None else (_line(x(place)) or ""),
    }
    new_title = None if title is None else (_line(x(title)) or "")
    if rating is not None and (isinstance(rating, bool) or not isinstance(rating, int) or not 0 <= rating <= 5):
        raise PhotoError(f"rating must be a whole number from 0 to 5, not {rating!r}")
    event_id = _UNCHANGED
    if event_ref is not None:
        event_id = _event_id(archive, event_ref.strip()) if event_ref.strip() else None
    ids = None
    if photo_ids is not None:
        ids = list(dict.fromkeys(int(i) for i in photo_ids))
        owners = db_photos.batch_of_photos(db, ids)
        for photo_id in ids:
            if photo_id not in owners:
                raise PhotoError(f"no photo with id {photo_id}")
            if owners[photo_id] != row["id"]:
                raise PhotoError(f"photo {photo_id} belongs to batch {owners[photo_id]}, not to batch {row['id']}")
        if new_title is not None or event_id is not _UNCHANGED:
            raise PhotoError("a title and an event belong to the whole batch: leave out the photo ids")
    if not (add or remove or add_people or remove_people or any(v is not None for v in texts.values())
            or new_title is not None or event_id is not _UNCHANGED or rating is not None or picked is not None):
        raise PhotoError("nothing to change: give keywords to add or remove, a caption, a photographer, a place, "
                         "people, a rating or a pick")

    result = TagResult(batch_id=row["id"])
    now, user = now_utc(), archive.user
    with write_transaction(db):
        current = db_photos.get_batch(db, row["id"])
        if ids is None:
            _tag_batch(archive, current, result, now, add=add, remove=remove, add_people=add_people,
                       remove_people=remove_people, texts=texts, title=new_title, event_id=event_id)
            batch_now = db_photos.get_batch(db, row["id"])
            targets = db_photos.get_photos(db, db_photos.photo_ids(db, row["id"]))
        else:
            batch_now = current
            targets = db_photos.get_photos(db, ids)
        for photo in targets:
            changed = _tag_photo(photo, current, batch_now, whole_batch=ids is None, add=add, remove=remove,
                                 add_people=add_people, remove_people=remove_people, texts=texts, rating=rating,
                                 picked=picked, notes=result.notes)
            if not changed:
                continue
            db_photos.update_photo(db, photo["id"], changed, user, now)
            if ids is not None:
                before_kw = photo["keywords"] or current["keywords"]
                after_kw = changed.get("keywords", photo["keywords"]) or batch_now["keywords"]
                db_photos.bump_vocabulary(db, "keywords", [k for k in after_kw if k not in before_kw])
                db_photos.bump_vocabulary(db, "keywords", [k for k in before_kw if k not in after_kw], -1)
                if changed.get("place"):
                    db_photos.bump_vocabulary(db, "places", [changed["place"]])
            audit.append(db, at=now, user=user, action="edit", type_="photo", record_id=photo["id"],
                         before={k: photo.get(k) for k in changed}, after=changed)
            result.photos_changed.append(photo["id"])
    if result.batch_changed:
        result.changes.add("edited", "photo_batch", [row["id"]])
    if result.photos_changed:
        result.changes.add("edited", "photo", result.photos_changed)
    return result


def _tag_batch(archive: Archive, batch: dict, result: TagResult, now: str, *, add, remove, add_people,
               remove_people, texts, title, event_id) -> None:
    db = archive.db
    new: dict = {}
    keywords = _apply(batch["keywords"], add, remove)
    if keywords != batch["keywords"]:
        new["keywords"] = keywords
    people = _apply(batch["people"], add_people, remove_people)
    if people != batch["people"]:
        new["people"] = people
    for name, value in list(texts.items()) + [("title", title)]:
        if value is not None and (value or None) != batch.get(name):
            new[name] = value or None
    if event_id is not _UNCHANGED and event_id != batch["event_id"]:
        new["event_id"] = event_id
    if not new:
        return
    db_photos.update_batch(db, batch["id"], new, archive.user, now)
    db_photos.bump_vocabulary(db, "keywords", [k for k in keywords if k not in batch["keywords"]])
    db_photos.bump_vocabulary(db, "keywords", [k for k in batch["keywords"] if k not in keywords], -1)
    db_photos.bump_vocabulary(db, "people", [p for p in people if p not in batch["people"]])
    db_photos.bump_vocabulary(db, "people", [p for p in batch["people"] if p not in people], -1)
    if new.get("place"):
        db_photos.bump_vocabulary(db, "places", [new["place"]])
    db_photos.touch_photos_with_own_text(db, batch["id"], now)
    before = {k: batch.get(k) for k in new}
    after = dict(new)
    if "event_id" in new:
        before["event_ref"] = batch.get("event_ref")
        after["event_ref"] = db_photos.get_batch(db, batch["id"]).get("event_ref")
    audit.append(db, at=now, user=archive.user, action="edit", type_="photo_batch", record_id=batch["id"],
                 before=before, after=after)
    result.batch_changed = True


def _tag_photo(photo: dict, batch_before: dict, batch: dict, *, whole_batch: bool, add, remove, add_people,
               remove_people, texts, rating, picked, notes: list[str]) -> dict:
    changed: dict = {}
    for column, plus, minus in (("keywords", add, remove), ("people", add_people, remove_people)):
        if not (plus or minus):
            continue
        own = photo[column]
        if whole_batch:
            if not own:
                continue  # it inherits the batch's new list
            values = _apply(own, plus, minus)
        else:
            values = _apply(own or batch_before[column], plus, minus)
            if not values and batch[column]:
                notes.append(f"photo {photo['id']}: cannot have fewer {column} than none while its batch has some; "
                             f"remove them from the batch instead")
                continue
        values = _own_after_edit(values, batch[column])
        if values != own:
            changed[column] = values
    if not whole_batch:
        for name, value in texts.items():
            if value is None:
                continue
            own = _own_value(value, batch.get(name))
            if own != photo.get(name):
                changed[name] = own
    if rating is not None and rating != photo["rating"]:
        changed["rating"] = rating
    if picked is not None and int(bool(picked)) != photo["picked"]:
        changed["picked"] = int(bool(picked))
    return changed


# --- vocabularies and code replacements ------------------------------------------------------------------

def keyword_suggestions(archive: Archive, prefix: str = "", limit: int = 20) -> list[str]:
    """Keywords starting with `prefix`, the most used first (type-ahead in the tagging panel)."""
    return db_photos.vocabulary_suggestions(archive.db, "keywords", _line(prefix) or "", limit)


def people_suggestions(archive: Archive, prefix: str = "", limit: int = 20) -> list[str]:
    return db_photos.vocabulary_suggestions(archive.db, "people", _line(prefix) or "", limit)


def place_suggestions(archive: Archive, prefix: str = "", limit: int = 20) -> list[str]:
    return db_photos.vocabulary_suggestions(archive.db, "places", _line(prefix) or "", limit)


def code_replacements(archive: Archive) -> dict[str, str]:
    """Every code and its expansion (Photo Mechanic's `\\code\\` convention)."""
    return db_photos.code_replacements(archive.db)


def expand_codes(archive: Archive, text: str) -> str:
    """`text` with each known `\\code\\` replaced by its expansion; unknown codes are left as typed."""
    return code_rules.expand(text, db_photos.code_replacements(archive.db))


def set_code_replacement(archive: Archive, code: str, expansion: str | None) -> None:
    """Add or change a code; an empty expansion removes it."""
    code = (code or "").strip().strip("\\")
    if not code_rules.CODE_CHARS.fullmatch(code):
        raise PhotoError(f"code {code!r} must be 1-40 characters without spaces or backslashes")
    expansion = _long(expansion)
    now = now_utc()
    with write_transaction(archive.db):
        before = db_photos.code_replacements(archive.db).get(code)
        if before == expansion:
            return
        db_photos.set_code_replacement(archive.db, code, expansion)
        audit.append(archive.db, at=now, user=archive.user, action="edit" if expansion else "delete",
                     type_="code_replacement", before={code: before} if before else None,
                     after={code: expansion} if expansion else None)


def import_code_replacements(archive: Archive, path: str | os.PathLike) -> tuple[int, list[str]]:
    """Codes from a Photo Mechanic code file (tab-separated) or a CSV: (how many set, line problems)."""
    try:
        pairs, problems = code_rules.read_code_file(Path(path))
    except code_rules.CodeFileError as e:
        raise PhotoError(str(e)) from None
    if not pairs and problems:
        return 0, problems
    now = now_utc()
    changed = {}
    with write_transaction(archive.db):
        current = db_photos.code_replacements(archive.db)
        for code, expansion in pairs:
            expansion = _long(expansion)
            if current.get(code) != expansion:
                db_photos.set_code_replacement(archive.db, code, expansion)
                changed[code] = expansion
        if changed:
            audit.append(archive.db, at=now, user=archive.user, action="import", type_="code_replacement",
                         after=changed, note=f"from {display_path(path)}")
    return len(pairs), problems


# --- duplicates ------------------------------------------------------------------------------------------

@dataclass
class DuplicateGroup:
    kind: str  # "same_image_data" or "visually_same"
    photos: list[dict]  # id, batch_id, original_name, date, captured_at

    @property
    def photo_ids(self) -> list[int]:
        return [p["id"] for p in self.photos]


def find_duplicates(archive: Archive) -> list[DuplicateGroup]:
    """Photos stored more than once in substance: the same image data under other metadata (or the same
    decoded pixels), or visually the same. Exact copies of the same bytes are never stored twice. Nothing is
    ever deleted automatically."""
    db = archive.db
    scan_groups = db_photos.scan_hash_groups(db)
    group_of = {pid: i for i, ids in enumerate(scan_groups) for pid in ids}
    index = VisualIndex().extend(db_photos.visual_hashes(db))
    pairs = [(a, b) for a, b in index.pairs() if group_of.get(a, -1) != group_of.get(b, -2)]
    found = [("same_image_data", ids) for ids in scan_groups] + [("visually_same", ids) for ids in clusters(pairs)]
    rows = {p["id"]: p for p in db_photos.get_photos(db, sorted({i for _k, ids in found for i in ids}))}
    keys = ("id", "batch_id", "original_name", "date", "captured_at", "width", "height", "size_bytes")
    return [DuplicateGroup(kind, [{k: rows[i][k] for k in keys} for i in ids if i in rows]) for kind, ids in found]


# --- export ----------------------------------------------------------------------------------------------

@dataclass
class ExportReport:
    out_dir: str
    files: list[str] = field(default_factory=list)
    errors: list[FileProblem] = field(default_factory=list)

    def as_dict(self) -> dict:
        return {"out": self.out_dir, "exported": len(self.files), "files": self.files,
                "errors": [e.as_dict() for e in self.errors]}


def _export_name(photo: dict, taken: set[str]) -> str:
    stem, suffix = os.path.splitext(_line(photo["original_name"]) or f"photo-{photo['id']}")
    stem = "".join("_" if c in '/\\:*?"<>|' else c for c in stem).strip(" .") or f"photo-{photo['id']}"
    suffix = os.path.splitext(photo["stored_path"])[1]
    stem = stem[:150]
    name, n = f"{stem}{suffix}", 2
    while name.casefold() in taken:
        name, n = f"{stem} ({n}){suffix}", n + 1
    taken.add(name.casefold())
    return name


def export_photos(archive: Archive, batch, out_dir: str | os.PathLike, photo_ids: Sequence[int] | None = None,
                  progress: Callable[[int, int], None] | None = None) -> ExportReport:
    """Copies of a batch's originals (or of the photos named) in `out_dir`, carrying the archive's caption,
    keywords, photographer, place and date as UTF-8 IPTC-IIM and XMP. The originals are never written."""
    from press_archive.media import exiftool

    try:
        exiftool.exiftool_command()
    except exiftool.ExiftoolMissing as e:
        raise PhotoError(str(e)) from None
    row = resolve_batch(archive, batch)
    if photo_ids is None:
        ids = db_photos.photo_ids(archive.db, row["id"])
    else:
        ids = [int(i) for i in photo_ids]
        owners = db_photos.batch_of_photos(archive.db, ids)
        for photo_id in ids:
            if owners.get(photo_id) != row["id"]:
                raise PhotoError(f"photo {photo_id} is not in batch {row['id']}")
    out = Path(out_dir).absolute()
    root = archive.layout.root.absolute()
    if out == root or root in out.parents:
        raise PhotoError(f"{out}: export to a folder outside the archive")
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as e:
        raise PhotoError(f"{out}: cannot make the folder: {e.strerror or e}") from None
    report = ExportReport(str(out))
    taken = {p.name.casefold() for p in out.iterdir()}
    jobs: list[tuple[Path, exiftool.EmbeddedFields]] = []
    for photo in db_photos.get_photos(archive.db, ids):
        target = out / _export_name(photo, taken)
        source = store.original_path(archive.layout, photo["stored_path"])
        try:
            shutil.copyfile(source, target)
            os.chmod(target, 0o644)
        except OSError as e:
            store.unlink_quietly(target)
            report.errors.append(FileProblem(photo["original_name"], f"cannot copy the original: {e.strerror or e}"))
            continue
        shown = effective_fields(photo, row)
        jobs.append((target, exiftool.EmbeddedFields(
            caption=shown["caption"], title=shown["title"], keywords=shown["keywords"],
            photographer=shown["photographer"], place=shown["place"], people=shown["people"],
            date=shown["date"], rating=photo["rating"])))
    for start in range(0, len(jobs), 200):
        part = jobs[start:start + 200]
        results = exiftool.write_fields(part, tmp_dir=archive.layout.tmp_dir)
        for target, _fields in part:
            problem = results.get(target)
            if problem:
                store.unlink_quietly(target)
                report.errors.append(FileProblem(str(target), f"metadata not written: {problem}"))
            else:
                report.files.append(str(target))
        if progress is not None:
            progress(min(start + 200, len(jobs)), len(jobs))
    return report


# --- care of the files (check --repair) ------------------------------------------------------------------

def verify_photos(archive: Archive, progress: Callable[[int, int], None] | None = None) -> list[str]:
    """Problems with the photo files: every original present and matching its hash, thumbnails present."""
    layout = archive.layout
    problems: list[str] = []
    total = db_photos.photo_count(archive.db)
    for done, (photo_id, sha, stored_path, name, size) in enumerate(db_photos.photo_files(archive.db), start=1):
        label = f"photo {photo_id} ({name})"
        path = store.original_path(layout, stored_path)
        try:
            actual_size = path.stat().st_size
        except OSError:
            problems.append(f"{label}: the original is missing: {path}")
        else:
            if actual_size != size:
                problems.append(f"{label}: the original has {actual_size} bytes, {size} expected: {path}")
            else:
                try:
                    if store.hash_file(path) != sha:
                        problems.append(f"{label}: the original does not match its hash (damaged): {path}")
                except OSError as e:
                    problems.append(f"{label}: the original cannot be read ({e.strerror or e}): {path}")
        for thumb_size, problem in _thumbnail_problems(layout, photo_id, sha, decode_every(total)):
            problems.append(f"{label}: the {thumb_size} px thumbnail {problem}")
        if progress is not None:
            progress(done, total)
    return problems


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
    return stored, shas


def find_orphans(archive: Archive) -> list[Path]:
    """Files no photo row accounts for: an interrupted import's tmp folder, originals and thumbnails."""
    stored, shas = _known_files(archive)
    originals, thumbnails = store.stray_files(archive.layout, stored, shas)
    return [w.path for w in store.ImportWorkdir.abandoned(archive.layout)] + originals + thumbnails


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


# --- for the GUI -----------------------------------------------------------------------------------------

def get_batch(archive: Archive, id_or_ref) -> dict:
    return resolve_batch(archive, id_or_ref, allow_deleted=True)


def photo_ids(archive: Archive, batch_id: int | None, **query) -> list[int]:
    """Sorted photo ids of a batch (query: order_by captured|date|name|rating|id, descending, picked,
    min_rating, include_deleted, limit, offset). The grid fetches rows for the ids it paints."""
    return db_photos.photo_ids(archive.db, batch_id, **query)


def get_photos(archive: Archive, ids: Sequence[int]) -> list[dict]:
    return db_photos.get_photos(archive.db, ids)


def batch_photo_count(archive: Archive, batch_id: int) -> int:
    return db_photos.batch_photo_count(archive.db, batch_id)


def batch_photo_counts(archive: Archive, batch_ids: Sequence[int]) -> dict[int, int]:
    """Photos in each batch (the trash excluded), for batch lists."""
    return db_photos.batch_photo_counts(archive.db, batch_ids)


def thumbnail_path(archive: Archive, photo_row: dict, size: int = 256) -> Path:
    """The JPEG thumbnail (256) or preview (1024) of a photo; the GUI loads it off the GUI thread."""
    return store.thumbnail_path(archive.layout, photo_row["sha256"], size)


def original_path(archive: Archive, photo_row: dict) -> Path:
    """The original in the archive (read-only: open it, never write it)."""
    return store.original_path(archive.layout, photo_row["stored_path"])


# Sample batches for a newcomer: (event ref, title, photographer, keywords, place, frames, taken).
_SAMPLE_BATCHES = (
    ("ev-0001", "نشست خبری شهردار با اصحاب رسانه", "نگار صالحی", ["نشست خبری", "شهردار", "روز ارتباطات"],
     "تالار اجتماعات شورای اسلامی شهر", 8, "2022-05-17T10:00:00"),
    ("ev-0003", "آیین افتتاح بوستان محله‌ای نسترن", "کاوه رستمی", ["افتتاح", "بوستان", "منطقهٔ ۴"],
     "بوستان نسترن", 6, "2022-12-11T09:30:00"),
    ("ev-0012", "آیین تحویل سال در مرکز سامانهٔ ۱۳۷", "نگار صالحی", ["نوروز", "سامانهٔ ۱۳۷", "بین‌الملل"],
     "مرکز سامانهٔ ۱۳۷ شهرداری", 6, "2025-03-21T08:00:00"),
)


def load_sample_photos(archive: Archive) -> int:
    """Import a few drawn frames as photo batches linked to the sample events; returns photos imported."""
    import tempfile
    from datetime import datetime

    from press_archive.media.sample_frames import write_sample_frames

    total = 0
    with tempfile.TemporaryDirectory(prefix="press-sample-") as tmp:
        for n, (event_ref, title, photographer, keywords, place, count, taken) in enumerate(_SAMPLE_BATCHES):
            folder = Path(tmp) / f"batch-{n}"
            write_sample_frames(folder, count, datetime.fromisoformat(taken), seed=n)
            try:
                report = import_photos(archive, [folder], title=title, photographer=photographer, keywords=keywords,
                                       event_ref=event_ref, ref=f"sample-batch-{n + 1}", workers=1)
            except PhotoError:
                continue  # the sample without its events: keep the records, skip the photos
            tag_photos(archive, report.batch_id, place=place)
            total += report.imported
    return total
