"""Tagging a batch or some of its photos: inheritance, vocabularies, code replacements, the audit log."""

from __future__ import annotations

import pytest

import photo_factory as pf
from press_archive.services import photos
from press_archive.services.records import add_record
from press_archive.storage import audit
from press_archive.storage.outbox import live_uids
from press_archive.storage.schema import RECORD_TABLES

# Behaviour, not SQLite: these run on a folder archive and on a server archive.
ARCHIVE_BACKENDS = ("folder", "server")


@pytest.fixture
def batch(archive, tmp_path):
    src = tmp_path / "e"
    for i in range(4):
        pf.camera_jpeg(src / f"{i}.jpg", seed=i, taken=f"2016:03:19 10:3{i}:00")
    report = photos.import_photos(archive, [src], ref="PB", keywords=["شهرداری"])
    return report.batch_id, report.photo_ids


def _photo(archive, photo_id):
    return photos.get_photos(archive, [photo_id])[0]


def _shown(archive, photo_id):
    row = _photo(archive, photo_id)
    return photos.effective_fields(row, photos.get_batch(archive, row["batch_id"]))


def test_whole_batch_tagging_is_inherited(archive, batch):
    batch_id, ids = batch
    result = photos.tag_photos(archive, "PB", add=["نشست خبری", "مترو"], remove=["شهرداری"], caption="نشست خبری شهردار",
                               photographer="مهدی رضوی", place="تالار شهر", add_people=["شهردار"])
    assert result.batch_changed and result.photos_changed == []
    b = photos.get_batch(archive, batch_id)
    assert b["keywords"] == ["نشست خبری", "مترو"] and b["caption"] == "نشست خبری شهردار" and b["people"] == ["شهردار"]
    for photo_id in ids:
        shown = _shown(archive, photo_id)
        assert shown["keywords"] == ["نشست خبری", "مترو"] and shown["place"] == "تالار شهر"
    entry = audit.entries(archive.db, "photo_batch", batch_id)[0]
    assert entry["action"] == "edit" and entry["before"]["keywords"] == ["شهرداری"]
    assert result.changes.edited == {"photo_batch": [batch_id]}
    # photos that inherit everything are found through their batch, not indexed one by one
    assert not any(uid.startswith("photo:") for uid in live_uids(archive.db, RECORD_TABLES))


def test_tagging_some_photos_gives_them_their_own_text(archive, batch):
    batch_id, ids = batch
    result = photos.tag_photos(archive, batch_id, [ids[0], ids[1]], add=["سخنرانی"], caption="شهردار در حال سخنرانی",
                               rating=4, picked=True)
    assert sorted(result.photos_changed) == sorted(ids[:2]) and not result.batch_changed
    first = _photo(archive, ids[0])
    assert first["keywords"] == ["شهرداری", "سخنرانی"] and first["caption"] == "شهردار در حال سخنرانی"
    assert first["rating"] == 4 and first["picked"] == 1
    assert _photo(archive, ids[2])["keywords"] == []  # untouched: still inherits
    assert f"photo:{ids[0]}" in live_uids(archive.db, RECORD_TABLES)
    assert audit.entries(archive.db, "photo", ids[0])[0]["after"]["rating"] == 4
    # a later whole-batch change reaches the photos' own lists too
    photos.tag_photos(archive, batch_id, add=["مترو"], remove=["شهرداری"])
    assert _photo(archive, ids[0])["keywords"] == ["سخنرانی", "مترو"]
    assert _shown(archive, ids[2])["keywords"] == ["مترو"]
    # removing the extra keyword again makes the photo inherit
    photos.tag_photos(archive, batch_id, [ids[0]], remove=["سخنرانی"], caption="")
    first = _photo(archive, ids[0])
    assert first["keywords"] == [] and first["caption"] is None


def test_a_photo_cannot_drop_every_inherited_keyword(archive, batch):
    batch_id, ids = batch
    result = photos.tag_photos(archive, batch_id, [ids[0]], remove=["شهرداری"])
    assert result.photos_changed == [] and "remove them from the batch" in result.notes[0]


def test_rating_and_pick_on_the_whole_batch(archive, batch):
    batch_id, ids = batch
    result = photos.tag_photos(archive, batch_id, rating=3, picked=True)
    assert sorted(result.photos_changed) == sorted(ids)
    assert {(_photo(archive, i)["rating"], _photo(archive, i)["picked"]) for i in ids} == {(3, 1)}
    assert photos.photo_ids(archive, batch_id, picked=True, min_rating=3) == photos.photo_ids(archive, batch_id)


