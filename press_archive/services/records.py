"""Adding, editing, deleting (to the trash), restoring, purging and linking records."""

from __future__ import annotations

from press_archive.domain.messages import said
from press_archive.domain.records import (
    FieldProblem,
    RecordError,
    RecordKind,
    clean_record,
    kind_named,
)
from press_archive.services.archive import Archive, ChangeSet, now_utc
from press_archive.storage import audit
from press_archive.storage import records as store
from press_archive.storage.database import write_transaction

_BOOKKEEPING = {"created_at", "updated_at", "created_by", "updated_by", "deleted_at", "deleted_by", "id"}


class RecordNotFound(LookupError):
    pass


def _kind(kind: str | RecordKind) -> RecordKind:
    return kind if isinstance(kind, RecordKind) else kind_named(kind)


def to_columns(archive: Archive, kind: RecordKind, clean: dict, event_ids: dict[str, int] | None = None) -> dict:
    """Clean field values to stored columns: the event ref becomes an event id (it must exist)."""
    values = dict(clean)
    if "event_ref" in values:
        ref = values.pop("event_ref")
        if ref:
            event_id = (event_ids or {}).get(ref)
            if event_id is None:
                event_id = store.event_ids_for_refs(archive.db, [ref]).get(ref)
            if event_id is None:
                raise RecordError([FieldProblem("event_ref", f"no event with ref {ref!r}")])
            values["event_id"] = event_id
        else:
            values["event_id"] = None
    return store.encode_values(kind, values)


def public_fields(kind: RecordKind, row: dict) -> dict:
    """A stored row as the record's own fields (what the audit log and comparisons look at)."""
    return {f.name: row.get(f.name) for f in kind.fields}


def resolve(archive: Archive, kind: str | RecordKind, id_or_ref) -> dict:
    """A record by numeric id or by ref, deleted ones included."""
    k = _kind(kind)
    row = None
    if isinstance(id_or_ref, int) or (isinstance(id_or_ref, str) and id_or_ref.isdigit()):
        row = store.get_record(archive.db, k, int(id_or_ref))
    if row is None and isinstance(id_or_ref, str):
        row = store.get_by_ref(archive.db, k, id_or_ref)
    if row is None:
        raise RecordNotFound(f"no {k.name} record with id or ref {id_or_ref!r}")
    return row


def add_record(archive: Archive, kind: str | RecordKind, raw: dict) -> tuple[int, ChangeSet]:
    k = _kind(kind)
    clean, _warnings = clean_record(k, raw)
    now = now_utc()
    with write_transaction(archive.db):
        if clean.get("ref") and store.get_by_ref(archive.db, k, clean["ref"]):
            raise RecordError([FieldProblem("ref", f"{clean['ref']!r} is already used by another {k.name} record")])
        row = to_columns(archive, k, clean)
        (new_id,) = store.insert_records(archive.db, k, [row], archive.user, now)
        audit.append(archive.db, at=now, user=archive.user, action="add", type_=k.search_type,
                     record_id=new_id, after=clean)
    changes = ChangeSet()
    changes.add("added", k.search_type, [new_id])
    return new_id, changes


def edit_record(archive: Archive, kind: str | RecordKind, record_id: int, raw: dict) -> ChangeSet:
    """Change some fields of one record; the audit log keeps before and after."""
    k = _kind(kind)
    clean, _warnings = clean_record(k, raw, partial=True)
    now = now_utc()
    with write_transaction(archive.db):
        current = store.get_record(archive.db, k, record_id)
        if current is None:
            raise RecordNotFound(f"no {k.name} record with id {record_id}")
        for f in k.fields:
            if f.required and f.name in clean and clean[f.name] in (None, "", []):
                raise RecordError([FieldProblem(f.name, "is required but empty")])
        if clean.get("ref") and clean["ref"] != current.get("ref"):
            other = store.get_by_ref(archive.db, k, clean["ref"])
            if other and other["id"] != record_id:
                raise RecordError([FieldProblem("ref", f"{clean['ref']!r} is already used by another {k.name} record")])
        before = public_fields(k, current)
        changed = {name: value for name, value in clean.items() if before.get(name) != value}
        if not changed:
            return ChangeSet()
        store.update_record(archive.db, k, record_id, to_columns(archive, k, changed), archive.user, now)
        audit.append(archive.db, at=now, user=archive.user, action="edit", type_=k.search_type, record_id=record_id,
                     before={n: before.get(n) for n in changed}, after=changed)
    changes = ChangeSet()
    changes.add("edited", k.search_type, [record_id])
    return changes


