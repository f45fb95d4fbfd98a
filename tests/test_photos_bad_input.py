"""What photographers really bring: every bad file gets a clear status of its own and the batch goes on."""

from __future__ import annotations

import os
import zipfile

import pytest
from PIL import Image

import photo_factory as pf
from press_archive.services import photos

ARCHIVE_BACKENDS = ("folder", "server")  # about behaviour: both kinds of archive

RLO = "\u202e"


def _by_name(archive, report) -> dict[str, dict]:
    return {r["original_name"]: r for r in photos.get_photos(archive, report.photo_ids)}


def _errors(report) -> dict[str, str]:
    return {os.path.basename(e.file.split("!/")[-1]): e.message for e in report.errors}


def test_a_folder_of_bad_and_odd_files(archive, tmp_path):
    src = tmp_path / "card"
    pf.camera_jpeg(src / "good.jpg", seed=1)
    # not images
    pf.write(src / "empty.jpg", b"")
    pf.write(src / "nul.jpg", b"\x00" * 8192)
    pf.write(src / "text.jpg", "این یک متن است، نه عکس\n".encode() * 20)
    # truncated, half-copied
    full = pf.jpeg_bytes((600, 400), seed=2)
    pf.write(src / "truncated.jpg", full[: len(full) // 3])
    pf.write(src / "half-copied.jpg", full[: len(full) // 2] + b"\x00" * (len(full) - len(full) // 2))
    png = pf.png_bytes((400, 300), seed=3)
    pf.write(src / "truncated.png", png[: len(png) // 2])
    # bombs and lying headers
    pf.write(src / "bomb.png", pf.png_bomb(17000))
    pf.write(src / "lying.png", pf.png_with_size((40000, 40000)))
    pf.write(src / "lying.jpg", pf.jpeg_with_size((9000, 9000)))
    # a HEIC header with nothing after it (real HEIC imports: test_photos_camera_samples)
    pf.write(src / "iphone.heic", pf.heic_like())
    # odd but good
    pf.write(src / "cmyk.jpg", pf.jpeg_bytes((300, 200), mode="CMYK", seed=4))
    pf.write(src / "grey16.png", pf.png_bytes((300, 200), mode="I;16", seed=5))
    pf.write(src / "rgb48.png", pf.png_rgb48_bytes((120, 80)))
    pf.write(src / "animated.gif", pf.gif_frames(3))
    pf.write(src / "bad-exif.jpg", pf.corrupt_exif_jpeg(seed=6))
    pf.write(src / "orientation0.jpg", pf.jpeg_bytes((300, 200), seed=7, exif=pf.exif_bytes(orientation=0)))
    pf.write(src / "orientation9.jpg", pf.jpeg_bytes((300, 200), seed=8, exif=pf.exif_bytes(orientation=9)))
    pf.write(src / "zero-date.jpg", pf.jpeg_bytes((300, 200), seed=9, exif=pf.exif_bytes(taken="0000:00:00 00:00:00")))
    pf.write(src / "latin1.jpg", pf.jpeg_bytes((300, 200), seed=10, iptc=pf.iptc_fields(
        caption="Café Zürich", byline="Jürgen Müller", encoding="latin-1", declare_utf8=False)))
    pf.write(src / "png-named.jpg", pf.png_bytes((300, 200), seed=11))
    pf.write(src / "jpeg-named.png", pf.jpeg_bytes((300, 200), seed=12))
    pf.write(src / "عکس نشست ۱.jpg", pf.jpeg_bytes((300, 200), seed=13))
    pf.write(src / f"photo{RLO}gpj.exe", pf.jpeg_bytes((300, 200), seed=14))  # shows as "photoexe.jpg"
    pf.write(src / f"rlo{RLO}name.jpg", pf.jpeg_bytes((300, 200), seed=15))
    Image.new("RGB", (300, 200), "teal").save(src / "modern.avif")
    # a raw name over bytes with no picture in them: a plain refusal (real raw files: test_photos_raw)
    pf.write(src / "IMG_0001.CR2", b"II*\x00raw")
    # not photos at all: skipped, not errors
    pf.write(src / "notes.txt", b"notes")
    pf.write(src / ".DS_Store", b"junk")
    before = pf.snapshot(tmp_path, exclude=pf.archive_parts(archive))

    report = photos.import_photos(archive, [src, src / f"photo{RLO}gpj.exe"])

    errors = _errors(report)
    assert errors == {
        "empty.jpg": "not an image: the file is empty (0 bytes)",
        "nul.jpg": "not an image: the file holds only zero bytes (a failed or unfinished copy?)",
        "text.jpg": "not an image: it holds text",
        "truncated.jpg": errors["truncated.jpg"],
        "half-copied.jpg": errors["half-copied.jpg"],
        "truncated.png": errors["truncated.png"],
        "bomb.png": errors["bomb.png"],
        "lying.png": errors["lying.png"],
        "lying.jpg": errors["lying.jpg"],
        "iphone.heic": errors["iphone.heic"],
        "IMG_0001.CR2": "a CR2 raw file without an embedded preview this archive can show (damaged, or not a camera "
                        "raw file)",
    }
    assert errors["truncated.jpg"].startswith("truncated")
    assert errors["half-copied.jpg"].startswith("truncated")
    assert "truncated" in errors["truncated.png"]
    assert "megapixels" in errors["bomb.png"] and "megapixels" in errors["lying.png"]
    assert "lying header" in errors["lying.jpg"]
    assert errors["iphone.heic"] == "not a readable image: the decoder does not recognise its contents"
    assert report.rejected == 11 and report.exit_code == 1
    assert pf.snapshot(tmp_path, exclude=pf.archive_parts(archive)) == before

    rows = _by_name(archive, report)
    assert set(rows) == {
        "good.jpg", "cmyk.jpg", "grey16.png", "rgb48.png", "animated.gif", "bad-exif.jpg", "orientation0.jpg",
        "orientation9.jpg", "zero-date.jpg", "latin1.jpg", "png-named.jpg", "jpeg-named.png", "عکس نشست ۱.jpg",
        "photogpj.exe", "rloname.jpg", "modern.avif",
    }
    assert report.imported == 16
    assert report.duplicates == 0  # the .exe is skipped in the folder, imported when named
    assert rows["orientation0.jpg"]["orientation"] == 1 and rows["orientation9.jpg"]["orientation"] == 1
    assert rows["zero-date.jpg"]["captured_at"] is None
    assert rows["zero-date.jpg"]["date"] == photos.get_batch(archive, report.batch_id)["date"]
    shown = photos.effective_fields(rows["latin1.jpg"], photos.get_batch(archive, report.batch_id))
    assert shown["caption"] == "Café Zürich" and shown["photographer"] == "Jürgen Müller"
    assert rows["png-named.jpg"]["format"] == "PNG" and rows["png-named.jpg"]["stored_path"].endswith(".png")
    assert rows["jpeg-named.png"]["format"] == "JPEG" and rows["jpeg-named.png"]["stored_path"].endswith(".jpg")
    assert rows["animated.gif"]["metadata"]["frames"] == 3
    assert rows["modern.avif"]["format"] == "AVIF"
    warnings = {os.path.basename(w.file): w.message for w in report.warnings}
    assert "orientation" in warnings["orientation9.jpg"]
    assert "3 frames" in warnings["animated.gif"]
    assert "named .jpg" in warnings["png-named.jpg"]
    assert all(RLO not in name for name in rows)
    assert all(RLO not in e.file for e in report.errors + report.warnings)  # shown as an escape, not obeyed
    assert sorted(os.path.basename(s) for s in report.skipped) == ["notes.txt", "photo\\u202egpj.exe"]


def test_a_100_megapixel_frame_imports(archive, tmp_path):
    big = Image.linear_gradient("L").resize((12000, 8400))
    pf.write(tmp_path / "big" / "pano.jpg", pf.jpeg_bytes(image=big, quality=70))
    report = photos.import_photos(archive, [tmp_path / "big"], workers=1)
    assert report.imported == 1, report.errors
    row = photos.get_photos(archive, report.photo_ids)[0]
    assert (row["width"], row["height"]) == (12000, 8400)


def test_zip_bomb_and_hostile_zip(archive, tmp_path):
    path = tmp_path / "hostile.zip"
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as z:
        z.writestr("ok.jpg", pf.jpeg_bytes((200, 100), seed=1))
        z.writestr("bomb.jpg", b"\x00" * (64 * 1024 * 1024))
        z.writestr("/etc/evil.jpg", pf.jpeg_bytes((200, 100), seed=2))
        link = zipfile.ZipInfo("link.jpg")
        link.create_system = 3
        link.external_attr = 0o120777 << 16
        z.writestr(link, "../../../../etc/passwd")
    pf.write(tmp_path / "broken.zip", b"PK\x03\x04 not really a zip")
    report = photos.import_photos(archive, [path, tmp_path / "broken.zip"])
    assert report.imported == 1 and report.rejected == 4 and report.exit_code == 1
    messages = {e.file.rsplit("!/", 1)[-1]: e.message for e in report.errors}
    assert "zip bomb" in messages["bomb.jpg"]
    assert "absolute" in messages["/etc/evil.jpg"]
    assert "symbolic link" in messages["link.jpg"]
    assert "cannot be read as a zip archive" in messages[str(tmp_path / "broken.zip")]


def test_files_that_vanish_or_become_unreadable_mid_import(archive, tmp_path):
    src = tmp_path / "e"
    for i in range(4):
        pf.make_jpeg(src / f"{i}.jpg", (200, 150), seed=i)
    os.mkfifo(src / "pipe.jpg")  # a named pipe would block a naive reader forever

    def progress(p):
        if p.current.endswith("0.jpg"):
            (src / "2.jpg").unlink()
            (src / "3.jpg").unlink()
            (src / "3.jpg").mkdir()

    report = photos.import_photos(archive, [src], workers=0, progress=progress)
    errors = _errors(report)
    assert errors["2.jpg"] == "the file disappeared before it could be read"
    assert errors["3.jpg"] == "cannot be read: it is now a folder"
    assert "not a regular file" in errors["pipe.jpg"]
    assert report.imported == 2 and report.exit_code == 1


def test_a_decoder_that_runs_too_long_is_stopped(archive, tmp_path):
    src = tmp_path / "e"
    pf.write(src / "slow.png", pf.png_bomb(14000))  # 196 MP: allowed, but slow to decode
    pf.make_jpeg(src / "quick.jpg", (200, 150))
    report = photos.import_photos(archive, [src], workers=1, file_timeout=0.5)
    assert _errors(report) == {"slow.png": "refused: decoding took longer than 0.5 s (stopped)"}
    assert report.imported == 1


def test_a_decoder_that_needs_too_much_memory_is_refused(archive, tmp_path):
    src = tmp_path / "e"
    pf.write(src / "huge.png", pf.png_bomb(14000))
    pf.make_jpeg(src / "quick.jpg", (200, 150))
    report = photos.import_photos(archive, [src], workers=1, memory_limit=400 * 1024 * 1024)
    assert "memory" in _errors(report)["huge.png"]
    assert report.imported == 1


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads every file")
def test_unreadable_file(archive, tmp_path):
    src = tmp_path / "e"
    pf.make_jpeg(src / "locked.jpg")
    (src / "locked.jpg").chmod(0)
    report = photos.import_photos(archive, [src])
    assert _errors(report)["locked.jpg"].startswith("cannot be read")


def test_file_names_that_are_not_utf8(archive, tmp_path):
    src = tmp_path / "e"
    src.mkdir()
    (src / os.fsdecode(b"caf\xe9 \xd9.jpg")).write_bytes(pf.jpeg_bytes((64, 48)))
    pf.write(src / os.fsdecode(b"bad \xff.jpg"), b"")
    report = photos.import_photos(archive, [src])
    assert report.imported == 1
    assert photos.get_photos(archive, report.photo_ids)[0]["original_name"] == "caf\ufffd \ufffd.jpg"
    assert report.errors[0].file.endswith("bad \ufffd.jpg")
    import json

    json.dumps(report.as_dict(), ensure_ascii=False).encode("utf-8")

