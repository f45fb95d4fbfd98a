"""Starting the GUI: the platform, the application object, language and fonts, the first start,
and the `--screenshot` mode (open, render, save, exit).

The layout direction and the locale are set before any widget exists (widgets read them when they
are made); Qt's own Persian translations and ours are installed; Vazirmatn is the application font.
"""

from __future__ import annotations

import os
import sqlite3
import sys
import time
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, Qt, QTranslator
from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication
from PySide6.QtWidgets import QApplication

from press_archive.ui import i18n
from press_archive.ui.icons import resources_dir
from press_archive.ui.settings import APPLICATION, ORGANIZATION

FONT_FAMILY = "Vazirmatn"
_installed: list[QTranslator] = []


def prepare_platform(screenshot: bool) -> None:
    """With --screenshot and no display, render offscreen (set before the application exists)."""
    if screenshot and not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def persian_locale() -> QLocale:
    locale = QLocale(QLocale.Persian, QLocale.Iran)
    locale.setNumberOptions(QLocale.OmitGroupSeparator)
    return locale


def load_fonts() -> str | None:
    family = None
    for name in ("Vazirmatn-Regular.ttf", "Vazirmatn-Medium.ttf", "Vazirmatn-Bold.ttf"):
        path = resources_dir() / "fonts" / name
        if path.exists():
            font_id = QFontDatabase.addApplicationFont(str(path))
            families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
            family = family or (families[0] if families else None)
    return family


def translations_dir() -> Path:
    return resources_dir() / "translations"


def install_translators(app: QCoreApplication, language: str) -> list[str]:
    """Qt's own Persian (qtbase_fa) and ours; returns what was loaded."""
    for t in _installed:
        app.removeTranslator(t)
    _installed.clear()
    loaded = []
    if language != "fa":
        return loaded
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for name, folder in (("qtbase_fa", qt_dir), ("press_archive_fa", str(translations_dir()))):
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)
            _installed.append(translator)
            loaded.append(name)
    return loaded


def configure_application(app: QApplication, language: str = "fa") -> None:
    """Language, direction, locale, fonts and translators: call before the first widget is made."""
    i18n.set_language(language)
    QCoreApplication.setOrganizationName(ORGANIZATION)
    QCoreApplication.setApplicationName(APPLICATION)
    if language == "fa":
        QGuiApplication.setLayoutDirection(Qt.RightToLeft)
        QLocale.setDefault(persian_locale())
    else:
        QGuiApplication.setLayoutDirection(Qt.LeftToRight)
        english = QLocale(QLocale.English, QLocale.UnitedStates)
        english.setNumberOptions(QLocale.OmitGroupSeparator)
        QLocale.setDefault(english)
    family = load_fonts()
    if family:
        font = QFont(family, 10)
        font.setHintingPreference(QFont.PreferNoHinting)
        app.setFont(font)
    install_translators(app, language)
    # Background threads (an import, a search) run Python too: hand the interpreter back to the GUI thread
    # within 1 ms rather than Python's default 5 ms, so a paint that calls into Python many times never waits
    # tens of milliseconds for a busy worker thread.
    sys.setswitchinterval(0.001)


def application(language: str | None = None) -> QApplication:
    """The one QApplication (reused when it exists, as under pytest-qt)."""
    app = QApplication.instance()
    if app is None:
        QCoreApplication.setOrganizationName(ORGANIZATION)
        QCoreApplication.setApplicationName(APPLICATION)
        app = QApplication(sys.argv[:1])
    if language is None:
        from press_archive.ui.settings import Settings

        language = os.environ.get("PRESS_ARCHIVE_LANG") or Settings().language
    configure_application(app, language)
    return app


def wait_until_idle(window, timeout: float = 15.0, settle: float = 0.3) -> bool:
    """Process events until background work and thumbnails are done (the screenshot waits for them)."""
    app = QApplication.instance()
    deadline = time.monotonic() + timeout
    quiet_since = None
    while time.monotonic() < deadline:
        app.processEvents()
        if window.is_idle():
            quiet_since = quiet_since or time.monotonic()
            if time.monotonic() - quiet_since >= settle:
                return True
        else:
            quiet_since = None
        time.sleep(0.01)
    return False


def save_screenshot(window, path: Path) -> bool:
    window.repaint()
    QApplication.instance().processEvents()
    pixmap = window.grab()
    path.parent.mkdir(parents=True, exist_ok=True)
    return pixmap.save(str(path), "PNG")


def open_window(archive, settings=None):
    from press_archive.ui.main_window import MainWindow
    from press_archive.ui.session import Session
    from press_archive.ui.settings import Settings

    session = Session(archive)
    window = MainWindow(session, settings or Settings())
    session.bring_index_up_to_date()
    return window


def run(archive_dir: Path | str, *, explicit: bool = True, screenshot: Path | None = None, view: str | None = None,
        server_options: dict | None = None) -> int:
    """The `gui` command. Returns the exit code."""
    prepare_platform(screenshot is not None)
    app = application()
    from press_archive.services.archive import Archive, NotAnArchive
    from press_archive.ui.settings import Settings

    from press_archive.storage.database import damaged_database
    from press_archive.storage.errors import ServerUnavailable
    from press_archive.storage.server import is_server_url

    settings = Settings()
    server_options = dict(server_options or {})
    if not explicit and settings.archive_folder:
        remembered = settings.archive_folder
        archive_dir = remembered if is_server_url(remembered) else Path(remembered)
        if is_server_url(remembered) and settings.shared_archive()["originals"] and not server_options.get("originals"):
            server_options["originals"] = Path(settings.shared_archive()["originals"])
    try:
        archive = Archive(archive_dir, **server_options)
    except sqlite3.DatabaseError as e:
        problem = damaged_database(e, archive_dir)
        if problem is None:
            raise
        if screenshot is None:
            from PySide6.QtWidgets import QMessageBox

            from press_archive.ui.messages import say

            QMessageBox.critical(None, QCoreApplication.translate("App", "The archive cannot be opened"), say(problem))
        print(f"press-archive: {problem}", file=sys.stderr)
        return 2
    except (ServerUnavailable, NotAnArchive) as e:
        if screenshot is not None:
            print(f"press-archive: {e}", file=sys.stderr)
            return 2
        if is_server_url(archive_dir) or isinstance(e, ServerUnavailable):
            # A password, another server, or a database that holds no archive: the person says which.
            from press_archive.ui.connect_dialog import ask_for_shared_archive, connect_problem

            archive = ask_for_shared_archive(settings, problem=connect_problem(e))
        else:
            from press_archive.ui.first_run import offer_to_create

            archive = offer_to_create(Path(archive_dir))
        if archive is None:
            return 0
    window = open_window(archive, settings)
    window.resize(1400, 860)
    if screenshot is not None:
        window.show()
        try:
            if view:
                window.open_view(view)
        except ValueError:
            print(f"press-archive: unknown view {view!r} (news, events, photos, interviews, reports, search:QUERY)",
                  file=sys.stderr)
            window.close()
            archive.close()
            return 2
        wait_until_idle(window)
        ok = save_screenshot(window, Path(screenshot))
        window.close()
        archive.close()
        if not ok:
            print(f"press-archive: could not write {screenshot}", file=sys.stderr)
            return 2
        return 0
    window.show()
    code = app.exec()
    archive.close()
    return code
