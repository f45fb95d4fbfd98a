"""IPTC in TIFF stored the way Photoshop and exiftool store it (tag 33723 as LONGs, or inside the Photoshop
image resources, tag 34377), and XMP stored in UTF-16."""

from __future__ import annotations

import shutil
import struct
import subprocess

import pytest
from PIL import TiffImagePlugin

import photo_factory as pf
from press_archive.services import photos

ARCHIVE_BACKENDS = ("folder", "server")  # about behaviour: both kinds of archive

CAPTION, BYLINE = "نشست خبری شهردار «منطقهٔ ۴»", "نگار صالحی"


def _row(archive, report):
    row = photos.get_photos(archive, report.photo_ids)[0]
    return photos.effective_fields(row, photos.get_batch(archive, report.batch_id))


@pytest.mark.skipif(shutil.which("exiftool") is None, reason="exiftool (libimage-exiftool-perl) missing")
def test_iptc_that_exiftool_and_photoshop_write_into_a_tiff_is_read(archive, tmp_path):
    """Made with exiftool: a drawn TIFF given -IPTC:CodedCharacterSet=UTF8 -IPTC:Caption-Abstract=…
    -IPTC:By-line=… (exiftool, like Photoshop, stores IPTC-NAA as LONG values, which Pillow cuts to one)."""
    path = tmp_path / "in" / "scan.tif"
    path.parent.mkdir()
    pf.picture((300, 200), 1).save(path)
    subprocess.run(["exiftool", "-q", "-overwrite_original", "-charset", "iptc=UTF8", "-IPTC:CodedCharacterSet=UTF8",
                    f"-IPTC:Caption-Abstract={CAPTION}", f"-IPTC:By-line={BYLINE}", str(path)], check=True)
    report = photos.import_photos(archive, [path.parent], workers=0)
    shown = _row(archive, report)
    assert (shown["caption"], shown["photographer"]) == (CAPTION, BYLINE)


def _resource(resource_id: int, data: bytes) -> bytes:
    return b"8BIM" + struct.pack(">H", resource_id) + b"\x00\x00" + struct.pack(">I", len(data)) + data + (
        b"\x00" if len(data) % 2 else b"")


def test_iptc_inside_photoshop_resources_and_utf16_xmp_are_read(archive, tmp_path):
    """Made with Pillow: a TIFF whose tag 34377 holds Photoshop image resources (a 0x0404 IPTC block, after
    another resource) and whose tag 700 holds an XMP packet in UTF-16 (little-endian, with its BOM)."""
    iim = pf.iim(pf.iptc_fields(caption=CAPTION))
    resources = _resource(0x03ED, b"\x00" * 16) + _resource(0x0404, iim)
    xmp = pf.xmp_packet(creator=BYLINE, subjects=["نوروز", "بوستان"]).decode("utf-8")
    ifd = TiffImagePlugin.ImageFileDirectory_v2()
    ifd[34377] = resources
    ifd.tagtype[34377] = 7  # UNDEFINED
    ifd[700] = "\ufeff".encode("utf-16-le") + xmp.encode("utf-16-le")
    ifd.tagtype[700] = 1  # BYTE
    path = tmp_path / "in" / "photoshop.tif"
    path.parent.mkdir()
    pf.picture((300, 200), 2).save(path, tiffinfo=ifd)
    report = photos.import_photos(archive, [path.parent], workers=0)
    assert report.warnings == [] or all("XMP" not in w.message for w in report.warnings)
    shown = _row(archive, report)
    assert shown["caption"] == CAPTION and shown["photographer"] == BYLINE
    assert shown["keywords"] == ["نوروز", "بوستان"]
