"""Counts by Jalali period: exact at Nowruz, weeks from Saturday, growth without division by zero."""

from __future__ import annotations

import csv
import io
import json

from conftest import run_cli

# Behaviour, not SQLite: these run on a folder archive and on a server archive.
ARCHIVE_BACKENDS = ("folder", "server")
from press_archive.services import records
from press_archive.services.stats import counts_by_period


def add(archive, record_kind, **fields):
    return records.add_record(archive, record_kind, fields)[0]


def test_nowruz_splits_years_exactly(archive):
    add(archive, "news", title="آخرین روز ۹۴", date="1394/12/29")
    add(archive, "news", title="نوروز ۹۵", date="1395/01/01")
    add(archive, "news", title="روز کبیسه", date="1403/12/30")
    add(archive, "news", title="نوروز ۱۴۰۴", date="1404/01/01")
    result = counts_by_period(archive, "year", "1394/01/01", "1404/12/29")
    by_key = {p.period.key: p.counts["news"] for p in result.periods}
    assert by_key["1394"] == 1 and by_key["1395"] == 1 and by_key["1403"] == 1 and by_key["1404"] == 1
    assert result.periods[0].end.isoformat() == "2016-03-19"
    month = counts_by_period(archive, "month", "1403/12/01", "1404/01/31")
    assert [(p.period.key, p.counts["news"]) for p in month.periods] == [("1403-12", 1), ("1404-01", 1)]


def test_weeks_start_on_saturday(archive):
    add(archive, "news", title="جمعه", date="2024-03-15")  # a Friday
    add(archive, "news", title="شنبه", date="2024-03-16")  # a Saturday
    weeks = counts_by_period(archive, "week", "2024-03-09", "2024-03-22")
    assert [p.counts["news"] for p in weeks.periods] == [1, 1]
    assert weeks.periods[1].start.weekday() == 5


def test_compare_gives_previous_and_growth_with_none_for_an_empty_previous(archive):
    for day in ("1401/02/01", "1402/02/01", "1402/03/01"):
        add(archive, "news", title="خبر", date=day)
    add(archive, "events", kind="press_conference", title="نشست", date="1402/05/01")
    result = counts_by_period(archive, "year", "1401/01/01", "1402/12/29", compare=True)
    y1401, y1402 = result.periods
    assert y1402.previous["news"] == 1 and y1402.growth["news"] == 2.0
    assert y1401.previous["news"] == 0 and y1401.growth["news"] is None
    assert y1402.growth["press_conferences"] is None


def test_productions_count_and_minutes(archive):
    add(archive, "productions", kind="tv_programme", date="1400/01/10", minutes=30)
    add(archive, "productions", kind="tv_programme", date="1400/01/11", minutes=15.5)
    add(archive, "productions", kind="radio_programme", date="1400/01/11", count=40)
    add(archive, "productions", kind="radio_programme", date="1400/01/12")
    add(archive, "interviews", date="1400/01/12", outlet="واحد مرکزی خبر", status="aired", minutes=5)
    total = counts_by_period(archive, "year", "1400/01/01", "1400/12/29").total
    assert total["tv_minutes"] == 45.5 and total["radio_programmes"] == 41
    assert total["interviews"] == 1 and total["interviews_aired"] == 1


def test_stats_json_and_csv_from_the_command_line(archive_dir):
    from press_archive.services.archive import Archive

    with Archive(archive_dir) as a:
        add(a, "news", title="=HYPERLINK()", date="1400/01/01")
        add(a, "news", title="خبر", date="1401/01/01")
    code, out, _ = run_cli("stats", "--by", "year", "--compare", "--json", archive=archive_dir)
    data = json.loads(out)
    assert code == 0 and data["by"] == "year"
    assert [p["period"] for p in data["periods"]] == ["1400", "1401"]
    assert data["periods"][0]["from"] == "1400/01/01" and data["periods"][0]["to"] == "1400/12/29"
    required = {"news", "events", "press_conferences", "ceremonies", "photo_batches", "photos", "interviews",
                "interviews_aired", "tv_minutes", "radio_programmes"}
    assert required <= set(data["periods"][0]["counts"])
    assert data["periods"][1]["growth"]["news"] == 1.0 and data["periods"][0]["growth"]["news"] is None
    code, out, _ = run_cli("stats", "--by", "quarter", "--csv", archive=archive_dir)
    rows = list(csv.DictReader(io.StringIO(out)))
    assert code == 0 and rows[0]["period"] == "1400-Q1" and rows[0]["news"] == "1"


def test_compare_total_of_a_leap_year_is_against_the_whole_year_before(archive):
    add(archive, "news", title="آخرین روز ۱۴۰۲", date="1402/12/29")
    add(archive, "news", title="اول ۱۴۰۳", date="1403/01/01")
    add(archive, "news", title="روز کبیسه", date="1403/12/30")
    result = counts_by_period(archive, "year", "1403/01/01", "1403/12/30", compare=True)
    assert result.total["news"] == 2
    assert result.total_previous["news"] == 1  # all of 1402, not 366 days reaching back into 1401
    assert result.total_growth["news"] == 2.0
