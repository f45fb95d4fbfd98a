"""The pixel and file side of photos, without an archive: formats, JPEG structure, metadata, rendering,
visual hashes, code replacements and zip safety."""

from __future__ import annotations

import io
import zipfile

import pytest
from PIL import Image

import photo_factory as pf
from press_archive.media import codes, jpeg, metadata, render, similar
from press_archive.media.formats import describe_non_image, sniff
from press_archive.media.sources import find_sources, read_source


@pytest.fixture(autouse=True)
def _decoder_limits():
    render.configure_decoder()


def _open(data: bytes) -> Image.Image:
    return Image.open(io.BytesIO(data))


# --- formats and JPEG structure ---

def test_sniff_tells_formats_by_content():
    assert sniff(pf.jpeg_bytes((16, 16))) == "JPEG"
    assert sniff(pf.png_bytes((16, 16))) == "PNG"
    assert sniff(pf.gif_frames(2)) == "GIF"
    assert sniff(pf.heic_like()) == "HEIC"
    assert sniff(b"hello") is None
    assert describe_non_image(b"") == "not an image: the file is empty (0 bytes)"
    assert "zero bytes" in describe_non_image(b"\x00" * 5000)
    assert "text" in describe_non_image("سلام، این یک متن است\n".encode() * 300)


def test_scan_range_covers_sos_to_eoi_and_ignores_metadata():
    plain = pf.jpeg_bytes((200, 100), seed=3)
    tagged = pf.jpeg_bytes((200, 100), seed=3, exif=pf.exif_bytes(taken="2016:03:19 10:30:00"),
                           iptc=pf.iptc_fields(caption="x"))
    start, end = jpeg.scan_range(plain)
    assert plain[start:start + 2] == b"\xff\xda" and plain[end - 2:end] == b"\xff\xd9"
    assert plain != tagged
    assert jpeg.scan_hash(plain) == jpeg.scan_hash(tagged)


@pytest.mark.parametrize("cut", [100, 0.5, -2])
def test_truncated_jpeg_is_detected(cut):
    data = pf.jpeg_bytes((300, 200), seed=1)
    end = int(len(data) * cut) if isinstance(cut, float) else cut
    with pytest.raises(jpeg.BrokenJpeg, match="truncated"):
        jpeg.scan_range(data[:end])


