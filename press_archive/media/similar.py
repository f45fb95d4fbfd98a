"""Finding photos that look the same: 64-bit visual hashes within a small Hamming distance.

The distance 8 was chosen from a measured table (bench/phash_table.py on the camera samples): recompression and
resizing stay within 3, centred crops of 3 % within 6, 5 % within 9 (13 of 14 found at 8), a 3 % crop from one
corner is found 11 times in 14 at 8 (7 at 6), and no two distinct photos came closer than 9. Flat pictures
(white, black, one colour, text on white) all hash to 0: they get no visual hash at all (see
render.low_detail), and an old 0 hash is not indexed, so they are never "visually the same" by hash alone.

Comparing every pair is quadratic. The hash is cut into 9 bands; two hashes that differ in at most 8 bits
agree exactly on at least one band (pigeonhole), so only photos sharing a band value are compared.
"""

from __future__ import annotations

from collections.abc import Iterable

MAX_DISTANCE = 8
_BANDS = 9
_BAND_BITS = [8, 7, 7, 7, 7, 7, 7, 7, 7]  # 64 bits
_SHIFTS = [sum(_BAND_BITS[i + 1:]) for i in range(_BANDS)]


def distance(a: int, b: int) -> int:
    return (a ^ b).bit_count()


def _bands(value: int) -> list[int]:
    return [(value >> shift) & ((1 << bits) - 1) for shift, bits in zip(_SHIFTS, _BAND_BITS)]


class VisualIndex:
    """Hashes by band, for "which photos look like this one?" as photos are added."""

    def __init__(self, max_distance: int = MAX_DISTANCE):
        if max_distance >= _BANDS:
            raise ValueError(f"the band index finds distances below {_BANDS}")
        self.max_distance = max_distance
        self._buckets: list[dict[int, list[int]]] = [{} for _ in range(_BANDS)]
        self._hashes: dict[int, int] = {}

    def add(self, key: int, phash: str | int) -> None:
        value = int(phash, 16) if isinstance(phash, str) else phash
        if value == 0:  # what every flat picture hashed to before they got none
            return
        self._hashes[key] = value
        for bucket, band in zip(self._buckets, _bands(value)):
            bucket.setdefault(band, []).append(key)

    def extend(self, items: Iterable[tuple[int, str]]) -> "VisualIndex":
        for key, phash in items:
            try:
                self.add(key, phash)
            except (TypeError, ValueError):
                continue
        return self

    def similar(self, phash: str | int, exclude: int | None = None) -> list[tuple[int, int]]:
        """(key, distance) of the hashes within the distance, nearest first."""
        value = int(phash, 16) if isinstance(phash, str) else phash
        if value == 0:
            return []
        seen: set[int] = set()
        found = []
        for bucket, band in zip(self._buckets, _bands(value)):
            for key in bucket.get(band, ()):
                if key in seen or key == exclude:
                    continue
                seen.add(key)
                d = distance(value, self._hashes[key])
                if d <= self.max_distance:
                    found.append((key, d))
        return sorted(found, key=lambda kd: (kd[1], kd[0]))

    def pairs(self) -> list[tuple[int, int]]:
        """Every pair of keys within the distance (each pair once, smaller key first)."""
        out: set[tuple[int, int]] = set()
        for bucket in self._buckets:
            for keys in bucket.values():
                if len(keys) < 2:
                    continue
                for i, a in enumerate(keys):
                    ha = self._hashes[a]
                    for b in keys[i + 1:]:
                        if (ha ^ self._hashes[b]).bit_count() <= self.max_distance:
                            out.add((a, b) if a < b else (b, a))
        return sorted(out)


def clusters(pairs: Iterable[tuple[int, int]]) -> list[list[int]]:
    """Connected groups of keys from pairs (union-find), each sorted, groups by their first key."""
    parent: dict[int, int] = {}

    def find(x: int) -> int:
        while parent.setdefault(x, x) != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for a, b in pairs:
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)
    groups: dict[int, list[int]] = {}
    for key in parent:
        groups.setdefault(find(key), []).append(key)
    return sorted((sorted(g) for g in groups.values() if len(g) > 1), key=lambda g: g[0])
