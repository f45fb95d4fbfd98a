"""Realistic press-office archives of any size, for benchmarks.

Deterministic (a seed), fast, standard library only (plus the project's Jalali calendar). The
proportions per year follow what a large city's press office reports (2.5 years: 11,400 news items,
1,800 ceremonies, 350 press conferences, 250 interview orders, 212,000 photos, 12,125 minutes of
television, 43,320 radio programmes, 960 minutes of broadcast news, 24 special issues):

    news 4,500 · events 700 (350 ceremonies, 140 press conferences...) · interview orders 100 ·
    photos 85,000 in 1,000 batches · tv ~4,850 minutes · radio ~17,300 programmes · productions ~350

    python bench/generate.py OUT_DIR --years 10 [--news-words 120] [--seed 1]
                             [--archive A [--photos/--no-photos] [--photos-per-year 85000]]

writes OUT_DIR/{events,news,interviews,productions}.jsonl (fields per CONTRACT.md, refs unique, dates
Jalali "1403/12/30"), importable with `press-archive --archive A import news OUT_DIR/news.jsonl`
(events first: news and interviews link to them by `event_ref`). With `--archive A` it also creates
A if needed, imports the four files through the CLI and, unless `--no-photos`, puts the photo rows
straight into A's database (`fill_photo_rows`): the photos are not real files, so such an archive is
for measuring lists, counts and search, not for `check`.

From Python: `generate_files`, `news_items`, `events`, `interviews`, `productions`, `fill_photo_rows`.
"""

from __future__ import annotations

import argparse
import bisect
import json
import random
import re
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from datetime import timedelta
from itertools import accumulate
from pathlib import Path

if not __package__:  # run as a script: make `bench` and the checkout's `press_archive` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench import vocabulary as V  # noqa: E402
from press_archive.domain.jalali import jalali_str, jalali_to_gregorian, month_length, to_iso  # noqa: E402

END_YEAR = 1404
KINDS = ("events", "news", "interviews", "productions")  # import order: events first

PER_YEAR = {"news": 4500, "events": 700, "interviews": 100, "photo_batches": 1000, "photos": 85000}

# Events a year by kind (the seed: 720 ceremonies and 140 press conferences a year).
EVENT_MIX = {
    "ceremony": 350, "press_conference": 140, "public_meeting": 80, "site_visit": 70,
    "delegation": 25, "workshop": 20, "other": 15,
}
# Production records a year: kind -> (records, minutes range or None, count range or None).
PRODUCTION_MIX = {
    "tv_programme": (100, (20, 77), None),  # ~4,850 minutes
    "radio_programme": (120, None, (100, 190)),  # ~17,400 programmes
    "broadcast_news": (96, (2, 6), None),  # ~384 minutes
    "special_issue": (10, None, (1, 1)),
    "billboard": (12, None, (20, 30)),  # ~25 a month
    "survey": (10, None, (1, 1)),
    "other": (2, None, None),
}
STATUS_MIX = {"aired": 70, "cancelled": 12, "recorded": 8, "scheduled": 5, "ordered": 5}
LANGUAGE_MIX = {"fa": 96, "en": 3, "ar": 1}

_TO_FA_DIGITS = str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")


# ---------------------------------------------------------------------------
# Dates
# ---------------------------------------------------------------------------

