"""Query expansion from the best matches (pseudo-relevance feedback), for ranking only.

A press officer types the words she remembers; the articles she wants often say it in others. The best
few matches of a query usually share the words the subject is written in: the words that appear in at
least :data:`MIN_DOCS` of the first :data:`FEEDBACK_DOCS` (title and lead), weighted by how rare they are
in the archive, join the query's own words, together at half their weight, and the first
:data:`RERANK_DEPTH` matches are ranked again. Only the order changes: what matches, and the count,
are the query's own (no document is found for a word the user did not type).

Read from each one's lead: the terms of the first :data:`LEAD_POSITIONS` words of its content (the
title, then the text), where a news item's subject is. They are kept with each document when it is
indexed (the stored field ``lead``): analysing the texts of ten documents at query time cost a new
search process 40 ms, most of it loading the whole word list. Measured on the judged collection
(``bench/relevance.py``, OR queries): MAP of the tuning queries 0.941 → 0.977, of the held-out ones
0.936 → 0.964.
"""

from __future__ import annotations

import math
from collections import Counter

from press_archive.search.analyzer import analyze
from press_archive.search.lexicon import compound_parts

FEEDBACK_DOCS = 10
FEEDBACK_TERMS = 10
FEEDBACK_SHARE = 0.5  # of the query's own words' weight, for all the related words together
MIN_DOCS = 2
LEAD_POSITIONS = 60  # about the title and 300 characters of text
_LEAD_SCAN = 4_000  # characters that surely hold the first LEAD_POSITIONS words
RERANK_DEPTH = 30  # the tuning half ranked as well at 30 as at 50 (50 or all: no better), and 30 costs less


def lead_of_positions(positions: dict[str, list[int]]) -> str:
    """The lead terms (space-separated, in the order they first appear) of an analysed content, from its
    terms' positions in order of first appearance, as the segment builder keeps them."""
    return " ".join(term for term, found in positions.items() if found[0] < LEAD_POSITIONS)


def lead_of(content: str) -> str:
    """:func:`lead_of_positions` of a content not analysed yet (a document Whoosh's writer indexes): its
    start is analysed, or all of it when the start does not reach two words past the lead (the last
    word of a cut text may be cut, or join the next)."""
    analysed = analyze(content[:_LEAD_SCAN]) if len(content) > _LEAD_SCAN else None
    if analysed is None or not analysed or analysed[-1][1] < LEAD_POSITIONS + 2:
        analysed = analyze(content)
    first: dict[str, list[int]] = {}
    for term, pos, _, _ in analysed:
        if pos >= LEAD_POSITIONS:
            break
        first.setdefault(term, [pos])
    return lead_of_positions(first)


def _text_segment(engine):
    """The segment the related words' rarity is read in (a look-up in every segment for every candidate
    would cost more than the rest of the query): of the segments with a tenth of the most records or more
    (not an edit's few), the one whose records hold the most words. Not the one with the most records:
    a segment of photos, whose captions never say «است», would make the news' commonest words rare."""
    leaves = [leaf for leaf, _ in engine.leaves]
    least = max(leaf.doc_count_all() for leaf in leaves) / 10
    return max((leaf for leaf in leaves if leaf.doc_count_all() >= least),
               key=lambda leaf: (leaf.field_length("content") or 0) / max(1, leaf.doc_count_all()))


def feedback_terms(engine, searcher, top: list[tuple[float, int]],
                   terms: list[tuple[str, str, float]]) -> list[tuple[str, str, float]]:
    """(field, term, weight) to rank with beside ``terms`` (the query's own scoring terms), from ``top``
    (the query's best (score, docnum), best first), weighted as :meth:`Engine.weighted` weighs; empty
    when the best matches share nothing new."""
    top = [(score, docnum) for score, docnum in top[:FEEDBACK_DOCS] if score > 0]  # matched by a word
    if len(top) < MIN_DOCS:
        return []
    counts: Counter[str] = Counter()
    for _, docnum in top:
        counts.update(set((searcher.stored_fields(docnum).get("lead") or "").split()))
    own = {term for _, term, _ in terms}
    for _, term, _ in terms:  # a compound's parts are the query's own words too
        own.update(compound_parts(term) or ())
    shared = [(term, n) for term, n in counts.items() if n >= MIN_DOCS and term not in own and len(term) > 1]
    if not shared:
        return []
    leaf = _text_segment(engine)
    share = max(1, leaf.doc_count_all())
    scored = []
    for term, n in shared:
        df = leaf.doc_frequency("content", term)
        if df * 2 < share:  # a word in half of all documents says nothing of a subject
            scored.append((n, math.log(1.0 + (share - df + 0.5) / (df + 0.5)), term))
    best = sorted(scored, key=lambda t: (-t[0] * t[1], t[2]))[:FEEDBACK_TERMS]
    if not best:
        return []
    # together they weigh FEEDBACK_SHARE of the query's own words, shared by their scores (Rocchio's
    # normalised expansion): ten words at a fixed share each outweighed a title that holds the query
    own_weight = sum(weight for _, _, weight in engine.weighted(terms))
    total = sum(n * idf for n, idf, _ in best)
    return [("content", term, FEEDBACK_SHARE * own_weight * n * idf / total) for n, idf, term in best]
