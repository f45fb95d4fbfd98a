"""Full-text search over every record type (Whoosh, with a Persian analyzer of our own).

Import what you need from the modules (``press_archive.search.index.SearchIndex``,
``press_archive.search.query.QueryError``...): this package imports nothing heavy by itself.
"""
