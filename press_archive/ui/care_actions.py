"""Back up and check from the File menu, as `press-archive backup DEST` and `check [--repair]` do:
the same services, off the GUI thread, with a progress dialog; the result is said in plain words."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox

from press_archive.ui import file_dialogs, i18n
from press_archive.ui.messages import say, say_all
from press_archive.ui.progress import run_with_progress

translate = QCoreApplication.translate


def back_up(parent, session, dest: Path | None = None, on_done=None):
    """A full backup (database and originals, verified) into a folder the user picks."""
    if dest is None:
        folder = file_dialogs.existing_folder(parent, translate("Care", "Back up the archive to a folder"))
        if not folder:
            return None
        dest = Path(folder)
    from press_archive.services.backup import backup_archive

    def done(result):
        session.status.emit(translate("Care", "Backed up to {}: {} photos copied, {} already there").format(
            i18n.isolate(dest), i18n.fmt_int(result.photos_copied), i18n.fmt_int(result.photos_kept)))
        if on_done is not None:
            on_done(result)

    def failed(error):
        session.status.emit(translate("Care", "The backup failed: {}").format(say(error)))
        if on_done is not None:
            on_done(None)

    return run_with_progress(parent, session, translate("Care", "Backing up to {}…").format(i18n.isolate(dest)),
                             lambda archive, _task: backup_archive(archive, dest), done, failed)


def check(parent, session, repair: bool = False, on_done=None, ask=None):
    """Check the archive; when problems are found, offer to repair what can be (No is the default)."""
    from press_archive.services.care import check_archive

    ask = ask or (lambda text, details: _ask_repair(parent, text, details))

    def done(report):
        if report.clean:
            session.status.emit(translate("Care", "The archive is clean."))
        elif report.repaired or repair:
            session.status.emit(translate("Care", "{} problems repaired, {} left").format(
                i18n.fmt_int(len(report.repaired)), i18n.fmt_int(len(report.remaining))))
        else:
            text = translate("Care", "{} problems found in the archive. Repair what can be repaired?").format(
                i18n.fmt_int(len(report.problems)))
            if ask(text, "\n".join(say_all(report.problems))):
                check(parent, session, repair=True, on_done=on_done, ask=ask)
                return
        if on_done is not None:
            on_done(report)

    def failed(error):
        session.status.emit(translate("Care", "The check failed: {}").format(say(error)))

    return run_with_progress(parent, session, translate("Care", "Checking the archive…"),
                             lambda archive, _task: check_archive(archive, repair=repair), done, failed)


def _ask_repair(parent, text: str, details: str) -> bool:
    box = QMessageBox(QMessageBox.Warning, translate("Care", "Check the archive"), i18n.rtl(text),
                      QMessageBox.Yes | QMessageBox.No, parent)
    box.setTextFormat(Qt.PlainText)
    box.setDetailedText(details)
    box.setDefaultButton(QMessageBox.No)
    return box.exec() == QMessageBox.Yes
