"""Connect to a shared archive: the server's address, the login, its password (asked here, never kept:
PGPASSWORD or ~/.pgpass are used when the field is left empty), and this desk's mount of the originals.

Connecting runs off the GUI thread (an unreachable server takes a while to say so); a refusal is shown
in the dialog in plain words, and the person can correct and try again.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from press_archive.services.archive import ArchiveAddress
from press_archive.storage.server import is_server_url, safe_url, with_login
from press_archive.ui import file_dialogs, i18n
from press_archive.ui.tasks import TaskRunner


class ConnectDialog(QDialog):
    """`archive` holds the open archive once the dialog is accepted."""

    def __init__(self, settings, parent=None, problem: str = ""):
        super().__init__(parent)
        self.settings = settings
        self.archive = None
        self._runner = TaskRunner(self)
        self.setWindowTitle(self.tr("Connect to a shared archive"))
        self.setMinimumWidth(560)
        remembered = settings.shared_archive()
        self.url = QLineEdit(remembered["url"])
        self.url.setPlaceholderText("postgresql://server/press")
        self.url.setLayoutDirection(Qt.LeftToRight)
        self.login = QLineEdit(remembered["login"])
        self.login.setLayoutDirection(Qt.LeftToRight)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.Password)
        self.password.setLayoutDirection(Qt.LeftToRight)
        self.password.setPlaceholderText(self.tr("empty: PGPASSWORD or ~/.pgpass"))
        self.originals = QLineEdit(remembered["originals"])
        self.originals.setLayoutDirection(Qt.LeftToRight)
        self.originals.setPlaceholderText(self.tr("as recorded in the archive"))
        browse = QPushButton(self.tr("Choose…"))
        browse.clicked.connect(self._choose_originals)
        originals_row = QWidget()
        row = QHBoxLayout(originals_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.originals, 1)
        row.addWidget(browse)
        form = QFormLayout()
        form.addRow(self.tr("Server address"), self.url)
        form.addRow(self.tr("Login"), self.login)
        form.addRow(self.tr("Password"), self.password)
        form.addRow(self.tr("Originals folder"), originals_row)
        note = i18n.plain_label(self.tr("The password is not kept by the program: it is asked for each time, "
                                        "unless PGPASSWORD or ~/.pgpass gives it. The originals folder is this "
                                        "desk's mount of the office's shared photos folder."), wrap=True)
        self.problem = i18n.plain_label(problem, wrap=True, selectable=True)
        self.problem.setObjectName("connect_problem")
        self.problem.setStyleSheet("color: #b00020;")
        self.problem.setVisible(bool(problem))
        self.buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        self.buttons.button(QDialogButtonBox.Ok).setText(self.tr("Connect"))
        self.buttons.accepted.connect(self.connect_now)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        (self.password if remembered["url"] else self.url).setFocus()

    def address(self) -> ArchiveAddress:
        originals = self.originals.text().strip()
        return ArchiveAddress(with_login(self.url.text().strip(), self.login.text().strip(), self.password.text()),
                              originals=Path(originals).expanduser() if originals else None)

    def _choose_originals(self) -> None:
        folder = file_dialogs.existing_folder(self, self.tr("The shared originals folder"), self.originals.text())
        if folder:
            self.originals.setText(folder)

    def _show_problem(self, text: str) -> None:
        i18n.set_plain(self.problem, text)
        self.problem.setVisible(True)
        self.buttons.setEnabled(True)

    def connect_now(self) -> None:
        if not is_server_url(self.url.text().strip()):
            self._show_problem(self.tr("The server address starts with postgresql:// (for example "
                                       "postgresql://server/press)"))
            return
        address = self.address()
        self.buttons.setEnabled(False)
        self.problem.setVisible(False)

        def opened(archive):
            self.archive = archive
            url, login = self.url.text().strip(), self.login.text().strip()
            self.settings.remember_shared_archive(safe_url(url), login, self.originals.text().strip())
            # The next start opens it again (the password asked for again, unless PGPASSWORD or ~/.pgpass).
            self.settings.archive_folder = safe_url(with_login(url, login))
            self.accept()

        def connect(task):
            archive = address.open()
            if task.is_cancelled():  # the dialog was closed while the server answered: nobody takes it
                archive.close()
                return None
            return archive

        self._runner.run_task(connect, opened, lambda error, _text: self._show_problem(connect_problem(error)))

    def done(self, result: int) -> None:
        # Cancel, without waiting here for a server that may take its whole timeout to answer.
        self._runner.shutdown(msecs=0)
        super().done(result)


def connect_problem(error: BaseException) -> str:
    """A failed connection in the office's words (the server's own reason kept, the password never shown)."""
    text = str(error)
    if "no password supplied" in text or "password authentication failed" in text:
        return QCoreApplication.translate("ConnectDialog",
                                          "The server wants this login's password (or the one typed is wrong).")
    return text


def ask_for_shared_archive(settings, parent=None, problem: str = ""):
    """The dialog, modal; the open archive, or None when the person cancels."""
    dialog = ConnectDialog(settings, parent, problem)
    return dialog.archive if dialog.exec() == QDialog.Accepted else None


_windows: list = []  # windows opened from the dialog live until they are closed


def switch_to_shared_archive(window) -> None:
    """File ▸ Connect to a shared archive: the archive opens in a new window, which replaces this one."""
    from press_archive.ui.app import open_window

    archive = ask_for_shared_archive(window.settings, window)
    if archive is None:
        return
    new = open_window(archive, window.settings)
    new.setAttribute(Qt.WA_DeleteOnClose)
    new.destroyed.connect(lambda *_: _windows.remove(new) if new in _windows else None)
    _windows.append(new)
    new.resize(window.size())
    new.show()
    window.close()
