"""The structure of a JPEG file: where its image data (the scans) starts and ends.

Two uses: a file that ends before its End Of Image marker is truncated or half-copied (a decoder would
fill the rest with grey and say nothing), and the bytes from the first Start Of Scan to the End Of Image are
the picture itself, the same whatever metadata an editor rewrote around them.
"""

from __future__ import annotations

import hashlib

from press_archive.domain.messages import said

SOI, EOI, SOS = 0xD8, 0xD9, 0xDA
_STANDALONE = set(range(0xD0, 0xD8)) | {0x01}  # RSTn and TEM carry no length


_SOF = {0xC0, 0xC1, 0xC2, 0xC3, 0xC5, 0xC6, 0xC7, 0xC9, 0xCA, 0xCB, 0xCD, 0xCE, 0xCF}
_HUFFMAN_SEQUENTIAL = {0xC0, 0xC1}


def _frame(view, i: int, length: int, marker: int) -> tuple[int, int, int, list[tuple[int, int]]]:
    """(marker, width, height, [(h, v) sampling of each component]) from a start-of-frame segment."""
    if length < 8 or i + length > len(view):
        raise BrokenJpeg(said("damaged: the frame header is cut short"))
    height, width, count = (view[i + 3] << 8) | view[i + 4], (view[i + 5] << 8) | view[i + 6], view[i + 7]
    if width == 0 or height == 0 or count == 0 or length < 8 + 3 * count:
        raise BrokenJpeg(said("damaged: the frame header describes no pixels"))
    sampling = [(view[i + 9 + 3 * c] >> 4 or 1, view[i + 9 + 3 * c] & 0x0F or 1) for c in range(count)]
    return marker, width, height, sampling


def _minimum_scan_bytes(frame) -> int:
    """The fewest bytes a sequential Huffman JPEG of this size can hold: every 8x8 block costs at least two
    bits (a DC code and an end-of-block code). A file with less is lying about its size."""
    _marker, width, height, sampling = frame
    h_max, v_max = max(h for h, _v in sampling), max(v for _h, v in sampling)
    blocks = 0
    for h, v in sampling:
        blocks += -(-(-(-width * h // h_max)) // 8) * -(-(-(-height * v // v_max)) // 8)
    return int(blocks * 2 / 8 * 0.95)


class BrokenJpeg(ValueError):
    """The file is not a complete JPEG; the message says what is wrong in plain words."""


_SEGMENT_MARKERS = bytes(sorted(set(range(0xE0, 0xF0)) | _SOF | {0xC4, 0xCC, 0xDA, 0xDB, 0xDD, 0xFE}))


def _next_marker(view, i: int) -> int:
    """The offset of the next FF byte that starts a header segment, -1 when there is none."""
    while True:
        i = view.find(b"\xff", i)
        if i < 0 or i + 1 >= len(view):
            return -1
        if view[i + 1] in _SEGMENT_MARKERS:
            return i
        i += 1


def scan_range(data: bytes | memoryview, *, first_image: bool = False,
               notes: list[str] | None = None) -> tuple[int, int]:
    """(start, end) of the image data: from the first SOS marker to just after the EOI marker.

    A file that ends with EOI is complete, and its end is taken as the end of the image data (searching 10 MB
    of entropy-coded data for the first EOI costs as much as hashing it). `first_image` searches for the first
    EOI instead, for files that hold more than one image (MPO) or a maker's trailer after the picture. Stray
    bytes between segments are skipped to the next marker, with a line in `notes`."""
    view = data if isinstance(data, (bytes, bytearray)) else bytes(data)
    n = len(view)
    frame = None
    if view[:2] != b"\xff\xd8":
        raise BrokenJpeg(said("not a JPEG: it does not start with the JPEG start marker"))
    i = 2
    while True:
        if i >= n:
            raise BrokenJpeg(said("truncated: the file ends before its image data (half-copied?)"))
        if view[i] != 0xFF:
            # Junk between segments, or a segment whose length is wrong: decoders warn and resync to the next
            # marker, and so does this scan (the decode then says whether the picture is usable).
            found = _next_marker(view, i)
            if found < 0:
                raise BrokenJpeg(said("damaged: unexpected bytes at offset {offset} and no image data after them",
                                      offset=i))
            if notes is not None:
                notes.append(said("{count} stray bytes at offset {offset} between JPEG segments were skipped",
                                  count=found - i, offset=i))
            i = found
        while i < n and view[i] == 0xFF:  # fill bytes
            i += 1
        if i + 2 >= n:
            raise BrokenJpeg(said("truncated: the file ends before its image data (half-copied?)"))
        marker = view[i]
        i += 1
        if marker in _STANDALONE:
            continue
        if marker in (SOI, EOI):
            raise BrokenJpeg(said("damaged: the JPEG has no image data"))
        length = (view[i] << 8) | view[i + 1]
        if length < 2:
            raise BrokenJpeg(said("damaged: a segment at offset {offset} has an impossible length", offset=i - 2))
        if marker in _SOF:
            frame = _frame(view, i, length, marker)
        if marker == SOS:
            start = i - 2
            # Inside the entropy-coded data 0xFF is always followed by 0x00 or a restart marker, and the
            # tables between progressive scans hold no FF D9, so the first FF D9 from here is the end.
            if not first_image and view.endswith(b"\xff\xd9") and n - 2 >= i + length:
                end = n - 2
            else:
                end = view.find(b"\xff\xd9", i + length)
            if end < 0:
                raise BrokenJpeg(said("truncated: the image data stops before the end of the picture (half-copied?)"))
            if frame is not None and frame[0] in _HUFFMAN_SEQUENTIAL and end - start < _minimum_scan_bytes(frame):
                raise BrokenJpeg(said("damaged: the header claims {width}x{height} pixels but the image data is far "
                                      "too small for that (a lying header or a truncated file)",
                                      width=frame[1], height=frame[2]))
            return start, end + 2
        i += length


def scan_hash(data: bytes, *, first_image: bool = False, notes: list[str] | None = None) -> str:
    """SHA-256 of the image data (the bytes from SOS to EOI); raises BrokenJpeg for an incomplete file."""
    start, end = scan_range(data, first_image=first_image, notes=notes)
    return hashlib.sha256(memoryview(data)[start:end]).hexdigest()
