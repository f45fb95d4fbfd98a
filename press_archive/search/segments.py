"""Whole index segments written fast, for rebuilds (one process or several).

Whoosh's own ``SegmentWriter`` spends most of a rebuild on bookkeeping per posting: a Token object per
word, a pool tuple per posting with its size estimate, one sort of every tuple, a read of the field
length back from the column just written, and a type-checked ``add_posting`` per posting. A rebuild
needs none of that. :class:`SegmentBuilder` keeps the postings of a segment per field and term as
they come (documents arrive in order, so every posting list is already sorted), sorts only the
terms, and hands each posting list to Whoosh's block writer a block at a time.

The files are Whoosh's own: the same codec writes them, with the same encodings, so any Whoosh reader
(and our engine) reads them; ``tests/test_search_segments.py`` builds one corpus both ways and
compares every posting, length and stored field. This relies on ``whoosh-reloaded`` 2.7.5 internals
(the W3 codec's postings writer), like the engine does: the version is pinned, and the private names are
reached through :mod:`press_archive.search.whoosh_io`.

:func:`build_segments` runs builders in spawned worker processes, a segment of
a segment per task (see :func:`segment_chunks`), so a rebuild uses every core while memory stays bounded.
"""

from __future__ import annotations

import itertools
import multiprocessing
import multiprocessing.connection
import threading
import os
import zlib
from array import array
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor

from whoosh.codec import default_codec
from whoosh.codec.whoosh3 import WHOOSH3_HEADER_MAGIC
from whoosh.compat import dumps
from whoosh.fields import UnknownFieldError
from whoosh.filedb.filestore import FileStorage
from whoosh.formats import Positions
from whoosh.system import pack_uint, pack_ushort
from whoosh.util.numeric import byte_to_length, length_to_byte

from press_archive.search import impacts
from press_archive.search.analyzer import PersianAnalyzer, analyze
from press_archive.search.engine import collector_paused
from press_archive.search.feedback import lead_of_positions
from press_archive.search.whoosh_io import field_postings_setup, field_writer_files, term_info

# A segment holds at most this many documents, and this many characters of text: a worker's memory is
# its postings, which grow with the text (about 35 bytes a character), so news items of 300 words make
# segments of about 8,000 and short photo records of up to 50,000. Every segment costs each search a
# little (opened, every query term looked up in it): fewer, larger ones answer a new process faster.
SEGMENT_DOCS = 50_000
SEGMENT_CHARS = 20_000_000


def segment_chunks(rows: Iterable[dict]) -> Iterator[list[dict]]:
    """Field dicts (as :func:`press_archive.search.documents.to_fields` makes them) in chunks of one
    segment each."""
    chunk: list[dict] = []
    chars = 0
    for fields in rows:
        chunk.append(fields)
        chars += len(fields.get("content") or "")
        if len(chunk) >= SEGMENT_DOCS or chars >= SEGMENT_CHARS:
            yield chunk
            chunk, chars = [], 0
    if chunk:
        yield chunk

_SINGLE_POSITIONS: dict[int, bytes] = {}


def _encode_positions(positions: list[int]) -> bytes:
    """Exactly what ``whoosh.formats.Positions.encode`` writes (most postings hold one position)."""
    if len(positions) == 1:
        pos = positions[0]
        value = _SINGLE_POSITIONS.get(pos)
        if value is None:
            value = pack_uint(1) + dumps([pos], 2)
            if pos < 4096:
                _SINGLE_POSITIONS[pos] = value
        return value
    deltas = []
    base = 0
    for pos in positions:
        deltas.append(pos - base)
        base = pos
    return pack_uint(len(deltas)) + dumps(deltas, 2)


