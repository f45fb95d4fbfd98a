"""The worker pool: a crashing, hanging or memory-hungry task costs that task only."""

from __future__ import annotations

import threading

from press_archive.media.pool import WorkerPool


def _run(tasks, **kwargs):
    with WorkerPool("photo_factory:misbehave", **kwargs) as pool:
        return {task: outcome for task, outcome in pool.run(tasks)}


def test_crashes_hangs_and_memory_hogs_are_contained():
    tasks = [("ok", 1), ("segfault", 0), ("ok", 2), ("exit", 0), ("hang", 30), ("hog", 3 * 2**30), ("raise", 7),
             ("ok", 3)]
    results = _run(tasks, workers=2, timeout=2, memory_limit=1 * 2**30)
    assert [results[("ok", i)].value for i in (1, 2, 3)] == [2, 4, 6]
    assert results[("segfault", 0)].kind == "crashed" and "SIGSEGV" in results[("segfault", 0)].message
    assert results[("exit", 0)].kind == "crashed" and "exit code 3" in results[("exit", 0)].message
    assert results[("hang", 30)].kind == "timeout" and "longer than 2 s" in results[("hang", 30)].message
    assert results[("hog", 3 * 2**30)].kind == "error" and "memory" in results[("hog", 3 * 2**30)].message
    assert results[("raise", 7)].kind == "error" and "boom 7" in results[("raise", 7)].message


def test_cancel_stops_at_once():
    stop = threading.Event()
    seen = []
    with WorkerPool("photo_factory:misbehave", workers=1, timeout=60) as pool:
        for task, outcome in pool.run([("ok", 1), ("hang", 60), ("ok", 2)], cancel=stop.is_set):
            seen.append(task)
            stop.set()
    assert seen == [("ok", 1)]


def test_inline_mode_runs_in_process():
    results = _run([("ok", 5), ("raise", 1)], workers=0)
    assert results[("ok", 5)].value == 10 and results[("raise", 1)].kind == "error"


def test_decoders_run_at_a_lower_priority_than_the_app():
    import os

    from press_archive.media.pool import WORKER_NICENESS

    if not hasattr(os, "nice"):
        return
    mine = os.nice(0)
    with WorkerPool("os:nice", workers=1) as pool:  # os.nice(0) answers the worker's own niceness
        ((_task, outcome),) = list(pool.run([0]))
    assert outcome.ok and outcome.value == min(19, mine + WORKER_NICENESS)
