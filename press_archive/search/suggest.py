"""A spelling suggestion for a query that found nothing: each word the index does not hold is replaced
by the most common indexed word within one edit (two for longer words), when that finds something."""

from __future__ import annotations

from press_archive.search.query import ParsedQuery, QueryError, parse_query, to_whoosh

MAX_CANDIDATES = 2000


def _best(reader, term: str) -> str | None:
    dists = (1, 2) if len(term) >= 5 else (1,)
    for maxdist in dists:
        found: set[str] = set()
        for leaf, _ in reader.leaf_readers():
            for i, cand in enumerate(leaf.terms_within("content", term, maxdist, prefix=1)):
                found.add(cand)
                if i > MAX_CANDIDATES:
                    break
        found.discard(term)
        if found:
            return max(sorted(found), key=lambda t: reader.doc_frequency("content", t))
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
