"""Real camera files (../shared/camera-samples/, see its README) judged by exiftool: what the archive stores,
and what an exported copy carries, is what exiftool reads from the original, field by field, except what the
user changed. Plus the Persian round trip, byte for byte, through an export and an export of that export."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from pathlib import Path

import pytest

import photo_factory as pf
from press_archive.media.metadata import is_boilerplate_description, parse_iim
from press_archive.services import photos
from press_archive.services.archive import Archive
from press_archive.storage.archive import create_archive

SAMPLES = Path(__file__).resolve().parents[2] / "shared" / "camera-samples"
if not SAMPLES.is_dir():
    SAMPLES = Path(__file__).resolve().parents[1] / ".." / "shared" / "camera-samples"

pytestmark = [
    pytest.mark.skipif(shutil.which("exiftool") is None, reason="exiftool (libimage-exiftool-perl) missing"),
    pytest.mark.skipif(not SAMPLES.is_dir(), reason="../shared/camera-samples is not beside this checkout"),
]

JPEG_SAMPLES = sorted(p.name for p in SAMPLES.glob("*") if p.suffix.lower() in (".jpg", ".heic")) if SAMPLES.is_dir() else []
USER_TITLE = "نمایشگاه عکس شهر"


def exiftool_json(path: Path, charset: str = "UTF8") -> dict:
    done = subprocess.run(["exiftool", "-j", "-G1", "-a", "-charset", f"iptc={charset}", str(path)],
                          capture_output=True, check=True)
    return json.loads(done.stdout)[0]


def oracle(path: Path) -> dict:
    """exiftool's reading, with legacy IPTC (no 1:90) read as Windows Latin, the way it was written."""
    tags = exiftool_json(path)
    if any(k.startswith("IPTC") for k in tags) and tags.get("IPTC:CodedCharacterSet") != "UTF8":
        latin = exiftool_json(path, "Latin")
        tags.update({k: v for k, v in latin.items() if k.startswith("IPTC")})
    return tags


def _list(value) -> list[str]:
    if value is None:
        return []
    return [str(v) for v in (value if isinstance(value, list) else [value])]


def _clean(value, keep_lines=False) -> str | None:
    if value is None:
        return None
    text = str(value).replace("\r\n", "\n").replace("\r", "\n")
    if keep_lines:
        text = "\n".join(" ".join(line.split()) for line in text.split("\n")).strip()
    else:
        text = " ".join(text.split())
    return text or None


def _first(tags: dict, *names, keep_lines=False) -> str | None:
    for name in names:
        values = [_clean(v, keep_lines) for v in _list(tags.get(name))]
        values = [v for v in values if v]
        if values:
            return ", ".join(values) if name in ("IPTC:By-line", "XMP-dc:Creator") else values[0]
    return None


def _iso(value: str | None) -> str | None:
    """exiftool's "2010:12:12 10:30:00" (or a day) as ISO, to the second."""
    if not value:
        return None
    m = re.match(r"(\d{4}):(\d{2}):(\d{2})(?:[ T](\d{2}):(\d{2}):(\d{2}))?", str(value))
    if not m or m[1] == "0000":
        return None
    return f"{m[1]}-{m[2]}-{m[3]}" + (f"T{m[4]}:{m[5]}:{m[6]}" if m[4] else "")


def expected_capture(tags: dict) -> str | None:
    """DateTimeOriginal, then the stated creation date (IPTC / XMP photoshop), then CreateDate; never
    ModifyDate."""
    iptc = _iso(tags.get("IPTC:DateCreated"))
    if iptc and tags.get("IPTC:TimeCreated"):
        iptc = f"{iptc}T{str(tags['IPTC:TimeCreated'])[:8]}"
    xmp = _iso(_list(tags.get("XMP-photoshop:DateCreated"))[0] if tags.get("XMP-photoshop:DateCreated") else None)
    stated = xmp if iptc and xmp and len(iptc) == 10 and xmp[:10] == iptc else (iptc or xmp)
    for value in (_iso(tags.get("ExifIFD:DateTimeOriginal")), _iso(tags.get("XMP-exif:DateTimeOriginal")), stated,
                  _iso(tags.get("ExifIFD:CreateDate")), _iso(tags.get("XMP-xmp:CreateDate"))):
        if value:
            return value
    return None


