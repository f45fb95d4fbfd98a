"""Searching the archive: the index is brought up to date first, so every committed change is found."""

from __future__ import annotations

from datetime import date, datetime

from press_archive.domain.jalali import parse_date, to_iso
from press_archive.services.archive import Archive
from press_archive.services.indexing import sync_index


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
    """Run a query (the contract's syntax) over every record type; returns the index's SearchResult."""
    start, end = date_bounds(date_from, date_to)
    sync_index(archive)
    return archive.index.search(query, types=types, date_from=start, date_to=end, limit=limit, offset=offset,
                                sort=sort, facets=facets)
