"""What every part of the photo service shares: the error of an unusable call, text cleaning, batch lookup
and what a photo shows (its own values, else its batch's)."""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date as _date

from press_archive.domain.messages import said
from press_archive.domain.persian_text import clean_user_text
from press_archive.domain.records import split_list
from press_archive.services.archive import Archive, now_utc
from press_archive.storage import audit, settings
from press_archive.storage import photos as db_photos
from press_archive.storage.database import write_transaction

# One decoder more than there are cores: each waits on the disk (the fsync of its copy) part of the time.
# (500 24 MP frames on 2 cores: 47 s with 2 workers, 43 s with 3.)
DEFAULT_WORKERS = min(8, (os.cpu_count() or 1) + 1)


class PhotoError(ValueError):
    """An unusable call (unknown batch, bad date, no exiftool...): nothing was changed."""


# --- small helpers ---------------------------------------------------------------------------------------

def one_line(value) -> str | None:
    """One line of user text: cleaned (no bidi overrides or control characters), spaces collapsed."""
    if value is None:
        return None
    text = " ".join(clean_user_text(str(value)).split())
    return text or None


def long_text(value) -> str | None:
    if value is None:
        return None
    text = clean_user_text(str(value)).strip()
    return text or None


def name_list(values) -> list[str]:
    """A list of names from a list or from text split on ',' and '،'; cleaned, duplicates dropped."""
    if values is None:
        return []
    if isinstance(values, str):
        values = [values]
    out: list[str] = []
    for value in values:
        for item in split_list(str(value)):
            item = one_line(item)
            if item and item not in out:
                out.append(item)
    return out


def apply_changes(current: list[str], add: Sequence[str], remove: Sequence[str]) -> list[str]:
    kept = [k for k in current if k not in remove]
    return kept + [k for k in add if k not in kept and k not in remove]


def today() -> str:
    return _date.today().isoformat()


def cancel_check(cancel) -> Callable[[], bool]:
    if cancel is None:
        return lambda: False
    if hasattr(cancel, "is_set"):
        return cancel.is_set
    return cancel


def resolve_batch(archive: Archive, id_or_ref, *, allow_deleted: bool = False) -> dict:
    """A photo batch by numeric id or by ref; PhotoError when there is none."""
    row = None
    if isinstance(id_or_ref, int) or (isinstance(id_or_ref, str) and id_or_ref.strip().isdigit()):
        row = db_photos.get_batch(archive.db, int(id_or_ref))
    if row is None and isinstance(id_or_ref, str):
        row = db_photos.get_batch_by_ref(archive.db, id_or_ref.strip())
    if row is None:
        raise PhotoError(said("no photo batch with id or ref {batch!r}", batch=id_or_ref))
    if row["deleted_at"] and not allow_deleted:
        raise PhotoError(said("photo batch {batch!r} is in the trash; restore it first", batch=id_or_ref))
    return row


def event_id_for(archive: Archive, ref: str) -> int:
    event_id = db_photos.event_id_for_ref(archive.db, ref)
    if event_id is None:
        raise PhotoError(said("no event with ref {ref!r} (import or add the event first)", ref=ref))
    return event_id


# --- what a photo shows ----------------------------------------------------------------------------------

def effective_fields(photo: dict, batch: dict | None) -> dict:
    """What a photo shows: its own caption, keywords, photographer, place and people, else its batch's."""
    batch = batch or {}
    return {
        "title": (photo.get("metadata") or {}).get("title") or batch.get("title"),  # its own title first
        "caption": photo.get("caption") or batch.get("caption"),
        "keywords": list(photo.get("keywords") or batch.get("keywords") or []),
        "photographer": photo.get("photographer") or batch.get("photographer"),
        "place": photo.get("place") or batch.get("place"),
        "people": list(photo.get("people") or batch.get("people") or []),
        "date": photo.get("captured_at") or photo.get("date"),
        "event_ref": batch.get("event_ref"),
    }


def own_value(value, inherited):
    return None if not value or value == inherited else value


def own_list(values: list[str], inherited: list[str]) -> list[str]:
    """A photo's own list: empty when it says no more than its batch (then it inherits)."""
    if not values or set(values) <= set(inherited or []):
        return []
    return list(inherited or []) + [v for v in values if v not in (inherited or [])]


@dataclass
class FileProblem:
    file: str
    message: str

    def as_dict(self) -> dict:
        return {"file": self.file, "message": self.message}

    def as_line(self) -> str:
        return f"{self.file}: {self.message}"


LEGACY_CHARSET_KEY = "legacy_iptc_charset"


def legacy_charset(archive: Archive) -> str:
    """How this archive reads IPTC and EXIF text that does not say its encoding: "auto" (Arabic Windows
    cp1256 told apart from Western cp1252 by the bytes), "cp1256" or "cp1252"."""
    from press_archive.media.metadata import LEGACY_CHARSETS

    value = settings.get(archive.db, LEGACY_CHARSET_KEY, "auto")
    return value if value in LEGACY_CHARSETS else "auto"


def set_legacy_charset(archive: Archive, value: str) -> None:
    from press_archive.media.metadata import LEGACY_CHARSETS

    value = (value or "").strip().lower().replace("windows-", "cp")
    if value not in LEGACY_CHARSETS:
        raise PhotoError(f"legacy charset {value!r}: use one of {', '.join(LEGACY_CHARSETS)}")
    before = legacy_charset(archive)
    if before == value:
        return
    with write_transaction(archive.db):
        settings.put(archive.db, LEGACY_CHARSET_KEY, value)
        audit.append(archive.db, at=now_utc(), user=archive.user, action="edit", type_="setting",
                     before={LEGACY_CHARSET_KEY: before}, after={LEGACY_CHARSET_KEY: value})
