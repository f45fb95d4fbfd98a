"""How fast the window is on a big archive.

    .venv/bin/python bench/gui_bench.py ARCHIVE_DIR [--json] [--scroll-steps 300]

A ten-year archive: `python bench/generate.py /tmp/gen --years 10 --archive /tmp/tenyear` (about eleven
minutes on two cores), then `press-archive --archive /tmp/tenyear reindex`, so that the window does not start
by rebuilding a stale index while it is measured. The import step adds a batch: measure a copy.

Measures, in one process, offscreen unless a display is there:
- window up and usable: from the start of this script (before Qt is imported) until the main window
  is shown and the first page of the news list is painted (target <= 1.5 s);
- first paint of each list (news, events, interview orders, productions, photo batches): switching to
  it, painting, fetching the visible page and painting again (target <= 50 ms);
- the longest block of the GUI thread while the photo grid of the largest batch is scrolled a page at a
  time while its thumbnails load (a 5 ms heartbeat timer measures the gaps; target <= 50 ms);
- the longest block of the GUI thread while a photo import runs with the Photos page open, the grid
  filling as photos arrive (`--import-photos N` generated frames, added to the archive as one batch;
  0 skips it; target <= 50 ms);
- peak resident memory of the process (target <= 500 MB).
With each longest block it prints how much processor time the GUI thread itself used in it: a long block
with little of its own means the thread was waiting (for a processor on a busy machine, or for the
interpreter), not working.
Exit code 0 when every target is met, 1 otherwise.
"""

from __future__ import annotations

import time

START = time.perf_counter()

import argparse  # noqa: E402
import json  # noqa: E402
import os  # noqa: E402
import resource  # noqa: E402
import sys  # noqa: E402
from pathlib import Path  # noqa: E402

if not __package__:  # run as a script from the checkout
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

TARGETS = {"usable_s": 1.5, "first_paint_ms": 50.0, "scroll_block_ms": 50.0, "import_block_ms": 50.0,
           "peak_rss_mb": 500.0}


class Heartbeat:
    """A 5 ms timer on the GUI thread; the longest gap between its beats is the longest block."""

    def __init__(self):
        from PySide6.QtCore import QElapsedTimer, QTimer

        self.clock = QElapsedTimer()
        self.timer = QTimer()
        self.timer.setInterval(5)
        self.timer.timeout.connect(self._beat)
        self.worst = 0

    def _beat(self):
        now, cpu = self.clock.elapsed(), time.thread_time()
        if now - self.last > self.worst:
            # how much of the longest gap the GUI thread itself ran: little means it waited for a processor
            # (a busy machine) or for the interpreter, not that its own work was slow
            self.worst, self.worst_cpu_ms = now - self.last, round((cpu - self.last_cpu) * 1000)
        self.last, self.last_cpu = now, cpu

    def __enter__(self):
        self.clock.start()
        self.last, self.last_cpu, self.worst_cpu_ms = self.clock.elapsed(), time.thread_time(), 0
        self.timer.start()
        return self

    def __exit__(self, *exc):
        self.timer.stop()

    @property
    def longest_block_ms(self) -> int:
        return max(0, self.worst - 5)


