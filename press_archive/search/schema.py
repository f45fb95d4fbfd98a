"""The index's fields."""

from __future__ import annotations

from whoosh.fields import ID, KEYWORD, NUMERIC, STORED, TEXT, Schema

from press_archive.search.analyzer import FACETS, PersianAnalyzer

# Bump whenever the fields change: an index built with other fields is rebuilt.
SCHEMA_VERSION = 2

# Fields a query may name (query name -> index field); the text ones are analyzed like the content.
TEXT_FIELDS = {
    "title": "title",
    "tag": "tags", "tags": "tags",
    "photographer": "photographer",
    "speaker": "speakers", "speakers": "speakers",
    "people": "people", "person": "people",
    "place": "place", "venue": "place",
    "outlet": "outlets", "outlets": "outlets", "media": "outlets",
    "category": "category",
    "region": "region",
    "author": "author",
}
EXACT_FIELDS = {
    "kind": "kind", "status": "kind",
    "type": "type",
    "year": "year",
    "ref": "ref",
    "language": "language", "lang": "language",
}


def make_schema() -> Schema:
    text = PersianAnalyzer()

    def analyzed():
        return TEXT(analyzer=text, phrase=True)

    return Schema(
        uid=ID(stored=True, unique=True, sortable=True),
        rec=ID(),  # "1" on every record (not on the meta document): "all records"
        type=ID(stored=True),
        rid=STORED(),
        ref=ID(stored=True),
        title=TEXT(analyzer=text, phrase=True, stored=True),
        date_iso=STORED(),
        stamp=NUMERIC(numtype=int, bits=64, signed=True, sortable=True),
        year=ID(),
        language=ID(),
        content=TEXT(analyzer=text, phrase=True),
        body=STORED(),
        lead=STORED(),  # the terms of the content's first words (press_archive.search.feedback)
        tags=analyzed(),
        photographer=analyzed(),
        speakers=analyzed(),
        people=analyzed(),
        place=analyzed(),
        outlets=analyzed(),
        category=analyzed(),
        region=analyzed(),
        author=analyzed(),
        kind=KEYWORD(lowercase=True, scorable=False),
        f_tag=FACETS(),
        f_category=FACETS(),
        f_photographer=FACETS(),
        # the meta document: last applied change and the analyzer that built the index
        seq=STORED(),
        meta=STORED(),
    )
