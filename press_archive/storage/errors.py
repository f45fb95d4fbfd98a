"""Failures of the archive's store that the user can act on (importable without psycopg or Whoosh)."""

from __future__ import annotations


class ServerUnavailable(RuntimeError):
    """The archive's server could not be reached, or the connection was lost: what was committed stays."""


class WriteConflict(RuntimeError):
    """The server broke a deadlock or a serialization conflict by rolling this transaction back whole
    (with another program writing to the same rows, say): running the same work again is safe."""


RETRIES = 6


def with_retries(work, attempts: int = RETRIES):
    """`work()`, run again after a WriteConflict (a short, growing pause between tries); the last one is raised."""
    import random
    import time

    for attempt in range(attempts):
        try:
            return work()
        except WriteConflict:
            if attempt == attempts - 1:
                raise
            time.sleep(min(2.0, 0.05 * 2 ** attempt) * (0.5 + random.random()))


class NotPermitted(PermissionError):
    """The server refused a change outside the login's role; the transaction was rolled back whole."""


# What a table holds, in the office's words (for the server's refusals).
TABLE_WORDS = {
    "news_items": "news items", "events": "events", "interview_orders": "interview orders",
    "productions": "productions", "indicators": "indicators", "photo_batches": "photo batches",
    "photos": "photos", "keywords": "keywords", "people": "people", "places": "places",
    "code_replacements": "caption codes", "settings": "the archive's settings", "audit_log": "the audit log",
    "day_counts": "the period counters",
}