class _Days:
    """Every day of a span of Jalali years, with weights (Fridays and the Nowruz holidays are quiet)."""

    def __init__(self, first_year: int, last_year: int):
        self.jalali: list[str] = []
        self.dates = []
        weights = []
        for jy in range(first_year, last_year + 1):
            start = jalali_to_gregorian(jy, 1, 1)
            n = sum(month_length(jy, m) for m in range(1, 13))
            for k in range(n):
                d = start + timedelta(days=k)
                self.dates.append(d)
                self.jalali.append(jalali_str(d))
                w = 1.0
                if d.weekday() == 4:  # Friday
                    w = 0.25
                elif d.weekday() == 3:  # Thursday
                    w = 0.6
                if k < 4 or k == 12:  # 1-4 Farvardin, 13 Farvardin
                    w *= 0.4
                weights.append(w)
        self.cum = list(accumulate(weights))
        self.index = {j: i for i, j in enumerate(self.jalali)}

        self.year_bounds: list[tuple[int, int]] = []  # (first, last + 1) day index of each year
        for jy in range(first_year, last_year + 1):
            lo = self.index[f"{jy:04d}/01/01"]
            hi = self.index[f"{jy + 1:04d}/01/01"] if jy < last_year else len(self.dates)
            self.year_bounds.append((lo, hi))

    def sample_span(self, rnd: random.Random, lo: int, hi: int, k: int) -> list[int]:
        """k weighted day indexes in [lo, hi), sorted."""
        base = self.cum[lo - 1] if lo else 0.0
        return sorted(rnd.choices(range(lo, hi), cum_weights=[c - base for c in self.cum[lo:hi]], k=k))

    def sample(self, rnd: random.Random, n: int, mix: dict[str, int] | None = None) -> list[tuple[int, str | None]]:
        """n (day index, label) sorted by day: the same number each year (to one), and in each year
        labels in the proportions of `mix` (None labels without a mix)."""
        out: list[tuple[int, str | None]] = []
        years = len(self.year_bounds)
        for y, (lo, hi) in enumerate(self.year_bounds):
            k = n // years + (1 if y < n % years else 0)
            labels: list = _quota(mix, k) if mix else [None] * k
            rnd.shuffle(labels)
            out.extend(zip(self.sample_span(rnd, lo, hi, k), labels))
        return out


def _years(years: int, end_year: int) -> tuple[int, int]:
    if years < 1:
        raise ValueError("years must be at least 1")
    return end_year - years + 1, end_year


# ---------------------------------------------------------------------------
# Text
# ---------------------------------------------------------------------------

class _Slots(dict):
    """Fills `{slot}` frames lazily: every lookup of a missing slot draws a fresh word."""

    def __init__(self, rnd: random.Random, persian: bool = True):
        super().__init__()
        self.rnd = rnd
        self.persian = persian
        r = rnd
        self.pick = {
            "post": lambda: r.choice(V.POSTS),
            "topic": lambda: r.choice(V.TOPICS),
            "project": lambda: r.choice(V.PROJECTS),
            "street": lambda: r.choice(V.STREETS),
            "region": lambda: r.choice(V.REGIONS[:8]),
            "city": lambda: r.choice(V.FOREIGN_CITIES),
            "city_en": lambda: r.choice(V.CITIES_EN),
            "city_name": lambda: V.MUNICIPALITY,
            "home": lambda: V.CITY,
            "event": lambda: r.choice(V.EVENT_WORDS),
            "season": lambda: r.choice(V.SEASONS),
            "verb_news": lambda: r.choice(V.VERBS_NEWS),
            "day": lambda: r.choice(V.DAYS),
            "day_en": lambda: r.choice(("Saturday", "Sunday", "Monday", "Tuesday", "Wednesday")),
            "filler": lambda: r.choice(V.FILLER),
            "number": lambda: self._num(r.randint(120, 48000)),
            "percent": lambda: self._num(r.randint(5, 95)),
            "money": lambda: self._num(r.randrange(20, 5000, 10)),
            "small": lambda: self._num(r.randint(2, 9)),
        }

    def _num(self, n: int) -> str:
        return str(n).translate(_TO_FA_DIGITS) if self.persian else str(n)

    def __missing__(self, key):
        return self.pick[key]()


def _fill(frame: str, slots: _Slots) -> str:
    return frame.format_map(slots)


def _body(rnd: random.Random, slots: _Slots, frames, words: int) -> str:
    out, count = [], 0
    while count < words:
        sentence = _fill(rnd.choice(frames), slots)
        out.append(sentence)
        count += sentence.count(" ") + 1
    return " ".join(out)


def _person(rnd: random.Random) -> str:
    return f"{rnd.choice(V.FIRST_NAMES)} {rnd.choice(V.LAST_NAMES)}"


