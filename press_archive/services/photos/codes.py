"""Vocabularies (type-ahead) and Photo Mechanic-style `\\code\\` replacements."""

from __future__ import annotations

import os
from pathlib import Path

from press_archive.domain.messages import said
from press_archive.media import codes as code_rules
from press_archive.media.sources import (
    display_path,
)
from press_archive.services.archive import Archive, now_utc
from press_archive.services.photos.common import PhotoError, long_text, name_list, one_line
from press_archive.storage import audit
from press_archive.storage import photos as db_photos
from press_archive.storage.database import write_transaction

# --- vocabularies and code replacements ------------------------------------------------------------------

def keyword_suggestions(archive: Archive, prefix: str = "", limit: int = 20) -> list[str]:
    """Keywords starting with `prefix`, the most used first (type-ahead in the tagging panel)."""
    return db_photos.vocabulary_suggestions(archive.db, "keywords", one_line(prefix) or "", limit)


def people_suggestions(archive: Archive, prefix: str = "", limit: int = 20) -> list[str]:
    return db_photos.vocabulary_suggestions(archive.db, "people", one_line(prefix) or "", limit)


def place_suggestions(archive: Archive, prefix: str = "", limit: int = 20) -> list[str]:
    return db_photos.vocabulary_suggestions(archive.db, "places", one_line(prefix) or "", limit)


def keyword_vocabulary(archive: Archive) -> dict[str, int]:
    """The office's keywords (what type-ahead offers) and how many photos and batches use each."""
    return db_photos.vocabulary(archive.db, "keywords")


def edit_keyword_vocabulary(archive: Archive, add=(), remove=()) -> tuple[list[str], list[str]]:
    """Add keywords to the office's vocabulary and take others out of it, in one audited transaction; photos
    keep the keywords they carry. Returns (added, removed): what really changed."""
    add, remove = name_list(add), name_list(remove)
    both = set(add) & set(remove)
    if both:
        raise PhotoError(said("keyword {keyword!r} cannot be added and removed at once", keyword=sorted(both)[0]))
    with write_transaction(archive.db):
        current = db_photos.vocabulary(archive.db, "keywords")
        added = [k for k in add if k not in current]
        removed = [k for k in remove if k in current]
        if not (added or removed):
            return [], []
        db_photos.bump_vocabulary(archive.db, "keywords", added, 0)
        db_photos.remove_from_vocabulary(archive.db, "keywords", removed)
        audit.append(archive.db, at=now_utc(), user=archive.user, action="edit", type_="keyword_vocabulary",
                     before={"removed": removed} if removed else None, after={"added": added} if added else None)
    return added, removed


def code_replacements(archive: Archive) -> dict[str, str]:
    """Every code and its expansion (Photo Mechanic's `\\code\\` convention)."""
    return db_photos.code_replacements(archive.db)


def expand_codes(archive: Archive, text: str) -> str:
    """`text` with each known `\\code\\` replaced by its expansion; unknown codes are left as typed."""
    return code_rules.expand(text, db_photos.code_replacements(archive.db))


def set_code_replacement(archive: Archive, code: str, expansion: str | None) -> None:
    """Add or change a code; an empty expansion removes it."""
    code = (code or "").strip().strip("\\")
    if not code_rules.CODE_CHARS.fullmatch(code):
        raise PhotoError(said("code {code!r} must be 1-40 characters without spaces or backslashes", code=code))
    expansion = long_text(expansion)
    now = now_utc()
    with write_transaction(archive.db):
        before = db_photos.code_replacements(archive.db).get(code)
        if before == expansion:
            return
        db_photos.set_code_replacement(archive.db, code, expansion)
        audit.append(archive.db, at=now, user=archive.user, action="edit" if expansion else "delete",
                     type_="code_replacement", before={code: before} if before else None,
                     after={code: expansion} if expansion else None)


def set_code_replacements(archive: Archive, changes: dict[str, str | None]) -> None:
    """Several codes at once (the window's code editor): all stored or, when one is refused, none."""
    with write_transaction(archive.db):
        for code, expansion in changes.items():
            set_code_replacement(archive, code, expansion)


def import_code_replacements(archive: Archive, path: str | os.PathLike) -> tuple[int, list[str]]:
    """Codes from a Photo Mechanic code file (tab-separated) or a CSV: (how many set, line problems)."""
    try:
        pairs, problems = code_rules.read_code_file(Path(path))
    except code_rules.CodeFileError as e:
        raise PhotoError(str(e)) from None
    if not pairs and problems:
        return 0, problems
    now = now_utc()
    changed = {}
    with write_transaction(archive.db):
        current = db_photos.code_replacements(archive.db)
        for code, expansion in pairs:
            expansion = long_text(expansion)
            if current.get(code) != expansion:
                db_photos.set_code_replacement(archive.db, code, expansion)
                changed[code] = expansion
        if changed:
            audit.append(archive.db, at=now, user=archive.user, action="import", type_="code_replacement",
                         after=changed, note=f"from {display_path(path)}")
    return len(pairs), problems
