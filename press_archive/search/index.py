"""The search index of an archive: a Whoosh index in one folder, derived from the database.

* Always in step: every :meth:`SearchIndex.apply` is one Whoosh commit holding the changes *and* the
  sequence number of the last change applied (in a meta document), so the two can never disagree.
* Rebuilt whole by :meth:`SearchIndex.rebuild` into a new sibling folder, swapped in only when complete.
* ``index.json`` beside the Whoosh files records the analyzer and schema versions and, after every
  commit, the index files and their sizes; an index built by another version, or torn (a file of a
  segment missing or truncated, the table of contents unreadable), is reported by :meth:`is_healthy`.
* Searching is done by :mod:`press_archive.search.engine` over the open searcher (sets of documents,
  BM25 top-k ranking with early termination, date order); facets by :mod:`press_archive.search.facets`;
  snippets by :mod:`press_archive.search.snippets`.
* Segments are written as plain files (not Whoosh's compound files, which are copied into memory
  whenever a searcher opens them); a rebuild writes segments of thousands of records, in worker
  processes (:mod:`press_archive.search.segments`).
"""

from __future__ import annotations

import hashlib
import itertools
import json
import os
import shutil
import threading
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from whoosh import index as windex
from whoosh import query as wq
from whoosh.filedb.filestore import FileStorage
from whoosh.index import LockError

from press_archive.search.whoosh_io import WHOOSH_VERSION, commit_with_segments, writer_scratch

from press_archive.search.analyzer import ANALYZER_VERSION
from press_archive.search.documents import META_UID, TYPES, DocumentError, parse_iso, read_body, stamp_of, to_fields
from press_archive.search.facets import FacetCounter
from press_archive.search.engine import Engine, SegmentCache, collector_paused, fit_caches
from press_archive.search.query import QueryError, highlight_terms, parse_query, scoring_terms, to_whoosh
from press_archive.search.schema import SCHEMA_VERSION, make_schema
from press_archive.search.segments import build_segments, default_procs, segment_chunks
from press_archive.search.feedback import RERANK_DEPTH, feedback_terms, lead_of
from press_archive.search.snippets import make_snippet
from press_archive.search.suggest import suggest
from press_archive.search import topk

INDEX_NAME = "MAIN"
VERSION_FILE = "index.json"
DAMAGED_FILE = "DAMAGED"  # written when a search finds the index damaged: the next update rebuilds it
MAX_LIMIT = 1000
WRITER_TIMEOUT = 30.0  # seconds to wait for another writer to finish
LIMIT_MB = 256
# Segments as separate files, not one compound file: Whoosh opens a compound segment by copying all of
# it into memory (BytesIO over the mmap), for every new searcher.
WRITER_OPTIONS = {"limitmb": LIMIT_MB, "compound": False}


@dataclass
class Hit:
    uid: str
    type: str
    id: int
    ref: str | None
    title: str
    date_iso: str
    score: float
    snippet: str


@dataclass
class SearchResult:
    total: int
    hits: list[Hit] = field(default_factory=list)
    facets: dict[str, list[tuple[str, int]]] = field(default_factory=dict)
    suggestion: str | None = None
    took_ms: float = 0.0
    note: str = ""  # e.g. the index is being rebuilt and these results come from a plain database search
    # False when ``total`` is estimated: a phrase query checks positions only for its best candidates,
    # and counts the many left over from a random sample of them
    total_exact: bool = True


def _sha256(path: Path) -> str:
    with open(path, "rb") as f:
        return hashlib.file_digest(f, "sha256").hexdigest()


# What the index's own files hold besides Whoosh's: 2 added each segment's impacts file
# (search/impacts.py), 3 the positions in it
FORMAT_VERSION = 3


def _versions() -> dict:
    # the Whoosh version too: the engine reads its files' internals, so another version means a rebuild
    return {"analyzer_version": ANALYZER_VERSION, "schema_version": SCHEMA_VERSION,
            "whoosh_version": WHOOSH_VERSION, "format_version": FORMAT_VERSION}


