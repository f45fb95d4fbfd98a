"""The person's settings (QSettings, organisation "press-archive"): archive folder, language,
thumbnail size, saved searches and recent imports.
"""

from __future__ import annotations

import json
from datetime import datetime

from PySide6.QtCore import QSettings

ORGANIZATION = "press-archive"
APPLICATION = "press-archive"
MAX_RECENT = 12


class Settings:
    def __init__(self, qsettings: QSettings | None = None):
        self.q = qsettings or QSettings(ORGANIZATION, APPLICATION)

    # -- simple values -------------------------------------------------------------

    @property
    def language(self) -> str:
        value = self.q.value("language", "fa")
        return value if value in ("fa", "en") else "fa"

    @language.setter
    def language(self, value: str) -> None:
        self.q.setValue("language", value)

    @property
    def archive_folder(self) -> str:
        return str(self.q.value("archive_folder", "") or "")

    @archive_folder.setter
    def archive_folder(self, value: str) -> None:
        self.q.setValue("archive_folder", value)

    # The last shared archive connected to from the window: its URL without login or password, the login,
    # and this desk's mount of the originals. A password is never kept (PGPASSWORD, ~/.pgpass, or asked).
    def shared_archive(self) -> dict:
        return {key: str(self.q.value(f"shared_archive/{key}", "") or "") for key in ("url", "login", "originals")}

    def remember_shared_archive(self, url: str, login: str, originals: str) -> None:
        for key, value in (("url", url), ("login", login), ("originals", originals)):
            self.q.setValue(f"shared_archive/{key}", value)

    @property
    def thumbnail_size(self) -> int:
        try:
            return max(64, min(320, int(self.q.value("thumbnail_size", 160))))
        except (TypeError, ValueError):
            return 160

    @thumbnail_size.setter
    def thumbnail_size(self, value: int) -> None:
        self.q.setValue("thumbnail_size", int(value))

    # -- lists kept as JSON text (portable across QSettings back ends) ----------------

    def _list(self, key: str) -> list:
        try:
            value = json.loads(self.q.value(key, "[]") or "[]")
        except (TypeError, ValueError):
            return []
        return value if isinstance(value, list) else []

    def _set_list(self, key: str, value: list) -> None:
        self.q.setValue(key, json.dumps(value, ensure_ascii=False))

    def saved_searches(self) -> list[dict]:
        return [s for s in self._list("saved_searches") if isinstance(s, dict) and "name" in s]

    def save_search(self, name: str, request: dict) -> None:
        searches = [s for s in self.saved_searches() if s["name"] != name]
        searches.append({"name": name, **request})
        self._set_list("saved_searches", searches)

    def delete_search(self, name: str) -> None:
        self._set_list("saved_searches", [s for s in self.saved_searches() if s["name"] != name])

    def recent_imports(self, archive=None) -> list[dict]:
        """The recent imports (settings are per user, archives are folders): with `archive`, only its own."""
        entries = [r for r in self._list("recent_imports") if isinstance(r, dict)]
        if archive is not None:
            entries = [r for r in entries if r.get("archive") == _archive_key(archive)]
        return entries

    def add_recent_import(self, entry: dict, archive=None) -> None:
        entry = {"at": datetime.now().isoformat(timespec="minutes"), **entry}
        if archive is not None:
            entry["archive"] = _archive_key(archive)
        self._set_list("recent_imports", ([entry] + self.recent_imports())[:MAX_RECENT])

    def sync(self) -> None:
        self.q.sync()


def _archive_key(root) -> str:
    from pathlib import Path

    return str(Path(root).resolve())
