"""One scaled decode of a photo: the 1024 px preview, the 256 px thumbnail and the visual hash.

A JPEG is decoded once, already scaled by the decoder (`draft()` at the size the preview needs: on a
6000x4000 frame libjpeg's DCT scaling gives 1500x1000 at a fraction of the cost of a full decode; Pillow's own
`thumbnail()` asks the decoder for twice the size and on 3:2 frames falls back to half scale, 3x slower). The
EXIF orientation is applied, alpha is laid on white, 16-bit and CMYK are brought to 8-bit RGB.
"""

from __future__ import annotations

import hashlib
import io
import warnings
from dataclasses import dataclass, field

from PIL import Image, ImageFile

from press_archive.domain.messages import said
from press_archive.media.metadata import read_metadata

# 100 MP frames (medium format, stitched panoramas) must import; anything past 250 MP is a decompression bomb
# or a lying header. Pillow raises at twice its limit and warns past it: the warning is made an error.
MAX_IMAGE_PIXELS = 250_000_000
PREVIEW_SIZE = 1024
THUMBNAIL_SIZE = 256
PREVIEW_MAX_BYTES = 150 * 1024
THUMBNAIL_MAX_BYTES = 20 * 1024
_QUALITIES = (80, 72, 64, 55, 45, 35)
_PREVIEW_QUALITIES = (75, 65, 55, 45, 35)  # a 1024 px preview of a detailed frame rarely fits 150 KB at 80

_TRANSPOSE = {
    2: Image.Transpose.FLIP_LEFT_RIGHT, 3: Image.Transpose.ROTATE_180, 4: Image.Transpose.FLIP_TOP_BOTTOM,
    5: Image.Transpose.TRANSPOSE, 6: Image.Transpose.ROTATE_270, 7: Image.Transpose.TRANSVERSE,
    8: Image.Transpose.ROTATE_90,
}
_JPEG_FORMATS = {"JPEG", "MPO"}


class Unreadable(ValueError):
    """The bytes are not a picture this archive can show; the message says why in plain words."""


_heif_registered = False


def register_heif() -> bool:
    """Let Pillow open HEIC/HEIF (phones' photos) through pillow-heif; False when it is not installed."""
    global _heif_registered
    if not _heif_registered:
        try:
            from pillow_heif import register_heif_opener
        except ImportError:
            return False
        register_heif_opener()
        _heif_registered = True
    return True


def configure_decoder() -> None:
    """Limits for this process's decoder (called in every worker, and by tests that render in-process)."""
    register_heif()
    Image.MAX_IMAGE_PIXELS = MAX_IMAGE_PIXELS
    ImageFile.LOAD_TRUNCATED_IMAGES = False
    warnings.simplefilter("error", Image.DecompressionBombWarning)


@dataclass
class Rendered:
    format: str
    width: int  # as shown, after the EXIF orientation
    height: int
    orientation: int  # the EXIF orientation applied (1 when none or invalid)
    frames: int
    preview: bytes  # JPEG, long edge <= PREVIEW_SIZE
    thumbnail: bytes  # JPEG, long edge <= THUMBNAIL_SIZE
    dhash: str | None  # 64-bit difference hash of the thumbnail, 16 hex digits; None when too flat to mean anything
    pixel_hash: str | None  # SHA-256 of the decoded pixels (formats other than JPEG)
    metadata: dict = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)


def fit(size: tuple[int, int], box: int) -> tuple[int, int]:
    """`size` scaled down (never up) so that its long edge is at most `box`."""
    w, h = size
    if max(w, h) <= box:
        return w, h
    scale = box / max(w, h)
    return max(1, round(w * scale)), max(1, round(h * scale))


def _to_rgb(im: Image.Image) -> Image.Image:
    mode = im.mode
    if mode == "RGB":
        return im
    if mode in ("I;16", "I;16L", "I;16B", "I;16N"):
        return im.convert("I").point(lambda v: v * (1 / 256)).convert("L").convert("RGB")
    if mode in ("I", "F"):
        lo, hi = im.getextrema()
        scale = 255 / (hi - lo) if hi > lo else 1
        return im.point(lambda v: (v - lo) * scale).convert("L").convert("RGB")
    if mode == "P":
        im = im.convert("RGBA" if "transparency" in im.info else "RGB")
        mode = im.mode
    if mode in ("RGBA", "LA", "PA", "RGBa", "La"):
        rgba = im.convert("RGBA")
        background = Image.new("RGB", rgba.size, (255, 255, 255))
        background.paste(rgba, mask=rgba.getchannel("A"))
        return background
    return im.convert("RGB")


def _to_srgb(im: Image.Image, icc: bytes | None) -> Image.Image:
    """Colours as a screen shows them: a photo tagged Adobe RGB looks dull if its numbers are shown as sRGB."""
    if not icc or b"sRGB" in icc[:256] or b"sRGB" in icc[-512:]:
        return im
    try:
        from PIL import ImageCms

        source = ImageCms.ImageCmsProfile(io.BytesIO(icc))
        if "srgb" in (ImageCms.getProfileDescription(source) or "").lower():
            return im
        return ImageCms.profileToProfile(im, source, ImageCms.createProfile("sRGB"), outputMode="RGB")
    except Exception:  # a damaged or exotic profile: show the numbers as they are
        return im