def _meta_fields(seq: int) -> dict:
    return {"uid": META_UID, "seq": int(seq), "meta": _versions()}


def _moment_bound(value: str | None, end: bool) -> int | None:
    if value is None or value == "":
        return None
    try:
        moment = parse_iso(str(value))
    except ValueError:
        raise QueryError(f"{'date_to' if end else 'date_from'} {value!r} is not an ISO date "
                         "(e.g. 2016-03-19 or 2016-03-19T10:30:00)") from None
    if end and len(str(value).strip()) <= 10:
        return stamp_of(moment) + 86399  # a day alone: the whole day
    return stamp_of(moment)


class SearchIndex:
    """The archive's search index in ``folder`` (see the module docstring)."""

    def __init__(self, folder: Path):
        self.folder = Path(folder)
        self._lock = threading.RLock()  # searcher
        self._write_lock = threading.Lock()  # one writer
        self._ix = None
        self._searcher = None
        self._facets = FacetCounter()
        self._filter_cache: dict = {}
        self._engine: Engine | None = None
        self._segment_cache = SegmentCache()
        self._segment_cache.folder = self.folder
        self._healthy_signature: tuple | None = None

    # --- state ---------------------------------------------------------------------------------------

    def exists(self) -> bool:
        """True when the folder holds an index (healthy or not: see :meth:`is_healthy`)."""
        try:
            return self.folder.is_dir() and any(self.folder.glob(f"_{INDEX_NAME}_*.toc"))
        except OSError:
            return False

    def _read_versions(self) -> dict | None:
        try:
            return json.loads((self.folder / VERSION_FILE).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None

    def _signature(self) -> tuple | None:
        """Names, sizes and times of the index files: unchanged files need no second reading."""
        try:
            return tuple(sorted((e.name, e.stat().st_size, e.stat().st_mtime_ns) for e in os.scandir(self.folder)
                                if e.is_file() and not e.name.endswith("WRITELOCK")))
        except OSError:
            return None

    def is_healthy(self) -> bool:
        """True when the index opens and reads back, and was built by this analyzer and schema version.

        A missing folder, a missing or truncated segment, an unreadable table of contents, or an index
        of another analyzer version all give False. Files unchanged since the last positive check (or
        since this object's last commit) are not read again.
        """
        signature = self._signature()
        if signature is not None and signature == self._healthy_signature:
            return True
        if signature is not None and signature == self._checked_elsewhere():
            self._healthy_signature = signature
            return True
        ok = self._check()
        self._trust(signature if ok else None)
        return ok

    def _checked_file(self) -> Path:
        # beside the folder, not in it: the index's own files, sizes and sums stay the commit's
        return self.folder.parent / (self.folder.name + ".checked.json")

    def _checked_elsewhere(self) -> tuple | None:
        """The file signature that another process (or an earlier run) found healthy with this program's
        versions: a new search process does not read every segment again (most of a cold search's time
        on a large index). Any change to the index's files changes the signature."""
        try:
            kept = json.loads(self._checked_file().read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None
        if not isinstance(kept, dict) or kept.get("versions") != _versions():
            return None
        return tuple(tuple(e) for e in kept.get("signature") or ()) or None

    def _trust(self, signature: tuple | None) -> None:
        """Remember that the files with ``signature`` are healthy (None: forget it), here and for the next
        process."""
        self._healthy_signature = signature
        if signature is None:
            return
        try:
            tmp = self._checked_file().with_suffix(f".{os.getpid()}.tmp")
            tmp.write_text(json.dumps({"versions": _versions(), "signature": signature}, ensure_ascii=False),
                           encoding="utf-8")
            os.replace(tmp, self._checked_file())
        except OSError:
            pass  # a read-only archive: each process checks again

    def _check(self) -> bool:
        if not self.exists() or self.is_damaged():
            return False
        manifest = self._read_versions()
        if not isinstance(manifest, dict) or any(manifest.get(k) != v for k, v in _versions().items()):
            return False
        try:
            ix = windex.open_dir(str(self.folder), indexname=INDEX_NAME)
            try:
                files = manifest.get("files")
                known = (manifest.get("generation") == ix.latest_generation() and isinstance(files, dict)
                         and isinstance(manifest.get("sums"), dict))
                if known:
                    # the files as the last commit left them: a truncated or missing one is torn
                    for name, size in files.items():
                        try:
                            if (self.folder / name).stat().st_size != size:
                                return False
                        except OSError:
                            return False
                with ix.searcher() as s:
                    meta = s.document(uid=META_UID)
                    if not meta or meta.get("meta") != _versions():
                        return False
                    for leaf, _ in s.reader().leaf_readers():
                        _read_segment(leaf, deep=not known)
            finally:
                ix.close()
        except Exception:  # noqa: BLE001 - anything unreadable is "not healthy"
            return False
        if not known:
            self._write_manifest(self.folder)
        return True

    @staticmethod
    def _write_manifest(folder: Path) -> None:
        """index.json: the versions, and the files of the index as a commit just left them, with their sizes
        and SHA-256 sums. Whoosh writes a file once and never changes it, so a sum already in the manifest
        for the same name and size is kept, not computed again: a commit hashes only its new files."""
        manifest = dict(_versions())
        try:
            known = json.loads((folder / VERSION_FILE).read_text(encoding="utf-8"))
            known = {n: (size, known["sums"][n]) for n, size in known["files"].items() if n in known["sums"]}
        except (OSError, ValueError, KeyError, TypeError, AttributeError):
            known = {}
        try:
            toc = sorted(folder.glob(f"_{INDEX_NAME}_*.toc"), key=lambda p: int(p.stem.rsplit("_", 1)[1]))
            manifest["generation"] = int(toc[-1].stem.rsplit("_", 1)[1]) if toc else -1
            manifest["files"] = {e.name: e.stat().st_size for e in os.scandir(folder)
                                 if e.is_file() and e.name != VERSION_FILE and not e.name.endswith("LOCK")
                                 and not e.name.endswith(".tmp") and e.name != DAMAGED_FILE}
            manifest["sums"] = {name: known[name][1] if known.get(name, (None,))[0] == size else _sha256(folder / name)
                                for name, size in manifest["files"].items()}
        except (OSError, ValueError):
            manifest.pop("files", None)
            manifest.pop("sums", None)
        tmp = folder / f"{VERSION_FILE}.{os.getpid()}.tmp"
        tmp.write_text(json.dumps(manifest, ensure_ascii=False), encoding="utf-8")
        os.replace(tmp, folder / VERSION_FILE)

    def damaged_files(self) -> list[str]:
        """Index files whose content differs from the sum written at their commit (bytes changed in place,
        the size kept). Reads the whole index: for `check`, and to tell damage from a bug."""
        manifest = self._read_versions() or {}
        sums = manifest.get("sums") if isinstance(manifest.get("sums"), dict) else {}
        damaged = []
        for name, digest in sorted(sums.items()):
            try:
                if _sha256(self.folder / name) != digest:
                    damaged.append(name)
            except FileNotFoundError:
                continue  # merged away by a later commit; a missing current file shows in is_healthy
        return damaged

    def mark_damaged(self, reason: str) -> None:
        """Make the index unhealthy until rebuilt: the next update rebuilds it (the rebuilt folder has no mark)."""
        (self.folder / DAMAGED_FILE).write_text(reason + "\n", encoding="utf-8")
        self._healthy_signature = None

    def is_damaged(self) -> bool:
        return (self.folder / DAMAGED_FILE).exists()

    def _open(self):
        """The open Whoosh index (created empty, with seq 0, if there is none)."""
        if self._ix is None:
            if not self.exists():
                self._create(self.folder)
            self._ix = windex.open_dir(str(self.folder), indexname=INDEX_NAME)
        return self._ix

    def _create(self, folder: Path):
        folder.mkdir(parents=True, exist_ok=True)
        ix = FileStorage(str(folder)).create_index(make_schema(), indexname=INDEX_NAME)
        (folder / VERSION_FILE).write_text(json.dumps(_versions()), encoding="utf-8")
        w = ix.writer(**WRITER_OPTIONS)
        w.add_document(**_meta_fields(0))
        w.commit()
        self._write_manifest(folder)
        return ix

    def close(self) -> None:
        with self._lock:
            if self._searcher is not None:
                self._searcher.close()
                self._searcher = None
                self._engine = None
            if self._ix is not None:
                self._ix.close()
                self._ix = None
            self._segment_cache.close_files()
            self._filter_cache.clear()

    def _current_searcher(self):
        with self._lock:
            if self._searcher is None:
                self._searcher = self._open().searcher()
                self._new_engine()
            elif self._ix.latest_generation() != self._searcher.reader().generation():
                # A new searcher, not Searcher.refresh(): that one reuses the readers of segments whose
                # names did not change, with the deletions they had when opened.
                self._searcher.close()
                self._searcher = self._ix.searcher()
                self._new_engine()
            return self._searcher

    def _new_engine(self) -> None:
        self._engine = Engine(self._searcher, self._segment_cache)
        fit_caches(self._engine.doc_count, self._segment_cache)
        self._segment_cache.forget_segments_except(set(self._engine.segids))
        self._filter_cache.clear()

    def applied_seq(self) -> int:
        """The sequence number of the last change applied (0 for a new or unreadable index)."""
        if not self.exists():
            return 0
        try:
            with self._lock:
                meta = self._current_searcher().document(uid=META_UID)
        except Exception:  # noqa: BLE001
            return 0
        return int(meta.get("seq", 0)) if meta else 0

    def uids(self) -> set[str]:
        """The uid of every record in the index."""
        with self._lock:
            reader = self._current_searcher().reader()
            col = reader.column_reader("uid")
            out = {col[d] for d in reader.all_doc_ids()}
        out.discard(META_UID)
        return out

    def doc_count(self) -> int:
        """How many records the index holds."""
        with self._lock:
            s = self._current_searcher()
            return s.doc_count() - (1 if s.document_number(uid=META_UID) is not None else 0)

    # --- writing -------------------------------------------------------------------------------------

    def clear_writer_scratch(self) -> None:
        """What a writer killed before its commit ended left in the index folder. Only for the holder of the
        index lock: every writer holds it, so none is running."""
        shutil.rmtree(writer_scratch(self.folder, INDEX_NAME), ignore_errors=True)

    def _writer(self, ix):
        deadline = time.monotonic() + WRITER_TIMEOUT
        while True:
            try:
                return ix.writer(**WRITER_OPTIONS)
            except LockError:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.05)

    def apply(self, upserts: list[dict], deletes: list[str], seq: int) -> None:
        """In one commit: delete ``deletes`` (uids), add or replace ``upserts`` (by uid) and record ``seq``."""
        fields = {}
        for doc in upserts:
            f = _with_lead(to_fields(doc))
            fields[f["uid"]] = f  # the last one of a uid wins
        with self._write_lock:
            ix = self._open()
            w = self._writer(ix)
            try:
                for uid in deletes:
                    if uid != META_UID:
                        w.delete_by_term("uid", uid)
                for f in fields.values():
                    w.update_document(**f)
                w.update_document(**_meta_fields(seq))
            except BaseException:
                w.cancel()
                raise
            healthy = self._healthy_signature is not None
            w.commit(mergetype=merge_small_segments)
            self._write_manifest(self.folder)
            self._trust(self._signature() if healthy else None)

    def append(self, docs: Iterable[dict], deletes: Iterable[str], seq: int,
               cancelled: Callable[[], bool] | None = None, procs: int | None = None) -> bool:
        """In one commit, as :meth:`apply` but for a large batch (another desk's big import): the old
        versions of ``docs`` and ``deletes`` (uids) are deleted, and ``docs`` are written as new segments
        by the parallel segment writer beside the existing ones, rather than posting by posting through
        Whoosh's writer. False (the index as it was) when ``cancelled()`` turns true."""
        fields: dict[str, dict] = {}
        for doc in docs:
            try:
                f = to_fields(doc)
            except DocumentError:
                continue
            fields[f["uid"]] = f  # the last one of a uid wins
        with self._write_lock:
            ix = self._open()
            w = self._writer(ix)
            try:
                for uid in itertools.chain(deletes, fields):
                    if uid != META_UID:
                        w.delete_by_term("uid", uid)
                segments = build_segments(self.folder, INDEX_NAME, ix.schema, segment_chunks(fields.values()),
                                          default_procs() if procs is None else procs, cancelled)
                if segments is None:
                    w.cancel()  # the segments' files are not in any commit: the next commit clears them
                    return False
                w.update_document(**_meta_fields(seq))
            except BaseException:
                w.cancel()
                raise
            healthy = self._healthy_signature is not None
            commit_with_segments(w, segments)
            self._write_manifest(self.folder)
            self._trust(self._signature() if healthy else None)
            return True

    def rebuild(self, docs: Iterable[dict], seq: int, progress: Callable[[int], None] | None = None,
                cancelled: Callable[[], bool] | None = None, procs: int | None = None) -> bool:
        """Build the whole index anew from ``docs`` in a sibling folder and swap it in when complete.

        The segments are written by :mod:`press_archive.search.segments`, in ``procs`` worker processes
        (default: :func:`default_procs`; a small archive is built in this process). ``progress(n)`` is
        called with the number of documents read so far; when ``cancelled()`` turns true the new
        folder is dropped, the current index stays, and False is returned. A document that cannot be
        indexed is skipped (later ones of the same uid replace earlier).
        """
        with self._write_lock:
            parent = self.folder.parent
            parent.mkdir(parents=True, exist_ok=True)
            tmp = parent / (self.folder.name + ".new")
            if tmp.exists():
                shutil.rmtree(tmp)
            ix = self._create(tmp)
            seen: set[str] = set()
            dups: dict[str, dict] = {}
            n = 0
            stopped = False

            def rows():
                nonlocal n, stopped
                for doc in docs:
                    if cancelled is not None and n % 100 == 0 and cancelled():
                        stopped = True
                        return
                    try:
                        f = to_fields(doc)
                    except DocumentError:
                        continue
                    if f["uid"] in seen:
                        dups[f["uid"]] = f  # replaced after the segments are in
                    else:
                        seen.add(f["uid"])
                        yield f
                    n += 1
                    if progress is not None and n % 500 == 0:
                        progress(n)

            try:
                segments = build_segments(tmp, INDEX_NAME, ix.schema, segment_chunks(rows()),
                                          default_procs() if procs is None else procs, cancelled)
                if segments is None or stopped:
                    ix.close()
                    shutil.rmtree(tmp, ignore_errors=True)
                    return False
                w = ix.writer(**WRITER_OPTIONS)
                try:
                    w.update_document(**_meta_fields(seq))
                except BaseException:
                    w.cancel()
                    raise
                commit_with_segments(w, segments)
                if dups:
                    w = ix.writer(**WRITER_OPTIONS)
                    for f in dups.values():
                        w.update_document(**_with_lead(f))
                    w.commit(merge=False)
                ix.close()
                self._write_manifest(tmp)
                if progress is not None:
                    progress(n)
            except BaseException:
                ix.close()
                shutil.rmtree(tmp, ignore_errors=True)
                raise
            self._swap_in(tmp)
            return True

    def _swap_in(self, tmp: Path) -> None:
        with self._lock:
            self.close()
            old = self.folder.parent / (self.folder.name + ".old")
            if old.exists():
                shutil.rmtree(old)
            if self.folder.exists():
                os.replace(self.folder, old)
            os.replace(tmp, self.folder)
            shutil.rmtree(old, ignore_errors=True)
            self._trust(self._signature())

    # --- searching -----------------------------------------------------------------------------------

    def _filter(self, engine: Engine, types, date_from, date_to):
        subs = []
        if types:
            if isinstance(types, str):
                types = [types]
            types = sorted(set(types))
            bad = [t for t in types if t not in TYPES]
            if bad:
                raise QueryError(f"unknown type {bad[0]!r} (one of {', '.join(TYPES)})")
            if len(types) < len(TYPES):
                subs.append(wq.Or([wq.Term("type", t) for t in types]) if len(types) > 1
                            else wq.Term("type", types[0]))
        start = _moment_bound(date_from, end=False)
        end = _moment_bound(date_to, end=True)
        if start is not None or end is not None:
            subs.append(wq.NumericRange("stamp", start, end))
        if not subs:
            return None
        key = (tuple(types or ()), start, end)
        cached = self._filter_cache.get(key)
        if cached is None:
            cached = engine.docs(subs[0] if len(subs) == 1 else wq.And(subs))
            if len(self._filter_cache) > 32:
                self._filter_cache.clear()
            self._filter_cache[key] = cached
        return cached

    def search(self, query: str, types=None, date_from: str | None = None, date_to: str | None = None,
               limit: int = 20, offset: int = 0, sort: str = "relevance", facets: bool = True,
               expand: bool = True) -> SearchResult:
        """Run a query (see ``press_archive.search.query``); raises QueryError for an unusable one.

        ``types``: record types to keep; ``date_from``/``date_to``: ISO dates or date-times, both
        included (a date alone as ``date_to`` means the whole day); ``sort``: "relevance" (BM25, title
        words count more) or "date" (newest first; an empty query always lists newest first);
        ``expand``: rank with the words the best matches share as well (:mod:`press_archive.search.feedback`).
        """
        started = time.perf_counter()
        if sort not in ("relevance", "date"):
            raise QueryError(f"unknown sort {sort!r} (relevance or date)")
        try:
            limit, offset = int(limit), int(offset)
        except (TypeError, ValueError):
            raise QueryError("limit and offset must be whole numbers") from None
        if limit < 0 or offset < 0:
            raise QueryError("limit and offset must not be negative")
        limit = min(limit, MAX_LIMIT)
        parsed = parse_query(query)
        q = to_whoosh(parsed)
        # a phrase ranks as its words, with or without facets (which decide how it is checked)
        expand = expand and not _has_phrase(q)
        with self._lock, collector_paused():
            searcher = self._current_searcher()
            engine = self._engine
            allowed = self._filter(engine, types, date_from, date_to)
            wanted = offset + limit
            total_exact = True
            if sort == "relevance" and not parsed.browse and not facets and _has_phrase(q):
                # phrases: rank the documents holding their words, check positions for the best only
                matched = engine.docs(q, relax=True)
                if allowed is not None:
                    matched = matched & allowed
                if len(matched) <= topk.EXACT_REST:  # few candidates: all checked, then ranked
                    matched = engine.docs_within(q, set(matched))
                    total, top, by_date = len(matched), engine.rank(matched, scoring_terms(parsed), wanted), False
                else:
                    found = engine.best_verified(q, matched, scoring_terms(parsed), wanted)
                    top, total, total_exact, by_date = found.top, found.total, found.exact, False
            else:
                if parsed.browse:
                    matched = engine.all_docs()
                elif allowed is None and not facets and sort == "relevance":
                    matched = engine.matches(q)  # counted and ranked, nothing more
                else:
                    matched = engine.docs(q)
                if allowed is not None:
                    matched = matched & allowed
                total = len(matched)
                if sort == "date" or parsed.browse:
                    top = engine.by_date(matched, wanted)
                    by_date = True
                else:
                    terms = scoring_terms(parsed)
                    expand = expand and wanted > 0  # (a count alone ranks nothing)
                    top = engine.rank(matched, terms, max(wanted, RERANK_DEPTH) if expand else wanted)
                    extra = feedback_terms(engine, searcher, top, terms) if expand else []
                    if extra:
                        # the first RERANK_DEPTH, whatever page is asked for: pages follow on
                        head = top[:RERANK_DEPTH]
                        top = engine.rank_few([d for _, d in head], engine.weighted(terms) + extra) + top[RERANK_DEPTH:]
                    top = top[:wanted]
                    by_date = False
            terms = highlight_terms(parsed)
            hits = []
            for score, docnum in top[offset:]:
                stored = searcher.stored_fields(docnum)
                hits.append(Hit(
                    uid=stored.get("uid", ""), type=stored.get("type", ""), id=stored.get("rid"),
                    ref=stored.get("ref") or None, title=stored.get("title") or "",
                    date_iso=stored.get("date_iso") or "", score=0.0 if by_date else float(score),
                    snippet=make_snippet(read_body(stored), terms),
                ))
            facet_counts = self._facets.count(searcher, matched) if facets else {}
            suggestion = None
            if total == 0 and not parsed.browse:
                suggestion = suggest(searcher, parsed, allowed, engine)
        return SearchResult(total=total, hits=hits, facets=facet_counts, suggestion=suggestion,
                            took_ms=(time.perf_counter() - started) * 1000, total_exact=total_exact)


def _with_lead(fields: dict) -> dict:
    """A document's fields with its lead terms, for Whoosh's own writer (the segment builder keeps them
    from the analysis it makes anyway)."""
    lead = lead_of(fields.get("content") or "")
    if lead:
        fields["lead"] = lead
    return fields


def _has_phrase(q) -> bool:
    return isinstance(q, wq.Phrase) or any(_has_phrase(s) for s in q.children())


SMALL_SEGMENT_DOCS = 500  # segments below this size are merged together...
SMALL_SEGMENTS_TO_MERGE = 8  # ...once there are this many of them


def merge_small_segments(writer, segments):
    """Whoosh merge policy for apply(): merge the small segments (single edits, small imports) once
    there are several, never the big ones a rebuild or a large import wrote. (Whoosh's MERGE_SMALL, on
    an index of many equal segments, would merge most of the index in one commit.)"""
    from whoosh.reading import SegmentReader

    small = [s for s in segments if s.doc_count_all() < SMALL_SEGMENT_DOCS]
    if len(small) < SMALL_SEGMENTS_TO_MERGE:
        return segments
    for seg in small:
        reader = SegmentReader(writer.storage, writer.schema, seg)
        writer.add_reader(reader)
        reader.close()
    return [s for s in segments if s.doc_count_all() >= SMALL_SEGMENT_DOCS]


def _read_segment(leaf, deep: bool) -> None:
    """Read a little of every part of a segment (raises when something cannot be read); ``deep`` also
    walks the whole term list of the main fields and reads the last term's postings, which sit at the
    end of the postings file."""
    n = leaf.doc_count_all()
    if n:
        leaf.stored_fields(0)
        leaf.stored_fields(n - 1)
        if leaf.has_column("uid"):
            col = leaf.column_reader("uid")
            col[0], col[n - 1]
    for fieldname in ("content", "title", "uid", "type"):
        terms = leaf.lexicon(fieldname) if deep else itertools.islice(leaf.lexicon(fieldname), 1)
        first = last = None
        for term in terms:
            if first is None:
                first = term
            last = term
        for term in {first, last} - {None}:
            list(leaf.postings(fieldname, term).all_ids())
