"""Exported copies carry the archive's text as UTF-8 IPTC-IIM and XMP; the originals are never written."""

from __future__ import annotations

import json
import shutil
import subprocess

import pytest

import photo_factory as pf
from press_archive.media import store
from press_archive.services import photos

ARCHIVE_BACKENDS = ("folder", "server")  # about behaviour: both kinds of archive

pytestmark = pytest.mark.skipif(shutil.which("exiftool") is None, reason="exiftool (libimage-exiftool-perl) missing")


def _read(path) -> dict:
    done = subprocess.run(["exiftool", "-j", "-G1", "-charset", "iptc=UTF8", str(path)],
                          capture_output=True, check=True)
    return json.loads(done.stdout)[0]


def test_export_writes_iptc_and_xmp_into_copies_only(archive, tmp_path):
    src = tmp_path / "e"
    pf.camera_jpeg(src / "DSC_0001.jpg", seed=1, caption="old caption", keywords=["old"])
    pf.camera_jpeg(src / "عکس «۲».jpg", seed=2)
    pf.write(src / "plate.png", pf.png_bytes((200, 100), seed=3))
    report = photos.import_photos(archive, [src], title="افتتاح مترو", photographer="مهدی رضوی", keywords=["مترو"])
    caption = 'شهردار تهران در مراسم افتتاح خط ۷ مترو؛ "نقل قول" & <تست>\nخط دوم'
    photos.tag_photos(archive, report.batch_id, caption=caption, place="ایستگاه میدان محمدیه",
                      add=["افتتاح", "خط ۷"], add_people=["شهردار"])
    rows = photos.get_photos(archive, report.photo_ids)
    originals = {r["id"]: store.hash_file(photos.original_path(archive, r)) for r in rows}

    out = tmp_path / "out"
    result = photos.export_photos(archive, report.batch_id, out)

    assert result.errors == [] and len(result.files) == 3
    assert {r["id"]: store.hash_file(photos.original_path(archive, r)) for r in rows} == originals
    assert {r["sha256"] for r in rows} == set(originals.values())
    names = sorted(p.name for p in out.iterdir())
    assert names == ["DSC_0001.jpg", "plate.png", "عکس «۲».jpg"]
    tags = _read(out / "عکس «۲».jpg")
    assert tags["IPTC:CodedCharacterSet"] == "UTF8"
    assert tags["IPTC:Caption-Abstract"] == caption
    assert tags["XMP-dc:Description"] == caption
    assert tags["IPTC:Keywords"] == ["مترو", "افتتاح", "خط ۷"]
    assert tags["XMP-dc:Subject"] == ["مترو", "افتتاح", "خط ۷"]
    assert tags["IPTC:By-line"] == "مهدی رضوی" and tags["XMP-dc:Creator"] == "مهدی رضوی"
    assert tags["IPTC:Sub-location"] == "ایستگاه میدان محمدیه"
    assert tags["XMP-iptcCore:Location"] == "ایستگاه میدان محمدیه"
    assert tags["IPTC:ObjectName"] == "افتتاح مترو"
    assert tags["IPTC:DateCreated"] == "2016:03:19"
    assert tags["XMP-iptcExt:PersonInImage"] == "شهردار"
    png = _read(out / "plate.png")
    assert png["XMP-dc:Description"] == caption
    first = _read(out / "DSC_0001.jpg")  # a photo with its own caption and keywords keeps them
    assert first["IPTC:Caption-Abstract"] == "old caption"
    assert first["IPTC:Keywords"] == ["مترو", "old", "افتتاح", "خط ۷"]
    # what the archive read back from these files is what it wrote
    again = photos.import_photos(archive, [out / "عکس «۲».jpg"])
    assert again.imported == 1
    row = photos.get_photos(archive, again.photo_ids)[0]
    shown = photos.effective_fields(row, photos.get_batch(archive, again.batch_id))
    assert shown["caption"] == caption and shown["keywords"] == ["مترو", "افتتاح", "خط ۷"]
    assert again.similar and again.similar[0]["how"] == "same image data"


def test_export_of_named_photos_never_overwrites(archive, tmp_path):
    src = tmp_path / "e"
    for i in range(3):
        pf.camera_jpeg(src / f"{i}.jpg", seed=i)
    report = photos.import_photos(archive, [src])
    out = tmp_path / "out"
    pf.write(out / "0.jpg", b"someone else's file")
    first = [r["id"] for r in photos.get_photos(archive, report.photo_ids) if r["original_name"] == "0.jpg"]
    result = photos.export_photos(archive, report.batch_id, out, photo_ids=first)
    assert len(result.files) == 1 and (out / "0.jpg").read_bytes() == b"someone else's file"
    assert result.files[0].endswith("0 (2).jpg")
    with pytest.raises(photos.PhotoError, match="outside the archive"):
        photos.export_photos(archive, report.batch_id, archive.root / "photos" / "originals")


def test_missing_exiftool_is_a_clear_unusable_call(archive, tmp_path, monkeypatch):
    src = tmp_path / "e"
    pf.camera_jpeg(src / "a.jpg")
    report = photos.import_photos(archive, [src])
    monkeypatch.setenv("PATH", str(tmp_path / "empty"))
    with pytest.raises(photos.PhotoError, match="libimage-exiftool-perl"):
        photos.export_photos(archive, report.batch_id, tmp_path / "out")
    assert not (tmp_path / "out").exists()
