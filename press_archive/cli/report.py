"""report and indicators: the managers' report (PDF, XLSX, CSV) and the monthly figures it quotes.

    press-archive report [--from D] [--to D] [--by year|...] --format pdf|xlsx|csv --out FILE [--json]
    press-archive indicators set MONTH NAME VALUE [--json]
    press-archive indicators import FILE.csv [--json]
    press-archive indicators list [--from MONTH] [--to MONTH] [--name NAME] [--json]
    press-archive indicators delete MONTH NAME
    press-archive indicators sums [--from D] [--to D] [--json]
"""

from __future__ import annotations

import sys
from pathlib import Path

from press_archive.cli.context import EXIT_OK, EXIT_PARTLY, UsageFailure

PERIOD_KINDS = ("year", "half", "quarter", "month", "week", "day")
FORMATS = ("pdf", "xlsx", "csv")


def add_commands(sub) -> None:
    p = sub.add_parser("report", help="write the managers' report (PDF, XLSX or CSV) for a window of dates")
    p.add_argument("--from", dest="date_from", metavar="DATE", help="first day (Jalali 1402/01/01 or ISO); default: the first data")
    p.add_argument("--to", dest="date_to", metavar="DATE", help="last day; default: the last data")
    p.add_argument("--by", choices=PERIOD_KINDS, help="period grouping (default: year for windows over 2 years, else month)")
    p.add_argument("--format", dest="fmt", choices=FORMATS, help="pdf, xlsx or csv (default: from the --out suffix)")
    p.add_argument("--out", required=True, metavar="FILE", help="the report file to write (replaced if it exists)")
    p.add_argument("--json", action="store_true", help="print what was written as JSON")
    p.set_defaults(handler=run_report)

    ind = sub.add_parser("indicators", help="monthly figures not catalogued as records (hotline calls, portal visits...)")
    isub = ind.add_subparsers(dest="indicators_command", metavar="ACTION")
    s = isub.add_parser("set", help="store one month's figure: indicators set 1403/01 hotline_calls 41250")
    s.add_argument("month", help="Jalali month, 1403/01 or 1403-01")
    s.add_argument("name", help="e.g. hotline_calls, hotline_answered_share (0-1 or 90%%), billboards, portal_visits")
    s.add_argument("value")
    s.add_argument("--json", action="store_true")
    s.set_defaults(handler=run_set)
    i = isub.add_parser("import", help="import a CSV with the columns month,name,value")
    i.add_argument("file", type=Path)
    i.add_argument("--json", action="store_true")
    i.set_defaults(handler=run_import)
    ls = isub.add_parser("list", help="the stored figures, by month")
    ls.add_argument("--from", dest="month_from", metavar="MONTH")
    ls.add_argument("--to", dest="month_to", metavar="MONTH")
    ls.add_argument("--name")
    ls.add_argument("--json", action="store_true")
    ls.set_defaults(handler=run_list)
    d = isub.add_parser("delete", help="remove one month's figure")
    d.add_argument("month")
    d.add_argument("name")
    d.set_defaults(handler=run_delete)
    su = isub.add_parser("sums", help="figures over a window: counts summed, shares averaged")
    su.add_argument("--from", dest="date_from", metavar="DATE")
    su.add_argument("--to", dest="date_to", metavar="DATE")
    su.add_argument("--json", action="store_true")
    su.set_defaults(handler=run_sums)
    ind.set_defaults(handler=lambda args, ctx: _missing_action(ind))


def _missing_action(parser) -> int:
    parser.print_usage(sys.stderr)
    raise UsageFailure("indicators: say what to do: set, import, list, delete or sums")


def run_report(args, ctx) -> int:
    out = Path(args.out).expanduser()
    fmt = args.fmt or out.suffix.lstrip(".").lower()
    if fmt not in FORMATS:
        raise UsageFailure(f"report: --format is needed ({', '.join(FORMATS)}): {out.name} does not say which")
    archive = ctx.open_archive()
    from press_archive.domain.jalali import DateError
    from press_archive.services.reports import ReportError, write_report

    try:
        written = write_report(archive, out, fmt, args.date_from, args.date_to, args.by)
    except DateError as e:
        raise UsageFailure(f"report: --from/--to: {e}") from None
    except (ReportError, ValueError) as e:
        raise UsageFailure(f"report: {e}") from None
    size = written.stat().st_size
    if args.json:
        ctx.out_json({"file": str(written), "format": fmt, "bytes": size})
    else:
        ctx.out(f"wrote {written} ({fmt}, {size:,} bytes)")
    return EXIT_OK


def run_set(args, ctx) -> int:
    archive = ctx.open_archive()
    from press_archive.services.indicators import IndicatorError, set_indicator

    try:
        done = set_indicator(archive, args.month, args.name, args.value)
    except IndicatorError as e:
        raise UsageFailure(f"indicators set: {e}") from None
    if args.json:
        ctx.out_json(done)
    else:
        month = done["month"].replace("-", "/")
        was = "" if done["previous"] is None else f" (was {done['previous']})"
        ctx.out(f"{month} {done['name']} = {done['value']}{was}")
    return EXIT_OK


def run_import(args, ctx) -> int:
    archive = ctx.open_archive()
    from press_archive.services.imports import UnusableFile
    from press_archive.services.indicators import import_indicators

    try:
        report = import_indicators(archive, args.file)
    except UnusableFile as e:
        raise UsageFailure(f"{e} (nothing was imported)") from None
    for w in report.warnings:
        ctx.warn(w.as_line())
    for problem in report.errors:
        ctx.error(problem.as_line())
    if args.json:
        ctx.out_json(report.as_dict())
    else:
        ctx.out(report.summary())
    return EXIT_PARTLY if report.rejected else EXIT_OK


def run_list(args, ctx) -> int:
    archive = ctx.open_archive()
    from press_archive.services.indicators import IndicatorError, list_indicators

    try:
        rows = list_indicators(archive, args.month_from, args.month_to, args.name)
    except IndicatorError as e:
        raise UsageFailure(f"indicators list: {e}") from None
    if args.json:
        ctx.out_json([{"month": r["month"].replace("-", "/"), "name": r["name"], "value": r["value"],
                       "updated_at": r["updated_at"]} for r in rows])
        return EXIT_OK
    for r in rows:
        ctx.out(f"{r['month'].replace('-', '/')}  {r['name']:<28} {r['value']}")
    if not rows:
        ctx.out("no indicators stored")
    return EXIT_OK


def run_delete(args, ctx) -> int:
    archive = ctx.open_archive()
    from press_archive.services.indicators import IndicatorError, delete_indicator

    try:
        removed = delete_indicator(archive, args.month, args.name)
    except IndicatorError as e:
        raise UsageFailure(f"indicators delete: {e}") from None
    if not removed:
        raise UsageFailure(f"indicators delete: no figure {args.name} for {args.month}")
    ctx.out(f"deleted {args.name} for {args.month}")
    return EXIT_OK


def run_sums(args, ctx) -> int:
    archive = ctx.open_archive()
    from press_archive.services.indicators import indicator_sums

    try:
        sums = indicator_sums(archive, args.date_from, args.date_to)
    except ValueError as e:
        raise UsageFailure(f"indicators sums: --from/--to: {e}") from None
    if args.json:
        ctx.out_json(sums)
    else:
        for name, value in sums.items():
            ctx.out(f"{name:<28} {value}")
    return EXIT_OK
