"""The window's file choosers: Qt's own dialog (not the desktop's), so that in Persian it speaks Persian
(qtbase_fa, loaded at start) and shows when each file was changed as a Jalali date with Persian digits.
The desktop's native chooser knows neither."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QIdentityProxyModel, QModelIndex, Qt
from PySide6.QtWidgets import QFileDialog, QFileSystemModel

from press_archive.domain.jalali import jalali_datetime_str
from press_archive.domain.digits import to_persian_digits
from press_archive.ui import i18n

SIZE_COLUMN, DATE_COLUMN = 1, 3  # QFileSystemModel: name, size, type, date modified


class JalaliDates(QIdentityProxyModel):
    """The file list with its "date modified" column in the Jalali calendar (sorting still by the real time)
    and Persian digits in the sizes."""

    def data(self, index: QModelIndex, role: int = Qt.DisplayRole):
        if index.column() == SIZE_COLUMN and role == Qt.DisplayRole:
            size = super().data(index, role)
            return i18n.cell(to_persian_digits(size)) if size else size
        if index.column() == DATE_COLUMN and role == Qt.DisplayRole:
            changed = self._changed(index)
            if changed is not None:
                return to_persian_digits(jalali_datetime_str(changed))
        return super().data(index, role)

    def _changed(self, index: QModelIndex):
        """When the file was changed (to the minute), or None."""
        source = self.sourceModel()
        if isinstance(source, QFileSystemModel):
            changed = source.lastModified(self.mapToSource(index))
            if changed.isValid():
                return changed.toPython().replace(second=0, microsecond=0)
        return None


class IsoDates(JalaliDates):
    """In English, the date a file was changed written 2026-12-04 10:30: Qt's own format under a plain
    locale (4 12 2026) reads as neither order."""

    def data(self, index: QModelIndex, role: int = Qt.DisplayRole):
        if index.column() == DATE_COLUMN and role == Qt.DisplayRole:
            changed = self._changed(index)
            if changed is not None:
                return changed.strftime("%Y-%m-%d %H:%M")
        return QIdentityProxyModel.data(self, index, role)


def file_dialog(parent, title: str, folder: str = "", name_filter: str = "") -> QFileDialog:
    """A Qt file dialog, in the interface's language, with Jalali dates when the interface is Persian (and
    ISO dates in English)."""
    dialog = QFileDialog(parent, title, folder, name_filter)
    dialog.setOption(QFileDialog.DontUseNativeDialog, True)
    # Two labels Qt sets before any translator is asked: ask qtbase_fa now.
    dialog.setLabelText(QFileDialog.LookIn, QCoreApplication.translate("QFileDialog", "Look in:"))
    dialog.setLabelText(QFileDialog.FileType, QCoreApplication.translate("QFileDialog", "Files of type:"))
    dialog.setProxyModel(JalaliDates(dialog) if i18n.is_persian() else IsoDates(dialog))
    return dialog


def _run(dialog: QFileDialog) -> list[str]:
    try:
        return dialog.selectedFiles() if dialog.exec() else []
    finally:
        dialog.deleteLater()  # with its file list and folder watchers: not one more under the window per use


def open_files(parent, title: str, name_filter: str = "") -> list[str]:
    dialog = file_dialog(parent, title, "", name_filter)
    dialog.setFileMode(QFileDialog.ExistingFiles)
    return _run(dialog)


def existing_folder(parent, title: str, folder: str = "") -> str:
    dialog = file_dialog(parent, title, folder)
    dialog.setFileMode(QFileDialog.Directory)
    dialog.setOption(QFileDialog.ShowDirsOnly, True)
    chosen = _run(dialog)
    return chosen[0] if chosen else ""


def save_file(parent, title: str, path: str = "", name_filter: str = "") -> str:
    dialog = file_dialog(parent, title, path, name_filter)
    dialog.setAcceptMode(QFileDialog.AcceptSave)
    dialog.setFileMode(QFileDialog.AnyFile)
    chosen = _run(dialog)
    return chosen[0] if chosen else ""