def edit_records(archive: Archive, kind: str | RecordKind, edits: dict[int, dict]) -> ChangeSet:
    """Several records' edits (record id -> raw fields) in one transaction: all are stored or none."""
    changes = ChangeSet()
    with write_transaction(archive.db):
        for record_id, raw in edits.items():
            changes.merge(edit_record(archive, kind, record_id, raw))
    return changes


def delete_record(archive: Archive, kind: str | RecordKind, record_id: int) -> ChangeSet:
    """Move a record to the trash (restorable)."""
    return trash_records(archive, kind, [record_id])


def restore_record(archive: Archive, kind: str | RecordKind, record_id: int) -> ChangeSet:
    return trash_records(archive, kind, [record_id], deleted=False)


def trash_records(archive: Archive, kind: str | RecordKind, ids, *, deleted: bool = True) -> ChangeSet:
    """Move records to the trash (or back) in ONE transaction: a bulk delete is one short write."""
    k, ids = _kind(kind), list(ids)
    now = now_utc()
    moved: list[int] = []
    with write_transaction(archive.db):
        rows = {r["id"]: r for r in store.get_records(archive.db, k, list(ids), include_deleted=True)}
        for record_id in ids:
            current = rows.get(record_id)
            if current is None:
                raise RecordNotFound(f"no {k.name} record with id {record_id}")
            if bool(current["deleted_at"]) == deleted:
                continue
            store.set_deleted(archive.db, k, record_id, archive.user if deleted else None, now if deleted else None)
            audit.append(archive.db, at=now, user=archive.user, action="delete" if deleted else "restore",
                         type_=k.search_type, record_id=record_id)
            moved.append(record_id)
    changes = ChangeSet()
    if moved:
        changes.add("deleted" if deleted else "added", k.search_type, moved)
    return changes


def purge_record(archive: Archive, kind: str | RecordKind, record_id: int) -> ChangeSet:
    """Remove a record from the trash for good: a separate, explicit act."""
    return purge_records(archive, kind, [record_id])


def purge_records(archive: Archive, kind: str | RecordKind, ids) -> ChangeSet:
    """Remove records from the trash for good, in one transaction (all or none)."""
    k, ids = _kind(kind), list(ids)
    now = now_utc()
    with write_transaction(archive.db):
        rows = {r["id"]: r for r in store.get_records(archive.db, k, ids, include_deleted=True)}
        photo_files = []
        for record_id in ids:
            current = rows.get(record_id)
            if current is None:
                raise RecordNotFound(f"no {k.name} record with id {record_id}")
            if not current["deleted_at"]:
                raise ValueError(f"{k.name} {record_id} is not in the trash; delete it first")
            files = []
            if k.table == "photo_batches":
                from press_archive.storage.photos import batch_photo_files

                files = batch_photo_files(archive.db, record_id)
            store.purge_record(archive.db, k, record_id)
            before = public_fields(k, current)
            if files:
                before["photos"] = [photo_id for photo_id, _sha, _path in files]
            audit.append(archive.db, at=now, user=archive.user, action="purge", type_=k.search_type,
                         record_id=record_id, before=before)
            photo_files += files
    changes = ChangeSet()
    changes.add("deleted", k.search_type, ids)
    if photo_files:
        from press_archive.services.photos.care import set_aside_purged_files

        set_aside_purged_files(archive, photo_files)
        changes.add("deleted", "photo", [photo_id for photo_id, _sha, _path in photo_files])
    return changes


_PROPOSED_REF = "event-"


def proposed_event_ref(event_id: int) -> str:
    """The ref an event without one will get when something is linked to it."""
    return f"{_PROPOSED_REF}{int(event_id)}"


