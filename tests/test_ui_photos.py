"""The photo desk: the grid fills with thumbnails made off the GUI thread, the photographers' keys,
batch tagging with code replacements, the preview, and imports (records and photos) as dialogs."""

from __future__ import annotations

import json
import threading

import pytest

pytest.importorskip("PySide6")
pytest.importorskip("pytestqt")
pytestmark = pytest.mark.timeout(120)

from ui_fixtures import (  # noqa: E402,F401
    add_photos,
    make_photos,
    persian_app,
    press,
    session,
    type_text,
    ui_archive,
    ui_settings,
    wait_for_writes,
    window,
)


@pytest.fixture
def photo_batch(session, tmp_path):
    return add_photos(session.archive, tmp_path / "photos", 8)


def test_grid_shows_a_batch_with_thumbnails(window, photo_batch, qtbot):
    from PySide6.QtCore import Qt

    window.navigate({"view": "photos", "batch_id": photo_batch.batch_id})
    page = window.photos
    assert page.model.rowCount() == 8
    assert page.grid.count.text().lstrip("\u200f").startswith("۸ عکس")
    qtbot.waitUntil(lambda: page.model.cache.is_loaded(0), timeout=5000)
    qtbot.waitUntil(lambda: page.model.data(page.model.index(0), Qt.DecorationRole) is not None, timeout=10000)
    pixmap = page.model.data(page.model.index(0), Qt.DecorationRole)
    assert not pixmap.isNull()
    image = page.grid.view.grab().toImage()
    assert not image.isNull()
    page.grid.set_zoom(96)
    assert page.grid.view.iconSize().width() == 96
    window.action_zoom_in.trigger()
    assert page.grid.zoom.value() == 128


def test_rating_and_pick_keys_tag_the_selected_photos(window, photo_batch, qtbot):
    from PySide6.QtCore import Qt

    from press_archive.services.photos import get_photos

    window.navigate({"view": "photos", "batch_id": photo_batch.batch_id})
    page = window.photos
    view = page.grid.view
    view.setFocus()
    view.selectAll()
    ids = page.grid.selected_ids()
    assert len(ids) == 8
    press(view, Qt.Key_4, "4")
    wait_for_writes(qtbot, window.session)
    assert {p["rating"] for p in get_photos(window.session.archive, ids)} == {4}
    press(view, Qt.Key_P, "p")
    wait_for_writes(qtbot, window.session)
    assert {p["picked"] for p in get_photos(window.session.archive, ids)} == {1}
    press(view, 0, "ح")  # P's key on the Persian layout
    press(view, Qt.Key_X, "x")
    wait_for_writes(qtbot, window.session)
    assert {p["picked"] for p in get_photos(window.session.archive, ids)} == {0}
    press(view, 0, "۲")
    wait_for_writes(qtbot, window.session)
    assert {p["rating"] for p in get_photos(window.session.archive, ids)} == {2}
    # the grid repaints the changed rows from fresh pages
    page.model.cache.load_rows(range(8))
    assert page.model.cache.row(0)["rating"] == 2


def test_tagging_panel_applies_keywords_caption_and_people(window, photo_batch, qtbot):
    from press_archive.services import photos

    window.navigate({"view": "photos", "batch_id": photo_batch.batch_id})
    page = window.photos
    view = page.grid.view
    from PySide6.QtCore import QItemSelectionModel

    view.selectionModel().select(page.model.index(0), QItemSelectionModel.Select)
    view.selectionModel().select(page.model.index(1), QItemSelectionModel.Select)
    panel = page.panel
    assert panel.apply_button.isEnabled() and "۲" in panel.count.text()
    photos.set_code_replacement(window.session.archive, "sh", "شهردار ارغوان‌شهر")
    panel.add_keywords.setFocus()
    type_text(panel.add_keywords, "نشست خبری، بودجه")
    type_text(panel.caption, "سخنرانی \\sh\\ در نشست")
    panel.place.setText("تالار شهر")
    panel.rating.setCurrentIndex(panel.rating.findData(5))
    panel.apply_button.click()
    wait_for_writes(qtbot, window.session)
    rows = photos.get_photos(window.session.archive, page.grid.selected_ids())
    for row in rows:
        assert "نشست خبری" in row["keywords"]
        assert row["caption"] == "سخنرانی شهردار ارغوان‌شهر در نشست"
        assert row["place"] == "تالار شهر" and row["rating"] == 5
    assert "۲" in panel.message.text()


