"""The CLI's photo tools from the window: export with metadata, code replacements, duplicates side by side."""

from __future__ import annotations

import json
import shutil
import subprocess

import pytest

pytest.importorskip("PySide6")
pytestmark = pytest.mark.timeout(180)

from PySide6.QtCore import Qt  # noqa: E402
from ui_fixtures import (  # noqa: E402,F401
    add_photos, persian_app, session, ui_archive, ui_settings, wait_for_writes, window,
)


def test_export_the_selected_photos_with_their_metadata(window, session, tmp_path, qtbot):
    if shutil.which("exiftool") is None:
        pytest.skip("exiftool is not installed")
    report = add_photos(session.archive, tmp_path / "p", 4)
    window.navigate({"view": "photos", "batch_id": report.batch_id})
    view = window.photos.grid.view
    view.selectionModel().select(window.photos.model.index(1), view.selectionModel().SelectionFlag.Select)
    done = []
    window.export_photos(tmp_path / "out", done.append)
    qtbot.waitUntil(lambda: bool(done), timeout=60000)
    assert done[0] is not None and len(done[0].files) == 1
    out = subprocess.run(["exiftool", "-j", "-charset", "iptc=UTF8", "-XMP-dc:Subject", "-XMP-dc:Creator",
                          str(tmp_path / "out" / done[0].files[0])], capture_output=True, text=True)
    meta = json.loads(out.stdout)[0]
    assert "بودجه" in meta["Subject"] and "مریم افشار" in str(meta["Creator"])


def test_code_replacements_are_edited_and_shared(window, session, qtbot):
    from press_archive.services.photos import code_replacements, expand_codes, set_code_replacement

    set_code_replacement(session.archive, "old", "قدیمی")
    dialog = window.edit_code_replacements()
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == len(code_replacements(session.archive))
    qtbot.mouseClick(dialog.add_button, Qt.LeftButton)
    n = dialog.table.rowCount() - 1
    dialog.table.item(n, 0).setText("sh")
    dialog.table.item(n, 1).setText("شهردار")
    row_old = next(r for r in range(dialog.table.rowCount()) if dialog.table.item(r, 0).text() == "old")
    dialog.table.setCurrentCell(row_old, 0)
    qtbot.mouseClick(dialog.remove_button, Qt.LeftButton)
    dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    wait_for_writes(qtbot, session)
    assert expand_codes(session.archive, "\\sh\\ گفت") == "شهردار گفت"
    assert "old" not in code_replacements(session.archive)


def test_duplicate_groups_side_by_side(window, session, tmp_path, qtbot):
    import photo_factory as pf

    from press_archive.services.photos import import_photos

    image = pf.picture((600, 400), seed=8)
    one, two = tmp_path / "a", tmp_path / "b"
    pf.write(one / "first.jpg", pf.jpeg_bytes(image=image))
    # the same image data under other metadata
    pf.write(two / "second.jpg", pf.jpeg_bytes(image=image, iptc=pf.iptc_fields(caption="again")))
    import_photos(session.archive, [one], workers=0, title="one")
    second = import_photos(session.archive, [two], workers=0, title="two")
    dialog = window.show_duplicates()
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.task.finished, timeout=60000)
    assert dialog.rows, dialog.info.text()
    assert dialog.info.text().strip("\u200f") == "یک گروه تکراری"  # one group said as one, not "1 groups"
    names = [dialog.rows[0].item(n).text() for n in range(dialog.rows[0].count())]
    assert len(names) == 2 and any("first" in n for n in names) and any("second" in n for n in names)
    strip = dialog.rows[0]
    target = next(strip.item(n) for n in range(strip.count()) if "second" in strip.item(n).text())
    strip.itemDoubleClicked.emit(target)
    assert window.photos.model.batch_id == second.batch_id
    assert window.photos.grid.selected_ids() == [target.data(Qt.UserRole)["id"]]


