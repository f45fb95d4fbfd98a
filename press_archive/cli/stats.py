"""stats and report: the managers' counts by Jalali period."""

from __future__ import annotations

import csv
import sys

from press_archive.cli.context import EXIT_OK, UsageFailure


def add_commands(sub) -> None:
    p = sub.add_parser("stats", help="counts by Jalali period (year, half, quarter, month, week, day)")
    p.add_argument("--by", choices=("year", "half", "quarter", "month", "week", "day"), default="year")
    p.add_argument("--from", dest="date_from", metavar="DATE")
    p.add_argument("--to", dest="date_to", metavar="DATE")
    p.add_argument("--compare", action="store_true", help="add the previous period's counts and the growth")
    p.add_argument("--breakdown", action="store_true", help="also counts by event kind, category, photographer...")
    fmt = p.add_mutually_exclusive_group()
    fmt.add_argument("--json", action="store_true")
    fmt.add_argument("--csv", action="store_true")
    p.set_defaults(handler=run_stats)


def stats_json(result, breakdowns: dict | None = None) -> dict:
    from press_archive.domain.jalali import jalali_str

    periods = []
    for pc in result.periods:
        item = {"period": pc.period.key, "label": pc.period.label_fa, "from": jalali_str(pc.start), "to": jalali_str(pc.end),
                "from_iso": pc.start.isoformat(), "to_iso": pc.end.isoformat(), "counts": pc.counts}
        if pc.previous is not None:
            item["previous"] = pc.previous
            item["growth"] = pc.growth
        periods.append(item)
    out = {"by": result.by, "from": jalali_str(result.start) if result.start else None,
           "to": jalali_str(result.end) if result.end else None, "periods": periods, "total": result.total}
    if result.total_previous is not None:
        out["total_previous"] = result.total_previous
        out["total_growth"] = result.total_growth
    if breakdowns is not None:
        out["breakdowns"] = {k: [[v, n] for v, n in vals] for k, vals in breakdowns.items()}
    return out


def run_stats(args, ctx) -> int:
    archive = ctx.open_archive()
    from press_archive.domain.jalali import DateError
    from press_archive.services.stats import breakdowns, counts_by_period

    try:
        result = counts_by_period(archive, args.by, args.date_from, args.date_to, compare=args.compare)
        extra = breakdowns(archive, args.date_from, args.date_to) if args.breakdown else None
    except DateError as e:
        raise UsageFailure(f"--from/--to: {e}") from None
    except ValueError as e:
        raise UsageFailure(str(e)) from None
    data = stats_json(result, extra)
    if args.json:
        ctx.out_json(data)
        return EXIT_OK
    keys = list(result.total)
    if args.csv:
        from press_archive.reports.safe_csv import safe_row

        writer = csv.writer(sys.stdout, lineterminator="\n")
        header = ["period", "from", "to"] + keys
        if args.compare:
            header += [f"previous_{k}" for k in keys] + [f"growth_{k}" for k in keys]
        writer.writerow(header)
        for p in data["periods"]:
            row = [p["period"], p["from"], p["to"]] + [p["counts"][k] for k in keys]
            if args.compare:
                row += [p["previous"][k] for k in keys] + ["" if p["growth"][k] is None else p["growth"][k] for k in keys]
            writer.writerow(safe_row(row))
        return EXIT_OK
    shown = ["news", "events", "press_conferences", "ceremonies", "photo_batches", "photos", "interviews",
             "interviews_aired", "tv_minutes", "radio_programmes"]
    ctx.out(f"{'period':<14}" + "".join(f"{k[:11]:>12}" for k in shown))
    for p in data["periods"]:
        ctx.out(f"{p['period']:<14}" + "".join(f"{p['counts'][k]:>12}" for k in shown))
        if args.compare:
            ctx.out(f"{'  growth':<14}" + "".join(
                f"{('—' if p['growth'][k] is None else format(p['growth'][k], '.2f')):>12}" for k in shown))
    ctx.out(f"{'total':<14}" + "".join(f"{data['total'][k]:>12}" for k in shown))
    if extra:
        for name, values in extra.items():
            if values:
                ctx.out(f"{name}: " + ", ".join(f"{v or '—'} ({n})" for v, n in values[:12]))
    return EXIT_OK
