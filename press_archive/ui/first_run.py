"""First start on a missing archive: offer to create it, with or without the sample records."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEventLoop, Qt
from PySide6.QtWidgets import QMessageBox, QProgressDialog

from press_archive.services.archive import Archive
from press_archive.ui import i18n
from press_archive.ui.tasks import TaskRunner



def create_archive(root: Path, *, sample: bool, parent=None) -> Archive:
    """Create the archive; the sample is loaded off the GUI thread behind a busy dialog."""
    archive, _created = Archive.create(root)
    if not sample:
        return archive
    archive.close()
    progress = QProgressDialog(i18n.rtl(QCoreApplication.translate("FirstRun", "Loading the sample records…")), "", 0, 0, parent)
    progress.setCancelButton(None)
    progress.setWindowModality(Qt.ApplicationModal)
    progress.setMinimumDuration(300)
    loop = QEventLoop()
    outcome: dict = {}
    runner = TaskRunner()

    def work(task):
        from press_archive.services.sample import load_sample

        a = Archive(root)
        try:
            return load_sample(a)
        finally:
            a.close()

    def done(result):
        outcome["result"] = result
        loop.quit()

    def failed(error, text):
        outcome["error"] = error
        loop.quit()

    runner.run_task(work, done, failed)
    loop.exec()
    progress.close()
    runner.shutdown()
    if "error" in outcome:
        box = QMessageBox(QMessageBox.Warning, QCoreApplication.translate("FirstRun", "Sample records"),
                          i18n.rtl(QCoreApplication.translate("FirstRun", "The archive was created, but the sample could not be loaded: {}").format(
                              outcome["error"])), QMessageBox.Ok, parent)
        box.setTextFormat(Qt.PlainText)
        box.exec()
    return Archive(root)


def offer_to_create(root: Path, parent=None) -> Archive | None:
    """Ask whether to create the missing archive at `root`; None when the person declines."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Question)
    box.setWindowTitle(QCoreApplication.translate("FirstRun", "No archive yet"))
    box.setTextFormat(Qt.PlainText)
    box.setText(i18n.rtl(QCoreApplication.translate("FirstRun", "There is no archive in {}.\nCreate it now? The sample records show how the "
                             "archive works and can be deleted later.").format(str(root))))
    with_sample = box.addButton(QCoreApplication.translate("FirstRun", "Create with the sample records"), QMessageBox.AcceptRole)
    empty = box.addButton(QCoreApplication.translate("FirstRun", "Create an empty archive"), QMessageBox.AcceptRole)
    box.addButton(QCoreApplication.translate("FirstRun", "Quit"), QMessageBox.RejectRole)
    box.setDefaultButton(with_sample)
    box.exec()
    clicked = box.clickedButton()
    if clicked is with_sample:
        return create_archive(root, sample=True, parent=parent)
    if clicked is empty:
        return create_archive(root, sample=False, parent=parent)
    return None
