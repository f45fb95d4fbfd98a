"""What a photo file says about itself: EXIF (capture time, camera, lens, orientation), IPTC-IIM and XMP.

Every reader here is defensive: cameras and editors write damaged or odd metadata, and a photo with damaged
metadata is still a photo. A reader that cannot make sense of a block says so in a warning and returns what
it could read. Values are returned as found (the importer cleans text before storing it).
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from datetime import datetime

from press_archive.domain.messages import said

# --- EXIF ------------------------------------------------------------------------------------------------

_EXIF_IFD, _GPS_IFD = 0x8769, 0x8825
_ORIENTATION, _MAKE, _MODEL, _ARTIST, _COPYRIGHT, _DESCRIPTION = 0x0112, 0x010F, 0x0110, 0x013B, 0x8298, 0x010E
_DATETIME_ORIGINAL, _DATETIME_DIGITIZED, _OFFSET_ORIGINAL, _SUBSEC_ORIGINAL = 0x9003, 0x9004, 0x9011, 0x9291
_OFFSET_DIGITIZED, _SUBSEC_DIGITIZED = 0x9012, 0x9292
_LENS_MODEL, _EXPOSURE, _FNUMBER, _ISO, _FOCAL = 0xA434, 0x829A, 0x829D, 0x8827, 0x920A

_DATE_RE = re.compile(r"\s*(\d{4})[:\-/](\d{1,2})[:\-/](\d{1,2})(?:[ T]+(\d{1,2}):(\d{2})(?::(\d{2}))?)?")
_EARLIEST_YEAR = 1900  # a camera whose clock was never set writes 0000:00:00 or worse

# --- text in old encodings ---------------------------------------------------------------------------------

# Legacy IPTC (without 1:90) and EXIF strings are in whatever code page the writer's desktop used: Western
# (cp1252) in most of the world, Arabic Windows (cp1256) in this region. "auto" tells them apart by the bytes.
LEGACY_CHARSETS = ("auto", "cp1252", "cp1256")
_legacy_charset = "auto"
_WORD_SPLIT = re.compile(rb"[\x00-\x2f\x3a-\x40\x5b-\x60\x7b-\x7f]+")


def configure_legacy_charset(name: str | None) -> None:
    """The archive's setting for text without a declared encoding (each worker is told at start)."""
    global _legacy_charset
    _legacy_charset = name if name in LEGACY_CHARSETS else "auto"


def _arabic_letter(c: str) -> bool:
    return "\u0621" <= c <= "\u064a" or c in "\u067e\u0686\u0698\u06a9\u06af\u06cc"


def guess_legacy_charset(samples: list[bytes]) -> str:
    """cp1256 when the bytes read as Arabic words there (words made only of high bytes that decode to Arabic
    letters); else cp1252. Latin text has a few accented letters inside ASCII words ("Göteborg"), Arabic in
    cp1256 has whole words of bytes over 0x80."""
    if _legacy_charset != "auto":
        return _legacy_charset
    words = [w for sample in samples for w in _WORD_SPLIT.split(sample) if any(b >= 0x80 for b in w)]
    if not words:
        return "cp1252"
    whole = [w for w in words if all(b >= 0x80 for b in w)]
    letters = "".join(w.decode("cp1256", "replace") for w in whole)
    arabic = sum(_arabic_letter(c) for c in letters)
    if len(whole) * 3 >= len(words) * 2 and letters and arabic * 4 >= len(letters) * 3:
        return "cp1256"
    return "cp1252"


def decode_legacy_text(raw: bytes, charset: str | None = None) -> str:
    """Text of unknown encoding: UTF-8 when it is valid UTF-8, else the legacy code page (guessed unless given)."""
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        pass
    charset = charset or guess_legacy_charset([raw])
    try:
        return raw.decode(charset)
    except UnicodeDecodeError:
        return raw.decode("latin-1")


def _exif_bytes(value) -> bytes | None:
    """The bytes of an EXIF string as the camera wrote them (Pillow hands ASCII tags over as Latin-1 text),
    cut at the first NUL: cameras leave garbage after it ("GoPro\\0üÍxÀ")."""
    if isinstance(value, str):
        try:
            value = value.encode("latin-1")
        except UnicodeEncodeError:
            value = value.encode("utf-8")
    if not isinstance(value, (bytes, bytearray)):
        return None
    return bytes(value).split(b"\x00", 1)[0]


