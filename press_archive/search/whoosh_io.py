"""Every use of Whoosh's private names, in one place.

The engine reads Whoosh's W3 postings blocks and columns directly and the segment writer writes them
(whoosh-reloaded 2.7.5 is pinned): far faster than Whoosh's per-posting Python matchers, at the cost of
depending on its internals. Those are reached only through this module. The classes' private methods
are checked when it is imported, instance attributes when they are read; a missing one raises
:class:`WhooshMismatch` with the name, so a change in the library fails loudly instead of turning into
empty results. The Whoosh version is recorded in the index manifest: an index written by another
version is rebuilt.
"""

from __future__ import annotations

from pathlib import Path

import whoosh
import whoosh.reading
import whoosh.writing

WHOOSH_VERSION = whoosh.versionstring()
TESTED_VERSION = "2.7.5"


class WhooshMismatch(RuntimeError):
    """The installed Whoosh lacks an internal this program reads or writes."""

    def __init__(self, name: str):
        super().__init__(f"the installed Whoosh ({WHOOSH_VERSION}) has no {name}, which the search index reads; "
                         f"install whoosh-reloaded=={TESTED_VERSION} (the version this program is tested with)")
        self.name = name


try:
    from whoosh.codec.whoosh3 import LENGTHS_COLUMN, WHOOSH3_HEADER_MAGIC, W3LeafMatcher, W3TermInfo, _lenfield
    from whoosh.reading import TermNotFound
    from whoosh.util.numeric import byte_to_length
except ImportError as e:  # pragma: no cover - another Whoosh
    raise WhooshMismatch(getattr(e, "name", None) or str(e)) from None

# methods of Whoosh classes that the engine, the segment writer and the index call
_METHODS = {
    W3LeafMatcher: ("_read_data", "_goto"),
    whoosh.writing.SegmentWriter: ("_merge_segments", "_finalize_segment", "_close_segment", "_commit_toc",
                                   "_finish"),
    whoosh.reading.SegmentReader: ("_text_to_bytes",),
}


def check_internals() -> None:
    """Raise :class:`WhooshMismatch` when a Whoosh class lacks a private method this program calls."""
    for cls, names in _METHODS.items():
        for name in names:
            if not callable(getattr(cls, name, None)):
                raise WhooshMismatch(f"{cls.__name__}.{name}")


def _attr(obj, name: str):
    try:
        return getattr(obj, name)
    except AttributeError:
        raise WhooshMismatch(f"{type(obj).__name__}.{name}") from None


def _call(obj, method: str, *args):
    """A private method of a Whoosh object; an attribute missing inside it is a mismatch too."""
    try:
        return getattr(obj, method)(*args)
    except AttributeError as e:
        raise WhooshMismatch(f"{type(obj).__name__}.{e.name or method}") from None


# --- reading postings -------------------------------------------------------------------------------

def term_matcher(leaf, fieldname: str, text: str):
    """The raw postings matcher of a term in one segment (deleted documents included), or None when the
    segment does not hold the term. Any other failure is raised."""
    try:
        fmt = leaf.schema[fieldname].format
        btext = _call(leaf, "_text_to_bytes", fieldname, text)
        terms = _attr(leaf, "_terms")
    except KeyError:  # a field the schema does not have
        return None
    try:
        return terms.matcher(fieldname, btext, fmt)
    except (KeyError, TermNotFound):
        return None


def is_block_matcher(m) -> bool:
    """True for a matcher over W3 postings blocks (the others hold their postings inline)."""
    return isinstance(m, W3LeafMatcher)


def block_key(m) -> int:
    """Where the data of the current block starts in the postings file (unique per segment)."""
    return _attr(m, "_dataoffset")


def block_data(m) -> tuple:
    """(raw ids (deltas), raw weights, raw values) of the block the matcher stands on."""
    if _attr(m, "_data") is None:
        _call(m, "_read_data")
    return m._data


def variable_values(m) -> bool:
    """True when the term's postings carry values of varying size (positions)."""
    fixed = _attr(m, "_fixedsize")
    return fixed is None or fixed < 0


