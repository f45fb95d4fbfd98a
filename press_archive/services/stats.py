"""Counts by Jalali period, with growth against the period before."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from press_archive.domain.jalali import Period, parse_date, periods_between, previous_period, record_window
from press_archive.domain.windows import previous_window, same_days_a_year_before
from press_archive.services.archive import Archive
from press_archive.storage import counts as store

# The contract's keys (and a few more), each the sum of one per-day counter.
COUNT_KEYS = {
    "news": "news",
    "events": "events",
    "press_conferences": "events.press_conference",
    "ceremonies": "events.ceremony",
    "public_meetings": "events.public_meeting",
    "site_visits": "events.site_visit",
    "delegations": "events.delegation",
    "workshops": "events.workshop",
    "photo_batches": "photo_batches",
    "photos": "photos",
    "interviews": "interviews",
    "interviews_aired": "interviews.aired",
    "interviews_cancelled": "interviews.cancelled",
    "interview_minutes": "interviews.minutes",
    "tv_programmes": "productions.tv_programme",
    "tv_minutes": "minutes.tv_programme",
    "radio_programmes": "productions.radio_programme",
    "radio_minutes": "minutes.radio_programme",
    "broadcast_news_minutes": "minutes.broadcast_news",
    "special_issues": "productions.special_issue",
    "billboards": "productions.billboard",
    "surveys": "productions.survey",
}
PERIOD_KINDS = ("year", "half", "quarter", "month", "week", "day")


_ZERO = dict.fromkeys(COUNT_KEYS, 0)
_KEY_OF_METRIC = {metric: key for key, metric in COUNT_KEYS.items()}


def _number(value: float):
    return int(value) if float(value).is_integer() else round(value, 2)


def _counts(sums: dict[str, float]) -> dict:
    # A --by day table has thousands of rows with one or two counters each: touch only those.
    out = dict(_ZERO)
    for metric, value in sums.items():
        key = _KEY_OF_METRIC.get(metric)
        if key is not None:
            out[key] = _number(value)
    return out


def growth(current: dict, previous: dict) -> dict:
    """count / previous count per key; None where the previous count is 0 (no division by zero)."""
    out = dict.fromkeys(current)
    for key, before in previous.items():
        if before and key in out:
            out[key] = round(current[key] / before, 4)
    return out


@dataclass
class PeriodCounts:
    period: Period
    start: date
    end: date
    counts: dict
    previous: dict | None = None
    growth: dict | None = None


@dataclass
class StatsResult:
    by: str
    start: date | None
    end: date | None
    periods: list[PeriodCounts] = field(default_factory=list)
    total: dict = field(default_factory=dict)
    total_previous: dict | None = None
    total_growth: dict | None = None


def _as_day(text: str | None) -> date | None:
    if not text:
        return None
    value = parse_date(text)
    return value if type(value) is date else value.date()


def data_window(archive: Archive) -> tuple[date, date] | None:
    # Only days a record may have: an old archive's stray 9999-12-31 must not stretch every count to it.
    first, last = record_window()
    window = store.data_window(archive.db, first.isoformat(), last.isoformat())
    return (date.fromisoformat(window[0]), date.fromisoformat(window[1])) if window else None


def counts_by_period(archive: Archive, by: str = "year", date_from: str | None = None, date_to: str | None = None,
                     compare: bool = False, compare_with: str = "before") -> StatsResult:
    """Counts by Jalali period. With `compare`, each period and the total are set against the equal span just
    before them (`compare_with="before"`) or against the same days one year earlier ("year_before": a year
    so far against the same days of last year)."""
    if by not in PERIOD_KINDS:
        raise ValueError(f"--by must be one of {', '.join(PERIOD_KINDS)}")
    start, end = _as_day(date_from), _as_day(date_to)
    if start and end and start > end:
        raise ValueError(f"the window is empty: {date_from} is after {date_to}")
    if start is None or end is None:
        window = data_window(archive)
        if window is None and (start is None and end is None):
            return StatsResult(by, None, None, total=_counts({}))
        start = start or (window[0] if window else end)
        end = end or (window[1] if window else start)
        if start > end:
            return StatsResult(by, start, end, total=_counts({}))
    periods = periods_between(start, end, by)
    windows = [(max(p.start, start), min(p.end, end)) for p in periods]
    result = StatsResult(by, start, end)
    queries = [(a.isoformat(), b.isoformat()) for a, b in windows]
    previous_windows = []
    if compare:
        for i, (p, (a, b)) in enumerate(zip(periods, windows)):
            if compare_with == "year_before":
                pa, pb = same_days_a_year_before(a, b)
                previous_windows.append((pa.isoformat(), pb.isoformat()))
                continue
            # Periods are contiguous: the one before is usually already at hand.
            prev = periods[i - 1] if i else previous_period(p)
            # A clipped period is compared with the same stretch of the period before it.
            pa = prev.start + (a - p.start) if a > p.start else prev.start
            pb = min(prev.end, prev.start + (b - p.start))
            previous_windows.append((pa.isoformat(), pb.isoformat()))
        # The whole window against the equal window before it (a Jalali year against the year before).
        pa, pb = (same_days_a_year_before if compare_with == "year_before" else previous_window)(start, end)
        previous_windows.append((pa.isoformat(), pb.isoformat()))
    # Contiguous periods: most previous windows are another period's window; count each window once.
    all_windows = queries + [(start.isoformat(), end.isoformat())] + previous_windows
    unique = list(dict.fromkeys(all_windows))
    counted = dict(zip(unique, (_counts(s) for s in store.metric_sums(archive.db, unique))))
    for i, (p, (a, b)) in enumerate(zip(periods, windows)):
        pc = PeriodCounts(p, a, b, counted[queries[i]])
        if compare:
            pc.previous = counted[previous_windows[i]]
            pc.growth = growth(pc.counts, pc.previous)
        result.periods.append(pc)
    result.total = counted[all_windows[len(periods)]]
    if compare:
        result.total_previous = counted[previous_windows[-1]]
        result.total_growth = growth(result.total, result.total_previous)
    return result


def breakdowns(archive: Archive, date_from: str | None = None, date_to: str | None = None) -> dict:
    """Records in the window by event kind, category, region, language, photographer, interview status..."""
    start, end = _as_day(date_from), _as_day(date_to)
    window = data_window(archive)
    if window is None:
        return {}
    start, end = start or window[0], end or window[1]
    out = {name: store.breakdown(archive.db, name, start.isoformat(), end.isoformat()) for name in store.breakdown_names()}
    out["photos_by_photographer"] = store.photos_by_photographer(archive.db, start.isoformat(), end.isoformat())
    return out