def exif_text(value) -> str | None:
    """An EXIF text tag: UTF-8 when valid, else the legacy charset, else Latin-1; spaces collapsed."""
    raw = _exif_bytes(value)
    return _text(decode_legacy_text(raw)) if raw else None


# Descriptions cameras write into every frame: no caption.
_BOILERPLATE = re.compile(
    r"(?i)^(?:(?:olympus|sony|kodak|konica minolta|minolta|samsung|pentax|nikon|canon|leica|fujifilm|casio|"
    r"sanyo|ricoh|panasonic|hp|digital)\s+)?(?:digital\s+(?:still\s+)?camera|dsc|csc|camera|digital cam)$|"
    r"^(?:default|image|picture|photo|exif_jpeg_picture|sony dsc|dcim.*|untitled|\W+)$")


def is_boilerplate_description(text: str) -> bool:
    return bool(_BOILERPLATE.match(text.strip()))


_OFFSET_RE = re.compile(r"^\s*([+-])(\d{2}):?(\d{2})\s*$")
_XMP_TAIL = re.compile(r"(?:[.,](\d{1,9}))?\s*(Z|[+-]\d{2}:?\d{2})?\s*$")


def parse_offset(value) -> str | None:
    """A UTC offset ("+03:30", "+0330", "Z") as "+03:30", None when missing or impossible."""
    if isinstance(value, bytes):
        value = value.decode("ascii", "replace")
    if not isinstance(value, str):
        return None
    if value.strip() == "Z":
        return "+00:00"
    m = _OFFSET_RE.match(value)
    if not m or int(m[2]) > 14 or int(m[3]) > 59:
        return None
    return f"{m[1]}{m[2]}:{m[3]}"


def capture_moment(value, subsec=None, offset=None) -> str | None:
    """ISO capture time with the camera's sub-seconds and UTC offset when it gives them
    ("2016-03-19T10:30:00.25+03:30"); an XMP date's own fraction and zone are kept too."""
    moment = parse_capture_time(value)
    if moment is None:
        return None
    text = value.decode("ascii", "replace") if isinstance(value, bytes) else str(value)
    m = _DATE_RE.match(text.replace("\x00", " "))
    if m and m[4] is None:
        return moment[:10]  # a day without a time of day (IPTC DateCreated alone): no invented midnight
    tail = _XMP_TAIL.match(text[m.end():]) if m and m[6] else None
    fraction = (tail[1] if tail else None) or None
    if subsec is not None:
        digits = "".join(ch for ch in (_text(subsec) or "") if ch.isdigit())
        fraction = digits or fraction
    if fraction:
        moment += "." + fraction
    zone = parse_offset(offset) or (parse_offset(tail[2]) if tail and tail[2] else None)
    return moment + zone if zone else moment


def parse_capture_time(value) -> str | None:
    """An EXIF/XMP date-time ("2016:03:19 10:30:00") as ISO text, None when missing or impossible."""
    if isinstance(value, bytes):
        value = value.decode("ascii", "replace")
    if not isinstance(value, str):
        return None
    m = _DATE_RE.match(value.replace("\x00", " "))
    if not m:
        return None
    y, mo, d = int(m[1]), int(m[2]), int(m[3])
    h, mi, s = int(m[4] or 0), int(m[5] or 0), int(m[6] or 0)
    try:
        moment = datetime(y, mo, d, h, mi, s)
    except ValueError:
        return None
    if y < _EARLIEST_YEAR:
        return None
    if y >= 2200:  # 9999:12:31 is a clock never set; the calendar is imported only for such years (workers start fast)
        from press_archive.domain.jalali import is_record_date

        if not is_record_date(moment):
            return None
    return moment.isoformat(timespec="seconds")


