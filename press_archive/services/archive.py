"""An open archive: the folder, its database, its search index, and who is working on it."""

from __future__ import annotations

import getpass
import os
import threading
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path

import platformdirs

from press_archive.storage.archive import ArchiveLayout, NotAnArchive, create_archive, open_database
from press_archive.storage.server import is_server_url

__all__ = ["Archive", "ChangeSet", "NotAnArchive", "default_archive_dir", "resolve_archive_dir", "now_utc", "current_user"]


def default_archive_dir() -> Path:
    """Where a new user's archive lives when no folder is named (the per-user data folder)."""
    return Path(platformdirs.user_data_dir("press-archive", appauthor=False)) / "archive"


def resolve_archive_dir(option: str | None) -> Path | str:
    """--archive, else $PRESS_ARCHIVE, else the default folder; a server archive's URL is kept as it is."""
    value = option or os.environ.get("PRESS_ARCHIVE")
    if is_server_url(value):
        return value
    return Path(value).expanduser() if value else default_archive_dir()


def current_user() -> str:
    try:
        return getpass.getuser()
    except Exception:  # no login name (some containers): still record something honest
        return f"uid-{os.getuid()}" if hasattr(os, "getuid") else "unknown"


def now_utc() -> str:
    return datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


@dataclass
class ChangeSet:
    """What a write changed, by search type ("news", "event", ...): screens refresh only what they show."""

    added: dict[str, list[int]] = field(default_factory=dict)
    edited: dict[str, list[int]] = field(default_factory=dict)
    deleted: dict[str, list[int]] = field(default_factory=dict)

    def add(self, bucket: str, type_: str, ids) -> None:
        getattr(self, bucket).setdefault(type_, []).extend(ids)

    def merge(self, other: "ChangeSet") -> "ChangeSet":
        for bucket in ("added", "edited", "deleted"):
            for type_, ids in getattr(other, bucket).items():
                self.add(bucket, type_, ids)
        return self

    def types(self) -> set[str]:
        return set(self.added) | set(self.edited) | set(self.deleted)

    def __bool__(self) -> bool:
        return bool(self.types())


class Archive:
    """One open archive. Cheap to open; opens the search index only when asked for it.

    `root` is a folder, or a `postgresql://` URL for a server archive (then `cache` is this desk's cache
    folder, default per user, and `originals` another mount point of the shared originals folder).
    """

    def __init__(self, root: Path | str, *, user: str | None = None, cache: Path | None = None,
                 originals: Path | None = None):
        self.location = root if is_server_url(root) else Path(root)
        if is_server_url(root):
            from press_archive.storage.server import open_server_database, server_layout

            self.db = open_server_database(root)
            self.layout = server_layout(self.db, root, cache=cache, originals=originals)
            # The server knows who is working: the audit log names the login, not the desk's account.
            self.user = self.db.login()
        else:
            self.layout = ArchiveLayout(Path(root))
            self.db = open_database(self.layout)
            self.user = user or current_user()
        self._index = None
        self._index_lock = threading.Lock()

    @classmethod
    def create(cls, root: Path | str, *, cache: Path | None = None,
               originals: Path | None = None) -> tuple["Archive", bool]:
        if is_server_url(root):
            from press_archive.storage.server import create_server_archive

            created = create_server_archive(root, originals)
            return cls(root, cache=cache, originals=originals), created
        created = create_archive(Path(root))
        return cls(root), created

    @property
    def is_server(self) -> bool:
        return self.db.dialect != "sqlite"

    @property
    def root(self) -> Path:
        return self.layout.root

    @property
    def index(self):
        # Imported lazily: `press-archive --help` and list/stats must not pay for Whoosh.
        with self._index_lock:
            if self._index is None:
                from press_archive.search.index import SearchIndex

                self._index = SearchIndex(self.layout.index_dir)
            return self._index

    def close(self) -> None:
        self.db.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()
