"""RAW+JPEG: raw files are kept as originals (copied, verified, read-only), paired with their JPEG twin as one
photo, shown from their largest embedded preview when alone, and exported as JPEG, raw (+ XMP sidecar) or both.

The raw files are made by photo_factory.raw_bytes (the camera samples hold no raw file with image data): a DNG
laid out as Adobe's converter writes it (a 256 px RGB thumbnail in IFD0, DNGVersion 1.4, a 1600 px JPEG preview
in a SubIFD) and a CR2 (the "CR" signature, IFD0 holding a JPEG without its dimensions, which Pillow cannot open);
exiftool reads them as DNG and CR2 with a PreviewImage (checked below)."""

from __future__ import annotations

import json
import os
import shutil
import stat
import subprocess
from pathlib import Path

import pytest

import photo_factory as pf
from press_archive.media import store
from press_archive.services import photos

needs_exiftool = pytest.mark.skipif(shutil.which("exiftool") is None, reason="exiftool missing")
TAKEN = "2024:03:20 09:15:30"


@pytest.fixture
def card(tmp_path):
    src = tmp_path / "DCIM"
    pf.write(src / "IMG_0001.CR2", pf.raw_bytes("CR2", seed=1, taken=TAKEN))
    pf.camera_jpeg(src / "IMG_0001.JPG", seed=1, taken=TAKEN)
    pf.write(src / "IMG_0002.DNG", pf.raw_bytes("DNG", seed=2, taken="2024:03:20 09:16:00"))
    pf.write(src / "IMG_0003.CR2", pf.raw_bytes("CR2", seed=3, taken="2024:03:20 09:20:00"))
    pf.camera_jpeg(src / "IMG_0003.JPG", seed=4, taken="2024:03:21 18:00:00")  # same name, other moment
    return src


def test_raw_and_jpeg_twins_are_one_photo_and_a_lone_raw_shows_its_preview(archive, card):
    report = photos.import_photos(archive, [card], workers=0)
    assert (report.imported, report.rejected) == (4, 0), report.errors
    rows = {r["original_name"]: r for r in photos.get_photos(archive, report.photo_ids)}
    assert sorted(rows) == ["IMG_0001.JPG", "IMG_0002.DNG", "IMG_0003.CR2", "IMG_0003.JPG"]
    twins = photos.raw_files(archive, report.photo_ids)
    pair = rows["IMG_0001.JPG"]
    assert list(twins) == [pair["id"]] and twins[pair["id"]]["original_name"] == "IMG_0001.CR2"
    raw_path = store.original_path(archive.layout, twins[pair["id"]]["stored_path"])
    assert raw_path.read_bytes() == (card / "IMG_0001.CR2").read_bytes()
    assert not os.stat(raw_path).st_mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH)
    # a lone raw: its largest embedded preview, not the DNG's 256 px thumbnail; the CR2 opens at all
    dng = rows["IMG_0002.DNG"]
    assert (dng["width"], dng["height"], dng["format"]) == (1600, 1067, "DNG")
    assert dng["captured_at"] == "2024-03-20T09:16:00"
    assert photos.thumbnail_path(archive, dng, 1024).stat().st_size > 10_000
    assert rows["IMG_0003.CR2"]["format"] == "CR2" and rows["IMG_0003.CR2"]["captured_at"] == "2024-03-20T09:20:00"
    assert any("another capture time" in w.message for w in report.warnings)
    assert photos.verify_photos(archive) == [] and photos.find_orphans(archive) == []
    photos.thumbnail_path(archive, dng, 256).unlink()  # check --repair makes it again from the raw's preview
    assert photos.rebuild_thumbnails(archive, workers=0) == 1 and photos.verify_photos(archive) == []
    again = photos.import_photos(archive, [card], workers=0)
    assert (again.imported, again.duplicates) == (0, 5)  # four photos, five files


