"""This desk's share of a server archive: its cache (search index, thumbnails) kept in step with the server.

Another desk's import is in the server's change log; before a command answers, this desk applies what
it has not applied yet, so a record stored anywhere is found here at the next command. The cache can be
deleted at any time: it is rebuilt from the server.

Each desk records on the server the last change its cache has applied (its id is kept in the cache), and
the change log is pruned up to what the slowest desk seen lately has applied (storage/pg_schema.py, step
5). A desk that comes back after the log was pruned past it rebuilds its cache from the records.
"""

from __future__ import annotations

import os
import uuid

from press_archive.services.archive import Archive

_THUMBNAILS_SEQ = "thumbnails.seq"  # in the cache: the last change whose photos have their thumbnails
_BATCH = 5000
_DESK_ID = "desk.id"  # in the cache: this desk's name in the server's table of desks


def desk_id(archive: Archive) -> str:
    """This cache's desk id, made at its first use (a deleted cache is a new desk)."""
    path = archive.layout.cache / _DESK_ID
    if not path.is_file():
        partial = path.with_name(f"{path.name}.{os.getpid()}.partial")
        partial.write_text(uuid.uuid4().hex)
        try:
            os.link(partial, path)  # whole or not at all; two processes of one new cache agree on the first
        except FileExistsError:
            pass
        except OSError:  # a file system without hard links
            os.replace(partial, path)
        finally:
            partial.unlink(missing_ok=True)
    return path.read_text().strip()


def record_applied(archive: Archive, applied: int) -> int:
    """Tell the server this desk's index has applied every change up to `applied` (the log is then pruned of
    what every desk seen lately has applied); returns the newest change pruned from the log."""
    from press_archive.services import indexing
    from press_archive.storage import outbox

    return outbox.desk_applied(archive.db, desk_id(archive), applied, indexing.PRUNE_BATCH)


def pruned_upto(archive: Archive) -> int:
    """The newest change pruned from a server archive's log (0 when none was): a cache behind it rebuilds."""
    from press_archive.storage import pg_schema, settings

    return int(settings.get(archive.db, pg_schema.PRUNED_SETTING) or 0)


def catch_up(archive: Archive) -> int:
    """Bring this desk's search index and thumbnails up to the server's change log; returns changes applied."""
    if not archive.is_server:
        return 0  # a folder archive's own commands keep its derived data in step
    from press_archive.services.indexing import sync_index

    applied = sync_index(archive)
    catch_up_thumbnails(archive)
    return applied


def catch_up_thumbnails(archive: Archive) -> int:
    """Thumbnails for the photos changed since this cache last looked (all missing ones in a new cache)."""
    from press_archive.media import store as media
    from press_archive.services.photos import rebuild_thumbnails
    from press_archive.storage import outbox
    from press_archive.storage import photos as db_photos

    marker = archive.layout.cache / _THUMBNAILS_SEQ
    last = outbox.last_seq(archive.db)
    seq = int(marker.read_text()) if marker.exists() else None
    if seq == last:
        return 0
    made = 0
    if seq is None or seq < pruned_upto(archive):
        made = rebuild_thumbnails(archive)  # a new cache, or one the log was pruned past: every photo that has none
    else:
        while True:
            changes = outbox.changes_after(archive.db, seq, _BATCH)
            if not changes:
                break
            ids = sorted({record_id for _, type_, record_id in changes if type_ == "photo"})
            missing = [p["id"] for p in db_photos.get_photos(archive.db, ids)
                       if not all(media.thumbnail_path(archive.layout, p["sha256"], s).is_file()
                                  for s in media.THUMBNAIL_SIZES)]
            if missing:
                made += rebuild_thumbnails(archive, missing)
            seq = changes[-1][0]
    partial = marker.with_name(marker.name + ".partial")
    partial.write_text(str(last))
    os.replace(partial, marker)
    return made
