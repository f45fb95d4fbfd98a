"""This desk's share of a server archive: its cache (search index, thumbnails) kept in step with the server.

Another desk's import is in the server's change log; before a command answers, this desk applies what
it has not applied yet, so a record stored anywhere is found here at the next command. The cache can be
deleted at any time: it is rebuilt from the server.
"""

from __future__ import annotations

import os

from press_archive.services.archive import Archive

_THUMBNAILS_SEQ = "thumbnails.seq"  # in the cache: the last change whose photos have their thumbnails
_BATCH = 5000


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
    if seq is None:
        made = rebuild_thumbnails(archive)  # a new cache: every photo that has none
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
