"""What the GUI and the CLI read: batches, photo ids and rows, counts, file paths, duplicate groups."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from press_archive.media import store
from press_archive.media.similar import VisualIndex, clusters
from press_archive.services.archive import Archive
from press_archive.services.photos.common import resolve_batch
from press_archive.storage import photos as db_photos

# --- duplicates ------------------------------------------------------------------------------------------

@dataclass
class DuplicateGroup:
    kind: str  # "same_image_data" or "visually_same"
    photos: list[dict]  # id, batch_id, original_name, date, captured_at

    @property
    def photo_ids(self) -> list[int]:
        return [p["id"] for p in self.photos]


def find_duplicates(archive: Archive) -> list[DuplicateGroup]:
    """Photos stored more than once in substance: the same image data under other metadata (or the same
    decoded pixels), or visually the same. Exact copies of the same bytes are never stored twice. Nothing is
    ever deleted automatically."""
    db = archive.db
    scan_groups = db_photos.scan_hash_groups(db)
    group_of = {pid: i for i, ids in enumerate(scan_groups) for pid in ids}
    index = VisualIndex().extend(db_photos.visual_hashes(db))
    pairs = [(a, b) for a, b in index.pairs() if group_of.get(a, -1) != group_of.get(b, -2)]
    found = [("same_image_data", ids) for ids in scan_groups] + [("visually_same", ids) for ids in clusters(pairs)]
    rows = {p["id"]: p for p in db_photos.get_photos(db, sorted({i for _k, ids in found for i in ids}))}
    keys = ("id", "batch_id", "original_name", "date", "captured_at", "width", "height", "size_bytes")
    return [DuplicateGroup(kind, [{k: rows[i][k] for k in keys} for i in ids if i in rows]) for kind, ids in found]


# --- for the GUI -----------------------------------------------------------------------------------------

def get_batch(archive: Archive, id_or_ref) -> dict:
    return resolve_batch(archive, id_or_ref, allow_deleted=True)


def photo_ids(archive: Archive, batch_id: int | None, **query) -> list[int]:
    """Sorted photo ids of a batch (query: order_by captured|date|name|rating|id, descending, picked,
    min_rating, include_deleted, limit, offset). The grid fetches rows for the ids it paints."""
    return db_photos.photo_ids(archive.db, batch_id, **query)


def get_photos(archive: Archive, ids: Sequence[int]) -> list[dict]:
    return db_photos.get_photos(archive.db, ids)


def batch_photo_count(archive: Archive, batch_id: int) -> int:
    return db_photos.batch_photo_count(archive.db, batch_id)


def batch_photo_counts(archive: Archive, batch_ids: Sequence[int]) -> dict[int, int]:
    """Photos in each batch (the trash excluded), for batch lists."""
    return db_photos.batch_photo_counts(archive.db, batch_ids)


def thumbnail_path(archive: Archive, photo_row: dict, size: int = 256) -> Path:
    """The JPEG thumbnail (256) or preview (1024) of a photo; the GUI loads it off the GUI thread."""
    return store.thumbnail_path(archive.layout, photo_row["sha256"], size)


def original_path(archive: Archive, photo_row: dict) -> Path:
    """The original in the archive (read-only: open it, never write it)."""
    return store.original_path(archive.layout, photo_row["stored_path"])


def raw_files(archive: Archive, ids: Sequence[int]) -> dict[int, dict]:
    """photo id -> the raw file shot with its JPEG (sha256, stored_path, original_name, size_bytes, format), for
    the photos of `ids` that have one (RAW+JPEG). A raw file without a twin is the photo's own original."""
    return db_photos.raw_files(archive.db, ids)
