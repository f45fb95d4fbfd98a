"""A spelling suggestion for a query that found nothing: each word the index does not hold is replaced
by the most common indexed word within one edit (two for longer words), when that finds something."""

from __future__ import annotations

from whoosh.support.levenshtein import levenshtein

from press_archive.search.query import ParsedQuery, QueryError, parse_query, to_whoosh

# Words are looked for in the segments with the most text, until they hold this many words, not in all:
# a word common enough to be worth suggesting is in any big part of the index (the counts that rank them
# are global). By text, not by records: a segment of 50,000 photos holds captions' words only.
SAMPLE_WORDS = 2_500_000


def _sample(reader) -> list:
    def words(leaf) -> int:
        return leaf.field_length("content") or 0

    chosen, total = [], 0
    for leaf in sorted((leaf for leaf, _ in reader.leaf_readers()), key=lambda leaf: -words(leaf)):
        if total >= SAMPLE_WORDS:
            break
        chosen.append(leaf)
        total += words(leaf)
    return chosen


def _best(reader, term: str) -> str | None:
    """The most common indexed word within one edit of ``term``, else within two for a word of five
    letters or more. The first letter is taken as typed: the words under it are few enough to measure
    one by one (Whoosh's own edit automaton walks them several times slower, ten times for two edits)."""
    maxdist = 2 if len(term) >= 5 else 1
    letters = set(term)
    found: tuple[set[str], set[str]] = (set(), set())
    for leaf in _sample(reader):
        for raw in leaf.expand_prefix("content", term[0]):
            cand = raw.decode("utf-8")
            # an edit changes at most two letters of the set of letters: most words are ruled out here
            if (abs(len(cand) - len(term)) <= maxdist and len(letters.symmetric_difference(cand)) <= 2 * maxdist
                    and cand != term):
                dist = levenshtein(term, cand, maxdist)
                if dist <= maxdist:
                    found[dist - 1].add(cand)
    for near in found:
        if near:
            return max(sorted(near), key=lambda t: reader.doc_frequency("content", t))
    return None


def suggest(searcher, parsed: ParsedQuery, allowed=None, engine=None) -> str | None:
    """The corrected query text, or None (also when the corrected query would find nothing either)."""
    reader = searcher.reader()
    replacements = []
    for atom in parsed.atoms(positive_only=True):
        if atom.kind != "word" or not atom.term or atom.alt or atom.parts:
            continue
        if reader.doc_frequency("content", atom.term) > 0:
            continue
        best = _best(reader, atom.term)
        if best:
            replacements.append((atom.start, atom.end, best))
    if not replacements:
        return None
    text = parsed.cleaned
    for start, end, word in sorted(replacements, reverse=True):
        text = text[:start] + word + text[end:]
    try:
        q = to_whoosh(parse_query(text))
    except QueryError:
        return None
    docs = engine.docs(q) if engine is not None else set(q.docs(searcher))
    if allowed is not None:
        docs = docs & allowed
    return text if docs else None
