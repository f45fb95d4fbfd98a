"""Fast evaluation of a read query over one Whoosh searcher: the set of matching documents, phrase
checks, BM25 ranking, and date order.

Whoosh's own matchers walk postings one document at a time in Python (a few microseconds each), which
is too slow for words found in most of 100,000 records. Here a frequent term's postings and positions
come from its segment's impacts file as flat arrays (:mod:`press_archive.search.impacts`), the rest
from Whoosh's postings a block (128 documents) at a time; documents are Python sets (set operations run
in C), phrases are checked on the candidate documents only, and the top hits are ranked with BM25 by
block-max early termination (:mod:`press_archive.search.topk`): only windows of documents that can
reach the top k are scored; phrases check positions only for the best candidates.

This reads Whoosh's W3 codec blocks directly (whoosh-reloaded 2.7.5 is pinned), through
:mod:`press_archive.search.whoosh_io`, where every private name of Whoosh is used; a codec other than W3
falls back to Whoosh's public matcher API, a missing internal raises ``WhooshMismatch``.
"""

from __future__ import annotations

import gc
import heapq
import itertools
import math
import threading
from array import array
from bisect import bisect_left
from collections import OrderedDict
from contextlib import contextmanager
from itertools import accumulate
from operator import itemgetter

from whoosh import query as wq

from press_archive.search import whoosh_io as wio
from press_archive.search.impacts import ImpactsFile, Postings, open_impacts
from press_archive.search.topk import FEW_DELETED, Ranking, TermMatches, Verified, best, best_verified

# BM25's term-frequency saturation. 1.2 saturated too early for 500-word newspaper articles (where a
# word's tenth use still says more than its second); on the tuning half of tests/data/relevance/press
# 2.0 was best of 1.2 / 1.6 / 2.0.
K1 = 2.0
B = 0.75
COMMON_SHARE = 0.4  # phrase words in more documents than this share are required but not placed
COMMON_MIN_DOCS = 1000  # ... and in more than this many
PHRASE_CHUNK = 20_000  # a phrase whose rarest word is in more documents is checked a segment at a time
FEW = 8  # wanted documents fewer than 1/FEW of a term's: read only the blocks that hold them
MIN_IDF = 0.1  # ranking leaves out words this common (in ~90% of documents) when a query has a rarer one
_SHIFT = 22  # phrase checking: a document number and a position in one int
_BIAS = 1024
# What the caches may hold, per document of the index (at least the floor, at most the ceiling):
# sized so that a window searching a 100,000-item archive all day stays within its memory budget
# (about 2 M postings, 0.5 M documents in term sets, 1 M block postings, 0.2 M position lists: some
# 120 MB), while a small archive keeps everything it reads.
CACHE_PER_DOC = {"postings": 20, "term_sets": 5, "blocks": 10, "positions": 2}
CACHE_FLOOR = {"postings": 200_000, "term_sets": 100_000, "blocks": 200_000, "positions": 20_000}
CACHE_CEILING = {"postings": 4_000_000, "term_sets": 1_500_000, "blocks": 3_000_000, "positions": 500_000}
POSITIONS_KEPT_BYTES = 32  # only short position lists are remembered: those are the ones that repeat


def cache_caps(doc_count: int) -> dict[str, int]:
    """Entries each cache may hold for an index of ``doc_count`` documents."""
    return {k: max(CACHE_FLOOR[k], min(CACHE_CEILING[k], per * doc_count)) for k, per in CACHE_PER_DOC.items()}


_TERM_CACHE_ENTRIES = CACHE_CEILING["postings"]
_BLOCK_CACHE_ENTRIES = CACHE_CEILING["blocks"]
_caps = dict(CACHE_CEILING)


def fit_caches(doc_count: int, segment_cache: "SegmentCache") -> None:
    """Tie the caches' sizes to the index's (called for each new searcher); what is over is dropped."""
    caps = cache_caps(doc_count)
    _caps.update(caps)
    segment_cache.max_entries = caps["postings"]
    _BLOCKS.max_entries = caps["blocks"]
    with _BLOCKS.lock:
        while _BLOCKS.entries > _BLOCKS.max_entries and _BLOCKS.blocks:
            _BLOCKS.entries -= len(_BLOCKS.blocks.popitem(last=False)[1][0])
    if len(_decoded) > caps["positions"]:
        _decoded.clear()
_ONES = (1.0,) * 1024  # the weights of a block that stores none (longer than any block)
_NONES = (None,) * 1024


_matcher = wio.term_matcher  # the raw postings matcher of a term in one segment, or None


_gc_lock = threading.Lock()
_gc_holders = 0
_gc_was_enabled = False


