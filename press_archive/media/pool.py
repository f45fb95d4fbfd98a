"""A small pool of spawned worker processes that a bad file cannot take down.

Each worker runs one task at a time under a memory cap (RLIMIT_AS, where the system has it) with SIGINT
ignored (the parent decides when to stop). A task that outlives its time limit gets its worker killed; a
worker that dies (a decoder crash, the kernel's OOM killer) is replaced. Either way the task is reported as
failed and the other tasks go on. `concurrent.futures` cannot do this: one dead worker breaks its whole pool
and a running task cannot be timed out.

`workers=0` runs tasks in the calling process: no protection, for tests and debugging only.
"""

from __future__ import annotations

import importlib
import itertools
import multiprocessing
import os
import signal
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from multiprocessing.connection import wait

DEFAULT_MEMORY_LIMIT = 2 * 1024 * 1024 * 1024
_POLL_SECONDS = 0.2  # how often a long wait looks at the cancel flag
WORKER_NICENESS = 5
_STARTUP_SECONDS = 60.0


@dataclass
class Outcome:
    """How a task ended: `ok` with the function's `value`, or a plain-words `message` (error, crash, timeout)."""

    kind: str  # "ok", "error", "crashed", "timeout"
    value: object = None
    message: str = ""

    @property
    def ok(self) -> bool:
        return self.kind == "ok"


def _resolve(name: str) -> Callable:
    module, _, attr = name.partition(":")
    return getattr(importlib.import_module(module), attr)


def _limit_memory(limit: int | None) -> None:
    if not limit:
        return
    try:
        import resource
    except ImportError:  # Windows: no rlimits; the timeout still protects the app
        return
    try:
        soft, hard = resource.getrlimit(resource.RLIMIT_AS)
        if hard != resource.RLIM_INFINITY:
            limit = min(limit, hard)
        resource.setrlimit(resource.RLIMIT_AS, (limit, hard))
    except (ValueError, OSError):
        pass


def _worker_main(conn, function: str, initializer: str | None, initargs: tuple, memory_limit: int | None) -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:  # decoders yield to the window and the importing process: the app stays responsive
        os.nice(WORKER_NICENESS)
    except (AttributeError, OSError):
        pass
    _limit_memory(memory_limit)
    fn = _resolve(function)
    if initializer:
        _resolve(initializer)(*initargs)
    conn.send(("ready", None))  # the time limits count from here, not from the interpreter's start-up
    while True:
        try:
            task = conn.recv()
        except (EOFError, OSError):
            return  # the parent went away
        if task is None:
            return
        try:
            reply = ("ok", fn(task))
        except MemoryError:
            reply = ("error", "refused: it needs more memory than a single file may take")
        except Exception as e:  # the task function's own bug: report it, keep the worker
            reply = ("error", f"unexpected failure: {type(e).__name__}: {e}")
        try:
            conn.send(reply)
        except (OSError, EOFError, ValueError):
            return


def _death_message(exitcode: int | None) -> str:
    if exitcode is not None and exitcode < 0:
        try:
            name = signal.Signals(-exitcode).name
        except ValueError:
            name = f"signal {-exitcode}"
        if name == "SIGKILL":
            return "the decoder was killed (out of memory?) while reading this file"
        return f"the decoder crashed ({name}) while reading this file"
    return f"the decoder stopped unexpectedly (exit code {exitcode}) while reading this file"


class _Worker:
    def __init__(self, pool: "WorkerPool"):
        parent_end, child_end = pool._context.Pipe(duplex=True)
        self.process = pool._context.Process(
            target=_worker_main, daemon=True,
            args=(child_end, pool.function, pool.initializer, pool.initargs, pool.memory_limit),
        )
        self.process.start()
        child_end.close()
        self.conn = parent_end
        self.task = None
        self.deadline = 0.0
        self.ready = False

    def wait_ready(self) -> bool:
        """Wait for the worker to finish starting (importing Pillow...); False if it died doing so."""
        if self.ready:
            return True
        try:
            if self.conn.poll(_STARTUP_SECONDS):
                self.ready = self.conn.recv() == ("ready", None)
        except (EOFError, OSError):
            self.ready = False
        return self.ready

    def stop(self, *, kill: bool) -> None:
        if kill:
            self.process.kill()
        else:
            try:
                self.conn.send(None)
            except (OSError, ValueError):
                self.process.kill()
        self.process.join(5)
        if self.process.is_alive():
            self.process.kill()
            self.process.join(5)
        self.conn.close()


