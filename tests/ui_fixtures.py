"""Helpers for the GUI tests: Qt set up once (Persian, right to left), isolated QSettings, a sample
archive with records (and photos when the photo services are there), and Persian typed as key events.
"""

from __future__ import annotations

import colorsys
import os
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402

EVENTS = [
    {"ref": "t-ev-1", "kind": "press_conference", "title": "نشست خبری شهردار دربارهٔ بودجه", "date": "1403/05/14",
     "venue": "تالار شهر", "speakers": ["سعید مهرآذر"], "tags": ["بودجه"]},
    {"ref": "t-ev-2", "kind": "ceremony", "title": "آیین گشایش بوستان", "date": "1403/02/10", "venue": "بوستان ملت"},
]
NEWS = [
    {"ref": "t-n-1", "title": "بودجهٔ شهرداری تصویب شد", "date": "1403/05/15", "category": "شهری",
     "body": "شورای شهر بودجهٔ سال آینده را تصویب کرد.", "event_ref": "t-ev-1", "tags": ["بودجه"]},
    {"ref": "t-n-2", "title": "گشایش بوستان ملت", "date": "1403/02/11", "category": "محیط زیست",
     "body": "بوستان ملت با حضور شهردار گشایش یافت.", "event_ref": "t-ev-2"},
    {"ref": "t-n-3", "title": "Metro line opens", "date": "1402/11/01", "category": "Transport", "language": "en"},
]
INTERVIEWS = [
    {"ref": "t-i-1", "date": "1402/01/10", "outlet": "رادیو شهر", "topic": "بودجه", "status": "ordered",
     "event_ref": "t-ev-1"},
    {"ref": "t-i-2", "date": "1403/05/16", "outlet": "شبکهٔ خبر", "topic": "بوستان", "status": "aired", "minutes": 12},
]
PRODUCTIONS = [
    {"ref": "t-p-1", "kind": "tv_programme", "date": "1403/03/01", "title": "گزارش هفته", "minutes": 30},
]


def add_records(archive) -> None:
    """A small archive of every kind, through the services (works whatever the sample holds)."""
    from press_archive.services import records

    for kind, rows in (("events", EVENTS), ("news", NEWS), ("interviews", INTERVIEWS), ("productions", PRODUCTIONS)):
        for row in rows:
            try:
                records.resolve(archive, kind, row["ref"])
            except LookupError:
                records.add_record(archive, kind, row)


def make_photos(folder: Path, n: int = 12, size: tuple[int, int] = (640, 480)) -> list[Path]:
    """Small JPEGs of distinct colours and shapes (each different, so none is a duplicate)."""
    from PIL import Image, ImageDraw

    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(n):
        r, g, b = (int(c * 255) for c in colorsys.hsv_to_rgb(i / max(1, n), 0.55, 0.9))
        im = Image.new("RGB", size, (r, g, b))
        draw = ImageDraw.Draw(im)
        for k in range(6):
            x = (37 * (i + 1) * (k + 3)) % size[0]
            y = (53 * (i + 2) * (k + 1)) % size[1]
            draw.ellipse([x, y, x + 60 + 10 * k, y + 60 + 7 * k], fill=((r + 90 * k) % 255, (g + 40) % 255, (b + 70) % 255))
        draw.rectangle([20 + i * 7, 20, 120 + i * 9, 90 + i * 3], outline=(255, 255, 255), width=4)
        path = folder / f"photo_{i:03d}.jpg"
        im.save(path, "JPEG", quality=85)
        paths.append(path)
    return paths


def add_photos(archive, folder: Path, n: int = 12, **options):
    """Import generated photos as one batch; None when the photo services are not in this build."""
    try:
        from press_archive.services.photos import import_photos
    except ImportError:
        return None
    make_photos(folder, n)
    options.setdefault("title", "عکس‌های نشست خبری بودجه")
    options.setdefault("photographer", "مریم افشار")
    options.setdefault("event_ref", "t-ev-1")
    options.setdefault("keywords", ["بودجه", "شهرداری"])
    return import_photos(archive, [folder], workers=0, **options)


def type_text(widget, text: str) -> None:
    """Type any text (Persian too) as key events: qtbot.keyClicks aborts on non-Latin text."""
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    for ch in text:
        for kind in (QEvent.KeyPress, QEvent.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, Qt.Key_unknown, Qt.NoModifier, ch))


def wait_for_writes(qtbot, session, timeout: int = 10000) -> None:
    """The window writes off the GUI thread: wait until every write asked for has been answered."""
    qtbot.waitUntil(lambda: session.writes_pending == 0, timeout=timeout)


def search_in_window(window, qtbot, text: str):
    """The window's search view after searching `text` (Return in the query box) and its answer came."""
    from PySide6.QtCore import Qt

    window.open_view("search")
    view = window.search
    view.query.clear()
    type_text(view.query, text)
    press(view.query, Qt.Key_Return)
    qtbot.waitUntil(lambda: not view.busy(), timeout=30000)
    return view


def save_editor(qtbot, editor) -> bool:
    """Click the editor's Save button and wait for the background write's answer: True once it is stored
    and the dialog closed, False when it stays open (problems shown)."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QDialog

    editor.show()
    editor.setResult(QDialog.Rejected)
    qtbot.mouseClick(editor.buttons.button(editor.buttons.StandardButton.Save), Qt.LeftButton)
    wait_for_writes(qtbot, editor.session)
    return editor.result() == QDialog.Accepted


def press(widget, key, text: str = "", modifiers=None) -> None:
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    mods = modifiers if modifiers is not None else Qt.NoModifier
    QApplication.sendEvent(widget, QKeyEvent(QEvent.KeyPress, key, mods, text))
    QApplication.sendEvent(widget, QKeyEvent(QEvent.KeyRelease, key, mods, text))


@pytest.fixture(scope="session")
def persian_app(qapp, tmp_path_factory):
    """The application in Persian, right to left, with its own settings folder."""
    from PySide6.QtCore import QSettings

    from press_archive.ui.app import configure_application

    folder = tmp_path_factory.mktemp("qsettings")
    QSettings.setDefaultFormat(QSettings.IniFormat)
    QSettings.setPath(QSettings.IniFormat, QSettings.UserScope, str(folder))
    configure_application(qapp, "fa")
    return qapp


@pytest.fixture
def ui_settings(persian_app, tmp_path):
    from PySide6.QtCore import QSettings

    from press_archive.ui.settings import Settings

    return Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.IniFormat))


@pytest.fixture
def ui_archive(sample_archive):
    add_records(sample_archive)
    return sample_archive


@pytest.fixture
def session(persian_app, ui_archive):
    from press_archive.ui.session import Session

    s = Session(ui_archive)
    yield s
    s.shutdown()


@pytest.fixture
def window(session, ui_settings, qtbot):
    from press_archive.ui.main_window import MainWindow

    w = MainWindow(session, ui_settings)
    qtbot.addWidget(w)
    w.resize(1300, 800)
    w.show()
    yield w
    w.close()


@pytest.fixture
def photos_required():
    """Named by photo-desk tests from before the photo services were always in the build (a skip then); kept
    so a module that still names it runs. Nothing to check any more: remove once no module names it."""
    return None
