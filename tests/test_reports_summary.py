"""The report's window, the window it is compared with (exact at Nowruz), and the written summary."""

from __future__ import annotations

from datetime import date

import pytest

from press_archive.domain.jalali import jalali_to_gregorian as j
from press_archive.domain.windows import default_by, previous_window, whole_months
from press_archive.reports.summary import written_summary
from press_archive.services import records
from press_archive.services.indicators import set_indicator
from press_archive.services.reports import build_report
from press_archive.services.stats import counts_by_period

# Behaviour, not SQLite: these run on a folder archive and on a server archive.
ARCHIVE_BACKENDS = ("folder", "server")


def add(archive, record_kind, **fields):
    return records.add_record(archive, record_kind, fields)[0]


@pytest.mark.parametrize("window, previous", [
    # A leap year (1403 has Esfand 30) against a common one, and the other way round.
    (((1403, 1, 1), (1403, 12, 30)), ((1402, 1, 1), (1402, 12, 29))),
    (((1404, 1, 1), (1404, 12, 29)), ((1403, 1, 1), (1403, 12, 30))),
    (((1404, 1, 1), (1404, 1, 31)), ((1403, 12, 1), (1403, 12, 30))),
    (((1403, 1, 1), (1403, 3, 31)), ((1402, 10, 1), (1402, 12, 29))),
    (((1401, 7, 1), (1403, 12, 30)), ((1399, 1, 1), (1401, 6, 31))),  # two and a half years
    (((1403, 1, 10), (1403, 1, 19)), ((1402, 12, 29), (1403, 1, 9))),  # ten days: the ten before
])
def test_previous_window_is_exact_at_nowruz(window, previous):
    start, end = j(*window[0]), j(*window[1])
    assert previous_window(start, end) == (j(*previous[0]), j(*previous[1]))


def test_window_helpers():
    assert whole_months(j(1401, 7, 1), j(1403, 12, 30)) == 30
    assert whole_months(j(1401, 7, 2), j(1403, 12, 30)) is None
    assert default_by(j(1402, 1, 1), j(1403, 12, 30)) == "month"  # exactly two years
    assert default_by(j(1401, 7, 1), j(1403, 12, 30)) == "year"
    assert default_by(date(2024, 1, 1), date(2024, 1, 31)) == "month"


def test_report_counts_each_side_of_nowruz_once(archive):
    add(archive, "news", title="آخرین روز ۱۴۰۲", date="1402/12/29")
    add(archive, "news", title="نوروز ۱۴۰۳", date="1403/01/01")
    add(archive, "news", title="روز کبیسه", date="1403/12/30")
    add(archive, "news", title="نوروز ۱۴۰۴", date="1404/01/01")
    data = build_report(archive, "1403/01/01", "1403/12/30")
    assert data.by == "month" and len(data.result.periods) == 12
    assert data.result.total["news"] == 2 and data.result.total_previous["news"] == 1
    assert data.result.total_growth["news"] == 2.0
    assert data.result.periods[-1].counts["news"] == 1 and data.result.periods[-1].end == j(1403, 12, 30)
    assert (data.previous_start, data.previous_end) == (j(1402, 1, 1), j(1402, 12, 29))
    assert "۲ برابر دورهٔ پیشین" in data.summary


def test_summary_states_the_figures_and_the_growth(archive):
    for day in ("1401/02/01", "1401/03/01"):
        add(archive, "news", title="خبر", date=day)
    for day in ("1402/02/01", "1402/03/01", "1402/04/01", "1402/05/01", "1402/06/01"):
        add(archive, "news", title="خبر", date=day)
    add(archive, "events", kind="press_conference", title="نشست", date="1402/05/01")
    add(archive, "productions", kind="tv_programme", date="1402/05/01", minutes=12125)
    for month, calls in (("1401/05", 407000), ("1402/05", 487000)):
        set_indicator(archive, month, "hotline_calls", calls)
    set_indicator(archive, "1402/05", "hotline_answered_share", 0.9)
    data = build_report(archive, "1402/01/01", "1402/12/29")
    text = data.summary
    assert "از ۱ فروردین ۱۴۰۲ تا ۲۹ اسفند ۱۴۰۲ (یک سال)" in text
    assert "از ۱ فروردین ۱۴۰۱ تا ۲۹ اسفند ۱۴۰۱" in text  # the previous window, named
    assert "۵ خبر (۲٫۵ برابر دورهٔ پیشین)" in text
    assert "۱ نشست خبری (در دورهٔ پیشین موردی ثبت نشده بود)" in text
    assert "۱۲ هزار و ۱۲۵ دقیقه برنامهٔ تلویزیونی" in text
    assert "از ۴۰۷ هزار در دورهٔ پیشین به ۴۸۷ هزار رسید (رشد ۲۰ درصدی)" in text
    assert "۹۰ درصد تماس‌ها بی‌درنگ پاسخ داده شد" in text
    assert not any(c in text for c in "0123456789")  # Persian digits only
    assert "inf" not in text and "None" not in text


def test_an_empty_previous_window_is_said_in_words(archive):
    add(archive, "news", title="خبر", date="1403/02/01")
    data = build_report(archive, "1403/01/01", "1403/12/30")
    assert data.result.total_growth["news"] is None
    assert "داده‌ای در بایگانی ثبت نشده است؛ از این رو مقایسه با دورهٔ پیشین ممکن نیست" in data.summary
    assert "برابر" not in data.summary and "درصدی" not in data.summary and "inf" not in data.summary


def test_summary_without_comparison_and_without_data(archive):
    add(archive, "news", title="خبر", date="1403/02/01")
    plain = counts_by_period(archive, "year", "1403/01/01", "1403/12/30")
    text = written_summary(plain, {})
    assert "۱ خبر تهیه و منتشر شد" in text and "پیشین" not in text
    empty = counts_by_period(archive, "year", "1390/01/01", "1390/12/29")
    assert "موردی در بایگانی ثبت نشده است" in written_summary(empty, {})
