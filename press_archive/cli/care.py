"""check, backup, restore: the care of the archive."""

from __future__ import annotations

from pathlib import Path

from press_archive.cli.context import EXIT_OK, EXIT_PARTLY, UsageFailure


def add_commands(sub) -> None:
    p = sub.add_parser("check", help="integrity, photos against their hashes, index and thumbnails in step")
    p.add_argument("--repair", action="store_true", help="rebuild what is derived; never deletes an original")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=run_check)

    p = sub.add_parser("backup", help="a consistent copy of the archive, safe while it is in use")
    p.add_argument("dest", type=Path, nargs="?", help="the backup folder (omit with --rolling)")
    p.add_argument("--rolling", action="store_true",
                   help="add a snapshot to the rolling backups (thinned to daily, weekly, monthly copies)")
    p.add_argument("--folder", type=Path, help="with --rolling: the rolling backup folder (remembered)")
    p.set_defaults(handler=run_backup)

    p = sub.add_parser("restore", help="bring a backup back into the (new or empty) --archive folder")
    p.add_argument("src", type=Path)
    p.set_defaults(handler=run_restore)


def run_check(args, ctx) -> int:
    archive = ctx.open_archive()
    if args.repair and archive.read_only:
        from press_archive.storage.database import ArchiveReadOnly

        raise UsageFailure(f"{ArchiveReadOnly(archive.root)}; check without --repair only reads")
    from press_archive.services.care import check_archive

    report = check_archive(archive, repair=args.repair)
    if args.json:
        ctx.out_json(report.as_dict())
    else:
        for problem in report.problems:
            ctx.out(f"problem: {problem}")
        for fix in report.repaired:
            ctx.out(f"repaired: {fix}")
        if report.audit_head:
            entry, _, digest = report.audit_head.partition(" ")
            ctx.out(f"audit log head: entry {entry}, hash {digest}")
        ctx.out("archive is clean" if report.clean else f"{len(report.problems)} problem(s) found"
                + (f", {len(report.remaining)} left after repair" if args.repair else ""))
    if args.repair:
        return EXIT_OK if not report.remaining else EXIT_PARTLY
    return EXIT_OK if report.clean else EXIT_PARTLY


def run_backup(args, ctx) -> int:
    archive = ctx.open_archive()
    from press_archive.services.backup import BackupError, backup_archive, rolling_backup, set_backup_folder

    if args.rolling:
        if args.folder:
            set_backup_folder(archive, args.folder)
        snapshot = rolling_backup(archive)
        ctx.out(f"snapshot {snapshot}")
        return EXIT_OK
    if args.dest is None:
        raise UsageFailure("backup needs DEST (or --rolling)")
    try:
        result = backup_archive(archive, args.dest)
    except BackupError as e:
        raise UsageFailure(str(e)) from None
    ctx.out(f"backed up to {args.dest}: database, {result.photos_copied} photo(s) copied, "
            f"{result.photos_kept} already there")
    return EXIT_OK


def run_restore(args, ctx) -> int:
    from press_archive.services.backup import BackupError, restore_archive

    try:
        result = restore_archive(args.src, ctx.archive_dir)
    except BackupError as e:
        raise UsageFailure(str(e)) from None
    ctx.out(f"restored {args.src} into {ctx.archive_dir}: {result.photos_copied} photo(s); "
            f"index and thumbnails rebuilt")
    return EXIT_OK
