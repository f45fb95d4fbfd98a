"""Undoable record changes: each command calls the services with the values before or after.

The change is made first (so a refused change never reaches the stack, and its problems go back
to the editor), then a command that is already done is pushed; undo and redo call the services
again and announce the change set so every screen refreshes what it shows.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from press_archive.domain.records import LIST, RecordKind, clean_record, kind_named
from press_archive.services import photos as photo_service
from press_archive.services import records as record_service
from press_archive.services.archive import ChangeSet
from press_archive.ui import i18n
from press_archive.ui.messages import say



def _kind(kind) -> RecordKind:
    return kind if isinstance(kind, RecordKind) else kind_named(kind)


class _ServiceCommand(QUndoCommand):
    """A change already made; undo and redo go through the session's one background write path."""

    def __init__(self, session, text: str):
        super().__init__(text)
        self.session = session
        self._done = True  # pushed after the change was made: the first redo does nothing

    def _run(self, fn) -> None:
        def failed(error):  # the archive moved on (purged elsewhere...): say so, keep the stack usable
            self.session.status.emit(QCoreApplication.translate("Undo", "Could not undo or redo: {}").format(say(error)))

        self.session.run_write(fn, on_error=failed)

    def redo(self) -> None:
        if self._done:
            self._done = False
            return
        self._run(self.do)

    def undo(self) -> None:
        self._run(self.revert)

    def do(self, archive) -> ChangeSet:  # pragma: no cover - overridden
        raise NotImplementedError

    def revert(self, archive) -> ChangeSet:  # pragma: no cover - overridden
        raise NotImplementedError


class EditRecordCommand(_ServiceCommand):
    def __init__(self, session, kind: RecordKind, record_id: int, before: dict, after: dict, text: str):
        super().__init__(session, text)
        self.kind, self.record_id, self.before, self.after = kind, record_id, before, after

    def do(self, archive) -> ChangeSet:
        return record_service.edit_record(archive, self.kind, self.record_id, self.after)

    def revert(self, archive) -> ChangeSet:
        return record_service.edit_record(archive, self.kind, self.record_id, self.before)


class AddRecordCommand(_ServiceCommand):
    """Undo moves the new record to the trash; redo brings it back."""

    def __init__(self, session, kind: RecordKind, record_id: int, text: str):
        super().__init__(session, text)
        self.kind, self.record_id = kind, record_id

    def do(self, archive) -> ChangeSet:
        return record_service.restore_record(archive, self.kind, self.record_id)

    def revert(self, archive) -> ChangeSet:
        return record_service.delete_record(archive, self.kind, self.record_id)


class TrashCommand(_ServiceCommand):
    """Delete (to the trash) or restore several records, in one transaction; undo does the opposite."""

    def __init__(self, session, kind: RecordKind, ids: list[int], delete: bool, text: str):
        super().__init__(session, text)
        self.kind, self.ids, self.delete = kind, list(ids), delete

    def apply(self, archive, delete: bool) -> ChangeSet:
        return record_service.trash_records(archive, self.kind, self.ids, deleted=delete)

    def do(self, archive) -> ChangeSet:
        return self.apply(archive, self.delete)

    def revert(self, archive) -> ChangeSet:
        return self.apply(archive, not self.delete)


class PhotoTagsCommand(_ServiceCommand):
    """Tagging, rating or picking photos: undo writes back each photo's own values from before."""

    def __init__(self, session, before: dict, after: dict, text: str):
        super().__init__(session, text)
        self.before, self.after = before, after

    def do(self, archive) -> ChangeSet:
        return photo_service.restore_photo_states(archive, self.after)

    def revert(self, archive) -> ChangeSet:
        return photo_service.restore_photo_states(archive, self.before)


class EditRecordsCommand(_ServiceCommand):
    """Several records changed in one transaction (cards moved on the interview board); undo puts back
    each record's own values from before."""

    def __init__(self, session, kind: RecordKind, before: dict[int, dict], after: dict[int, dict], text: str):
        super().__init__(session, text)
        self.kind, self.before, self.after = kind, before, after

    def do(self, archive) -> ChangeSet:
        return record_service.edit_records(archive, self.kind, self.after)

    def revert(self, archive) -> ChangeSet:
        return record_service.edit_records(archive, self.kind, self.before)


def _raw_before(kind: RecordKind, row: dict, names) -> dict:
    before = {}
    for name in names:
        value = row.get(name)
        if value is None:
            value = [] if kind.field(name).type == LIST else ""
        before[name] = value
    return before


def _what_changes(archive, kind: RecordKind, record_id: int, raw: dict) -> tuple[dict, dict, dict]:
    """(row, before, after) of the fields `raw` really changes, read on the writing connection."""
    row = record_service.resolve(archive, kind, record_id)
    clean, _ = clean_record(kind, raw, partial=True)
    current = record_service.public_fields(kind, row)
    names = [n for n, v in clean.items() if current.get(n) != v]
    return row, _raw_before(kind, row, names), {n: raw[n] for n in names}


class _Saved:
    """What a background save hands back to the GUI thread: the change set, and the step to push."""

    def __init__(self, changes: ChangeSet, command: QUndoCommand | None = None, record_id: int | None = None):
        self.changes, self.command, self.record_id = changes, command, record_id


