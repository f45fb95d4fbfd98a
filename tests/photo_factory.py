"""Real photo files for tests, made with Pillow: JPEGs with EXIF, IPTC-IIM and XMP, PNGs of every depth, and
the broken files photographers bring (truncated, zero-filled, lying headers, bombs)."""

from __future__ import annotations

import hashlib
import io
import os
import random
import struct
import zlib
from pathlib import Path

from PIL import Image, ImageDraw

EXIF_IFD, GPS_IFD = 0x8769, 0x8825


def picture(size=(640, 480), seed: int = 0, mode: str = "RGB") -> Image.Image:
    """A deterministic picture with shapes and noise (distinct seeds give visually distinct pictures)."""
    rnd = random.Random(seed)
    w, h = size
    im = Image.new("RGB", size, tuple(rnd.randrange(256) for _ in range(3)))
    draw = ImageDraw.Draw(im)
    for _ in range(12):
        x0, y0 = rnd.randrange(w), rnd.randrange(h)
        x1, y1 = x0 + rnd.randrange(w // 8 + 1, w // 2 + 2), y0 + rnd.randrange(h // 8 + 1, h // 2 + 2)
        shape = rnd.choice((draw.rectangle, draw.ellipse))
        shape((x0, y0, x1, y1), fill=tuple(rnd.randrange(256) for _ in range(3)))
    noise = Image.frombytes("L", size, rnd.randbytes(w * h)).convert("RGB")  # seeded: same seed, same bytes
    im = Image.blend(im, noise, 0.08)
    return im.convert(mode) if mode != "RGB" else im


def exif_bytes(*, taken: str | None = None, make: str | None = None, model: str | None = None,
               lens: str | None = None, orientation: int | None = None, artist: str | None = None,
               digitized: str | None = None, gps: tuple[float, float] | None = None) -> bytes:
    exif = Image.Exif()
    if orientation is not None:
        exif[0x0112] = orientation
    if make:
        exif[0x010F] = make
    if model:
        exif[0x0110] = model
    if artist:
        exif[0x013B] = artist
    sub = exif.get_ifd(EXIF_IFD)
    if taken:
        sub[0x9003] = taken
    if digitized:
        sub[0x9004] = digitized
    if lens:
        sub[0xA434] = lens
    if gps:
        g = exif.get_ifd(GPS_IFD)
        lat, lon = gps
        g[1], g[2] = ("N" if lat >= 0 else "S"), (abs(lat), 0.0, 0.0)
        g[3], g[4] = ("E" if lon >= 0 else "W"), (abs(lon), 0.0, 0.0)
    return exif.tobytes()


def iim(fields: list[tuple[int, int, bytes]]) -> bytes:
    out = b""
    for record, number, value in fields:
        out += bytes([0x1C, record, number]) + struct.pack(">H", len(value)) + value
    return out


def iptc_segment(fields: list[tuple[int, int, bytes]]) -> bytes:
    """An APP13 Photoshop segment holding IPTC-IIM datasets."""
    data = iim(fields)
    if len(data) % 2:
        data += b"\x00"
    resource = b"8BIM" + struct.pack(">H", 0x0404) + b"\x00\x00" + struct.pack(">I", len(iim(fields))) + data
    payload = b"Photoshop 3.0\x00" + resource
    return b"\xff\xed" + struct.pack(">H", len(payload) + 2) + payload


def iptc_fields(*, caption: str | None = None, keywords=(), byline: str | None = None, city: str | None = None,
                sublocation: str | None = None, title: str | None = None, encoding: str = "utf-8",
                declare_utf8: bool = True) -> list[tuple[int, int, bytes]]:
    fields = []
    if declare_utf8:
        fields.append((1, 90, b"\x1b%G"))
    if title:
        fields.append((2, 5, title.encode(encoding)))
    for k in keywords:
        fields.append((2, 25, k.encode(encoding)))
    if byline:
        fields.append((2, 80, byline.encode(encoding)))
    if city:
        fields.append((2, 90, city.encode(encoding)))
    if sublocation:
        fields.append((2, 92, sublocation.encode(encoding)))
    if caption:
        fields.append((2, 120, caption.encode(encoding)))
    return fields


def xmp_packet(*, description: str | None = None, subjects=(), creator: str | None = None,
               people=(), rating: int | None = None) -> bytes:
    def bag(tag, items, kind="Bag"):
        lis = "".join(f"<rdf:li>{i}</rdf:li>" for i in items)
        return f"<{tag}><rdf:{kind}>{lis}</rdf:{kind}></{tag}>"

    body = ""
    if description:
        body += ('<dc:description><rdf:Alt>'
                 f'<rdf:li xml:lang="x-default">{description}</rdf:li></rdf:Alt></dc:description>')
    if subjects:
        body += bag("dc:subject", subjects)
    if creator:
        body += bag("dc:creator", [creator], "Seq")
    if people:
        body += bag("Iptc4xmpExt:PersonInImage", people)
    attrs = f' xmp:Rating="{rating}"' if rating is not None else ""
    return (
        '<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>'
        '<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">'
        '<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/" '
        'xmlns:xmp="http://ns.adobe.com/xap/1.0/" '
        f'xmlns:Iptc4xmpExt="http://iptc.org/std/Iptc4xmpExt/2008-02-29/"{attrs}>'
        f"{body}</rdf:Description></rdf:RDF></x:xmpmeta>"
        '<?xpacket end="w"?>'
    ).encode("utf-8")


def jpeg_bytes(size=(640, 480), *, seed: int = 0, quality: int = 88, mode: str = "RGB", exif: bytes | None = None,
               iptc: list[tuple[int, int, bytes]] | None = None, xmp: bytes | None = None,
               progressive: bool = False, image: Image.Image | None = None) -> bytes:
    im = image if image is not None else picture(size, seed, mode)
    buffer = io.BytesIO()
    kwargs = {"quality": quality, "progressive": progressive}
    if exif is not None:
        kwargs["exif"] = exif
    if xmp is not None:
        kwargs["xmp"] = xmp
    im.save(buffer, "JPEG", **kwargs)
    data = buffer.getvalue()
    if iptc:
        data = data[:2] + iptc_segment(iptc) + data[2:]
    return data


def write(path: Path, data: bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return path


def make_jpeg(path: Path, size=(640, 480), **kwargs) -> Path:
    return write(path, jpeg_bytes(size, **kwargs))


def png_bytes(size=(320, 240), *, seed: int = 0, mode: str = "RGB", image: Image.Image | None = None) -> bytes:
    im = image if image is not None else picture(size, seed)
    if mode == "I;16":
        im = im.convert("L").point(lambda v: v).convert("I").point(lambda v: v * 256).convert("I;16")
    elif mode != "RGB":
        im = im.convert(mode)
    buffer = io.BytesIO()
    im.save(buffer, "PNG")
    return buffer.getvalue()


def _chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)


def png_rgb48_bytes(size=(64, 48), seed: int = 0) -> bytes:
    """A 16-bit-per-channel RGB PNG (Pillow cannot write these, so it is put together by hand)."""
    rnd = random.Random(seed)
    w, h = size
    rows = b""
    for y in range(h):
        row = b"\x00"
        for x in range(w):
            row += struct.pack(">HHH", (x * 1000) % 65536, (y * 1200) % 65536, rnd.randrange(65536))
        rows += row
    ihdr = struct.pack(">IIBBBBB", w, h, 16, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + _chunk(b"IHDR", ihdr) + _chunk(b"IDAT", zlib.compress(rows)) + _chunk(b"IEND", b"")


def png_with_size(claimed: tuple[int, int], real: bytes | None = None) -> bytes:
    """A small PNG whose header claims another size (a lying header)."""
    data = bytearray(real or png_bytes((16, 16)))
    ihdr = bytearray(data[16:29])
    ihdr[0:8] = struct.pack(">II", *claimed)
    data[16:29] = ihdr
    data[29:33] = struct.pack(">I", zlib.crc32(b"IHDR" + bytes(ihdr)) & 0xFFFFFFFF)
    return bytes(data)


def png_bomb(side: int = 20000) -> bytes:
    """A real decompression bomb: a huge all-black 1-bit PNG that compresses to almost nothing."""
    row = b"\x00" + b"\x00" * ((side + 7) // 8)
    compressor = zlib.compressobj(9)
    idat = b"".join(compressor.compress(row) for _ in range(side)) + compressor.flush()
    ihdr = struct.pack(">IIBBBBB", side, side, 1, 0, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + _chunk(b"IHDR", ihdr) + _chunk(b"IDAT", idat) + _chunk(b"IEND", b"")


def jpeg_with_size(claimed: tuple[int, int], real: bytes | None = None) -> bytes:
    """A JPEG whose frame header claims another size."""
    data = bytearray(real or jpeg_bytes((64, 48)))
    i = 2
    while i < len(data):
        marker, length = data[i + 1], struct.unpack(">H", data[i + 2:i + 4])[0]
        if marker in (0xC0, 0xC1, 0xC2):
            data[i + 5:i + 9] = struct.pack(">HH", claimed[1], claimed[0])
            return bytes(data)
        i += 2 + length
    raise ValueError("no frame header")


def gif_frames(n: int = 3, size=(64, 48)) -> bytes:
    frames = [picture(size, seed).convert("P") for seed in range(n)]
    buffer = io.BytesIO()
    frames[0].save(buffer, "GIF", save_all=True, append_images=frames[1:])
    return buffer.getvalue()


def heic_like() -> bytes:
    """The start of a HEIC file (an ISO-BMFF 'ftyp' box with the heic brand)."""
    return struct.pack(">I", 24) + b"ftypheic" + b"\x00\x00\x00\x00" + b"mif1heic" + b"\x00" * 64


def corrupt_exif_jpeg(size=(64, 48), seed: int = 0) -> bytes:
    """A JPEG whose APP1 Exif segment holds garbage after the TIFF header."""
    data = jpeg_bytes(size, seed=seed)
    payload = b"Exif\x00\x00" + b"II*\x00" + struct.pack("<I", 8) + struct.pack("<H", 400) + b"\xff" * 40
    return data[:2] + b"\xff\xe1" + struct.pack(">H", len(payload) + 2) + payload + data[2:]


# --- fixtures and helpers shared by the photo tests ----------------------------------------------------------


def camera_jpeg(path: Path, *, seed: int = 0, taken: str | None = "2016:03:19 10:30:00", size=(900, 600),
                **iptc) -> Path:
    """A camera-like JPEG: EXIF capture time, camera and lens; IPTC fields when given."""
    return make_jpeg(path, size, seed=seed,
                     exif=exif_bytes(taken=taken, make="Canon", model="Canon EOS 5D Mark IV", lens="EF24-70mm"),
                     iptc=iptc_fields(**iptc) if iptc else None)


def archive_parts(archive) -> tuple:
    """Where an archive writes: its folder; a server archive's shared originals and this desk's cache."""
    return (archive.root, archive.layout.cache) if archive.is_server else (archive.root,)


def snapshot(folder: Path, exclude: Path | tuple[Path, ...] | None = None) -> dict[str, tuple[str, int, float]]:
    """Every file under `folder` (outside `exclude`, a folder or several): path -> (sha256, mode, mtime)."""
    out = {}
    excluded = [p.resolve() for p in ((exclude,) if isinstance(exclude, Path) else exclude or ())]
    for dirpath, dirnames, filenames in os.walk(folder):
        if any(Path(dirpath).resolve().is_relative_to(p) for p in excluded):
            dirnames[:] = []
            continue
        for name in filenames:
            path = Path(dirpath) / name
            st = path.lstat()
            digest = hashlib.sha256(path.read_bytes()).hexdigest() if path.is_file() and not path.is_symlink() else ""
            out[str(path)] = (digest, st.st_mode, st.st_mtime)
    return out


def files_under(folder: Path) -> list[Path]:
    return sorted(p for p in folder.rglob("*") if p.is_file())


def misbehave(task):
    """A pool task that does what a broken decoder might (for the worker pool's tests)."""
    import time

    kind, arg = task
    if kind == "ok":
        return arg * 2
    if kind == "segfault":
        import ctypes

        ctypes.string_at(0)
    if kind == "exit":
        os._exit(3)
    if kind == "hang":
        time.sleep(arg)
        return "woke"
    if kind == "hog":
        return len(bytearray(arg))
    raise ValueError(f"boom {arg}")


# --- camera raw files, written by hand (no raw files with image data are among the camera samples) ---------

_TIFF_TYPES = {"BYTE": (1, "B"), "ASCII": (2, "s"), "SHORT": (3, "H"), "LONG": (4, "I")}


class _Tiff:
    """A little-endian TIFF put together by hand: blobs first, then IFDs, each value past 4 bytes out of line."""

    def __init__(self, header_extra: bytes = b""):
        self.buf = bytearray(b"II*\x00\x00\x00\x00\x00" + header_extra)

    def add(self, data: bytes) -> int:
        if len(self.buf) % 2:
            self.buf += b"\x00"
        offset = len(self.buf)
        self.buf += data
        return offset

    def ifd(self, entries: list[tuple[int, str, object]]) -> int:
        packed = []
        for tag, kind, value in sorted(entries, key=lambda e: e[0]):
            code, fmt = _TIFF_TYPES[kind]
            if kind == "ASCII":
                raw = value.encode("utf-8") + b"\x00"
                count = len(raw)
            else:
                values = value if isinstance(value, (list, tuple)) else [value]
                raw = struct.pack(f"<{len(values)}{fmt}", *values)
                count = len(values)
            field = raw.ljust(4, b"\x00") if len(raw) <= 4 else struct.pack("<I", self.add(raw))
            packed.append(struct.pack("<HHI", tag, code, count) + field)
        return self.add(struct.pack("<H", len(packed)) + b"".join(packed) + b"\x00\x00\x00\x00")

    def finish(self, ifd0: int) -> bytes:
        self.buf[4:8] = struct.pack("<I", ifd0)
        return bytes(self.buf)


def raw_bytes(kind: str = "DNG", *, preview_size=(1600, 1067), seed: int = 0, taken: str | None = "2024:03:20 09:15:30",
              make: str = "Canon", model: str = "Canon EOS R5", orientation: int = 1) -> bytes:
    """A raw file as cameras lay them out: TIFF underneath, a large embedded JPEG preview, EXIF with the capture
    time. "DNG": IFD0 is a 256 px RGB thumbnail (uncompressed) with DNGVersion 1.4, the JPEG preview in a SubIFD
    (Compression 7), as Adobe's converter writes it. "CR2": the "CR" signature after the TIFF header and an
    IFD0 that holds the JPEG (Compression 6) without ImageWidth/ImageLength, which Pillow cannot open."""
    big = picture(preview_size, seed)
    buffer = io.BytesIO()
    big.save(buffer, "JPEG", quality=85)
    preview = buffer.getvalue()
    tiff = _Tiff(b"CR\x02\x00\x00\x00\x00\x00" if kind == "CR2" else b"")
    preview_at = tiff.add(preview)
    exif_entries = []
    if taken:
        exif_entries.append((0x9003, "ASCII", taken))
    exif_at = tiff.ifd(exif_entries or [(0x9000, "BYTE", [0x30, 0x32, 0x33, 0x30])])
    common = [(0x010F, "ASCII", make), (0x0110, "ASCII", model), (0x0112, "SHORT", orientation),
              (0x8769, "LONG", exif_at)]
    if kind == "CR2":
        ifd0 = tiff.ifd(common + [(0x0103, "SHORT", 6), (0x0111, "LONG", preview_at),
                                  (0x0117, "LONG", len(preview))])
        return tiff.finish(ifd0)
    thumb = big.resize((256, round(256 * preview_size[1] / preview_size[0])))
    strip_at = tiff.add(thumb.tobytes())
    sub = tiff.ifd([(0x00FE, "LONG", 1), (0x0100, "LONG", preview_size[0]), (0x0101, "LONG", preview_size[1]),
                    (0x0103, "SHORT", 7), (0x0106, "SHORT", 6), (0x0111, "LONG", preview_at),
                    (0x0115, "SHORT", 3), (0x0117, "LONG", len(preview))])
    ifd0 = tiff.ifd(common + [
        (0x00FE, "LONG", 1), (0x0100, "LONG", thumb.width), (0x0101, "LONG", thumb.height),
        (0x0102, "SHORT", [8, 8, 8]), (0x0103, "SHORT", 1), (0x0106, "SHORT", 2), (0x0111, "LONG", strip_at),
        (0x0115, "SHORT", 3), (0x0116, "LONG", thumb.height), (0x0117, "LONG", len(thumb.tobytes())),
        (0x014A, "LONG", sub), (0xC612, "BYTE", [1, 4, 0, 0])])
    return tiff.finish(ifd0)
