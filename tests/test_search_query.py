"""Queries: the contract's syntax, filters, sorting, paging, snippets, suggestions, facets, bad input."""

from __future__ import annotations

import time

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from press_archive.domain.persian_text import ZWNJ
from press_archive.search.index import SearchIndex
from press_archive.search.query import MAX_QUERY_CHARS, QueryError, parse_query


def doc(uid: str, text: str = "", title: str = "", **kw) -> dict:
    type_, rid = uid.split(":")
    return {"uid": uid, "type": type_, "id": int(rid), "ref": kw.pop("ref", None), "title": title, "text": text,
            "date_iso": kw.pop("date_iso", "2016-03-19"), **kw}


DOCS = [
    doc("news:1", "شهردار در نشست خبری از افتتاح پل غدیر خبر داد.", "نشست خبری شهردار", ref="N-1",
        date_iso="2016-03-19", tags=["نوروز", "پل"], category="عمرانی", author="واحد خبر"),
    doc("news:2", "خبری از نشست نبود؛ پل تازه افتتاح شد.", "افتتاح پل", date_iso="2016-03-20T10:30:00",
        tags=["پل"], category="عمرانی"),
    doc("news:3", "کارگاه آموزشی خبرنگاران در تالار شهر برگزار شد.", "کارگاه آموزشی",
        date_iso="2015-06-01", tags=["آموزش", "خبرنگاران"], category="فرهنگی"),
    doc("event:4", "نشست خبری مدیر روابط عمومی با اصحاب رسانه", "نشست خبری روابط عمومی", date_iso="2016-03-21",
        kind="press_conference", speakers=["مهدی رضوی" + ZWNJ + "کیا"], place="تالار شهر", tags=["رسانه"]),
    doc("event:5", "مراسم بزرگداشت روز خبرنگار", "مراسم روز خبرنگار", date_iso="2017-08-08", kind="ceremony",
        speakers=["علی احمدی"], tags=["خبرنگاران"]),
    doc("photo_batch:6", "عکس‌های افتتاح پل غدیر", "عکس افتتاح پل", date_iso="2016-03-20",
        photographer="علی رضایی", tags=["پل", "نوروز"]),
    doc("photo:7", "", "پل در شب", date_iso="2016-03-22", photographer="مریم کاظمی", tags=["پل"]),
    doc("interview:8", "گفتگو درباره ترافیک نوروز", "ترافیک نوروز", date_iso="2016-03-25", kind="aired",
        people=["رضا محمدی"], outlets=["واحد مرکزی خبر"], category="tv"),
    doc("production:9", "", "ویژه" + ZWNJ + "نامه نوروز", date_iso="2016-04-01", kind="special_issue"),
    doc("news:10", "The mayor held a press conference on the bridge.", "Mayor's press conference",
        date_iso="2016-03-19", language="en", category="عمرانی"),
]


@pytest.fixture(scope="module")
def index(tmp_path_factory):
    ix = SearchIndex(tmp_path_factory.mktemp("query") / "index")
    ix.apply(DOCS, [], 1)
    yield ix
    ix.close()


def found(index, q, **kw) -> set[str]:
    return {h.uid for h in index.search(q, limit=100, **kw).hits}


# --- syntax ---------------------------------------------------------------------------------------------

def test_all_words_must_match(index):
    assert found(index, "نشست خبری") == {"news:1", "news:2", "event:4"}
    assert found(index, "نشست خبری شهردار") == {"news:1"}


def test_exact_phrase(index):
    assert found(index, '"نشست خبری"') == {"news:1", "event:4"}  # news:2 has both words, not together
    assert found(index, "«نشست خبری»") == {"news:1", "event:4"}
    assert found(index, '"خبری نشست"') == set()


def test_or(index):
    assert found(index, "کارگاه OR مراسم") == {"news:3", "event:5"}
    assert found(index, "خبرنگار روز OR آموزشی") == {"event:5", "news:3"}  # OR binds its neighbours
    assert found(index, "(کارگاه OR مراسم) خبرنگاران") == {"news:3", "event:5"}


def test_minus_and_not(index):
    assert found(index, "پل -نوروز") == {"news:2", "photo:7"}
    assert found(index, "پل NOT نوروز") == found(index, "پل -نوروز")
    assert found(index, 'نشست -"نشست خبری"') == {"news:2"}
    assert found(index, "پل -tag:نوروز") == {"news:2", "photo:7"}


def test_only_negative_terms_mean_everything_else(index):
    assert found(index, "-پل") == {d["uid"] for d in DOCS} - found(index, "پل")


