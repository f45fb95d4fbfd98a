"""What every command needs: the archive it works on, output helpers and exit codes."""

from __future__ import annotations

import json
import os
import sys

EXIT_OK = 0
EXIT_PARTLY = 1
EXIT_UNUSABLE = 2
EXIT_FAILED = 1  # base for unexpected failures (main adds to it)


class UsageFailure(Exception):
    """An unusable call, archive or input: exit 2, one plain line, nothing changed."""


class CommandContext:
    def __init__(self, args):
        self.args = args
        self.debug = bool(os.environ.get("PRESS_ARCHIVE_DEBUG"))
        self._archive = None

    @property
    def archive_dir(self):
        from press_archive.services.archive import resolve_archive_dir

        return resolve_archive_dir(getattr(self.args, "archive", None))

    def server_options(self) -> dict:
        """--cache and --originals: where this desk keeps a server archive's cache and finds its originals."""
        return {"cache": getattr(self.args, "cache", None), "originals": getattr(self.args, "originals", None)}

    def open_archive(self):
        """The archive named by --archive / $PRESS_ARCHIVE / the default; exit 2 if it is not one."""
        if self._archive is None:
            from press_archive.services.archive import Archive, NotAnArchive
            from press_archive.storage.schema import ArchiveTooNew

            try:
                self._archive = Archive(self.archive_dir, **self.server_options())
            except (NotAnArchive, ArchiveTooNew) as e:
                raise UsageFailure(str(e)) from None
            if self._archive.is_server:
                from press_archive.services.desk import catch_up

                catch_up(self._archive)
        return self._archive

    def error(self, message: str) -> None:
        print(f"press-archive: {message}" if not message.startswith(("press-archive", "usage")) else message,
              file=sys.stderr)

    def warn(self, message: str) -> None:
        print(f"warning: {message}", file=sys.stderr)

    @staticmethod
    def out(text: str = "") -> None:
        print(text)

    @staticmethod
    def out_json(value) -> None:
        sys.stdout.write(json.dumps(value, ensure_ascii=False, indent=None) + "\n")

    def close(self) -> None:
        if self._archive is not None:
            self._archive.close()
            self._archive = None