@contextmanager
def collector_paused():
    """Python's cyclic garbage collector held off while a query runs. A query makes hundreds of
    thousands of short-lived tuples and sets (freed by reference counting anyway); each burst set off
    full collections that walked every cached posting set, and doubled the time of a cold phrase."""
    global _gc_holders, _gc_was_enabled
    with _gc_lock:
        if _gc_holders == 0:
            _gc_was_enabled = gc.isenabled()
            gc.disable()
        _gc_holders += 1
    try:
        yield
    finally:
        with _gc_lock:
            _gc_holders -= 1
            if _gc_holders == 0 and _gc_was_enabled:
                gc.enable()


class _BlockCache:
    """Decoded postings blocks, least recently used first out. A phrase reads the blocks of its words
    for their positions and the ranking reads some of the same blocks again for their weights; common
    words come back query after query. Unpickling and inflating a block is most of a query's cost."""

    def __init__(self, max_entries: int):
        self.blocks: OrderedDict[tuple, tuple] = OrderedDict()
        self.entries = 0
        self.max_entries = max_entries
        self.lock = threading.Lock()

    def read(self, m, segid) -> tuple[array, object, tuple | None]:
        """(ids, raw weights, raw values) of the block the W3 matcher ``m`` stands on."""
        key = (segid, wio.block_key(m))
        with self.lock:
            kept = self.blocks.get(key)
            if kept is not None:
                self.blocks.move_to_end(key)
        if kept is not None:
            ids, raw_weights, blob, ends = kept
            if blob is None:
                return ids, raw_weights, None
            starts = itertools.chain((0,), ends)
            return ids, raw_weights, tuple([blob[a:b] for a, b in zip(starts, ends)])
        raw_ids, raw_weights, raw_values = wio.block_data(m)
        ids = array("I", accumulate(raw_ids))
        if segid is not None:
            # kept compact: the values as one bytes object and their ends (about 20 bytes a posting
            # instead of 90, and nothing for the cyclic collector to walk)
            if isinstance(raw_values, tuple) and all(type(v) is bytes for v in raw_values):
                kept = (ids, raw_weights, b"".join(raw_values), array("I", accumulate(map(len, raw_values))))
            elif raw_values is None:
                kept = (ids, raw_weights, None, None)
            if kept is not None:
                with self.lock:
                    self.blocks[key] = kept
                    self.entries += len(ids)
                    while self.entries > self.max_entries and self.blocks:
                        _, old = self.blocks.popitem(last=False)
                        self.entries -= len(old[0])
        return ids, raw_weights, raw_values


_BLOCKS = _BlockCache(_BLOCK_CACHE_ENTRIES)


def _segment_id(leaf):
    segment = leaf.segment() if hasattr(leaf, "segment") else None
    return segment.segment_id() if segment is not None else None


def _blocks(leaf, fieldname: str, text: str):
    """(ids, weights or None for all 1.0, values or None) per postings block of a term in one segment
    (deleted documents included)."""
    m = _matcher(leaf, fieldname, text)
    if m is None:
        return
    if wio.is_block_matcher(m):
        variable = wio.variable_values(m)
        segid = _segment_id(leaf)
        while True:
            ids, raw_weights, raw_values = _BLOCKS.read(m, segid)
            if raw_weights is None:
                weights = None
            elif isinstance(raw_weights, float):
                weights = [raw_weights] * len(ids)
            else:
                weights = raw_weights
            yield ids, weights, (raw_values if variable else None)
            if wio.last_block(m):
                break
            wio.next_block(m)
    elif (inline := wio.inline_postings(m)) is not None:  # inline postings (ListMatcher)
        yield inline
    else:  # pragma: no cover - another codec
        ids, weights, values = [], [], []
        while m.is_active():
            ids.append(m.id())
            weights.append(m.weight())
            values.append(m.value())
            m.next()
        yield ids, weights, values


def _size(kept) -> int:
    """Entries a kept value counts for: its postings, or its positions."""
    return len(kept.ids) if isinstance(kept, Postings) else len(kept[2])


