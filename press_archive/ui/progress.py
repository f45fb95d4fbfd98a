"""Long work of the window with a progress dialog (Anki's progress: shown only if the work lasts more than
about 600 ms), on its own archive connection off the GUI thread; cancel asks the work to stop."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QProgressDialog

from press_archive.ui import i18n

SHOW_AFTER_MS = 600


def run_with_progress(parent, session, text: str, work: Callable, done: Callable, failed: Callable):
    """`work(archive, task)` runs in the background; `done(result)` or `failed(error)` on the GUI thread,
    after the dialog is closed. The dialog is busy (no steps) until the work reports progress."""
    address = session.address
    dialog = QProgressDialog(i18n.rtl(text), QCoreApplication.translate("Progress", "Cancel"), 0, 0, parent)
    dialog.setWindowModality(Qt.WindowModal)
    dialog.setMinimumDuration(SHOW_AFTER_MS)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)

    def run(task):
        with address.open() as archive:
            return work(archive, task)

    def finished(result):
        dialog.close()
        done(result)

    def error(exc, _text):
        dialog.close()
        failed(exc)

    task = session.tasks.run_task(run, finished, error)
    task.progressed.connect(lambda n, total: (dialog.setMaximum(total), dialog.setValue(n)))
    dialog.canceled.connect(task.cancel)
    task.dialog = dialog
    return task
