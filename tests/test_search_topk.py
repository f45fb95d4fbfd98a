"""Top-k with early termination gives exactly the exhaustive ranking's top k, on a real index on disk
(several segments written by the rebuild with their impacts files, one written by Whoosh for an edit,
a deleted record), while scoring only part of the matches; phrases are checked for the best candidates
only and still give the exact top k."""

from __future__ import annotations

import random

import pytest

from press_archive.search import engine as engine_module
from press_archive.search import impacts
from press_archive.search import segments as segments_module
from press_archive.search import topk
from press_archive.search.index import SearchIndex
from press_archive.search.query import parse_query, scoring_terms, to_whoosh

VOCAB = ["شهردار", "نشست", "خبری", "پروژه", "بازدید", "مترو", "پل", "بودجه", "شورا", "فرهنگی", "ورزشی",
         "ترافیک", "آب", "برق", "مدرسه", "بیمارستان", "پارک", "جشنواره", "کتاب", "موزه", "سینما", "تئاتر",
         "خیابان", "میدان", "بزرگراه", "اتوبوس", "تاکسی", "زباله", "بازیافت", "درخت", "باران", "سیل",
         "زلزله", "آتش", "نشانی", "پلیس", "دادگاه", "قانون", "مجلس", "وزیر", "استاندار", "فرماندار"]


def _zipf_words(rng: random.Random, n: int) -> list[str]:
    weights = [1.0 / (r + 1) for r in range(len(VOCAB))]
    return rng.choices(VOCAB, weights=weights, k=n)


def _rebuild_in_segments_of(index, docs, size: int) -> None:
    old = segments_module.SEGMENT_DOCS
    segments_module.SEGMENT_DOCS = size
    try:
        index.rebuild(docs, seq=1, procs=1)
    finally:
        segments_module.SEGMENT_DOCS = old


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    folder = tmp_path_factory.mktemp("topk") / "index"
    rng = random.Random(5)
    docs = []
    for i in range(1, 1601):
        # lengths from 5 to 400 words: the length bounds matter, not only the frequencies
        body = " ".join(_zipf_words(rng, rng.choice([5, 20, 60, 150, 400])))
        docs.append({"uid": f"news:{i}", "type": "news", "id": i, "title": " ".join(_zipf_words(rng, 4)),
                     "text": body, "date_iso": "2016-03-19"})
    index = SearchIndex(folder)
    _rebuild_in_segments_of(index, docs, 500)
    # an edit (a segment Whoosh writes itself, without an impacts file) and a deletion
    docs[6]["text"] = "شهردار شهردار شهردار مترو"
    index.apply([docs[6]], ["news:9"], seq=2)
    yield index
    index.close()


def _engine(index):
    index._current_searcher()
    return index._engine


def test_the_rebuild_writes_impacts_that_hold_the_w3_postings(built):
    engine = _engine(built)
    with_file = [i for i, segid in enumerate(engine.segids) if engine.cache.impacts_file(segid) is not None]
    assert len(with_file) >= 3 and len(with_file) < len(engine.segids)  # the edit's segment has none
    lengths = engine.column("len:content")
    for i in with_file:
        leaf, off = engine.leaves[i]
        kept = engine.cache.impacts_file(engine.segids[i])
        for word in VOCAB[:10]:
            from_file = kept.postings("content", word)
            assert from_file is not None, word
            ids, weights, positions = [], [], []
            decode = engine_module._position_decoder(leaf.schema["content"].format)
            for block_ids, block_weights, values in engine_module._blocks(leaf, "content", word):
                ids += list(block_ids)
                weights += list(block_weights) if block_weights is not None else [1.0] * len(block_ids)
                positions += [p for v in values for p in decode(v)]
            assert list(from_file.ids) == ids and list(map(float, from_file.weights)) == weights
            assert list(kept.positions("content", word)) == positions
            at = 0
            for b, n in enumerate(from_file.counts):
                block = range(b * impacts.BLOCK, min(len(ids), (b + 1) * impacts.BLOCK))
                points = list(zip(from_file.fw[at:at + n], from_file.flb[at:at + n]))
                at += n
                # every posting is matched or beaten on both weight and length by a point
                assert all(any(pw >= weights[j] and pl <= lengths[ids[j] + off] for pw, pl in points) for j in block)
                assert {(pw, pl) for pw, pl in points} <= {(weights[j], lengths[ids[j] + off]) for j in block}


