"""Each segment's postings of frequent terms as flat arrays, with per-block maxima for top-k ranking.

Whoosh's W3 postings keep a block's document numbers, term frequencies and positions in one pickled,
compressed object: counting or ranking the documents of a word found in most records meant inflating
and unpickling every position of it (most of a cold search's time). A rebuild therefore writes beside
each segment a file ``<segment>.imp`` (named like the segment's own files, so Whoosh drops it with the
segment) holding, for every analyzed term found in at least :data:`MIN_DF` of the segment's documents:

* its document numbers (``H`` or ``I`` array) and term frequencies (``B``, ``H`` or ``f`` array): the same
  values as the W3 postings (``tests/test_search_impacts.py`` compares them);
* per block of :data:`BLOCK` postings, its frontier: the few (frequency, length byte) pairs no other
  posting of the block beats on both, where the block's largest BM25 contribution lies whatever the
  idf and average length; this lets the engine rank the best documents without scoring the rest
  (block-max, as Lucene and Tantivy do).

The file: ``MAGIC``, the arrays, then a directory of text lines ``\\n<field>\\x1f<term>\\t<offset>,<count>,
<id code>,<weight code>,<frontier points>`` and, last, the directory's offset (8 bytes). A term is found with one
``bytes.find`` in the directory (read once per segment); nothing else is read until asked for.
Segments written by Whoosh itself (single edits, small imports) have no such file: the engine reads
their W3 postings as before.
"""

from __future__ import annotations

import os
import struct
import threading
from array import array
from itertools import accumulate, chain
from operator import itemgetter

MAGIC = b"PAIMP1\n"
EXT = ".imp"
BLOCK = 128
MIN_DF = 48  # rarer terms fill a W3 block or less: reading that is as cheap
_TAIL = struct.Struct("<Q")
_WEIGHT, _LENGTH = itemgetter(0), itemgetter(1)


def _whole(typecodes: str, values: list) -> array:
    """Whole non-negative numbers in the smallest of ``typecodes`` that holds them."""
    for code in typecodes[:-1]:
        try:
            return array(code, values)
        except OverflowError:
            continue
    return array(typecodes[-1], values)


def _weights(weights: list) -> array:
    """Frequencies as bytes or short integers when they are whole numbers (a fraction: as floats)."""
    for code in "BH":
        try:
            out = array(code, map(int, weights))
        except OverflowError:
            continue
        if sum(out) == sum(weights):  # int() lowers a fraction: equal sums, whole numbers
            return out
        break
    return array("f", weights)


def frontier(weights, length_bytes) -> tuple[list[float], list[int]]:
    """The (weight, length byte) pairs of a block that no other pair beats on both (a higher or equal
    weight with a lower or equal length): BM25 grows with the weight and falls with the length, so the
    block's best contribution is at one of them, whatever the idf and the average length."""
    pairs = sorted(set(zip(weights, length_bytes)), key=_LENGTH)
    pairs.sort(key=_WEIGHT, reverse=True)  # weight descending, then (the sort is stable) length ascending
    lows = accumulate((lb for _, lb in pairs), min, initial=256)
    kept = [p for p, low in zip(pairs, lows) if p[1] < low]
    return [w for w, _ in kept], [lb for _, lb in kept]


def encode_term(ids: list[int], weights: list, length_bytes: list[int],
                positions: list | None = None) -> tuple[bytes, str, str, int, str, int]:
    """The arrays of one term (ids ascending; ``length_bytes``: each posting's document length byte;
    ``positions``: each posting's list of positions, kept when there is one per unit of weight); returns
    them with their codes, the number of frontier points, and the positions' code and count."""
    id_arr = _whole("HI", ids)
    w_arr = _weights(weights)
    counts, fws, flbs = bytearray(), array("f"), bytearray()
    for b in range(0, len(ids), BLOCK):
        ws, lbs = frontier(weights[b:b + BLOCK], length_bytes[b:b + BLOCK])
        counts.append(len(ws))
        fws.extend(ws)
        flbs.extend(lbs)
    data = id_arr.tobytes() + w_arr.tobytes() + bytes(counts) + fws.tobytes() + bytes(flbs)
    p_code, n_pos = "-", 0
    if positions is not None and w_arr.typecode != "f" and None not in positions:
        pos_arr = _whole("HI", list(chain.from_iterable(positions)))
        if len(pos_arr) == sum(w_arr):  # a posting's positions are as many as its weight (no field boost)
            p_code, n_pos = pos_arr.typecode, len(pos_arr)
            data += pos_arr.tobytes()
    return data, id_arr.typecode, w_arr.typecode, len(fws), p_code, n_pos


def write_file(path: str, entries) -> None:
    """Write an impacts file from ``entries``: (field, term, ids, weights, length bytes, positions), in
    any order."""
    lines = []
    with open(path, "wb") as f:
        f.write(MAGIC)
        pos = len(MAGIC)
        for field, term, ids, weights, lbytes, positions in entries:
            data, id_code, w_code, points, p_code, n_pos = encode_term(ids, weights, lbytes, positions)
            f.write(data)
            lines.append(f"\n{field}\x1f{term}\t{pos},{len(ids)},{id_code},{w_code},{points},{p_code},{n_pos}")
            pos += len(data)
        f.write("".join(lines).encode("utf-8") + b"\n")
        f.write(_TAIL.pack(pos))


