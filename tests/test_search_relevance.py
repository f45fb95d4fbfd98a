"""Relevance on the small judged Persian collection of tests/data/relevance (varied spellings: Arabic
letters, lost or spaced ZWNJs, diacritics, tatweel, Arabic-Indic digits): our analyzer's MAP must be high
and well above Whoosh's stock StandardAnalyzer."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:  # bench/ is beside the package, not installed with it
    sys.path.insert(0, str(ROOT))

from bench.relevance import evaluate, load_collection, run_index_only, run_stock  # noqa: E402

COLLECTION = Path(__file__).resolve().parent / "data" / "relevance"


@pytest.fixture(scope="module")
def collection():
    return load_collection(COLLECTION)


def test_collection_is_complete(collection):
    assert len(collection.docs) >= 30 and len(collection.queries) >= 10
    for qid, relevant in collection.qrels.items():
        assert relevant and relevant <= set(collection.docs), qid


@pytest.mark.parametrize("use_or", [False, True])
def test_map_is_high_and_beats_the_stock_analyzer(collection, tmp_path, use_or):
    ours, p10, aps = evaluate(run_index_only(collection, use_or, tmp_path / "ours"), collection)
    stock, _, _ = evaluate(run_stock(collection, use_or, tmp_path / "stock"), collection)
    assert ours >= 0.9, aps
    assert ours >= stock + 0.15, (ours, stock)
    assert p10 > 0.25


PRESS = COLLECTION / "press"


@pytest.fixture(scope="module")
def press():
    from bench.relevance import load_split, spellings

    coll = load_collection(PRESS)
    return coll, load_split(PRESS), spellings(coll)


def test_press_collection_is_judged_and_split(press):
    coll, halves, _ = press
    assert len(coll.docs) >= 300 and len(coll.queries) >= 40
    assert set(halves) == {"tune", "held_out"}
    assert not set(halves["tune"]) & set(halves["held_out"])
    assert set(halves["tune"]) | set(halves["held_out"]) == set(coll.queries)
    for qid, relevant in coll.qrels.items():
        assert len(relevant) >= 3 and relevant <= set(coll.docs), qid


@pytest.mark.parametrize("use_or", [False, True])
def test_held_out_half_beats_stock_whoosh_as_typed_and_as_printed(press, tmp_path, use_or):
    """The goal of the ranking work: on the queries not used for tuning, MAP at least stock Whoosh's
    (StandardAnalyzer, BM25F, one text field) + 0.05, typed on a Persian keyboard and as printed."""
    coll, halves, forms = press
    ours = run_index_only(coll, use_or, tmp_path / "ours", forms)
    stock = run_stock(coll, use_or, tmp_path / "stock", forms)
    for form in forms:
        m, _, _ = evaluate(ours[form], coll, halves["held_out"])
        s, _, _ = evaluate(stock[form], coll, halves["held_out"])
        assert m >= s + 0.05, (form, m, s)
        assert m >= 0.8, (form, m)
