"""`press-archive gui [--screenshot FILE.png] [--view NAME]`: the desktop window (the default command)."""

from __future__ import annotations

import os
import sys
from pathlib import Path

VIEWS = "news, events, photos, interviews, reports, search:QUERY"


def add_commands(sub) -> None:
    p = sub.add_parser("gui", help="open the archive's window (the default when no command is given)")
    p.add_argument("--screenshot", metavar="FILE.png",
                   help="open the window, render it, save the picture and exit (works without a display)")
    p.add_argument("--view", metavar="NAME", help=f"the view to open: {VIEWS}")
    p.set_defaults(handler=handler)


def handler(args, ctx) -> int:
    from press_archive.cli.context import UsageFailure

    screenshot = Path(args.screenshot) if getattr(args, "screenshot", None) else None
    if screenshot is not None and screenshot.suffix.lower() != ".png":
        raise UsageFailure(f"--screenshot wants a .png file, not {screenshot.name}")
    no_display = (sys.platform.startswith("linux") and not os.environ.get("DISPLAY")
                  and not os.environ.get("WAYLAND_DISPLAY"))
    if screenshot is not None:
        # Decide the platform before Qt is imported: no display means offscreen rendering.
        if no_display:
            os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    elif no_display and not os.environ.get("QT_QPA_PLATFORM"):
        raise UsageFailure("no display to open the window on (DISPLAY is not set); use another command, "
                           "or 'gui --screenshot FILE.png' to render the window to a picture")
    explicit = bool(getattr(args, "archive", None) or os.environ.get("PRESS_ARCHIVE"))
    try:
        from press_archive.ui.app import run
    except ImportError as e:
        raise UsageFailure(f"the desktop window needs PySide6 ({e})") from None
    return run(ctx.archive_dir, explicit=explicit, screenshot=screenshot, view=getattr(args, "view", None),
               server_options=ctx.server_options())
