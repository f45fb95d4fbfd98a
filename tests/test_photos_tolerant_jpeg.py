"""JPEGs that decoders read with a warning are imported with a warning; only what cannot be decoded is refused."""

from __future__ import annotations

import struct

import photo_factory as pf
from press_archive.services import photos


def _after_app0(data: bytes, insert: bytes) -> bytes:
    end = 2 + 2 + struct.unpack(">H", data[4:6])[0]
    return data[:end] + insert + data[end:]


def test_stray_bytes_and_a_broken_photoshop_block_are_warnings(archive, tmp_path):
    """Made by hand from a drawn JPEG: (1) seven junk bytes after the APP0 segment (libjpeg: "extraneous bytes
    before marker", then it resyncs); (2) an APP13 Photoshop block whose 8BIM resource claims 4 GB."""
    base = pf.jpeg_bytes((320, 240), seed=3)
    pf.write(tmp_path / "in" / "junk.jpg", _after_app0(base, b"\x00junk\x12\x34"))
    app13 = (b"\xff\xed" + struct.pack(">H", 30) + b"Photoshop 3.0\x00" + b"8BIM\x04\x04\x00\x00\xff\xff\xff\x7f"
             + b"\x01\x02")
    pf.write(tmp_path / "in" / "photoshop.jpg", _after_app0(pf.jpeg_bytes((320, 240), seed=4), app13))
    report = photos.import_photos(archive, [tmp_path / "in"], workers=0)
    assert (report.imported, report.rejected) == (2, 0), report.errors
    warned = {w.file.rsplit("/", 1)[-1]: w.message for w in report.warnings}
    assert "7 stray bytes at offset 20" in warned["junk.jpg"]

    # what cannot be decoded is still refused in one plain line: an APP14 segment whose length (60) runs past
    # its 12 bytes into the tables after it (Pillow cannot find the frame any more)
    app14 = b"\xff\xee" + struct.pack(">H", 60) + b"Adobe\x00\x64\x00\x00\x00\x00\x01"
    pf.write(tmp_path / "bad" / "cut.jpg", _after_app0(pf.jpeg_bytes((320, 240), seed=5), app14))
    report = photos.import_photos(archive, [tmp_path / "bad"], workers=0)
    assert (report.imported, report.rejected) == (0, 1)
    message = report.errors[0].message
    assert message.startswith(("damaged", "not a readable image")) and "Error" not in message
