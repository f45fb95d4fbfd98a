"""The photo desk after an import and from a search hit, and a portrait preview on a small screen."""

from __future__ import annotations

import pytest

pytest.importorskip("PySide6")
pytestmark = pytest.mark.timeout(120)

from ui_fixtures import (  # noqa: E402,F401
    add_photos, make_photos, persian_app, session, ui_archive, ui_settings, window,
)


def test_after_an_import_the_photos_page_shows_the_new_batch(window, session, tmp_path, qtbot):
    old = add_photos(session.archive, tmp_path / "old", 3)
    window.navigate({"view": "photos", "batch_id": old.batch_id})
    window.open_view("news")  # the import is started from another page
    folder = tmp_path / "incoming"
    make_photos(folder, 5)
    dialog = window.open_import("photos", [folder])
    qtbot.addWidget(dialog)
    dialog.start()
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=60000)
    dialog.close()
    window.action_view_photos.trigger()  # Ctrl+3: Photos
    assert window.stack.currentWidget() is window.photos
    assert window.photos.model.batch_id == dialog.report.batch_id != old.batch_id
    assert window.photos.model.rowCount() == dialog.report.imported > 0
    current = window.photos.batch_view.currentIndex()
    assert window.photos.batches.record_id(current.row()) == dialog.report.batch_id


def test_opening_a_photo_hit_selects_that_photo(window, session, tmp_path):
    from press_archive.services.photos import photo_ids

    report = add_photos(session.archive, tmp_path / "p", 9)
    wanted = photo_ids(session.archive, report.batch_id)[6]
    window.open_view("search")
    window.search.open_hit.emit("photo", wanted)  # what a double-click on a photo hit sends
    page = window.photos
    assert window.stack.currentWidget() is page and page.model.batch_id == report.batch_id
    assert page.grid.selected_ids() == [wanted]
    assert page.model.photo_id(page.grid.view.currentIndex().row()) == wanted


def test_a_portrait_preview_fits_the_screen(window, session, tmp_path, qtbot):
    from PySide6.QtGui import QGuiApplication

    from press_archive.ui.photo_grid import PreviewDialog

    folder = tmp_path / "portrait"
    make_photos(folder, 1, size=(1536, 2048))
    from press_archive.services.photos import import_photos

    report = import_photos(session.archive, [folder], workers=0, title="portrait")
    window.navigate({"view": "photos", "batch_id": report.batch_id})
    page = window.photos
    page.grid.view.setFocus()
    page.grid.view.setCurrentIndex(page.model.index(0))
    page.model.cache.load_rows([0])
    dialog = PreviewDialog(page.loader, page.model.cache.row(0), window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.pixmap is not None, timeout=10000)
    area = QGuiApplication.primaryScreen().availableGeometry()
    assert dialog.pixmap.height() == 1024  # the preview file itself is full size
    assert dialog.frameGeometry().height() <= area.height()
    shown = dialog.image.pixmap()
    assert shown.height() <= dialog.image.contentsRect().height()
    assert shown.width() <= dialog.image.contentsRect().width()
    assert abs(shown.width() / shown.height() - 0.75) < 0.02  # the whole photo, not a cut-off part