def expected_fields(tags: dict) -> dict:
    description = _clean(tags.get("IFD0:ImageDescription"), keep_lines=True)
    if description and is_boilerplate_description(description):
        description = None
    keywords = list(dict.fromkeys(_list(tags.get("IPTC:Keywords")) + _list(tags.get("XMP-dc:Subject"))))
    return {
        "caption": _first(tags, "IPTC:Caption-Abstract", "XMP-dc:Description", keep_lines=True) or description,
        "title": _first(tags, "IPTC:ObjectName", "XMP-dc:Title", "IPTC:Headline", "XMP-photoshop:Headline"),
        "photographer": _first(tags, "IPTC:By-line", "XMP-dc:Creator", "IFD0:Artist"),
        "keywords": [k for k in (_clean(k) for k in keywords) if k],
        "captured": expected_capture(tags),
    }


def _import_one(archive, name: str, **options):
    report = photos.import_photos(archive, [SAMPLES / name], title=USER_TITLE, workers=0, **options)
    assert report.imported == 1, report.errors
    row = photos.get_photos(archive, report.photo_ids)[0]
    return report, row, photos.effective_fields(row, photos.get_batch(archive, report.batch_id))


# Tags an exporter may add to a copy (never change): the UTF-8 declaration, record versions, its own XMP
# toolkit name; and what the archive adds on purpose: a date where the original has none, the batch title
# the user gave where the photo has none of its own.
_ADDED = {"IPTC:CodedCharacterSet", "IPTC:EnvelopeRecordVersion", "IPTC:ApplicationRecordVersion", "XMP-x:XMPToolkit"}
_TITLE_TAGS = {"IPTC:ObjectName", "XMP-dc:Title"}
_DATE_TAGS = {"IPTC:DateCreated", "IPTC:TimeCreated", "XMP-photoshop:DateCreated"}
_GROUPS = ("IFD0:", "ExifIFD:", "GPS:", "IPTC:", "XMP-", "InteropIFD:", "ICC_Profile:", "Photoshop:")


def _comparable(tags: dict) -> dict:
    """Metadata tags, without the file offsets a rewrite moves and the GUID of extended XMP (an MD5 of its
    serialisation, which changes with any rewrite of the XMP)."""
    return {k: v for k, v in tags.items() if k.startswith(_GROUPS) and "Offset" not in k.replace("OffsetTime", "")
            and k not in ("XMP-x:XMPToolkit", "XMP-xmpNote:HasExtendedXMP")}


def raw_iptc(path: Path) -> bytes:
    """The IPTC-IIM bytes of a JPEG's Photoshop block, as stored (read with Pillow, not with our reader)."""
    from PIL import Image

    with Image.open(path) as im:
        return im.info["photoshop"][0x0404]


@pytest.mark.parametrize("name", JPEG_SAMPLES)
def test_what_is_stored_and_exported_is_what_the_camera_wrote(archive, tmp_path, name):
    original = SAMPLES / name
    before = oracle(original)
    want = expected_fields(before)
    _report, row, shown = _import_one(archive, name)

    assert shown["caption"] == want["caption"]
    assert (row["metadata"].get("title") or None) == want["title"]
    assert shown["photographer"] == want["photographer"]
    assert shown["keywords"] == want["keywords"]
    captured = want["captured"]
    assert (row["captured_at"] or "")[:len(captured or "")] == (captured or ""), (row["captured_at"], captured)
    if captured is None:
        assert row["captured_at"] is None

    out = tmp_path / "out"
    result = photos.export_photos(archive, row["batch_id"], out)
    assert result.errors == []
    copy = oracle(Path(result.files[0]))
    jpeg = original.suffix.lower() == ".jpg"  # a HEIC holds EXIF and XMP, no IPTC
    assert copy.get("IPTC:CodedCharacterSet") == ("UTF8" if jpeg else None)
    for tag, value in _comparable(before).items():
        if tag == "IPTC:CodedCharacterSet":
            continue  # the one declared change: every text field is now UTF-8 (checked below)
        if tag in _DATE_TAGS | _TITLE_TAGS and not str(value).strip():
            continue  # an empty field is no value: the archive may fill it
        assert copy.get(tag) == value, f"{name}: {tag} was {value!r}, the copy has {copy.get(tag)!r}"
    added = {t for t in _comparable(copy) if t not in before or (t in _DATE_TAGS | _TITLE_TAGS and not before[t])}
    for tag in added - _ADDED:
        if tag in _TITLE_TAGS:
            assert want["title"] is None and copy[tag] == USER_TITLE
        elif tag in _DATE_TAGS:
            assert captured and _iso(str(copy[tag]).replace("-", ":"))[:10] == captured[:10], (tag, copy[tag])
        else:
            pytest.fail(f"{name}: the copy gained {tag} = {copy[tag]!r}")
    # every IPTC text field of the copy is valid UTF-8 under its 1:90 declaration
    for (record, _number), values in (parse_iim(raw_iptc(Path(result.files[0]))) if jpeg else {}).items():
        for value in values:
            if record == 2:
                value.decode("utf-8")  # raises on a Latin-1 byte left behind


