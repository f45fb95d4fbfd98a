"""The best k matches by BM25 without scoring every match: block-max over windows of documents.

Every term's postings carry, per block of 128, the frontier of its (frequency, length) pairs (see
:mod:`press_archive.search.impacts`), hence the term's largest BM25 contribution there. The
document numbers are cut into windows of :data:`WINDOW`; a window's bound is the sum over the query's
terms of the largest bound of their blocks that reach into it. Windows are scored in the order of their
bounds, and the work stops once k documents score above the bound of every window left (MaxScore's and
block-max WAND's argument, at the granularity of a window, which suits Python: a window is scored by
slices and set lookups). The result is exactly the exhaustive ranking's top k (same scores, same order:
score, then document number): ``tests/test_search_topk.py`` compares them on a real index.

For phrases, :func:`best_verified` ranks the documents holding all the words and checks positions only
for the best of them, a batch at a time, until k are found; the total is then exact when few candidates
are left (they are checked too), else estimated from a random sample of those left.
"""

from __future__ import annotations

import heapq
import random
from bisect import bisect_left
from dataclasses import dataclass, field

from press_archive.search.impacts import BLOCK, Postings

WINDOW = 128
BATCH = 64  # phrase candidates checked together at first (their postings blocks are read once)...
MAX_BATCH = 4096  # ...then twice as many each time: a rare phrase among common words checks most of them
EXACT_REST = 2048  # candidates left unchecked once the top k are found: checked too (an exact total)...
SAMPLE = 512  # ...or, when more are left, a sample of them (an estimated total), doubled up to
MAX_SAMPLE = 2048  # ...this while fewer than SAMPLE_HELD of it hold the phrase
SAMPLE_HELD = 20
_MARGIN = 1 + 1e-9  # bounds are compared with a margin for rounding


FEW_DELETED = 1_000  # more, and a one-word query's matches are made a set (see TermMatches)


class TermMatches:
    """What a one-word query matches, without a set of it: a common word is in most documents, and a set
    of 100,000 numbers cost a new search process 20 ms. Ranking asks only for its size and for members
    (a binary search in the term's postings, segment by segment); iterating it goes through them in
    document order. For an engine with few deletions (each is looked up once)."""

    def __init__(self, engine, fieldname: str, text: str):
        self.key = (fieldname, text)
        self.parts = []  # (first document, end, the term's local document numbers)
        for i, (leaf, off) in enumerate(engine.leaves):
            ids = engine.cache.postings(leaf, engine.segids[i], fieldname, text).ids
            if ids:
                self.parts.append((off, off + leaf.doc_count_all(), ids))
        self.deleted = engine.deleted
        self._len = sum(len(ids) for _, _, ids in self.parts) - sum(1 for g in self.deleted if self._holds(g))

    def _holds(self, g: int) -> bool:
        for off, end, ids in self.parts:
            if off <= g < end:
                j = bisect_left(ids, g - off)
                return j < len(ids) and ids[j] == g - off
        return False

    def between(self, lo: int, hi: int) -> set[int]:
        """The matches from document ``lo`` up to ``hi``, as a set (a window that ranking scores)."""
        out: set[int] = set()
        for off, end, ids in self.parts:
            if off < hi and end > lo:
                a, b = bisect_left(ids, lo - off), bisect_left(ids, hi - off)
                out.update(map(off.__add__, ids[a:b]) if off else ids[a:b])
        return out - self.deleted if self.deleted else out

    def __len__(self) -> int:
        return self._len

    def __bool__(self) -> bool:
        return self._len > 0

    def __contains__(self, g) -> bool:
        return self._holds(g) and g not in self.deleted

    def __iter__(self):
        deleted = self.deleted
        for off, _, ids in self.parts:
            for d in ids:
                if d + off not in deleted:
                    yield d + off


@dataclass
class _Term:
    idf: float
    norm: list
    lengths: bytes
    parts: list = field(default_factory=list)  # (first doc, end, local ids, weights) per segment


