"""Tagging a whole batch or some of its photos, in one audited transaction."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from press_archive.media import codes as code_rules
from press_archive.services.archive import Archive, ChangeSet, now_utc
from press_archive.services.photos.common import (
    PhotoError,
    apply_changes,
    event_id_for,
    long_text,
    name_list,
    one_line,
    own_value,
    resolve_batch,
)
from press_archive.storage import audit
from press_archive.storage import photos as db_photos
from press_archive.storage.database import write_transaction


@dataclass(frozen=True)
class TagChange:
    """One tagging request: None leaves a field as it is; "" clears it (a photo then shows its batch's value).

    `title` and `event_ref` ("" unlinks) belong to the whole batch. Codes such as `\\rk\\` are expanded
    unless `expand` is False.
    """

    add: Sequence[str] = ()
    remove: Sequence[str] = ()
    caption: str | None = None
    photographer: str | None = None
    place: str | None = None
    add_people: Sequence[str] = ()
    remove_people: Sequence[str] = ()
    title: str | None = None
    event_ref: str | None = None
    rating: int | None = None
    picked: bool | None = None
    rejected: bool | None = None  # a reject takes the pick away, a pick the reject
    photo_title: str | None = None  # the photos' own title (IPTC ObjectName, dc:title); "" gives back the batch's
    expand: bool = True


@dataclass
class _Cleaned:
    """A TagChange with codes expanded, text cleaned and the event resolved."""

    add: list[str]
    remove: list[str]
    add_people: list[str]
    remove_people: list[str]
    texts: dict  # caption, photographer, place: None unchanged, "" cleared
    title: str | None
    event_id: object  # _UNCHANGED, None (unlink) or an id
    rating: int | None
    picked: bool | None
    rejected: bool | None
    photo_title: str | None

    def is_empty(self) -> bool:
        return not (self.add or self.remove or self.add_people or self.remove_people
                    or any(v is not None for v in self.texts.values()) or self.title is not None
                    or self.event_id is not _UNCHANGED or self.rating is not None or self.picked is not None
                    or self.rejected is not None or self.photo_title is not None)


@dataclass
class TagResult:
    batch_id: int
    batch_changed: bool = False
    photos_changed: list[int] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    changes: ChangeSet = field(default_factory=ChangeSet)


_UNCHANGED = object()


def _own_after_edit(values: list[str], inherited: list[str]) -> list[str]:
    return [] if set(values) == set(inherited or []) else values


def _clean(archive: Archive, change: TagChange) -> _Cleaned:
    replacements = db_photos.code_replacements(archive.db) if change.expand else {}

    def x(text):
        return code_rules.expand(text, replacements) if text else text

    def names(values):
        return name_list([x(k) for k in ([values] if isinstance(values, str) else values or ())])

    def text(value, clean):
        return None if value is None else (clean(x(value)) or "")

    rating = change.rating
    if rating is not None and (isinstance(rating, bool) or not isinstance(rating, int) or not 0 <= rating <= 5):
        raise PhotoError(f"rating must be a whole number from 0 to 5, not {rating!r}")
    if change.picked and change.rejected:
        raise PhotoError("a photo cannot be picked and rejected at once")
    event_id = _UNCHANGED
    if change.event_ref is not None:
        event_id = event_id_for(archive, change.event_ref.strip()) if change.event_ref.strip() else None
    return _Cleaned(
        add=names(change.add), remove=names(change.remove),
        add_people=names(change.add_people), remove_people=names(change.remove_people),
        texts={"caption": text(change.caption, long_text), "photographer": text(change.photographer, one_line),
               "place": text(change.place, one_line)},
        title=text(change.title, one_line), event_id=event_id, rating=rating, picked=change.picked,
        rejected=change.rejected, photo_title=text(change.photo_title, one_line))


def tag_photos(archive: Archive, batch, photo_ids: Sequence[int] | None = None, change: TagChange | None = None,
               **fields) -> TagResult:
    """Tag a whole batch (by id or ref), or only the photos named, in one transaction, audited.

    The change is a TagChange, or its fields as keywords (`add=[...], caption=...`). On a whole batch the
    keywords and people change on the batch and on every photo holding its own list; caption, photographer and
    place change the batch's value (photos with their own keep it); rating and pick apply to every photo.
    """
    if change is None:
        try:
            change = TagChange(**fields)
        except TypeError as e:
            raise PhotoError(f"unknown tagging field: {e}") from None
    elif fields:
        raise PhotoError("give either a TagChange or its fields, not both")
    db = archive.db
    row = resolve_batch(archive, batch)
    wanted = _clean(archive, change)
    ids = None
    if photo_ids is not None:
        ids = list(dict.fromkeys(int(i) for i in photo_ids))
        owners = db_photos.batch_of_photos(db, ids)
        for photo_id in ids:
            if photo_id not in owners:
                raise PhotoError(f"no photo with id {photo_id}")
            if owners[photo_id] != row["id"]:
                raise PhotoError(f"photo {photo_id} belongs to batch {owners[photo_id]}, not to batch {row['id']}")
        if wanted.title is not None or wanted.event_id is not _UNCHANGED:
            raise PhotoError("a title and an event belong to the whole batch: leave out the photo ids")
    if wanted.is_empty():
        raise PhotoError("nothing to change: give keywords to add or remove, a caption, a photographer, a place, "
                         "people, a rating, a pick or a reject")

    result = TagResult(batch_id=row["id"])
    now, user = now_utc(), archive.user
    with write_transaction(db):
        current = db_photos.get_batch(db, row["id"])
        if ids is None:
            _tag_batch(archive, current, result, now, wanted)
            batch_now = db_photos.get_batch(db, row["id"])
            targets = db_photos.get_photos(db, db_photos.photo_ids(db, row["id"]))
        else:
            batch_now = current
            targets = db_photos.get_photos(db, ids)
        for photo in targets:
            changed = _tag_photo(photo, current, batch_now, wanted, whole_batch=ids is None, notes=result.notes)
            if not changed:
                continue
            db_photos.update_photo(db, photo["id"], changed, user, now)
            if ids is not None:
                before_kw = photo["keywords"] or current["keywords"]
                after_kw = changed.get("keywords", photo["keywords"]) or batch_now["keywords"]
                db_photos.bump_vocabulary(db, "keywords", [k for k in after_kw if k not in before_kw])
                db_photos.bump_vocabulary(db, "keywords", [k for k in before_kw if k not in after_kw], -1)
                if changed.get("place"):
                    db_photos.bump_vocabulary(db, "places", [changed["place"]])
            audit.append(db, at=now, user=user, action="edit", type_="photo", record_id=photo["id"],
                         before={k: photo.get(k) for k in changed}, after=changed)
            result.photos_changed.append(photo["id"])
    if result.batch_changed:
        result.changes.add("edited", "photo_batch", [row["id"]])
    if result.photos_changed:
        result.changes.add("edited", "photo", result.photos_changed)
    return result


def _tag_batch(archive: Archive, batch: dict, result: TagResult, now: str, wanted: _Cleaned) -> None:
    db = archive.db
    add, remove, add_people, remove_people = wanted.add, wanted.remove, wanted.add_people, wanted.remove_people
    texts, title, event_id = wanted.texts, wanted.title, wanted.event_id
    new: dict = {}
    keywords = apply_changes(batch["keywords"], add, remove)
    if keywords != batch["keywords"]:
        new["keywords"] = keywords
    people = apply_changes(batch["people"], add_people, remove_people)
    if people != batch["people"]:
        new["people"] = people
    for name, value in list(texts.items()) + [("title", title)]:
        if value is not None and (value or None) != batch.get(name):
            new[name] = value or None
    if event_id is not _UNCHANGED and event_id != batch["event_id"]:
        new["event_id"] = event_id
    if not new:
        return
    db_photos.update_batch(db, batch["id"], new, archive.user, now)
    db_photos.bump_vocabulary(db, "keywords", [k for k in keywords if k not in batch["keywords"]])
    db_photos.bump_vocabulary(db, "keywords", [k for k in batch["keywords"] if k not in keywords], -1)
    db_photos.bump_vocabulary(db, "people", [p for p in people if p not in batch["people"]])
    db_photos.bump_vocabulary(db, "people", [p for p in batch["people"] if p not in people], -1)
    if new.get("place"):
        db_photos.bump_vocabulary(db, "places", [new["place"]])
    db_photos.touch_photos_with_own_text(db, batch["id"], now)
    before = {k: batch.get(k) for k in new}
    after = dict(new)
    if "event_id" in new:
        before["event_ref"] = batch.get("event_ref")
        after["event_ref"] = db_photos.get_batch(db, batch["id"]).get("event_ref")
    audit.append(db, at=now, user=archive.user, action="edit", type_="photo_batch", record_id=batch["id"],
                 before=before, after=after)
    result.batch_changed = True


def _tag_photo(photo: dict, batch_before: dict, batch: dict, wanted: _Cleaned, *, whole_batch: bool,
               notes: list[str]) -> dict:
    changed: dict = {}
    add, remove, add_people, remove_people = wanted.add, wanted.remove, wanted.add_people, wanted.remove_people
    texts, rating, picked = wanted.texts, wanted.rating, wanted.picked
    for column, plus, minus in (("keywords", add, remove), ("people", add_people, remove_people)):
        if not (plus or minus):
            continue
        own = photo[column]
        if whole_batch:
            if not own:
                continue  # it inherits the batch's new list
            values = apply_changes(own, plus, minus)
        else:
            values = apply_changes(own or batch_before[column], plus, minus)
            if not values and batch[column]:
                notes.append(f"photo {photo['id']}: cannot have fewer {column} than none while its batch has some; "
                             f"remove them from the batch instead")
                continue
        values = _own_after_edit(values, batch[column])
        if values != own:
            changed[column] = values
    if not whole_batch:
        for name, value in texts.items():
            if value is None:
                continue
            own = own_value(value, batch.get(name))
            if own != photo.get(name):
                changed[name] = own
    if rating is not None and rating != photo["rating"]:
        changed["rating"] = rating
    rejected = wanted.rejected
    if picked:
        rejected = False
    elif rejected:
        picked = False
    if picked is not None and int(bool(picked)) != photo["picked"]:
        changed["picked"] = int(bool(picked))
    if rejected is not None and (1 if rejected else None) != photo.get("rejected"):
        changed["rejected"] = 1 if rejected else None  # NULL when not rejected: the seal stays as it was
    if wanted.photo_title is not None and wanted.photo_title != ((photo.get("metadata") or {}).get("title") or ""):
        info = dict(photo.get("metadata") or {})
        if wanted.photo_title:
            info["title"] = wanted.photo_title
        else:
            info.pop("title", None)
        changed["metadata"] = info
    return changed
