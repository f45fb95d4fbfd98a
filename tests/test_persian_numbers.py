"""Numbers as people write them in Persian: «۱۱ هزار و ۴۰۰ خبر», «۲٫۵ برابر», «رشد ۳۰ درصدی»."""

from __future__ import annotations

import pytest

from press_archive.domain import persian_numbers as pn


@pytest.mark.parametrize("value, text", [
    (11400, "۱۱ هزار و ۴۰۰"),
    (212000, "۲۱۲ هزار"),
    (407000, "۴۰۷ هزار"),
    (487213, "۴۸۷ هزار و ۲۱۳"),
    (1000, "یک هزار"),
    (1200000, "یک میلیون و ۲۰۰ هزار"),
    (2_000_000_000, "۲ میلیارد"),
    (999, "۹۹۹"),
    (0, "۰"),
    (45.5, "۴۵٫۵"),
    (12125.4, "۱۲ هزار و ۱۲۵"),
])
def test_spoken(value, text):
    assert pn.spoken(value) == text


@pytest.mark.parametrize("value, text", [
    (11400, "یازده هزار و چهارصد"),
    (212000, "دویست و دوازده هزار"),
    (1001, "هزار و یک"),
    (1_200_000, "یک میلیون و دویست هزار"),
    (0, "صفر"),
    (17, "هفده"),
    (90, "نود"),
])
def test_words(value, text):
    assert pn.words(value) == text


def test_grouped_and_decimal_use_persian_separators():
    assert pn.grouped(11400) == "۱۱٬۴۰۰"
    assert pn.grouped(1234567.25) == "۱٬۲۳۴٬۵۶۷٫۲۵"
    assert pn.decimal(2.5) == "۲٫۵" and pn.decimal(3.0) == "۳"
    assert pn.compact(250000) == "۲۵۰ هزار" and pn.compact(1_500_000) == "۱٫۵ میلیون" and pn.compact(800) == "۸۰۰"


def test_ratios_and_percentages():
    assert pn.times(2.5) == "۲٫۵ برابر"
    assert pn.percent(0.9) == "۹۰ درصد"
    assert pn.percent(0.004) == "۰٫۴ درصد"
    assert pn.change_phrase(11400, 4560) == "۲٫۵ برابر دورهٔ پیشین"
    assert pn.change_phrase(130, 100) == "رشد ۳۰ درصدی نسبت به دورهٔ پیشین"
    assert pn.change_phrase(88, 100) == "کاهش ۱۲ درصدی نسبت به دورهٔ پیشین"
    assert pn.change_phrase(100, 100) == "هم‌سطح دورهٔ پیشین"
    assert pn.change_phrase(487000, 407000, than="") == "رشد ۲۰ درصدی"


def test_an_empty_previous_figure_is_said_in_words_not_divided_by():
    assert pn.change_phrase(5, 0) == "در دورهٔ پیشین موردی ثبت نشده بود"
    assert pn.change_phrase(0, 0) == ""
    assert pn.change_phrase(5, 0, than="") == ""
    assert pn.change_phrase(0, 7) == "در دورهٔ پیشین ۷ مورد"
    for text in (pn.change_phrase(5, 0), pn.change_phrase(0, 7)):
        assert "inf" not in text and "nan" not in text


def test_durations():
    assert pn.duration(30) == "دو سال و نیم"
    assert pn.duration(12) == "یک سال"
    assert pn.duration(18) == "یک سال و نیم"
    assert pn.duration(14) == "یک سال و دو ماه"
    assert pn.duration(6) == "شش ماه"
    assert pn.duration(120) == "ده سال"
    assert pn.duration(days=45) == "۴۵ روز"


def test_not_a_number():
    with pytest.raises(ValueError):
        pn.spoken(float("inf"))
    with pytest.raises(TypeError):
        pn.spoken("12")
