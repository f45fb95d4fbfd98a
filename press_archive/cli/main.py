"""`press-archive`: the headless face of the archive (see CONTRACT.md).

Start-up stays light: command modules import their heavy parts (Whoosh, Pillow, Qt) only when run.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path

from press_archive import __version__
from press_archive.cli.context import CommandContext, EXIT_FAILED, EXIT_UNUSABLE, UsageFailure
from press_archive.storage.errors import NotPermitted, ServerUnavailable, WriteConflict, with_retries

# Modules that add commands; each has `add_commands(subparsers)`.
COMMAND_MODULES = (
    "press_archive.cli.records",
    "press_archive.cli.search",
    "press_archive.cli.stats",
    "press_archive.cli.photos",
    "press_archive.cli.care",
    "press_archive.cli.report",
    "press_archive.cli.gui",
    "press_archive.cli.users",
    "press_archive.cli.copying",
)


class _Parser(argparse.ArgumentParser):
    def error(self, message: str):  # a wrong call is exit 2 with one plain line, as the contract says
        self.print_usage(sys.stderr)
        raise UsageFailure(f"{self.prog}: {message}")


def build_parser() -> argparse.ArgumentParser:
    import importlib

    parser = _Parser(
        prog="press-archive",
        description="The press office archive: news items, events, photo batches, interview orders, productions.",
    )
    parser.add_argument("--archive", metavar="DIR_OR_URL",
                        help="the archive folder, or postgresql://USER@HOST/DB for the office's shared archive "
                             "(default: $PRESS_ARCHIVE, else the per-user data folder)")
    parser.add_argument("--cache", metavar="DIR", type=Path,
                        help="a server archive's search index and thumbnails at this desk "
                             "(default: the per-user cache folder, one subfolder per server archive)")
    parser.add_argument("--originals", metavar="DIR", type=Path,
                        help="where this desk mounts a server archive's shared originals folder")
    parser.add_argument("--version", action="version", version=f"press-archive {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    for name in COMMAND_MODULES:
        try:
            module = importlib.import_module(name)
        except ModuleNotFoundError as e:
            if e.name != name:
                raise
            continue  # a face not built yet
        module.add_commands(sub)
    return parser


def _plain_failure(error: Exception, ctx: CommandContext) -> str | None:
    """The message for a failure of the medium, not of the program: a full disk, a read-only archive."""
    from press_archive.storage.database import (ArchiveBusy, ArchiveReadOnly, DiskFull, damaged_database,
                                                is_disk_full, is_read_only)

    if isinstance(error, (ArchiveReadOnly, DiskFull, ArchiveBusy)):
        return str(error)
    where = getattr(error, "filename", None) or ctx.archive_dir
    if is_disk_full(error):
        return str(DiskFull(where))
    if is_read_only(error):
        return str(ArchiveReadOnly(where))
    return damaged_database(error, ctx.archive_dir)


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if not argv:
        argv = ["gui"]
    try:
        parser = build_parser()
        args = parser.parse_args(argv)
    except UsageFailure as e:
        print(str(e), file=sys.stderr)
        return EXIT_UNUSABLE
    if getattr(args, "command", None) is None:
        # `press-archive --archive DIR` alone opens the window on that archive, like `press-archive` alone.
        args = parser.parse_args(argv + ["gui"])
    handler: Callable | None = getattr(args, "handler", None)
    if handler is None:
        parser.print_help()
        return EXIT_UNUSABLE
    ctx = CommandContext(args)

    def attempt() -> int:
        try:
            return handler(args, ctx)
        except WriteConflict:
            ctx.close()  # rolled back whole: run the command again on a new connection
            raise

    try:
        return with_retries(attempt)
    except UsageFailure as e:
        ctx.error(str(e))
        return EXIT_UNUSABLE
    except (ServerUnavailable, NotPermitted, WriteConflict) as e:  # the server went away or said no: nothing half stored
        ctx.error(str(e))
        return EXIT_UNUSABLE
    except KeyboardInterrupt:
        ctx.error("interrupted; whatever was committed before stays in the archive")
        return 130
    except BrokenPipeError:
        return 0
    except Exception as e:  # transactions are already rolled back; say what happened in plain words
        import traceback

        if ctx.debug:
            traceback.print_exc()
        known = _plain_failure(e, ctx)
        if known:
            ctx.error(known)
            return EXIT_UNUSABLE
        ctx.error(f"unexpected failure: {str(e) or type(e).__name__} (nothing was half-written; "
                  f"set PRESS_ARCHIVE_DEBUG=1 for details)")
        return EXIT_FAILED + 2
    finally:
        ctx.close()
