"""search: Persian full text over every record type."""

from __future__ import annotations

import time

from press_archive.cli.context import EXIT_OK, UsageFailure

TYPES = ("news", "event", "photo_batch", "photo", "interview", "production")


def add_commands(sub) -> None:
    p = sub.add_parser("search", help="search the archive (words, \"phrases\", OR, -word, field:value)")
    p.add_argument("query")
    p.add_argument("--type", action="append", choices=TYPES, dest="types", metavar="T",
                   help=f"only these record types ({', '.join(TYPES)}); may be repeated")
    p.add_argument("--from", dest="date_from", metavar="DATE")
    p.add_argument("--to", dest="date_to", metavar="DATE")
    p.add_argument("--limit", type=int, default=20)
    p.add_argument("--offset", type=int, default=0)
    p.add_argument("--sort", choices=("relevance", "date"), default="relevance")
    p.add_argument("--facets", action="store_true", help="also print counts by type, year, category, photographer, tag")
    p.add_argument("--no-expand", dest="expand", action="store_false",
                   help="rank by the query's own words only, not also by the words its best matches share "
                        "(what is found and the count are the same either way)")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=run_search)

    p = sub.add_parser("reindex", help="rebuild the search index from the database")
    p.add_argument("--if-needed", action="store_true",
                   help="only bring the index up to date, rebuilding it if it is damaged (what a search starts "
                        "in the background when it finds damage)")
    p.set_defaults(handler=run_reindex)


def _hit_json(hit) -> dict:
    from press_archive.domain.jalali import jalali_str
    from press_archive.domain.records import parse_stored

    return {
        "type": hit.type, "id": hit.id, "ref": hit.ref, "title": hit.title,
        "date": jalali_str(parse_stored(hit.date_iso)) if hit.date_iso else None,
        "date_iso": hit.date_iso or None, "score": round(float(hit.score), 4), "snippet": hit.snippet,
    }


def run_search(args, ctx) -> int:
    archive = ctx.open_archive()
    from press_archive.domain.jalali import DateError
    from press_archive.search.query import QueryError
    from press_archive.services.search import search

    if args.limit < 0 or args.offset < 0:
        raise UsageFailure("--limit and --offset must not be negative")
    started = time.perf_counter()
    try:
        result = search(archive, args.query, types=args.types, date_from=args.date_from, date_to=args.date_to,
                        limit=args.limit, offset=args.offset, sort=args.sort, facets=args.facets,
                        expand=args.expand)
    except DateError as e:
        raise UsageFailure(f"--from/--to: {e}") from None
    except QueryError as e:
        raise UsageFailure(f"query: {e}") from None
    if result.note:
        ctx.warn(result.note)
    took = getattr(result, "took_ms", None)
    if took is None:
        took = (time.perf_counter() - started) * 1000
    if args.json:
        out = {"total": result.total, "hits": [_hit_json(h) for h in result.hits], "took_ms": round(took, 2)}
        if not getattr(result, "total_exact", True):
            out["total_exact"] = False  # a phrase's count estimated from the candidates checked
        if result.suggestion:
            out["suggestion"] = result.suggestion
        if result.note:
            out["note"] = result.note
        out["facets"] = {k: [[v, n] for v, n in vals] for k, vals in (result.facets or {}).items()}
        ctx.out_json(out)
        return EXIT_OK
    for hit in result.hits:
        h = _hit_json(hit)
        ctx.out(f"[{h['type']} {h['id']}] {h['date'] or ''}  {h['title']}")
        if hit.snippet:
            ctx.out(f"    {plain_snippet(hit.snippet)}")
    estimated = "" if getattr(result, "total_exact", True) else " (estimated)"
    ctx.out(f"{result.total}{estimated} found in {took:.0f} ms")
    if result.total == 0 and result.suggestion:
        ctx.out(f"did you mean: {result.suggestion}")
    if args.facets:
        for name, values in (result.facets or {}).items():
            ctx.out(f"{name}: " + ", ".join(f"{v} ({n})" for v, n in values[:10]))
    return EXIT_OK


def plain_snippet(snippet: str) -> str:
    """A marked-up snippet for a terminal: matches between »« and entities undone."""
    import html
    import re

    return html.unescape(re.sub(r"</?b>", lambda m: "«" if m.group(0) == "<b>" else "»", snippet))


def run_reindex(args, ctx) -> int:
    import sys

    archive = ctx.open_archive()
    from press_archive.services.indexing import rebuild_index, sync_index

    if args.if_needed:
        applied = sync_index(archive)
        ctx.out(f"index up to date ({applied} change(s) applied)")
        return EXIT_OK

    def progress(done, total):
        if sys.stderr.isatty():
            print(f"\rindexing {done}/{total}", end="", file=sys.stderr, flush=True)

    started = time.perf_counter()
    count = rebuild_index(archive, progress=progress)
    if sys.stderr.isatty():
        print(file=sys.stderr)
    ctx.out(f"reindexed {count} records in {time.perf_counter() - started:.1f} s")
    return EXIT_OK