def test_a_raw_file_added_later_joins_its_jpeg(archive, card, tmp_path):
    """The JPEGs were imported first (a card read before raw files were kept): the raw files join their twins."""
    jpegs = tmp_path / "jpegs"
    jpegs.mkdir()
    shutil.copy(card / "IMG_0001.JPG", jpegs)
    first = photos.import_photos(archive, [jpegs], workers=0)
    again = photos.import_photos(archive, [card / "IMG_0001.JPG", card / "IMG_0001.CR2"], workers=0)
    assert again.imported == 0
    assert photos.raw_files(archive, first.photo_ids)[first.photo_ids[0]]["original_name"] == "IMG_0001.CR2"
    assert photos.verify_photos(archive) == [] and photos.find_orphans(archive) == []


def test_a_cr2_named_alone_imports(archive, tmp_path):
    """`import photos IMG.CR2` gave "unexpected failure: TypeError: Missing dimensions"."""
    path = pf.write(tmp_path / "IMG_0009.CR2", pf.raw_bytes("CR2", seed=9))
    report = photos.import_photos(archive, [path], workers=0)
    assert (report.imported, report.rejected) == (1, 0), report.errors


@needs_exiftool
def test_export_offers_jpeg_raw_or_both_with_a_sidecar(archive, card, tmp_path):
    for kind in ("DNG", "CR2"):  # the made raw files are what exiftool calls raw files
        path = pf.write(tmp_path / f"x.{kind.lower()}", pf.raw_bytes(kind))
        tags = json.loads(subprocess.run(["exiftool", "-j", str(path)], capture_output=True, check=True).stdout)[0]
        assert tags["FileType"] == kind and "PreviewImage" in tags and tags["DateTimeOriginal"] == TAKEN
    report = photos.import_photos(archive, [card], workers=0)
    pair = next(r for r in photos.get_photos(archive, report.photo_ids) if r["original_name"] == "IMG_0001.JPG")
    caption = "نشست خبری «شهردار» info@city.ir $5"
    photos.tag_photos(archive, report.batch_id, [pair["id"]], caption=caption)

    def names(files):
        return sorted(Path(f).name for f in files)

    jpeg = photos.export_photos(archive, report.batch_id, tmp_path / "j", [pair["id"]])
    assert names(jpeg.files) == ["IMG_0001.jpg"]
    raw = photos.export_photos(archive, report.batch_id, tmp_path / "r", [pair["id"]], files="raw")
    assert names(raw.files) == ["IMG_0001.cr2", "IMG_0001.xmp"]
    assert (tmp_path / "r" / "IMG_0001.cr2").read_bytes() == (card / "IMG_0001.CR2").read_bytes()
    sidecar = json.loads(subprocess.run(["exiftool", "-j", "-G1", str(tmp_path / "r" / "IMG_0001.xmp")],
                                        capture_output=True, check=True).stdout)[0]
    assert sidecar["XMP-dc:Description"] == caption
    both = photos.export_photos(archive, report.batch_id, tmp_path / "b", [pair["id"]], files="both")
    assert names(both.files) == ["IMG_0001.cr2", "IMG_0001.jpg", "IMG_0001.xmp"]
    with pytest.raises(photos.PhotoError, match="choose one of"):
        photos.export_photos(archive, report.batch_id, tmp_path / "x", files="tiff")


def test_raw_names_are_judged_by_content(archive):
    """Camera samples: "Issue 247-1.nef" is a JPEG under a raw name (imported as the JPEG it is); "Issue 419.rw2"
    is 368 bytes with no picture in them (one plain refusal naming the file)."""
    samples = Path(__file__).resolve().parents[2] / "shared" / "camera-samples"
    if not samples.is_dir():
        pytest.skip("../shared/camera-samples is not beside this checkout")
    report = photos.import_photos(archive, [samples / "Issue 247-1.nef", samples / "Issue 419.rw2"], workers=0)
    assert (report.imported, report.rejected) == (1, 1)
    assert photos.get_photos(archive, report.photo_ids)[0]["format"] == "JPEG"
    problem = report.errors[0]
    assert problem.file.endswith("Issue 419.rw2") and problem.message.startswith("a RW2 raw file without")