class SegmentCache:
    """What is read from a segment and may be read again: columns, and the postings (document numbers and
    weights) of recently used terms. Shared by the engines of successive searchers, since segments never
    change (deletions are applied per searcher); least recently used postings go first."""

    def __init__(self, max_entries: int = _TERM_CACHE_ENTRIES):
        self.columns: dict[tuple, list] = {}
        self.postings_kept: OrderedDict[tuple, Postings] = OrderedDict()
        self.impacts: dict[str, ImpactsFile | None] = {}
        self.folder = None  # the index folder, where the segments' impacts files are
        self.entries = 0
        self.max_entries = max_entries
        self.lock = threading.Lock()

    def impacts_file(self, segid) -> ImpactsFile | None:
        """The segment's impacts file (None: a segment Whoosh wrote itself, or an index in memory)."""
        with self.lock:  # two searches opening it at once would leave one file open and unowned
            if segid not in self.impacts:
                self.impacts[segid] = open_impacts(self.folder, segid) if self.folder is not None else None
            return self.impacts[segid]

    def postings(self, leaf, segid, fieldname: str, text: str) -> Postings:
        """A term's postings in one segment: from the segment's impacts file when it holds the term (flat
        arrays, block maxima included), else read from Whoosh's W3 blocks (block maxima left None)."""
        key = (segid, fieldname, text)
        with self.lock:
            hit = self.postings_kept.get(key)
            if hit is not None:
                self.postings_kept.move_to_end(key)
                return hit
        kept = self.impacts_file(segid)
        found = kept.postings(fieldname, text) if kept is not None else None
        if found is None:
            ids = array("I")
            weights: array | None = None
            for block_ids, block_weights, _ in _blocks(leaf, fieldname, text):
                if block_weights is not None and weights is None:
                    weights = array("f", [1.0]) * len(ids)
                if weights is not None:
                    weights.extend(block_weights if block_weights is not None else [1.0] * len(block_ids))
                ids.extend(block_ids)
            found = Postings(ids, weights)
        self._keep(key, found, len(found.ids))
        return found

    def positions(self, leaf, segid, fieldname: str, text: str) -> tuple[array, array, array] | None:
        """(ids, start of each posting's positions, positions) of a term in one segment's impacts file, or
        None when the file holds no positions of it."""
        kept = self.impacts_file(segid)
        if kept is None:
            return None
        key = (segid, fieldname, text, "positions")
        with self.lock:
            hit = self.postings_kept.get(key)
            if hit is not None:
                self.postings_kept.move_to_end(key)
                return hit
        pos = kept.positions(fieldname, text)
        if pos is None:
            return None
        ids = self.postings(leaf, segid, fieldname, text).ids
        starts = array("I", accumulate(self.postings(leaf, segid, fieldname, text).weights, initial=0))
        found = (ids, starts, pos)
        self._keep(key, found, len(pos))
        return found

    def _keep(self, key, value, size: int) -> None:
        with self.lock:
            self.postings_kept[key] = value
            self.entries += size
            while self.entries > self.max_entries and len(self.postings_kept) > 1:
                _, old = self.postings_kept.popitem(last=False)
                self.entries -= _size(old)

    def postings_of(self, leaf, segid, fieldname: str, text: str) -> tuple[array, array | None]:
        """(ids, weights or None when all 1.0) of a term in one segment."""
        found = self.postings(leaf, segid, fieldname, text)
        return found.ids, found.weights

    def close_files(self) -> None:
        """Close the impacts files (an index folder about to be swapped or dropped holds no open file)."""
        with self.lock:
            for kept in self.impacts.values():
                if kept is not None:
                    kept.close()
            self.impacts.clear()

    def forget_segments_except(self, live: set) -> None:
        with self.lock:
            for key in [k for k in self.columns if k[0] not in live]:
                del self.columns[key]
            for key in [k for k in self.postings_kept if k[0] not in live]:
                self.entries -= _size(self.postings_kept.pop(key))
            for segid in [k for k in self.impacts if k not in live]:
                kept = self.impacts.pop(segid)
                if kept is not None:
                    kept.close()


