"""A plain search of the database with LIKE: what a search answers while a damaged index is rebuilt.

Every word must occur in one of a record's text columns, as typed (no spelling variants, no ranking):
slower and plainer than the index, but it never depends on it.
"""

from __future__ import annotations

import sqlite_utils

# Search type -> (table, the column shown as the title, the text columns searched).
TEXT_COLUMNS = {
    "news": ("news_items", "title", ("title", "lead", "body", "tags", "category", "region", "author")),
    "event": ("events", "title", ("title", "summary", "body", "venue", "speakers", "tags")),
    "interview": ("interview_orders", "topic", ("topic", "outlet", "programme", "interviewee", "notes")),
    "production": ("productions", "title", ("title", "kind")),
    "photo_batch": ("photo_batches", "title", ("title", "caption", "keywords", "place", "photographer", "people")),
    "photo": ("photos", "original_name", ("caption", "keywords", "place", "photographer", "people")),
}


def _escape(word: str) -> str:
    return "%" + word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


def find(db: sqlite_utils.Database, words: list[str], types=None, date_from: str | None = None,
         date_to: str | None = None, limit: int = 20, offset: int = 0) -> tuple[int, list[dict]]:
    """(how many records match, the page of them newest first: type, id, ref, title, date)."""
    selects, params = [], []
    for type_, (table, title, columns) in TEXT_COLUMNS.items():
        if types and type_ not in types:
            continue
        where = ["deleted_at IS NULL"]
        for word in words:
            where.append("(" + " OR ".join(f"coalesce({c}, '') LIKE ? ESCAPE '\\'" for c in columns) + ")")
            params += [_escape(word)] * len(columns)
        if date_from:
            where.append("date >= ?")
            params.append(date_from[:10])
        if date_to:
            where.append("substr(date, 1, 10) <= ?")
            params.append(date_to[:10])
        ref = "NULL" if table == "photos" else "ref"
        selects.append(f"SELECT '{type_}' AS type, id, {ref} AS ref, {title} AS title, date FROM {table} "
                       f"WHERE {' AND '.join(where)}")
    if not selects:
        return 0, []
    union = " UNION ALL ".join(selects)
    total = db.execute(f"SELECT count(*) FROM ({union})", params).fetchone()[0]
    cursor = db.execute(f"SELECT * FROM ({union}) ORDER BY date DESC, id DESC LIMIT ? OFFSET ?",
                        params + [limit, offset])
    names = [d[0] for d in cursor.description]
    return total, [dict(zip(names, r)) for r in cursor.fetchall()]