def test_preview_loads_the_large_image_off_the_gui_thread(window, photo_batch, qtbot):
    from press_archive.ui.photo_grid import PreviewDialog

    window.navigate({"view": "photos", "batch_id": photo_batch.batch_id})
    page = window.photos
    page.model.cache.load_rows([0])
    row = page.model.cache.row(0)
    dialog = PreviewDialog(page.loader, row, window)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.image.pixmap() is not None and not dialog.image.pixmap().isNull(), timeout=10000)
    assert dialog.image.pixmap().width() > 256


def test_thumbnail_requests_are_last_in_first_out(persian_app, qtbot):
    from PySide6.QtGui import QImage

    from press_archive.ui.thumbnails import _Worker

    order = []
    gate = threading.Event()

    def path_for(row, size):
        gate.wait(5)
        order.append(row["id"])
        return None

    worker = _Worker(path_for)
    for i in range(0, 5):
        worker.request((i, 256), {"id": i}, 256)
    worker.start()
    qtbot.wait(50)
    gate.set()
    qtbot.waitUntil(lambda: len(order) == 5, timeout=5000)
    worker.stop()
    worker.wait(2000)
    assert order == [4, 3, 2, 1, 0]  # the newest request (what is on screen now) first
    assert isinstance(QImage(), QImage)


def _write_news(path, lines):
    path.write_text("\n".join(json.dumps(x, ensure_ascii=False) if isinstance(x, dict) else x for x in lines) + "\n",
                    encoding="utf-8")


def test_import_dialog_lists_every_rejected_row(window, tmp_path, qtbot):
    from press_archive.services import records

    path = tmp_path / "news.jsonl"
    _write_news(path, [
        {"title": "خبر درست", "date": "1403/02/02"},
        {"title": "تاریخ نادرست", "date": "1403/13/01"},
        "{not json",
        {"date": "1403/02/03"},
    ])
    n = records.count(window.session.archive, "news")
    dialog = window.open_import("news", [path])
    qtbot.addWidget(dialog)
    dialog.start()
    assert dialog.running() or dialog.report is not None
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=20000)
    assert dialog.report.imported == 1 and dialog.report.rejected == 3
    assert dialog.errors.rowCount() == 3
    lines = {dialog.errors.item(r, 1).text() for r in range(3)}
    assert lines == {"۲", "۳", "۴"}
    assert "۱ وارد شد" in dialog.status.text()
    assert records.count(window.session.archive, "news") == n + 1
    # the list and the side panel's recent imports follow
    window.open_view("news")
    assert window.list.model.rowCount() == n + 1
    assert window.sidebar.recent_root.childCount() == 1
    dialog.close()


def test_import_dialog_reports_an_unusable_file(window, tmp_path, qtbot):
    path = tmp_path / "news.jsonl"
    path.write_bytes(b"\xff\xfe not utf-8")
    dialog = window.open_import("news", [path])
    qtbot.addWidget(dialog)
    failures = []
    dialog.start()
    qtbot.waitUntil(lambda: not dialog.running(), timeout=20000)
    assert "چیزی وارد نشد" in dialog.status.text()
    assert dialog.start_button.isEnabled()
    del failures


def test_photo_import_fills_the_grid_and_can_be_cancelled(window, tmp_path, qtbot):
    folder = tmp_path / "incoming"
    make_photos(folder, 10)
    window.open_view("photos")
    dialog = window.open_import("photos", [folder])
    qtbot.addWidget(dialog)
    dialog.batch_title.setText("عکس‌های تازه")
    type_text(dialog.batch_photographer, "مریم")
    dialog.start()
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=60000)
    assert dialog.report.imported == 10
    assert window.photos.model.batch_id == dialog.report.batch_id
    assert window.photos.model.rowCount() == 10
    assert window.sidebar.recent_root.childCount() == 1
    # a second import, cancelled at once: it stops cleanly and says so
    other = tmp_path / "more"
    make_photos(other, 30, size=(900, 700))
    dialog2 = window.open_import("photos", [other])
    qtbot.addWidget(dialog2)
    dialog2.start()
    dialog2.cancel()
    qtbot.waitUntil(lambda: not dialog2.running(), timeout=60000)
    assert dialog2.report is not None
    assert dialog2.report.imported < 30 or dialog2.report.cancelled is False


