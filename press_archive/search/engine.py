"""Fast evaluation of a read query over one Whoosh searcher: the set of matching documents, phrase
checks, BM25 ranking, and date order.

Whoosh's own matchers walk postings one document at a time in Python (a few microseconds each), which
is too slow for words found in most of 100,000 records. Here postings are read a block (128 documents)
at a time, documents are Python sets (set operations run in C), phrases are checked on the candidate
documents only, and the top hits are ranked with BM25 over the matched set.

This reads Whoosh's W3 codec blocks directly (whoosh-reloaded 2.7.5 is pinned); anything unexpected
falls back to Whoosh's public matcher API.
"""

from __future__ import annotations

import heapq
import math
from bisect import bisect_left
import threading
from array import array
from collections import OrderedDict
from itertools import accumulate
from operator import itemgetter

from whoosh import query as wq
from whoosh.codec.whoosh3 import W3LeafMatcher

K1 = 1.2
B = 0.75
COMMON_SHARE = 0.4  # phrase words in more documents than this share are required but not placed
COMMON_MIN_DOCS = 1000  # ... and in more than this many
_SHIFT = 22  # phrase checking: a document number and a position in one int
_BIAS = 1024
_TERM_CACHE_ENTRIES = 4_000_000  # postings kept in memory (8 bytes each at most)


def _matcher(leaf, fieldname: str, text: str):
    """The raw postings matcher of a term in one segment (deleted documents included), or None."""
    try:
        fmt = leaf.schema[fieldname].format
        btext = leaf._text_to_bytes(fieldname, text)
        return leaf._terms.matcher(fieldname, btext, fmt)
    except Exception:  # noqa: BLE001 - a term the segment does not have (KeyError, TermNotFound)
        return None


def _blocks(leaf, fieldname: str, text: str):
    """(ids, weights or None for all 1.0, values or None) per postings block of a term in one segment
    (deleted documents included)."""
    m = _matcher(leaf, fieldname, text)
    if m is None:
        return
    if isinstance(m, W3LeafMatcher):
        variable = m._fixedsize is None or m._fixedsize < 0
        while True:
            if m._data is None:
                m._read_data()
            raw_ids, raw_weights, raw_values = m._data
            ids = list(accumulate(raw_ids))
            if raw_weights is None:
                weights = None
            elif isinstance(raw_weights, float):
                weights = [raw_weights] * len(ids)
            else:
                weights = raw_weights
            yield ids, weights, (raw_values if variable else None)
            if m._lastblock:
                break
            m._goto(m._nextoffset)
    elif hasattr(m, "_ids"):  # inline postings (ListMatcher)
        values = m._values if m._values is not None and len(m._values) == len(m._ids) else None
        yield list(m._ids), m._weights, values
    else:  # pragma: no cover - another codec
        ids, weights, values = [], [], []
        while m.is_active():
            ids.append(m.id())
            weights.append(m.weight())
            values.append(m.value())
            m.next()
        yield ids, weights, values


