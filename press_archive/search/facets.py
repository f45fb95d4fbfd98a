"""Facet counts: how many of the matched records fall under each type, Jalali year, category,
photographer and tag.

For each segment of the index a table maps every document to the id of its facet value (a tuple of
ids for tags); it is read
once from the postings and kept while the segment lives (segments never change, except for deletions,
and deleted documents never match). Counting is then a C-speed pass over the matched document numbers.
"""

from __future__ import annotations

import threading
from collections import Counter
from itertools import chain

from press_archive.domain.persian_text import normalize_for_search
from press_archive.search.engine import _blocks

# facet name -> index field
FACET_FIELDS = {"type": "type", "year": "year", "category": "f_category", "photographer": "f_photographer",
                "tag": "f_tag"}
TOP = {"type": 10, "year": 100, "category": 50, "photographer": 50, "tag": 50}
_EMPTY: tuple = ()
_SINGLE = {"type", "year", "f_category", "f_photographer"}  # one value a document: a number, not a tuple


class FacetCounter:
    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._values: dict[str, list[str]] = {f: [] for f in FACET_FIELDS.values()}
        self._ids: dict[str, dict[str, int]] = {f: {} for f in FACET_FIELDS.values()}
        self._segments: dict[str, dict[str, list[tuple]]] = {}
        self._global_key: tuple | None = None
        self._global: dict[str, list[tuple]] = {}

    def _segment_table(self, reader) -> dict[str, list[tuple]]:
        seg = reader.segment()
        key = seg.segment_id() if seg is not None else str(id(reader))
        table = self._segments.get(key)
        if table is not None:
            return table
        table = {}
        size = reader.doc_count_all()
        for fieldname in FACET_FIELDS.values():
            single = fieldname in _SINGLE
            rows: list = [-1 if single else _EMPTY] * size
            ids = self._ids[fieldname]
            values = self._values[fieldname]
            for btext in reader.lexicon(fieldname):
                value = btext.decode("utf-8") if isinstance(btext, bytes) else btext
                vid = ids.get(value)
                if vid is None:
                    vid = ids[value] = len(values)
                    values.append(value)
                for docs, _, _ in _blocks(reader, fieldname, value):
                    if single:
                        for doc in docs:
                            rows[doc] = vid
                    else:
                        for doc in docs:
                            row = rows[doc]
                            rows[doc] = (vid,) if row is _EMPTY else row + (vid,)
            table[fieldname] = rows
        self._segments[key] = table
        return table

    def _tables(self, searcher) -> dict[str, list[tuple]]:
        leaves = searcher.reader().leaf_readers()
        key = tuple((r.segment().segment_id() if r.segment() is not None else id(r), off) for r, off in leaves)
        if key == self._global_key:
            return self._global
        tables = [self._segment_table(r) for r, _ in leaves]
        live = {k for k, _ in key}
        for old in [k for k in self._segments if k not in live]:
            del self._segments[old]
        merged = {}
        for fieldname in FACET_FIELDS.values():
            rows: list = []
            for t in tables:
                rows.extend(t[fieldname])
            merged[fieldname] = rows
        self._global_key, self._global = key, merged
        return merged

    def count(self, searcher, docs) -> dict[str, list[tuple[str, int]]]:
        """Facet name -> [(value, count)], largest counts first (years: latest first)."""
        with self._lock:
            tables = self._tables(searcher)
            out: dict[str, list[tuple[str, int]]] = {}
            for name, fieldname in FACET_FIELDS.items():
                rows = tables[fieldname]
                if fieldname in _SINGLE:
                    counts = Counter(map(rows.__getitem__, docs))
                    counts.pop(-1, None)
                else:
                    counts = Counter(chain.from_iterable(map(rows.__getitem__, docs)))
                values = self._values[fieldname]
                pairs = [(values[vid], n) for vid, n in counts.items()]
                if name in ("category", "photographer", "tag"):
                    pairs = _merge_variants(pairs)
                if name == "year":
                    pairs.sort(key=lambda p: (-int(p[0]) if p[0].isdigit() else 0, p[0]))
                else:
                    pairs.sort(key=lambda p: (-p[1], p[0]))
                out[name] = pairs[: TOP[name]]
            return out


def _merge_variants(pairs: list[tuple[str, int]]) -> list[tuple[str, int]]:
    """Values that differ only in spelling variants (ZWNJ, letter forms) count as one, shown as the
    most frequent spelling."""
    groups: dict[str, list] = {}
    for value, n in pairs:
        key = normalize_for_search(value)
        g = groups.get(key)
        if g is None:
            groups[key] = [value, n, n]
        else:
            g[1] += n
            if n > g[2]:
                g[0], g[2] = value, n
    return [(g[0], g[1]) for g in groups.values()]
