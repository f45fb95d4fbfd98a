"""Indicators: monthly figures entered by hand or from CSV, summed (or averaged) over a window."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import run_cli
from press_archive.services import indicators as ind
from press_archive.services.imports import UnusableFile

# Behaviour, not SQLite: these run on a folder archive and on a server archive.
ARCHIVE_BACKENDS = ("folder", "server")

SAMPLE = Path(__file__).resolve().parents[1] / "resources" / "sample" / "indicators.csv"


def test_set_validates_and_replaces(archive):
    assert ind.set_indicator(archive, "1403/01", "hotline_calls", 41250)["previous"] is None
    done = ind.set_indicator(archive, "۱۴۰۳-۰۱", "hotline_calls", "۴۲٬۰۰۰")
    assert done == {"month": "1403-01", "name": "hotline_calls", "value": 42000, "previous": 41250}
    assert ind.set_indicator(archive, "1403/2", "hotline_answered_share", "90%")["value"] == 0.9
    for month, name, value, field in [
        ("1403/13", "hotline_calls", 1, "month"),
        ("2024/01", "hotline_calls", 1, "month"),
        ("1403", "hotline_calls", 1, "month"),
        ("1403/01", "hotline calls", 1, "name"),
        ("1403/01", "", 1, "name"),
        ("1403/01", "hotline_calls", "-3", "value"),
        ("1403/01", "hotline_calls", "many", "value"),
        ("1403/01", "hotline_answered_share", "1.2", "value"),
        ("1403/01", "portal_visits", "50%", "value"),
    ]:
        with pytest.raises(ind.IndicatorError) as e:
            ind.set_indicator(archive, month, name, value)
        assert e.value.field == field
    assert [(r["month"], r["name"], r["value"]) for r in ind.list_indicators(archive)] == [
        ("1403-01", "hotline_calls", 42000), ("1403-02", "hotline_answered_share", 0.9)]
    assert ind.delete_indicator(archive, "1403/02", "hotline_answered_share")
    assert not ind.delete_indicator(archive, "1403/02", "hotline_answered_share")


def test_changes_are_in_the_audit_log(archive):
    ind.set_indicator(archive, "1403/01", "billboards", 25)
    ind.set_indicator(archive, "1403/01", "billboards", 25)  # the same value: no entry
    rows = archive.db.execute("SELECT action, type, after FROM audit_log WHERE type = 'indicator'").fetchall()
    assert len(rows) == 1 and rows[0][0] == "set" and json.loads(rows[0][2])["value"] == 25


def test_sums_add_counts_and_average_shares(archive):
    for month, calls, share in (("1402/12", 30000, 0.8), ("1403/01", 40000, 0.9), ("1403/02", 50000, 0.95)):
        ind.set_indicator(archive, month, "hotline_calls", calls)
        ind.set_indicator(archive, month, "hotline_answered_share", share)
    assert ind.indicator_sums(archive, "1403/01/01", "1403/02/31") == {"hotline_answered_share": 0.925,
                                                                       "hotline_calls": 90000}
    # Esfand 1402 ends the day before Nowruz 1403: a window of the year 1403 does not take it.
    assert ind.indicator_sums(archive, "1403/01/01", "1403/12/30")["hotline_calls"] == 90000
    assert ind.indicator_sums(archive)["hotline_calls"] == 120000
    # Half of Farvardin (31 days): 16 days of it.
    half = ind.indicator_sums(archive, "1403/01/16", "1403/01/31")
    assert half["hotline_calls"] == pytest.approx(40000 * 16 / 31, abs=0.01)
    assert half["hotline_answered_share"] == 0.9
    assert ind.indicator_sums(archive, "1390/01/01", "1390/12/29") == {}


def test_import_reports_bad_rows_with_line_and_field(archive, tmp_path):
    path = tmp_path / "figures.csv"
    path.write_text(
        "\ufeffmonth,name,value,comment\n"
        "1403/01,hotline_calls,41250,ok\n"
        "1403/13,hotline_calls,1,\n"
        "1403/02,hotline_answered_share,1.7,\n"
        "1403/02,hotline calls,5,\n"
        "\n"
        "1403/03,portal_visits,,\n"
        "1403-01,hotline_calls,41300,\n"
        "۱۴۰۳/۰۲,billboards,۲۵,\n",
        encoding="utf-8")
    report = ind.import_indicators(archive, path)
    assert (report.imported, report.updated, report.rejected) == (2, 0, 5)
    where = [(e.line, e.field) for e in report.errors]
    assert where == [(3, "month"), (4, "value"), (5, "name"), (7, "value"), (8, "name")]
    assert "first on line 2" in report.errors[-1].message
    assert any("comment" in w.message for w in report.warnings)
    assert {(r["month"], r["name"]): r["value"] for r in ind.list_indicators(archive)} == {
        ("1403-01", "hotline_calls"): 41250, ("1403-02", "billboards"): 25}
    again = ind.import_indicators(archive, path)
    assert (again.imported, again.updated, again.unchanged) == (0, 0, 2)


def test_an_unusable_file_changes_nothing(archive, tmp_path):
    bad = tmp_path / "figures.csv"
    bad.write_text("month,value\n1403/01,5\n", encoding="utf-8")
    with pytest.raises(UnusableFile, match="'name'"):
        ind.import_indicators(archive, bad)
    with pytest.raises(UnusableFile):
        ind.import_indicators(archive, tmp_path / "missing.csv")
    other = tmp_path / "figures.jsonl"
    other.write_text("{}\n", encoding="utf-8")
    with pytest.raises(UnusableFile, match=".csv"):
        ind.import_indicators(archive, other)
    assert ind.list_indicators(archive) == []


def test_the_sample_file_imports_whole(archive):
    report = ind.import_indicators(archive, SAMPLE)
    assert report.rejected == 0 and report.imported == 96
    assert set(ind.indicator_names(archive)) == {"hotline_calls", "hotline_answered_share", "billboards", "portal_visits"}


def test_cli(archive_dir, tmp_path):
    code, out, err = run_cli("indicators", "set", "1403/01", "hotline_calls", "41250", archive=archive_dir)
    assert code == 0 and "hotline_calls = 41250" in out
    code, out, err = run_cli("indicators", "set", "1403/13", "hotline_calls", "1", archive=archive_dir)
    assert code == 2 and err.count("\n") == 1 and "month must be 1-12" in err
    path = tmp_path / "f.csv"
    path.write_text("month,name,value\n1403/02,hotline_calls,5\n1403/02,billboards,x\n", encoding="utf-8")
    code, out, err = run_cli("indicators", "import", str(path), "--json", archive=archive_dir)
    data = json.loads(out)
    assert code == 1 and data["imported"] == 1 and data["rejected"] == 1
    assert data["errors"][0]["line"] == 3 and data["errors"][0]["field"] == "value"
    assert f"{path}: line 3: field 'value'" in err
    code, out, err = run_cli("indicators", "import", str(tmp_path / "none.csv"), archive=archive_dir)
    assert code == 2 and "nothing was imported" in err
    code, out, err = run_cli("indicators", "list", "--json", archive=archive_dir)
    assert code == 0 and json.loads(out) == [
        {"month": "1403/01", "name": "hotline_calls", "value": 41250, "updated_at": json.loads(out)[0]["updated_at"]},
        {"month": "1403/02", "name": "hotline_calls", "value": 5, "updated_at": json.loads(out)[1]["updated_at"]}]
    code, out, err = run_cli("indicators", "sums", "--from", "1403/01/01", "--to", "1403/12/30", "--json",
                             archive=archive_dir)
    assert code == 0 and json.loads(out) == {"hotline_calls": 41255}
