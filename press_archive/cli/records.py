"""init, import, list, show, delete, restore, purge: the catalogue's commands."""

from __future__ import annotations

import argparse
from pathlib import Path

from press_archive.cli.context import EXIT_OK, EXIT_PARTLY, EXIT_UNUSABLE, UsageFailure

LIST_KINDS = ("news", "events", "interviews", "productions", "photo_batches")
RECORD_IMPORT_KINDS = ("news", "events", "interviews", "productions")


def add_commands(sub) -> None:
    p = sub.add_parser("init", help="create the archive folder (an existing archive is left as it is)")
    p.add_argument("--sample", action="store_true", help="also load the sample records (news, events, interviews...)")
    p.add_argument("--originals", dest="init_originals", metavar="DIR", type=Path,
                   help="a server archive: the office's shared folder for the original photos")
    p.set_defaults(handler=run_init)

    p = sub.add_parser("import", help="import news, events, interviews, productions (.jsonl/.csv) or photos",
                       description="press-archive import KIND FILE... [--json]  (KIND: news, events, interviews, "
                                   "productions, photos; for photos see 'press-archive import photos --help')")
    p.add_argument("kind", choices=RECORD_IMPORT_KINDS + ("photos",))
    p.add_argument("rest", nargs=argparse.REMAINDER, help="files and options")
    p.set_defaults(handler=run_import)

    p = sub.add_parser("list", help="list records of one kind")
    p.add_argument("kind", choices=LIST_KINDS)
    p.add_argument("--limit", type=int, default=50)
    p.add_argument("--offset", type=int, default=0)
    p.add_argument("--trash", action="store_true", help="list what is in the trash")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=run_list)

    p = sub.add_parser("show", help="show one record by id or ref")
    p.add_argument("kind", choices=LIST_KINDS)
    p.add_argument("id_or_ref")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=run_show)

    for name, verb in (("delete", "move a record to the trash"), ("restore-record", "take a record back out of the trash"),
                       ("purge", "remove a record in the trash for good")):
        p = sub.add_parser(name, help=verb)
        p.add_argument("kind", choices=LIST_KINDS)
        p.add_argument("id_or_ref")
        p.set_defaults(handler=run_trash, action=name)

    p = sub.add_parser("history", help="the audit log: every edit, delete, restore and purge")
    p.add_argument("kind", nargs="?", choices=LIST_KINDS)
    p.add_argument("id_or_ref", nargs="?")
    p.add_argument("--limit", type=int, default=50)
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=run_history)


def run_init(args, ctx) -> int:
    from press_archive.services.archive import Archive, NotAnArchive
    from press_archive.storage.errors import ServerUnavailable

    root = ctx.archive_dir
    try:
        options = ctx.server_options()
        options["originals"] = args.init_originals or options["originals"]
        archive, created = Archive.create(root, **options)
    except (NotAnArchive, ServerUnavailable) as e:
        raise UsageFailure(str(e)) from None
    except Exception as e:  # a file in the way, no permission
        raise UsageFailure(f"cannot create an archive at {root}: {e}") from None
    ctx._archive = archive
    shown = archive.db.url if archive.is_server else root
    if archive.is_server:
        from press_archive.storage.server import safe_url

        shown = safe_url(shown)
    ctx.out(f"created archive at {shown}" if created else f"{shown} is already an archive; nothing changed")
    if args.sample:
        from press_archive.services.sample import load_sample

        report = load_sample(archive)
        ctx.out(f"sample: {report}")
    return EXIT_OK


def run_import(args, ctx) -> int:
    if args.kind == "photos":
        from press_archive.cli.photos import run_import_photos

        return run_import_photos(args.rest, ctx)
    parser = argparse.ArgumentParser(prog=f"press-archive import {args.kind}", add_help=True)
    parser.add_argument("files", nargs="+", type=Path)
    parser.add_argument("--json", action="store_true")
    try:
        options = parser.parse_args(args.rest)
    except SystemExit as e:
        return EXIT_UNUSABLE if e.code else EXIT_OK
    archive = ctx.open_archive()
    from press_archive.services.imports import UnusableFile, import_records
    from press_archive.services.indexing import sync_index

    try:
        report = import_records(archive, args.kind, options.files)
    except UnusableFile as e:
        raise UsageFailure(f"{e} (nothing was imported)") from None
    try:
        sync_index(archive)  # an import returns once its records can be found
    except OSError as e:
        from press_archive.storage.database import is_disk_full

        if not is_disk_full(e):
            raise
        ctx.error(f"the disk is full at {archive.root}: the records are stored, but search finds them only once "
                  f"space is freed (the next command catches up)")
        ctx.out(report.summary())
        return EXIT_PARTLY
    for w in report.warnings:
        ctx.warn(w.as_line())
    for problem in report.errors:
        ctx.error(problem.as_line())
    if options.json:
        ctx.out_json(report.as_dict())
    else:
        ctx.out(report.summary())
    return EXIT_PARTLY if report.rejected else EXIT_OK