def _save(session, op, stack, on_done, on_error):
    def done(saved: _Saved):
        if saved.command is not None:
            (stack or session.undo_stack).push(saved.command)
        if on_done is not None:
            on_done(saved.record_id if saved.record_id is not None else saved.changes)

    return session.run_write(op, done, on_error)


def edit(session, kind, record_id: int, raw: dict, stack=None, *, on_done=None, on_error=None):
    """Change a record off the GUI thread through the session's write path and push the undo step.
    `on_done(changes)` runs on the GUI thread; a refusal (RecordError with its problems) goes to `on_error`."""
    kind = _kind(kind)

    def op(archive) -> _Saved:
        if raw.get("event_ref"):  # a picked event gets its proposed ref now, in this save, not before
            record_service.give_event_its_proposed_ref(archive, raw["event_ref"])
        row, before, after = _what_changes(archive, kind, record_id, raw)
        changes = record_service.edit_record(archive, kind, record_id, after) if after else ChangeSet()
        if not changes:
            return _Saved(changes)
        title = row.get(kind.title_field) or row.get("title") or f"#{record_id}"
        return _Saved(changes, EditRecordCommand(session, kind, record_id, before, after,
                                                 QCoreApplication.translate("Undo", "Edit “{}”").format(title)))

    return _save(session, op, stack, on_done, on_error)


def add(session, kind, raw: dict, stack=None, *, on_done=None, on_error=None):
    """Add a record off the GUI thread; `on_done(new_id)` runs on the GUI thread once it is stored."""
    kind = _kind(kind)

    def op(archive) -> _Saved:
        if raw.get("event_ref"):
            record_service.give_event_its_proposed_ref(archive, raw["event_ref"])
        new_id, changes = record_service.add_record(archive, kind, raw)
        title = raw.get(kind.title_field) or raw.get("title") or f"#{new_id}"
        return _Saved(changes, AddRecordCommand(session, kind, new_id,
                                                QCoreApplication.translate("Undo", "Add “{}”").format(title)), new_id)

    return _save(session, op, stack, on_done, on_error)


def edit_many(session, kind, ids: list[int], raw: dict, text: str, stack=None, *, on_done=None, on_error=None):
    """The same change to several records in one transaction, off the GUI thread; one undo step."""
    kind = _kind(kind)

    def op(archive) -> _Saved:
        before, after = {}, {}
        for record_id in ids:
            _row, before[record_id], after[record_id] = _what_changes(archive, kind, record_id, raw)
        wanted = {i: a for i, a in after.items() if a}
        changes = record_service.edit_records(archive, kind, wanted) if wanted else ChangeSet()
        if not changes:
            return _Saved(changes)
        return _Saved(changes, EditRecordsCommand(session, kind, {i: before[i] for i in wanted}, wanted, text))

    return _save(session, op, stack, on_done, on_error)


def trash(session, kind, ids: list[int], *, delete: bool = True, stack=None, on_done=None):
    """Delete (or restore) records off the GUI thread in one transaction; the step is pushed once it is done."""
    kind = _kind(kind)
    stack = stack or session.undo_stack
    text = (QCoreApplication.translate("Undo", "Delete {} records") if delete
            else QCoreApplication.translate("Undo", "Restore {} records")).format(i18n.fmt_int(len(ids)))
    command = TrashCommand(session, kind, ids, delete, text)

    def done(changes):
        if changes:
            stack.push(command)
        if on_done is not None:
            on_done(changes)

    return session.run_write(lambda archive: command.apply(archive, delete), done)


def tag_photos(session, stack, ids: list[int], tag, text: str, on_done=None, on_error=None):
    """Tag photos off the GUI thread (`tag(archive)` calls the photo services); undoable on `stack`."""
    ids = list(ids)

    def op(archive):
        before = photo_service.photo_states(archive, ids)
        result = tag(archive)
        return result, before, photo_service.photo_states(archive, ids)

    def done(answer):
        result, before, after = answer
        changed = {i: before[i] for i in before if before[i] != after.get(i)}
        if changed:
            stack.push(PhotoTagsCommand(session, changed, {i: after[i] for i in changed}, text))
        session.announce(getattr(result, "changes", None) or _photos_edited(list(changed)))
        if on_done is not None:
            on_done(result)

    return session.run_write(op, done, on_error)


class TrashPhotosCommand(_ServiceCommand):
    def __init__(self, session, ids: list[int], text: str):
        super().__init__(session, text)
        self.ids = list(ids)

    def do(self, archive) -> ChangeSet:
        return photo_service.trash_photos(archive, self.ids)

    def revert(self, archive) -> ChangeSet:
        return photo_service.trash_photos(archive, self.ids, deleted=False)


def trash_photos(session, stack, ids: list[int], on_done=None):
    """Single photos to the trash, off the GUI thread; undo brings them back."""
    command = TrashPhotosCommand(session, ids, QCoreApplication.translate("Undo", "Delete {} photos").format(
        i18n.fmt_int(len(ids))))

    def done(changes):
        if changes:
            stack.push(command)
        if on_done is not None:
            on_done(changes)

    return session.run_write(command.do, done)


def _photos_edited(ids: list[int]) -> ChangeSet:
    changes = ChangeSet()
    if ids:
        changes.add("edited", "photo", ids)
    return changes
