"""`press-archive import photos ...` and `press-archive photos tag|duplicates|export|codes|list`.

Thin: every command parses its arguments, calls press_archive.services.photos and prints. The services (and
with them Pillow) are imported only when a command runs, so `press-archive --help` stays fast.
"""

from __future__ import annotations

import argparse
import sys

from press_archive.cli.context import EXIT_OK, EXIT_PARTLY, UsageFailure


class _Parser(argparse.ArgumentParser):
    def error(self, message: str):  # exit 2 with one plain line, no traceback
        self.print_usage(sys.stderr)
        raise UsageFailure(f"{self.prog}: {message}")


def _services():
    from press_archive.services import photos

    return photos


def _sync_index(archive, changes) -> None:
    """A command returns once its changes can be found (as the record imports do)."""
    if changes:
        from press_archive.services.indexing import sync_index

        sync_index(archive)


# --- import photos ---------------------------------------------------------------------------------------

def add_import_photos_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("paths", nargs="+", metavar="PATH", help="folders (searched recursively), .zip files, photos")
    parser.add_argument("--title", help="the batch's title (default: the folder's name)")
    parser.add_argument("--photographer", help="who took the photos (for the photos whose metadata names nobody)")
    parser.add_argument("--photographer-for-all", action="store_true",
                        help="credit --photographer on every photo, over the creator in the files' metadata")
    parser.add_argument("--date", help="the batch's date, 1394/12/29 or 2016-03-19 "
                                       "(default: the earliest capture date)")
    parser.add_argument("--event", metavar="REF", help="link the batch to the event with this ref")
    parser.add_argument("--keywords", action="append", metavar="K", help="keywords, separated by ',' or '،'")
    parser.add_argument("--ref", help="add to the batch with this ref (made if it does not exist)")
    parser.add_argument("--workers", type=int, default=None, help="decoding processes (default: one more than the cores)")
    parser.add_argument("--json", action="store_true", help="print the result as JSON")


def run_import_photos(argv: list[str], ctx) -> int:
    """`import photos` with its own arguments (the `import` command hands the rest of the line here)."""
    parser = _Parser(prog="press-archive import photos", description="Import photos as one batch.")
    add_import_photos_arguments(parser)
    return import_photos_command(parser.parse_args(argv), ctx)


def _progress_printer():
    if not sys.stderr.isatty():
        return None

    def show(p) -> None:
        end = "\n" if p.done >= p.total else ""
        print(f"\r{p.done}/{p.total} files, {p.imported} new, {p.duplicates} duplicates, {p.rejected} rejected",
              end=end, file=sys.stderr, flush=True)

    return show


def import_photos_command(args, ctx) -> int:
    photos = _services()
    archive = ctx.open_archive()
    try:
        report = photos.import_photos(
            archive, args.paths, title=args.title, photographer=args.photographer,
            photographer_for_all=args.photographer_for_all, date=args.date,
            event_ref=args.event, keywords=args.keywords, ref=args.ref,
            workers=photos.DEFAULT_WORKERS if args.workers is None else max(0, args.workers),
            progress=None if args.json else _progress_printer(),
        )
    except photos.PhotoError as e:
        raise UsageFailure(str(e)) from None
    _sync_index(archive, report.changes)
    for problem in report.errors:
        ctx.error(problem.as_line())
    for dup in report.duplicate_of:
        if dup.get("photo_id"):
            what = f"photo {dup['photo_id']} ({dup['original_name']})"
        else:
            what = f"{dup['original_name']}, also in this import"
        print(f"duplicate: {dup['file']}: the same file is already in the archive as {what}; not stored again",
              file=sys.stderr)
    for s in report.similar:
        print(f"note: {s['file']}: stored as photo {s['photo_id']}, but it has the {s['how']} as photo "
              f"{s['similar_to']} ({s['similar_name']})", file=sys.stderr)
    for w in report.warnings:
        ctx.warn(w.as_line())
    if report.stopped:
        ctx.error(report.stopped)
    if args.json:
        ctx.out_json(report.as_dict())
    else:
        ctx.out(report.summary())
    return report.exit_code


# --- photos ... ------------------------------------------------------------------------------------------

