"""What kind of file a photo is, told from its first bytes (never from its name)."""

from __future__ import annotations

from press_archive.domain.messages import said

# Extensions a photographer's folder holds photos under; anything else in a folder is skipped (a file named
# on the command line is always tried, whatever its name).
PHOTO_SUFFIXES = frozenset({
    ".jpg", ".jpeg", ".jpe", ".jfif", ".mpo", ".png", ".tif", ".tiff", ".webp", ".gif", ".bmp",
    ".heic", ".heif", ".avif",
})
# Camera raw files: skipped with a word of explanation (the photographer's JPEGs are what the office keeps).
RAW_SUFFIXES = frozenset({
    ".cr2", ".cr3", ".crw", ".nef", ".nrw", ".arw", ".srf", ".sr2", ".raf", ".orf", ".rw2", ".pef", ".dng",
    ".srw", ".x3f", ".3fr", ".iiq", ".erf", ".kdc", ".mrw",
})
# Files every camera card and desktop leaves beside photos; never worth a word.
IGNORED_NAMES = frozenset({"thumbs.db", "desktop.ini", ".ds_store"})

# Pillow format name -> the extension the archive stores the original under.
STORED_SUFFIX = {
    "JPEG": ".jpg", "MPO": ".jpg", "PNG": ".png", "TIFF": ".tif", "WEBP": ".webp", "GIF": ".gif",
    "BMP": ".bmp", "AVIF": ".avif", "HEIF": ".heic",
}

_ISO_BMFF_BRANDS = {
    b"heic": "HEIC", b"heix": "HEIC", b"hevc": "HEIC", b"heim": "HEIC", b"heis": "HEIC", b"hevm": "HEIC",
    b"hevs": "HEIC", b"mif1": "HEIF", b"msf1": "HEIF", b"avif": "AVIF", b"avis": "AVIF",
}


def sniff(head: bytes) -> str | None:
    """The image format of a file from its first bytes ("JPEG", "PNG", "HEIC"...), None if not an image."""
    if head.startswith(b"\xff\xd8\xff"):
        return "JPEG"
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return "PNG"
    if head[:4] in (b"II*\x00", b"MM\x00*", b"II+\x00", b"MM\x00+"):
        return "TIFF"
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return "WEBP"
    if head[:6] in (b"GIF87a", b"GIF89a"):
        return "GIF"
    if head[:2] == b"BM" and len(head) >= 26:
        return "BMP"
    if head[4:8] == b"ftyp":
        brands = [head[8:12]] + [head[i:i + 4] for i in range(16, min(len(head), 64) - 3, 4)]
        found = [_ISO_BMFF_BRANDS[b] for b in brands if b in _ISO_BMFF_BRANDS]
        if "AVIF" in found:
            return "AVIF"
        if found:
            return found[0]
    return None


def describe_non_image(data: bytes) -> str:
    """Why bytes that are no image are not one, in plain words."""
    if not data:
        return said("not an image: the file is empty (0 bytes)")
    if not data.strip(b"\x00"):
        return said("not an image: the file holds only zero bytes (a failed or unfinished copy?)")
    head = data[:4096]
    if head.startswith(b"PK\x03\x04"):
        return said("not an image: it is a zip archive")
    if head.startswith(b"%PDF"):
        return said("not an image: it is a PDF document")
    text = head.decode("utf-8", errors="replace")
    odd = sum(1 for c in text if c == "\ufffd" or not (c.isprintable() or c in "\r\n\t"))
    if odd <= 2:  # a character cut at the 4 KB edge is no reason to doubt
        return said("not an image: it holds text")
    return said("not an image: the file type is not recognised")