def last_block(m) -> bool:
    return _attr(m, "_lastblock")


def next_block(m) -> None:
    _call(m, "_goto", _attr(m, "_nextoffset"))


def block_max_id(m) -> int:
    return _attr(m, "_maxid")


def inline_postings(m) -> tuple[list, object, object] | None:
    """(ids, weights, values or None) of a matcher that holds its postings inline, or None."""
    if not hasattr(m, "_ids"):
        return None
    values = m._values if m._values is not None and len(m._values) == len(m._ids) else None
    return list(m._ids), m._weights, values


# --- columns ------------------------------------------------------------------------------------------

def numeric_column(reader, n: int) -> list | None:
    """All values of a Whoosh numeric column read in one go (its per-document reads cost a few
    microseconds each, a second per 100,000 documents); None for another kind of column."""
    import struct

    names = ("_typecode", "_fixedlen", "_count", "_dbfile", "_basepos", "_default")
    if not all(hasattr(reader, a) for a in names):
        return None
    typecode, size, count = reader._typecode, reader._fixedlen, reader._count
    raw = reader._dbfile.get(reader._basepos, count * size)
    values = list(struct.unpack(f"!{count}{typecode}", raw))
    if count < n:
        values.extend([reader._default] * (n - count))
    return values[:n]


def byte_column(reader, n: int) -> bytes | None:
    """A numeric column of one byte per document read as it is stored; None for another kind."""
    names = ("_typecode", "_fixedlen", "_count", "_dbfile", "_basepos", "_default")
    if not all(hasattr(reader, a) for a in names) or reader._typecode != "B" or reader._fixedlen != 1:
        return None
    count = min(reader._count, n)
    raw = bytes(reader._dbfile.get(reader._basepos, count))
    return raw + bytes([reader._default or 0]) * (n - count)


LENGTH_OF_BYTE = [byte_to_length(b) for b in range(256)]


def lengths_reader(leaf, fieldname: str):
    """The column reader of a field's lengths in one segment (None when the segment has none)."""
    perdoc = _attr(leaf, "_perdoc")
    return _call(perdoc, "_cached_reader", _lenfield(fieldname), LENGTHS_COLUMN)


# --- writing ------------------------------------------------------------------------------------------

def commit_with_segments(writer, segments: list) -> None:
    """Commit ``writer`` (its deletions and own documents) with ``segments`` built beside it added to
    the index, as Whoosh's multi-segment writer does; segments left with no live document are dropped."""
    final = writer._merge_segments(None, False, False)  # no merging
    final += segments
    if _attr(writer, "_added"):
        final.append(writer._finalize_segment())
    else:
        writer._close_segment()
    writer._commit_toc([s for s in final if s.doc_count() > 0])
    writer._finish()


def field_writer_files(fieldwriter) -> tuple:
    """(postings file, terms table) of a codec's field writer."""
    return _attr(fieldwriter, "_postfile"), _attr(fieldwriter, "_tindex")


def field_postings_setup(fieldwriter) -> tuple[int, int, int]:
    """(field number, block size, compression level) of the field a field writer just started."""
    postwriter = _attr(fieldwriter, "_postwriter")
    return _attr(fieldwriter, "_fieldid"), _attr(postwriter, "_blocklimit"), _attr(postwriter, "_compression")


def term_info(offset: int, length: int, weight: float, df: int, minlength, maxlength: int, maxweight: float,
              minid: int, maxid: int) -> W3TermInfo:
    """A W3 term info with its statistics set."""
    info = W3TermInfo()
    info._offset, info._length, info._weight, info._df = offset, length, weight, df
    info._minlength, info._maxlength, info._maxweight = minlength, maxlength, maxweight
    info._minid, info._maxid = minid, maxid
    return info


check_internals()


def writer_scratch(folder: Path, indexname: str) -> Path:
    """The folder a Whoosh segment writer spills its postings to (its `temp_storage("<index>.tmp")`), removed at
    its commit or cancel: a writer killed in between leaves it in the index folder."""
    return Path(folder) / f"{indexname}.tmp"