def test_event_title_and_bad_calls(archive, batch, tmp_path):
    batch_id, ids = batch
    add_record(archive, "events", {"ref": "EV", "kind": "ceremony", "title": "افتتاح", "date": "1394/12/29"})
    photos.tag_photos(archive, batch_id, event_ref="EV", title="افتتاح مترو")
    b = photos.get_batch(archive, batch_id)
    assert b["event_ref"] == "EV" and b["title"] == "افتتاح مترو"
    photos.tag_photos(archive, batch_id, event_ref="")
    assert photos.get_batch(archive, batch_id)["event_ref"] is None
    with pytest.raises(photos.PhotoError, match="no event"):
        photos.tag_photos(archive, batch_id, event_ref="missing")
    with pytest.raises(photos.PhotoError, match="no photo batch"):
        photos.tag_photos(archive, "nope", add=["x"])
    with pytest.raises(photos.PhotoError, match="nothing to change"):
        photos.tag_photos(archive, batch_id)
    with pytest.raises(photos.PhotoError, match="rating"):
        photos.tag_photos(archive, batch_id, rating=9)
    with pytest.raises(photos.PhotoError, match="whole batch"):
        photos.tag_photos(archive, batch_id, [ids[0]], title="x")
    pf.camera_jpeg(tmp_path / "other" / "x.jpg", seed=99)
    other = photos.import_photos(archive, [tmp_path / "other"])
    with pytest.raises(photos.PhotoError, match=f"belongs to batch {other.batch_id}"):
        photos.tag_photos(archive, batch_id, other.photo_ids, add=["x"])
    with pytest.raises(photos.PhotoError, match="no photo with id 9999"):
        photos.tag_photos(archive, batch_id, [9999], add=["x"])


def test_vocabularies_and_type_ahead(archive, batch):
    batch_id, ids = batch
    photos.tag_photos(archive, batch_id, add=["مترو", "مترو تهران"], add_people=["محمدباقر قالیباف"],
                      place="ایستگاه مترو")
    assert photos.keyword_suggestions(archive, "متر") == ["مترو", "مترو تهران"]  # as many uses: by name
    photos.tag_photos(archive, batch_id, remove=["مترو"])
    assert photos.keyword_suggestions(archive, "متر") == ["مترو تهران", "مترو"]  # most used first
    photos.tag_photos(archive, batch_id, [ids[1], ids[2]], add=["خط ۷"])
    assert archive.db.execute("SELECT uses FROM keywords WHERE name = 'خط ۷'").fetchone()[0] == 2
    assert photos.keyword_suggestions(archive, "%") == []
    assert photos.people_suggestions(archive, "محمد") == ["محمدباقر قالیباف"]
    assert photos.place_suggestions(archive, "") == ["ایستگاه مترو"]


def test_code_replacements(archive, batch, tmp_path):
    batch_id, ids = batch
    photos.set_code_replacement(archive, "rk", "مهدی رضوی‌کیا، مدیر روابط عمومی")
    photos.set_code_replacement(archive, "\\th\\", "تهران")
    assert photos.code_replacements(archive) == {"rk": "مهدی رضوی‌کیا، مدیر روابط عمومی", "th": "تهران"}
    assert photos.expand_codes(archive, r"\rk\ در \th\ ") == "مهدی رضوی‌کیا، مدیر روابط عمومی در تهران "
    photos.tag_photos(archive, batch_id, [ids[0]], caption=r"سخنرانی \rk\ در \th\ ", photographer=r"\th\ عکس")
    row = _photo(archive, ids[0])
    assert row["caption"] == "سخنرانی مهدی رضوی‌کیا، مدیر روابط عمومی در تهران"
    assert row["photographer"] == "تهران عکس"
    with pytest.raises(photos.PhotoError, match="code"):
        photos.set_code_replacement(archive, "has space", "x")
    photos.set_code_replacement(archive, "th", "")
    assert "th" not in photos.code_replacements(archive)
    codes_file = tmp_path / "codes.txt"
    codes_file.write_text("sh\tشهرداری تهران\nbroken\n", "utf-8")
    count, problems = photos.import_code_replacements(archive, codes_file)
    assert count == 1 and len(problems) == 1
    assert photos.code_replacements(archive)["sh"] == "شهرداری تهران"


def test_several_codes_are_stored_together_or_not_at_all(archive):
    """The window's code editor saves its table at once: a refused code keeps the others out too."""
    photos.set_code_replacement(archive, "old", "قدیمی")
    with pytest.raises(photos.PhotoError, match="code"):
        photos.set_code_replacements(archive, {"th": "تهران", "old": None, "has space": "x"})
    assert photos.code_replacements(archive) == {"old": "قدیمی"}
    photos.set_code_replacements(archive, {"th": "تهران", "old": None})
    assert photos.code_replacements(archive) == {"th": "تهران"}


def test_text_is_cleaned_of_bidi_overrides(archive, batch):
    batch_id, ids = batch
    photos.tag_photos(archive, batch_id, caption="\u202eشرح\u202c  عکس", add=["\u2067کلید\u2069"])
    b = photos.get_batch(archive, batch_id)
    assert b["caption"] == "شرح  عکس" and "کلید" in b["keywords"]


def test_a_tag_change_is_one_value_object(archive, batch):
    """The CLI and the GUI hand one TagChange; the keyword form stays for older callers."""
    batch_id, ids = batch
    change = photos.TagChange(add=["سخنرانی"], caption="شهردار", rating=2)
    result = photos.tag_photos(archive, batch_id, [ids[0]], change)
    first = _photo(archive, ids[0])
    assert result.photos_changed == [ids[0]] and first["caption"] == "شهردار" and first["rating"] == 2
    with pytest.raises(photos.PhotoError, match="either a TagChange or its fields"):
        photos.tag_photos(archive, batch_id, [ids[0]], change, rating=3)
    with pytest.raises(photos.PhotoError, match="unknown tagging field"):
        photos.tag_photos(archive, batch_id, [ids[0]], colour="red")