class SegmentBuilder:
    """One new segment of ``schema`` in ``storage``: :meth:`add` documents, then :meth:`finish`."""

    def __init__(self, storage, indexname: str, schema):
        for name, field in schema.items():
            if field.vector or field.separate_spelling():
                raise ValueError(f"field {name!r}: vectors and separate spelling are not supported here")
        self.storage = storage
        self.schema = schema
        self.codec = default_codec()
        self.segment = self.codec.new_segment(storage, indexname)
        self.perdoc = self.codec.per_document_writer(storage, self.segment)
        self.docnum = 0
        # field -> term (str for our analyzer's fields, bytes for the others) -> flat postings list
        # [docnum, weight, value bytes, field length, positions (our analyzer's fields) or None, docnum, ...]
        self.postings: dict[str, dict] = {}
        self._fast = {name: isinstance(f.analyzer, PersianAnalyzer) and type(f.format) is Positions
                      for name, f in schema.items() if f.indexed}

    def add(self, fields: dict) -> None:
        """Add one document (the same keyword fields ``IndexWriter.add_document`` takes, no boosts)."""
        schema = self.schema
        names = sorted(name for name in fields if not name.startswith("_"))
        for name in names:
            if name not in schema:
                raise UnknownFieldError(f"No field named {name!r} in {schema}")
        docnum = self.docnum
        perdoc = self.perdoc
        perdoc.start_doc(docnum)
        lead = None
        try:
            for name in names:
                value = fields[name]
                if value is None:
                    continue
                field = schema[name]
                length = 0
                if field.indexed:
                    terms = self.postings.get(name)
                    if terms is None:
                        terms = self.postings[name] = {}
                    if self._fast[name] and isinstance(value, str):
                        length, first = self._add_analyzed(terms, docnum, value, field)
                        if name == "content":
                            lead = lead_of_positions(first)
                    else:
                        items = list(field.index(value))
                        if field.scorable:
                            length = sum(item[1] for item in items)
                        quantized = byte_to_length(length_to_byte(length)) if length else 0
                        for tbytes, _freq, weight, vbytes in items:
                            plist = terms.get(tbytes)
                            if plist is None:
                                terms[tbytes] = [docnum, weight, vbytes, quantized, None]
                            else:
                                plist.extend((docnum, weight, vbytes, quantized, None))
                perdoc.add_field(name, field, value if field.stored else None, length)
                column = field.column_type
                if column:
                    perdoc.add_column_value(name, column, field.to_column_value(value))
            if lead:
                perdoc.add_field("lead", schema["lead"], lead, 0)
        except Exception:
            perdoc.cancel_doc()
            raise
        perdoc.finish_doc()
        self.docnum += 1

    @staticmethod
    def _add_analyzed(terms: dict, docnum: int, value: str, field) -> tuple[int, dict[str, list[int]]]:
        """What ``Positions.word_values`` gives for our analyzer, without a Token per word; returns the
        field's length and its terms' positions (in order of first appearance)."""
        positions: dict[str, list[int]] = {}
        count = 0
        for term, pos, _, _ in analyze(value):
            count += 1
            found = positions.get(term)
            if found is None:
                positions[term] = [pos]
            else:
                found.append(pos)
        length = count if field.scorable else 0
        # the length the codec reads back for block statistics (quantized to a byte)
        quantized = byte_to_length(length_to_byte(length)) if length else 0
        boost = field.format.field_boost
        for term, found in positions.items():
            plist = terms.get(term)
            posting = (docnum, len(found) * boost, _encode_positions(found), quantized, found)
            if plist is None:
                terms[term] = list(posting)
            else:
                plist.extend(posting)
        return length, positions

    def finish(self):
        """Write the postings and close the segment's files; returns the Whoosh segment."""
        self.perdoc.close()
        self._write_impacts()
        fieldwriter = self.codec.field_writer(self.storage, self.segment)
        postfile, tindex = field_writer_files(fieldwriter)
        for name in sorted(self.postings):
            terms = self.postings[name]
            field = self.schema[name]
            fieldwriter.start_field(name, field)
            fieldid, blocklimit, compression = field_postings_setup(fieldwriter)
            prefix = pack_ushort(fieldid)
            fixed = field.format.fixed_value_size()
            # UTF-8 keeps the order of code points: str terms sort as their bytes do
            for term in sorted(terms):
                flat = terms[term]
                tbytes = term.encode("utf-8") if isinstance(term, str) else term
                info = _write_postings(postfile, fixed, flat, blocklimit, compression)
                tindex.add(prefix + tbytes, info.to_bytes())
            fieldwriter.finish_field()
        fieldwriter.close()
        self.postings.clear()
        self.segment.set_doc_count(self.docnum)
        return self.segment

    def _write_impacts(self) -> None:
        """The segment's impacts file (:mod:`press_archive.search.impacts`): the analyzed fields' frequent
        terms as flat arrays with block maxima."""
        byte_of = {byte_to_length(b): b for b in range(256)}  # quantized length -> its length byte
        byte_of[0] = 0

        def entries():
            for name, terms in self.postings.items():
                if not self._fast.get(name):
                    continue
                for term, flat in terms.items():
                    if len(flat) >= 5 * impacts.MIN_DF:
                        yield (name, term, flat[0::5], flat[1::5], list(map(byte_of.__getitem__, flat[3::5])),
                               flat[4::5])

        impacts.write_file(os.path.join(self.storage.folder, self.segment.make_filename(impacts.EXT)), entries())

    def cancel(self) -> None:
        if not self.perdoc.is_closed:
            self.perdoc.close()