class Engine:
    """Evaluation over one searcher (make a new one for a new searcher)."""

    def __init__(self, searcher, segment_cache: SegmentCache):
        self.searcher = searcher
        self.reader = searcher.reader()
        self.leaves = [(leaf, off) for leaf, off in self.reader.leaf_readers()]
        self.segids = [leaf.segment().segment_id() if leaf.segment() is not None else id(leaf)
                       for leaf, _ in self.leaves]
        deleted: set[int] = set()
        for leaf, off in self.leaves:
            d = leaf.deleted_docs_set if hasattr(leaf, "deleted_docs_set") else ()
            if d:
                deleted.update(x + off for x in d)
        self.deleted = deleted
        self.doc_count = self.reader.doc_count()
        self.doc_count_all = sum(leaf.doc_count_all() for leaf, _ in self.leaves)
        self._df: dict[tuple[str, str], int] = {}
        self._terms: dict[tuple[str, str], frozenset[int]] = {}
        self._term_entries = 0
        self.cache = segment_cache
        self._columns: dict[str, list] = {}

    # --- per-segment columns ------------------------------------------------------------------------

    def _segment_column(self, i: int, name: str, build) -> list:
        key = (self.segids[i], name)
        col = self.cache.columns.get(key)
        if col is None:
            col = self.cache.columns[key] = build(self.leaves[i][0])
        return col

    def column(self, name: str):
        """A global per-document column: "stamp" (a list, for date order) or "len:FIELD" (the field's
        length bytes, one per document, as stored: read in one go, nothing converted)."""
        col = self._columns.get(name)
        if col is not None:
            return col
        if name == "stamp":
            out: list | bytes = []
            for i in range(len(self.leaves)):
                out.extend(self._segment_column(i, name, _stamps))
        else:
            out = b"".join(self._segment_column(i, name, lambda lf: _length_bytes(lf, name[4:]))
                           for i in range(len(self.leaves)))
        self._columns[name] = out
        return out

    def length_norms(self, fieldname: str, avg: float) -> list[float]:
        """BM25's length part for each of the 256 stored length bytes."""
        key = "norm:" + fieldname
        norm = self._columns.get(key)
        if norm is None:
            norm = self._columns[key] = [K1 * (1 - B) + K1 * B * n / avg for n in wio.LENGTH_OF_BYTE]
        return norm

    def average_length(self, fieldname: str) -> float:
        key = "avg:" + fieldname
        avg = self._columns.get(key)
        if avg is None:
            total = self.reader.field_length(fieldname) or 0
            avg = self._columns[key] = max(1.0, total / max(1, self.doc_count))
        return avg

    # --- document sets ------------------------------------------------------------------------------

    def all_docs(self) -> frozenset[int]:
        return self.term_docs("rec", "1")

    def term_docs(self, fieldname: str, text: str) -> frozenset[int]:
        key = (fieldname, text)
        hit = self._terms.get(key)
        if hit is not None:
            return hit
        out: list[int] = []
        for i, (leaf, off) in enumerate(self.leaves):
            ids, _ = self.cache.postings_of(leaf, self.segids[i], fieldname, text)
            out.extend(map(off.__add__, ids) if off else ids)
        docs = frozenset(out)
        if self.deleted and docs:
            docs = docs - self.deleted
        if self._term_entries + len(docs) > _caps["term_sets"]:
            self._terms.clear()
            self._term_entries = 0
        self._terms[key] = docs
        self._term_entries += len(docs)
        return docs

    def matches(self, q: wq.Query):
        """What :meth:`docs` gives, for ranking and counting only (no set operations): a one-word query's
        documents are not made into a set."""
        if isinstance(q, wq.Term) and len(self.deleted) <= FEW_DELETED and (q.fieldname, q.text) not in self._terms:
            return TermMatches(self, q.fieldname, q.text)
        return self.docs(q)

    def docs(self, q: wq.Query, relax: bool = False) -> frozenset[int] | set[int]:
        """The documents matching a query (Term, And, Or, Not, AndNot, AndMaybe, Phrase; others through
        Whoosh). ``relax``: phrases standing positively count as all their words (a superset of the
        matches, to be narrowed by :meth:`docs_within`); what is negated stays exact."""
        if isinstance(q, wq.Term):
            return self.term_docs(q.fieldname, q.text)
        if isinstance(q, wq.AndMaybe):
            return self.docs(q.a, relax)
        if isinstance(q, wq.AndNot):
            return self.docs(q.a, relax) - self.docs(q.b)
        if isinstance(q, wq.And):
            sets = sorted((self.docs(s, relax) for s in q.subqueries), key=len)
            if not sets:
                return frozenset()
            result = set(sets[0])
            for s in sets[1:]:
                if not result:
                    break
                result &= s
            return result
        if isinstance(q, wq.Or):
            result: set[int] = set()
            for s in q.subqueries:
                result |= self.docs(s, relax)
            return result
        if isinstance(q, wq.Not):
            return self.all_docs() - self.docs(q.query)
        if isinstance(q, wq.Phrase):
            if relax and len(q.words) > 1:
                # the documents holding its words, leaving out those in most documents (a larger superset,
                # but no set of 100,000 numbers built for a word the check reads in a few blocks anyway)
                words = sorted(dict.fromkeys(q.words), key=lambda w: self.doc_frequency(q.fieldname, w))
                common = max(COMMON_MIN_DOCS, int(self.doc_count * COMMON_SHARE))
                words = [w for w in words if self.doc_frequency(q.fieldname, w) <= common] or words[:1]
                return self.docs(wq.And([wq.Term(q.fieldname, w) for w in words]))
            return self.phrase_docs(q.fieldname, list(q.words))
        return frozenset(q.docs(self.searcher)) - self.deleted

    def docs_within(self, q: wq.Query, within: set[int]) -> set[int]:
        """The documents of ``within`` that match the query exactly (phrases checked for them only)."""
        if not within:
            return set()
        if isinstance(q, wq.Term):
            return within & self.term_docs(q.fieldname, q.text)
        if isinstance(q, wq.AndMaybe):
            return self.docs_within(q.a, within)
        if isinstance(q, wq.AndNot):
            a = self.docs_within(q.a, within)
            return a - self.docs_within(q.b, a)
        if isinstance(q, wq.And):
            # phrases last: the cheaper checks narrow what they must read
            result = set(within)
            for s in sorted(q.subqueries, key=lambda s: isinstance(s, wq.Phrase)):
                result = self.docs_within(s, result)
                if not result:
                    break
            return result
        if isinstance(q, wq.Or):
            out: set[int] = set()
            for s in q.subqueries:
                out |= self.docs_within(s, within - out)
            return out
        if isinstance(q, wq.Not):
            return within - self.docs_within(q.query, within)
        if isinstance(q, wq.Phrase):
            return self.phrase_docs(q.fieldname, list(q.words), within)
        return within & self.docs(q)

    def best_verified(self, q: wq.Query, candidates, terms: list[tuple[str, str, float]], k: int) -> Verified:
        """The k best matches of a query with phrases, from ``candidates`` (``docs(q, relax=True)``, maybe
        narrowed by a filter): positions are checked for the best candidates only."""
        if not candidates:
            return Verified([], 0, True)
        if k <= 0:  # a count alone (--limit 0): nothing to rank, so every candidate is checked
            return Verified([], len(self.docs_within(q, set(candidates))), True)
        return best_verified(self.ranking(candidates, terms), k, lambda batch: self.docs_within(q, batch))

    def phrase_docs(self, fieldname: str, words: list[str], within: set[int] | None = None) -> set[int]:
        """Documents where ``words`` stand next to each other in this order.

        Each word's positions in the candidate documents become numbers ``doc << 22 | position - k``
        (k: the word's place in the phrase); the phrase is where these sets meet, so the checking is
        done by set intersections in C. Words are taken rarest first and the candidates shrink as
        they go. A placed word's postings blocks are read once, for its documents and positions
        together (reading its documents first and its positions again doubled the work)."""
        if not words:
            return set()
        distinct = list(dict.fromkeys(words))
        if len(words) == 1:
            docs = set(self.term_docs(fieldname, words[0]))
            return docs & within if within is not None else docs
        df = {w: self.doc_frequency(fieldname, w) for w in distinct}
        if not all(df.values()):
            return set()
        if within is None and min(df.values()) > PHRASE_CHUNK and len(self.leaves) > 1:
            # words in most documents: one segment at a time, so that the positions of only one segment's
            # documents are held at once (all of them, for two common words, took hundreds of megabytes)
            out: set[int] = set()
            for leaf, off in self.leaves:
                out |= self.phrase_docs(fieldname, words, set(range(off, off + leaf.doc_count_all())))
            return out
        order = sorted(range(len(words)), key=lambda k: df[words[k]])
        # Words found in most documents (و، در، به... in real text) are only required, not placed, when
        # two rarer words can be: «صدا و سیما» is «صدا» two places before «سیما», with «و» in the
        # document. Placing a word that stands dozens of times in most documents is what costs.
        common = max(COMMON_MIN_DOCS, int(self.doc_count * COMMON_SHARE))
        placed = [k for k in order if df[words[k]] <= common]
        if len(placed) < 2:
            placed = order[:2]  # at least two words are placed: «روابط عمومی» stays a phrase
        required = {words[k] for k in order if k not in placed}
        decode = _position_decoder(self.reader.schema[fieldname].format)
        candidates: set[int] | frozenset[int] | None = None
        if within is not None:
            # only these documents: those holding every word (the term sets are cheap), positions after
            candidates = set(within)
            for w in sorted(distinct, key=df.get):
                candidates &= self.term_docs(fieldname, w)
                if not candidates:
                    return set()
        running: set[int] | None = None
        for k in placed:
            keys = self._position_keys(fieldname, words[k], _BIAS - k, decode, candidates, df[words[k]])
            if running is not None:
                keys &= running
            running = keys
            if not running:
                return set()
            candidates = {x >> _SHIFT for x in running}
        for word in sorted(required, key=df.get):
            if len(candidates) * FEW < df[word]:
                # few candidates left: look each up in the word's postings
                candidates = self._holding(fieldname, word, candidates)
            else:
                candidates &= self.term_docs(fieldname, word)
            if not candidates:
                return set()
        return set(candidates) - self.deleted if self.deleted else set(candidates)

    def _holding(self, fieldname: str, text: str, docs) -> set[int]:
        """The documents of ``docs`` that hold a term: a binary search per document in the term's postings
        (from the impacts files: decoding the W3 blocks that hold them cost a phrase most of its time)."""
        ordered = sorted(docs)
        out: set[int] = set()
        for i, (leaf, off) in enumerate(self.leaves):
            lo, hi = bisect_left(ordered, off), bisect_left(ordered, off + leaf.doc_count_all())
            if lo == hi:
                continue
            ids = self.cache.postings(leaf, self.segids[i], fieldname, text).ids
            n = len(ids)
            for g in ordered[lo:hi]:
                j = bisect_left(ids, g - off)
                if j < n and ids[j] == g - off:
                    out.add(g)
        return out

    def doc_frequency(self, fieldname: str, text: str) -> int:
        """In how many documents a term stands (deleted ones included), from the term statistics."""
        # (a segment without the term says 0; any other failure is a real one and is raised)
        key = (fieldname, text)
        df = self._df.get(key)
        if df is None:
            df = self._df[key] = sum(leaf.doc_frequency(fieldname, text) for leaf, _ in self.leaves)
        return df

    def _position_keys(self, fieldname: str, text: str, shift: int, decode, wanted, df: int) -> set[int]:
        """``doc << _SHIFT | position + shift`` for every position of a term, in the ``wanted`` documents
        only (None: all). Positions come from the segments' impacts files where they hold the term;
        elsewhere, few wanted documents: only the W3 blocks that hold them are read; otherwise every
        block once, decoding straight into the set."""
        keys: set[int] = set()
        ordered = sorted(wanted) if wanted is not None else None
        rest = []  # segments whose impacts file holds no positions of the term
        for i, (leaf, off) in enumerate(self.leaves):
            kept = self.cache.positions(leaf, self.segids[i], fieldname, text)
            if kept is None:
                rest.append(i)
                continue
            ids, starts, pos = kept
            lo = hi = 0
            if ordered is not None:
                lo, hi = bisect_left(ordered, off), bisect_left(ordered, off + leaf.doc_count_all())
            if ordered is None or (hi - lo) * 4 > len(ids):  # most of the term's documents: walk them all
                for j, d in enumerate(ids):
                    if wanted is None or d + off in wanted:
                        base = ((d + off) << _SHIFT) + shift
                        keys.update([base + p for p in pos[starts[j]:starts[j + 1]]])
                continue
            n = len(ids)
            for g in ordered[lo:hi]:
                j = bisect_left(ids, g - off)
                if j < n and ids[j] == g - off:
                    base = (g << _SHIFT) + shift
                    keys.update([base + p for p in pos[starts[j]:starts[j + 1]]])
        if not rest:
            return keys
        if wanted is not None and len(wanted) * FEW < df:
            keys.update((g << _SHIFT) + shift + p for g, v in self._values(fieldname, text, wanted, rest)
                        for p in decode(v))
            return keys
        for i in rest:
            leaf, off = self.leaves[i]
            for ids, _, values in _blocks(leaf, fieldname, text):
                if values is None:
                    break
                if wanted is None:
                    keys.update([((d + off) << _SHIFT) + shift + p for d, v in zip(ids, values) for p in decode(v)])
                else:
                    keys.update([((d + off) << _SHIFT) + shift + p for d, v in zip(ids, values)
                                 if d + off in wanted for p in decode(v)])
        return keys

    def _values(self, fieldname: str, text: str, docs, segments=None) -> list[tuple[int, bytes]]:
        """(document, posting value) of a term for the given documents, reading only the postings blocks
        that hold them."""
        return [(g, v) for g, _, v in self._postings_for(fieldname, text, docs, segments) if v is not None]

    def _postings_for(self, fieldname: str, text: str, docs, segments=None) -> list[tuple[int, float, bytes | None]]:
        """(document, weight, posting value) of a term for the given documents (those that hold the
        term), reading only the postings blocks that hold them (in the ``segments`` given by number, or
        all)."""
        out: list[tuple[int, float, bytes | None]] = []
        ordered = sorted(docs)
        for leaf, off in (self.leaves if segments is None else [self.leaves[i] for i in segments]):
            end = off + leaf.doc_count_all()
            lo, hi = bisect_left(ordered, off), bisect_left(ordered, end)
            if lo == hi:
                continue
            local = [g - off for g in ordered[lo:hi]] if off else ordered[lo:hi]
            m = _matcher(leaf, fieldname, text)
            if m is None:
                continue
            if wio.is_block_matcher(m) and len(local) * FEW > leaf.doc_frequency(fieldname, text):
                # most of the term's documents are wanted: walk every block
                wanted = set(local)
                for ids, weights, values in _blocks(leaf, fieldname, text):
                    ws = weights if weights is not None else _ONES[:len(ids)]
                    vs = values if values is not None else _NONES[:len(ids)]
                    out.extend([(d + off, w, v) for d, w, v in zip(ids, ws, vs) if d in wanted])
            elif wio.is_block_matcher(m):
                segid = _segment_id(leaf)
                ti, nt = 0, len(local)
                while ti < nt:
                    while wio.block_max_id(m) < local[ti]:
                        if wio.last_block(m):
                            break
                        wio.next_block(m)
                    if wio.block_max_id(m) < local[ti]:
                        break
                    ids, raw_weights, values = _BLOCKS.read(m, segid)
                    maxid = wio.block_max_id(m)
                    while ti < nt and local[ti] <= maxid:
                        d = local[ti]
                        j = bisect_left(ids, d)
                        if j < len(ids) and ids[j] == d:
                            w = (1.0 if raw_weights is None else raw_weights if isinstance(raw_weights, float)
                                 else raw_weights[j])
                            v = values[j] if values is not None and len(values) == len(ids) else None
                            out.append((d + off, w, v))
                        ti += 1
                    if wio.last_block(m):
                        break
                    wio.next_block(m)
            else:
                ids, weights, values = wio.inline_postings(m) or ([], None, None)
                for d in local:
                    j = bisect_left(ids, d)
                    if j < len(ids) and ids[j] == d:
                        w = 1.0 if weights is None else weights[j]
                        v = values[j] if values is not None and len(values) == len(ids) else None
                        out.append((d + off, w, v))
        return out

    # --- ranking ------------------------------------------------------------------------------------

    def weighted(self, terms: list[tuple[str, str, float]]) -> list[tuple[str, str, float]]:
        """(field, text, idf × boost) of the terms that rank: those in no document are left out, and so
        are words in nearly every document when the query has a rarer one."""
        n_docs = max(1, self.doc_count)
        weighted = []
        for fieldname, text, boost in terms:
            # the term statistics' count (deleted documents included, as Whoosh's own BM25 counts)
            df = self.doc_frequency(fieldname, text)
            if df:
                weighted.append((fieldname, text, math.log(1.0 + (n_docs - df + 0.5) / (df + 0.5)) * boost))
        if any(idf >= MIN_IDF for _, _, idf in weighted):
            # a word in nearly every document (و، در، از in real text) adds almost nothing to any score,
            # and scoring it means reading all its postings
            weighted = [t for t in weighted if t[2] >= MIN_IDF]
        return weighted

    def ranking(self, matched, terms: list[tuple[str, str, float]]) -> Ranking:
        return Ranking(self, matched, self.weighted(terms), K1, B)

    def rank(self, matched, terms: list[tuple[str, str, float]], k: int) -> list[tuple[float, int]]:
        """The k best (score, docnum) of ``matched`` by BM25 over ``terms`` (field, text, boost), best
        first, ties in document order; documents no term scores come last, in document order. Only the
        windows of documents that can reach the top k are scored (:mod:`press_archive.search.topk`)."""
        if k <= 0 or not matched:
            return []
        return best(self.ranking(matched, terms), k)

    def rank_exhaustive(self, matched, terms: list[tuple[str, str, float]], k: int) -> list[tuple[float, int]]:
        """:meth:`rank` by scoring every match (the reference the early termination is tested against)."""
        if k <= 0 or not matched:
            return []
        acc: dict[int, float] = {}
        for fieldname, text, idf in self.weighted(terms):
            df = self.doc_frequency(fieldname, text)
            lengths = self.column("len:" + fieldname)  # one byte per document: its length, quantized
            norm = self.length_norms(fieldname, self.average_length(fieldname))
            get = acc.get
            if len(matched) * FEW < df:
                # a common term and few matches: read only the blocks that hold the matches
                for g, w, _ in self._postings_for(fieldname, text, matched):
                    acc[g] = get(g, 0.0) + idf * w * (K1 + 1) / (w + norm[lengths[g]])
                continue
            for i, (leaf, off) in enumerate(self.leaves):
                ids, weights = self.cache.postings_of(leaf, self.segids[i], fieldname, text)
                if not ids:
                    continue
                for d, w in zip(ids, weights if weights is not None else [1.0] * len(ids)):
                    g = d + off
                    if g in matched:
                        acc[g] = get(g, 0.0) + idf * w * (K1 + 1) / (w + norm[lengths[g]])
        result = [(score, d) for d, score in heapq.nsmallest(k, acc.items(), key=lambda it: (-it[1], it[0]))]
        if len(result) < k:
            rest = sorted(d for d in matched if d not in acc)
            result += [(0.0, d) for d in rest[: k - len(result)]]
        return result

    def rank_few(self, docs, weighted: list[tuple[str, str, float]]) -> list[tuple[float, int]]:
        """:meth:`rank_exhaustive` of a few documents, all of them (the best matches ranked again), by terms
        already weighted (:meth:`weighted`: (field, text, idf × boost)): each term's postings are searched
        for them, a binary search per document, not walked; the scores are summed in the same order, so
        they are the same to the bit."""
        docs = sorted(docs)
        if not docs:
            return []
        acc: dict[int, float] = {}
        get = acc.get
        where = []  # (segment, its offset, its documents among docs as local numbers)
        for i, (leaf, off) in enumerate(self.leaves):
            end = off + leaf.doc_count_all()
            local = [d - off for d in docs[bisect_left(docs, off):bisect_left(docs, end)]]
            if local:
                where.append((i, off, local))
        for fieldname, text, idf in weighted:
            lengths = self.column("len:" + fieldname)
            norm = self.length_norms(fieldname, self.average_length(fieldname))
            for i, off, local in where:
                p = self.cache.postings(self.leaves[i][0], self.segids[i], fieldname, text)
                ids, weights = p.ids, p.weights
                n = len(ids)
                if not n:
                    continue
                for d in local:
                    j = bisect_left(ids, d)
                    if j < n and ids[j] == d:
                        w = weights[j] if weights is not None else 1.0
                        g = d + off
                        acc[g] = get(g, 0.0) + idf * w * (K1 + 1) / (w + norm[lengths[g]])
        result = sorted(((score, d) for d, score in acc.items()), key=lambda it: (-it[0], it[1]))
        return result + [(0.0, d) for d in docs if d not in acc]

    def by_date(self, matched, k: int) -> list[tuple[float, int]]:
        """The k newest of ``matched`` (undated last)."""
        if k <= 0 or not matched:
            return []
        keys = self._columns.get("date_key")
        if keys is None:
            # one number per document: its moment, then its number (ties in a stable order)
            keys = self._columns["date_key"] = [s * 4_294_967_296 + d for d, s in enumerate(self.column("stamp"))]
        top = heapq.nlargest(k, matched, key=keys.__getitem__)
        return [(0.0, d) for d in top]