class WorkerPool:
    """Run `function` ("module:name", called with one task) over tasks in spawned processes."""

    def __init__(self, function: str, *, initializer: str | None = None, initargs: tuple = (), workers: int = 2,
                 timeout: float | Callable[[object], float] = 60.0, memory_limit: int | None = DEFAULT_MEMORY_LIMIT):
        self.function, self.initializer, self.initargs = function, initializer, initargs
        self.workers = max(0, workers)
        self.timeout = timeout
        self.memory_limit = memory_limit
        self._context = multiprocessing.get_context("spawn")
        self._slots: list[_Worker | None] = [None] * self.workers
        self._inline_ready = False

    def _time_limit(self, task) -> float:
        return self.timeout(task) if callable(self.timeout) else float(self.timeout)

    def _run_inline(self, tasks: Iterable, cancel: Callable[[], bool] | None) -> Iterator[tuple[object, Outcome]]:
        fn = _resolve(self.function)
        if self.initializer and not self._inline_ready:
            _resolve(self.initializer)(*self.initargs)
            self._inline_ready = True
        for task in tasks:
            if cancel and cancel():
                return
            try:
                yield task, Outcome("ok", fn(task))
            except MemoryError:
                yield task, Outcome("error", message="refused: it needs more memory than a single file may take")
            except Exception as e:
                yield task, Outcome("error", message=f"unexpected failure: {type(e).__name__}: {e}")

    def run(self, tasks: Iterable, cancel: Callable[[], bool] | None = None) -> Iterator[tuple[object, Outcome]]:
        """(task, outcome) pairs in the order tasks finish. Stops early when `cancel()` turns true; tasks
        still running then are abandoned (their workers killed) and not reported."""
        if self.workers == 0:
            yield from self._run_inline(tasks, cancel)
            return
        pending = iter(tasks)
        try:
            first = next(pending)
        except StopIteration:
            return
        pending = itertools.chain([first], pending)
        exhausted = False
        for i in range(self.workers):  # start them all at once: they import Pillow in parallel
            if self._slots[i] is None:
                self._slots[i] = _Worker(self)
        try:
            while True:
                if cancel and cancel():
                    self._kill_busy()
                    return
                for i in range(self.workers):
                    if exhausted:
                        break
                    worker = self._slots[i]
                    if worker is not None and worker.task is not None:
                        continue
                    try:
                        task = next(pending)
                    except StopIteration:
                        exhausted = True
                        break
                    yield from self._dispatch(i, task)
                busy = [w for w in self._slots if w is not None and w.task is not None]
                if not busy:
                    if exhausted:
                        return
                    continue
                now = time.monotonic()
                wait_for = max(0.0, min(min(w.deadline for w in busy) - now, _POLL_SECONDS))
                ready = set(wait([w.conn for w in busy] + [w.process.sentinel for w in busy], wait_for))
                now = time.monotonic()
                for i, worker in enumerate(self._slots):
                    if worker is None or worker.task is None:
                        continue
                    if worker.conn in ready or worker.process.sentinel in ready:
                        yield from self._collect(i, worker)
                    elif now > worker.deadline:
                        task = worker.task
                        self._replace(i)
                        yield task, Outcome("timeout", message="refused: decoding took longer than "
                                                               f"{self._time_limit(task):g} s (stopped)")
        except GeneratorExit:
            self._kill_busy()
            raise

    def _dispatch(self, i: int, task) -> Iterator[tuple[object, Outcome]]:
        for attempt in range(2):
            worker = self._slots[i]
            if worker is None or not worker.process.is_alive():
                if worker is not None:
                    worker.stop(kill=True)
                worker = self._slots[i] = _Worker(self)
            if not worker.wait_ready():
                self._replace(i)
                continue
            try:
                worker.conn.send(task)
            except (OSError, ValueError):
                self._replace(i)
                continue
            worker.task = task
            worker.deadline = time.monotonic() + self._time_limit(task)
            return
        yield task, Outcome("crashed", message="a worker process could not be started")

    def _collect(self, i: int, worker: _Worker) -> Iterator[tuple[object, Outcome]]:
        task = worker.task
        reply = None
        try:
            if worker.conn.poll():
                reply = worker.conn.recv()
        except (EOFError, OSError):
            reply = None
        if reply is None:
            worker.process.join(1)
            message = _death_message(worker.process.exitcode)
            self._replace(i)
            yield task, Outcome("crashed", message=message)
            return
        worker.task = None
        kind, value = reply
        yield task, (Outcome("ok", value) if kind == "ok" else Outcome("error", message=value))

    def _replace(self, i: int) -> None:
        worker = self._slots[i]
        if worker is not None:
            worker.stop(kill=True)
        self._slots[i] = None

    def _kill_busy(self) -> None:
        for i, worker in enumerate(self._slots):
            if worker is not None and worker.task is not None:
                self._replace(i)

    def close(self) -> None:
        for i, worker in enumerate(self._slots):
            if worker is not None:
                worker.stop(kill=worker.task is not None)
                self._slots[i] = None

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


def cpu_workers(default: int = 2) -> int:
    """The default pool size: two workers (import is disk- and decode-bound; more rarely helps a laptop)."""
    return max(1, min(default, os.cpu_count() or 1))