SMALL_BLOCK = 100  # pickled blocks shorter than this are stored uncompressed (zlib gains nothing there)


def _write_postings(postfile, fixed_size, flat: list, blocklimit: int, compression: int):
    """One term's postings as Whoosh's W3 postings writer writes them, block by block; returns its
    term info. (Whoosh meant to leave tiny blocks uncompressed but a slip overwrites the choice: here
    they are; its reader honours the per-block compression flag.)"""
    ids_all = flat[0::5]
    weights_all = flat[1::5]
    values_all = flat[2::5]
    lengths_all = flat[3::5]
    start_offset = postfile.tell()
    postfile.write(WHOOSH3_HEADER_MAGIC)
    total = len(ids_all)
    weight_sum = 0.0
    max_weight = 0
    min_length = None
    max_length = 0
    for start in range(0, total, blocklimit):
        end = start + blocklimit
        ids = ids_all[start:end]
        weights = array("f", weights_all[start:end])
        lengths = [n for n in lengths_all[start:end] if n]
        block_min = min(lengths) if lengths else None
        block_max = max(lengths) if lengths else 0
        block_weight = max(0, max(weights_all[start:end]))
        weight_sum += sum(weights)
        if block_min is not None and (min_length is None or block_min < min_length):
            min_length = block_min
        if block_max > max_length:
            max_length = block_max
        if block_weight > max_weight:
            max_weight = block_weight

        deltas = []
        base = 0
        for n in ids:
            deltas.append(n - base)
            base = n
        if all(w == 1.0 for w in weights):
            mini_weights = None
        elif all(w == weights[0] for w in weights):
            mini_weights = weights[0]
        else:
            mini_weights = tuple(weights)
        if fixed_size is None or fixed_size < 0:
            mini_values = tuple(v for v in values_all[start:end] if v)
        elif fixed_size == 0:
            mini_values = None
        else:
            mini_values = b"".join(v for v in values_all[start:end] if v)
        databytes = dumps((tuple(deltas), mini_weights, mini_values), 2)
        comp = compression if len(databytes) >= SMALL_BLOCK else 0
        if comp:
            databytes = zlib.compress(databytes, comp)
        infobytes = dumps((len(ids), ids[-1], block_weight, comp, length_to_byte(block_min),
                           length_to_byte(block_max)), 2)
        blocklength = len(infobytes) + len(databytes)
        postfile.write_int(-blocklength if end >= total else blocklength)
        postfile.write(infobytes)
        postfile.write(databytes)
    return term_info(start_offset, postfile.tell() - start_offset, weight_sum, total, min_length, max_length,
                     max_weight, ids_all[0], ids_all[-1])


# --- several processes -----------------------------------------------------------------------------

_worker_state: dict = {}