class SegmentCache:
    """What is read from a segment and may be read again: columns, and the postings (document numbers and
    weights) of recently used terms. Shared by the engines of successive searchers, since segments never
    change (deletions are applied per searcher); least recently used postings go first."""

    def __init__(self, max_entries: int = _TERM_CACHE_ENTRIES):
        self.columns: dict[tuple, list] = {}
        self.postings: OrderedDict[tuple, tuple[array, array | None]] = OrderedDict()
        self.entries = 0
        self.max_entries = max_entries
        self.lock = threading.Lock()

    def postings_of(self, leaf, segid, fieldname: str, text: str) -> tuple[array, array | None]:
        """(ids, weights or None when all 1.0) of a term in one segment."""
        key = (segid, fieldname, text)
        with self.lock:
            hit = self.postings.get(key)
            if hit is not None:
                self.postings.move_to_end(key)
                return hit
        ids = array("I")
        weights: array | None = None
        for block_ids, block_weights, _ in _blocks(leaf, fieldname, text):
            if block_weights is not None and weights is None:
                weights = array("f", [1.0]) * len(ids)
            if weights is not None:
                weights.extend(block_weights if block_weights is not None else [1.0] * len(block_ids))
            ids.extend(block_ids)
        with self.lock:
            self.postings[key] = (ids, weights)
            self.entries += len(ids)
            while self.entries > self.max_entries and len(self.postings) > 1:
                _, (old, _) = self.postings.popitem(last=False)
                self.entries -= len(old)
        return ids, weights

    def remember(self, segid, fieldname: str, text: str, ids: list, weights: list | None) -> None:
        key = (segid, fieldname, text)
        with self.lock:
            if key in self.postings:
                return
            self.postings[key] = (ids, weights)
            self.entries += len(ids)
            while self.entries > self.max_entries and len(self.postings) > 1:
                _, (old, _) = self.postings.popitem(last=False)
                self.entries -= len(old)

    def forget_segments_except(self, live: set) -> None:
        with self.lock:
            for key in [k for k in self.columns if k[0] not in live]:
                del self.columns[key]
            for key in [k for k in self.postings if k[0] not in live]:
                self.entries -= len(self.postings.pop(key)[0])


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

    def column(self, name: str) -> list:
        """A global per-document list: "stamp" (date order) or "len:FIELD" (field lengths)."""
        col = self._columns.get(name)
        if col is not None:
            return col
        out: list = []
        for i in range(len(self.leaves)):
            if name == "stamp":
                out.extend(self._segment_column(i, name, _stamps))
            else:
                out.extend(self._segment_column(i, name, lambda lf: _lengths(lf, name[4:])))
        self._columns[name] = out
        return out

    def _average_length(self, fieldname: str) -> float:
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
            out.extend([d + off for d in ids] if off else ids)
        docs = frozenset(out)
        if self.deleted and docs:
            docs = docs - self.deleted
        if self._term_entries + len(docs) > _TERM_CACHE_ENTRIES:
            self._terms.clear()
            self._term_entries = 0
        self._terms[key] = docs
        self._term_entries += len(docs)
        return docs

    def docs(self, q: wq.Query) -> frozenset[int] | set[int]:
        """The documents matching a query (Term, And, Or, Not, AndNot, AndMaybe, Phrase; others through
        Whoosh)."""
        if isinstance(q, wq.Term):
            return self.term_docs(q.fieldname, q.text)
        if isinstance(q, wq.AndMaybe):
            return self.docs(q.a)
        if isinstance(q, wq.AndNot):
            return self.docs(q.a) - self.docs(q.b)
        if isinstance(q, wq.And):
            sets = sorted((self.docs(s) for s in q.subqueries), key=len)
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
                result |= self.docs(s)
            return result
        if isinstance(q, wq.Not):
            return self.all_docs() - self.docs(q.query)
        if isinstance(q, wq.Phrase):
            return self.phrase_docs(q.fieldname, list(q.words))
        return frozenset(q.docs(self.searcher)) - self.deleted

    def phrase_docs(self, fieldname: str, words: list[str]) -> set[int]:
        """Documents where ``words`` stand next to each other in this order.

        Each word's positions in the candidate documents become numbers ``doc << 22 | position - k``
        (k: the word's place in the phrase); the phrase is where these sets meet, so the checking is
        done by set intersections in C. Words are taken rarest first and the candidates shrink as
        they go."""
        if not words:
            return set()
        distinct = list(dict.fromkeys(words))
        sets = sorted((self.term_docs(fieldname, w) for w in distinct), key=len)
        candidates = set(sets[0])
        for other in sets[1:]:
            candidates &= other
            if not candidates:
                return set()
        if len(words) == 1:
            return candidates
        decode = _position_decoder(self.reader.schema[fieldname].format)
        order = sorted(range(len(words)), key=lambda k: self._cached_df(fieldname, words[k]))
        # Words found in most documents (و، در، به... in real text) are only required, not placed, when
        # two rarer words can be: «صدا و سیما» is «صدا» two places before «سیما», with «و» in the
        # document. Placing a word that stands dozens of times in most documents is what costs.
        common = max(COMMON_MIN_DOCS, int(self.doc_count * COMMON_SHARE))
        placed = [k for k in order if self._cached_df(fieldname, words[k]) <= common]
        if len(placed) < 2:
            placed = order[:2]  # at least two words are placed: «روابط عمومی» stays a phrase
        order = placed
        running: set[int] | None = None
        for k in order:
            keys: set[int] = set()
            values = self._values(fieldname, words[k], candidates)
            if running is None:
                for g, value in values:
                    base = (g << _SHIFT) + _BIAS - k
                    keys.update([base + p for p in decode(value)])
            else:
                # keep the places already found where this word stands too: look its positions up,
                # rather than collecting all of them (a frequent word may stand 30 times in a document)
                by_doc: dict[int, list[int]] = {}
                for x in running:
                    by_doc.setdefault(x >> _SHIFT, []).append(x)
                for g, value in values:
                    places = by_doc.get(g)
                    if places is None:
                        continue
                    base = (g << _SHIFT) + _BIAS - k
                    positions = decode(value)
                    keys.update([x for x in places if x - base in positions])
            running = keys
            if not running:
                return set()
            candidates = {x >> _SHIFT for x in running}
        return candidates

    def _values(self, fieldname: str, text: str, docs) -> list[tuple[int, bytes]]:
        """(document, posting value) of a term for the given documents, reading only the postings blocks
        that hold them."""
        out: list[tuple[int, bytes]] = []
        for leaf, off in self.leaves:
            end = off + leaf.doc_count_all()
            local = sorted(g - off for g in docs if off <= g < end)
            if not local:
                continue
            m = _matcher(leaf, fieldname, text)
            if m is None:
                continue
            if isinstance(m, W3LeafMatcher) and len(local) * 8 > leaf.doc_frequency(fieldname, text):
                # most of the term's documents are wanted: walk every block
                wanted = set(local)
                for ids, _, values in _blocks(leaf, fieldname, text):
                    if values is None:
                        break
                    out.extend([(d + off, v) for d, v in zip(ids, values) if d in wanted])
            elif isinstance(m, W3LeafMatcher):
                ti, nt = 0, len(local)
                while ti < nt:
                    while m._maxid < local[ti]:
                        if m._lastblock:
                            break
                        m._goto(m._nextoffset)
                    if m._maxid < local[ti]:
                        break
                    if m._data is None:
                        m._read_data()
                    ids = list(accumulate(m._data[0]))
                    values = m._data[2]
                    maxid = m._maxid
                    while ti < nt and local[ti] <= maxid:
                        d = local[ti]
                        j = bisect_left(ids, d)
                        if j < len(ids) and ids[j] == d:
                            out.append((d + off, values[j]))
                        ti += 1
                    if m._lastblock:
                        break
                    m._goto(m._nextoffset)
            else:
                ids = list(m._ids) if hasattr(m, "_ids") else []
                values = m._values if hasattr(m, "_values") else None
                if values is None:
                    continue
                for d in local:
                    j = bisect_left(ids, d)
                    if j < len(ids) and ids[j] == d:
                        out.append((d + off, values[j]))
        return out

    def _cached_df(self, fieldname: str, text: str) -> int:
        docs = self._terms.get((fieldname, text))
        return len(docs) if docs is not None else 0

    # --- ranking ------------------------------------------------------------------------------------

    def rank(self, matched, terms: list[tuple[str, str, float]], k: int) -> list[tuple[float, int]]:
        """The k best (score, docnum) of ``matched`` by BM25 over ``terms`` (field, text, boost); ties and
        documents no term scores keep document order."""
        if k <= 0 or not matched:
            return []
        acc: dict[int, float] = {}
        n_docs = max(1, self.doc_count)
        for fieldname, text, boost in terms:
            docs = self.term_docs(fieldname, text)
            if not docs:
                continue
            df = len(docs)
            idf = math.log(1.0 + (n_docs - df + 0.5) / (df + 0.5)) * boost
            lengths = self.column("len:" + fieldname)
            avg = self._average_length(fieldname)
            c1 = K1 * (1 - B)
            c2 = K1 * B / avg
            get = acc.get
            few = df > 8 * len(matched)
            for i, (leaf, off) in enumerate(self.leaves):
                ids, weights = self.cache.postings_of(leaf, self.segids[i], fieldname, text)
                if not ids:
                    continue
                if few:
                    # a common term and few matches: find the matches in its postings
                    end = off + leaf.doc_count_all()
                    for g in matched:
                        if off <= g < end:
                            j = bisect_left(ids, g - off)
                            if j < len(ids) and ids[j] == g - off:
                                w = 1.0 if weights is None else weights[j]
                                acc[g] = get(g, 0.0) + idf * w * (K1 + 1) / (w + c1 + c2 * lengths[g])
                else:
                    for d, w in zip(ids, weights if weights is not None else [1.0] * len(ids)):
                        g = d + off
                        if g in matched:
                            acc[g] = get(g, 0.0) + idf * w * (K1 + 1) / (w + c1 + c2 * lengths[g])
        top = heapq.nlargest(k, acc.items(), key=itemgetter(1))
        result = [(score, d) for d, score in top]
        if len(result) < k:
            scored = set(acc)
            rest = sorted(d for d in matched if d not in scored)
            result += [(0.0, d) for d in rest[: k - len(result)]]
        return result

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
    """decode_positions with a memory: most postings of a term hold one of few position lists."""
    decode = fmt.decode_positions

    def cached(value: bytes) -> tuple[int, ...]:
        hit = _decoded.get(value)
        if hit is None:
            if len(_decoded) > 500_000:
                _decoded.clear()
            hit = _fast_positions(value)
            if hit is None:
                hit = tuple(decode(value))
            _decoded[value] = hit
        return hit

    return cached


_NO_DATE = 2**62


def _stamps(leaf) -> list:
    n = leaf.doc_count_all()
    if leaf.has_column("stamp"):
        col = leaf.column_reader("stamp")
        values = list(col)
        if len(values) != n:
            values = [col[i] for i in range(n)]
        # a record without a date has the column's default, the largest number: it comes last
        return [v if isinstance(v, int) and 0 <= v < _NO_DATE else 0 for v in values]
    return [0] * n


def _lengths(leaf, fieldname: str) -> list:
    n = leaf.doc_count_all()
    try:  # the whole lengths column at once
        from whoosh.codec.whoosh3 import LENGTHS_COLUMN, _lenfield
        from whoosh.util.numeric import byte_to_length

        reader = leaf._perdoc._cached_reader(_lenfield(fieldname), LENGTHS_COLUMN)
        if reader is None:
            return [0] * n
        table = [byte_to_length(b) for b in range(256)]
        values = [table[b] for b in reader]
        if len(values) == n:
            return values
    except Exception:  # noqa: BLE001 - another codec: one document at a time
        pass
    return [leaf.doc_field_length(i, fieldname, 0) or 0 for i in range(n)]