@pytest.mark.parametrize("q,expected", [
    ("title:کارگاه", {"news:3"}),
    ("title:پل", {"news:2", "photo_batch:6", "photo:7"}),
    ('title:"نشست خبری"', {"news:1", "event:4"}),
    ("tag:نوروز", {"news:1", "photo_batch:6"}),
    ("tag:خبرنگاران", {"news:3", "event:5"}),
    ("photographer:رضایی", {"photo_batch:6"}),
    ('photographer:"مریم کاظمی"', {"photo:7"}),
    ("speaker:احمدی", {"event:5"}),
    ("speaker:رضوی‌کیا", {"event:4"}),
    ("speaker:رضویکیا", {"event:4"}),
    ("kind:press_conference", {"event:4"}),
    ('kind:"نشست خبری"', {"event:4"}),
    ("kind:aired", {"interview:8"}),
    ("type:photo", {"photo:7"}),
    ("type:events", {"event:4", "event:5"}),
    ("year:1395", {"news:2", "event:4", "photo_batch:6", "photo:7", "interview:8", "production:9"}),  # from Nowruz
    ("year:۱۳۹۴", {"news:1", "news:3", "news:10"}),
    ("category:فرهنگی", {"news:3"}),
    ("place:تالار", {"event:4"}),
    ("people:محمدی", {"interview:8"}),
    ("outlet:مرکزی", {"interview:8"}),
    ("author:واحد", {"news:1"}),
    ("ref:N-1", {"news:1"}),
    ("language:en", {"news:10"}),
    ("TITLE:کارگاه", {"news:3"}),
])
def test_field_queries(index, q, expected):
    assert found(index, q) == expected


def test_field_words_also_match_plain_words(index):
    assert found(index, "رضایی") == {"photo_batch:6"}
    assert found(index, "رسانه") == {"event:4"}


def test_unknown_field_is_plain_text(index):
    assert found(index, "foo:پل") == found(index, "foo پل") == set()
    assert index.search("ساعت 10:30").total == 0


# --- filters, sorting, paging ---------------------------------------------------------------------------

def test_type_filter(index):
    assert found(index, "پل", types=["photo", "photo_batch"]) == {"photo:7", "photo_batch:6"}
    assert found(index, "پل", types="news") == {"news:1", "news:2"}
    with pytest.raises(QueryError):
        index.search("پل", types=["newspaper"])


def test_date_range_filter_is_inclusive(index):
    assert found(index, "پل", date_from="2016-03-20", date_to="2016-03-20") == {"news:2", "photo_batch:6"}
    assert found(index, "پل", date_from="2016-03-20T11:00:00") == {"photo:7"} | set()
    assert found(index, "پل", date_to="2016-03-19") == {"news:1"}
    assert found(index, "پل", date_to="2016-03-20T23:59:59.999999") == {"news:1", "news:2", "photo_batch:6"}
    assert found(index, "", date_from="2017-01-01") == {"event:5"}
    with pytest.raises(QueryError):
        index.search("پل", date_from="1394/12/29")


def test_sort_by_date_is_newest_first(index):
    hits = index.search("پل", sort="date").hits
    dates = [h.date_iso for h in hits]
    assert dates == sorted(dates, reverse=True)
    assert hits[0].uid == "photo:7"


def test_relevance_ranks_title_matches_first(index):
    hits = index.search("کارگاه").hits
    assert hits[0].uid == "news:3"
    hits = index.search("افتتاح").hits
    assert hits[0].uid in {"news:2", "photo_batch:6"}  # «افتتاح» in the title
    assert all(h.score > 0 for h in hits)


def test_paging(index):
    everything = index.search("", sort="date", limit=100)
    assert everything.total == len(DOCS)
    pages = [index.search("", sort="date", limit=3, offset=o) for o in range(0, 12, 3)]
    assert all(p.total == len(DOCS) for p in pages)
    assert [h.uid for p in pages for h in p.hits] == [h.uid for h in everything.hits]
    assert index.search("پل", limit=0).hits == [] and index.search("پل", limit=0).total == 4
    with pytest.raises(QueryError):
        index.search("پل", offset=-1)


def test_hit_fields(index):
    hit = next(h for h in index.search("کارگاه").hits)
    assert (hit.uid, hit.type, hit.id, hit.ref, hit.title, hit.date_iso) == (
        "news:3", "news", 3, None, "کارگاه آموزشی", "2015-06-01")
    assert index.search("title:نشست شهردار").hits[0].ref == "N-1"


def test_took_ms(index):
    r = index.search("نشست")
    assert 0 < r.took_ms < 5000


# --- snippets -------------------------------------------------------------------------------------------

def test_snippet_marks_matches(index):
    hit = index.search("افتتاح پل").hits[0]
    assert "<b>" in hit.snippet and "</b>" in hit.snippet
    assert "<b>پل</b>" in index.search('"پل غدیر"', types=["news"]).hits[0].snippet


