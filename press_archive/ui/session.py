"""What every screen shares: the open archive, the undo stacks (one per view), the background runner,
the one path every write of the window takes (`run_write`), and the announcement of what changed
(a ChangeSet), so each screen refreshes only what it shows.

Passed explicitly to each view; there is no global application object.
"""

from __future__ import annotations

import os

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QUndoGroup, QUndoStack

from press_archive.services import care, records
from press_archive.services.archive import Archive, ChangeSet
from press_archive.storage.errors import with_retries
from press_archive.ui.messages import say
from press_archive.ui.tasks import TaskRunner


class Session(QObject):
    changed = Signal(object)  # ChangeSet
    status = Signal(str)  # a short message for the status bar
    BACKUP_DELAY_MS = 5 * 60 * 1000

    def __init__(self, archive: Archive, parent: QObject | None = None):
        super().__init__(parent)
        self.archive = archive
        # Undo belongs to the view where the change was made: Ctrl+Z on Photos never undoes a news deletion.
        self.undo_group = QUndoGroup(self)
        self._stacks: dict[str, QUndoStack] = {}
        self.tasks = TaskRunner(self)
        self._search_archive: Archive | None = None
        self._write_archive: Archive | None = None
        self.writes_pending = 0  # writes asked for and not yet answered on the GUI thread
        # Another window or a CLI import may write to the same archive: notice it and refresh.
        self._seen_change = records.last_change(archive)
        self._watch = QTimer(self)
        self._watch.setInterval(2000)
        self._watch.timeout.connect(self.poll_external_changes)
        self.follower = None
        if archive.is_server:
            # Other desks: the server tells us when they commit; this desk's cache follows off the GUI thread.
            from press_archive.ui.server_watch import DeskFollower

            self.follower = DeskFollower(self)
        else:
            self._watch.start()
        # Rolling backups a while after the last change (thinned to daily, weekly, monthly snapshots).
        self._backup_timer = QTimer(self)
        self._backup_timer.setSingleShot(True)
        self._backup_timer.setInterval(self.BACKUP_DELAY_MS)
        self._backup_timer.timeout.connect(self.back_up_now)
        self.changed.connect(self._schedule_backup)

    @property
    def root(self):
        return self.archive.root

    @property
    def address(self):
        """Where the archive is, for a task that opens its own connection (a server archive's `root` is
        its originals folder, which no task could open)."""
        return self.archive.address

    def worker_archive(self) -> Archive:
        """A separate connection for a background task (the task closes it)."""
        return self.address.open()

    def undo_stack_for(self, view: str) -> QUndoStack:
        """The undo stack of one view (created on first use)."""
        stack = self._stacks.get(view)
        if stack is None:
            stack = self._stacks[view] = QUndoStack(self)
            self.undo_group.addStack(stack)
        return stack

    def activate_view(self, view: str) -> QUndoStack:
        stack = self.undo_stack_for(view)
        self.undo_group.setActiveStack(stack)
        return stack

    @property
    def undo_stack(self) -> QUndoStack:
        """The shown view's stack (a default one before any view is shown)."""
        return self.undo_group.activeStack() or self.activate_view("default")

    def clear_undo(self) -> None:
        """After a purge: earlier steps may name records that no longer exist."""
        for stack in self._stacks.values():
            stack.clear()

    def run_write(self, op, on_done=None, on_error=None):
        """The window's one write path (Anki's CollectionOp): `op(archive)` runs off the GUI thread, one write
        at a time, on its own connection; it returns a ChangeSet (or an object with `.changes`), which is
        announced on the GUI thread before `on_done(result)` runs, so each view refreshes what it shows."""

        def work(_task):
            if self._write_archive is None:
                self._write_archive = self.worker_archive()
            # A server that broke a deadlock rolled the write back whole: it is run again, never shown.
            return with_retries(lambda: op(self._write_archive))

        def done(result):
            self.writes_pending -= 1
            changes = result if isinstance(result, ChangeSet) else getattr(result, "changes", None)
            self.announce(changes)
            if on_done is not None:
                on_done(result)

        def failed(error, _text):
            self.writes_pending -= 1
            if on_error is not None:
                on_error(error)
            else:
                self.status.emit(self.tr("Could not save: %1").replace("%1", say(error)))

        self.writes_pending += 1
        return self.tasks.run_task(work, done, failed, pool="writes")

    def search_archive(self) -> Archive:
        """The connection the search pool (one thread) works with; opened there on first use."""
        if self._search_archive is None:
            self._search_archive = self.worker_archive()
        return self._search_archive

    def announce(self, changes: ChangeSet | None) -> None:
        if changes:
            if self.follower is None:
                self._seen_change = records.last_change(self.archive)
            # else the follower moves on from what it has seen: another desk's change committed just before
            # ours is announced too, not skipped (ours come again as edits: one more refresh, no loss).
            self.changed.emit(changes)

    @property
    def seen_change(self) -> int:
        return self._seen_change

    def take_external_changes(self, seq: int, changes: ChangeSet) -> None:
        """Another desk's changes, once this desk's cache has them (server_watch.DeskFollower)."""
        if seq > self._seen_change:
            self._seen_change = seq
            if changes:
                self.changed.emit(changes)

    def poll_external_changes(self) -> bool:
        """Announce changes written since we last looked (by another process); True if there were any."""
        latest = records.last_change(self.archive)
        if latest <= self._seen_change:
            return False
        self._seen_change, changes = records.changes_since(self.archive, self._seen_change)
        if changes:
            self.changed.emit(changes)
        return bool(changes)

    def bring_index_up_to_date(self):
        """At start: a torn, missing or stale search index is rebuilt or caught up, off the GUI thread (on a
        server archive, this desk's thumbnails too: other desks' photos stored while the window was closed)."""
        address = self.address

        def work(task):
            from press_archive.services.desk import catch_up_thumbnails
            from press_archive.services.indexing import sync_index

            with address.open() as archive:
                applied = sync_index(archive, cancelled=task.is_cancelled)
                if archive.is_server and not task.is_cancelled():
                    catch_up_thumbnails(archive)
                return applied

        return self.tasks.run_task(work, None, lambda error, _tb: self.status.emit(
            self.tr("The search index could not be rebuilt: %1").replace("%1", say(error))))

    def _schedule_backup(self, _changes=None) -> None:
        if not os.environ.get("PRESS_ARCHIVE_NO_AUTOBACKUP"):
            self._backup_timer.start()

    def back_up_now(self):
        """One rolling snapshot, off the GUI thread; the status bar says where it went."""
        address = self.address

        def work(task):
            with address.open() as archive:
                return care.rolling_backup(archive)

        return self.tasks.run_task(work, lambda snapshot: self.status.emit(self.tr("Backed up to %1").replace("%1", str(snapshot))),
                                   lambda error, _tb: self.status.emit(self.tr("Backup failed: %1").replace("%1", say(error))))

    def shutdown(self) -> None:
        self._backup_timer.stop()
        self._watch.stop()
        if self.follower is not None:
            self.follower.watch.stop()  # first: no other desk's notice starts a catch-up while the tasks drain
        self.tasks.shutdown()
        if self.follower is not None:
            self.follower.stop()
        for name in ("_search_archive", "_write_archive"):
            if getattr(self, name) is not None:
                getattr(self, name).close()
                setattr(self, name, None)
