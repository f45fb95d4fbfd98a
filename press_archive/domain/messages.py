"""What the program says to a person about a problem: one plain line.

A message is made with `said(template, **values)`: it is the English line itself (a `str`, so the command
line prints it, JSON carries it and tests compare it as before), and it keeps the template and the values
it was made from, so the window can say the same line in the user's language (press_archive/ui/messages.py).
`resources/translations/update_translations.py` collects every `said("...")` template into the `.ts` file
under the context `Messages`; templates are written as literal strings at the call, never built.
"""

from __future__ import annotations

from typing import Any


class Said(str):
    """An English line that remembers its template and values."""

    template: str
    values: dict[str, Any]

    def __new__(cls, template: str, values: dict[str, Any]) -> Said:
        self = super().__new__(cls, template.format(**values))
        self.template, self.values = template, values
        return self

    def __reduce__(self):  # a worker process hands it back whole
        return (Said, (self.template, self.values))


def said(template: str, **values: Any) -> Said:
    return Said(template, values)


def said_of(thing: object) -> Said | None:
    """The message a problem carries: itself, or the one an exception was raised with."""
    if isinstance(thing, Said):
        return thing
    if isinstance(thing, BaseException):
        return next((a for a in thing.args if isinstance(a, Said)), None)  # OSError: (errno, message)
    return None
