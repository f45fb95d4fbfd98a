"""The interface's icons: small SVG drawings in resources/icons, loaded once each."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from PySide6.QtGui import QIcon


def resources_dir() -> Path:
    """The checkout's resources/ folder (the package is installed from the checkout)."""
    return Path(__file__).resolve().parents[2] / "resources"


@lru_cache(maxsize=None)
def icon(name: str) -> QIcon:
    path = resources_dir() / "icons" / f"{name}.svg"
    return QIcon(str(path)) if path.exists() else QIcon()