def _pick_weighted(rnd: random.Random, mix: dict[str, int]) -> str:
    return rnd.choices(list(mix), weights=list(mix.values()))[0]


def _quota(mix: dict[str, int], n: int) -> list[str]:
    """Exactly n labels in the proportions of `mix` (largest remainders)."""
    total = sum(mix.values())
    exact = {k: n * v / total for k, v in mix.items()}
    counts = {k: int(x) for k, x in exact.items()}
    for k in sorted(mix, key=lambda k: exact[k] - counts[k], reverse=True)[: n - sum(counts.values())]:
        counts[k] += 1
    return [k for k, c in counts.items() for _ in range(c)]


# ---------------------------------------------------------------------------
# Records
# ---------------------------------------------------------------------------

def _event_row(rnd: random.Random, slots: _Slots, ref: str, kind: str, day: str) -> dict:
    title = _fill(rnd.choice(V.EVENT_TITLES[kind]), slots)
    speakers = [f"{_person(rnd)}، {rnd.choice(V.POSTS)}" for _ in range(rnd.randint(1, 3))]
    return {
        "ref": ref,
        "kind": kind,
        "title": title,
        "date": day,
        "venue": rnd.choice(V.VENUES),
        "speakers": speakers,
        "media": rnd.sample(V.OUTLETS, rnd.randint(1, 6)),
        "summary": _fill(rnd.choice(V.SENTENCES), slots),
        "body": _body(rnd, slots, V.SENTENCES, rnd.randint(25, 70)),
        "tags": rnd.sample(V.TAGS, rnd.randint(1, 4)),
    }


def _news_row(rnd: random.Random, slots: _Slots, slots_en: _Slots, ref: str, day: str, words: int,
              language: str, event_ref: str | None) -> dict:
    if language == "fa":
        title = _fill(rnd.choice(V.NEWS_TITLES), slots)
        row = {
            "ref": ref, "title": title, "date": day,
            "lead": _fill(rnd.choice(V.SENTENCES), slots),
            "body": _body(rnd, slots, V.SENTENCES, words),
            "category": rnd.choices(V.CATEGORIES, weights=V.CATEGORY_WEIGHTS)[0],
            "region": rnd.choice(V.REGIONS),
            "author": _person(rnd),
            "tags": rnd.sample(V.TAGS, rnd.randint(1, 4)),
            "language": "fa",
        }
    else:
        titles, sentences = (V.EN_TITLES, V.EN_SENTENCES) if language == "en" else (V.AR_TITLES, V.AR_SENTENCES)
        # The Arabic and English editions keep ASCII digits, as the portal publishes them.
        row = {
            "ref": ref, "title": _fill(rnd.choice(titles), slots_en), "date": day,
            "lead": _fill(rnd.choice(sentences), slots_en),
            "body": _body(rnd, slots_en, sentences, words),
            "category": "International" if language == "en" else "دولي",
            "author": "Maryam Afshar" if language == "en" else "مريم أفشار",
            "tags": ["international"] if language == "en" else ["دولي"],
            "language": language,
        }
    row["url"] = f"https://arghavanshahr.example/{language}/news/{ref}"
    if event_ref:
        row["event_ref"] = event_ref
    return row


def _interview_row(rnd: random.Random, slots: _Slots, ref: str, d, day: str, event_ref: str | None) -> dict:
    medium = "tv" if rnd.random() < 0.55 else "radio"
    outlets = V.TV_OUTLETS if medium == "tv" else V.RADIO_OUTLETS
    # The central news unit of the broadcaster takes most of the orders.
    outlet = outlets[0] if (medium == "tv" and rnd.random() < 0.6) else rnd.choice(outlets)
    status = _pick_weighted(rnd, STATUS_MIX)
    row = {
        "ref": ref, "date": day, "outlet": outlet,
        "programme": rnd.choice(V.TV_PROGRAMMES if medium == "tv" else V.RADIO_PROGRAMMES),
        "medium": medium,
        "interviewee": f"{_person(rnd)}، {rnd.choice(V.POSTS)}",
        "topic": rnd.choice(V.TOPICS),
        "status": status,
    }
    if status == "aired":
        row["aired"] = jalali_str(d + timedelta(days=rnd.randint(0, 4)))
        row["minutes"] = rnd.randint(2, 8) if medium == "tv" else rnd.randint(10, 45)
    if rnd.random() < 0.3:
        row["notes"] = _fill(rnd.choice(V.SENTENCES), slots)
    if event_ref:
        row["event_ref"] = event_ref
    return row