def test_closing_the_window_cancels_a_running_import(window, tmp_path, qtbot):
    folder = tmp_path / "big"
    make_photos(folder, 40, size=(1200, 900))
    dialog = window.open_import("photos", [folder])
    dialog.start()
    qtbot.waitUntil(lambda: dialog.progress.maximum() > 0, timeout=20000)
    window.close()  # waits for the import to stop at the next file
    assert not window.session.tasks.busy() or all(t.is_cancelled() for t in window.session.tasks.active())


def test_a_photo_import_reloads_the_batch_list_at_most_twice(window, tmp_path, qtbot):
    """On a ten-year archive each reload of the 10,000 batches blocked the window: once when the new batch
    appears, once for the change notice, and no third time when the import ends."""
    folder = tmp_path / "incoming"
    make_photos(folder, 6)
    window.open_view("photos")
    resets = []
    window.photos.batches.modelAboutToBeReset.connect(lambda: resets.append(1))
    dialog = window.open_import("photos", [folder], start=True)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=60000)
    assert window.photos.model.batch_id == dialog.report.batch_id and window.photos.model.rowCount() == 6
    assert len(resets) <= 2


def test_the_window_takes_the_interpreter_back_from_busy_threads_within_a_millisecond(persian_app):
    import sys

    from press_archive.ui.app import application

    application("fa")
    assert sys.getswitchinterval() <= 0.001


def test_x_rejects_p_picks_u_clears_and_the_grid_filters_rejects(window, photo_batch, qtbot):
    from PySide6.QtCore import Qt

    from press_archive.services.photos import get_photos, pick_flag

    window.navigate({"view": "photos", "batch_id": photo_batch.batch_id})
    page = window.photos
    view = page.grid.view
    archive = window.session.archive

    def flags():
        return [pick_flag(p) for p in get_photos(archive, [page.model.photo_id(r) for r in range(8)])]

    view.setFocus()
    qtbot.mouseClick(view.viewport(), Qt.LeftButton, pos=view.visualRect(page.model.index(2)).center())
    assert page.grid.selected_ids() == [page.model.photo_id(2)]
    rejected_id = page.model.photo_id(2)
    press(view, Qt.Key_X, "x")
    wait_for_writes(qtbot, window.session)
    assert flags() == [0, 0, -1, 0, 0, 0, 0, 0]
    assert page.undo_stack.undoText() == "رد ۱ عکس"
    # show only the rejected, then only the others
    show = page.grid.show_only
    show.setCurrentIndex(show.findText("ردشده"))
    assert [page.model.photo_id(r) for r in range(page.model.rowCount())] == [rejected_id]
    show.setCurrentIndex(show.findText("ردنشده"))
    assert page.model.rowCount() == 7 and page.model.row_of(rejected_id) is None
    show.setCurrentIndex(0)
    row = page.model.row_of(rejected_id)
    qtbot.mouseClick(view.viewport(), Qt.LeftButton, pos=view.visualRect(page.model.index(row)).center())
    press(view, Qt.Key_P, "p")  # a pick takes the reject away
    wait_for_writes(qtbot, window.session)
    assert pick_flag(get_photos(archive, [rejected_id])[0]) == 1
    press(view, Qt.Key_U, "u")
    wait_for_writes(qtbot, window.session)
    assert pick_flag(get_photos(archive, [rejected_id])[0]) == 0
    page.undo_stack.undo()
    wait_for_writes(qtbot, window.session)
    assert pick_flag(get_photos(archive, [rejected_id])[0]) == 1
    page.undo_stack.undo()
    wait_for_writes(qtbot, window.session)
    assert pick_flag(get_photos(archive, [rejected_id])[0]) == -1


