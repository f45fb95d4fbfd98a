"""Failures of the archive's store that the user can act on (importable without psycopg or Whoosh)."""

from __future__ import annotations


class ServerUnavailable(RuntimeError):
    """The archive's server could not be reached, or the connection was lost: what was committed stays."""