def _text(value, keep_lines: bool = False) -> str | None:
    """A metadata string: NULs dropped, runs of spaces collapsed (line breaks kept where asked)."""
    if value is None:
        return None
    if isinstance(value, bytes):
        value = value.decode("utf-8", "replace")
    if not isinstance(value, str):
        value = str(value)
    value = value.replace("\x00", " ")
    if keep_lines:
        lines = value.replace("\r\n", "\n").replace("\r", "\n").split("\n")
        value = "\n".join(" ".join(line.split()) for line in lines).strip()
    else:
        value = " ".join(value.split())
    return value or None


def _number(value) -> float | None:
    try:
        number = float(value)
    except (TypeError, ValueError, ZeroDivisionError):
        return None
    return number if number == number and abs(number) != float("inf") else None


def _gps_degrees(values, ref) -> float | None:
    try:
        d, m, s = (float(v) for v in values)
    except (TypeError, ValueError, ZeroDivisionError):
        return None
    degrees = d + m / 60 + s / 3600
    if degrees != degrees:
        return None
    return round(-degrees if _text(ref) in ("S", "W") else degrees, 6)


def read_exif(im) -> tuple[dict, list[str]]:
    """EXIF facts of an opened Pillow image: orientation, captured_at, camera, lens, artist, and extras."""
    warnings: list[str] = []
    out: dict = {}
    try:
        exif = im.getexif()
        ifd0 = dict(exif)
    except Exception:  # Pillow raises many kinds of errors on damaged EXIF
        return out, [said("the EXIF block is damaged: capture time, camera and orientation were not read")]
    if not ifd0:
        return out, warnings
    try:
        sub = dict(exif.get_ifd(_EXIF_IFD))
    except Exception:
        sub = {}
        warnings.append(said("part of the EXIF block is damaged: capture time and lens were not read"))
    try:
        gps = dict(exif.get_ifd(_GPS_IFD))
    except Exception:
        gps = {}

    raw_orientation = ifd0.get(_ORIENTATION)
    if raw_orientation is not None:
        try:
            orientation = int(raw_orientation)
        except (TypeError, ValueError):
            orientation = None
        if orientation in range(1, 9):
            out["orientation"] = orientation
        else:
            warnings.append(said("EXIF orientation {value!r} is not a valid value (1-8): the photo is shown as stored",
                                 value=raw_orientation))

    # DateTimeOriginal is when the shutter opened; CreateDate (digitized) only stands in after the IPTC/XMP
    # dates; ModifyDate (IFD0 DateTime) is an editor's save time and never a capture date.
    for key, tag, subsec, offset in (("captured_at", _DATETIME_ORIGINAL, _SUBSEC_ORIGINAL, _OFFSET_ORIGINAL),
                                     ("create_date", _DATETIME_DIGITIZED, _SUBSEC_DIGITIZED, _OFFSET_DIGITIZED)):
        raw = sub.get(tag)
        if raw is None:
            continue
        moment = capture_moment(raw, sub.get(subsec), sub.get(offset))
        if moment:
            out[key] = moment
        elif _text(raw) and key == "captured_at":
            warnings.append(said("EXIF capture time {value!r} is not a real date: ignored", value=_text(raw)))
    make, model = exif_text(ifd0.get(_MAKE)), exif_text(ifd0.get(_MODEL))
    if model and make and not model.lower().startswith(make.split()[0].lower()):
        out["camera"] = f"{make} {model}"
    elif model or make:
        out["camera"] = model or make
    if lens := exif_text(sub.get(_LENS_MODEL)):
        out["lens"] = lens
    if artist := exif_text(ifd0.get(_ARTIST)):
        out["artist"] = artist
    if rights := exif_text(ifd0.get(_COPYRIGHT)):
        out["copyright"] = rights
    description = _exif_bytes(ifd0.get(_DESCRIPTION))
    if description and (text := _text(decode_legacy_text(description), keep_lines=True)):
        if not is_boilerplate_description(text):
            out["description"] = text
    for key, tag in (("exposure_time", _EXPOSURE), ("f_number", _FNUMBER), ("focal_length", _FOCAL)):
        if (value := _number(sub.get(tag))) is not None:
            out[key] = round(value, 6)
    iso = sub.get(_ISO)
    if isinstance(iso, tuple):
        iso = iso[0] if iso else None
    if (value := _number(iso)) is not None:
        out["iso"] = int(value)
    if gps.get(2) and gps.get(4):
        lat, lon = _gps_degrees(gps.get(2), gps.get(1)), _gps_degrees(gps.get(4), gps.get(3))
        if lat is not None and lon is not None and abs(lat) <= 90 and abs(lon) <= 180:
            out["gps"] = [lat, lon]
    return out, warnings


