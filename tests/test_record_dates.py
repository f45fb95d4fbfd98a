"""Dates outside the years a record can have (Jalali 1200-1600) are refused at import and in the
editors, and one already stored breaks nothing: every reading command works and `check` names it."""

from __future__ import annotations

import json
import sqlite3

import pytest

from conftest import run_cli
from press_archive.domain.jalali import DateError, parse_record_date
from press_archive.domain.records import NEWS, RecordError, clean_record
from ui_fixtures import persian_app, session, ui_archive  # noqa: F401

ARCHIVE_BACKENDS = ("folder", "server")  # about behaviour: both kinds of archive


@pytest.mark.parametrize("text", ["9999-12-31", "3800-01-01", "1199/12/29", "1601/01/01", "1820-12-31"])
def test_dates_outside_the_window_are_refused_by_the_domain(text):
    with pytest.raises(DateError, match="outside the years a record can have"):
        parse_record_date(text)
    with pytest.raises(RecordError) as e:
        clean_record(NEWS, {"title": "t", "date": text})
    assert e.value.problems[0].field == "date"


@pytest.mark.parametrize("text", ["1200/01/01", "1600/12/29", "2222-03-20", "1403/05/12"])
def test_dates_inside_the_window_are_kept(text):
    assert parse_record_date(text)


def test_import_rejects_the_line_and_stores_the_rest(archive_dir, tmp_path):
    f = tmp_path / "n.jsonl"
    f.write_text("\n".join(json.dumps(r) for r in [
        {"ref": "a", "title": "t", "date": "1402/01/01"},
        {"ref": "b", "title": "t", "date": "9999-12-31"},
        {"ref": "c", "title": "t", "date": "1402/01/03"}]) + "\n", encoding="utf-8")
    code, out, err = run_cli("import", "news", str(f), archive=archive_dir)
    assert code == 1 and "imported 2" in out
    assert f"{f}: line 2: field 'date': '9999-12-31' is outside the years a record can have" in err


def test_a_stored_out_of_window_date_breaks_no_reading_command(sample_archive_dir, tmp_path):
    # An archive written before the rule: the bad date went straight into the database.
    conn = sqlite3.connect(sample_archive_dir / "archive.sqlite3")
    with conn:
        conn.execute("UPDATE news_items SET date = '9999-12-31' WHERE id = (SELECT min(id) FROM news_items)")
    conn.close()
    for command in (["reindex"], ["list", "news", "--json"], ["show", "news", "1", "--json"], ["search", "شهرداری"],
                    ["stats", "--by", "month"], ["stats", "--json"],
                    ["report", "--format", "csv", "--out", str(tmp_path / "r.csv")]):
        code, out, err = run_cli(*command, archive=sample_archive_dir)
        assert code == 0, (command, err)
    periods = json.loads(run_cli("stats", "--json", archive=sample_archive_dir)[1])["periods"]
    assert all(int(p["period"]) <= 1600 for p in periods)
    code, out, err = run_cli("check", archive=sample_archive_dir)
    assert code == 1
    assert "news 1" in out and "'date': 9999-12-31 is outside the years a record can have" in out


def test_the_record_editor_refuses_a_date_outside_the_window(session, qtbot):
    from press_archive.services import records
    from press_archive.ui.editors import RecordEditor

    editor = RecordEditor(session, "news")
    qtbot.addWidget(editor)
    editor.show()
    editor.form.editors["title"].setText("نشست خبری")
    editor.form.editors["date"].line.setText("۳۸۰۰-۰۱-۰۱")
    n = records.count(session.archive, "news")
    assert not editor.save()
    assert editor.form.problems["date"].isVisible()
    assert "۱۲۰۰" in editor.form.problems["date"].text()  # said in Persian, with Persian digits
    assert records.count(session.archive, "news") == n


def test_photo_dates_outside_the_window_never_reach_the_archive(archive_dir, tmp_path):
    from photo_factory import exif_bytes, make_jpeg

    folder = tmp_path / "card"
    make_jpeg(folder / "a.jpg", exif=exif_bytes(taken="9999:12:31 10:00:00"), seed=1)
    code, out, err = run_cli("import", "photos", str(folder), "--date", "9999-12-31", archive=archive_dir)
    assert code == 2 and "--date" in err and "outside the years a record can have" in err
    code, out, err = run_cli("import", "photos", str(folder), "--json", archive=archive_dir)
    assert code in (0, 1), err
    batch = json.loads(run_cli("list", "photo_batches", "--json", archive=archive_dir)[1])
    rows = batch["records"] if isinstance(batch, dict) else batch
    assert all(r["date_iso"] is None or r["date_iso"] < "2222" for r in rows)
    assert run_cli("stats", archive=archive_dir)[0] == 0
