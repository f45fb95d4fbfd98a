"""A server archive: a PostgreSQL database, the office's shared originals folder, and this desk's cache.

The database holds the records (never image bytes). Originals stay content-addressed files under the
shared folder recorded at `init --originals DIR`, with the same relative paths as in a folder archive
(`photos/originals/ab/abcd....jpg`), so a copy between the two kinds moves files without renaming them.
What is derived (the search index, thumbnails) lives in this desk's cache and follows the change log.
"""

from __future__ import annotations

import hashlib
import os
import re
import time
from dataclasses import dataclass
from pathlib import Path

from press_archive.storage import pg_schema, settings
from press_archive.storage.archive import NotAnArchive

URL_PREFIXES = ("postgresql://", "postgres://")
ORIGINALS_SETTING = "originals_folder"
CACHE_VARIABLE = "PRESS_ARCHIVE_CACHE"
WATCH_NAME = "press-archive watch"
WAKE_S = 0.25  # how soon a listening thread notices it was asked to stop  # the listening connection's application_name (seen in pg_stat_activity)


def is_server_url(value) -> bool:
    return isinstance(value, str) and value.startswith(URL_PREFIXES)


def safe_url(url: str) -> str:
    """The URL without its password, for messages."""
    return re.sub(r"(//[^:/@]+):[^@/]*@", r"\1@", url)


def with_login(url: str, login: str = "", password: str = "") -> str:
    """The URL with this login (and a password typed in the window, kept in memory only) in place of its own."""
    from urllib.parse import quote, urlsplit, urlunsplit

    parts = urlsplit(url)
    login = login or (parts.username or "")
    host = parts.netloc.rsplit("@", 1)[-1]
    if login:
        host = quote(login, safe="") + (":" + quote(password, safe="") if password else "") + "@" + host
    return urlunsplit(parts._replace(netloc=host))


def cache_name(url: str) -> str:
    """One cache subfolder per server archive: host, port and database, readable and unique."""
    from psycopg.conninfo import conninfo_to_dict

    info = conninfo_to_dict(url)
    host, port, dbname = info.get("host") or "localhost", info.get("port") or "5432", info.get("dbname") or ""
    slug = re.sub(r"[^A-Za-z0-9._-]+", "_", f"{host}-{port}-{dbname}").strip("_")[:80]
    return f"{slug}-{hashlib.sha256(f'{host}:{port}/{dbname}'.encode()).hexdigest()[:8]}"


@dataclass(frozen=True)
class ServerLayout:
    url: str
    originals_root: Path | None  # the shared folder; None when neither the archive nor --originals names one
    cache: Path

    @property
    def root(self) -> Path:
        # Stored paths are relative to the shared folder, as they are to a folder archive's root.
        return self.originals_root if self.originals_root is not None else self.cache

    @property
    def db_path(self) -> None:
        return None

    @property
    def index_dir(self) -> Path:
        return self.cache / "index"

    @property
    def index_lock(self) -> Path:
        return self.cache / "index.lock"

    @property
    def originals_dir(self) -> Path:
        return self.root / "photos" / "originals"

    @property
    def thumbnails_dir(self) -> Path:
        return self.cache / "thumbnails"

    @property
    def tmp_dir(self) -> Path:
        # On the originals' file system: a verified copy is renamed into place.
        return self.root / "tmp"

    @property
    def backups_dir(self) -> Path:
        return self.cache / "backups"

    def is_archive(self) -> bool:
        return True


def _connect(url: str):
    from press_archive.storage.postgres import connect

    return connect(url)


def create_server_archive(url: str, originals: Path | None) -> bool:
    """Make the (empty) database an archive and record the shared originals folder; False if it already is one."""
    db = _connect(url)
    try:
        if pg_schema.schema_version(db) > 0:
            return False
        if pg_schema.holds_other_tables(db):
            raise NotAnArchive(f"{safe_url(url)} already holds other tables; create the archive in an empty database")
        if originals is None:
            raise NotAnArchive("a server archive needs the office's shared originals folder: "
                               "init --originals DIR (a folder every desk can reach)")
        folder = Path(originals).expanduser().absolute()
        # One transaction for every step: a login the server refuses half-way (one that may not create the
        # roles) leaves the database as empty as it found it, and init can simply be run again.
        with db.raw.transaction():
            pg_schema.migrate(db)
            with db.write_transaction():
                settings.put(db, ORIGINALS_SETTING, str(folder))
        (folder / "photos" / "originals").mkdir(parents=True, exist_ok=True)
        (folder / "tmp").mkdir(parents=True, exist_ok=True)
        return True
    finally:
        db.close()


def open_server_database(url: str, *, upgrade: bool = True):
    db = _connect(url)
    try:
        if pg_schema.schema_version(db) == 0:
            raise NotAnArchive(f"{safe_url(url)} holds no press archive; create one with "
                               f"'press-archive --archive URL init --originals DIR'")
        if upgrade:
            pg_schema.migrate(db)
    except BaseException:
        db.close()
        raise
    return db


def default_cache(url: str) -> Path:
    import platformdirs

    return Path(platformdirs.user_cache_dir("press-archive", appauthor=False)) / "servers" / cache_name(url)


def server_layout(db, url: str, *, cache: Path | None = None, originals: Path | None = None) -> ServerLayout:
    """Where this desk finds the parts: --cache (else $PRESS_ARCHIVE_CACHE) is this desk's cache for this
    archive, used as given;
    --originals names another mount point of the same share."""
    if originals is None:
        recorded = settings.get(db, ORIGINALS_SETTING)
        originals = Path(recorded) if recorded else None
    layout = ServerLayout(url, Path(originals).expanduser().absolute() if originals else None,
                          Path(cache or os.environ.get(CACHE_VARIABLE) or default_cache(url)).expanduser().absolute())
    layout.cache.mkdir(parents=True, exist_ok=True)
    return layout


def watch_changes(url: str, stop, poll_s: float):
    """Yield the change log's newest number each time another desk commits a change, and every `poll_s`
    seconds whatever happens (a notification missed is then noticed late, never lost). Runs on its own
    connection, on a thread of its own; returns when `stop` (a threading.Event) is set. A lost connection
    raises ServerUnavailable: the caller waits and calls again."""
    from press_archive.storage import outbox
    from press_archive.storage.pg_schema import CHANGES_CHANNEL
    from press_archive.storage.postgres import plain_errors

    from press_archive.storage.postgres import connect

    db = connect(url, application_name=WATCH_NAME)
    try:
        db.executescript(f"LISTEN {CHANGES_CHANNEL}")
        yield outbox.last_seq(db)
        while not stop.is_set():
            deadline = time.monotonic() + poll_s
            heard = False
            # In short waits, so that `stop` is seen at once (a window closes without waiting for the poll).
            while not heard and not stop.is_set() and time.monotonic() < deadline:
                with plain_errors():
                    for _ in db.raw.notifies(timeout=min(WAKE_S, poll_s), stop_after=1):
                        heard = True  # the first notification (the rest of its packet is read with it)
            if not stop.is_set():
                yield outbox.last_seq(db)
    finally:
        db.close()