# --- IPTC-IIM --------------------------------------------------------------------------------------------

IPTC_FIELDS = {
    (2, 5): "title", (2, 25): "keywords", (2, 40): "instructions", (2, 55): "date_created",
    (2, 60): "time_created", (2, 80): "byline", (2, 90): "city", (2, 92): "sublocation", (2, 95): "province",
    (2, 101): "country", (2, 105): "headline", (2, 110): "credit", (2, 115): "source", (2, 116): "copyright",
    (2, 120): "caption", (2, 122): "writer",
}
_REPEATABLE = {"keywords", "byline"}
_UTF8_MARKERS = (b"\x1b%G", b"\x1b%/G", b"\x1b%/I")


def parse_iim(data: bytes) -> dict[tuple[int, int], list[bytes]]:
    """IPTC-IIM datasets (record, number) -> raw values; stops quietly at the first damaged one."""
    out: dict[tuple[int, int], list[bytes]] = {}
    i, n = 0, len(data)
    while i + 5 <= n and data[i] == 0x1C:
        record, number = data[i + 1], data[i + 2]
        size = int.from_bytes(data[i + 3:i + 5], "big")
        i += 5
        if size & 0x8000:  # extended dataset: the next (size & 0x7FFF) bytes hold the length
            width = size & 0x7FFF
            if width > 4:
                break
            size = int.from_bytes(data[i:i + width], "big")
            i += width
        if i + size > n:
            break
        out.setdefault((record, number), []).append(bytes(data[i:i + size]))
        i += size
    return out


def decode_iim_text(raw: bytes, utf8: bool, legacy: str | None = None) -> str:
    """IIM text: UTF-8 when 1:90 says so; else UTF-8 if it is valid UTF-8, else the legacy code page."""
    if utf8:
        return raw.decode("utf-8", "replace")
    return decode_legacy_text(raw, legacy)


def iim_charset(datasets: dict[tuple[int, int], list[bytes]]) -> str:
    """How a block's text is encoded: "utf-8" (declared by 1:90, or every field valid UTF-8), "cp1256" or
    "cp1252" (legacy, told apart by the bytes of all its text fields together, or by the archive's setting)."""
    if any(v.strip() in _UTF8_MARKERS for v in datasets.get((1, 90), [])):
        return "utf-8"
    texts = [v for (record, _n), values in datasets.items() if record == 2 for v in values]
    try:
        for value in texts:
            value.decode("utf-8")
        return "utf-8"
    except UnicodeDecodeError:
        return guess_legacy_charset(texts)


_TIFF_TYPE_SIZE = {1: 1, 2: 1, 3: 2, 4: 4, 5: 8, 6: 1, 7: 1, 8: 2, 9: 4, 10: 8, 11: 4, 12: 8, 13: 4, 16: 8}
_IPTC_NAA, _PHOTOSHOP_RESOURCES, _XMP_TAG = 33723, 34377, 700


