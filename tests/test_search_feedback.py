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