def add_commands(sub) -> None:
    photos = sub.add_parser("photos", help="photo batches: import, tag, duplicates, export, code replacements",
                            description="Work on photo batches and photos.")
    commands = photos.add_subparsers(dest="photos_command", metavar="SUBCOMMAND", parser_class=type(photos))

    p = commands.add_parser("import", help="the same as 'import photos'")
    add_import_photos_arguments(p)
    p.set_defaults(handler=import_photos_command)

    p = commands.add_parser("tag", help="tag a whole batch, or some of its photos")
    p.add_argument("batch", metavar="BATCH", help="the batch's id or ref")
    p.add_argument("--photo", dest="photos", type=int, nargs="+", action="extend", metavar="ID",
                   help="only these photos (ids)")
    p.add_argument("--add", nargs="+", action="extend", default=[], metavar="K", help="keywords to add")
    p.add_argument("--remove", nargs="+", action="extend", default=[], metavar="K", help="keywords to remove")
    p.add_argument("--caption", metavar="T", help="caption ('' clears it); \\code\\ replacements are expanded")
    p.add_argument("--photographer", metavar="P")
    p.add_argument("--place", metavar="P")
    p.add_argument("--add-person", dest="add_people", nargs="+", action="extend", default=[], metavar="NAME")
    p.add_argument("--remove-person", dest="remove_people", nargs="+", action="extend", default=[], metavar="NAME")
    p.add_argument("--title", metavar="T", help="the batch's title")
    p.add_argument("--photo-title", metavar="T", help="the photos' own title, written as IPTC ObjectName and "
                                                      "dc:title on export ('' gives back the file's or the batch's)")
    p.add_argument("--event", metavar="REF", help="link the batch to this event ('' unlinks)")
    p.add_argument("--rating", type=int, choices=range(0, 6), metavar="0-5")
    pick = p.add_mutually_exclusive_group()
    pick.add_argument("--pick", dest="picked", action="store_const", const=True, default=None)
    pick.add_argument("--unpick", dest="picked", action="store_const", const=False)
    reject = p.add_mutually_exclusive_group()
    reject.add_argument("--reject", dest="rejected", action="store_const", const=True, default=None,
                        help="reject the photos (takes a pick away)")
    reject.add_argument("--unreject", dest="rejected", action="store_const", const=False)
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=tag_command)

    p = commands.add_parser("charset", help="how old IPTC and EXIF text without a declared encoding is read")
    p.add_argument("value", nargs="?", choices=("auto", "cp1256", "cp1252"),
                   help="auto (Arabic Windows cp1256 told apart from Western cp1252 by the bytes), cp1256 or cp1252; "
                        "without a value: print the setting")
    p.set_defaults(handler=charset_command)

    p = commands.add_parser("duplicates", help="photos stored more than once in substance")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=duplicates_command)

    p = commands.add_parser("export", help="copies with the archive's caption and keywords written in (IPTC, XMP)")
    p.add_argument("batch", metavar="BATCH", help="the batch's id or ref")
    p.add_argument("--photo", dest="photos", type=int, nargs="+", action="extend", metavar="ID")
    p.add_argument("--out", required=True, metavar="DIR", help="the folder to write the copies into")
    p.add_argument("--json", action="store_true")
    p.add_argument("--files", choices=("jpeg", "raw", "both"), default="jpeg",
                   help="for RAW+JPEG photos: the JPEG, the raw file (with an XMP sidecar), or both")
    p.set_defaults(handler=export_command)

    p = commands.add_parser("codes", help="code replacements (\\code\\ in captions, as in Photo Mechanic)")
    p.add_argument("--set", nargs=2, metavar=("CODE", "EXPANSION"), help="add or change a code")
    p.add_argument("--delete", metavar="CODE", help="remove a code")
    p.add_argument("--import", dest="import_file", metavar="FILE",
                   help="a Photo Mechanic code file (tab-separated) or .csv")
    p.add_argument("--expand", metavar="TEXT", help="print TEXT with its codes expanded")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=codes_command)

    p = commands.add_parser("keywords", help="the office's keyword vocabulary (what type-ahead offers)")
    p.add_argument("--add", nargs="+", action="extend", default=[], metavar="K", help="keywords to offer")
    p.add_argument("--remove", nargs="+", action="extend", default=[], metavar="K",
                   help="keywords no longer offered (photos keep them)")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=keywords_command)

    p = commands.add_parser("list", help="the photos of a batch")
    p.add_argument("batch", metavar="BATCH", help="the batch's id or ref")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=list_command)


def tag_command(args, ctx) -> int:
    photos = _services()
    archive = ctx.open_archive()
    try:
        change = photos.TagChange(
            add=args.add, remove=args.remove, caption=args.caption, photographer=args.photographer, place=args.place,
            add_people=args.add_people, remove_people=args.remove_people, title=args.title, event_ref=args.event,
            rating=args.rating, picked=args.picked, rejected=args.rejected, photo_title=args.photo_title)
        result = photos.tag_photos(archive, args.batch, args.photos, change)
    except photos.PhotoError as e:
        raise UsageFailure(str(e)) from None
    _sync_index(archive, result.changes)
    for note in result.notes:
        ctx.warn(note)
    if args.json:
        ctx.out_json({"batch": result.batch_id, "batch_changed": result.batch_changed,
                      "photos_changed": result.photos_changed, "notes": result.notes})
    else:
        ctx.out(f"batch {result.batch_id}: {'changed' if result.batch_changed else 'unchanged'}, "
                f"{len(result.photos_changed)} photos changed")
    return EXIT_OK