def test_snippet_marks_variant_spellings(tmp_path):
    ix = SearchIndex(tmp_path / "i")
    ix.apply([doc("news:1", "دبیرخانه همايش‌هاي بين المللي در شهر")], [], 1)
    snippet = ix.search("همایش بین‌المللی").hits[0].snippet
    assert "<b>همايش‌هاي</b>" in snippet
    assert "<b>بين المللي</b>" in snippet


def test_snippet_escapes_html(tmp_path):
    ix = SearchIndex(tmp_path / "i")
    ix.apply([doc("news:1", "کد <script>alert(1)</script> & خبر \"مهم\" > پل")], [], 1)
    snippet = ix.search("خبر").hits[0].snippet
    assert "<script>" not in snippet
    assert "&lt;script&gt;" in snippet and "&amp;" in snippet and "&gt; پل" in snippet
    assert "<b>خبر</b>" in snippet
    assert snippet.replace("<b>", "").replace("</b>", "").count("<") == 0


def test_snippet_of_a_long_text_is_short_and_centred(tmp_path):
    ix = SearchIndex(tmp_path / "i")
    text = "واژه " * 400 + "کلیدی در میانه " + "واژه " * 400
    ix.apply([doc("news:1", text)], [], 1)
    snippet = ix.search("کلیدی").hits[0].snippet
    assert "<b>کلیدی</b>" in snippet and snippet.startswith("…") and snippet.endswith("…")
    assert len(snippet) < 400


def test_snippet_without_text_match_is_the_start(index):
    assert index.search("tag:آموزش").hits[0].snippet.startswith("کارگاه آموزشی")
    assert index.search("title:شب").hits[0].snippet == ""  # a photo without text


# --- suggestions ----------------------------------------------------------------------------------------

def test_suggestion_when_nothing_is_found(index):
    r = index.search("کارگاخ")
    assert r.total == 0
    assert r.suggestion == "کارگاه"
    assert index.search(r.suggestion).total == 1


def test_suggestion_keeps_the_rest_of_the_query(index):
    r = index.search("کارگاه خبرنگارن")
    assert r.total == 0 and r.suggestion == "کارگاه خبرنگار"
    assert index.search(r.suggestion).total == 1
    assert index.search("نشست خبرنگارن").suggestion is None  # «نشست خبرنگار» would not find anything either


def test_no_suggestion_when_something_is_found_or_nothing_is_close(index):
    assert index.search("کارگاه").suggestion is None
    assert index.search("زرافه").suggestion is None


# --- facets ---------------------------------------------------------------------------------------------

def test_facet_counts(index):
    f = index.search("پل").facets
    assert dict(f["type"]) == {"news": 2, "photo_batch": 1, "photo": 1}
    assert dict(f["year"]) == {"1394": 1, "1395": 3}
    assert [y for y, _ in f["year"]] == ["1395", "1394"]  # latest first
    assert dict(f["category"]) == {"عمرانی": 2}
    assert dict(f["photographer"]) == {"علی رضایی": 1, "مریم کاظمی": 1}
    assert f["tag"][0] == ("پل", 4)
    assert dict(f["tag"])["نوروز"] == 2


def test_facets_follow_filters_and_can_be_skipped(index):
    f = index.search("پل", types=["news"]).facets
    assert dict(f["type"]) == {"news": 2}
    assert index.search("پل", facets=False).facets == {}


def test_facet_values_in_other_spellings_count_as_one(tmp_path):
    ix = SearchIndex(tmp_path / "i")
    ix.apply([doc("news:1", "الف", tags=["بین‌الملل"]), doc("news:2", "الف", tags=["بینالملل"]),
              doc("news:3", "الف", tags=["بين‌الملل"], category="ورزشي")], [], 1)
    f = ix.search("الف").facets
    assert len(f["tag"]) == 1 and f["tag"][0][1] == 3
    assert f["category"] == [("ورزشی", 1)]  # Arabic yeh shown the Persian way


def test_facets_stay_right_after_changes(tmp_path):
    ix = SearchIndex(tmp_path / "i")
    ix.apply([doc(f"news:{i}", "الف", category="یک") for i in range(1, 6)], [], 1)
    assert dict(ix.search("الف").facets["category"]) == {"یک": 5}
    ix.apply([doc("news:1", "الف", category="دو")], ["news:2"], 2)
    assert dict(ix.search("الف").facets["category"]) == {"یک": 3, "دو": 1}


# --- malformed queries ----------------------------------------------------------------------------------

@pytest.mark.parametrize("q", [
    '"نشست خبری',  # open quote: a phrase to the end
    "نشست (خبری",  # open parenthesis
    "نشست) خبری",  # stray closing parenthesis
    "نشست OR",  # dangling OR
    "OR نشست",
    "نشست OR OR خبری",
    "نشست - خبری",  # lone minus
    "نشست*",  # no wildcard: the word itself
    "نشست -",
    "AND نشست",
    "نشست «خبری",
])
def test_safe_readings(index, q):
    r = index.search(q)
    assert r.total >= 1


