"""An open window on a server archive follows the other desks (LISTEN/NOTIFY), without a restart.

A thread of its own, on a connection of its own, waits for the server's notice that a change was
committed (and looks anyway every few seconds, so a notice missed is late, never lost). Each notice
starts this desk's catch-up off the GUI thread: the search index and thumbnails in its cache, then the
changes announced to the views, which refresh what they show. A lost connection is said once in the
status bar and retried with growing pauses; nothing is asked of the user.
"""

from __future__ import annotations

import threading

from PySide6.QtCore import QObject, Signal

from press_archive.storage.errors import ServerUnavailable

POLL_S = 5.0  # the fallback: look even when no notice came
RETRY_S = (1, 2, 4, 8, 15, 30)


class ServerWatch(QObject):
    """The listening thread. `noticed(seq)`: the change log's newest number; `reachable(ok)` when it flips."""

    noticed = Signal(int)
    reachable = Signal(bool)

    def __init__(self, url: str, parent: QObject | None = None, poll_s: float = POLL_S):
        super().__init__(parent)
        self._url, self._poll_s = url, poll_s
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="press-archive server watch", daemon=True)
        self.up = True
        self.listening = threading.Event()  # set once the first LISTEN is in place

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        self._thread.join(timeout=3)

    def _run(self) -> None:
        from press_archive.storage.server import watch_changes

        failures = 0
        while not self._stop.is_set():
            try:
                for seq in watch_changes(self._url, self._stop, self._poll_s):
                    failures = 0
                    self.listening.set()
                    self._flip(True)
                    self.noticed.emit(seq)
            except ServerUnavailable:
                self._flip(False)
                self._stop.wait(RETRY_S[min(failures, len(RETRY_S) - 1)])
                failures += 1

    def _flip(self, up: bool) -> None:
        if up != self.up:
            self.up = up
            self.reachable.emit(up)


class DeskFollower(QObject):
    """Keeps a session's desk in step with the server: one catch-up at a time, another after it if more came."""

    def __init__(self, session, poll_s: float = POLL_S):
        super().__init__(session)
        self.session = session
        self._archive = None  # the catch-up's own connection, opened on its first run
        self._running = False
        self._again = False
        self._newest = 0
        self.watch = ServerWatch(session.address.location, self, poll_s)
        self.watch.noticed.connect(self._noticed)
        self.watch.reachable.connect(self._reachable)
        self.watch.start()

    def _noticed(self, seq: int) -> None:
        self._newest = max(self._newest, seq)
        if self._newest <= self.session.seen_change:
            return
        if self._running:
            self._again = True
            return
        self._running = True
        address, since = self.session.address, self.session.seen_change

        def work(_task):
            from press_archive.services import desk, records

            if self._archive is None:
                self._archive = address.open()
            desk.catch_up(self._archive)
            return records.changes_since(self._archive, since)

        self.session.tasks.run_task(work, self._caught_up, self._failed)

    def _caught_up(self, result) -> None:
        self._running = False
        seq, changes = result
        self.session.take_external_changes(seq, changes)
        self._next()

    def _failed(self, error, text) -> None:
        self._running = False
        if isinstance(error, ServerUnavailable):
            self._close_archive()  # a new connection next time
            self.session.status.emit(self.tr("The archive's server cannot be reached; trying again…"))
        else:
            import sys

            print(text, file=sys.stderr)  # a bug: say it where a developer looks, keep the window going

    def _next(self) -> None:
        if self._again or self._newest > self.session.seen_change:  # more came, or more than one run takes
            self._again = False
            self._noticed(self._newest)

    def _reachable(self, up: bool) -> None:
        if up:
            self.session.status.emit(self.tr("Connected to the archive's server again"))
            self._noticed(self._newest)
        else:
            self.session.status.emit(self.tr("The archive's server cannot be reached; trying again…"))

    def _close_archive(self) -> None:
        if self._archive is not None:
            try:
                self._archive.close()
            except ServerUnavailable:
                pass  # already gone
            self._archive = None

    def stop(self) -> None:
        self.watch.stop()
        self._close_archive()
