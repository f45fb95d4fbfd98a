"""Reads and copies for check, backup and restore."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import sqlite_utils

from press_archive.storage.database import open_read_only


def original_files_in(db_path: Path) -> list[tuple[str, str]]:
    """(stored path relative to the archive, sha256) of every original a database file names."""
    conn = open_read_only(db_path)
    try:
        return list(conn.execute("SELECT stored_path, sha256 FROM photos ORDER BY id"))
    finally:
        conn.close()


def backup_database(db: sqlite_utils.Database, dest: Path) -> None:
    """A consistent copy through SQLite's backup API, safe while others write."""
    target = sqlite3.connect(str(dest))
    try:
        db.conn.backup(target, pages=4096)
        target.execute("PRAGMA journal_mode = DELETE")
    finally:
        target.close()


def copy_database_file(src: Path, dest: Path) -> None:
    source = open_read_only(src)
    target = sqlite3.connect(str(dest))
    try:
        source.backup(target)
    finally:
        target.close()
        source.close()


def quick_integrity(path: Path) -> list[str]:
    try:
        conn = open_read_only(path)
    except sqlite3.DatabaseError as e:
        return [f"{path.name}: {e}"]
    try:
        rows = [r[0] for r in conn.execute("PRAGMA integrity_check")]
    except sqlite3.DatabaseError as e:
        return [f"{path.name}: {e}"]
    finally:
        conn.close()
    return [] if rows == ["ok"] else [f"{path.name}: {r}" for r in rows]
