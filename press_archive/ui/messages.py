"""The services' plain lines in the interface's language.

A service says what went wrong with `said(template, **values)` (press_archive/domain/messages.py); here the
template goes through Qt's translation (context `Messages`) and the values are shown as the interface
shows them: counts and line numbers in Persian digits, file paths kept left to right inside the line. A line
no template was made for (a library's own words) is shown as it is.
"""

from __future__ import annotations

from os import PathLike
from string import Formatter

from PySide6.QtCore import QCoreApplication

from press_archive.domain.messages import said_of
from press_archive.ui import i18n

CONTEXT = "Messages"
LRI, PDI = "\u2066", "\u2069"  # isolate a path or an English word, so it keeps its order in a Persian line


def _shown(value, spec: str = "", conversion: str | None = None) -> str:
    if said_of(value) is not None:
        return say(value)
    persian = i18n.is_persian()
    if conversion == "r" and not persian:
        return repr(value)
    if isinstance(value, int) and not isinstance(value, bool):
        if not persian:
            return format(value, spec)
        if spec and "," not in spec:  # a padded number (the 05 of 1402/05/31): padded, then in Persian digits
            return i18n.digits(format(value, spec))
        # years and line numbers stay ungrouped (1403, not 1,403); counts that need it are grouped
        return i18n.fmt_int(value, group=value >= 10_000 or "," in spec)
    if isinstance(value, float) and persian:
        return i18n.digits(format(value, spec))
    if isinstance(value, PathLike):
        return LRI + str(value) + PDI
    if isinstance(value, (list, tuple)):
        return ("، " if persian else ", ").join(_shown(v) for v in value)
    text = str(value)
    return i18n.digits(text) if persian and text.isdigit() else text


def say(problem) -> str:
    """One plain line for a person: a message made by the services, an exception carrying one, or text."""
    message = said_of(problem)
    if message is None:
        return str(problem)
    out = []
    for literal, name, spec, conversion in Formatter().parse(QCoreApplication.translate(CONTEXT, message.template)):
        out.append(literal)
        if name is not None:
            if name not in message.values:  # a translation naming a value the message lacks: its own words
                return str(message)
            out.append(_shown(message.values[name], spec or "", conversion))
    return "".join(out)


def say_all(problems) -> list[str]:
    return [say(p) for p in problems]


def archive_note(archive) -> str | None:
    """What the window says once about the archive it opened: that it is read-only (a DVD, a read-only mount)."""
    if not getattr(archive, "read_only", False):
        return None
    from press_archive.storage.database import ArchiveReadOnly

    return say(ArchiveReadOnly(archive.root))