def _production_row(rnd: random.Random, slots: _Slots, ref: str, kind: str, day: str) -> dict:
    _, minutes, count = PRODUCTION_MIX[kind]
    label = V._fa({
        "tv_programme": "برنامه^ تلویزیونی «{topic}»",
        "radio_programme": "برنامه^ رادیویی «{programme}»",
        "broadcast_news": "خبر صداوسیما: {topic}",
        "special_issue": "ویژه~نامه^ {topic}",
        "billboard": "بیلبوردهای {topic}",
        "survey": "نظرسنجی {topic}",
        "other": "تولید ویژه^ {topic}",
    }[kind])
    row = {"ref": ref, "kind": kind, "date": day,
           "title": label.replace("{programme}", rnd.choice(V.RADIO_PROGRAMMES)).format_map(slots)}
    if minutes:
        row["minutes"] = rnd.randint(*minutes)
    if count:
        row["count"] = rnd.randint(*count)
        if kind == "radio_programme":
            row["minutes"] = row["count"] * rnd.choice((15, 20, 25, 30))
    return row


class _Linker:
    """Links a record to an event held on its day or the day before (about `share` of them)."""

    def __init__(self, event_days: list[tuple[int, str]]):
        self.by_day: dict[int, list[str]] = {}
        for i, ref in event_days:
            self.by_day.setdefault(i, []).append(ref)

    def pick(self, rnd: random.Random, day_index: int, share: float) -> str | None:
        if rnd.random() >= share:
            return None
        candidates = self.by_day.get(day_index) or self.by_day.get(day_index - 1)
        return rnd.choice(candidates) if candidates else None


def _ref(prefix: str, n: int) -> str:
    return f"{prefix}-{n:07d}"


def events(n: int, *, seed: int = 1, years: int = 10, end_year: int = END_YEAR) -> Iterator[dict]:
    """n events over the years, kinds in the office's proportions, dates in order; refs gev-0000001..."""
    rnd = random.Random(f"events:{seed}")
    days = _Days(*_years(years, end_year))
    slots = _Slots(rnd)
    for k, (i, kind) in enumerate(days.sample(rnd, n, EVENT_MIX), 1):
        yield _event_row(rnd, slots, _ref("gev", k), kind, days.jalali[i])