def generated_frames(folder: Path, n: int) -> Path:
    """`n` distinct 1600 x 1067 JPEG frames, like a press camera's, in `folder`."""
    from PIL import Image, ImageDraw

    folder.mkdir(parents=True, exist_ok=True)
    for i in range(n):
        im = Image.new("RGB", (1600, 1067), ((i * 37) % 255, (i * 91) % 255, (i * 53) % 255))
        draw = ImageDraw.Draw(im)
        for k in range(12):
            x, y = (i * 131 + k * 97) % 1500, (i * 71 + k * 59) % 960
            draw.ellipse([x, y, x + 90 + k * 7, y + 80 + k * 5], fill=((k * 40 + i) % 255, (k * 17) % 255, 200))
        im.save(folder / f"bench_{i:04d}.jpg", "JPEG", quality=88)
    return folder


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # kilobytes on Linux


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("archive", type=Path)
    parser.add_argument("--json", action="store_true", help="print the measurements as JSON")
    parser.add_argument("--scroll-steps", type=int, default=300)
    parser.add_argument("--language", default="fa", choices=("fa", "en"))
    parser.add_argument("--import-photos", type=int, default=60,
                        help="frames imported (into the archive, as one new batch) while the GUI thread is watched")
    args = parser.parse_args(argv)

    if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QSettings, QTimer
    from PySide6.QtWidgets import QApplication

    from press_archive.services.archive import Archive
    from press_archive.ui.app import application
    from press_archive.ui.main_window import MainWindow
    from press_archive.ui.session import Session
    from press_archive.ui.settings import Settings

    app = application(args.language)
    archive = Archive(args.archive)
    settings = Settings(QSettings(str(Path(os.environ.get("TMPDIR", "/tmp")) / "press-archive-bench.ini"),
                                  QSettings.IniFormat))
    session = Session(archive)
    window = MainWindow(session, settings)
    window.resize(1400, 860)
    window.show()
    app.processEvents()
    window.list.view.viewport().repaint()
    window.list.model.cache.load_pending()
    window.list.view.viewport().repaint()
    app.processEvents()
    usable = time.perf_counter() - START
    results: dict = {"archive": str(args.archive), "usable_s": round(usable, 3), "first_paint_ms": {}}

    # first paint of each list
    for kind in ("news", "events", "interviews", "productions", "photo_batches"):
        t = time.perf_counter()
        window.navigate({"view": "list", "kind": kind})
        viewport = window.list.view.viewport()
        viewport.repaint()  # the first page is fetched when the list opens
        if window.list.model.cache._pending:  # rows the first page did not hold
            window.list.model.cache.load_pending()
            viewport.repaint()
        results["first_paint_ms"][kind] = round((time.perf_counter() - t) * 1000, 1)
        results.setdefault("rows", {})[kind] = window.list.model.rowCount()

    # scrolling the largest photo batch
    from press_archive.services import records
    from press_archive.services.photos import batch_photo_count as count

    scroll = {"batch_id": None, "photos": 0, "steps": 0, "longest_block_ms": None}
    batch_ids = records.record_ids(archive, "photo_batches", limit=400)
    sizes = [(count(archive, b), b) for b in batch_ids]
    if sizes:
        n, batch_id = max(sizes)
        scroll.update(batch_id=batch_id, photos=n)
        window.navigate({"view": "photos", "batch_id": batch_id})
        app.processEvents()
        bar = window.photos.grid.view.verticalScrollBar()
        state = {"steps": 0, "done": False}

        def step():
            if state["steps"] >= args.scroll_steps or (bar.value() >= bar.maximum() and state["steps"] > 3):
                state["done"] = True
                return
            bar.setValue(bar.value() + max(1, bar.pageStep() // 2))
            state["steps"] += 1

        stepper = QTimer()
        stepper.setInterval(16)
        stepper.timeout.connect(step)
        with Heartbeat() as heart:
            stepper.start()
            deadline = time.perf_counter() + 60
            while not state["done"] and time.perf_counter() < deadline:
                app.processEvents()
                time.sleep(0.001)
            stepper.stop()
        scroll.update(steps=state["steps"], longest_block_ms=heart.longest_block_ms,
                      gui_thread_cpu_in_it_ms=heart.worst_cpu_ms, thumbnails_waiting=window.photos.loader.pending())
    results["photo_scroll"] = scroll

    # a photo import with the Photos page open: the grid fills as the photos arrive
    imported = {"photos": 0, "longest_block_ms": None, "seconds": None}
    if args.import_photos:
        import tempfile

        folder = generated_frames(Path(tempfile.mkdtemp(prefix="gui-bench-")) / "frames", args.import_photos)
        window.navigate({"view": "photos"})
        t = time.perf_counter()
        with Heartbeat() as heart:
            dialog = window.open_import("photos", [folder], start=True)
            deadline = time.perf_counter() + 600
            while dialog.report is None and time.perf_counter() < deadline:
                app.processEvents()
                time.sleep(0.001)
        report = dialog.report
        imported.update(photos=getattr(report, "imported", 0), seconds=round(time.perf_counter() - t, 1),
                        longest_block_ms=heart.longest_block_ms, gui_thread_cpu_in_it_ms=heart.worst_cpu_ms,
                        shown=window.photos.model.rowCount())
        dialog.close()
    results["photo_import"] = imported
    results["peak_rss_mb"] = round(peak_rss_mb(), 1)
    window.close()
    archive.close()

    worst_paint = max(results["first_paint_ms"].values())
    checks = {
        "usable_s": results["usable_s"] <= TARGETS["usable_s"],
        "first_paint_ms": worst_paint <= TARGETS["first_paint_ms"],
        "scroll_block_ms": scroll["longest_block_ms"] is None or scroll["longest_block_ms"] <= TARGETS["scroll_block_ms"],
        "import_block_ms": imported["longest_block_ms"] is None or
                           imported["longest_block_ms"] <= TARGETS["import_block_ms"],
        "peak_rss_mb": results["peak_rss_mb"] <= TARGETS["peak_rss_mb"],
    }
    results["targets"] = TARGETS
    results["met"] = checks
    if args.json:
        print(json.dumps(results, ensure_ascii=False, indent=2))
    else:
        print(f"archive: {args.archive}  rows: {results['rows']}")
        print(f"window up and usable: {results['usable_s']:.2f} s (target {TARGETS['usable_s']} s)")
        for kind, ms in results["first_paint_ms"].items():
            print(f"first paint {kind:14s} {ms:6.1f} ms (target {TARGETS['first_paint_ms']:.0f} ms)")
        if scroll["batch_id"] is None:
            print("photo grid: no photo batch (or no photo services) to scroll")
        else:
            print(f"photo grid: batch {scroll['batch_id']} with {scroll['photos']} photos, {scroll['steps']} scroll steps, "
                  f"longest GUI block {scroll['longest_block_ms']} ms (its own CPU {scroll['gui_thread_cpu_in_it_ms']} ms; "
                  f"target {TARGETS['scroll_block_ms']:.0f} ms)")
        if imported["longest_block_ms"] is not None:
            print(f"photo import: {imported['photos']} photos in {imported['seconds']} s, {imported['shown']} in the grid, "
                  f"longest GUI block {imported['longest_block_ms']} ms (its own CPU {imported['gui_thread_cpu_in_it_ms']} ms; "
                  f"target {TARGETS['import_block_ms']:.0f} ms)")
        print(f"peak RSS: {results['peak_rss_mb']} MB (target {TARGETS['peak_rss_mb']:.0f} MB)")
        print("all targets met" if all(checks.values()) else
              "missed: " + ", ".join(k for k, ok in checks.items() if not ok))
    return 0 if all(checks.values()) else 1


if __name__ == "__main__":
    sys.exit(main())
