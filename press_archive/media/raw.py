"""Camera raw files (CR2, CR3, NEF, ARW, DNG, RAF, RW2, ORF...): kept as originals, shown by their embedded preview.

Every raw format embeds one or more JPEG renderings the camera made (a small thumbnail, a screen preview, often a
full-size JPEG). The largest one that decodes makes the archive's thumbnail and preview: never a full raw decode at
import, which would cost seconds a frame. Metadata comes from the raw's own TIFF structure where it has one (most
raw formats are TIFF underneath), else from the preview's EXIF.
"""

from __future__ import annotations

import io
import os

from PIL import Image

from press_archive.domain.messages import said
from press_archive.media import jpeg
from press_archive.media.formats import RAW_SUFFIXES, sniff
from press_archive.media.metadata import read_metadata
from press_archive.media.render import Rendered, Unreadable, render

_MIN_PREVIEW_BYTES = 2048


def is_raw(name: str, head: bytes) -> bool:
    """A camera raw file: a raw name, and not in fact a JPEG or PNG under that name (judged by content)."""
    return os.path.splitext(name)[1].lower() in RAW_SUFFIXES and sniff(head[:64]) not in ("JPEG", "PNG")


def embedded_jpegs(data: bytes) -> list[bytes]:
    """The complete JPEG streams inside `data`, largest first."""
    found: list[tuple[int, int]] = []
    start = data.find(b"\xff\xd8\xff")
    while start >= 0:
        try:
            _scan_start, end = jpeg.scan_range(memoryview(data)[start:], first_image=True)
        except jpeg.BrokenJpeg:
            start = data.find(b"\xff\xd8\xff", start + 3)
            continue
        if end >= _MIN_PREVIEW_BYTES:
            found.append((start, start + end))
        start = data.find(b"\xff\xd8\xff", start + end)
    return [data[a:b] for a, b in sorted(found, key=lambda ab: ab[0] - ab[1])]


class _RawTags:
    """What read_metadata needs from an image, for a raw file's own TIFF structure (no pixels decoded)."""

    format = "RAW"

    def __init__(self, data: bytes):
        self.info: dict = {}
        self._exif = Image.Exif()
        head = data[:4]
        if head in (b"II*\x00", b"MM\x00*"):
            self._exif.load(data)

    def getexif(self) -> Image.Exif:
        return self._exif


def render_raw(data: bytes, name: str) -> Rendered:
    """Preview, thumbnail and visual hash from the largest embedded JPEG; metadata from the raw itself."""
    previews = embedded_jpegs(data)
    rendered = None
    for preview in previews:
        try:
            rendered = render(preview)
            break
        except Unreadable:
            continue
    if rendered is None:
        raise Unreadable(f"a {os.path.splitext(name)[1].lstrip('.').upper()} raw file without an embedded preview "
                         "this archive can show (damaged, or not a camera raw file)")
    try:
        own, notes = read_metadata(_RawTags(data))
    except (ValueError, OSError, SyntaxError, EOFError, KeyError, TypeError):
        own, notes = {}, [said("the raw file's own metadata is damaged: the preview's was read")]
    orientation = own.pop("orientation", None) or 1
    for key, value in own.items():
        if value not in (None, "", [], {}, 0) or key not in rendered.metadata:
            rendered.metadata[key] = value
    if orientation in range(2, 9) and rendered.orientation == 1:
        # previews are stored as the sensor saw them: turn them as the raw says
        rendered = _turned(rendered, orientation)
    rendered.format = os.path.splitext(name)[1].lstrip(".").upper() or "RAW"
    rendered.pixel_hash = None
    rendered.warnings = notes + rendered.warnings
    return rendered


def _turned(rendered: Rendered, orientation: int) -> Rendered:
    from press_archive.media.render import _TRANSPOSE, THUMBNAIL_MAX_BYTES, dhash, encode_jpeg

    preview = Image.open(io.BytesIO(rendered.preview)).transpose(_TRANSPOSE[orientation])
    thumb = Image.open(io.BytesIO(rendered.thumbnail)).transpose(_TRANSPOSE[orientation])
    rendered.preview = encode_jpeg(preview, len(rendered.preview) + 1024, (75,), optimize=False)
    rendered.thumbnail = encode_jpeg(thumb, THUMBNAIL_MAX_BYTES)
    rendered.dhash = dhash(thumb) if rendered.dhash else None
    if orientation >= 5:
        rendered.width, rendered.height = rendered.height, rendered.width
    rendered.orientation = orientation
    return rendered


def capture_time(data: bytes) -> str | None:
    """A raw file's capture time (for pairing it with its JPEG twin), from its own TIFF structure or preview."""
    try:
        own, _notes = read_metadata(_RawTags(data))
    except (ValueError, OSError, SyntaxError, EOFError, KeyError, TypeError):
        own = {}
    if own.get("captured_at"):
        return own["captured_at"]
    for preview in embedded_jpegs(data)[:1]:
        try:
            with Image.open(io.BytesIO(preview)) as im:
                return read_metadata(im)[0].get("captured_at")
        except (OSError, SyntaxError, ValueError):
            return None
    return None
