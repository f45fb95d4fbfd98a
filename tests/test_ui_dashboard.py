"""The dashboard compares equal spans, ends today (what was imported this month counts, no bars for months to
come), and shows any Jalali range with any grouping, weeks included."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

pytest.importorskip("PySide6")
pytestmark = pytest.mark.timeout(120)

from PySide6.QtCore import Qt  # noqa: E402
from ui_fixtures import (  # noqa: E402,F401
    persian_app, press, session, type_text, ui_archive, ui_settings, window,
)


def _jalali(d: date) -> str:
    from press_archive.domain.jalali import gregorian_to_jalali

    return "{:04d}/{:02d}/{:02d}".format(*gregorian_to_jalali(d))


def test_this_year_so_far_is_compared_with_the_same_days_of_last_year(window, qtbot):
    from press_archive.domain.jalali import gregorian_to_jalali, jalali_to_gregorian
    from press_archive.domain.windows import a_year_before
    from press_archive.services import records

    archive = window.session.archive
    today = date.today()
    jy = gregorian_to_jalali(today)[0]
    year_start = jalali_to_gregorian(jy, 1, 1)
    if today == year_start:
        pytest.skip("Nowruz: the year so far is one day")
    # one new kind of record, so the sample's own counts do not matter: productions of kind "survey"
    base = window.dashboard
    window.open_view("reports")
    base.select_window(0)
    assert base.windows[0].compare_with == "year_before"
    before_now = base.result.total.get("surveys", 0)
    before_then = base.result.total_previous.get("surveys", 0)
    records.add_record(archive, "productions", {"kind": "survey", "title": "امسال", "date": _jalali(today)})
    records.add_record(archive, "productions", {"kind": "survey", "title": "پارسال همین روزها",
                                                "date": _jalali(a_year_before(today))})
    later = a_year_before(today) + timedelta(days=1)  # last year, after today's date: not in the same days
    records.add_record(archive, "productions", {"kind": "survey", "title": "پارسال بعد", "date": _jalali(later)})
    window.session.poll_external_changes()
    base.refresh()
    assert base.result.total["surveys"] == before_now + 1
    assert base.result.total_previous["surveys"] == before_then + 1  # not the whole of last year
    assert base.result.start == year_start and base.result.end == today


def test_windows_end_today_with_no_bars_for_months_to_come(window):
    from press_archive.domain.jalali import gregorian_to_jalali

    window.open_view("reports")
    dash = window.dashboard
    today = date.today()
    jy, jm, _ = gregorian_to_jalali(today)
    labels = [dash.window_box.itemText(i) for i in range(dash.window_box.count())]
    this_year = next(i for i, label in enumerate(labels) if label.startswith("سال ") and
                     label.split()[1] == "".join("۰۱۲۳۴۵۶۷۸۹"[int(c)] for c in str(jy)))
    dash.select_window(this_year)
    assert len(dash.chart.values) == jm  # Farvardin up to this month, no zero bars for what is to come
    assert all(w.end <= today for w in dash.windows)
    dash.select_window(1)  # the last two and a half years end today
    assert dash.result.end == today


def test_photos_imported_this_month_count(window, session, tmp_path):
    from ui_fixtures import add_photos

    window.open_view("reports")
    dash = window.dashboard
    dash.select_window(1)
    before = dash.result.total["photos"]
    add_photos(session.archive, tmp_path / "p", 5, date=_jalali(date.today()))
    session.poll_external_changes()
    dash.refresh()
    assert dash.result.total["photos"] == before + 5


def test_any_range_grouped_by_week(window, qtbot):
    from press_archive.domain.jalali import periods_between

    window.open_view("reports")
    dash = window.dashboard
    dash.date_from.line.clear()
    dash.date_from.line.setFocus()
    type_text(dash.date_from.line, "1403/05/01")
    press(dash.date_from.line, Qt.Key_Return)
    dash.date_to.line.clear()
    type_text(dash.date_to.line, "۱۴۰۳/۰۶/۳۱")
    press(dash.date_to.line, Qt.Key_Return)
    assert dash.window_box.currentText() == "بازهٔ دلخواه"
    dash.by_box.setFocus()
    dash.by_box.setCurrentIndex(dash.by_box.findData("week"))
    assert dash.result.by == "week"
    weeks = periods_between(dash.date_from.date(), dash.date_to.date(), "week")
    assert len(dash.chart.values) == len(weeks) >= 9
    assert dash.result.start == dash.date_from.date() and dash.result.end == dash.date_to.date()
    # a wrong range says so and shows no stale figures as if they were its own
    dash.date_to.line.setText("1403/04/01")
    press(dash.date_to.line, Qt.Key_Return)
    assert "بازه" in dash.empty.text()


@pytest.mark.parametrize("fmt", ["xlsx", "csv", "pdf"])
def test_the_reports_page_exports_the_chosen_period(window, qtbot, tmp_path, fmt):
    import threading

    from press_archive.services import reports

    window.open_view("reports")
    dash = window.dashboard
    dash.date_from.line.setText("1403/01/01")
    dash.date_to.line.setText("1403/12/30")
    press(dash.date_to.line, Qt.Key_Return)
    dash.by_box.setCurrentIndex(dash.by_box.findData("quarter"))
    threads, real = [], reports.write_report

    def spy(*a, **k):
        threads.append(threading.current_thread() is threading.main_thread())
        return real(*a, **k)

    reports.write_report = spy
    written = []
    messages = []
    window.session.status.connect(messages.append)
    try:
        task = dash.export(fmt, tmp_path / f"report.{fmt}", written.append)
        qtbot.waitUntil(lambda: bool(written), timeout=60000)
    finally:
        reports.write_report = real
    assert threads == [False]  # off the GUI thread
    assert written[0] == tmp_path / f"report.{fmt}" and written[0].stat().st_size > 0
    assert not task.dialog.isVisible()
    assert "\u2066" in messages[-1] and str(written[0]) in messages[-1]  # the path isolated in the sentence
    if fmt == "csv":
        text = written[0].read_text(encoding="utf-8-sig")
        assert "1403" in text or "۱۴۰۳" in text
    if fmt == "xlsx":
        import openpyxl

        book = openpyxl.load_workbook(written[0])
        assert book.worksheets and book.worksheets[0].max_row > 1