def test_a_few_documents_ranked_again_score_as_the_exhaustive_ranking_does(built):
    """The best matches ranked again with the words they share: looked up document by document, they must
    get the exhaustive ranking's scores to the bit, and documents no term scores come last."""
    engine = _engine(built)
    rng = random.Random(12)
    for _ in range(60):
        words = _zipf_words(rng, rng.choice([1, 2, 4, 8]))
        terms = scoring_terms(parse_query(" OR ".join(words)))
        docs = rng.sample(sorted(engine.all_docs()), rng.choice([1, 5, 50]))
        few = engine.rank_few(docs, engine.weighted(terms))
        assert few == engine.rank_exhaustive(set(docs), terms, len(docs)), words
        assert sorted(d for _, d in few) == sorted(docs)


def test_early_termination_gives_the_exhaustive_top_k_for_many_random_queries(built):
    engine = _engine(built)
    rng = random.Random(11)
    for _ in range(150):
        words = _zipf_words(rng, rng.choice([1, 1, 2, 3]))
        query = " OR ".join(words) if rng.random() < 0.3 else " ".join(words)
        parsed = parse_query(query)
        matched = engine.docs(to_whoosh(parsed))
        terms = scoring_terms(parsed)
        for k in (1, 10, 20, 200):
            assert engine.rank(matched, terms, k) == engine.rank_exhaustive(matched, terms, k), (query, k)


def test_a_common_word_scores_only_part_of_its_matches(tmp_path, monkeypatch):
    rng = random.Random(8)
    index = SearchIndex(tmp_path / "index")
    index.rebuild([{"uid": f"news:{i}", "type": "news", "id": i, "title": "خبر", "date_iso": "2016-03-19",
                    "text": " ".join(_zipf_words(rng, rng.randrange(100, 140)))} for i in range(1, 2001)], seq=1)
    engine = _engine(index)
    scored = []
    score = topk.Ranking.score

    def counted(self, w):
        out = score(self, w)
        scored.append(len(out))
        return out

    monkeypatch.setattr(topk.Ranking, "score", counted)
    parsed = parse_query("شهردار")
    matched = engine.docs(to_whoosh(parsed))
    top = engine.rank(matched, scoring_terms(parsed), 10)
    assert len(matched) > 1900 and len(top) == 10 and sum(scored) < len(matched) / 2
    assert top == engine.rank_exhaustive(matched, scoring_terms(parsed), 10)
    index.close()


def test_phrases_checked_for_the_best_candidates_give_the_exact_top_k(built, monkeypatch):
    monkeypatch.setattr(topk, "EXACT_REST", 0)  # (a small index: else every candidate is checked at once)
    rng = random.Random(3)
    for _ in range(25):
        a, b = _zipf_words(rng, 2)
        for query in (f'"{a} {b}"', f'"{a} {b}" {VOCAB[rng.randrange(8)]}'):
            lazy = built.search(query, limit=20, facets=False)
            exact = built.search(query, limit=20, facets=True)  # facets need every match: no shortcut
            assert [(h.uid, h.score) for h in lazy.hits] == [(h.uid, h.score) for h in exact.hits], query
            if lazy.total_exact:
                assert lazy.total == exact.total
            else:
                assert exact.total > 0 and lazy.total > 0


def test_an_index_written_before_the_impacts_files_is_rebuilt(tmp_path):
    """An index of the previous format (no impacts files, no format version in its manifest) is not
    trusted: the next update rebuilds it, with impacts files."""
    import json

    folder = tmp_path / "index"
    index = SearchIndex(folder)
    index.rebuild([{"uid": f"news:{i}", "type": "news", "id": i, "title": "خبر", "date_iso": "2016-03-19",
                    "text": "نشست خبری شهردار"} for i in range(1, 80)], seq=1)
    index.close()
    for path in folder.glob("*" + impacts.EXT):
        path.unlink()
    manifest = json.loads((folder / "index.json").read_text())
    del manifest["format_version"]
    (folder / "index.json").write_text(json.dumps(manifest))
    (tmp_path / "index.checked.json").unlink()
    assert not SearchIndex(folder).is_healthy()


def test_a_phrase_of_common_words_checked_a_segment_at_a_time_finds_the_same(built, monkeypatch):
    engine = _engine(built)
    phrases = [["شهردار", "نشست"], ["نشست", "شهردار", "خبری"], ["پروژه", "شهردار"], ["شهردار", "شهردار"]]
    whole = [engine.phrase_docs("content", words) for words in phrases]
    assert any(whole)
    monkeypatch.setattr(engine_module, "PHRASE_CHUNK", 10)
    engine._df.clear()
    assert [engine.phrase_docs("content", words) for words in phrases] == whole