class Postings:
    """A term's postings in one segment: ``ids`` (local document numbers), ``weights`` (frequencies),
    and per block of :data:`BLOCK` postings its frontier (:func:`frontier`): ``counts`` (points per
    block), ``fw`` and ``flb`` (the points' weights and length bytes, block after block)."""

    __slots__ = ("ids", "weights", "counts", "fw", "flb")

    def __init__(self, ids, weights, counts=None, fw=None, flb=None):
        self.ids, self.weights, self.counts, self.fw, self.flb = ids, weights, counts, fw, flb

    @classmethod
    def computed(cls, ids, weights, lengths: bytes, off: int) -> "Postings":
        """The frontiers computed here (a segment or a term the file does not hold); ``lengths`` is the
        global length-byte column and ``off`` the segment's first document number."""
        if weights is None:
            weights = [1.0] * len(ids)
        counts, fw, flb = [], [], []
        for b in range(0, len(ids), BLOCK):
            ws, lbs = frontier(weights[b:b + BLOCK], [lengths[d + off] for d in ids[b:b + BLOCK]])
            counts.append(len(ws))
            fw += ws
            flb += lbs
        return cls(ids, weights, counts, fw, flb)


class ImpactsFile:
    """One segment's impacts file, opened on first use (None from :func:`open_impacts` when absent)."""

    def __init__(self, path: str):
        self.path = path
        self._file = None
        self._dir: bytes | None = None
        self._lock = threading.Lock()

    def _directory(self) -> bytes:
        if self._dir is None:
            with self._lock:
                if self._dir is None:
                    f = open(self.path, "rb")
                    size = os.fstat(f.fileno()).st_size
                    start = _TAIL.unpack(_read_at(f, size - _TAIL.size, _TAIL.size))[0]
                    if _read_at(f, 0, len(MAGIC)) != MAGIC or start > size:
                        f.close()
                        raise ValueError(f"{self.path} is not an impacts file")
                    self._dir = _read_at(f, start, size - _TAIL.size - start)
                    self._file = f
        return self._dir

    def has(self, field: str, term: str) -> bool:
        return self._directory().find(f"\n{field}\x1f{term}\t".encode("utf-8")) >= 0

    def _entry(self, field: str, term: str) -> list | None:
        directory = self._directory()
        key = f"\n{field}\x1f{term}\t".encode("utf-8")
        i = directory.find(key)
        if i < 0:
            return None
        j = i + len(key)
        offset, count, id_code, w_code, points, p_code, n_pos = \
            directory[j:directory.index(b"\n", j)].decode("ascii").split(",")
        offset, count, points, n_pos = int(offset), int(count), int(points), int(n_pos)
        blocks = -(-count // BLOCK)
        size = count * (array(id_code).itemsize + array(w_code).itemsize) + blocks + points * 5
        return [offset, count, id_code, w_code, points, blocks, size, p_code, n_pos]

    def _read(self, offset: int, size: int, term: str) -> bytes:
        with self._lock:
            raw = _read_at(self._file, offset, size)
        if len(raw) != size:
            raise ValueError(f"{self.path}: the postings of {term!r} are cut short")
        return raw

    def postings(self, field: str, term: str) -> Postings | None:
        """The term's postings, or None when the file does not hold it (a rare term)."""
        entry = self._entry(field, term)
        if entry is None:
            return None
        offset, count, id_code, w_code, points, blocks, size, _, _ = entry
        raw = self._read(offset, size, term)
        ids, weights, fw = array(id_code), array(w_code), array("f")
        a = count * ids.itemsize
        b = a + count * weights.itemsize
        ids.frombytes(raw[:a])
        weights.frombytes(raw[a:b])
        fw.frombytes(raw[b + blocks:b + blocks + 4 * points])
        return Postings(ids, weights, raw[b:b + blocks], fw, raw[b + blocks + 4 * points:])

    def positions(self, field: str, term: str) -> array | None:
        """Every position of the term, posting after posting (a posting's count is its weight); None
        when the file holds no positions for it."""
        entry = self._entry(field, term)
        if entry is None or entry[7] == "-":
            return None
        offset, _, _, _, _, _, size, p_code, n_pos = entry
        out = array(p_code)
        out.frombytes(self._read(offset + size, n_pos * out.itemsize, term))
        return out

    def close(self) -> None:
        with self._lock:
            if self._file is not None:
                self._file.close()
                self._file = None
                self._dir = None


def _read_at(f, offset: int, size: int) -> bytes:
    f.seek(offset)
    return f.read(size)


def open_impacts(folder, segment_id: str) -> ImpactsFile | None:
    path = os.path.join(str(folder), segment_id + EXT)
    return ImpactsFile(path) if os.path.exists(path) else None
