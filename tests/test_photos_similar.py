"""Visual similarity: flat pictures are never "visually the same" by hash alone; a small crop still is.
The threshold comes from bench/phash_table.py (its table is in media/similar.py)."""

from __future__ import annotations

import pytest
from conftest import SHARED
from PIL import Image, ImageDraw

from press_archive.services import photos

ARCHIVE_BACKENDS = ("folder", "server")  # about behaviour: both kinds of archive

SAMPLES = SHARED / "camera-samples"
pytestmark = pytest.mark.skipif(not SAMPLES.is_dir(), reason="../shared/camera-samples is not beside this checkout")


def test_flat_pictures_are_not_all_the_same(archive, tmp_path):
    """Drawn: white, black, one grey, text on white (all dHash 0000000000000000), and the real flat green
    sample "Issue 614.jpg". None is "visually the same" as another, at import or in `photos duplicates`."""
    src = tmp_path / "flat"
    src.mkdir()
    for name, colour in (("white", "white"), ("black", "black"), ("grey", (128, 128, 128))):
        Image.new("RGB", (800, 600), colour).save(src / f"{name}.jpg", quality=90)
    text = Image.new("RGB", (800, 600), "white")
    ImageDraw.Draw(text).text((40, 40), "Press release\nCity of Tehran", fill="black")
    text.save(src / "text.jpg", quality=90)
    report = photos.import_photos(archive, [src, SAMPLES / "Issue 614.jpg"], workers=0)
    assert report.imported == 5 and report.similar == []
    assert [g for g in photos.find_duplicates(archive) if g.kind == "visually_same"] == []
    assert all(r["phash"] is None for r in photos.get_photos(archive, report.photo_ids))


def test_a_three_percent_crop_is_found(archive, tmp_path):
    """Made with Pillow: "Nikon D1X.jpg" cropped by 3 % from its bottom-right corner and saved at quality 92
    (distance 7 from the original: missed at the old threshold of 6)."""
    original = SAMPLES / "Nikon D1X.jpg"
    with Image.open(original) as im:
        w, h = im.size
        im.crop((0, 0, w - round(w * 0.03), h - round(h * 0.03))).save(tmp_path / "cropped.jpg", quality=92)
    first = photos.import_photos(archive, [original], workers=0)
    again = photos.import_photos(archive, [tmp_path / "cropped.jpg"], workers=0)
    assert [s["similar_to"] for s in again.similar] == first.photo_ids
    assert again.similar[0]["how"].startswith("visually the same")
