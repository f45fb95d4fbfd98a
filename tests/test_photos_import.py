"""Importing photo batches: copies verified and read-only, thumbnails, metadata, dates, duplicates, batches."""

from __future__ import annotations

import json
import stat
import threading
import zipfile

import pytest
from PIL import Image

import photo_factory as pf
from press_archive.media import store
from press_archive.services import documents, photos
from press_archive.services.records import add_record
from press_archive.storage import audit

ARCHIVE_BACKENDS = ("folder", "server")  # about behaviour: both kinds of archive


def _rows(archive, report):
    return photos.get_photos(archive, photos.photo_ids(archive, report.batch_id, order_by="name"))


def test_import_folder_copies_hashes_and_thumbnails(archive, tmp_path):
    src = tmp_path / "event"
    for i in range(3):
        pf.camera_jpeg(src / f"IMG_{i:04d}.JPG", seed=i, taken=f"2016:03:1{7 + i} 10:30:00")
    pf.write(src / "sub" / "deeper.png", pf.png_bytes((300, 200), seed=7))
    before = pf.snapshot(tmp_path, exclude=pf.archive_parts(archive))

    report = photos.import_photos(archive, [src], title="نشست خبری شهردار", photographer="مهدی رضوی",
                                  keywords="شهرداری، نشست خبری")

    assert (report.imported, report.duplicates, report.rejected, report.exit_code) == (4, 0, 0, 0)
    assert pf.snapshot(tmp_path, exclude=pf.archive_parts(archive)) == before  # sources untouched, nothing written outside
    batch = photos.get_batch(archive, report.batch_id)
    assert batch["title"] == "نشست خبری شهردار"
    assert batch["photographer"] == "مهدی رضوی"
    assert batch["keywords"] == ["شهرداری", "نشست خبری"]
    assert batch["date"] == "2016-03-17"  # the earliest capture date
    rows = _rows(archive, report)
    assert [r["original_name"] for r in rows] == ["IMG_0000.JPG", "IMG_0001.JPG", "IMG_0002.JPG", "deeper.png"]
    for row in rows:
        original = photos.original_path(archive, row)
        assert original.read_bytes() == next(src.rglob(row["original_name"])).read_bytes()
        assert store.hash_file(original) == row["sha256"]
        assert original.name == row["sha256"] + (".jpg" if row["format"] == "JPEG" else ".png")
        assert original.parent.name == row["sha256"][:2]
        assert not original.stat().st_mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH)
        for size in (256, 1024):
            with Image.open(photos.thumbnail_path(archive, row, size)) as thumb:
                assert thumb.format == "JPEG" and max(thumb.size) <= size
    first = rows[0]
    assert first["captured_at"] == "2016-03-17T10:30:00" and first["date"] == "2016-03-17"
    assert first["camera"] == "Canon EOS 5D Mark IV" and first["lens"] == "EF24-70mm"
    assert (first["width"], first["height"]) == (900, 600)
    assert rows[3]["captured_at"] is None and rows[3]["date"] == "2016-03-17"  # the batch's date
    assert rows[3]["format"] == "PNG" and rows[3]["metadata"]["source"].endswith("sub/deeper.png")
    assert list(archive.layout.tmp_dir.iterdir()) == []
    assert report.changes.added == {"photo_batch": [report.batch_id], "photo": report.photo_ids}
    assert audit.entries(archive.db, "photo_batch", report.batch_id)[0]["action"] == "import"


def test_counters_and_outbox_follow_the_import(archive, tmp_path):
    src = tmp_path / "e"
    pf.camera_jpeg(src / "a.jpg", seed=1, taken="2016:03:19 10:00:00")
    pf.camera_jpeg(src / "b.jpg", seed=2, taken="2016:03:20 10:00:00")
    report = photos.import_photos(archive, [src])
    counts = dict(((d, m), n) for d, m, n in archive.db.execute("SELECT day, metric, n FROM day_counts"))
    assert counts[("2016-03-19", "photos")] == 1 and counts[("2016-03-20", "photos")] == 1
    assert counts[("2016-03-19", "photo_batches")] == 1
    logged = {(t, r) for t, r in archive.db.execute("SELECT type, record_id FROM change_log")}
    assert ("photo_batch", report.batch_id) in logged


def test_date_option_and_photos_without_capture_time(archive, tmp_path):
    src = tmp_path / "e"
    pf.make_jpeg(src / "no-exif.jpg", seed=1)
    report = photos.import_photos(archive, [src], date="۱۳۹۴/۱۲/۲۹")
    batch = photos.get_batch(archive, report.batch_id)
    assert batch["date"] == "2016-03-19"
    assert _rows(archive, report)[0]["date"] == "2016-03-19"


def test_bad_date_and_unknown_event_are_unusable_calls(archive, tmp_path):
    src = tmp_path / "e"
    pf.make_jpeg(src / "a.jpg")
    with pytest.raises(photos.PhotoError, match="--date"):
        photos.import_photos(archive, [src], date="1403/12/31")
    with pytest.raises(photos.PhotoError, match="no event with ref 'nope'"):
        photos.import_photos(archive, [src], event_ref="nope")
    with pytest.raises(photos.PhotoError, match="no such file or folder"):
        photos.import_photos(archive, [tmp_path / "missing"])
    assert archive.db.execute("SELECT count(*) FROM photos").fetchone()[0] == 0
    assert archive.db.execute("SELECT count(*) FROM photo_batches").fetchone()[0] == 0


