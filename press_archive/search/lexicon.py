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

import hashlib
import marshal
import os
import threading
from importlib import resources
from pathlib import Path

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


def _cache_file(raw: bytes) -> Path | None:
    """Where the read word list is kept between processes: named by the word list and the code that
    reads it, so a change in either reads the list again. Reading it costs a quarter of a second,
    every search process would pay it (a script's search, a newly opened window)."""
    folder = os.environ.get("PRESS_ARCHIVE_LEXICON_CACHE")
    if folder is None:
        import platformdirs

        folder = platformdirs.user_cache_dir("press-archive", appauthor=False)
    h = hashlib.sha1(raw)
    from press_archive.domain import persian_text

    for source in (__file__, persian_text.__file__):
        try:
            h.update(Path(source).read_bytes())
        except OSError:
            return None
    return Path(folder) / f"lexicon-{h.hexdigest()[:16]}.marshal"


def _load() -> None:
    global LEMMAS, TARGETS, COMPOUNDS, _loaded
    with _lock:
        if _loaded:
            return
        raw = resources.files("press_archive.search").joinpath("data/words.txt").read_bytes()
        cache = _cache_file(raw)
        try:
            lemmas, targets, compounds = marshal.loads(cache.read_bytes()) if cache else (None,) * 3
        except (OSError, ValueError, EOFError, TypeError):
            lemmas = None
        if isinstance(lemmas, frozenset) and isinstance(targets, frozenset) and isinstance(compounds, dict):
            # the cache keeps only the targets that are not lemmas: every word unmarshalled is hashed,
            # and the union reuses the hashes (a third less of a search process's load)
            LEMMAS, TARGETS, COMPOUNDS = lemmas, lemmas | targets, compounds
            _loaded = True
            return
        _read(raw.decode("utf-8"))
        if cache is not None:
            try:  # written whole, then renamed: another process never reads half of it
                cache.parent.mkdir(parents=True, exist_ok=True)
                tmp = cache.with_suffix(f".{os.getpid()}.tmp")
                tmp.write_bytes(marshal.dumps((LEMMAS, TARGETS - LEMMAS, COMPOUNDS)))
                os.replace(tmp, cache)
            except OSError:
                pass  # a read-only home: read the list each time


def _read(text: str) -> None:
    """The word list read from its text (see the module docstring)."""
    global LEMMAS, TARGETS, COMPOUNDS, _loaded
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
