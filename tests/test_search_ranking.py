"""Ranking on a real index: the title is not scored twice, particles written apart do not steer a
query, and term frequency saturates late enough for long articles."""

from __future__ import annotations

import pytest

from press_archive.search.index import SearchIndex
from press_archive.search.query import parse_query, scoring_terms, to_whoosh

FILLER = ("شهرداری در این برنامه از شهروندان خواست در جلسه‌های محله شرکت کنند و نظر خود را بگویند "
          "تا طرح‌های سال آینده با مشارکت مردم نوشته شود ")


def doc(rid: int, title: str, text: str) -> dict:
    return {"uid": f"news:{rid}", "type": "news", "id": rid, "title": title, "text": text,
            "date_iso": "2016-03-19"}


@pytest.fixture
def index(tmp_path):
    index = SearchIndex(tmp_path / "index")
    index.rebuild([
        # the word once, in the title (the content field holds the title too)
        doc(1, "جشنواره نوروز", FILLER * 3),
        # the word used through the article, three times, not in the title
        doc(2, "برنامه‌های بهاری شهر", FILLER + "نوروز " + FILLER + "نوروز " + FILLER + "نوروز"),
        # the word once in the body, and the particle «ها» standing alone in a quotation
        doc(3, "گزارش محله", FILLER * 2 + "نوروز و حرف «ها» در املای کودکان " + FILLER),
        doc(4, "گزارش دیگر", FILLER * 3),
    ], seq=1)
    yield index
    index.close()


def refs(result):
    return [h.id for h in result.hits]


def test_an_article_about_the_word_outranks_a_single_title_mention(index):
    # with the title scored again at full weight, item 1's one title word beat item 2's three uses
    assert refs(index.search("نوروز"))[0] == 2


def test_a_title_word_still_counts_for_something(index):
    result = index.search("نوروز")
    scores = {h.id: h.score for h in result.hits}
    assert scores[1] > scores[3]  # the same one use of the word, in a title of a similar length


def test_particles_written_apart_are_dropped_from_a_query_with_other_words(index):
    # «ها» stands alone in one item only: as a query word it was the rarest and ranked that item first
    assert refs(index.search("نوروز OR ها")) == refs(index.search("نوروز"))
    assert [t for _, t, _ in scoring_terms(parse_query("نوروز OR ها OR های OR می"))
            if t in ("ها", "های", "می")] == []


def test_a_particle_alone_is_still_searched(index):
    assert refs(index.search("ها")) == [3]
    assert str(to_whoosh(parse_query("ها"))) == "content:ها"


def test_particles_joined_to_a_word_still_count(index):
    # «جشنواره ها» is the plural, read as one word with its particle, not a dropped particle
    assert 1 in refs(index.search("جشنواره ها"))