def test_event_link_and_ref(archive, tmp_path):
    add_record(archive, "events", {"ref": "EV-1", "kind": "press_conference", "title": "نشست", "date": "1394/12/29"})
    src = tmp_path / "e"
    pf.camera_jpeg(src / "a.jpg")
    report = photos.import_photos(archive, [src], event_ref="EV-1", ref="PB-1")
    batch = photos.get_batch(archive, "PB-1")
    assert batch["id"] == report.batch_id and batch["event_ref"] == "EV-1"
    assert report.as_dict()["batch"] == {"id": report.batch_id, "ref": "PB-1"}


def test_adding_to_a_batch_by_ref(archive, tmp_path):
    pf.camera_jpeg(tmp_path / "day1" / "a.jpg", seed=1)
    pf.camera_jpeg(tmp_path / "day2" / "b.jpg", seed=2)
    first = photos.import_photos(archive, [tmp_path / "day1"], ref="R")
    second = photos.import_photos(archive, [tmp_path / "day2"], ref="R", keywords=["افتتاح"])
    assert first.batch_id == second.batch_id and first.batch_created and not second.batch_created
    assert photos.batch_photo_count(archive, first.batch_id) == 2
    assert photos.get_batch(archive, "R")["keywords"] == ["افتتاح"]


def test_exact_duplicates_are_reported_and_not_stored_twice(archive, tmp_path):
    src = tmp_path / "e"
    pf.camera_jpeg(src / "a.jpg", seed=1)
    (src / "copy-of-a.jpg").write_bytes((src / "a.jpg").read_bytes())
    report = photos.import_photos(archive, [src])
    assert (report.imported, report.duplicates, report.exit_code) == (1, 1, 0)
    again = photos.import_photos(archive, [src])
    assert (again.imported, again.duplicates, again.rejected) == (0, 2, 0)
    assert again.batch_id == report.batch_id  # no empty batch: the one that holds them is named
    assert archive.db.execute("SELECT count(*) FROM photo_batches").fetchone()[0] == 1
    assert {d["photo_id"] for d in again.duplicate_of} == set(report.photo_ids)


def test_same_image_data_and_visual_duplicates_are_stored_but_reported(archive, tmp_path):
    image = pf.picture((800, 600), seed=5)
    pf.write(tmp_path / "one" / "orig.jpg", pf.jpeg_bytes(image=image, quality=92))
    first = photos.import_photos(archive, [tmp_path / "one"])
    # the same JPEG data with other metadata, and the same picture saved smaller
    data = pf.jpeg_bytes(image=image, quality=92, iptc=pf.iptc_fields(caption="edited"))
    pf.write(tmp_path / "two" / "retagged.jpg", data)
    pf.write(tmp_path / "two" / "smaller.jpg", pf.jpeg_bytes(image=image.resize((400, 300)), quality=70))
    second = photos.import_photos(archive, [tmp_path / "two"])
    assert second.imported == 2 and second.duplicates == 0
    hows = {(s["file"].rsplit("/", 1)[1], s["similar_to"]): s["how"] for s in second.similar}
    assert hows[("retagged.jpg", first.photo_ids[0])] == "same image data"
    assert hows[("smaller.jpg", first.photo_ids[0])].startswith("visually the same")
    groups = photos.find_duplicates(archive)
    kinds = {g.kind: set(g.photo_ids) for g in groups}
    assert first.photo_ids[0] in kinds["same_image_data"]
    assert set(second.photo_ids) | set(first.photo_ids) == kinds["same_image_data"] | kinds["visually_same"]


def test_text_shared_by_the_photos_becomes_the_batchs(archive, tmp_path):
    src = tmp_path / "e"
    for i in range(3):
        pf.camera_jpeg(src / f"{i}.jpg", seed=i, caption="نشست خبری", keywords=["شهرداری", f"k{i}"], byline="عکاس")
    report = photos.import_photos(archive, [src])
    batch = photos.get_batch(archive, report.batch_id)
    assert batch["caption"] == "نشست خبری" and batch["keywords"] == ["شهرداری"]
    rows = _rows(archive, report)
    assert [r["caption"] for r in rows] == [None, None, None]
    # a credit is each photo's own, never the batch's by a majority of its photos
    assert batch["photographer"] is None and [r["photographer"] for r in rows] == ["عکاس"] * 3
    assert [r["keywords"] for r in rows] == [["شهرداری", "k0"], ["شهرداری", "k1"], ["شهرداری", "k2"]]
    assert photos.keyword_suggestions(archive, "k") == ["k0", "k1", "k2"]


