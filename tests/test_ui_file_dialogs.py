"""The file choosers are Qt's own: in Persian they speak Persian (qtbase_fa) and show when each file was
changed in the Jalali calendar with Persian digits; the desktop's native chooser knows neither."""

from __future__ import annotations

import os
from datetime import datetime

import pytest

pytest.importorskip("PySide6")
pytest.importorskip("pytestqt")
pytestmark = pytest.mark.timeout(120)

from ui_fixtures import persian_app, press  # noqa: E402,F401


def _row_of(view, name):
    model = view.model()
    root = view.rootIndex()
    for r in range(model.rowCount(root)):
        if model.index(r, 0, root).data() == name:
            return r
    return None


def _date_and_size_shown(dialog, qtbot, name):
    """The "date modified" and size cells of a file in the dialog's detail view."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QFileDialog, QTreeView

    from press_archive.ui import file_dialogs

    dialog.setViewMode(QFileDialog.Detail)
    dialog.show()
    view = next(v for v in dialog.findChildren(QTreeView) if v.objectName() == "treeView")
    qtbot.waitUntil(lambda: _row_of(view, name) is not None, timeout=10000)
    row = _row_of(view, name)
    cell = lambda column: view.model().index(row, column, view.rootIndex()).data(Qt.DisplayRole)  # noqa: E731
    return cell(file_dialogs.DATE_COLUMN), cell(file_dialogs.SIZE_COLUMN)


def test_the_file_chooser_shows_jalali_dates_and_persian_buttons(persian_app, tmp_path, qtbot):
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QDialogButtonBox, QFileDialog

    from press_archive.ui import file_dialogs

    photo = tmp_path / "نشست.jpg"
    photo.write_bytes(b"x")
    changed = datetime(2024, 8, 3, 10, 30).timestamp()  # 1403/05/13 10:30
    os.utime(photo, (changed, changed))
    dialog = file_dialogs.file_dialog(None, "انتخاب", str(tmp_path), "*.jpg")
    qtbot.addWidget(dialog)
    assert dialog.testOption(QFileDialog.DontUseNativeDialog)
    shown, size = _date_and_size_shown(dialog, qtbot, "نشست.jpg")
    assert shown == "۱۴۰۳/۰۵/۱۳ ۱۰:۳۰"
    assert "۱" in size and "1" not in size
    look_in = dialog.labelText(QFileDialog.LookIn)  # Qt's own Persian, asked before the dialog shows
    assert look_in != "Look in:" and any("\u0600" <= ch <= "\u06ff" for ch in look_in)
    # Qt's own words in Persian: the Cancel button, the header of the date column
    cancel = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.Cancel)
    assert cancel.text() not in ("Cancel", "&Cancel") and any("\u0600" <= ch <= "\u06ff" for ch in cancel.text())
    press(dialog, Qt.Key_Escape)
    assert not dialog.isVisible()


def test_english_keeps_the_gregorian_dates_written_year_first(persian_app, tmp_path, qtbot):
    from press_archive.ui import file_dialogs, i18n

    photo = tmp_path / "meeting.jpg"
    photo.write_bytes(b"x")
    changed = datetime(2024, 8, 3, 10, 30).timestamp()
    os.utime(photo, (changed, changed))
    i18n.set_language("en")
    try:
        dialog = file_dialogs.file_dialog(None, "Choose", str(tmp_path))
        qtbot.addWidget(dialog)
        shown, size = _date_and_size_shown(dialog, qtbot, "meeting.jpg")
        assert shown == "2024-08-03 10:30"
        assert "1" in size and "۱" not in size
        dialog.reject()
    finally:
        i18n.set_language("fa")