def test_z_shows_the_original_at_100_percent_and_the_photo_follows_the_hand(window, session, tmp_path, qtbot):
    from PySide6.QtCore import QPoint, Qt

    from press_archive.services.photos import import_photos

    make_photos(tmp_path / "big", 1, size=(2400, 1600))
    report = import_photos(session.archive, [tmp_path / "big"], workers=0)
    window.navigate({"view": "photos", "batch_id": report.batch_id})
    view = window.photos.grid.view
    view.setFocus()
    qtbot.mouseClick(view.viewport(), Qt.LeftButton, pos=view.visualRect(window.photos.model.index(0)).center())
    press(view, Qt.Key_Z, "z")
    from press_archive.ui.loupe import LoupeDialog

    loupe = next(d for d in window.photos.findChildren(LoupeDialog) if d.isVisible())
    qtbot.waitUntil(lambda: loupe.pixmap_size() is not None and loupe.task.finished, timeout=20000)
    assert (loupe.pixmap_size().width(), loupe.pixmap_size().height()) == (2400, 1600)  # 1:1, not the preview
    assert loupe.area.horizontalScrollBar().maximum() > 0 and loupe.area.verticalScrollBar().maximum() > 0
    viewport = loupe.area.viewport()
    before = loupe.image.pos()
    start = viewport.rect().center()
    qtbot.mousePress(viewport, Qt.LeftButton, pos=start)
    qtbot.mouseMove(viewport, start + QPoint(-120, -90))
    qtbot.mouseRelease(viewport, Qt.LeftButton, pos=start + QPoint(-120, -90))
    after = loupe.image.pos()
    assert (after.x() - before.x(), after.y() - before.y()) == (-120, -90)  # right to left too
    press(loupe.area, Qt.Key_Down)  # the arrow keys pan as well
    assert loupe.image.pos().y() < after.y()
    press(loupe, Qt.Key_Z, "z")
    assert not loupe.isVisible()
    # from the preview (Space), Z goes on to the same photo at 100 %
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from press_archive.ui.photo_grid import PreviewDialog

    def in_preview():
        preview = next(w for w in QApplication.topLevelWidgets() if isinstance(w, PreviewDialog) and w.isVisible())
        press(preview, Qt.Key_Z, "z")

    QTimer.singleShot(200, in_preview)
    press(view, Qt.Key_Space, " ")
    assert any(d.isVisible() for d in window.photos.findChildren(LoupeDialog))


def test_the_selection_survives_the_end_of_an_import_into_the_shown_batch(window, session, tmp_path, qtbot):
    """The photographer picks while the import runs: its closing change notice appends, it does not reset."""
    from PySide6.QtCore import Qt

    from press_archive.services.photos import import_photos, trash_photos

    first = add_photos(session.archive, tmp_path / "p", 4, ref="PB-live")
    window.navigate({"view": "photos", "batch_id": first.batch_id})
    page = window.photos
    view = page.grid.view
    qtbot.mouseClick(view.viewport(), Qt.LeftButton, pos=view.visualRect(page.model.index(1)).center())
    chosen = page.grid.selected_ids()
    make_photos(tmp_path / "more", 3, size=(500, 400))
    report = import_photos(session.archive, [tmp_path / "more"], workers=0, ref="PB-live")
    assert report.batch_id == first.batch_id and report.imported == 3, report
    session.announce(report.changes)
    assert page.model.rowCount() == 7 and page.grid.selected_ids() == chosen
    # a photo gone from the middle: the grid is redrawn from the archive
    session.announce(trash_photos(session.archive, [page.model.photo_id(0)]))
    assert page.model.rowCount() == 6


def test_the_grid_menu_rejects_the_photo_under_the_pointer(window, photo_batch, qtbot):
    from PySide6.QtCore import Qt

    from press_archive.services.photos import get_photos, pick_flag

    window.navigate({"view": "photos", "batch_id": photo_batch.batch_id})
    page = window.photos
    view = page.grid.view
    qtbot.mouseClick(view.viewport(), Qt.LeftButton, pos=view.visualRect(page.model.index(0)).center())
    target = page.model.photo_id(3)
    menu = {}

    def choose():
        from PySide6.QtWidgets import QApplication, QMenu

        popup = next(w for w in QApplication.topLevelWidgets() if isinstance(w, QMenu) and w.isVisible())
        menu["texts"] = [a.text() for a in popup.actions()]
        next(a for a in popup.actions() if a.text() == "رد").trigger()
        popup.close()

    from PySide6.QtCore import QTimer
    from PySide6.QtGui import QContextMenuEvent
    from PySide6.QtWidgets import QApplication

    QTimer.singleShot(200, choose)
    pos = view.visualRect(page.model.index(3)).center()
    QApplication.sendEvent(view.viewport(), QContextMenuEvent(QContextMenuEvent.Mouse, pos, view.viewport().mapToGlobal(pos)))
    wait_for_writes(qtbot, window.session)
    assert menu["texts"] == ["گزینش", "رد", "نه برگزیده، نه ردشده", "پیش‌نمایش", "نمایش با اندازهٔ واقعی",
                             "حذف (به زباله‌دان)"]
    assert page.grid.selected_ids() == [target]
    assert [pick_flag(p) for p in get_photos(window.session.archive, [target, page.model.photo_id(0)])] == [-1, 0]
