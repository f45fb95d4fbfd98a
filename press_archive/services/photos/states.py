"""A photo's own tag values read as one state and written back exactly: what undo and redo of tagging,
rating and picks need (tag_photos adds and removes; undo must put back what was there, nothing more).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from press_archive.services.archive import Archive, ChangeSet, now_utc
from press_archive.storage import audit
from press_archive.storage import photos as db_photos
from press_archive.storage.database import write_transaction

TAG_FIELDS = ("keywords", "people", "caption", "photographer", "place", "rating", "picked", "rejected")


def photo_states(archive: Archive, ids: Sequence[int]) -> dict[int, dict]:
    """Each photo's own tag values (not those inherited from its batch), by id."""
    return {row["id"]: {name: row.get(name) for name in TAG_FIELDS} for row in db_photos.get_photos(archive.db, ids)}


def restore_photo_states(archive: Archive, states: Mapping[int, dict]) -> ChangeSet:
    """Write these own values back, in one transaction, audited; photos already so are left alone."""
    now, user, db = now_utc(), archive.user, archive.db
    changed_ids: list[int] = []
    with write_transaction(db):
        for photo in db_photos.get_photos(db, list(states)):
            wanted = states[photo["id"]]
            changed = {k: v for k, v in wanted.items() if k in TAG_FIELDS and photo.get(k) != v}
            if not changed:
                continue
            db_photos.update_photo(db, photo["id"], changed, user, now)
            if "keywords" in changed:
                before, after = photo["keywords"] or [], changed["keywords"] or []
                db_photos.bump_vocabulary(db, "keywords", [k for k in after if k not in before])
                db_photos.bump_vocabulary(db, "keywords", [k for k in before if k not in after], -1)
            audit.append(db, at=now, user=user, action="edit", type_="photo", record_id=photo["id"],
                         before={k: photo.get(k) for k in changed}, after=changed)
            changed_ids.append(photo["id"])
    changes = ChangeSet()
    if changed_ids:
        changes.add("edited", "photo", changed_ids)
    return changes


def pick_flag(photo: dict) -> int:
    """1 picked, -1 rejected, 0 neither (a photo is never both)."""
    return 1 if photo.get("picked") else -1 if photo.get("rejected") else 0


def flag_photos(archive: Archive, keep: Sequence[int] = (), reject: Sequence[int] = ()) -> ChangeSet:
    """Keep some photos (picked, no longer rejected) and reject others (rejected, no longer picked), across
    batches, in one audited transaction: what the duplicates view's keep and reject do."""
    states = {i: {"picked": 1, "rejected": None} for i in keep}
    states.update({i: {"picked": 0, "rejected": 1} for i in reject if i not in states})
    return restore_photo_states(archive, states)


def trash_photos(archive: Archive, ids: Sequence[int], *, deleted: bool = True) -> ChangeSet:
    """Move single photos to the trash (or back), in one transaction, audited; the original stays on disk
    until the photo is purged, so restoring it loses nothing."""
    now, user, db = now_utc(), archive.user, archive.db
    moved: list[int] = []
    with write_transaction(db):
        for photo in db_photos.get_photos(db, list(ids)):
            if bool(photo.get("deleted_at")) == deleted:
                continue
            db_photos.update_photo(db, photo["id"], {"deleted_at": now if deleted else None,
                                                     "deleted_by": user if deleted else None}, user, now)
            audit.append(db, at=now, user=user, action="delete" if deleted else "restore", type_="photo",
                         record_id=photo["id"])
            moved.append(photo["id"])
    changes = ChangeSet()
    if moved:
        changes.add("deleted" if deleted else "added", "photo", moved)
    return changes
