"""The archive folder: where each part lives. The folder can be moved or copied whole."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import sqlite_utils

from press_archive.domain.messages import said
from press_archive.storage.database import ArchiveReadOnly, connect, on_read_only_medium
from press_archive.storage.schema import SCHEMA_VERSION, migrate, schema_version

DB_NAME = "archive.sqlite3"


class NotAnArchive(RuntimeError):
    """A folder that holds no archive: commands other than init refuse to touch it."""


@dataclass(frozen=True)
class ArchiveLayout:
    root: Path

    @property
    def db_path(self) -> Path:
        return self.root / DB_NAME

    @property
    def index_dir(self) -> Path:
        return self.root / "index"

    @property
    def originals_dir(self) -> Path:
        return self.root / "photos" / "originals"

    @property
    def thumbnails_dir(self) -> Path:
        return self.root / "photos" / "thumbnails"

    @property
    def tmp_dir(self) -> Path:
        # Partial files live here until verified, on the same file system as their final place.
        return self.root / "tmp"

    @property
    def backups_dir(self) -> Path:
        return self.root / "backups"

    def is_archive(self) -> bool:
        return self.db_path.is_file()


def create_archive(root: Path) -> bool:
    """Make `root` an archive; False (and nothing changed) when it already is one."""
    layout = ArchiveLayout(root)
    if layout.is_archive():
        return False
    if root.exists() and not root.is_dir():
        raise NotAnArchive(f"{root} exists and is not a folder")
    root.mkdir(parents=True, exist_ok=True)
    for folder in (layout.originals_dir, layout.thumbnails_dir, layout.tmp_dir):
        folder.mkdir(parents=True, exist_ok=True)
    db = connect(layout.db_path)
    try:
        migrate(db)
    finally:
        db.close()
    return True


def open_database(layout: ArchiveLayout, *, upgrade: bool = True) -> sqlite_utils.Database:
    if not layout.is_archive():
        raise NotAnArchive(said("{where} is not a press archive (no {database}); create one with "
                                "'press-archive --archive {where} init'", where=layout.root, database=DB_NAME))
    read_only = on_read_only_medium(layout.db_path)
    db = connect(layout.db_path, read_only=read_only)
    if upgrade and read_only and schema_version(db) < SCHEMA_VERSION:
        db.close()
        raise ArchiveReadOnly(said("{where} (it was written by an older version and needs an upgrade: "
                                   "copy it to a writable disk to open it)", where=layout.root))
    if upgrade and not read_only:
        migrate(db)
    return db