class Ranking:
    """The windows of one query's terms over one engine: their bounds, and exact scores on demand."""

    def __init__(self, engine, matched, weighted: list[tuple[str, str, float]], k1: float, b: float):
        self.engine = engine
        self.k1 = k1
        self.matched = matched
        self._sorted: list[int] | None = None
        n_all = engine.doc_count_all
        self.bounds = [0.0] * (n_all // WINDOW + 1)
        self.terms: list[_Term] = []
        for fieldname, text, idf in weighted:
            self.terms.append(self._term(fieldname, text, idf, b))

    def _term(self, fieldname: str, text: str, idf: float, b: float) -> _Term:
        engine, k1 = self.engine, self.k1
        lengths = engine.column("len:" + fieldname)
        avg = engine.average_length(fieldname)
        norm = engine.length_norms(fieldname, avg)
        term = _Term(idf, norm, lengths)
        own = [0.0] * len(self.bounds)
        for i, (leaf, off) in enumerate(engine.leaves):
            p = engine.cache.postings(leaf, engine.segids[i], fieldname, text)
            ids = p.ids
            if not ids:
                continue
            if p.counts is None:
                p = Postings.computed(ids, p.weights, lengths, off)
            term.parts.append((off, off + leaf.doc_count_all(), ids, p.weights))
            last = len(ids) - 1
            fw, flb = p.fw, p.flb
            j = 0
            for blk, n in enumerate(p.counts):
                bound = max(idf * fw[x] * (k1 + 1) / (fw[x] + norm[flb[x]]) for x in range(j, j + n))
                j += n
                first_w = (ids[blk * BLOCK] + off) // WINDOW
                last_w = (ids[min(last, blk * BLOCK + BLOCK - 1)] + off) // WINDOW
                for w in range(first_w, last_w + 1):
                    if bound > own[w]:
                        own[w] = bound
        bounds = self.bounds
        for w, x in enumerate(own):
            if x:
                bounds[w] += x
        return term

    def sorted(self) -> list[int]:
        """The matches in document order (sorted once, when asked for)."""
        if self._sorted is None:
            self._sorted = sorted(self.matched)
        return self._sorted

    def order(self) -> list[int]:
        """Windows with scoring terms (and, unless most documents match, with matches), best bound first."""
        bounds = self.bounds
        if len(self.matched) * 4 > len(bounds) * WINDOW:
            out = [w for w, bound in enumerate(bounds) if bound > 0]
        else:
            out = []
            s = self.sorted()
            for w, bound in enumerate(bounds):
                if bound > 0:
                    a = bisect_left(s, w * WINDOW)
                    if a < len(s) and s[a] < (w + 1) * WINDOW:
                        out.append(w)
        out.sort(key=lambda w: -bounds[w])
        return out

    def score(self, w: int) -> dict[int, float]:
        """Exact scores of the matches in window ``w`` that hold a scoring term (terms summed in the
        query's order, as the exhaustive ranking does, so that the sums are the same to the bit)."""
        lo, hi = w * WINDOW, (w + 1) * WINDOW
        matched = self.matched
        if isinstance(matched, TermMatches):  # a one-word query: its matches in this window, as a set
            matched = matched.between(lo, hi)
        acc: dict[int, float] = {}
        get = acc.get
        k1 = self.k1
        for t in self.terms:
            idf, norm, lengths = t.idf, t.norm, t.lengths
            for off, end, ids, weights in t.parts:
                if end <= lo or off >= hi:
                    continue
                a, b = bisect_left(ids, lo - off), bisect_left(ids, hi - off)
                for d, wt in zip(ids[a:b], weights[a:b]):
                    g = d + off
                    if g in matched:
                        acc[g] = get(g, 0.0) + idf * wt * (k1 + 1) / (wt + norm[lengths[g]])
        return acc

    def unscored(self, scored, limit: int) -> list[int]:
        """The first ``limit`` matches (in document order) that no term scores."""
        out = []
        for d in self.sorted():
            if d not in scored:
                out.append(d)
                if len(out) >= limit:
                    break
        return out


def best(ranking: Ranking, k: int) -> list[tuple[float, int]]:
    """The k best (score, doc): score descending, then document number."""
    heap: list[tuple[float, int]] = []
    for w in ranking.order():
        if len(heap) >= k and ranking.bounds[w] * _MARGIN < heap[0][0]:
            break  # no document left can enter the top k
        for g, sc in ranking.score(w).items():
            item = (sc, -g)
            if len(heap) < k:
                heapq.heappush(heap, item)
            elif item > heap[0]:
                heapq.heapreplace(heap, item)
    result = [(sc, -ng) for sc, ng in sorted(heap, reverse=True)]
    if len(result) < k:  # every scored match is in: the rest in document order
        result += [(0.0, d) for d in ranking.unscored({d for _, d in result}, k - len(result))]
    return result


@dataclass
class Verified:
    top: list
    total: int
    exact: bool  # False: ``total`` is estimated from the share of checked candidates that matched


def best_verified(ranking: Ranking, k: int, verify) -> Verified:
    """The k best candidates for which ``verify(set of docs)`` (which returns those that really match)
    holds: candidates are taken best first and checked a batch at a time, and a window is scored only
    when its bound could beat the best candidate waiting."""
    pool: list[tuple[float, int]] = []  # (-score, doc): best first
    result: list[tuple[float, int]] = []
    scored: set[int] = set()
    checked: set[int] = set()
    passed = 0
    size = BATCH
    windows = iter(ranking.order())
    nxt = next(windows, None)

    def check(batch: list[tuple[float, int]]) -> None:
        nonlocal passed, size
        size = min(MAX_BATCH, size * 2)
        docs = {g for _, g in batch}
        ok = verify(docs)
        checked.update(docs)
        passed += len(ok)
        for sc, g in batch:
            if g in ok and len(result) < k:
                result.append((sc, g))

    while len(result) < k:
        bound = ranking.bounds[nxt] * _MARGIN if nxt is not None else -1.0
        if pool and -pool[0][0] > bound:
            batch = []
            while pool and -pool[0][0] > bound and len(batch) < size:
                negsc, g = heapq.heappop(pool)
                batch.append((-negsc, g))
            check(batch)
        elif nxt is not None:
            for g, sc in ranking.score(nxt).items():
                heapq.heappush(pool, (-sc, g))
                scored.add(g)
            nxt = next(windows, None)
        else:
            break
    if len(result) < k:  # every scored candidate was checked: the unscored ones, in document order
        rest = [d for d in ranking.sorted() if d not in scored]
        i = 0
        while i < len(rest) and len(result) < k:
            batch = [(0.0, d) for d in rest[i:i + size]]
            i += len(batch)
            check(batch)
    unchecked = set(ranking.matched) - checked
    if len(unchecked) <= EXACT_REST:
        return Verified(result, passed + len(verify(unchecked)) if unchecked else passed, True)
    # the best candidates hold the phrase more often than the rest: the rest is counted from a sample
    pool_left = sorted(unchecked)
    size = SAMPLE
    while True:  # a larger sample while few of it hold the phrase (the estimate is as good as their number)
        sample = set(random.Random(len(pool_left)).sample(pool_left, min(size, len(pool_left))))
        held = len(verify(sample))
        if held >= SAMPLE_HELD or size >= MAX_SAMPLE or len(sample) == len(pool_left):
            break
        size *= 2
    return Verified(result, passed + round(held * len(pool_left) / len(sample)), False)
