"""The archive a newcomer opens: sample records and photos, linked, searchable and clean."""

from press_archive.services import photos, records
from press_archive.services.care import check_archive
from press_archive.services.search import search


def test_the_sample_archive_has_linked_records_photos_and_passes_check(sample_archive):
    assert records.count(sample_archive, "news") >= 30
    batches = records.list_records(sample_archive, "photo_batches")
    assert len(batches) == 3
    counts = photos.batch_photo_counts(sample_archive, [b["id"] for b in batches])
    assert sum(counts.values()) == 20
    event = records.resolve(sample_archive, "events", "ev-0001")
    dossier = records.event_dossier(sample_archive, event["id"])
    assert dossier["photo_batches"] and dossier["news"]
    assert search(sample_archive, "نوروز", types=["photo_batch"]).total >= 1
    assert check_archive(sample_archive).clean
