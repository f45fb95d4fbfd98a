"""Searching the archive: the index is brought up to date first, so every committed change is found."""

from __future__ import annotations

import logging
import time
from datetime import date, datetime

from press_archive.domain.jalali import parse_date, to_iso
from press_archive.services.archive import Archive
from press_archive.services.indexing import rebuild_index, sync_index

log = logging.getLogger(__name__)


def date_bounds(date_from: str | None, date_to: str | None) -> tuple[str | None, str | None]:
    """User dates (Jalali or Gregorian) to ISO bounds; the 'to' day is included whole."""
    start = end = None
    if date_from:
        value = parse_date(date_from)
        start = to_iso(value)
    if date_to:
        value = parse_date(date_to)
        if isinstance(value, datetime):
            end = to_iso(value)
        else:
            end = (value if isinstance(value, date) else value.date()).isoformat() + "T23:59:59.999999"
    return start, end


def search(archive: Archive, query: str, *, types=None, date_from: str | None = None, date_to: str | None = None,
           limit: int = 20, offset: int = 0, sort: str = "relevance", facets: bool = True):
    """Run a query (the contract's syntax) over every record type; returns the index's SearchResult.

    Its ``took_ms`` is the whole query: bringing the index up to date and opening it included, which
    is most of the time of a first search (a script's, a newly opened window's). Python's import of
    the search modules is the program's start-up, not the query's, and happens before the clock."""
    import press_archive.search.index  # noqa: F401 - see above

    from press_archive.search.query import QueryError
    from press_archive.search.whoosh_io import WhooshMismatch

    started = time.perf_counter()
    start, end = date_bounds(date_from, date_to)
    sync_index(archive)
    options = dict(types=types, date_from=start, date_to=end, limit=limit, offset=offset, sort=sort, facets=facets)
    try:
        result = archive.index.search(query, **options)
    except (QueryError, WhooshMismatch):
        raise  # the user's query, or a library a rebuild cannot fix
    except Exception:  # noqa: BLE001 - an index the health check passed but that cannot be read
        # never "no results": say what happened in the log, rebuild from the database (the source of
        # truth) and answer from the new index; a second failure is raised to the caller
        log.exception("search of %r failed on the index in %s; rebuilding it", query, archive.index.folder)
        rebuild_index(archive)
        result = archive.index.search(query, **options)
    result.took_ms = (time.perf_counter() - started) * 1000
    return result
