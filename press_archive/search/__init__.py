"""Full-text search over every record type (Whoosh, with a Persian analyzer of our own).

Import what you need from the modules (``press_archive.search.index.SearchIndex``,
``press_archive.search.query.QueryError``...): this package imports nothing heavy by itself.
"""

import functools
import sys
import types

# Whoosh takes one decorator from the `cached_property` package, which imports asyncio (with ssl,
# concurrent.futures...) and made up half of a search process's start. The standard library's
# functools.cached_property does the same for Whoosh's one use (a reader's deleted documents), so it
# stands in, unless the real package is already loaded.
if "cached_property" not in sys.modules:
    _stand_in = types.ModuleType("cached_property")
    _stand_in.cached_property = functools.cached_property
    sys.modules["cached_property"] = _stand_in
