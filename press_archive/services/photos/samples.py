"""Sample photo batches for a newcomer's archive."""

from __future__ import annotations

from pathlib import Path

from press_archive.services.archive import Archive
from press_archive.services.photos.common import PhotoError
from press_archive.services.photos.importing import import_photos
from press_archive.services.photos.tagging import tag_photos

# Sample batches for a newcomer: (event ref, title, photographer, keywords, place, frames, taken).
_SAMPLE_BATCHES = (
    ("ev-0001", "نشست خبری شهردار با اصحاب رسانه", "نگار صالحی", ["نشست خبری", "شهردار", "روز ارتباطات"],
     "تالار اجتماعات شورای اسلامی شهر", 8, "2022-05-17T10:00:00"),
    ("ev-0003", "آیین افتتاح بوستان محله‌ای نسترن", "کاوه رستمی", ["افتتاح", "بوستان", "منطقهٔ ۴"],
     "بوستان نسترن", 6, "2022-12-11T09:30:00"),
    ("ev-0012", "آیین تحویل سال در مرکز سامانهٔ ۱۳۷", "نگار صالحی", ["نوروز", "سامانهٔ ۱۳۷", "بین‌الملل"],
     "مرکز سامانهٔ ۱۳۷ شهرداری", 6, "2025-03-21T08:00:00"),
)


def load_sample_photos(archive: Archive) -> int:
    """Import a few drawn frames as photo batches linked to the sample events; returns photos imported."""
    import tempfile
    from datetime import datetime

    from press_archive.media.sample_frames import write_sample_frames

    total = 0
    with tempfile.TemporaryDirectory(prefix="press-sample-") as tmp:
        for n, (event_ref, title, photographer, keywords, place, count, taken) in enumerate(_SAMPLE_BATCHES):
            folder = Path(tmp) / f"batch-{n}"
            write_sample_frames(folder, count, datetime.fromisoformat(taken), seed=n)
            try:
                report = import_photos(archive, [folder], title=title, photographer=photographer, keywords=keywords,
                                       event_ref=event_ref, ref=f"sample-batch-{n + 1}", workers=1)
            except PhotoError:
                continue  # the sample without its events: keep the records, skip the photos
            tag_photos(archive, report.batch_id, place=place)
            total += report.imported
    return total