def test_each_photo_keeps_its_own_credit(archive, tmp_path):
    """Canon EOS 7D names Peter Bemmann (EXIF Artist and IPTC By-line); the Kyocera phone names nobody."""
    report = photos.import_photos(archive, [SAMPLES / "Canon EOS 7D.jpg", SAMPLES / "Kyocera FC-S3.jpg"],
                                  photographer="نگار صالحی", workers=0)
    rows = {r["original_name"]: r for r in photos.get_photos(archive, report.photo_ids)}
    batch = photos.get_batch(archive, report.batch_id)
    assert batch["photographer"] == "نگار صالحی"
    shown = {n: photos.effective_fields(r, batch)["photographer"] for n, r in rows.items()}
    assert shown == {"Canon EOS 7D.jpg": "Peter Bemmann", "Kyocera FC-S3.jpg": "نگار صالحی"}
    out = photos.export_photos(archive, report.batch_id, tmp_path / "out")
    bylines = {Path(f).name: exiftool_json(Path(f)).get("IPTC:By-line") for f in out.files}
    assert bylines == {"Canon EOS 7D.jpg": "Peter Bemmann", "Kyocera FC-S3.jpg": "نگار صالحی"}

    # asked for explicitly, the batch's photographer is every photo's
    create_archive(tmp_path / "second")
    other = Archive(tmp_path / "second")
    try:
        report = photos.import_photos(other, [SAMPLES / "Canon EOS 7D.jpg"], photographer="نگار صالحی",
                                      photographer_for_all=True, workers=0)
        row = photos.get_photos(other, report.photo_ids)[0]
        assert photos.effective_fields(row, photos.get_batch(other, report.batch_id))["photographer"] == "نگار صالحی"
    finally:
        other.close()


def test_capture_date_is_never_a_save_time(archive, tmp_path):
    """Issue 600 (2) was re-saved by GIMP in 2023 (IFD0 ModifyDate) but was made 2009-09-09; the Android depth
    map has only a ModifyDate: no capture date, and its copy gets no DateCreated from its batch."""
    report = photos.import_photos(archive, [SAMPLES / "Issue 600 (2).jpg", SAMPLES / "Android Depth Map.jpg"],
                                  date="1402/01/01", workers=0)
    rows = {r["original_name"]: r for r in photos.get_photos(archive, report.photo_ids)}
    assert rows["Issue 600 (2).jpg"]["captured_at"].startswith("2009-09-09")
    assert rows["Android Depth Map.jpg"]["captured_at"] is None
    out = photos.export_photos(archive, report.batch_id, tmp_path / "out")
    copies = {Path(f).name: exiftool_json(Path(f)) for f in out.files}
    assert copies["Issue 600 (2).jpg"]["IPTC:DateCreated"] == "2009:09:09"
    depth = copies["Android Depth Map.jpg"]
    assert not any(k in depth for k in _DATE_TAGS)


def test_offset_and_sub_seconds_travel_with_the_photo(archive, tmp_path):
    """Made with exiftool: a drawn JPEG given -DateTimeOriginal='2024:03:20 09:15:30' -SubSecTimeOriginal=25
    -OffsetTimeOriginal=+03:30. The IPTC TimeCreated of the copy carries +03:30 (not the exporting machine's zone),
    and the sub-seconds stay in the archive and in XMP."""
    path = pf.make_jpeg(tmp_path / "in" / "tehran.jpg", (300, 200), seed=4)
    subprocess.run(["exiftool", "-overwrite_original", "-DateTimeOriginal=2024:03:20 09:15:30",
                    "-SubSecTimeOriginal=25", "-OffsetTimeOriginal=+03:30", str(path)], check=True,
                   capture_output=True)
    report = photos.import_photos(archive, [path.parent], workers=0)
    row = photos.get_photos(archive, report.photo_ids)[0]
    assert row["captured_at"] == "2024-03-20T09:15:30.25+03:30" and row["date"] == "2024-03-20"
    out = photos.export_photos(archive, report.batch_id, tmp_path / "out")
    copy = exiftool_json(Path(out.files[0]))
    assert copy["IPTC:DateCreated"] == "2024:03:20" and copy["IPTC:TimeCreated"] == "09:15:30+03:30"
    assert copy["XMP-photoshop:DateCreated"] == "2024:03:20 09:15:30.25+03:30"


