"""Qt for drawing reports, with or without a screen: the application object and the Vazirmatn font.

The command line has no window: when no Qt application exists yet, one is made, on the "offscreen"
platform when there is no display (a server, a scheduled job). In the GUI the running application is used.
Call :func:`prepare` once on the GUI thread at start-up to load the fonts there; a report drawn on a
worker thread then finds them ready.
"""

from __future__ import annotations

import os
import sys
import threading
from pathlib import Path

FONT_FAMILY = "Vazirmatn"
FONT_FILES = ("Vazirmatn-Regular.ttf", "Vazirmatn-Medium.ttf", "Vazirmatn-Bold.ttf")

_lock = threading.Lock()
_state: dict = {"app": None, "family": None}


def fonts_dir() -> Path:
    return Path(__file__).resolve().parents[2] / "resources" / "fonts"


def _no_display() -> bool:
    if not sys.platform.startswith("linux") and "bsd" not in sys.platform:
        return False
    return not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def ensure_app():
    """The running Qt GUI application, or a new one (offscreen when there is no display)."""
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance()
    if app is None:
        with _lock:
            app = QGuiApplication.instance()
            if app is None:
                if _no_display() and not os.environ.get("QT_QPA_PLATFORM"):
                    os.environ["QT_QPA_PLATFORM"] = "offscreen"
                # A QApplication (not only a QGuiApplication), so widgets made later in the process still work.
                from PySide6.QtWidgets import QApplication

                app = QApplication(["press-archive"])
                _state["app"] = app
    if not isinstance(app, QGuiApplication):
        raise RuntimeError("a Qt core application is running without a GUI: reports cannot be drawn")
    return app


def font_family() -> str:
    """Load Vazirmatn (regular, medium, bold) once; returns its family name (Qt's default if the files are missing)."""
    ensure_app()
    with _lock:
        if _state["family"] is None:
            from PySide6.QtGui import QFontDatabase

            family = None
            for name in FONT_FILES:
                path = fonts_dir() / name
                if not path.is_file():
                    continue
                font_id = QFontDatabase.addApplicationFont(str(path))
                families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
                family = family or (families[0] if families else None)
            _state["family"] = family or FONT_FAMILY
        return _state["family"]


def prepare() -> str:
    """For the GUI: make sure the report fonts are loaded (on the calling thread)."""
    return font_family()