_decoded: dict[bytes, tuple[int, ...]] = {}


_PICKLED_LIST = b"\x80\x02]q\x00"


def _fast_positions(value: bytes) -> tuple[int, ...] | None:
    """Whoosh's Positions value (a 4-byte count, then the pickled list of position deltas) read without
    unpickling, for the small integers pickle writes as K, M and J; None for anything else."""
    if value[4:9] != _PICKLED_LIST:
        return None
    i, n = 9, len(value)
    if i < n and value[i] == 0x28:  # MARK before several items
        i += 1
    out = []
    pos = 0
    while i < n:
        op = value[i]
        if op == 0x4B:  # BININT1
            pos += value[i + 1]
            i += 2
        elif op == 0x4D:  # BININT2
            pos += value[i + 1] | value[i + 2] << 8
            i += 3
        elif op == 0x4A:  # BININT
            pos += int.from_bytes(value[i + 1:i + 5], "little", signed=True)
            i += 5
        elif op in (0x61, 0x65, 0x2E):  # APPEND, APPENDS, STOP
            break
        else:
            return None
        out.append(pos)
    return tuple(out)


def _position_decoder(fmt):
    """decode_positions with a memory: most postings of a term hold one of few position lists (a word
    used once or twice in a record). Long lists (a common word used dozens of times) are nearly all
    different: remembering them filled hundreds of megabytes for nothing."""
    decode = fmt.decode_positions

    def cached(value: bytes) -> tuple[int, ...]:
        hit = _decoded.get(value)
        if hit is None:
            hit = _fast_positions(value)
            if hit is None:
                hit = tuple(decode(value))
            if len(value) <= POSITIONS_KEPT_BYTES:
                if len(_decoded) >= _caps["positions"]:
                    _decoded.clear()
                _decoded[value] = hit
        return hit

    return cached


_NO_DATE = 2**62


def _stamps(leaf) -> list:
    n = leaf.doc_count_all()
    if leaf.has_column("stamp"):
        col = leaf.column_reader("stamp")
        values = wio.numeric_column(col, n)
        if values is None:
            values = list(col)
        if len(values) != n:
            values = [col[i] for i in range(n)]
        # a record without a date has the column's default, the largest number: it comes last
        return [v if isinstance(v, int) and 0 <= v < _NO_DATE else 0 for v in values]
    return [0] * n


def _length_bytes(leaf, fieldname: str) -> bytes:
    """A field's length byte for each document of one segment."""
    n = leaf.doc_count_all()
    reader = wio.lengths_reader(leaf, fieldname)
    if reader is None:
        return bytes(n)
    raw = wio.byte_column(reader, n)
    if raw is not None:
        return raw
    from whoosh.util.numeric import length_to_byte

    return bytes(length_to_byte(leaf.doc_field_length(i, fieldname, 0) or 0) for i in range(n))
