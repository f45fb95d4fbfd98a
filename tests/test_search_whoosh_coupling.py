"""The engine's dependence on Whoosh internals fails loudly: another Whoosh version rebuilds the index,
a missing internal raises a plain error (never an empty result)."""

from __future__ import annotations

import json

import pytest

from press_archive.search import index as index_module
from press_archive.search import whoosh_io
from press_archive.search.index import SearchIndex


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
