"""An open archive: the folder, its database, its search index, and who is working on it."""

from __future__ import annotations

import getpass
import hashlib
import os
import threading
from dataclasses import dataclass, field
from pathlib import Path

import platformdirs

from press_archive.storage.archive import ArchiveLayout, NotAnArchive, create_archive, open_database
from press_archive.storage.server import is_server_url
from press_archive.storage.database import now_utc

__all__ = ["Archive", "ArchiveAddress", "ChangeSet", "NotAnArchive", "default_archive_dir", "resolve_archive_dir", "now_utc", "current_user"]


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


@dataclass(frozen=True)
class ArchiveAddress:
    """How to open the same archive again (on another thread, for a background task): a folder, or a
    server's URL with this desk's cache and originals mount. A URL may carry a password typed in the
    window; it lives in memory only, and `shown` never includes it."""

    location: Path | str
    user: str | None = None
    cache: Path | None = None
    originals: Path | None = None

    def open(self) -> "Archive":
        return Archive(self.location, user=self.user, cache=self.cache, originals=self.originals)

    @property
    def is_server(self) -> bool:
        return is_server_url(self.location)

    @property
    def shown(self) -> str:
        from press_archive.storage.server import safe_url

        return safe_url(self.location) if self.is_server else str(self.location)

    def __repr__(self) -> str:  # a traceback or a log line must not carry a password typed in the window
        return f"ArchiveAddress({self.shown!r}, user={self.user!r})"


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
        # On a read-only medium (a DVD, a read-only mount) the archive is read as it is; writes say so.
        self.read_only = bool(getattr(self.db, "read_only", False))
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
    def address(self) -> ArchiveAddress:
        """Where to open this archive again: a server archive's root is its originals folder, not the archive."""
        if self.is_server:
            return ArchiveAddress(self.location, cache=self.layout.cache, originals=self.layout.originals_root)
        return ArchiveAddress(self.location, user=self.user)

    @property
    def index(self):
        # Imported lazily: `press-archive --help` and list/stats must not pay for Whoosh.
        with self._index_lock:
            if self._index is None:
                from press_archive.search.index import SearchIndex

                self._index = SearchIndex(self._index_dir())
            return self._index

    def _index_dir(self) -> Path:
        """The archive's own index; on a read-only medium, a per-user cache copy when the own one is not
        current (a backup holds no index), so searching works and catching up writes nowhere forbidden."""
        own = self.layout.index_dir
        if not self.read_only:
            return own
        from press_archive.search.index import SearchIndex
        from press_archive.storage import outbox

        index = SearchIndex(own)
        if index.is_healthy() and index.applied_seq() >= outbox.last_seq(self.db):
            return own
        digest = hashlib.sha256(str(self.root.resolve()).encode("utf-8")).hexdigest()[:16]
        return Path(platformdirs.user_cache_dir("press-archive", appauthor=False)) / "read-only-archives" / digest

    def close(self) -> None:
        self.db.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()
