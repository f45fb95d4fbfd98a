"""The analyzer used at index and query time alike, and the index's custom field types.

Whoosh pickles the schema, analyzers included: the classes here must stay at this module path, and
hold no data of their own beyond their version (the word list is loaded once per process).

What :class:`PersianAnalyzer` emits for a text (see ``press_archive.domain.persian_text`` for the
letter rules and ``lexicon`` for stemming):

* one term per word, normalized and stemmed, at consecutive positions;
* for a compound, its parts as well, so that the three ways of writing it meet: written with a ZWNJ
  (``بین‌المللی``), without it (``بینالمللی``) or with a space (``بین المللی``) all give the terms
  ``بینالمللی``@p, ``بین``@p, ``المللی``@p+1 when the word list knows the compound; a ZWNJ compound the
  list does not know gives its joined form and its parts; two spaced words that the list knows as a
  compound give the joined form beside the first part.
* particles (می/نمی/بی, ها/های/تر/ترین/ای...) are joined to their word, whether written with a ZWNJ,
  without it, or apart.
"""

from __future__ import annotations

from typing import NamedTuple

from whoosh.analysis import Analyzer, Token
from whoosh.fields import FieldType
from whoosh.formats import Existence

from press_archive.domain.persian_text import normalize_word, units
from press_archive.search import lexicon

# Bump whenever what the analyzer emits changes: an index built by another version is rebuilt.
ANALYZER_VERSION = 6

class Wanted(NamedTuple):
    """What a snippet looks for: index terms, and the letters a word must hold to give one of them."""

    terms: frozenset[str]
    keys: tuple[str, ...]


def match_keys(terms) -> Wanted:
    """``terms`` with their keys: a stem is the word itself, the word cut short (and given ه or یه back),
    or, in Latin letters, changed in its last three."""
    keys = set()
    for term in terms:
        if term.isascii() and term.isalpha():  # Porter-stemmed
            key = term[:max(1, len(term) - 3)]
        elif term.endswith("یه") and len(term) > 3:
            key = term[:-2]
        elif term.endswith("ه") and len(term) > 2:
            key = term[:-1]
        else:
            key = term
        keys.add(key)
    return Wanted(frozenset(terms), tuple(keys))


def analyze(text: str, wanted: Wanted | None = None) -> list[tuple[str, int, int, int]]:
    """(term, position, startchar, endchar) for every term the index holds for ``text``.

    With ``wanted`` (from :func:`match_keys`), only the words that may give one of its terms are
    stemmed and reported, at positions that no longer count: what a snippet needs, at a fraction of
    the cost (and of the word list a new process must load)."""
    keys = wanted.keys if wanted is not None else None
    stem = lexicon.stem
    need = lexicon.need
    compounds = lexicon.COMPOUNDS  # answers for every term stem() gave; other keys need need() first
    us = units(text)
    out: list[tuple[str, int, int, int]] = []
    pos = 0
    last = len(us) - 1
    for i, u in enumerate(us):
        pieces = u.pieces
        if keys is not None:
            letters = "".join(pieces)
            if not any(k in letters for k in keys) and not (
                    # a compound written apart, joined from here: a term wanted starts with this word
                    u.spaced_next and i < last and len(pieces) == 1
                    and any(len(t) > len(letters) and t.startswith(letters) for t in wanted.terms)):
                continue
        if len(pieces) == 1:
            term = stem(pieces[0])
            out.append((term, pos, u.start, u.end))
            if u.spaced_next and i < last:
                nxt = us[i + 1]
                # a joined term wanted starts with this word: else the next word is not stemmed
                if len(nxt.pieces) == 1 and (wanted is None or any(
                        len(t) > len(pieces[0]) and t.startswith(pieces[0]) for t in wanted.terms)):
                    joined = pieces[0] + stem(nxt.pieces[0])
                    need(joined)
                    if joined in compounds:
                        out.append((joined, pos, u.start, nxt.end))
            parts = compounds.get(term)
            if parts:
                for k, part in enumerate(parts):
                    out.append((part, pos + k, u.start, u.end))
                pos += len(parts)
            else:
                pos += 1
        else:
            term = stem("".join(pieces))
            parts = compounds.get(term) or tuple(stem(p) for p in pieces)
            out.append((term, pos, u.start, u.end))
            for k, part in enumerate(parts):
                out.append((part, pos + k, u.start, u.end))
            pos += len(parts)
    return out


def word_terms(text: str) -> list[tuple[str, tuple[str, ...], bool, int, int]]:
    """How a query reads ``text``: per word (term, parts, needs_joined_alternative, start, end).

    ``parts`` is empty for a simple word; for a compound the list knows it holds the parts every way of
    writing it indexes; for a ZWNJ compound the list does not know, ``needs_joined_alternative`` is
    True: a document may hold it as parts (ZWNJ or spaced) or as one joined word (ZWNJ lost).
    """
    stem = lexicon.stem
    out = []
    for u in units(text):
        if len(u.pieces) == 1:
            term = stem(u.pieces[0])
            parts = lexicon.COMPOUNDS.get(term, ())
            out.append((term, parts, False, u.start, u.end))
        else:
            term = stem("".join(u.pieces))
            known = lexicon.COMPOUNDS.get(term)
            if known:
                out.append((term, known, False, u.start, u.end))
            else:
                out.append((term, tuple(stem(p) for p in u.pieces), True, u.start, u.end))
    return out


class PersianAnalyzer(Analyzer):
    """Persian/Arabic/English text analyzer (see the module docstring)."""

    def __init__(self) -> None:
        self.version = ANALYZER_VERSION

    def __call__(self, value, positions=False, chars=False, keeporiginal=False, removestops=True,
                 start_pos=0, start_char=0, tokenize=True, mode="", **kwargs):
        t = Token(positions, chars, removestops=removestops, mode=mode, **kwargs)
        if not tokenize:
            t.original = t.text = lexicon.stem(normalize_word(value))
            t.boost = 1.0
            if positions:
                t.pos = start_pos
            if chars:
                t.startchar = start_char
                t.endchar = start_char + len(value)
            yield t
            return
        for term, pos, sc, ec in analyze(value):
            t.text = term
            t.boost = 1.0
            if keeporiginal:
                t.original = value[sc:ec]
            if positions:
                t.pos = start_pos + pos
            if chars:
                t.startchar = start_char + sc
                t.endchar = start_char + ec
            yield t


FACET_SEPARATOR = "\x1f"


class FacetValuesAnalyzer(Analyzer):
    """Whole values separated by U+001F, each one term as written (facet fields)."""

    def __call__(self, value, positions=False, chars=False, keeporiginal=False, removestops=True,
                 start_pos=0, start_char=0, tokenize=True, mode="", **kwargs):
        t = Token(positions, chars, removestops=removestops, mode=mode, **kwargs)
        values = value.split(FACET_SEPARATOR) if tokenize else [value]
        for i, v in enumerate(values):
            v = v.strip()
            if not v:
                continue
            t.text = v
            t.boost = 1.0
            if keeporiginal:
                t.original = v
            if positions:
                t.pos = start_pos + i
            yield t


class FACETS(FieldType):
    """A field of whole values (several per document), for facet counts; not scored, not stored."""

    def __init__(self):
        self.format = Existence()
        self.analyzer = FacetValuesAnalyzer()
        self.scorable = False
        self.stored = False
        self.unique = False
        self.vector = None
