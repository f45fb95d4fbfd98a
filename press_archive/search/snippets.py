"""Snippets: the part of a text around the matches, matches marked ``<b>…</b>``, the rest HTML-escaped."""

from __future__ import annotations

import functools
import html
import re

from press_archive.domain.persian_text import ZWNJ, normalize_word
from press_archive.search.analyzer import Wanted, analyze, match_keys

WIDTH = 220
LEAD = 60
MAX_SCAN = 30_000  # characters of a long text looked at for matches


def _escape(text: str) -> str:
    return html.escape(" ".join(text.split()), quote=False)


def _cut_back(text: str, i: int, floor: int) -> int:
    """Move i back to the start of a word (not before floor)."""
    j = text.rfind(" ", floor, i)
    return j + 1 if j >= 0 else max(floor, i)


def _cut_forward(text: str, i: int) -> int:
    if i >= len(text):
        return len(text)
    j = text.find(" ", i)
    return j if j >= 0 and j - i < 30 else i


def make_snippet(text: str, terms: set[str], width: int = WIDTH) -> str:
    """The snippet of ``text`` for a query whose index terms are ``terms``."""
    if not text:
        return ""
    spans = _match_spans(text, terms, width) if terms else []
    if not spans:
        end = _cut_forward(text, width) if len(text) > width else len(text)
        return _escape(text[:end]) + ("…" if end < len(text) else "")
    spans.sort()
    merged: list[list] = []
    for s, e, term in spans:
        if merged and s < merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], e)
            merged[-1][2].add(term)
        else:
            merged.append([s, e, {term}])
    # the window holding the most different matched terms (the earliest on ties)
    best_i, best_n = 0, -1
    j = 0
    for i, (s, _, _) in enumerate(merged):
        if j < i:
            j = i
        while j + 1 < len(merged) and merged[j + 1][1] - s <= width - LEAD:
            j += 1
        n = len(set().union(*(m[2] for m in merged[i:j + 1])))
        if n > best_n:
            best_i, best_n = i, n
    first = merged[best_i][0]
    start = 0 if first <= LEAD else _cut_back(text, first - LEAD, max(0, first - LEAD - 30))
    end = start + width
    end = _cut_forward(text, end) if end < len(text) else len(text)
    out = ["…"] if start > 0 else []
    at = start
    for s, e, _ in merged:
        if s < at or s >= end:
            continue
        e = min(e, end)
        out.append(_escape_keep_edges(text[at:s]))
        out.append("<b>" + _escape(text[s:e]) + "</b>")
        at = e
    out.append(_escape_keep_edges(text[at:end]))
    if end < len(text):
        out.append("…")
    return "".join(out).strip()


CHUNK = 700


def _chunk_end(text: str, start: int, size: int) -> int:
    """Where a piece of about ``size`` characters from ``start`` may end: after a sentence or a space."""
    if start + size >= len(text):
        return len(text)
    for sep in (".", "\n", "،", " "):
        j = text.find(sep, start + size, start + size + 200)
        if j >= 0:
            return j + 1
    return start + size


# One character for one: the letter forms a term may be written in, folded the way the analyzer does,
# so that str.find can point at where a match may be without changing any offset.
_SKELETON = str.maketrans({
    "ي": "ی", "ى": "ی", "ئ": "ی", "ك": "ک", "ة": "ه", "ۀ": "ه", "أ": "ا", "إ": "ا", "آ": "ا", "ؤ": "و",
    **{chr(0x06F0 + i): str(i) for i in range(10)}, **{chr(0x0660 + i): str(i) for i in range(10)},
    **{chr(ord("A") + i): chr(ord("a") + i) for i in range(26)},
})


_ALEF_HAMZA_END = re.compile("اء(?=[\u200c\\s]|$)")
_HAMZA_MARK = "\u25cc"  # where the text has ئ, which a word folds to ی, ا or و by its neighbours


def _may_hold(text: str, keys: tuple[str, ...]) -> bool:
    """False when no word of ``text`` can give a term of these keys: the text normalized whole, its
    spaces dropped (particles written apart join). Folding each ئ by its word would cost a Python loop
    over the text: it is marked instead, and may stand for any of the three."""
    if "\u0654" in text:
        text = text.replace("ی\u0654", "ئ").replace("ي\u0654", "ئ")
    text = _ALEF_HAMZA_END.sub("ا", text)  # a word's (or a ZWNJ piece's) final اء: the analyzer drops its ء
    letters = "".join(normalize_word(text.replace("ئ", _HAMZA_MARK)).split())
    if _HAMZA_MARK not in letters:
        return any(k in letters for k in keys)
    return _hamza_pattern(keys).search(letters) is not None