def tiff_tag_bytes(im, tags: tuple[int, ...]) -> dict[int, bytes]:
    """The raw bytes of some first-IFD tags of a TIFF, as stored. Pillow hands IPTC-NAA over as one number
    (Photoshop and exiftool store it as LONGs) and reads no Photoshop image resources, so they are read here."""
    fp = getattr(im, "fp", None)
    if getattr(im, "format", None) != "TIFF" or fp is None:
        return {}
    found: dict[int, bytes] = {}
    position = fp.tell()
    try:
        fp.seek(0)
        head = fp.read(8)
        order = {b"II": "<", b"MM": ">"}.get(head[:2])
        if order is None or len(head) < 8 or int.from_bytes(head[2:4], "little" if order == "<" else "big") != 42:
            return {}
        endian = "little" if order == "<" else "big"
        fp.seek(int.from_bytes(head[4:8], endian))
        count = int.from_bytes(fp.read(2), endian)
        entries = fp.read(12 * min(count, 4096))
        for n in range(len(entries) // 12):
            entry = entries[12 * n:12 * n + 12]
            tag, kind = int.from_bytes(entry[:2], endian), int.from_bytes(entry[2:4], endian)
            if tag not in tags or kind not in _TIFF_TYPE_SIZE:
                continue
            size = _TIFF_TYPE_SIZE[kind] * int.from_bytes(entry[4:8], endian)
            if size <= 4:
                found[tag] = entry[8:8 + size]
            elif size <= 64 * 1024 * 1024:
                fp.seek(int.from_bytes(entry[8:12], endian))
                found[tag] = fp.read(size)
    except (OSError, ValueError):
        return found
    finally:
        fp.seek(position)
    return found


def photoshop_resources(data: bytes) -> dict[int, bytes]:
    """Photoshop image resources ("8BIM" blocks) by id; stops quietly at a damaged one."""
    out: dict[int, bytes] = {}
    i = 0
    while i + 12 <= len(data) and data[i:i + 4] == b"8BIM":
        resource = int.from_bytes(data[i + 4:i + 6], "big")
        name_length = data[i + 6]
        i += 6 + ((name_length + 2) & ~1)  # a Pascal name padded to an even length
        size = int.from_bytes(data[i:i + 4], "big")
        i += 4
        if i + size > len(data):
            break
        out.setdefault(resource, data[i:i + size])
        i += size + (size & 1)
    return out


def _iim_block(im) -> bytes | None:
    raw = tiff_tag_bytes(im, (_IPTC_NAA, _PHOTOSHOP_RESOURCES))
    if raw.get(_IPTC_NAA):
        return raw[_IPTC_NAA]
    if raw.get(_PHOTOSHOP_RESOURCES):
        block = photoshop_resources(raw[_PHOTOSHOP_RESOURCES]).get(0x0404)
        if block:
            return block
    photoshop = im.info.get("photoshop")
    if isinstance(photoshop, dict):
        block = photoshop.get(0x0404)
        if isinstance(block, dict):  # Pillow keeps some resources with their names
            block = block.get("data")
        if isinstance(block, (bytes, bytearray)):
            return bytes(block)
    tags = getattr(im, "tag_v2", None)
    if tags is not None:
        try:
            raw = tags.get(33723)
        except Exception:
            raw = None
        if isinstance(raw, (bytes, bytearray)):
            return bytes(raw)
        if isinstance(raw, tuple) and raw and all(isinstance(v, int) for v in raw):
            return b"".join(int(v & 0xFFFFFFFF).to_bytes(4, "big") for v in raw)
    return None


def read_iptc(im) -> tuple[dict, list[str]]:
    """IPTC-IIM fields by name (title, keywords, byline, caption, ...); lists for repeatable ones."""
    block = _iim_block(im)
    if not block:
        return {}, []
    try:
        datasets = parse_iim(block)
    except Exception:
        return {}, [said("the IPTC block is damaged and was not read")]
    if not datasets:
        return {}, [said("the IPTC block is damaged and was not read")]
    charset = iim_charset(datasets)
    out: dict = {}
    for key, name in IPTC_FIELDS.items():
        values = [_text(decode_iim_text(v, charset == "utf-8", charset), keep_lines=name == "caption")
                  for v in datasets.get(key, [])]
        values = [v for v in values if v]
        if not values:
            continue
        out[name] = values if name in _REPEATABLE else values[0]
    out["charset"] = charset
    return out, []


def iptc_capture_time(fields: dict) -> str | None:
    date = fields.get("date_created")
    if not date or not re.fullmatch(r"\d{8}", date):
        return None
    time = fields.get("time_created") or "000000"
    hms = time[:6] if re.fullmatch(r"\d{6}.*", time) else "000000"
    offset = time[6:] if re.fullmatch(r"\d{6}[+-]\d{4}", time) else None
    return capture_moment(f"{date[:4]}:{date[4:6]}:{date[6:8]} {hms[:2]}:{hms[2:4]}:{hms[4:6]}", offset=offset)


# --- XMP -------------------------------------------------------------------------------------------------

_RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
_NS = {
    "dc": "http://purl.org/dc/elements/1.1/",
    "xmp": "http://ns.adobe.com/xap/1.0/",
    "photoshop": "http://ns.adobe.com/photoshop/1.0/",
    "exif": "http://ns.adobe.com/exif/1.0/",
    "Iptc4xmpCore": "http://iptc.org/std/Iptc4xmpCore/1.0/xmlns/",
    "Iptc4xmpExt": "http://iptc.org/std/Iptc4xmpExt/2008-02-29/",
}
XMP_FIELDS = {
    "caption": ("dc", "description"), "title": ("dc", "title"), "keywords": ("dc", "subject"),
    "byline": ("dc", "creator"), "copyright": ("dc", "rights"), "city": ("photoshop", "City"),
    "sublocation": ("Iptc4xmpCore", "Location"), "province": ("photoshop", "State"),
    "country": ("photoshop", "Country"), "headline": ("photoshop", "Headline"),
    "date_created": ("photoshop", "DateCreated"), "date_original": ("exif", "DateTimeOriginal"),
    "create_date": ("xmp", "CreateDate"), "rating": ("xmp", "Rating"), "people": ("Iptc4xmpExt", "PersonInImage"),
}
_XMP_LISTS = {"keywords", "byline", "people"}
_MAX_XMP = 4 * 1024 * 1024


def _xmp_packet(im) -> bytes | None:
    for key in ("xmp", "XML:com.adobe.xmp"):
        value = im.info.get(key)
        if isinstance(value, str):
            value = value.encode("utf-8")
        if isinstance(value, (bytes, bytearray)) and value.strip():
            return bytes(value)
    value = tiff_tag_bytes(im, (_XMP_TAG,)).get(_XMP_TAG)
    return value or None


def _as_utf8(packet: bytes) -> bytes:
    """An XMP packet in UTF-8: XMP may be stored in UTF-16 or UTF-32 (told by its BOM or by its zero bytes)."""
    for bom, codec in ((b"\x00\x00\xfe\xff", "utf-32-be"), (b"\xff\xfe\x00\x00", "utf-32-le"),
                       (b"\xfe\xff", "utf-16-be"), (b"\xff\xfe", "utf-16-le")):
        if packet.startswith(bom):
            return packet[len(bom):].decode(codec, "replace").encode("utf-8")
    head = packet[:64]
    if head.count(b"\x00") * 3 >= len(head):
        if head.startswith(b"\x00\x00\x00<") or head.startswith(b"<\x00\x00\x00"):
            codec = "utf-32-be" if head[0] == 0 else "utf-32-le"
        else:
            codec = "utf-16-be" if head[0] == 0 else "utf-16-le"
        return packet.decode(codec, "replace").encode("utf-8")
    return packet


def _xmp_values(root: ET.Element, ns: str, name: str, keep_lines: bool = False) -> list[str]:
    tag = f"{{{_NS[ns]}}}{name}"
    values: list[str] = []
    for desc in root.iter(f"{{{_RDF}}}Description"):
        if tag in desc.attrib:
            values.append(desc.attrib[tag])
    for element in root.iter(tag):
        items = list(element.iter(f"{{{_RDF}}}li"))
        if items:
            values += [item.text or "" for item in items]
        elif element.text:
            values.append(element.text)
    return [v for v in (_text(v, keep_lines) for v in values) if v]


def read_xmp(im) -> tuple[dict, list[str]]:
    packet = _xmp_packet(im)
    if not packet:
        return {}, []
    if len(packet) > _MAX_XMP or b"<!ENTITY" in packet or b"<!DOCTYPE" in packet:
        return {}, [said("the XMP block was not read (too large or with XML entity declarations)")]
    packet = _as_utf8(packet).replace("\ufeff".encode("utf-8"), b"")
    try:
        start = packet.find(b"<")
        if packet.startswith(b"<?xml", start):  # its declaration may name the UTF-16 it was stored in
            start = packet.find(b"<", packet.find(b"?>", start))
        root = ET.fromstring(packet[start:].rstrip(b"\x00 \r\n\t"))
    except ET.ParseError:
        return {}, [said("the XMP block is damaged and was not read")]
    out: dict = {}
    for key, (ns, name) in XMP_FIELDS.items():
        values = _xmp_values(root, ns, name, keep_lines=key == "caption")
        if values:
            out[key] = list(dict.fromkeys(values)) if key in _XMP_LISTS else values[0]
    return out, []


# --- together --------------------------------------------------------------------------------------------

def _unique(*lists) -> list[str]:
    seen: dict[str, None] = {}
    for values in lists:
        for v in values or []:
            seen.setdefault(v, None)
    return list(seen)


def _stated_date(iptc: dict, xmp: dict) -> str | None:
    """The editor's creation date: IPTC DateCreated+TimeCreated, or XMP photoshop:DateCreated when IPTC has
    none or gives only the day that XMP gives with its time."""
    stated, from_xmp = iptc_capture_time(iptc), capture_moment(xmp.get("date_created"))
    if stated and from_xmp and len(stated) == 10 and from_xmp[:10] == stated:
        return from_xmp
    return stated or from_xmp


def read_metadata(im) -> tuple[dict, list[str]]:
    """All a file says about itself, merged: the fields the archive stores, plus `extra` for the rest.

    IPTC wins over XMP for single values (agencies' tools write both and IPTC is the older habit); keywords
    are the union of both. EXIF gives capture time, camera and lens; IPTC/XMP dates stand in when it has none.
    """
    exif, w1 = read_exif(im)
    iptc, w2 = read_iptc(im)
    xmp, w3 = read_xmp(im)
    fields: dict = {}
    for key in ("orientation", "camera", "lens"):
        if key in exif:
            fields[key] = exif[key]
    # The shutter's time first, then the editor's stated creation date, then the digitizing time; never a
    # file's save time (ModifyDate), which an editor rewrites.
    fields["captured_at"] = (
        exif.get("captured_at") or capture_moment(xmp.get("date_original")) or _stated_date(iptc, xmp)
        or exif.get("create_date") or capture_moment(xmp.get("create_date"))
    )
    fields["caption"] = iptc.get("caption") or xmp.get("caption") or exif.get("description")
    fields["title"] = iptc.get("title") or xmp.get("title") or iptc.get("headline") or xmp.get("headline")
    fields["keywords"] = _unique(iptc.get("keywords"), xmp.get("keywords"))
    bylines = iptc.get("byline") or xmp.get("byline") or ([exif["artist"]] if exif.get("artist") else [])
    fields["photographer"] = ", ".join(bylines) if bylines else None
    fields["place"] = iptc.get("sublocation") or xmp.get("sublocation") or iptc.get("city") or xmp.get("city")
    fields["people"] = _unique(xmp.get("people"))
    try:
        rating = int(float(xmp.get("rating", 0)))
    except ValueError:
        rating = 0
    fields["rating"] = rating if 0 <= rating <= 5 else 0
    extra = {k: v for k, v in exif.items()
             if k not in ("orientation", "camera", "lens", "captured_at", "create_date", "description")}
    for source, values in (("iptc", iptc), ("xmp", xmp)):
        rest = {k: v for k, v in values.items() if k in ("city", "province", "country", "credit", "source",
                                                         "copyright", "instructions", "headline", "writer", "charset")}
        if rest:
            extra[source] = rest
    fields["extra"] = extra
    return fields, w1 + w2 + w3


def file_metadata(path) -> dict:
    """What an original says (as `read_metadata`), and how: `iptc_charset` of its IPTC text, and whether it
    already dates itself in IPTC (`iptc_date`) and in XMP (`xmp_date`). An export compares against this and
    writes only what differs. A file Pillow cannot open says nothing."""
    from PIL import Image

    from press_archive.media.render import register_heif

    register_heif()
    try:
        with Image.open(path) as im:
            fields, _warnings = read_metadata(im)
            iptc, _w = read_iptc(im)
            xmp, _w = read_xmp(im)
    except (OSError, SyntaxError, ValueError, EOFError, Image.DecompressionBombError):
        return {"iptc_charset": "utf-8", "iptc_date": False, "xmp_date": False}
    fields["iptc_charset"] = iptc.get("charset", "utf-8")
    fields["iptc_date"] = bool(iptc.get("date_created"))
    fields["xmp_date"] = bool(xmp.get("date_created"))
    return fields
