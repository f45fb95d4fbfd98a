"""Services that other engineers are still building (photos, the search index), reached defensively.

A missing module or function gives None, and the screen that needs it shows a clear
"not available" state instead of failing.
"""

from __future__ import annotations

import importlib


class Unavailable(RuntimeError):
    """A service this screen needs is not in this build."""


def _module(name: str):
    try:
        return importlib.import_module(name)
    except ModuleNotFoundError as e:
        if e.name and (name.startswith(e.name) or e.name.startswith("press_archive")):
            return None
        raise


def photos_module():
    return _module("press_archive.services.photos")


def photo_function(*names: str):
    """The first of `names` that the photo services define, else None."""
    module = photos_module()
    if module is None:
        return None
    for name in names:
        fn = getattr(module, name, None)
        if callable(fn):
            return fn
    return None


def require_photo_function(*names: str):
    fn = photo_function(*names)
    if fn is None:
        raise Unavailable(f"photo services: {names[0]} is not available")
    return fn


def search_function():
    module = _module("press_archive.services.search")
    return getattr(module, "search", None) if module else None


def run_search(archive, query: str, **kw):
    fn = search_function()
    if fn is None:
        raise Unavailable("search is not available")
    try:
        return fn(archive, query, **kw)
    except ModuleNotFoundError as e:  # the index package itself is not there yet
        raise Unavailable(f"search is not available ({e.name})") from None
