"""copy --to URL_OR_DIR: a whole archive into a server archive or a folder archive."""

from __future__ import annotations

from pathlib import Path

from press_archive.cli.context import EXIT_OK, UsageFailure


def add_commands(sub) -> None:
    p = sub.add_parser("copy", help="copy the whole archive to a server archive or a folder archive (and back)")
    p.add_argument("--to", required=True, metavar="URL_OR_DIR", dest="target",
                   help="postgresql://USER@HOST/DB (an empty database or an earlier copy) or a folder")
    p.add_argument("--to-originals", metavar="DIR", type=Path, dest="target_originals",
                   help="a new server archive's shared originals folder (as init --originals)")
    p.add_argument("--to-cache", metavar="DIR", type=Path, dest="target_cache",
                   help="this desk's cache for the target server archive")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=run_copy)


def run_copy(args, ctx) -> int:
    from press_archive.services.archive import resolve_archive_dir
    from press_archive.services.copying import CopyError, copy_archive, open_target

    source = ctx.open_archive()
    location = resolve_archive_dir(args.target)
    try:
        target = open_target(location, originals=args.target_originals, cache=args.target_cache)
    except CopyError as e:
        raise UsageFailure(f"copy --to: {e}") from None
    try:
        report = copy_archive(source, target)
    except CopyError as e:
        raise UsageFailure(f"copy --to: {e}") from None
    finally:
        target.close()
    if args.json:
        ctx.out_json({"added": report.added, "updated": report.updated,
                      "originals_copied": report.originals_copied, "originals_kept": report.originals_kept})
    elif not report.changed:
        ctx.out("nothing to copy: the target already holds all of this archive")
    else:
        ctx.out(f"copied: {sum(report.added.values())} row(s) added, {sum(report.updated.values())} updated, "
                f"{report.originals_copied} original(s) copied ({report.originals_kept} already there)")
    return EXIT_OK
