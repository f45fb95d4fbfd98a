"""Failures of the archive's store that the user can act on (importable without psycopg or Whoosh)."""

from __future__ import annotations


class ServerUnavailable(RuntimeError):
    """The archive's server could not be reached, or the connection was lost: what was committed stays."""


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