def test_a_phrase_total_left_to_a_sample_is_estimated_near_the_exact_one(built, monkeypatch):
    monkeypatch.setattr(topk, "EXACT_REST", 20)
    monkeypatch.setattr(topk, "SAMPLE", 200)
    query = '"شهردار نشست"'
    lazy = built.search(query, limit=5, facets=False)
    exact = built.search(query, limit=5, facets=True)
    assert not lazy.total_exact and exact.total > 100
    assert abs(lazy.total - exact.total) <= 0.25 * exact.total
    assert [h.uid for h in lazy.hits] == [h.uid for h in exact.hits]


def test_a_truncated_impacts_file_makes_the_index_unhealthy(tmp_path):
    folder = tmp_path / "index"
    index = SearchIndex(folder)
    index.rebuild([{"uid": f"news:{i}", "type": "news", "id": i, "title": "خبر", "date_iso": "2016-03-19",
                    "text": "نشست خبری شهردار"} for i in range(1, 80)], seq=1)
    index.close()
    assert SearchIndex(folder).is_healthy()
    path = next(folder.glob("*" + impacts.EXT))
    path.write_bytes(path.read_bytes()[:-20])
    assert not SearchIndex(folder).is_healthy()


def test_a_phrase_with_few_candidates_is_checked_whole_and_counted_exactly(built):
    rng = random.Random(4)
    for _ in range(15):
        a, b = _zipf_words(rng, 2)
        query = f'"{a} {b}"'
        few = built.search(query, limit=20, facets=False)
        exact = built.search(query, limit=20, facets=True)
        assert few.total_exact and few.total == exact.total, query
        assert [(h.uid, h.score) for h in few.hits] == [(h.uid, h.score) for h in exact.hits], query


def test_a_phrase_counted_alone_is_counted_exactly(built, monkeypatch):
    """`search --limit 0` asks for the count only: a phrase's count is checked whole, never 0 or sampled."""
    monkeypatch.setattr(topk, "EXACT_REST", 20)
    monkeypatch.setattr(topk, "SAMPLE", 200)
    query = '"شهردار نشست"'
    counted = built.search(query, limit=0, facets=False)
    exact = built.search(query, limit=5, facets=True)
    assert counted.total_exact and counted.total == exact.total > 100


def test_a_one_word_query_counted_and_ranked_without_a_set_answers_as_with_one(tmp_path):
    """A one-word query is counted and ranked over its postings (no set of its documents is made): the
    same count, hits and scores as the set gives (facets need the set, so they take the other way)."""
    rng = random.Random(8)
    docs = [{"uid": f"news:{i}", "type": "news", "id": i, "title": " ".join(_zipf_words(rng, 3)),
             "text": " ".join(_zipf_words(rng, rng.choice([10, 80, 300]))), "date_iso": "2016-03-19"}
            for i in range(1, 1201)]
    index = SearchIndex(tmp_path / "index")
    _rebuild_in_segments_of(index, docs, 300)
    index.apply([dict(docs[3], text="شهردار و مترو")], ["news:8", "news:900"], seq=2)  # deletions
    engine = _engine(index)
    assert len(engine.leaves) >= 5 and len(engine.deleted) >= 3
    words = list(dict.fromkeys(VOCAB[:6] + _zipf_words(rng, 20)))
    for word in words:  # (a word whose set is already made is answered from it)
        q = to_whoosh(parse_query(word))
        lazy = engine.matches(q)
        assert isinstance(lazy, engine_module.TermMatches)
        exact = engine.docs(q)
        assert len(lazy) == len(exact) and sorted(lazy) == sorted(exact), word
        assert all(d in lazy for d in list(exact)[:50]) and not any(d in lazy for d in set(range(1300)) - exact)
    for word in words:
        for expand in (False, True):
            fresh = SearchIndex(tmp_path / "index")  # no set of the word made yet: ranked over its postings
            fast = fresh.search(word, limit=20, facets=False, expand=expand)
            fresh.close()
            full = index.search(word, limit=20, facets=True, expand=expand)
            assert fast.total == full.total == len(engine.docs(to_whoosh(parse_query(word))))
            assert [(h.uid, h.score) for h in fast.hits] == [(h.uid, h.score) for h in full.hits], (word, expand)
    index.close()


def test_the_documents_holding_a_word_are_those_its_blocks_hold(built):
    """A phrase's common words are looked up in their postings for the few candidates left: the same
    documents the W3 blocks give, in segments with impacts files and in the edit's segment without."""
    engine = _engine(built)
    rng = random.Random(21)
    every = sorted(engine.all_docs())
    for _ in range(40):
        word = _zipf_words(rng, 1)[0]
        docs = set(rng.sample(every, rng.choice([3, 30, 300])))
        assert engine._holding("content", word, docs) == {g for g, _, _ in engine._postings_for("content", word, docs)}