def test_zip_import_and_persian_names(archive, tmp_path):
    path = tmp_path / "عکس‌ها.zip"
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("نشست/عکس ۱.jpg", pf.jpeg_bytes((300, 200), seed=1))
        z.writestr("نشست/عکس ۲.jpg", pf.jpeg_bytes((300, 200), seed=2))
        z.writestr("../../evil.jpg", pf.jpeg_bytes((300, 200), seed=3))
    report = photos.import_photos(archive, [path])
    assert (report.imported, report.rejected, report.exit_code) == (2, 1, 1)
    assert sorted(r["original_name"] for r in _rows(archive, report)) == ["عکس ۱.jpg", "عکس ۲.jpg"]
    assert photos.get_batch(archive, report.batch_id)["title"] == "عکس‌ها"
    assert "evil.jpg" in report.errors[0].file and "escape" in report.errors[0].message
    assert not (tmp_path / "evil.jpg").exists() and not (archive.root.parent / "evil.jpg").exists()


def test_zip_without_the_utf8_flag_keeps_persian_names(archive, tmp_path):
    path = tmp_path / "old-tool.zip"
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("عکس.jpg", pf.jpeg_bytes((100, 80), seed=4))
    raw = bytearray(path.read_bytes())
    for header, offset in ((b"PK\x03\x04", 6), (b"PK\x01\x02", 8)):  # clear the UTF-8 flag, as old tools leave it
        at = raw.find(header)
        raw[at + offset + 1] &= ~0x08
    path.write_bytes(bytes(raw))
    with zipfile.ZipFile(path) as z:
        assert z.namelist() != ["عکس.jpg"]
    report = photos.import_photos(archive, [path])
    assert report.imported == 1
    assert photos.get_photos(archive, report.photo_ids)[0]["original_name"] == "عکس.jpg"


def test_progress_and_cancel(archive, tmp_path):
    src = tmp_path / "e"
    for i in range(8):
        pf.make_jpeg(src / f"{i}.jpg", (200, 150), seed=i)
    stop = threading.Event()
    seen = []

    def progress(p):
        seen.append(p)
        if p.done == 3:
            stop.set()

    report = photos.import_photos(archive, [src], workers=1, progress=progress, cancel=stop)
    assert report.cancelled and report.exit_code == 1
    assert 3 <= report.imported < 8 and report.not_processed == 8 - len(seen)
    assert seen[0].total == 8 and seen[-1].done == len(seen)
    assert photos.batch_photo_count(archive, report.batch_id) == report.imported
    # running it again finishes the same batch
    rest = photos.import_photos(archive, [src])
    assert rest.batch_id == report.batch_id and rest.resumed
    assert rest.imported == 8 - report.imported and rest.duplicates == report.imported
    assert photos.batch_photo_count(archive, report.batch_id) == 8


def test_json_report_shape(archive, tmp_path):
    src = tmp_path / "e"
    pf.make_jpeg(src / "a.jpg")
    pf.write(src / "b.jpg", b"")
    data = photos.import_photos(archive, [src]).as_dict()
    json.dumps(data)
    assert {"batch", "imported", "duplicates", "rejected", "errors"} <= set(data)
    assert set(data["batch"]) == {"id", "ref"}
    assert data["errors"] == [{"file": str(src / "b.jpg"), "message": "not an image: the file is empty (0 bytes)"}]


def test_search_documents(archive, tmp_path):
    src = tmp_path / "e"
    pf.camera_jpeg(src / "a.jpg", seed=1)
    report = photos.import_photos(archive, [src], title="افتتاح مترو", photographer="عکاس", keywords=["مترو"], ref="PB")
    batch = photos.get_batch(archive, report.batch_id)
    doc = documents.photo_batch_document(batch)
    assert doc["uid"] == f"photo_batch:{batch['id']}" and doc["type"] == "photo_batch" and doc["ref"] == "PB"
    assert doc["tags"] == ["مترو"] and doc["photographer"] == "عکاس" and doc["language"] == "fa"
    assert doc["date_iso"] == "2016-03-19" and doc["speakers"] == [] and doc["kind"] is None
    photo = photos.get_photos(archive, report.photo_ids)[0]
    pdoc = documents.photo_document(photo, batch)
    assert pdoc["uid"] == f"photo:{photo['id']}" and pdoc["tags"] == ["مترو"] and "افتتاح مترو" in pdoc["title"]


def test_the_known_hashes_handed_to_the_decoders_come_sorted_from_the_database(archive, tmp_path):
    """The workers search the known hashes by halves; the database sorts them (no sort in the interpreter,
    which held the window's thread for a tenth of a second on 850,000 photos)."""
    from press_archive.media import worker
    from press_archive.storage import photos as db_photos

    for i in range(6):
        pf.make_jpeg(tmp_path / "p" / f"IMG_{i:04d}.JPG", seed=40 + i)
    photos.import_photos(archive, [tmp_path / "p"], workers=0)
    hashes = list(db_photos.all_sha256(archive.db))
    assert len(hashes) >= 5 and hashes == sorted(hashes)
    out = tmp_path / "known"
    worker.write_known_hashes(str(out), db_photos.all_sha256(archive.db))
    data = out.read_bytes()
    digests = [data[i:i + 32] for i in range(0, len(data), 32)]
    assert digests == sorted(bytes.fromhex(h) for h in hashes)
