"""The real news item of ../shared/seed-news.txt (its ZWNJs were lost on the web) is found by queries
typed with the ZWNJ, without it, or with a space."""

from __future__ import annotations

from pathlib import Path

import pytest

from press_archive.domain.persian_text import ZWNJ
from press_archive.search.index import SearchIndex

SEED = Path(__file__).resolve().parents[2] / "shared" / "seed-news.txt"


@pytest.fixture(scope="module")
def index(tmp_path_factory):
    if not SEED.exists():
        pytest.skip("../shared/seed-news.txt is not there")
    title, _, body = SEED.read_text(encoding="utf-8").partition("\n")
    ix = SearchIndex(tmp_path_factory.mktemp("seed") / "index")
    ix.apply([
        {"uid": "news:1", "type": "news", "id": 1, "ref": "seed", "title": title.strip(), "text": body,
         "date_iso": "2016-03-01", "tags": ["شهرداری", "نوروز", "مرکز 137", "مشهد"]},
        {"uid": "news:2", "type": "news", "id": 2, "title": "بازدید از پروژه های عمرانی",
         "text": "شهردار از پروژه قطار شهری بازدید کرد و گفت کار ادامه دارد.", "date_iso": "2016-03-02"},
    ], [], 1)
    yield ix
    ix.close()


@pytest.mark.parametrize("query", [
    "بین" + ZWNJ + "المللی", "بینالمللی", "بین المللی",
    "نشست خبری", '"نشست خبری"',
    "روابط عمومی", '"روابط عمومی"', '"روابط عمومی و بین' + ZWNJ + 'الملل"',
    "هزینه" + ZWNJ + "های اطلاع" + ZWNJ + "رسانی", '"هزینه' + ZWNJ + 'های اطلاع' + ZWNJ + 'رسانی"',
    "هزینههای اطلاعرسانی", '"هزینه های اطلاع رسانی"', "اطلاع رسانی", "هزینه",
    "می" + ZWNJ + "شود بین" + ZWNJ + "المللی", '"بین' + ZWNJ + 'المللی می' + ZWNJ + 'شود"',
    "مرکز ۱۳۷", '"مرکز ١٣٧"', "tag:137",
    "رضوی" + ZWNJ + "کیا", "رضوی کیا",
    "همایش" + ZWNJ + "های بین" + ZWNJ + "المللی", "ویژه" + ZWNJ + "نامه", "برنامه" + ZWNJ + "ریزی",
    "شهرداری" + ZWNJ + "ها", "مدیر شهرداری مشهد", "هیئت علمی", "مسئولیت OR پاسخگویی",
    "خبرنگاران", "خبرنگار", "نظرسنجی", "صدا و سیما", "شبكه‌هاي ملي",
])
def test_seed_news_is_found(index, query):
    r = index.search(query)
    assert "news:1" in {h.uid for h in r.hits}, query
    hit = next(h for h in r.hits if h.uid == "news:1")
    if not query.startswith("tag:"):
        assert "<b>" in hit.snippet


def test_seed_news_title_match_ranks_first(index):
    assert index.search("شهرداری مشهد").hits[0].uid == "news:1"
    assert [h.uid for h in index.search("قطار شهری").hits] == ["news:2"]


def test_snippet_of_the_seed_news(index):
    snippet = index.search("هزینه" + ZWNJ + "های اطلاع" + ZWNJ + "رسانی").hits[0].snippet
    assert "<b>هزینههای</b> <b>اطلاعرسانی</b>" in snippet


def test_seed_news_is_not_found_by_what_it_does_not_say(index):
    assert "news:1" not in {h.uid for h in index.search("قطار").hits}
    assert index.search('"بین' + ZWNJ + 'المللی نشست"').total == 0
