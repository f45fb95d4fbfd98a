"""Work off the GUI thread, in Picard's style: `run_task(func, on_done, on_error)`.

`func(task)` runs in a thread pool; its result (or its exception) is handed back to `on_done`
(or `on_error`) on the GUI thread through a queued signal. A task reports progress through
`task.progress(done, total)` (thread-safe: it emits a signal) and asks `task.is_cancelled()`,
which services take as their `cancelled` callback. Closing the window cancels every running task
and waits for the pools to drain.
"""

from __future__ import annotations

import threading
import time
import traceback
from collections import deque
from collections.abc import Callable

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot


class Task(QObject):
    """One piece of background work: progress out, cancel in."""

    progressed = Signal(int, int)  # done, total (queued to the GUI thread)

    def __init__(self, name: str = "", parent: QObject | None = None):
        super().__init__(parent)
        self.name = name
        self._cancel = threading.Event()
        self._last_emit = 0.0
        self.finished = False
        self.discarded = False  # set on shutdown: results are dropped, not delivered

    def cancel(self) -> None:
        self._cancel.set()

    def is_cancelled(self) -> bool:
        return self._cancel.is_set()

    def progress(self, done: int, total: int) -> None:
        """Called from the worker; at most ~20 signals a second, the last one always."""
        now = time.monotonic()
        if done >= total or now - self._last_emit >= 0.05:
            self._last_emit = now
            self.progressed.emit(int(done), int(total))


class _Relay(QObject):
    """Lives in the GUI thread; a callable emitted from a worker runs here."""

    call = Signal(object)

    def __init__(self):
        super().__init__()
        self.call.connect(self._run)

    @Slot(object)
    def _run(self, fn) -> None:
        fn()


class TaskRunner(QObject):
    """Three pools: general work (imports, loading), searches (one at a time, newest wins) and the window's
    writes (one at a time, in the order asked, so an undo never overtakes the change it undoes)."""

    def __init__(self, parent: QObject | None = None, threads: int = 2):
        super().__init__(parent)
        self._relay = _Relay()
        self.general = QThreadPool(self)
        self.general.setMaxThreadCount(max(1, threads))
        self.searches = QThreadPool(self)
        self.searches.setMaxThreadCount(1)
        self.writes = QThreadPool(self)
        self.writes.setMaxThreadCount(1)
        self._active: set[Task] = set()
        self._closed = False
        # Runnables are ours to delete, long after they ran. A pool's auto-delete frees the C++ object while
        # its Python wrapper lives on; a later Qt object at the same address (a selection model) was then
        # handed back as that stale QRunnable wrapper.
        self._running: dict[int, QRunnable] = {}
        self._ran: deque[QRunnable] = deque(maxlen=256)

    def run_task(self, func: Callable[[Task], object], on_done: Callable[[object], None] | None = None,
                 on_error: Callable[[BaseException, str], None] | None = None, *, task: Task | None = None,
                 pool: str = "general") -> Task:
        task = task or Task()
        if self._closed:
            task.discarded = True
            return task
        self._active.add(task)
        relay = self._relay

        def retire():
            runnable = self._running.pop(id(task), None)
            if runnable is not None:
                self._ran.append(runnable)  # dropped 256 tasks later, well after its run() has returned

        def deliver_result(result):
            retire()
            self._active.discard(task)
            task.finished = True
            if not task.discarded and on_done is not None:
                on_done(result)

        def deliver_error(error, text):
            retire()
            self._active.discard(task)
            task.finished = True
            if task.discarded:
                return
            if on_error is not None:
                on_error(error, text)
            else:
                import sys

                print(text, file=sys.stderr)

        def work():
            try:
                result = func(task)
            except BaseException as e:  # handed to the GUI thread; never lost in the pool
                text = traceback.format_exc()
                relay.call.emit(lambda error=e, text=text: deliver_error(error, text))
            else:
                relay.call.emit(lambda result=result: deliver_result(result))

        runnable = QRunnable.create(work)
        runnable.setAutoDelete(False)
        self._running[id(task)] = runnable
        {"searches": self.searches, "writes": self.writes}.get(pool, self.general).start(runnable)
        return task

    def active(self) -> list[Task]:
        return list(self._active)

    def busy(self) -> bool:
        return bool(self._active)

    def cancel_all(self) -> None:
        for task in list(self._active):
            task.cancel()

    def shutdown(self, msecs: int = 30_000) -> bool:
        """Cancel everything, wait for the pools to drain, and drop late results."""
        self._closed = True
        self.cancel_all()
        ok = all(p.waitForDone(msecs) for p in (self.writes, self.general, self.searches))
        for task in list(self._active):
            task.discarded = True
        return ok


_default: list[TaskRunner] = []


def default_runner() -> TaskRunner:
    if not _default:
        _default.append(TaskRunner())
    return _default[0]


def run_task(func, on_done=None, on_error=None, **kw) -> Task:
    """Picard's shape, on the default runner (the main window uses its own runner)."""
    return default_runner().run_task(func, on_done, on_error, **kw)