@functools.lru_cache(maxsize=64)
def _hamza_pattern(keys: tuple[str, ...]) -> re.Pattern:
    folded = {ord(c): f"[{c}{_HAMZA_MARK}]" for c in "یاو"}
    return re.compile("|".join(re.escape(k).translate(folded) for k in keys))


def _match_spans(text: str, terms: set[str], width: int) -> list[tuple[int, int, str]]:
    """(start, end, term) of the matches in the first part of ``text`` that has any, and in the
    ``width`` characters after it. The text is not analyzed whole: first where a term's first letters
    appear, then piece by piece."""
    limit = min(len(text), MAX_SCAN)
    wanted = match_keys(terms)
    skeleton = text[:limit].translate(_SKELETON)
    first = limit
    for term in terms:
        key = term[:3] if len(term) > 3 else term
        i = skeleton.find(key)
        if 0 <= i < first:
            first = i
    if first < limit:
        start = first
        while start > 0 and not text[start - 1].isspace() and first - start < 40:
            start -= 1
        spans = _scan(text, start, limit, wanted, width)
        if spans:
            return spans
        # nothing from there on (a word that only looked like a term's start): what is before it, once
        limit = start
    if not _may_hold(text[:limit], wanted.keys):
        return []  # mostly a record found by its title or tags, not by this text
    return _scan(text, 0, limit, wanted, width)


def _scan(text: str, pos: int, limit: int, wanted: Wanted, width: int) -> list[tuple[int, int, str]]:
    spans: list[tuple[int, int, str]] = []
    stop = None
    size = width + LEAD  # from a likely match: mostly the snippet's own width is all there is to read
    while pos < limit:
        end = min(limit, _chunk_end(text, pos, size if stop is None else max(1, stop - pos)))
        size = CHUNK
        spans.extend(term_spans(text, pos, end, wanted))
        pos = end
        if stop is not None and pos >= stop:
            break
        if spans and stop is None:
            stop = spans[0][0] + width
            if pos >= stop:
                break
    return spans


_TOKEN = re.compile(r"\S+")


def term_spans(text: str, start: int, end: int, wanted: Wanted) -> list[tuple[int, int, str]]:
    """(start, end, term) of the words of ``text[start:end]`` that give one of ``terms``, in order: the
    same spans a whole analysis gives, found by analysing only the written words whose normalized
    letters may give a term, with their neighbours (which a particle or a compound written apart joins),
    neighbouring candidates in one piece."""
    terms, keys = wanted
    tokens = [(m.start(), m.end(), _letters(m.group())) for m in _TOKEN.finditer(text, start, end)]
    last = len(tokens) - 1
    candidates = []
    for j, (s, e, letters) in enumerate(tokens):
        # a word may be written in up to three pieces (می گفته اند): the key may span them
        letters += "".join(t[2] for t in tokens[j + 1:j + 3])
        if any(k in letters for k in keys):
            candidates.append(j)
    found: set[tuple[int, int, str]] = set()
    i = 0
    while i < len(candidates):
        k = i
        while k + 1 < len(candidates) and candidates[k + 1] - candidates[k] <= 3:
            k += 1
        a = tokens[max(0, candidates[i] - 1)][0]
        b = tokens[min(last, candidates[k] + 3)][1]
        own = [(tokens[c][0], tokens[c][1]) for c in candidates[i:k + 1]]
        for term, _, ts, te in analyze(text[a:b], wanted):
            if term in terms and any(a + ts < e and a + te > s for s, e in own):
                found.add((a + ts, a + te, term))
        i = k + 1
    return sorted(found)


def _letters(token: str) -> str:
    """A written token's normalized letters, piece by piece as the analyzer reads them (اء before a
    ZWNJ ends its piece and loses its ء)."""
    if ZWNJ not in token:
        return normalize_word(token)
    return "".join(normalize_word(piece) for piece in token.split(ZWNJ))


def _escape_keep_edges(text: str) -> str:
    """Escape a piece between matches, keeping one space where it starts or ends with white space."""
    if not text:
        return ""
    inner = _escape(text)
    lead = " " if text[0].isspace() and inner else ""
    trail = " " if text[-1].isspace() and inner else ""
    if not inner:
        return " "
    return lead + inner + trail