def record_json(kind, row: dict) -> dict:
    """A record as the contract prints it: its fields, id, ref, and every date both Jalali and ISO."""
    from press_archive.domain.jalali import jalali_datetime_str, jalali_str
    from press_archive.domain.records import DATE, parse_stored

    out = {"id": row["id"], "ref": row.get("ref")}
    for f in kind.fields:
        out[f.name] = row.get(f.name)
    for f in kind.fields:
        if f.type == DATE and row.get(f.name):
            value = parse_stored(row[f.name])
            out[f.name] = jalali_datetime_str(value) if "T" in row[f.name] else jalali_str(value)
            out[f"{f.name}_iso"] = row[f.name]
    if "date" in out and "date_iso" not in out:
        out["date_iso"] = None
    for extra in ("event_id", "photo_count", "created_at", "updated_at", "created_by", "updated_by", "deleted_at"):
        if extra in row:
            out[extra] = row[extra]
    out["type"] = kind.search_type
    return out


def _kind(name: str):
    from press_archive.domain.records import kind_named

    return kind_named(name)


def _with_photo_counts(archive, kind, rows: list[dict]) -> list[dict]:
    if kind.name == "photo_batches" and rows:
        from press_archive.services.photos import batch_photo_counts

        counts = batch_photo_counts(archive, [r["id"] for r in rows])
        for r in rows:
            r["photo_count"] = counts.get(r["id"], 0)
    return rows


def _line(kind, row: dict) -> str:
    from press_archive.domain.jalali import jalali_str
    from press_archive.domain.records import parse_stored

    when = jalali_str(parse_stored(row["date"])) if row.get("date") else "----/--/--"
    title = row.get(kind.title_field) or row.get("title") or row.get("outlet") or row.get("kind") or ""
    extra = f"  [{row['kind']}]" if row.get("kind") and kind.name in ("events", "productions") else ""
    ref = row.get("ref") or "-"
    return f"{row['id']:>6}  {when}  {ref:<14} {title}{extra}"


def run_list(args, ctx) -> int:
    archive = ctx.open_archive()
    from press_archive.services import records

    kind = _kind(args.kind)
    if args.limit < 0 or args.offset < 0:
        raise UsageFailure("--limit and --offset must not be negative")
    rows = records.list_records(archive, kind, limit=args.limit, offset=args.offset, trash=args.trash)
    rows = _with_photo_counts(archive, kind, rows)
    if args.json:
        ctx.out_json([record_json(kind, r) for r in rows])
    else:
        total = records.count(archive, kind, trash=args.trash)
        for r in rows:
            ctx.out(_line(kind, r))
        ctx.out(f"{len(rows)} of {total} {kind.name}" + (" in the trash" if args.trash else ""))
    return EXIT_OK


def run_show(args, ctx) -> int:
    archive = ctx.open_archive()
    from press_archive.services import records

    kind = _kind(args.kind)
    try:
        row = records.resolve(archive, kind, args.id_or_ref)
    except records.RecordNotFound as e:
        raise UsageFailure(str(e)) from None
    row = _with_photo_counts(archive, kind, [row])[0]
    data = record_json(kind, row)
    if kind.name == "events":
        dossier = records.event_dossier(archive, row["id"])
        data["linked"] = {name: [{"id": r["id"], "ref": r.get("ref"), "title": r.get("title") or r.get("topic")}
                                 for r in dossier[name]] for name in ("news", "photo_batches", "interviews")}
    if args.json:
        ctx.out_json(data)
    else:
        width = max(len(k) for k in data)
        for key, value in data.items():
            if isinstance(value, list):
                value = "، ".join(str(v) for v in value)
            ctx.out(f"{key:<{width}}  {value if value is not None else ''}")
    return EXIT_OK


def run_trash(args, ctx) -> int:
    archive = ctx.open_archive()
    from press_archive.services import records

    kind = _kind(args.kind)
    try:
        row = records.resolve(archive, kind, args.id_or_ref)
        action = {"delete": records.delete_record, "restore-record": records.restore_record,
                  "purge": records.purge_record}[args.action]
        changes = action(archive, kind, row["id"])
    except (records.RecordNotFound, ValueError) as e:
        raise UsageFailure(str(e)) from None
    from press_archive.services.indexing import sync_index

    sync_index(archive)
    verb = {"delete": "moved to the trash", "restore-record": "restored", "purge": "purged"}[args.action]
    ctx.out(f"{kind.name} {row['id']} {verb}" if changes else f"{kind.name} {row['id']}: nothing to do")
    return EXIT_OK


def run_history(args, ctx) -> int:
    archive = ctx.open_archive()
    from press_archive.services import records

    type_ = record_id = None
    if args.kind:
        kind = _kind(args.kind)
        type_ = kind.search_type
        if args.id_or_ref:
            try:
                record_id = records.resolve(archive, kind, args.id_or_ref)["id"]
            except records.RecordNotFound as e:
                raise UsageFailure(str(e)) from None
    entries = records.audit_entries(archive, type_, record_id, args.limit)
    if args.json:
        ctx.out_json(entries)
    else:
        for e in entries:
            target = f"{e['type']} {e['record_id']}" if e["record_id"] else (e["type"] or "")
            ctx.out(f"{e['at'][:19]}  {e['user'] or '?':<10} {e['action']:<8} {target}  {e['note'] or ''}".rstrip())
    return EXIT_OK
