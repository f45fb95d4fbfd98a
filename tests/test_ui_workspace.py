"""The photographer's workspace: the selected photos' current values (mixed shown as mixed) and camera data;
sort, filter and "select the unpicked" on the grid."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

pytest.importorskip("PySide6")
pytestmark = pytest.mark.timeout(120)

from PySide6.QtCore import QItemSelectionModel, Qt  # noqa: E402
from ui_fixtures import (  # noqa: E402,F401
    add_photos, persian_app, press, session, ui_archive, ui_settings, wait_for_writes, window,
)

SAMPLES = Path(__file__).resolve().parents[2] / "shared" / "camera-samples"


def _select(view, rows):
    view.clearSelection()
    for r in rows:
        view.selectionModel().select(view.model().index(r, 0), QItemSelectionModel.Select)


def test_the_info_panel_shows_current_values_and_mixed(window, session, tmp_path, qtbot):
    report = add_photos(session.archive, tmp_path / "p", 4)
    window.navigate({"view": "photos", "batch_id": report.batch_id})
    page = window.photos
    view = page.grid.view
    view.setFocus()
    _select(view, [0])
    press(view, Qt.Key_4, "4")
    wait_for_writes(qtbot, session)
    page.show_selection_info()
    info = page.info
    assert info.labels["rating"].text().endswith("★★★★")
    assert "بودجه" in info.labels["keywords"].text()  # the batch's keywords, shown on the photo
    assert info.labels["photographer"].text().endswith("مریم افشار")
    assert info.labels["size"].text()  # pixels
    _select(view, [0, 1])
    page.show_selection_info()
    assert info.labels["rating"].text().endswith("(گوناگون)")  # 4 stars and none
    assert "بودجه" in info.labels["keywords"].text()  # the same on both: not mixed
    assert info.labels["original_name"].text().endswith("(گوناگون)")


def test_camera_data_of_a_real_camera_file(window, session, tmp_path):
    from press_archive.services.photos import import_photos

    folder = tmp_path / "camera"
    folder.mkdir()
    sample = SAMPLES / "Canon EOS 7D.jpg"
    if not sample.exists():
        pytest.skip("camera samples are not here")
    shutil.copy(sample, folder / sample.name)
    report = import_photos(session.archive, [folder], workers=0, title="canon")
    window.navigate({"view": "photos", "batch_id": report.batch_id})
    page = window.photos
    _select(page.grid.view, [0])
    page.show_selection_info()
    assert "Canon EOS 7D" in page.info.labels["camera"].text()
    exposure = page.info.labels["exposure"].text()
    assert "f/" in exposure and "ISO" in exposure and "\u2066" in exposure  # Latin kept whole in RTL


def test_sort_filter_and_select_the_unpicked(window, session, tmp_path, qtbot):
    from press_archive.services.photos import get_photos

    report = add_photos(session.archive, tmp_path / "p", 6)
    window.navigate({"view": "photos", "batch_id": report.batch_id})
    page = window.photos
    grid = page.grid
    view = grid.view
    view.setFocus()
    _select(view, [1, 3])
    press(view, Qt.Key_P, "p")
    wait_for_writes(qtbot, session)
    _select(view, [3])
    press(view, Qt.Key_5, "5")
    wait_for_writes(qtbot, session)
    picked = {page.model.photo_id(1), page.model.photo_id(3)}
    best = page.model.photo_id(3)
    assert grid.select_unpicked() == 4
    assert set(grid.selected_ids()) == set(page.model.cache.ids) - picked
    grid.show_only.setCurrentIndex(grid.show_only.findText("برگزیده"))
    assert set(page.model.cache.ids) == picked
    grid.show_only.setCurrentIndex(0)
    grid.sort.setCurrentIndex(2)  # best rated first
    assert page.model.cache.ids[0] == best
    grid.sort.setCurrentIndex(1)  # by name
    names = [p["original_name"] for p in get_photos(session.archive, page.model.cache.ids)]
    assert names == sorted(names)


def test_delete_a_single_photo_and_undo(window, session, tmp_path, qtbot):
    from press_archive.services.photos import photo_ids

    report = add_photos(session.archive, tmp_path / "p", 5)
    window.navigate({"view": "photos", "batch_id": report.batch_id})
    page = window.photos
    view = page.grid.view
    view.setFocus()
    gone = page.model.photo_id(2)
    _select(view, [2])
    press(view, Qt.Key_Delete)
    wait_for_writes(qtbot, session)
    assert gone not in photo_ids(session.archive, report.batch_id)
    assert page.model.rowCount() == 4 and gone not in page.model.cache.ids
    assert session.archive.db.execute("SELECT count(*) FROM audit_log WHERE type = 'photo' AND action = 'delete' "
                                      "AND record_id = ?", [gone]).fetchone()[0] == 1
    press(view, Qt.Key_Z, "z", Qt.ControlModifier)
    wait_for_writes(qtbot, session)
    assert gone in photo_ids(session.archive, report.batch_id) and page.model.rowCount() == 5


def test_people_with_type_ahead_and_the_tagging_panel_adds_them(window, session, tmp_path, qtbot):
    from ui_fixtures import type_text

    from press_archive.services.photos import get_photos, tag_photos
    from press_archive.ui.editors import RecordEditor

    report = add_photos(session.archive, tmp_path / "p", 3)
    tag_photos(session.archive, report.batch_id, add_people=["سعید مهرآذر"])  # the people vocabulary knows him
    window.navigate({"view": "photos", "batch_id": report.batch_id})
    page = window.photos
    line = page.panel.add_people
    type_text(line, "سعی")
    completer = line.completer()
    qtbot.waitUntil(lambda: completer.model().rowCount() > 0, timeout=5000)
    assert completer.model().stringList() == ["سعید مهرآذر"]
    line.clear()
    type_text(line, "مریم نادری")
    _select(page.grid.view, [0])
    page.panel.apply_button.click()
    wait_for_writes(qtbot, session)
    assert "مریم نادری" in get_photos(session.archive, [page.model.photo_id(0)])[0]["people"]
    # an event's speakers have the same type-ahead
    editor = RecordEditor(session, "events")
    qtbot.addWidget(editor)
    speakers = editor.form.editors["speakers"]
    type_text(speakers, "سعی")
    qtbot.waitUntil(lambda: speakers.completer().model().rowCount() > 0, timeout=5000)
    assert speakers.completer().model().stringList() == ["سعید مهرآذر"]


def test_compare_two_to_four_photos_side_by_side(window, session, tmp_path, qtbot):
    from PySide6.QtWidgets import QApplication

    from press_archive.ui.photo_grid import CompareDialog

    report = add_photos(session.archive, tmp_path / "p", 5)
    window.navigate({"view": "photos", "batch_id": report.batch_id})
    view = window.photos.grid.view
    view.setFocus()
    _select(view, [0, 2, 3])
    press(view, Qt.Key_C, "c")
    dialogs = [w for w in QApplication.topLevelWidgets() if isinstance(w, CompareDialog) and w.isVisible()]
    assert len(dialogs) == 1
    dialog = dialogs[0]
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: len(dialog.pixmaps) == 3, timeout=20000)
    xs = [image.mapToGlobal(image.rect().topLeft()).x() for image in dialog.images]
    assert len(set(xs)) == 3  # side by side
    assert all(not image.pixmap().isNull() and image.pixmap().width() <= image.width() for image in dialog.images)
    dialog.close()
    _select(view, [0])
    press(view, Qt.Key_C, "c")
    assert "دو تا چهار" in window.photos.message.text()
