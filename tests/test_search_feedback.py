"""Ranking with the words the best matches share (pseudo-relevance feedback): the order changes, never
what is found or its count, and the user can turn it off."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from press_archive.search.index import SearchIndex

FILLER = "گزارش روز درباره برنامه های گوناگون شهر و دیدار مردم با مسئولان محله"


def _news(i: int, text: str, title: str = "") -> dict:
    return {"uid": f"news:{i}", "type": "news", "id": i, "ref": f"N-{i}", "title": title, "text": text,
            "date_iso": "2016-03-19"}


# Four items about the metro share «ایستگاه», «قطار», «مسافر»; item 5 is about the metro too but names it
# once in a long text; item 6 names the metro once in passing, in a short text about something else.
# Unexpanded BM25 puts the short one (6) above the long one (5); the words the best matches share lift 5.
DOCS = [
    _news(1, "مترو ایستگاه قطار مسافر خط تازه", "مترو"),
    _news(2, "ایستگاه مترو و قطار با مسافر بسیار", "قطار شهری"),
    _news(3, "قطار مترو به ایستگاه رسید و مسافر پیاده شد", "ایستگاه"),
    _news(4, "مسافر مترو در ایستگاه منتظر قطار ماند", "مسافران"),
    _news(5, "مترو " + FILLER + " ایستگاه قطار مسافر", "گزارش روز"),
    _news(6, "باغ گل و مترو", "گزارش باغ"),
    *[_news(i, FILLER + f" شماره {i}", f"خبر {i}") for i in range(7, 40)],
]


@pytest.fixture(scope="module")
def index(tmp_path_factory):
    ix = SearchIndex(tmp_path_factory.mktemp("feedback") / "index")
    ix.apply(DOCS, [], 1)
    yield ix
    ix.close()


def refs(result) -> list[str]:
    return [h.ref for h in result.hits]


def test_the_words_the_best_matches_share_lift_a_match_about_the_same_subject(index):
    plain = index.search("مترو", facets=False, expand=False)
    expanded = index.search("مترو", facets=False)
    assert refs(plain).index("N-6") < refs(plain).index("N-5")
    assert refs(expanded).index("N-5") < refs(expanded).index("N-6")


def test_what_is_found_and_its_count_are_the_query_s_own(index):
    plain = index.search("مترو", facets=False, expand=False)
    expanded = index.search("مترو", facets=False)
    assert expanded.total == plain.total == 6
    assert set(refs(expanded)) == set(refs(plain))  # no item without «مترو», however many words it shares


def test_pages_of_an_expanded_ranking_follow_on(index):
    whole = refs(index.search("مترو", facets=False, limit=6))
    pages = [refs(index.search("مترو", facets=False, limit=2, offset=o)) for o in (0, 2, 4)]
    assert sum(pages, []) == whole


def test_the_command_line_can_turn_it_off(tmp_path):
    archive = tmp_path / "archive"
    jsonl = tmp_path / "news.jsonl"
    jsonl.write_text("".join(json.dumps({"ref": d["ref"], "title": d["title"], "date": "1395/01/01",
                                         "body": d["text"]}, ensure_ascii=False) + "\n" for d in DOCS),
                     encoding="utf-8")

    def cli(*args):
        r = subprocess.run([sys.executable, "-m", "press_archive", "--archive", str(archive), *args],
                           capture_output=True, text=True, encoding="utf-8")
        assert r.returncode == 0, r.stderr
        return r.stdout

    cli("init")
    cli("import", "news", str(jsonl))
    plain = json.loads(cli("search", "مترو", "--json", "--no-expand"))
    expanded = json.loads(cli("search", "مترو", "--json"))
    assert plain["total"] == expanded["total"] == 6
    plain_refs = [h["ref"] for h in plain["hits"]]
    expanded_refs = [h["ref"] for h in expanded["hits"]]
    assert plain_refs.index("N-6") < plain_refs.index("N-5")
    assert expanded_refs.index("N-5") < expanded_refs.index("N-6")


def _news_and_photos(folder, monkeypatch) -> SearchIndex:
    """News items about the metro, in segments cut short by their text, and many short photo records in
    segments of more records: the biggest segment by records holds captions only."""
    from press_archive.search import segments as segments_module

    monkeypatch.setattr(segments_module, "SEGMENT_CHARS", 2_000)
    monkeypatch.setattr(segments_module, "SEGMENT_DOCS", 100)
    news = [_news(i, f"این ایستگاه مترو است و قطار {i} از آن می‌گذرد. " + FILLER, f"مترو {i}") for i in range(1, 41)]
    photos = [{"uid": f"photo:{i}", "type": "photo", "id": i, "title": f"نما {i}", "date_iso": "2016-03-19",
               "tags": ["نما"]} for i in range(1, 301)]
    index = SearchIndex(folder)
    index.rebuild(news + photos, seq=1, procs=1)
    return index


def test_related_words_are_not_the_commonest_words_of_the_news(tmp_path, monkeypatch):
    from press_archive.search.feedback import feedback_terms
    from press_archive.search.query import parse_query, scoring_terms, to_whoosh

    index = _news_and_photos(tmp_path / "index", monkeypatch)
    index.search("مترو", facets=False)
    engine, searcher = index._engine, index._searcher
    assert max(leaf.doc_count_all() for leaf, _ in engine.leaves) == 100  # photos: the most records
    terms = scoring_terms(parse_query("مترو"))
    top = engine.rank(engine.docs(to_whoosh(parse_query("مترو"))), terms, 50)
    chosen = {term for _, term, _ in feedback_terms(engine, searcher, top, terms)}
    assert not chosen & {"است", "این", "از"}, chosen  # in every news item: rare only among the photos
    index.close()


def test_a_typo_of_a_news_word_is_suggested_beside_many_photos(tmp_path, monkeypatch):
    from press_archive.search import suggest as suggest_module

    index = _news_and_photos(tmp_path / "index", monkeypatch)
    monkeypatch.setattr(suggest_module, "SAMPLE_WORDS", 1)  # the segment with the most text alone
    result = index.search("ایستگاخ")
    assert result.total == 0 and result.suggestion == "ایستگاه"
    index.close()


def test_a_query_without_a_scoring_word_is_not_reordered(index):
    plain = index.search("-مترو", facets=False, expand=False, limit=10)
    assert plain.total == 33 and all(h.score == 0 for h in plain.hits)
    assert refs(index.search("-مترو", facets=False, limit=10)) == refs(plain)


def test_a_compound_s_own_parts_are_not_related_words(tmp_path):
    from press_archive.search.feedback import feedback_terms
    from press_archive.search.query import parse_query, scoring_terms, to_whoosh

    index = SearchIndex(tmp_path / "index")
    index.apply([_news(i, f"همایش بین‌المللی شهرها {i} در تالار " + FILLER, "همایش") for i in range(1, 12)]
                + [_news(i, FILLER, "گزارش") for i in range(12, 40)], [], 1)
    index.search("بین‌المللی", facets=False)
    engine, searcher = index._engine, index._searcher
    terms = scoring_terms(parse_query("بین‌المللی"))
    top = engine.rank(engine.docs(to_whoosh(parse_query("بین‌المللی"))), terms, 50)
    chosen = {term for _, term, _ in feedback_terms(engine, searcher, top, terms)}
    assert "همایش" in chosen and not chosen & {"بین", "المللی"}, chosen
    index.close()


@pytest.mark.parametrize("text", [
    "=" * 4_500 + " مترو قطار ایستگاه",  # no word in the first 4,000 characters
    " ".join(["ب" * 100] * 50) + " مترو قطار",  # the lead's words reach past them
    "ا" * 5_000 + " مترو",  # no space at all where a cut would fall
    "مترو " * 3 + "کتاب ها " * 40 + "پایان",
])
def test_both_writers_keep_the_same_lead(tmp_path, text):
    """The segment builder (a rebuild) and Whoosh's writer (an edit) must keep the same lead terms."""
    doc = _news(1, text, "عنوان")
    built, edited = SearchIndex(tmp_path / "built"), SearchIndex(tmp_path / "edited")
    built.rebuild([doc, _news(2, "دیگر", "دیگر")], seq=1, procs=1)
    edited.apply([doc], [], 1)
    leads = [ix._current_searcher().document(uid="news:1").get("lead") for ix in (built, edited)]
    assert leads[0] == leads[1] and leads[0]
    built.close()
    edited.close()


def test_related_words_do_not_lift_a_passing_mention_over_titles_that_hold_the_query(tmp_path):
    """In the sample archive «نشست خبری» has three records titled with it; a news item that only
    reports on one of those meetings shares many of their words, but the related words together weigh
    half the query's own: the titles stay first."""
    archive = tmp_path / "archive"

    def cli(*args):
        r = subprocess.run([sys.executable, "-m", "press_archive", "--archive", str(archive), *args],
                           capture_output=True, text=True, encoding="utf-8")
        assert r.returncode == 0, r.stderr
        return r.stdout

    cli("init", "--sample")
    hits = json.loads(cli("search", "نشست خبری", "--json", "--limit", "3"))["hits"]
    assert len(hits) == 3 and all("نشست خبری" in h["title"] for h in hits), [h["title"] for h in hits]