def test_a_photos_own_title_survives_export(archive, tmp_path):
    """The Lightroom export carries ObjectName/dc:title "iptc status-title"; the batch is titled by the user."""
    _report, row, _shown = _import_one(archive, "Canon EOS-1D Mark III (via Adobe Lightroom).jpg")
    out = photos.export_photos(archive, row["batch_id"], tmp_path / "out")
    copy = exiftool_json(Path(out.files[0]))
    assert copy["IPTC:ObjectName"] == "iptc status-title" and copy["XMP-dc:Title"] == "iptc status-title"
    assert copy["IPTC:DateCreated"] == "2008:12:19"  # its own, though DateTimeOriginal says 2008-09-20


def _legacy_jpeg(path: Path, caption: str, byline: str, encoding: str) -> Path:
    return pf.make_jpeg(path, (300, 200), seed=7, iptc=pf.iptc_fields(caption=caption, byline=byline,
                                                                       encoding=encoding, declare_utf8=False))


def test_legacy_arabic_windows_iptc_is_read_and_exported_as_utf8(archive, tmp_path):
    """Made by hand: an APP13 IPTC block without 1:90 whose caption and by-line are cp1256 bytes (what Persian
    desktops of the 2000s wrote). Read as Persian; the copy says UTF-8 (1:90) and holds UTF-8 bytes."""
    caption, byline = "نشست خبري شهردار با اصحاب رسانه", "كاوه رستمي"
    _legacy_jpeg(tmp_path / "in" / "old.jpg", caption, byline, "cp1256")
    report = photos.import_photos(archive, [tmp_path / "in"], workers=0)
    row = photos.get_photos(archive, report.photo_ids)[0]
    shown = photos.effective_fields(row, photos.get_batch(archive, report.batch_id))
    assert (shown["caption"], shown["photographer"]) == (caption, byline)
    out = photos.export_photos(archive, report.batch_id, tmp_path / "out")
    copy = exiftool_json(Path(out.files[0]))
    assert copy["IPTC:CodedCharacterSet"] == "UTF8"
    assert (copy["IPTC:Caption-Abstract"], copy["IPTC:By-line"]) == (caption, byline)


def test_the_archive_setting_decides_legacy_text(archive, tmp_path):
    """cp1252 bytes of "Göteborg" stay Latin under "auto"; with the setting cp1256 the same bytes are Arabic
    Windows (the office's choice for a folder of old Persian files that auto-detection cannot tell)."""
    _legacy_jpeg(tmp_path / "a" / "x.jpg", "Göteborg", "Åsa", "cp1252")
    report = photos.import_photos(archive, [tmp_path / "a"], workers=0)
    assert photos.get_photos(archive, report.photo_ids)[0]["caption"] == "Göteborg"
    assert photos.legacy_charset(archive) == "auto"
    photos.set_legacy_charset(archive, "cp1256")
    with pytest.raises(photos.PhotoError, match="legacy charset"):
        photos.set_legacy_charset(archive, "koi8-r")
    pf.make_jpeg(tmp_path / "b" / "y.jpg", (300, 200), seed=8,
                 iptc=[(2, 120, "ا".encode("cp1256") + b" Gteborg")])
    report = photos.import_photos(archive, [tmp_path / "b"], workers=0)
    assert photos.get_photos(archive, report.photo_ids)[0]["caption"] == "ا Gteborg"


def test_exif_text_is_utf8_when_it_is_and_cut_at_nul(archive, tmp_path):
    """Made with exiftool: -EXIF:Artist='کاوه رستمی' (UTF-8 bytes in an ASCII tag, as phones write it),
    -EXIF:Copyright holding "GoPro" + NUL + garbage bytes; the Olympus sample's ImageDescription is boilerplate."""
    path = pf.make_jpeg(tmp_path / "in" / "phone.jpg", (300, 200), seed=9)
    subprocess.run(["exiftool", "-overwrite_original", "-EXIF:Artist=کاوه رستمی",
                    "-EXIF:ImageDescription=نشست خبری", str(path)], check=True, capture_output=True)
    gopro = pf.make_jpeg(tmp_path / "in" / "gopro.jpg", (300, 200), seed=10,
                         exif=pf.exif_bytes(artist="GoPro\x00\xfc\xcdx\xc0"))
    report = photos.import_photos(archive, [tmp_path / "in", SAMPLES / "Olympus PEN E-P3.jpg"], workers=0)
    rows = {r["original_name"]: r for r in photos.get_photos(archive, report.photo_ids)}
    assert rows["phone.jpg"]["photographer"] == "کاوه رستمی" and rows["phone.jpg"]["caption"] == "نشست خبری"
    assert rows[gopro.name]["photographer"] == "GoPro"
    assert rows["Olympus PEN E-P3.jpg"]["caption"] is None