def give_event_its_proposed_ref(archive: Archive, ref: str) -> ChangeSet:
    """On saving a link to `event-N`: event N gets that ref if it has none (nothing changes otherwise)."""
    if not ref.startswith(_PROPOSED_REF) or not ref[len(_PROPOSED_REF):].isdigit():
        return ChangeSet()
    k = kind_named("events")
    row = store.get_record(archive.db, k, int(ref[len(_PROPOSED_REF):]))
    if row is None or row.get("ref") or store.get_by_ref(archive.db, k, ref):
        return ChangeSet()
    return edit_record(archive, k, row["id"], {"ref": ref})


def link_to_event(archive: Archive, kind: str | RecordKind, record_id: int, event_ref: str | None) -> ChangeSet:
    return edit_record(archive, kind, record_id, {"event_ref": event_ref or ""})


def get_records(archive: Archive, kind: str | RecordKind, ids: list[int]) -> list[dict]:
    return store.get_records(archive.db, _kind(kind), ids)


def record_ids(archive: Archive, kind: str | RecordKind, **query) -> list[int]:
    return store.record_ids(archive.db, _kind(kind), **query)


def list_records(archive: Archive, kind: str | RecordKind, limit: int | None = None, **query) -> list[dict]:
    k = _kind(kind)
    ids = store.record_ids(archive.db, k, limit=limit, **query)
    return store.get_records(archive.db, k, ids)


def count(archive: Archive, kind: str | RecordKind, *, trash: bool = False) -> int:
    return store.count_records(archive.db, _kind(kind), trash=trash)


def event_dossier(archive: Archive, event_id: int) -> dict:
    """A press conference or ceremony with everything linked to it."""
    event = resolve(archive, "events", event_id)
    linked = store.linked_ids(archive.db, event["id"])
    return {
        "event": event,
        "news": store.get_records(archive.db, kind_named("news"), linked["news"]),
        "photo_batches": store.get_records(archive.db, kind_named("photo_batches"), linked["photo_batches"]),
        "interviews": store.get_records(archive.db, kind_named("interviews"), linked["interviews"]),
    }


def suggestions(archive: Archive, kind: str | RecordKind, column: str, prefix: str = "", limit: int = 50) -> list[str]:
    """Type-ahead values for an editor field."""
    return store.distinct_values(archive.db, _kind(kind), column, prefix, limit)


def audit_entries(archive: Archive, type_: str | None = None, record_id: int | None = None, limit: int = 500) -> list[dict]:
    return audit.entries(archive.db, type_, record_id, limit)


def last_change(archive: Archive) -> int:
    """The newest change's number: cheap enough to poll, to notice what another window or process wrote."""
    from press_archive.storage import outbox

    return outbox.last_seq(archive.db)


def changes_since(archive: Archive, seq: int, limit: int = 5000) -> tuple[int, ChangeSet]:
    """What changed after change number `seq` (by anyone), as a ChangeSet of edited records."""
    from press_archive.storage import outbox

    rows = outbox.changes_after(archive.db, seq, limit)
    changes = ChangeSet()
    for _, type_, record_id in rows:
        changes.add("edited", type_, [record_id])
    return (rows[-1][0] if rows else seq), changes


def date_problems(archive: Archive) -> list[str]:
    """Stored dates outside the years a record can have (from before the rule), for `check` to name."""
    from press_archive.domain.jalali import RECORD_MAX_YEAR, RECORD_MIN_YEAR, record_window
    from press_archive.domain.records import ALL_KINDS

    first, last = (d.isoformat() for d in record_window())
    return [said("{record}: field '{field}': {value} is outside the years a record can have (Jalali {first}-{last}); "
                 "correct or delete it", record=f"{kind.name} {rid}" + (f" (ref {ref})" if ref else ""), field=name,
                 value=value, first=RECORD_MIN_YEAR, last=RECORD_MAX_YEAR)
            for kind in ALL_KINDS.values() for rid, ref, name, value in store.dates_outside(archive.db, kind, first, last)]
