"""Searching the archive: the index is brought up to date first, so every committed change is found."""

from __future__ import annotations

import time
from datetime import date, datetime

from press_archive.domain.jalali import parse_date, to_iso
from press_archive.domain.messages import said
from press_archive.services.archive import Archive
from press_archive.search.query import QueryError
from press_archive.services.indexing import found_damaged, lock_path, sync_index


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
           limit: int = 20, offset: int = 0, sort: str = "relevance", facets: bool = True, expand: bool = True):
    """Run a query (the contract's syntax) over every record type; returns the index's SearchResult.

    Its ``took_ms`` is the whole query: bringing the index up to date and opening it included, which
    is most of the time of a first search (a script's, a newly opened window's). Python's import of
    the search modules is the program's start-up, not the query's, and happens before the clock."""
    import press_archive.search.index  # noqa: F401 - see above
    from press_archive.search.whoosh_io import WhooshMismatch

    started = time.perf_counter()
    result = _search(archive, query, types, date_from, date_to, limit, offset, sort, facets, expand, WhooshMismatch)
    result.took_ms = (time.perf_counter() - started) * 1000
    return result


def _search(archive: Archive, query: str, types, date_from, date_to, limit, offset, sort, facets, expand, mismatch):
    start, end = date_bounds(date_from, date_to)
    index = archive.index
    if index.is_damaged():
        return _meanwhile(archive, query, types, start, end, limit, offset)
    sync_index(archive)
    try:
        return index.search(query, types=types, date_from=start, date_to=end, limit=limit, offset=offset,
                            sort=sort, facets=facets, expand=expand)
    except (QueryError, mismatch):
        raise  # the user's query, or a Whoosh without an internal the engine reads: a rebuild cannot help
    except Exception:
        if not found_damaged(index):
            raise  # the index is as its commits wrote it: this is a bug, not damage
        return _meanwhile(archive, query, types, start, end, limit, offset)


REBUILDING_NOTE = said("the search index is being rebuilt; these results come from a plain search of the database")


def _meanwhile(archive: Archive, query: str, types, start, end, limit: int, offset: int):
    """While a damaged index is rebuilt in the background, answer from the database (LIKE, no ranking)."""
    from press_archive.search.index import Hit, SearchResult
    from press_archive.search.lock import is_locked
    from press_archive.storage import plain_search

    if not is_locked(lock_path(archive)):  # else a rebuild (or an update that will rebuild) is under way
        start_background_rebuild(archive)
    words = plain_words(query)
    total, rows = plain_search.find(archive.db, words, types, start, end, limit, offset)
    hits = [Hit(uid=f"{r['type']}:{r['id']}", type=r["type"], id=r["id"], ref=r["ref"], title=r["title"] or "",
                date_iso=r["date"] or "", score=0.0, snippet="") for r in rows]
    return SearchResult(total=total, hits=hits, note=REBUILDING_NOTE)


def start_background_rebuild(archive: Archive) -> None:
    """A detached process brings the index up to date (rebuilding a damaged one); it outlives this command."""
    import os
    import subprocess
    import sys

    address = archive.address
    # The archive goes by the environment, not the command line: a server URL may carry a password.
    env = dict(os.environ, PRESS_ARCHIVE=str(address.location))
    desk = ["--cache", str(address.cache)] if address.cache else []
    if address.originals:
        desk += ["--originals", str(address.originals)]
    subprocess.Popen([sys.executable, "-m", "press_archive", *desk, "reindex", "--if-needed"], env=env,
                     stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                     start_new_session=True, close_fds=True)


def plain_words(query: str) -> list[str]:
    """The words and phrases a query asks for, operators dropped (for the plain database search)."""
    import shlex

    try:
        tokens = shlex.split(query)
    except ValueError:  # an unbalanced quote: take the words as they are
        tokens = query.replace('"', " ").split()
    words, skip = [], False
    for token in tokens:
        if skip or token.startswith("-"):
            skip = False
            continue
        if token in ("OR", "AND", "NOT"):
            skip = token == "NOT"
            continue
        if ":" in token:
            token = token.split(":", 1)[1]
        if token:
            words.append(token)
    return words