PERSIAN_CAPTION = "نشست\u200cخبری «شهردار» با اصحاب رسانه\nپرسش‌ها: info@city.ir — هزینه $5"
PERSIAN_KEYWORDS = ["نشست خبری", "روز ارتباطات", "$5 @ شهرداری"]
PERSIAN_BYLINE = "نگار صالحی"


def _assert_persian(path: Path) -> None:
    tags = exiftool_json(path)
    assert tags["IPTC:CodedCharacterSet"] == "UTF8"
    assert tags["IPTC:Caption-Abstract"] == PERSIAN_CAPTION and tags["XMP-dc:Description"] == PERSIAN_CAPTION
    assert tags["IPTC:Keywords"] == PERSIAN_KEYWORDS and tags["XMP-dc:Subject"] == PERSIAN_KEYWORDS
    assert tags["IPTC:By-line"] == PERSIAN_BYLINE and tags["XMP-dc:Creator"] == PERSIAN_BYLINE
    datasets = parse_iim(raw_iptc(path))
    assert datasets[(1, 90)] == [b"\x1b%G"]
    assert datasets[(2, 120)] == [PERSIAN_CAPTION.encode("utf-8")]
    assert datasets[(2, 25)] == [k.encode("utf-8") for k in PERSIAN_KEYWORDS]
    assert datasets[(2, 80)] == [PERSIAN_BYLINE.encode("utf-8")]


def test_persian_round_trip_is_byte_exact(archive, tmp_path):
    """A caption with ZWNJ, «», a line break, @ and $; keywords; a by-line: byte-exact in IPTC (1:90 UTF-8) and
    XMP of the copy, and of a copy exported again from an archive that imported the first copy."""
    pf.camera_jpeg(tmp_path / "in" / "a.jpg", seed=11)
    report = photos.import_photos(archive, [tmp_path / "in"], workers=0)
    photos.tag_photos(archive, report.batch_id, caption=PERSIAN_CAPTION, add=PERSIAN_KEYWORDS,
                      photographer=PERSIAN_BYLINE)
    first = photos.export_photos(archive, report.batch_id, tmp_path / "out1")
    _assert_persian(Path(first.files[0]))

    root = tmp_path / "second"
    create_archive(root)
    second_archive = Archive(root)
    try:
        again = photos.import_photos(second_archive, first.files, workers=0)
        second = photos.export_photos(second_archive, again.batch_id, tmp_path / "out2")
    finally:
        second_archive.close()
    _assert_persian(Path(second.files[0]))


def test_a_title_the_user_gives_the_photos_replaces_their_own(archive_dir, tmp_path):
    """`photos tag --photo-title` on the Lightroom sample: its copy carries the new title; `photos charset`
    sets the archive's legacy charset."""
    from conftest import run_cli

    code, out, _err = run_cli("import", "photos", str(SAMPLES / "Canon EOS-1D Mark III (via Adobe Lightroom).jpg"),
                              "--json", archive=archive_dir)
    assert code == 0
    photo_id = json.loads(out)["photo_ids"][0]
    code, _out, err = run_cli("photos", "tag", "1", "--photo", str(photo_id), "--photo-title", "موزهٔ شهر",
                              archive=archive_dir)
    assert code == 0, err
    assert run_cli("photos", "export", "1", "--out", str(tmp_path / "out"), archive=archive_dir)[0] == 0
    copy = exiftool_json(next((tmp_path / "out").iterdir()))
    assert copy["IPTC:ObjectName"] == "موزهٔ شهر" and copy["XMP-dc:Title"] == "موزهٔ شهر"
    assert run_cli("photos", "charset", archive=archive_dir)[1].strip() == "auto"
    assert run_cli("photos", "charset", "cp1256", archive=archive_dir)[1].strip() == "cp1256"