def charset_command(args, ctx) -> int:
    photos = _services()
    archive = ctx.open_archive()
    if args.value:
        try:
            photos.set_legacy_charset(archive, args.value)
        except photos.PhotoError as e:
            raise UsageFailure(str(e)) from None
    ctx.out(photos.legacy_charset(archive))
    return EXIT_OK


def duplicates_command(args, ctx) -> int:
    photos = _services()
    from press_archive.domain.jalali import jalali_str

    groups = photos.find_duplicates(ctx.open_archive())
    if args.json:
        ctx.out_json({"groups": [{"kind": g.kind, "photos": [
            dict(p, date_iso=p["date"], date=jalali_str(p["date"])) for p in g.photos]} for g in groups],
            "total": len(groups)})
        return EXIT_OK
    if not groups:
        ctx.out("no duplicates")
    labels = {"same_image_data": "same image data", "visually_same": "visually the same"}
    for g in groups:
        ctx.out(f"{labels.get(g.kind, g.kind)}:")
        for p in g.photos:
            ctx.out(f"  photo {p['id']} (batch {p['batch_id']}) {p['original_name']}  {jalali_str(p['date'])}  "
                    f"{p['width']}x{p['height']}")
    return EXIT_OK


def export_command(args, ctx) -> int:
    photos = _services()
    archive = ctx.open_archive()
    try:
        report = photos.export_photos(archive, args.batch, args.out, args.photos, files=args.files)
    except photos.PhotoError as e:
        raise UsageFailure(str(e)) from None
    for problem in report.errors:
        ctx.error(problem.as_line())
    if args.json:
        ctx.out_json(report.as_dict())
    else:
        ctx.out(f"exported {len(report.files)} photos to {report.out_dir}, {len(report.errors)} failed")
    return EXIT_PARTLY if report.errors else EXIT_OK


def keywords_command(args, ctx) -> int:
    photos = _services()
    archive = ctx.open_archive()
    if args.add or args.remove:
        try:
            photos.edit_keyword_vocabulary(archive, args.add, args.remove)
        except photos.PhotoError as e:
            raise UsageFailure(str(e)) from None
    keywords = photos.keyword_vocabulary(archive)
    if args.json:
        ctx.out_json({"keywords": [{"keyword": k, "uses": n} for k, n in keywords.items()]})
    else:
        for keyword, uses in keywords.items():
            ctx.out(f"{keyword}\t{uses}")
    return EXIT_OK


def codes_command(args, ctx) -> int:
    photos = _services()
    archive = ctx.open_archive()
    status = EXIT_OK
    try:
        if args.set:
            photos.set_code_replacement(archive, args.set[0], args.set[1])
        if args.delete:
            photos.set_code_replacement(archive, args.delete, None)
        if args.import_file:
            count, problems = photos.import_code_replacements(archive, args.import_file)
            for problem in problems:
                ctx.error(problem)
            if problems:
                status = EXIT_PARTLY
            if not args.json:
                ctx.out(f"read {count} codes, {len(problems)} lines rejected")
    except photos.PhotoError as e:
        raise UsageFailure(str(e)) from None
    if args.expand is not None:
        ctx.out(photos.expand_codes(archive, args.expand))
        return status
    codes = photos.code_replacements(archive)
    if args.json:
        ctx.out_json({"codes": codes})
    elif not (args.set or args.delete or args.import_file):
        for code, expansion in codes.items():
            ctx.out(f"\\{code}\\\t{expansion}")
    return status


def list_command(args, ctx) -> int:
    photos = _services()
    from press_archive.domain.jalali import jalali_str

    archive = ctx.open_archive()
    try:
        batch = photos.get_batch(archive, args.batch)
    except photos.PhotoError as e:
        raise UsageFailure(str(e)) from None
    rows = photos.get_photos(archive, photos.photo_ids(archive, batch["id"]))
    if args.json:
        ctx.out_json({"batch": {"id": batch["id"], "ref": batch["ref"], "title": batch["title"]}, "photos": [
            dict(photos.effective_fields(r, batch), id=r["id"], original_name=r["original_name"],
                 sha256=r["sha256"], width=r["width"], height=r["height"], camera=r["camera"],
                 captured_at=r["captured_at"], rating=r["rating"], picked=bool(r["picked"]),
                 rejected=bool(r.get("rejected")),
                 date_iso=r["date"], date=jalali_str(r["date"])) for r in rows]})
        return EXIT_OK
    for r in rows:
        shown = photos.effective_fields(r, batch)
        ctx.out(f"{r['id']}\t{r['original_name']}\t{jalali_str(r['date'])}\t{r['width']}x{r['height']}\t"
                f"{'، '.join(shown['keywords'])}\t{shown['caption'] or ''}")
    return EXIT_OK
