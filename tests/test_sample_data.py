"""The sample archive in resources/sample: every record passes the same checks an import applies."""

from __future__ import annotations

import csv
import json
from collections import Counter
from pathlib import Path

import pytest

from press_archive.domain.jalali import gregorian_to_jalali, parse_date
from press_archive.domain.records import (
    EVENT_KINDS,
    IMPORT_KINDS,
    INTERVIEW_STATUSES,
    PRODUCTION_KINDS,
    clean_record,
)

SAMPLE = Path(__file__).resolve().parents[1] / "resources" / "sample"
ZWNJ = "\u200c"


def load(kind: str) -> list[dict]:
    path = SAMPLE / f"{kind}.jsonl"
    rows = []
    with path.open(encoding="utf-8") as f:
        for number, line in enumerate(f, 1):
            assert line.strip(), f"{path.name}:{number}: blank line"
            rows.append(json.loads(line))
    return rows


@pytest.fixture(scope="module")
def sample() -> dict[str, list[dict]]:
    return {kind: load(kind) for kind in IMPORT_KINDS}


@pytest.mark.parametrize("kind", sorted(IMPORT_KINDS))
def test_every_record_is_clean(sample, kind):
    record_kind = IMPORT_KINDS[kind]
    for number, raw in enumerate(sample[kind], 1):
        clean, warnings = clean_record(record_kind, raw)  # raises RecordError on any bad field
        assert warnings == [], f"{kind}.jsonl:{number}: {warnings}"
        assert set(raw) <= record_kind.field_names, f"{kind}.jsonl:{number}: fields outside the contract"
        assert clean["ref"]


def test_counts(sample):
    assert len(sample["news"]) == 40
    assert len(sample["events"]) == 15
    assert len(sample["interviews"]) == 15
    assert len(sample["productions"]) == 20


@pytest.mark.parametrize("kind", sorted(IMPORT_KINDS))
def test_refs_are_unique(sample, kind):
    refs = Counter(r["ref"] for r in sample[kind])
    assert [ref for ref, n in refs.items() if n > 1] == []


def test_event_refs_point_to_events(sample):
    events = {e["ref"] for e in sample["events"]}
    linked = [r["event_ref"] for kind in ("news", "interviews") for r in sample[kind] if r.get("event_ref")]
    assert len(linked) >= 20
    assert set(linked) <= events


def test_every_choice_is_represented(sample):
    assert {e["kind"] for e in sample["events"]} >= set(EVENT_KINDS) - {"other"}
    assert {p["kind"] for p in sample["productions"]} >= set(PRODUCTION_KINDS) - {"other"}
    assert {i["status"] for i in sample["interviews"]} == set(INTERVIEW_STATUSES)
    assert {i["medium"] for i in sample["interviews"]} == {"tv", "radio"}
    assert {n.get("language", "fa") for n in sample["news"]} == {"fa", "en", "ar"}
    aired = [i for i in sample["interviews"] if i["status"] == "aired"]
    assert aired and all(i.get("minutes") and i.get("aired") for i in aired)


def test_dates_span_several_jalali_years(sample):
    dates = [r["date"] for rows in sample.values() for r in rows]
    years = {gregorian_to_jalali(parse_date(d))[0] for d in dates}
    assert years >= {1401, 1402, 1403, 1404, 1405}
    assert "1404/01/01" in dates  # Nowruz
    assert "1403/12/30" in dates  # the leap day of 1403


def test_persian_text_is_written_properly(sample):
    persian = [r for r in sample["news"] if r.get("language", "fa") == "fa"]
    texts = [r["title"] + r.get("body", "") for r in persian]
    assert sum(ZWNJ in t for t in texts) >= len(texts) // 2
    joined = "".join(texts)
    assert "\u064a" not in joined and "\u0643" not in joined  # Persian yeh and keheh, not the Arabic letters
    assert "می" + ZWNJ + "شود" in joined and "بین" + ZWNJ + "المللی" in joined


def test_indicators():
    with (SAMPLE / "indicators.csv").open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    names = {"hotline_calls", "hotline_answered_share", "billboards", "portal_visits"}
    assert {r["name"] for r in rows} == names
    months = {r["month"] for r in rows}
    assert len(months) == 24
    for r in rows:
        year, month = r["month"].split("/")
        assert 1 <= int(month) <= 12 and len(month) == 2 and 1390 < int(year) < 1410
        value = float(r["value"])
        if r["name"] == "hotline_answered_share":
            assert 0 <= value <= 1
        else:
            assert value >= 0 and value.is_integer()
    assert len({(r["month"], r["name"]) for r in rows}) == len(rows)