def test_half_copied_jpeg_padded_with_zeros_is_detected():
    data = pf.jpeg_bytes((300, 200), seed=1)
    half = data[: len(data) // 2] + b"\x00" * (len(data) - len(data) // 2)
    with pytest.raises(jpeg.BrokenJpeg, match="truncated"):
        jpeg.scan_range(half)


# --- metadata ---

def test_exif_capture_time_camera_lens_orientation():
    data = pf.jpeg_bytes(exif=pf.exif_bytes(taken="2016:03:19 10:30:05", make="Canon", model="Canon EOS 5D Mark IV",
                                             lens="EF24-70mm f/2.8L II USM", orientation=6, gps=(35.7, 51.4)))
    fields, warnings = metadata.read_metadata(_open(data))
    assert warnings == []
    assert fields["captured_at"] == "2016-03-19T10:30:05"
    assert fields["camera"] == "Canon EOS 5D Mark IV"
    assert fields["lens"] == "EF24-70mm f/2.8L II USM"
    assert fields["orientation"] == 6
    assert fields["extra"]["gps"] == [35.7, 51.4]


def test_make_is_prefixed_when_the_model_lacks_it():
    data = pf.jpeg_bytes(exif=pf.exif_bytes(make="NIKON CORPORATION", model="D750"))
    fields, _ = metadata.read_metadata(_open(data))
    assert fields["camera"] == "NIKON CORPORATION D750"


@pytest.mark.parametrize("value", ["0000:00:00 00:00:00", "    :  :     :  :  ", "2016:13:45 99:00:00", ""])
def test_impossible_capture_dates_are_ignored(value):
    data = pf.jpeg_bytes(exif=pf.exif_bytes(taken=value))
    fields, _ = metadata.read_metadata(_open(data))
    assert fields["captured_at"] is None


@pytest.mark.parametrize("orientation", [0, 9])
def test_invalid_orientation_is_a_warning(orientation):
    data = pf.jpeg_bytes(exif=pf.exif_bytes(orientation=orientation))
    fields, warnings = metadata.read_metadata(_open(data))
    assert "orientation" not in fields
    assert any("orientation" in w for w in warnings)


def test_damaged_exif_is_a_warning_not_a_failure():
    fields, warnings = metadata.read_metadata(_open(pf.corrupt_exif_jpeg()))
    assert fields["captured_at"] is None
    assert warnings == [] or any("EXIF" in w for w in warnings)


def test_iptc_utf8_with_1_90():
    data = pf.jpeg_bytes(iptc=pf.iptc_fields(caption="نشست خبری شهردار تهران", keywords=["شهرداری", "نشست خبری"],
                                             byline="مهدی رضوی‌کیا", sublocation="تالار شهر"))
    fields, warnings = metadata.read_metadata(_open(data))
    assert warnings == []
    assert fields["caption"] == "نشست خبری شهردار تهران"
    assert fields["keywords"] == ["شهرداری", "نشست خبری"]
    assert fields["photographer"] == "مهدی رضوی‌کیا"
    assert fields["place"] == "تالار شهر"


def test_iptc_latin1_without_1_90_falls_back_to_cp1252():
    data = pf.jpeg_bytes(iptc=pf.iptc_fields(caption="Café in Zürich – “quoted”", keywords=["Ärger"],
                                             encoding="cp1252", declare_utf8=False))
    fields, _ = metadata.read_metadata(_open(data))
    assert fields["caption"] == "Café in Zürich – “quoted”"
    assert fields["keywords"] == ["Ärger"]


def test_iptc_utf8_without_1_90_is_still_read_as_utf8():
    data = pf.jpeg_bytes(iptc=pf.iptc_fields(caption="شهرداری", declare_utf8=False))
    fields, _ = metadata.read_metadata(_open(data))
    assert fields["caption"] == "شهرداری"


def test_xmp_is_read_and_merged_with_iptc():
    data = pf.jpeg_bytes(
        iptc=pf.iptc_fields(keywords=["شهرداری"]),
        xmp=pf.xmp_packet(description="شرح از XMP", subjects=["شهرداری", "مترو"], creator="عکاس", people=["شهردار"],
                          rating=4))
    fields, _ = metadata.read_metadata(_open(data))
    assert fields["caption"] == "شرح از XMP"
    assert fields["keywords"] == ["شهرداری", "مترو"]
    assert fields["photographer"] == "عکاس"
    assert fields["people"] == ["شهردار"]
    assert fields["rating"] == 4


def test_xmp_with_entities_is_refused():
    evil = b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaa">]><x>&a;</x>'
    fields, warnings = metadata.read_metadata(_open(pf.jpeg_bytes(xmp=evil)))
    assert any("XMP" in w for w in warnings)


def test_iim_parser_stops_at_damage():
    good = pf.iim([(2, 120, b"caption")])
    assert metadata.parse_iim(good + b"\x1c\x02\x19\xff\xff" + b"short") == {(2, 120): [b"caption"]}


# --- rendering ---

def test_render_jpeg_with_draft_preview_and_thumbnail_sizes():
    data = pf.jpeg_bytes((3000, 2000), seed=2, exif=pf.exif_bytes(orientation=6))
    out = render.render(data)
    assert (out.width, out.height) == (2000, 3000)  # as shown, after the orientation
    preview, thumb = _open(out.preview), _open(out.thumbnail)
    assert preview.size == (683, 1024)
    assert thumb.size == (171, 256)
    assert len(out.preview) <= render.PREVIEW_MAX_BYTES
    assert len(out.thumbnail) <= render.THUMBNAIL_MAX_BYTES
    assert out.pixel_hash is None and len(out.dhash) == 16


def test_orientation_is_applied_to_thumbnails():
    im = Image.new("RGB", (400, 200), "white")
    im.paste((255, 0, 0), (0, 0, 200, 200))  # left half red
    data = pf.jpeg_bytes(image=im, exif=pf.exif_bytes(orientation=6))  # 90 degrees clockwise to show
    thumb = _open(render.render(data).thumbnail).convert("RGB")
    assert thumb.size == (128, 256)
    r, g, b = thumb.getpixel((64, 30))  # the red half is now on top
    assert r > 200 and g < 80


@pytest.mark.parametrize("make", [
    lambda: pf.jpeg_bytes((120, 90), mode="CMYK"),
    lambda: pf.png_bytes((120, 90), mode="I;16"),
    lambda: pf.png_rgb48_bytes((60, 40)),
    lambda: pf.png_bytes((120, 90), mode="RGBA"),
    lambda: pf.png_bytes((120, 90), mode="P"),
    lambda: pf.png_bytes((120, 90), mode="1"),
    lambda: pf.png_bytes((120, 90), mode="LA"),
])
def test_modes_render_to_rgb_jpeg(make):
    out = render.render(make())
    assert _open(out.thumbnail).mode == "RGB"


def test_sixteen_bit_grey_keeps_its_brightness():
    im = Image.new("I", (50, 50), 32768).convert("I;16")
    buffer = io.BytesIO()
    im.save(buffer, "PNG")
    thumb = _open(render.render(buffer.getvalue()).thumbnail).convert("L")
    assert 110 < thumb.getpixel((25, 25)) < 145


def test_multi_frame_gif_uses_the_first_frame_with_a_note():
    out = render.render(pf.gif_frames(3))
    assert out.frames == 3
    assert any("3 frames" in w for w in out.warnings)


def test_bomb_and_lying_headers_are_refused():
    with pytest.raises(render.Unreadable, match="megapixels"):
        render.render(pf.png_with_size((30000, 30000)))
    with pytest.raises(render.Unreadable, match="megapixels"):
        render.render(pf.png_bomb(17000))  # 289 MP
    with pytest.raises(render.Unreadable, match="megapixels"):
        render.render(pf.jpeg_with_size((20000, 20000)))


def test_lying_header_within_the_limit_is_caught_by_the_structure_check():
    with pytest.raises(jpeg.BrokenJpeg, match="lying header"):
        jpeg.scan_range(pf.jpeg_with_size((9000, 9000)))
    for size in ((2000, 2000), (333, 77)):  # the smallest honest files pass: solid black, optimised tables
        for mode in ("RGB", "L"):
            buffer = io.BytesIO()
            Image.new(mode, size).save(buffer, "JPEG", quality=75, optimize=True)
            jpeg.scan_range(buffer.getvalue())


def test_dhash_survives_recompression_and_scaling():
    im = pf.picture((800, 600), seed=11)
    a = render.render(pf.jpeg_bytes(image=im, quality=95)).dhash
    b = render.render(pf.jpeg_bytes(image=im.resize((400, 300)), quality=60)).dhash
    c = render.render(pf.jpeg_bytes((800, 600), seed=12)).dhash
    assert similar.distance(int(a, 16), int(b, 16)) <= similar.MAX_DISTANCE
    assert similar.distance(int(a, 16), int(c, 16)) > similar.MAX_DISTANCE


# --- visual index ---

def test_visual_index_finds_neighbours_and_clusters():
    index = similar.VisualIndex()
    base = 0x0123456789ABCDEF
    index.add(1, f"{base:016x}")
    index.add(2, f"{base ^ 0b111111:016x}")  # 6 bits away
    index.add(5, f"{base ^ 0b111111111 << 20:016x}")  # 9 bits away: beyond the threshold of 8
    index.add(3, f"{base ^ ((1 << 64) - 1):016x}")  # far
    index.add(4, f"{base ^ (0b111 << 61):016x}")  # 3 bits away
    assert [k for k, _d in index.similar(base)] == [1, 4, 2]
    assert index.pairs() == [(1, 2), (1, 4)]  # 2 and 4 are 9 bits apart, linked through 1
    assert similar.clusters(index.pairs()) == [[1, 2, 4]]


# --- code replacements ---

def test_code_expansion_photo_mechanic_style():
    table = {"rk": "مهدی رضوی‌کیا، مدیر روابط عمومی", "th": "تهران"}
    assert codes.expand(r"\rk\ در \th\ سخن گفت", table) == "مهدی رضوی‌کیا، مدیر روابط عمومی در تهران سخن گفت"
    assert codes.expand(r"\RK\ ", table) == "مهدی رضوی‌کیا، مدیر روابط عمومی "
    assert codes.expand(r"C:\unknown\path", table) == r"C:\unknown\path"
    assert codes.expand("=rk=", table) == "=rk="


def test_code_file_tab_and_csv(tmp_path):
    tsv = tmp_path / "codes.txt"
    tsv.write_text('rk\tمهدی رضوی‌کیا، مدیر روابط عمومی\nbad line\nth\t"تهران"\n', "utf-8")
    pairs, problems = codes.read_code_file(tsv)
    assert pairs == [("rk", "مهدی رضوی‌کیا، مدیر روابط عمومی"), ("th", '"تهران"')]
    assert len(problems) == 1 and ":2:" in problems[0]
    csv_file = tmp_path / "codes.csv"
    csv_file.write_text('code,expansion\nrk,"رضوی‌کیا، مدیر"\n', "utf-8-sig")
    assert codes.read_code_file(csv_file) == ([("rk", "رضوی‌کیا، مدیر")], [])


# --- sources and zip safety ---

def test_zip_entries_that_escape_or_link_are_refused(tmp_path):
    path = tmp_path / "photos.zip"
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("event/a.jpg", pf.jpeg_bytes((32, 32)))
        z.writestr("../escape.jpg", pf.jpeg_bytes((32, 32)))
        z.writestr("/abs.jpg", pf.jpeg_bytes((32, 32)))
        z.writestr("C:/drive.jpg", pf.jpeg_bytes((32, 32)))
        link = zipfile.ZipInfo("link.jpg")
        link.create_system = 3
        link.external_attr = (0o120777 << 16)
        z.writestr(link, "/etc/passwd")
        z.writestr("__MACOSX/event/._a.jpg", b"junk")
        z.writestr("notes.txt", b"not a photo")
    found = find_sources([path])
    assert [s.member for s in found.sources] == ["event/a.jpg"]
    assert read_source(found.sources[0])[:3] == b"\xff\xd8\xff"
    refused = {r.display.split("!/")[1]: r.message for r in found.refused}
    assert "'..'" in refused["../escape.jpg"]
    assert "absolute" in refused["/abs.jpg"] and "absolute" in refused["C:/drive.jpg"]
    assert "symbolic link" in refused["link.jpg"]
    assert [s.split("!/")[1] for s in found.skipped] == ["notes.txt"]


def test_zip_bomb_entries_are_refused(tmp_path):
    path = tmp_path / "bomb.zip"
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as z:
        z.writestr("huge.jpg", b"\x00" * (50 * 1024 * 1024))
    found = find_sources([path])
    assert found.sources == []
    assert "zip bomb" in found.refused[0].message
