"""The Persian word list behind stemming and compounds, and the stemmer itself.

The word list (``data/words.txt``) is a subset of hazm's ``words.dat`` (MIT licence, see
``data/LICENSE-hazm.txt``): one word a line; the words hazm tags with a part of speech, ``<TAB>PL`` after
those tagged plural, and the untagged words ending in ی (شهرداری, عمومی...) marked ``<TAB>U``; these last
are only what a stripped word may become, never a reason to leave a word unstemmed.

* Stemming strips a suffix (ها, های, ان, ات, ezafe ی...) only when the word itself is not a known
  singular word and what remains is a known word: ``مدیران`` → ``مدیر`` but ``ایران`` stays ``ایران``
  (a known word, so never ``ایر``). Prefixes (می, نمی, بی) are never stripped.
* Compounds: a word the list writes with a ZWNJ (``بین‌المللی``) is known as a compound; the analyzer
  indexes its parts as well, whichever way it was written.
* Words in Latin letters get the Porter2 (Snowball English) stemmer.
"""

from __future__ import annotations

import threading
from importlib import resources

from whoosh.lang.porter2 import stem as porter_stem

from press_archive.domain.persian_text import ZWNJ, merge_particles, normalize_word

_lock = threading.Lock()
_loaded = False
LEMMAS: frozenset[str] = frozenset()  # known words that are not plurals: never stemmed
TARGETS: frozenset[str] = frozenset()  # what a stripped word may become
COMPOUNDS: dict[str, tuple[str, ...]] = {}  # ZWNJ-free compound -> its stemmed parts

# (suffix, replacement, letters the stem must end with or "" for any), tried in order.
_RULES: tuple[tuple[str, str, str], ...] = (
    ("هایی", "", ""),
    ("های", "", ""),
    ("ها", "", ""),
    ("ترین", "", ""),
    ("تر", "", ""),
    ("ان", "", ""),
    ("یان", "", "اوی"),
    ("گان", "ه", ""),
    ("یات", "یه", ""),
    ("ات", "ه", ""),
    ("ات", "", ""),
    ("ای", "", "ه"),
    ("ی", "", "اوه"),
)
# Plural-tagged words still stemmed when their singular is known (اقدامات → اقدام); not for ان, where
# the tag is often wrong for the common sense (دوران, ارکان).
_PLURAL_SUFFIXES = ("ها", "های", "ات")


def _load() -> None:
    global LEMMAS, TARGETS, COMPOUNDS, _loaded
    with _lock:
        if _loaded:
            return
        text = resources.files("press_archive.search").joinpath("data/words.txt").read_text(encoding="utf-8")
        lemmas: set[str] = set()
        plurals: set[str] = set()
        targets: set[str] = set()
        raw_compounds: list[list[str]] = []
        for line in text.splitlines():
            if not line or line.startswith("#"):
                continue
            word, _, tag = line.partition("\t")
            key = normalize_word(word)
            if len(key) < 2:
                continue
            targets.add(key)
            if tag == "PL":
                plurals.add(key)
            elif tag != "U":
                lemmas.add(key)
            if ZWNJ in word:
                pieces = merge_particles([p for p in (normalize_word(x) for x in word.split(ZWNJ)) if p])
                if len(pieces) > 1:
                    raw_compounds.append(pieces)
                    targets.update(p for p in pieces if len(p) > 1)
        for key in plurals:
            if key not in lemmas and not key.endswith(_PLURAL_SUFFIXES):
                lemmas.add(key)
        LEMMAS = frozenset(lemmas)
        TARGETS = frozenset(targets)
        compounds: dict[str, tuple[str, ...]] = {}
        for pieces in raw_compounds:
            compounds.setdefault("".join(pieces), tuple(_stem_persian(p) for p in pieces))
        COMPOUNDS = compounds
        _loaded = True


def ensure_loaded() -> None:
    if not _loaded:
        _load()


def _stem_persian(word: str) -> str:
    if len(word) < 3 or word in LEMMAS:
        return word
    for suffix, replacement, after in _RULES:
        if word.endswith(suffix):
            base = word[: len(word) - len(suffix)]
            if len(base) < 2 or (after and base[-1] not in after):
                continue
            base += replacement
            if base in TARGETS:
                return base
    return word


_cache: dict[str, str] = {}


def stem(word: str) -> str:
    """The index term of one normalized word (see :func:`press_archive.domain.persian_text.normalize_word`)."""
    hit = _cache.get(word)
    if hit is not None:
        return hit
    ensure_loaded()
    if word.isascii():
        result = porter_stem(word) if word.isalpha() else word
    else:
        result = _stem_persian(word)
    if len(_cache) > 300_000:
        _cache.clear()
    _cache[word] = result
    return result


def compound_parts(term: str) -> tuple[str, ...] | None:
    """The stemmed parts of a known compound term, or None."""
    ensure_loaded()
    return COMPOUNDS.get(term)
