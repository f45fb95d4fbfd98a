"""The engine's dependence on Whoosh internals fails loudly: another Whoosh version rebuilds the index,
a missing internal raises a plain error (never an empty result), and an index that cannot be read is
rebuilt from the database and the query answered from it."""

from __future__ import annotations

import json
import logging

import pytest

from press_archive.search import engine
from press_archive.search import index as index_module
from press_archive.search import whoosh_io
from press_archive.search.index import SearchIndex
from press_archive.services import records
from press_archive.services.archive import Archive
from press_archive.services.search import search


def doc(rid: int, text: str) -> dict:
    return {"uid": f"news:{rid}", "type": "news", "id": rid, "title": f"خبر {rid}", "text": text,
            "date_iso": "2016-03-19"}


@pytest.fixture
def built(tmp_path):
    folder = tmp_path / "index"
    index = SearchIndex(folder)
    index.rebuild([doc(i, "نشست خبری شهردار" if i % 2 else "بازدید از پروژه") for i in range(1, 400)], seq=1)
    index.close()
    return folder


def test_the_manifest_records_the_whoosh_version(built):
    manifest = json.loads((built / "index.json").read_text())
    assert manifest["whoosh_version"] == whoosh_io.WHOOSH_VERSION


def test_an_index_of_another_whoosh_version_is_not_healthy(built, monkeypatch):
    assert SearchIndex(built).is_healthy()
    # the library was upgraded: the running version differs from the one that wrote the index
    monkeypatch.setattr(index_module, "WHOOSH_VERSION", "2.7.6")
    assert not SearchIndex(built).is_healthy()


def test_a_recorded_version_that_differs_is_not_healthy(built):
    path = built / "index.json"
    manifest = json.loads(path.read_text())
    manifest["whoosh_version"] = "2.7.4"
    path.write_text(json.dumps(manifest))
    assert not SearchIndex(built).is_healthy()


def test_a_missing_whoosh_internal_fails_loudly_not_as_no_results(built, monkeypatch):
    from whoosh.reading import SegmentReader

    index = SearchIndex(built)
    assert index.search("شهردار").total == 200
    index.close()
    owner = next(c for c in SegmentReader.__mro__ if "_text_to_bytes" in vars(c))
    monkeypatch.delattr(owner, "_text_to_bytes")
    with pytest.raises(whoosh_io.WhooshMismatch, match="_text_to_bytes"):
        whoosh_io.check_internals()
    index = SearchIndex(built)
    with pytest.raises(whoosh_io.WhooshMismatch, match="whoosh-reloaded==2.7.5"):
        index.search("شهردار")
    index.close()


def test_a_missing_matcher_attribute_fails_loudly(built, monkeypatch):
    from whoosh.codec.whoosh3 import W3LeafMatcher

    goto = W3LeafMatcher._goto

    def renamed(self, position):  # a Whoosh that keeps the next block's offset under another name
        goto(self, position)
        self.next_block_at = self.__dict__.pop("_nextoffset")

    monkeypatch.setattr(W3LeafMatcher, "_goto", renamed)
    index = SearchIndex(built)
    with pytest.raises(whoosh_io.WhooshMismatch, match="_nextoffset"):
        index.search("شهردار")
    index.close()


def test_an_index_that_cannot_be_read_is_rebuilt_and_the_query_answered(archive, caplog):
    for i in range(300):
        records.add_record(archive, "news", {"title": f"خبر {i}", "date": "1395/01/01",
                                             "body": "نشست خبری شهردار " * (1 + i % 3)})
    assert search(archive, "شهردار").total == 300
    folder = archive.index.folder
    archive.index.close()
    # garbage inside the postings of «شهردار», the sizes kept: the health check (which reads the first
    # and last terms of each field) passes, the query's read fails
    from whoosh import index as windex

    ix = windex.open_dir(str(folder), indexname="MAIN")
    with ix.searcher() as s:
        leaf = max((leaf for leaf, _ in s.reader().leaf_readers()), key=lambda r: r.doc_count_all())
        info = leaf._terms.term_info("content", "شهردار".encode())  # where its postings are (test only)
        postings = folder / f"{leaf.segment().segment_id()}.pst"
        start, length = info._offset, info._length[0] if isinstance(info._length, tuple) else info._length
    ix.close()
    data = bytearray(postings.read_bytes())
    for k in range(start + 40, start + length):
        data[k] = (data[k] * 7 + 13) & 0xFF
    postings.write_bytes(bytes(data))
    if not SearchIndex(folder).is_healthy():
        pytest.skip("the health check caught the damage first (checksums): rebuilt before the query")
    engine._BLOCKS.blocks.clear()  # as in a new process: nothing of the old postings in memory
    fresh = Archive(archive.root)
    with caplog.at_level(logging.ERROR, logger="press_archive.services.search"):
        result = search(fresh, "شهردار")
    assert result.total == 300 and len(result.hits) == 20
    assert caplog.records and "rebuilding" in caplog.records[0].getMessage()
    fresh.close()
