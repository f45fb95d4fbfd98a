"""The managers' report written from the Reports page: the same service as `press-archive report`
(services.reports.write_report), off the GUI thread, with a progress dialog that can cancel."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from press_archive.ui import file_dialogs, i18n
from press_archive.ui.messages import say
from press_archive.ui.progress import run_with_progress

FORMAT_FILTERS = {"pdf": "PDF (*.pdf)", "xlsx": "Excel (*.xlsx)", "csv": "CSV (*.csv)"}


def ask_report_path(parent, fmt: str, start: date, end: date) -> Path | None:
    """The file to write, chosen in Qt's (translated) file dialog."""
    from press_archive.domain.jalali import gregorian_to_jalali

    def day(d: date) -> str:
        return "{:04d}-{:02d}-{:02d}".format(*gregorian_to_jalali(d))

    name = f"report-{day(start)}-{day(end)}.{fmt}"
    path = file_dialogs.save_file(parent, QCoreApplication.translate("Reports", "Save the report"),
                                  str(Path.home() / name), FORMAT_FILTERS[fmt])
    if not path:
        return None
    path = Path(path)
    return path if path.suffix.lower() == f".{fmt}" else path.with_name(path.name + f".{fmt}")


def export_report(parent, session, path: Path, fmt: str, start: date, end: date, by: str, on_done=None):
    """Write the report in the background; progress and cancel in a dialog; the status bar says where it went."""
    translate = QCoreApplication.translate

    def work(archive, task):
        from press_archive.services.reports import write_report

        return write_report(archive, path, fmt, start.isoformat(), end.isoformat(), by,
                            progress=task.progress, cancelled=task.is_cancelled)

    def finished(written):
        if written is None:
            session.status.emit(translate("Reports", "The report was cancelled; nothing was written."))
        else:
            session.status.emit(translate("Reports", "Report written to {}").format(i18n.isolate(written)))
        if on_done is not None:
            on_done(written)

    def failed(error):
        session.status.emit(translate("Reports", "The report could not be written: {}").format(say(error)))
        if on_done is not None:
            on_done(None)

    return run_with_progress(parent, session, translate("Reports", "Writing the report…"), work, finished, failed)