def encode_jpeg(im: Image.Image, max_bytes: int, qualities: tuple[int, ...] = _QUALITIES,
                optimize: bool = True) -> bytes:
    """JPEG of `im` no larger than `max_bytes` (quality steps down until it fits; the last try is kept).
    `optimize` (Huffman tables of its own) makes a file about 3% smaller and costs three times the time."""
    data = b""
    for quality in qualities:
        buffer = io.BytesIO()
        im.save(buffer, "JPEG", quality=quality, optimize=optimize)
        data = buffer.getvalue()
        if len(data) <= max_bytes:
            break
    return data


def dhash(im: Image.Image) -> str:
    """64-bit difference hash: is each of 8x8 cells brighter than its right neighbour? Robust to resizing,
    recompression and small edits; compared by Hamming distance."""
    small = im.convert("L").resize((9, 8), Image.Resampling.BOX)
    px = small.tobytes()
    bits = 0
    for row in range(8):
        for col in range(8):
            bits = (bits << 1) | (px[row * 9 + col] > px[row * 9 + col + 1])
    return f"{bits:016x}"


# A picture whose 9x8 grid of average brightness varies by less than this (out of 255) between neighbours has
# no shape for a difference hash: its bits are noise (a white page, a black frame, one colour all hash to 0).
LOW_DETAIL_SPREAD = 3


def low_detail(im: Image.Image) -> bool:
    """Too flat for a visual hash to mean anything: such pictures are never called "visually the same"."""
    small = im.convert("L").resize((9, 8), Image.Resampling.BOX)
    px = small.tobytes()
    steps = sorted(abs(px[row * 9 + col] - px[row * 9 + col + 1]) for row in range(8) for col in range(8))
    return steps[-8] < LOW_DETAIL_SPREAD  # fewer than 8 of the 64 neighbour pairs differ visibly


def _pixel_hash(im: Image.Image) -> str:
    digest = hashlib.sha256(f"{im.mode}:{im.size[0]}x{im.size[1]}:".encode())
    digest.update(im.tobytes())
    return digest.hexdigest()


def render(data: bytes) -> Rendered:
    """Decode `data` once (scaled for JPEG), read its metadata, make the preview and the thumbnail."""
    try:
        im = Image.open(io.BytesIO(data))
    except (Image.DecompressionBombError, Image.DecompressionBombWarning) as e:
        raise Unreadable(said("refused: the image claims more than {megapixels} megapixels (a decompression bomb or "
                              "a damaged header) [{detail}]", megapixels=MAX_IMAGE_PIXELS // 1_000_000, detail=str(e))) from None
    except Image.UnidentifiedImageError:
        raise Unreadable(said("not a readable image: the decoder does not recognise its contents")) from None
    except (OSError, SyntaxError, ValueError, EOFError) as e:
        raise Unreadable(said("damaged image header: {detail}", detail=str(e))) from None
    with im:
        fmt = im.format or "?"
        stored_size = im.size
        if stored_size[0] < 1 or stored_size[1] < 1:
            raise Unreadable(said("damaged image header: the image has no pixels"))
        frames = int(getattr(im, "n_frames", 1) or 1)
        metadata, notes = read_metadata(im)
        orientation = metadata.pop("orientation", None) or 1
        icc = im.info.get("icc_profile")
        if fmt in _JPEG_FORMATS:
            im.draft(None, fit(stored_size, PREVIEW_SIZE))
        try:
            im.load()
        except (Image.DecompressionBombError, Image.DecompressionBombWarning):
            raise Unreadable(said("refused: more than {megapixels} megapixels (a decompression bomb?)",
                                  megapixels=MAX_IMAGE_PIXELS // 1_000_000)) from None
        except MemoryError:
            raise
        except (OSError, SyntaxError, ValueError, EOFError, IndexError, TypeError) as e:
            text = str(e)
            if "truncated" in text:
                raise Unreadable(said("truncated: the image data stops before the end of the picture "
                                      "(half-copied?)")) from None
            raise Unreadable(said("damaged image data: {detail}", detail=text or type(e).__name__)) from None
        pixel_hash = None if fmt in _JPEG_FORMATS else _pixel_hash(im)
        source_mode = im.mode
        rgb = _to_rgb(im)
        if source_mode in ("RGB", "RGBA", "P", "L", "LA"):
            rgb = _to_srgb(rgb, icc)
    if orientation in _TRANSPOSE:
        rgb = rgb.transpose(_TRANSPOSE[orientation])
    # After the decoder's own scaling the last step to the preview is under 2x: there Pillow's bilinear
    # (antialiased when reducing) looks like bicubic at half its cost (8 against 16 ms on a 24 MP frame);
    # reducing_gap first box-reduces big steps (formats the decoder cannot scale).
    preview = rgb if max(rgb.size) <= PREVIEW_SIZE else rgb.resize(
        fit(rgb.size, PREVIEW_SIZE), Image.Resampling.BILINEAR, reducing_gap=3.0)
    thumb = preview.resize(fit(preview.size, THUMBNAIL_SIZE), Image.Resampling.BICUBIC, reducing_gap=2.0)
    width, height = stored_size if orientation < 5 else stored_size[::-1]
    if frames > 1 and fmt != "MPO":
        notes.append(said("the file holds {frames} frames; the archive shows the first", frames=frames))
    return Rendered(
        format=fmt, width=width, height=height, orientation=orientation, frames=frames,
        preview=encode_jpeg(preview, PREVIEW_MAX_BYTES, _PREVIEW_QUALITIES, optimize=False),
        thumbnail=encode_jpeg(thumb, THUMBNAIL_MAX_BYTES),
        dhash=None if low_detail(thumb) else dhash(thumb), pixel_hash=pixel_hash, metadata=metadata, warnings=notes,
    )
