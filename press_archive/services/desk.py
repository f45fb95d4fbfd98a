"""This desk's share of a server archive: its cache (search index, thumbnails) kept in step with the server.

Another desk's import is in the server's change log; before a command answers, this desk applies what
it has not applied yet, so a record stored anywhere is found here at the next command. The cache can be
deleted at any time: it is rebuilt from the server.
"""

from __future__ import annotations

from press_archive.services.archive import Archive


def catch_up(archive: Archive) -> int:
    """Bring this desk's search index up to the server's change log; returns the changes applied."""
    if not archive.is_server:
        return 0  # a folder archive's own commands keep its index in step
    from press_archive.services.indexing import sync_index

    archive.layout.cache.mkdir(parents=True, exist_ok=True)
    return sync_index(archive)