def news_items(n: int, words: int = 300, seed: int = 1, *, years: int = 10, end_year: int = END_YEAR,
               event_refs: bool = False) -> Iterator[dict]:
    """n news items of about `words` words each (Persian, some English and Arabic), dates in order.

    With `event_refs`, about a third link to the events `events(...)` makes with the same seed, years
    and count in the yearly proportion (import those first).
    """
    rnd = random.Random(f"news:{seed}")
    days = _Days(*_years(years, end_year))
    slots, slots_en = _Slots(rnd), _Slots(rnd, persian=False)
    linker = None
    if event_refs:
        linker = _linker_for(days, seed, years, end_year, max(1, n * PER_YEAR["events"] // PER_YEAR["news"]))
    for k, (i, _) in enumerate(days.sample(rnd, n), 1):
        language = _pick_weighted(rnd, LANGUAGE_MIX)
        event_ref = linker.pick(rnd, i, 0.35) if linker else None
        yield _news_row(rnd, slots, slots_en, _ref("gnews", k), days.jalali[i], words, language, event_ref)


def interviews(n: int, *, seed: int = 1, years: int = 10, end_year: int = END_YEAR,
               event_refs: bool = False) -> Iterator[dict]:
    """n interview orders (tv and radio, every status; aired ones with a date and minutes)."""
    rnd = random.Random(f"interviews:{seed}")
    days = _Days(*_years(years, end_year))
    slots = _Slots(rnd)
    linker = None
    if event_refs:
        linker = _linker_for(days, seed, years, end_year, max(1, n * PER_YEAR["events"] // PER_YEAR["interviews"]))
    for k, (i, _) in enumerate(days.sample(rnd, n), 1):
        event_ref = linker.pick(rnd, i, 0.6) if linker else None
        yield _interview_row(rnd, slots, _ref("gint", k), days.dates[i], days.jalali[i], event_ref)


def productions(n: int, *, seed: int = 1, years: int = 10, end_year: int = END_YEAR) -> Iterator[dict]:
    """n production records, kinds in the yearly proportions of PRODUCTION_MIX."""
    rnd = random.Random(f"productions:{seed}")
    days = _Days(*_years(years, end_year))
    slots = _Slots(rnd)
    for k, (i, kind) in enumerate(days.sample(rnd, n, {k: v[0] for k, v in PRODUCTION_MIX.items()}), 1):
        yield _production_row(rnd, slots, _ref("gprod", k), kind, days.jalali[i])


def _linker_for(days: _Days, seed: int, years: int, end_year: int, n_events: int) -> _Linker:
    return _Linker([(days.index[e["date"]], e["ref"])
                          for e in events(n_events, seed=seed, years=years, end_year=end_year)])


def _write_jsonl(path: Path, rows) -> int:
    n = 0
    with path.open("w", encoding="utf-8", newline="\n") as f:
        write = f.write
        for row in rows:
            write(json.dumps(row, ensure_ascii=False))
            write("\n")
            n += 1
    return n


def generate_files(out_dir, years: int = 10, seed: int = 1, news_words: int = 120, *,
                   end_year: int = END_YEAR) -> dict[str, Path]:
    """Write events/news/interviews/productions .jsonl for `years` Jalali years ending `end_year`.

    Returns {kind: path} in import order (events first). Same arguments, same bytes.
    """
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    n_events = PER_YEAR["events"] * years
    n_prod = sum(v[0] for v in PRODUCTION_MIX.values()) * years
    paths = {kind: out / f"{kind}.jsonl" for kind in KINDS}
    _write_jsonl(paths["events"], events(n_events, seed=seed, years=years, end_year=end_year))
    _write_jsonl(paths["news"], news_items(PER_YEAR["news"] * years, news_words, seed, years=years,
                                           end_year=end_year, event_refs=True))
    _write_jsonl(paths["interviews"], interviews(PER_YEAR["interviews"] * years, seed=seed, years=years,
                                                 end_year=end_year, event_refs=True))
    _write_jsonl(paths["productions"], productions(n_prod, seed=seed, years=years, end_year=end_year))
    return paths


# ---------------------------------------------------------------------------
# Photo rows, straight into an archive's database
# ---------------------------------------------------------------------------

_BATCH_COLUMNS = ("id", "ref", "title", "date", "photographer", "keywords", "caption", "place", "event_id")
_PHOTO_COLUMNS = ("batch_id", "sha256", "stored_path", "original_name", "size_bytes", "format", "width",
                  "height", "orientation", "captured_at", "camera", "lens", "date")


def _batch_sizes(rnd: random.Random, batches: int, photos: int) -> list[int]:
    """`batches` sizes summing to exactly `photos` (a few big ceremonies, many small sets)."""
    weights = [rnd.lognormvariate(0, 0.7) for _ in range(batches)]
    total = sum(weights)
    sizes = [int(photos * w / total) for w in weights]
    for i in rnd.sample(range(batches), photos - sum(sizes)):
        sizes[i] += 1
    return sizes


def _split_top(text: str) -> list[str]:
    """A SELECT list split on its top-level commas (outside brackets and quotes)."""
    parts, depth, quote, start = [], 0, None, 0
    for i, ch in enumerate(text):
        if quote:
            if ch == quote:
                quote = None
        elif ch in "'\"":
            quote = ch
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "," and depth == 0:
            parts.append(text[start:i].strip())
            start = i + 1
    parts.append(text[start:].strip())
    return parts


_INSERT_SELECT = re.compile(
    r"INSERT INTO (\w+)\s*\(([^)]*)\)\s*SELECT (.*?) WHERE (.*?)\s*(ON CONFLICT.*)?", re.S | re.I)
_INSERT_VALUES = re.compile(r"INSERT INTO (\w+)\s*\(([^)]*)\)\s*VALUES\s*\((.*)\)", re.S | re.I)


def _set_wise(trigger_sql: str, table: str) -> list[tuple[str, str]] | None:
    """What a per-row AFTER INSERT trigger does, as statements over all rows with id > ? at once.

    Returns [(target table, sql)], or None when the trigger is not one of the two shapes the
    schema uses (a per-day counter upsert, an outbox row): the caller then lets the trigger fire.
    """
    upper = trigger_sql.upper()
    body = trigger_sql[upper.index("BEGIN") + 5: upper.rindex("END")]
    out = []
    for stmt in (x.strip() for x in body.split(";")):
        if not stmt:
            continue
        if m := _INSERT_SELECT.fullmatch(stmt):
            target, cols, select, where, conflict = m.groups()
            exprs = [e.replace("NEW.", "P.") for e in _split_top(select)]
            if [c.strip() for c in cols.split(",")] != ["day", "metric", "n"] or len(exprs) != 3:
                return None
            out.append((target, f"INSERT INTO {target}({cols}) SELECT {exprs[0]}, {exprs[1]}, sum({exprs[2]}) "
                                f"FROM {table} AS P WHERE P.id > ? AND ({where.replace('NEW.', 'P.')}) "
                                f"GROUP BY 1, 2 {conflict or ''}"))
        elif m := _INSERT_VALUES.fullmatch(stmt):
            target, cols, values = m.groups()
            out.append((target, f"INSERT INTO {target}({cols}) SELECT {values.replace('NEW.', 'P.')} "
                                f"FROM {table} AS P WHERE P.id > ? ORDER BY P.id"))
        else:
            return None
    return out


def fill_photo_rows(db_path, years: int, per_year: int = 85000, seed: int = 1, *,
                    end_year: int = END_YEAR, batches_per_year: int = PER_YEAR["photo_batches"],
                    queue_for_index: bool = False) -> dict[str, float]:
    """Insert photo batches and `per_year` photo rows a year straight into an archive's SQLite file.

    `db_path` is the archive folder or its database file. One transaction, executemany. About two
    thirds of the batches belong to an event of the archive held that year (when there are any)
    and take its date and title; the photos have no perceptual hashes (phash, scan_hash NULL).

    The per-day counters stay right: the photos' per-row insert triggers (counters, index outbox)
    are set aside inside the transaction, their effect is applied once over the new rows, and they
    are put back before the commit (if a trigger has an unexpected shape they simply fire).
    The photos carry no text of their own (their batch's caption and keywords describe them), so
    they have no search-index entries: unless `queue_for_index`, no outbox rows are written for
    them and the next search does not walk a million no-op changes.
    There are no image files behind these rows: `check` reports them missing, as it should.
    Returns {"batches": n, "photos": n, "seconds": s, "rows_per_second": r}.
    """
    started = time.perf_counter()
    path = Path(db_path)
    if path.is_dir():
        path = path / "archive.sqlite3"
    if not path.is_file():
        raise FileNotFoundError(f"{path}: no archive database (run press-archive init first)")
    first_year, last_year = _years(years, end_year)
    conn = sqlite3.connect(str(path), isolation_level=None, timeout=30)
    try:
        conn.execute("PRAGMA busy_timeout = 30000")
        conn.execute("PRAGMA cache_size = -262144")
        conn.execute("PRAGMA temp_store = MEMORY")
        conn.execute("PRAGMA synchronous = NORMAL")  # this connection only; the commit is still atomic
        conn.execute("BEGIN IMMEDIATE")
        try:
            batch_base = conn.execute("SELECT coalesce(max(id), 0) FROM photo_batches").fetchone()[0]
            photo_base = conn.execute("SELECT coalesce(max(id), 0) FROM photos").fetchone()[0]
            seq_before = conn.execute("SELECT coalesce(max(seq), 0) FROM change_log").fetchone()[0]
            archive_events = sorted(conn.execute(
                "SELECT date, id, title FROM events WHERE deleted_at IS NULL AND date IS NOT NULL"))
            event_dates = [e[0][:10] for e in archive_events]
            # Seeded with what the archive already holds, so a second fill adds new refs and hashes.
            rnd = random.Random(f"photos:{seed}:{batch_base}:{photo_base}")
            days = _Days(first_year, last_year)
            slots = _Slots(rnd)
            batches: list[tuple] = []
            plan: list[tuple[int, str, int]] = []  # (batch id, ISO day, photos)
            for lo, hi in days.year_bounds:
                iso_lo, iso_hi = to_iso(days.dates[lo]), to_iso(days.dates[hi - 1])
                year_events = archive_events[bisect.bisect_left(event_dates, iso_lo):
                                             bisect.bisect_right(event_dates, iso_hi)]
                sizes = _batch_sizes(rnd, batches_per_year, per_year)
                day_idx = days.sample_span(rnd, lo, hi, batches_per_year)
                for n_photos, i in zip(sizes, day_idx):
                    batch_id = batch_base + len(batches) + 1
                    event_id, iso = None, to_iso(days.dates[i])
                    if year_events and rnd.random() < 0.67:
                        e_date, event_id, title = rnd.choice(year_events)
                        iso = e_date[:10]
                    else:
                        title = _fill(rnd.choice(V.EVENT_TITLES[_pick_weighted(rnd, EVENT_MIX)]), slots)
                    keywords = json.dumps(rnd.sample(V.TAGS, rnd.randint(1, 4)), ensure_ascii=False)
                    batches.append((batch_id, f"gpb-{batch_id:07d}", title, iso,
                                    rnd.choice(V.PHOTOGRAPHERS), keywords, title,
                                    rnd.choice(V.VENUES), event_id))
                    plan.append((batch_id, iso, n_photos))
            conn.executemany(
                f"INSERT INTO photo_batches ({', '.join(_BATCH_COLUMNS)}) VALUES ({', '.join('?' * len(_BATCH_COLUMNS))})",
                batches)

            triggers = conn.execute(
                "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'photos'").fetchall()
            inserting = [(name, sql) for name, sql in triggers
                         if re.search(r"\bAFTER\s+INSERT\s+ON\s+photos\b", sql, re.I)]
            bulk = [_set_wise(sql, "photos") for _, sql in inserting]
            set_aside = all(b is not None for b in bulk)
            if set_aside:
                for name, _ in inserting:
                    conn.execute(f'DROP TRIGGER "{name}"')

            def photo_rows():
                bits, choice = rnd.getrandbits, rnd.choice
                cameras, lenses = V.CAMERAS, V.LENSES
                serial = photo_base
                for batch_id, iso, n_photos in plan:
                    camera = " ".join(choice(cameras))
                    lens = choice(lenses)
                    stamp = iso + "T"
                    seconds = 8 * 3600 + bits(15)
                    for _ in range(n_photos):
                        serial += 1
                        sha = f"{bits(256):064x}"
                        seconds += 1 + bits(5)
                        s = seconds if seconds < 86400 else 86399
                        landscape = bits(3) != 0
                        yield (batch_id, sha, f"{sha[:2]}/{sha}.jpg",  # where an import stores it
                                f"DSC_{serial % 100000:05d}.JPG",
                               2_500_000 + bits(22), "JPEG",
                               6000 if landscape else 4000, 4000 if landscape else 6000, 1 if landscape else 6,
                               f"{stamp}{s // 3600:02d}:{s // 60 % 60:02d}:{s % 60:02d}", camera, lens, iso)

            conn.executemany(
                f"INSERT INTO photos ({', '.join(_PHOTO_COLUMNS)}) VALUES ({', '.join('?' * len(_PHOTO_COLUMNS))})",
                photo_rows())
            if set_aside:
                for statements in bulk:
                    for target, sql in statements:
                        if target == "change_log" and not queue_for_index:
                            continue
                        conn.execute(sql, [photo_base])
                for _, sql in inserting:
                    conn.execute(sql)
            elif not queue_for_index:
                conn.execute("DELETE FROM change_log WHERE seq > ? AND type = 'photo'", [seq_before])
            _seal(conn, batch_base, photo_base)
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
    finally:
        conn.close()
    seconds = time.perf_counter() - started
    n_photos = per_year * years
    return {"batches": len(batches), "photos": n_photos, "seconds": round(seconds, 2),
            "rows_per_second": round((n_photos + len(batches)) / seconds)}


def _seal(conn: sqlite3.Connection, batch_base: int, photo_base: int) -> None:
    """Seal the new rows in the audit log as an import seals what it writes, so `check` on a generated
    archive finds nothing changed behind the program's back."""
    from press_archive.storage import audit, seals
    from press_archive.storage.database import SqliteDatabase, now_utc

    db = SqliteDatabase(conn)  # storage asks its dialect
    last_batch = conn.execute("SELECT coalesce(max(id), 0) FROM photo_batches").fetchone()[0]
    last_photo = conn.execute("SELECT coalesce(max(id), 0) FROM photos").fetchone()[0]
    new = {"photo_batch": range(batch_base + 1, last_batch + 1), "photo": range(photo_base + 1, last_photo + 1)}
    audit.append(db, at=now_utc(), user="bench/generate.py", action="import", seals=seals.new_seals(db, new),
                 note=f"{last_photo - photo_base} generated photos in {last_batch - batch_base} batches")


# ---------------------------------------------------------------------------
# Command line
# ---------------------------------------------------------------------------

def _import_into(archive: Path, paths: dict[str, Path]) -> None:
    cli = [sys.executable, "-m", "press_archive", "--archive", str(archive)]
    if not (archive / "archive.sqlite3").is_file():
        subprocess.run(cli + ["init"], check=True)
    for kind, path in paths.items():
        started = time.perf_counter()
        done = subprocess.run(cli + ["import", kind, str(path)], capture_output=True, text=True)
        print(f"import {kind}: {done.stdout.strip() or done.stderr.strip()[:300]} "
              f"({time.perf_counter() - started:.1f} s, exit {done.returncode})")
        if done.returncode not in (0, 1):
            raise SystemExit(done.returncode)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="generate.py", description=__doc__.split("\n\n")[0])
    parser.add_argument("out_dir", type=Path, help="folder for the .jsonl files")
    parser.add_argument("--years", type=int, default=10, help="Jalali years, ending --end-year (default 10)")
    parser.add_argument("--end-year", type=int, default=END_YEAR)
    parser.add_argument("--news-words", type=int, default=120, help="words in a news body (default 120)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--archive", type=Path, help="also import the files into this archive (created if needed)")
    parser.add_argument("--photos", action=argparse.BooleanOptionalAction, default=True,
                        help="with --archive: also insert the photo rows straight into its database (default: yes)")
    parser.add_argument("--photos-per-year", type=int, default=PER_YEAR["photos"])
    args = parser.parse_args(argv)

    started = time.perf_counter()
    paths = generate_files(args.out_dir, args.years, args.seed, args.news_words, end_year=args.end_year)
    seconds = time.perf_counter() - started
    rows = 0
    for kind, path in paths.items():
        with path.open("rb") as f:
            n = sum(1 for _ in f)
        rows += n
        print(f"{kind}: {n} rows -> {path}")
    print(f"generated {rows} rows in {seconds:.1f} s ({rows / seconds:,.0f} rows/s)")
    if args.archive:
        _import_into(args.archive, paths)
        if args.photos:
            result = fill_photo_rows(args.archive, args.years, args.photos_per_year, args.seed,
                                     end_year=args.end_year)
            print(f"photos: {result['photos']} rows in {result['batches']} batches, {result['seconds']} s "
                  f"({result['rows_per_second']:,} rows/s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