def test_duplicates_keep_one_and_reject_the_others(window, session, tmp_path, qtbot):
    import photo_factory as pf

    from press_archive.services.photos import get_photos, import_photos, pick_flag

    image = pf.picture((600, 400), seed=9)
    for n, folder in enumerate(("a", "b", "c")):
        pf.write(tmp_path / folder / f"copy{n}.jpg", pf.jpeg_bytes(image=image, iptc=pf.iptc_fields(caption=f"c{n}")))
        import_photos(session.archive, [tmp_path / folder], workers=0, title=folder)
    dialog = window.show_duplicates()
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.task.finished, timeout=60000)
    strip = dialog.rows[0]
    ids = [strip.item(n).data(Qt.UserRole)["id"] for n in range(strip.count())]
    assert len(ids) == 3
    rect = strip.visualItemRect(strip.item(1))
    qtbot.mouseClick(strip.viewport(), Qt.LeftButton, pos=rect.center())
    assert strip.currentRow() == 1
    qtbot.mouseClick(dialog.keep_buttons[0], Qt.LeftButton)
    wait_for_writes(qtbot, session)
    flags = {p["id"]: pick_flag(p) for p in get_photos(session.archive, ids)}
    assert flags == {ids[0]: -1, ids[1]: 1, ids[2]: -1}
    assert strip.item(1).text().startswith("✓") and strip.item(0).text().startswith("✕")
    # one step on the Photos page's undo stack takes it back
    stack = session.undo_stack_for("photos")
    assert "۳" in stack.undoText()
    stack.undo()
    wait_for_writes(qtbot, session)
    assert {pick_flag(p) for p in get_photos(session.archive, ids)} == {0}
    qtbot.mouseClick(strip.viewport(), Qt.LeftButton, pos=strip.visualItemRect(strip.item(2)).center())
    qtbot.mouseClick(dialog.reject_buttons[0], Qt.LeftButton)
    wait_for_writes(qtbot, session)
    assert [pick_flag(p) for p in get_photos(session.archive, ids)] == [0, 0, -1]


def test_the_keyword_vocabulary_is_edited_and_offered_to_everyone_tagging(window, session, tmp_path, qtbot):
    from ui_fixtures import press, type_text

    from press_archive.services.photos import keyword_suggestions, keyword_vocabulary

    add_photos(session.archive, tmp_path / "p", 2, keywords=["بودجه", "شهرداری"])
    window.navigate({"view": "photos"})
    assert window.action_keyword_vocabulary in window.menuBar().actions()[-1].menu().actions() or any(
        window.action_keyword_vocabulary in m.menu().actions() for m in window.menuBar().actions() if m.menu())
    dialog = window.edit_keyword_vocabulary()
    qtbot.addWidget(dialog)
    texts = [dialog.list.item(n).text() for n in range(dialog.list.count())]
    assert any("بودجه" in t and "(۱)" in t for t in texts)  # uses in Persian digits
    dialog.new_keyword.setFocus()
    type_text(dialog.new_keyword, "کتابخانهٔ مرکزی، پل طبیعت")
    press(dialog.new_keyword, Qt.Key_Return)
    assert {"کتابخانهٔ مرکزی", "پل طبیعت"} <= set(dialog.wanted()) and not dialog.new_keyword.text()
    wait_for_writes(qtbot, session)
    assert dialog.isVisible() and "پل طبیعت" not in keyword_vocabulary(session.archive)  # Return did not save
    row = dialog.wanted().index("بودجه")
    dialog.list.scrollToItem(dialog.list.item(row))
    rect = dialog.list.visualItemRect(dialog.list.item(row))
    qtbot.mouseClick(dialog.list.viewport(), Qt.LeftButton, pos=rect.center())
    assert [i.data(Qt.UserRole) for i in dialog.list.selectedItems()] == ["بودجه"], rect
    qtbot.mouseClick(dialog.remove_button, Qt.LeftButton)
    assert "بودجه" not in dialog.wanted()
    qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Save), Qt.LeftButton)
    wait_for_writes(qtbot, session)
    assert not dialog.isVisible()
    vocabulary = keyword_vocabulary(session.archive)
    assert "بودجه" not in vocabulary and vocabulary["پل طبیعت"] == 0
    # the tagging panel's type-ahead offers the new keyword at once
    assert keyword_suggestions(session.archive, "پل ط") == ["پل طبیعت"]
    line = window.photos.panel.add_keywords
    type_text(line, "پل ط")
    qtbot.waitUntil(lambda: line.completer().model().rowCount() > 0, timeout=5000)
    assert line.completer().model().stringList() == ["پل طبیعت"]