@pytest.mark.parametrize("q,words", [
    ("title:", "needs a value"),
    ("tag:   نوروز", "needs a value"),
    ("*", "nothing to search for"),
    ("-", "nothing to search for"),
    ("OR OR", "nothing to search for"),
    ("()", "nothing to search for"),
    ('""', "nothing to search for"),
    ("!!! ؟؟؟", "nothing to search for"),
    ("type:newspaper", "unknown type"),
    ("year:abc", "not a year"),
    ("نشست " * 70, "too many words"),
    ("(" * 50 + "نشست" + ")" * 50, "parentheses"),
    ("ب" * (MAX_QUERY_CHARS + 1), "too long"),
    ("نشست " * 1000, "too long"),
])
def test_clear_errors(index, q, words):
    started = time.perf_counter()
    with pytest.raises(QueryError) as e:
        index.search(q)
    assert words in str(e.value)
    assert time.perf_counter() - started < 1.0


def test_empty_query_lists_everything_newest_first(index):
    r = index.search("   ")
    assert r.total == len(DOCS)
    assert r.hits[0].date_iso == max(d["date_iso"] for d in DOCS)


def test_long_and_wild_queries_are_quick(index):
    for q in ["پل " * 59, "(" * 8 + "پل" + ")" * 8, " OR ".join(["پل"] * 30), '"' + "نشست خبری " * 25 + '"',
              "a" * 999, "نشست* *خبری ?پل"]:
        started = time.perf_counter()
        try:
            index.search(q)
        except QueryError:
            pass
        assert time.perf_counter() - started < 1.0, q


_PIECES = st.sampled_from(['"', "(", ")", "-", "OR", "NOT", "AND", "title:", "tag:", "kind:", "type:", "year:",
                           "*", ":", "«", "»", "پل", "نشست", "خبری", "می", "ها", " ", " ", ZWNJ, "\\", "'",
                           "ك", "ي", "۱۳۹۴", "\x00", "\u202e"])


@settings(max_examples=250, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(_PIECES, max_size=25).map("".join))
def test_any_input_gives_a_result_or_a_query_error(index, q):
    try:
        parse_query(q)
        r = index.search(q, limit=5)
        assert r.total >= 0
    except QueryError as e:
        assert str(e)


@pytest.mark.parametrize("min_docs", [10, 1000])
def test_phrases_with_very_common_words(tmp_path, monkeypatch, min_docs):
    """A word found in most documents is required but not placed when two rarer words can be."""
    import press_archive.search.engine as engine

    monkeypatch.setattr(engine, "COMMON_MIN_DOCS", min_docs)
    ix = SearchIndex(tmp_path / "i")
    filler = [doc(f"news:{i}", "و در و به و از و") for i in range(100, 160)]
    ix.apply(filler + [
        doc("news:1", "برنامه های صدا و سیما پخش شد"),
        doc("news:2", "صدا و تصویر سیما"),
        doc("news:3", "سیما و صدا"),
        doc("news:4", "روابط عمومی و بین الملل"),
        doc("news:5", "عمومی روابط"),
    ], [], 1)
    assert found(ix, '"صدا و سیما"') == {"news:1"}
    assert found(ix, '"و سیما"') == {"news:1"}
    assert found(ix, '"روابط عمومی و"') == {"news:4"}
    assert found(ix, '"و در"') == {f"news:{i}" for i in range(100, 160)}
    assert found(ix, '"در و به"') == {f"news:{i}" for i in range(100, 160)}
    assert found(ix, '"و و"') == set()


def test_a_snippet_reads_a_text_without_the_words_once(monkeypatch):
    """A record found by its title alone: its text holds a word that only starts like the query's, and
    the snippet analyzes each part of the text once (it analyzed most of it twice)."""
    from press_archive.search import snippets

    analyzed = []
    analyze = snippets.analyze
    monkeypatch.setattr(snippets, "analyze", lambda text: analyzed.append(len(text)) or analyze(text))
    text = " ".join(["گزارش روز"] * 40 + ["شهرها"] + ["نشست عمومی"] * 60)
    snippet = snippets.make_snippet(text, {"شهردار"})
    assert "<b>" not in snippet and snippet.startswith("گزارش روز")
    assert sum(analyzed) <= len(text) + 50


def test_suggestion_within_two_edits_for_a_long_word(index):
    r = index.search("کارکاخ")  # گ typed as ک and ه as خ
    assert r.total == 0 and r.suggestion == "کارگاه"
    assert index.search("کاخ").suggestion is None  # a short word: one edit only, and nothing is that close
