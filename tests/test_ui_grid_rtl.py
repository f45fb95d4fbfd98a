"""The photo grid right to left: arrows follow the visual direction, Shift-click and rubber bands take
every photo in the range, the leftmost included. Real key and mouse events on the real grid."""

from __future__ import annotations

import pytest

pytest.importorskip("PySide6")
pytest.importorskip("pytestqt")
pytestmark = pytest.mark.timeout(120)

from PySide6.QtCore import QItemSelectionModel, Qt  # noqa: E402
from ui_fixtures import (  # noqa: E402,F401
    add_photos, persian_app, press, session, ui_archive, ui_settings, window,
)


@pytest.fixture
def grid(window, session, tmp_path, qtbot):
    report = add_photos(session.archive, tmp_path / "photos", 10)
    window.navigate({"view": "photos", "batch_id": report.batch_id})
    view = window.photos.grid.view
    window.photos.grid.set_zoom(120)
    view.setFocus()
    qtbot.waitUntil(lambda: view.visualRect(view.model().index(9, 0)).isValid(), timeout=5000)
    return view


def _first_line(view) -> list[int]:
    top = view.visualRect(view.model().index(0, 0)).top()
    return [r for r in range(view.model().rowCount()) if view.visualRect(view.model().index(r, 0)).top() == top]


def _selected(view) -> list[int]:
    return sorted(i.row() for i in view.selectionModel().selectedIndexes())


def test_the_grid_runs_right_to_left(grid):
    line = _first_line(grid)
    assert len(line) >= 3
    xs = [grid.visualRect(grid.model().index(r, 0)).x() for r in line]
    assert xs == sorted(xs, reverse=True)  # the first photo at the right


def test_right_arrow_moves_right_and_left_arrow_moves_left(grid):
    model = grid.model()
    grid.selectionModel().setCurrentIndex(model.index(1, 0), QItemSelectionModel.ClearAndSelect)
    x1 = grid.visualRect(model.index(1, 0)).x()
    press(grid, Qt.Key_Right)
    assert grid.currentIndex().row() == 0
    assert grid.visualRect(grid.currentIndex()).x() > x1  # visually to the right
    press(grid, Qt.Key_Left)
    press(grid, Qt.Key_Left)
    assert grid.currentIndex().row() == 2
    assert grid.visualRect(grid.currentIndex()).x() < x1
    press(grid, Qt.Key_Left, modifiers=Qt.ShiftModifier)
    assert _selected(grid) == [2, 3]


def test_shift_click_takes_the_leftmost_photo_of_the_row(grid, qtbot):
    model = grid.model()
    line = _first_line(grid)
    qtbot.mouseClick(grid.viewport(), Qt.LeftButton, Qt.NoModifier, grid.visualRect(model.index(0, 0)).center())
    assert _selected(grid) == [0]
    leftmost = line[-1]
    qtbot.mouseClick(grid.viewport(), Qt.LeftButton, Qt.ShiftModifier,
                     grid.visualRect(model.index(leftmost, 0)).center())
    assert _selected(grid) == line
    # and across lines: a range of photos in the grid's order
    qtbot.mouseClick(grid.viewport(), Qt.LeftButton, Qt.ShiftModifier, grid.visualRect(model.index(9, 0)).center())
    assert _selected(grid) == list(range(10))


def test_a_rubber_band_over_the_first_line_takes_all_of_it(grid, qtbot):
    model = grid.model()
    line = _first_line(grid)
    right = grid.visualRect(model.index(line[0], 0))
    left = grid.visualRect(model.index(line[-1], 0))
    grid.clearSelection()
    grid.setSelection(right.united(left).adjusted(8, 8, -8, -8), QItemSelectionModel.ClearAndSelect)
    assert _selected(grid) == line