def _exit_with_parent() -> None:
    """Worker initializer: leave when the parent process dies (a killed app or CLI). A pool worker
    holds both ends of its task queue, so it would otherwise wait for work forever."""
    parent = multiprocessing.parent_process()
    if parent is None:
        return

    def watch():
        multiprocessing.connection.wait([parent.sentinel])
        os._exit(1)

    threading.Thread(target=watch, name="parent-watch", daemon=True).start()


def _build_in_worker(folder: str, indexname: str, docs: list[dict]):
    key = (folder, indexname)
    if _worker_state.get("key") != key:
        storage = FileStorage(folder)
        _worker_state.update(key=key, storage=storage, schema=storage.open_index(indexname).schema)
    return build_segment(_worker_state["storage"], indexname, _worker_state["schema"], docs)


def build_segment(storage, indexname: str, schema, docs: Iterable[dict]):
    builder = SegmentBuilder(storage, indexname, schema)
    # a segment's postings are hundreds of thousands of lists that live until it is written (they make
    # no cycles): the cyclic collector walking them again and again cost a fifth of the build
    with collector_paused():
        try:
            for fields in docs:
                builder.add(fields)
        except BaseException:
            builder.cancel()
            raise
        return builder.finish()


WORKER_MEMORY = 1_000_000_000  # what a worker may hold while it writes a segment (about 650 MB), and room


def default_procs() -> int:
    """Worker processes for a rebuild: every core, at most 4 (the reader feeding them is one process),
    and no more than the memory free now holds."""
    procs = max(1, min(4, os.cpu_count() or 1))
    free = _available_memory()
    return procs if free is None else max(1, min(procs, free // WORKER_MEMORY))


def _available_memory() -> int | None:
    """Bytes of memory that can be had now without swapping (the kernel's estimate), or None."""
    try:
        with open("/proc/meminfo", encoding="ascii") as f:
            for line in f:
                if line.startswith("MemAvailable:"):
                    return int(line.split()[1]) * 1024
    except (OSError, ValueError, IndexError):
        pass
    try:
        return os.sysconf("SC_AVPHYS_PAGES") * os.sysconf("SC_PAGE_SIZE")
    except (ValueError, OSError, AttributeError):  # not on every system
        return None


def build_segments(folder, indexname: str, schema, chunks: Iterable[list[dict]], procs: int,
                   cancelled: Callable[[], bool] | None = None) -> list | None:
    """Build one segment per chunk of field dicts, in ``procs`` spawned processes (1: in this one).

    Returns the segments in chunk order, or None when ``cancelled()`` turned true (their files are
    then left for the caller to drop with the folder).
    """
    chunks = iter(chunks)
    first = next(chunks, None)
    second = next(chunks, None) if first is not None else None
    chunks = itertools.chain([c for c in (first, second) if c is not None], chunks)
    if procs <= 1 or second is None:  # one segment: not worth starting processes
        storage = FileStorage(str(folder))
        segments = []
        for chunk in chunks:
            if cancelled is not None and cancelled():
                return None
            segments.append(build_segment(storage, indexname, schema, chunk))
        return segments
    context = multiprocessing.get_context("spawn")  # never fork a process that may run Qt threads
    pending: list[Future] = []
    segments = []

    def collect_until(left: int) -> bool:
        """Take finished segments until ``left`` are in flight; False as soon as the build is cancelled
        (the chunks not started are dropped, only the running ones are waited for)."""
        while len(pending) > left:
            if cancelled is not None and cancelled():
                pool.shutdown(wait=True, cancel_futures=True)
                return False
            segments.append(pending.pop(0).result())
        return True

    with ProcessPoolExecutor(max_workers=procs, mp_context=context, initializer=_exit_with_parent) as pool:
        try:
            for chunk in chunks:
                pending.append(pool.submit(_build_in_worker, str(folder), indexname, chunk))
                # a bounded number of chunks in flight: memory stays flat however big the archive
                if not collect_until(procs + 1):
                    return None
            if not collect_until(0):
                return None
        except BaseException:
            pool.shutdown(wait=True, cancel_futures=True)
            raise
    return segments
