"""The engine's caches are sized by the index and hold what repeats: a window searching all day stays
within its memory budget."""

from __future__ import annotations

from press_archive.search import engine
from press_archive.search.index import SearchIndex


def test_cache_caps_follow_the_index_size():
    small, large, huge = engine.cache_caps(500), engine.cache_caps(100_000), engine.cache_caps(10_000_000)
    assert small == engine.CACHE_FLOOR and huge == engine.CACHE_CEILING
    assert all(small[k] <= large[k] <= huge[k] for k in small)
    assert large["blocks"] == 1_000_000 and large["postings"] == 2_000_000


def test_an_open_index_sizes_the_caches_and_keeps_only_short_position_lists(tmp_path):
    index = SearchIndex(tmp_path / "index")
    common = " ".join(["در شهر"] * 60)  # a common word used dozens of times in each record
    index.rebuild([{"uid": f"news:{i}", "type": "news", "id": i, "title": "خبر", "date_iso": "2016-03-19",
                    "text": f"{common} نشست خبری {i}"} for i in range(1, 301)], seq=1)
    index.close()
    for path in (tmp_path / "index").glob("*.imp"):  # positions read from W3 blocks, as in a segment Whoosh wrote
        path.unlink()
    engine._decoded.clear()
    assert index.search('"در شهر"').total == 300
    assert index.search('"نشست خبری"').total == 300
    assert engine._BLOCKS.max_entries == engine.cache_caps(301)["blocks"]
    assert index._segment_cache.max_entries == engine.cache_caps(301)["postings"]
    assert engine._decoded and max(map(len, engine._decoded)) <= engine.POSITIONS_KEPT_BYTES
    index.close()
