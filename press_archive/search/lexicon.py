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
import zlib
from pathlib import Path

from whoosh.lang.porter2 import stem as porter_stem

from press_archive.domain.persian_text import ZWNJ, merge_particles, normalize_word

_lock = threading.Lock()
_complete = False  # every shard loaded (or the list read whole)
# Filled shard by shard (see need()): a search stems a few words and loads only their shards.
LEMMAS: set[str] = set()  # known words that are not plurals: never stemmed
TARGETS: set[str] = set()  # what a stripped word may become
COMPOUNDS: dict[str, tuple[str, ...]] = {}  # ZWNJ-free compound -> its stemmed parts
SHARDS = 256
_have = bytearray(SHARDS)
_cache_path: Path | None = None  # the cache file, once its table is read
_cache_table: list[tuple[int, int]] = []  # (offset, length) of each shard in it

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


def _shard_of(word: str) -> int:
    return zlib.crc32(word.encode("utf-8")) & (SHARDS - 1)


def _sources() -> list[Path]:
    """The word list and the code that reads it: a change in any of them reads the list again."""
    from press_archive.domain import persian_text

    here = Path(__file__)  # the package is installed as files (importlib.resources costs a search 2 ms)
    return [here.parent / "data" / "words.txt", here, Path(persian_text.__file__)]


def _cache_file() -> Path | None:
    """Where the read word list is kept between processes. Reading the list costs a quarter of a
    second, which every search process would pay (a script's search, a newly opened window); the
    cache is named by its sources' sizes and times, which cost nothing to read, where hashing them
    would cost a search a few milliseconds."""
    folder = os.environ.get("PRESS_ARCHIVE_LEXICON_CACHE")
    if folder is None:
        import platformdirs

        folder = platformdirs.user_cache_dir("press-archive", appauthor=False)
    h = hashlib.sha1()
    for source in _sources():
        try:
            st = source.stat()
        except OSError:
            return None
        h.update(f"{source}\0{st.st_size}\0{st.st_mtime_ns}\0".encode())
    return Path(folder) / f"lexicon-{h.hexdigest()[:16]}.shards"


def _open_cache() -> None:
    """Read the cache file's table of shards, or read the word list whole (and write the cache) when
    there is no usable cache. Called under _lock."""
    global _cache_path, _cache_table
    cache = _cache_file()
    try:
        with open(cache or "", "rb") as f:
            size = int.from_bytes(f.read(4), "little")
            table = marshal.loads(f.read(size))
            end = f.seek(0, os.SEEK_END)
        if (isinstance(table, list) and len(table) == SHARDS
                and all(4 + size <= at and at + n <= end for at, n in table)):
            _cache_path, _cache_table = cache, table
            return
    except (OSError, ValueError, EOFError, TypeError):
        pass
    _read(_sources()[0].read_text(encoding="utf-8"))
    if cache is not None:
        _write_cache(cache)


def _write_cache(cache: Path) -> None:
    """The word list as SHARDS marshalled pieces (lemmas, targets that are not lemmas, compounds) behind a
    table of their offsets; written whole, then renamed: another process never reads half of it."""
    pieces = [(set(), set(), {}) for _ in range(SHARDS)]
    for word in LEMMAS:
        pieces[_shard_of(word)][0].add(word)
    for word in TARGETS - LEMMAS:
        pieces[_shard_of(word)][1].add(word)
    for key, parts in COMPOUNDS.items():
        pieces[_shard_of(key)][2][key] = parts
    blobs = [marshal.dumps((frozenset(a), frozenset(b), c)) for a, b, c in pieces]
    table, at = [], 0
    for blob in blobs:
        table.append((at, len(blob)))
        at += len(blob)
    head = marshal.dumps(table)
    offset = 4 + len(head)
    head = marshal.dumps([(a + offset, n) for a, n in table])  # same length: only the ints' values change
    try:
        cache.parent.mkdir(parents=True, exist_ok=True)
        tmp = cache.with_suffix(f".{os.getpid()}.tmp")
        tmp.write_bytes(len(head).to_bytes(4, "little") + head + b"".join(blobs))
        os.replace(tmp, cache)
    except OSError:
        pass  # a read-only home: read the list each time


def _load_shard(i: int) -> None:
    global _complete
    with _lock:
        if _complete or _have[i]:
            return
        if _cache_path is None:
            _open_cache()
            if _complete:  # read whole from the word list
                return
        at, n = _cache_table[i]
        try:
            with open(_cache_path, "rb") as f:
                f.seek(at)
                lemmas, targets, compounds = marshal.loads(f.read(n))
        except (OSError, ValueError, EOFError, TypeError):  # damaged since its table was read
            _read(_sources()[0].read_text(encoding="utf-8"))
            return
        LEMMAS.update(lemmas)
        TARGETS.update(lemmas)
        TARGETS.update(targets)
        COMPOUNDS.update(compounds)
        _have[i] = 1
        if all(_have):
            _complete = True


def need(word: str) -> None:
    """Load the word list's entries for ``word`` if they are not yet (nothing to do once all are)."""
    if not _complete:
        i = _shard_of(word)
        if not _have[i]:
            _load_shard(i)


def _read(text: str) -> None:
    """The word list read whole from its text (see the module docstring)."""
    global _complete
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
    compounds: dict[str, tuple[str, ...]] = {}
    for pieces in raw_compounds:
        compounds.setdefault("".join(pieces), tuple(_strip(p, lemmas, targets, _known) for p in pieces))
    LEMMAS.update(lemmas)
    TARGETS.update(targets)
    COMPOUNDS.update(compounds)
    _complete = True


def ensure_loaded() -> None:
    """Load the whole word list (an index build stems every word there is)."""
    for i in range(SHARDS):
        if _complete:
            return
        if not _have[i]:
            _load_shard(i)


def _known(word: str) -> None:
    """What :func:`_strip` calls before a lookup when the words at hand are all loaded."""


def _strip(word: str, lemmas, targets, before_lookup) -> str:
    """The stem of a Persian word; every word it returns has been looked up (its shard is in)."""
    before_lookup(word)
    if len(word) < 3 or word in lemmas:
        return word
    for suffix, replacement, after in _RULES:
        if word.endswith(suffix):
            base = word[: len(word) - len(suffix)]
            if len(base) < 2 or (after and base[-1] not in after):
                continue
            base += replacement
            before_lookup(base)
            if base in targets:
                return base
    return word


def _stem_persian(word: str) -> str:
    return _strip(word, LEMMAS, TARGETS, need)


_cache: dict[str, str] = {}


def stem(word: str) -> str:
    """The index term of one normalized word (see :func:`press_archive.domain.persian_text.normalize_word`)."""
    hit = _cache.get(word)
    if hit is not None:
        return hit
    if word.isascii():
        result = porter_stem(word) if word.isalpha() else word
        need(result)  # so that COMPOUNDS answers for every term stem() gives
    else:
        result = _stem_persian(word)
    if len(_cache) > 300_000:
        _cache.clear()
    _cache[word] = result
    return result


def compound_parts(term: str) -> tuple[str, ...] | None:
    """The stemmed parts of a known compound term, or None."""
    need(term)
    return COMPOUNDS.get(term)
