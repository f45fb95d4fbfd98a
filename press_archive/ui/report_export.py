"""The managers' report written from the Reports page: the same service as `press-archive report`
(services.reports.write_report), off the GUI thread, with a progress dialog that can cancel."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFileDialog, QProgressDialog

from press_archive.services.archive import Archive
from press_archive.ui import i18n

FORMAT_FILTERS = {"pdf": "PDF (*.pdf)", "xlsx": "Excel (*.xlsx)", "csv": "CSV (*.csv)"}
SHOW_PROGRESS_AFTER_MS = 600  # quick reports finish before a dialog would flash (Anki's progress delay)


def ask_report_path(parent, fmt: str, start: date, end: date) -> Path | None:
    """The file to write, chosen in Qt's (translated) file dialog."""
    from press_archive.domain.jalali import gregorian_to_jalali

    def day(d: date) -> str:
        return "{:04d}-{:02d}-{:02d}".format(*gregorian_to_jalali(d))

    name = f"report-{day(start)}-{day(end)}.{fmt}"
    path, _ = QFileDialog.getSaveFileName(parent, QCoreApplication.translate("Reports", "Save the report"),
                                          str(Path.home() / name), FORMAT_FILTERS[fmt])
    if not path:
        return None
    path = Path(path)
    return path if path.suffix.lower() == f".{fmt}" else path.with_name(path.name + f".{fmt}")


def export_report(parent, session, path: Path, fmt: str, start: date, end: date, by: str, on_done=None):
    """Write the report in the background; progress and cancel in a dialog; the status bar says where it went."""
    root, user = session.archive.root, session.archive.user
    translate = QCoreApplication.translate
    progress = QProgressDialog(translate("Reports", "Writing the report…"), translate("Reports", "Cancel"), 0, 5, parent)
    progress.setWindowTitle(translate("Reports", "Report"))
    progress.setWindowModality(Qt.WindowModal)
    progress.setMinimumDuration(SHOW_PROGRESS_AFTER_MS)
    progress.setAutoClose(False)
    progress.setAutoReset(False)

    def work(task):
        from press_archive.services.reports import write_report

        with Archive(root, user=user) as archive:
            return write_report(archive, path, fmt, start.isoformat(), end.isoformat(), by,
                                progress=task.progress, cancelled=task.is_cancelled)

    def finished(written):
        progress.close()
        if written is None:
            session.status.emit(translate("Reports", "The report was cancelled; nothing was written."))
        else:
            session.status.emit(translate("Reports", "Report written to {}").format(i18n.isolate(written)))
        if on_done is not None:
            on_done(written)

    def failed(error, _text):
        progress.close()
        session.status.emit(translate("Reports", "The report could not be written: {}").format(error))
        if on_done is not None:
            on_done(None)

    task = session.tasks.run_task(work, finished, failed)
    task.progressed.connect(lambda done, total: (progress.setMaximum(total), progress.setValue(done)))
    progress.canceled.connect(task.cancel)
    task.dialog = progress
    return task
