"""The index on disk: apply, rebuild, the applied sequence number, health checks."""

from __future__ import annotations

import json
import threading

import pytest

from press_archive.search.documents import DocumentError
from press_archive.search.index import SearchIndex


def doc(uid: str, text: str = "", title: str = "", **kw) -> dict:
    type_, rid = uid.split(":")
    return {"uid": uid, "type": type_, "id": int(rid), "title": title, "text": text,
            "date_iso": kw.pop("date_iso", "2016-03-19"), **kw}


@pytest.fixture
def folder(tmp_path):
    return tmp_path / "archive" / "index"


def uids_of(result):
    return {h.uid for h in result.hits}


def test_new_index_is_empty_and_seq_zero(folder):
    index = SearchIndex(folder)
    assert not index.exists()
    assert not index.is_healthy()
    assert index.applied_seq() == 0
    assert index.search("شهرداری").total == 0
    assert index.exists() and index.is_healthy()
    assert index.doc_count() == 0 and index.uids() == set()


def test_apply_adds_replaces_and_deletes_in_one_commit(folder):
    index = SearchIndex(folder)
    index.apply([doc("news:1", "نشست خبری شهردار"), doc("event:1", "مراسم افتتاح پل"),
                 doc("photo:7", "", title="عکس", photographer="علی رضایی")], [], 5)
    assert index.applied_seq() == 5
    assert index.uids() == {"news:1", "event:1", "photo:7"}
    assert index.doc_count() == 3

    index.apply([doc("news:1", "کارگاه آموزشی خبرنگاران")], ["event:1"], 9)
    assert index.applied_seq() == 9
    assert index.uids() == {"news:1", "photo:7"}
    assert index.doc_count() == 3 - 1
    assert index.search("نشست").total == 0  # the old text is gone: replaced, not added twice
    assert uids_of(index.search("کارگاه")) == {"news:1"}
    assert index.search("افتتاح").total == 0


def test_the_same_uid_twice_in_one_batch_is_indexed_once(folder):
    index = SearchIndex(folder)
    index.apply([doc("news:1", "نسخه اول"), doc("news:1", "نسخه دوم")], [], 1)
    assert index.doc_count() == 1
    assert uids_of(index.search("دوم")) == {"news:1"}
    assert index.search("اول").total == 0


def test_a_bad_document_changes_nothing(folder):
    index = SearchIndex(folder)
    index.apply([doc("news:1", "متن")], [], 3)
    with pytest.raises(DocumentError):
        index.apply([doc("news:2", "دیگر"), {"uid": "x:1", "type": "unknown", "id": 1}], [], 4)
    with pytest.raises(DocumentError):
        index.apply([doc("news:3", "دیگر", date_iso="1394/12/29")], [], 4)
    assert index.applied_seq() == 3
    assert index.uids() == {"news:1"}


def test_changes_are_visible_to_the_next_search_and_to_another_instance(folder):
    index = SearchIndex(folder)
    other = SearchIndex(folder)
    assert other.search("خبرنگاران").total == 0  # opens a searcher before the change
    index.apply([doc("news:1", "خبرنگاران")], [], 1)
    assert index.search("خبرنگاران").total == 1
    assert other.search("خبرنگاران").total == 1
    assert other.applied_seq() == 1


def test_the_meta_document_is_never_a_hit(folder):
    index = SearchIndex(folder)
    index.apply([doc("news:1", "متن")], [], 2)
    result = index.search("")
    assert result.total == 1 and [h.uid for h in result.hits] == ["news:1"]
    assert index.search("-متن").total == 0
    assert "__meta__" not in index.uids()


def test_rebuild_replaces_everything_and_records_seq(folder):
    index = SearchIndex(folder)
    index.apply([doc("news:1", "قدیمی")], [], 3)
    seen = []
    docs = [doc(f"news:{i}", f"خبر شماره {i} درباره نوروز") for i in range(1, 1201)]
    docs.append(doc("news:5", "نسخه تازه خبر پنج"))  # a uid again: the last one wins
    assert index.rebuild(iter(docs), 42, progress=seen.append) is True
    assert index.applied_seq() == 42
    assert index.doc_count() == 1200
    assert index.search("قدیمی").total == 0
    assert index.search("نوروز").total == 1199
    assert uids_of(index.search("تازه")) == {"news:5"}
    assert seen and seen[-1] == 1201 and seen == sorted(seen)
    assert index.is_healthy()
    assert not (folder.parent / "index.new").exists() and not (folder.parent / "index.old").exists()


def test_rebuild_skips_unusable_documents(folder):
    index = SearchIndex(folder)
    assert index.rebuild([doc("news:1", "خوب"), {"uid": "", "type": "news", "id": 1}, {"type": "news"}], 1)
    assert index.uids() == {"news:1"}


def test_cancelled_rebuild_keeps_the_current_index(folder):
    index = SearchIndex(folder)
    index.apply([doc("news:1", "موجود")], [], 7)
    calls = []

    def cancelled():
        calls.append(1)
        return len(calls) > 2

    docs = (doc(f"news:{i}", "تازه") for i in range(1, 1000))
    assert index.rebuild(docs, 99, cancelled=cancelled) is False
    assert index.applied_seq() == 7
    assert uids_of(index.search("موجود")) == {"news:1"}
    assert not (folder.parent / "index.new").exists()


def test_failing_document_source_keeps_the_current_index(folder):
    index = SearchIndex(folder)
    index.apply([doc("news:1", "موجود")], [], 7)

    def docs():
        yield doc("news:2", "تازه")
        raise RuntimeError("database went away")

    with pytest.raises(RuntimeError):
        index.rebuild(docs(), 8)
    assert index.applied_seq() == 7 and index.uids() == {"news:1"}
    assert not (folder.parent / "index.new").exists()


def test_rebuild_with_two_processes(folder):
    index = SearchIndex(folder)
    docs = [doc(f"news:{i}", f"خبر {i} همایش") for i in range(1, 400)]
    assert index.rebuild(docs, 5, procs=2)
    assert index.doc_count() == 399 and index.search("همایش").total == 399 and index.applied_seq() == 5


def test_index_survives_reopening(folder):
    SearchIndex(folder).apply([doc("news:1", "ماندگار")], [], 11)
    again = SearchIndex(folder)
    assert again.is_healthy() and again.applied_seq() == 11
    assert uids_of(again.search("ماندگار")) == {"news:1"}


# --- health ---------------------------------------------------------------------------------------------

@pytest.fixture
def built(folder):
    index = SearchIndex(folder)
    index.apply([doc(f"news:{i}", f"متن خبر {i} درباره شهرداری") for i in range(1, 300)], [], 1)
    index.apply([doc("news:900", "دومین بخش")], [], 2)
    index.close()
    return folder


def segment_files(folder):
    """The files of the index's segments (each segment is several files), smallest first."""
    files = sorted((p for p in folder.glob("MAIN_*") if not p.name.endswith("LOCK")), key=lambda p: p.stat().st_size)
    assert len(files) >= 4
    return files


def test_healthy_index(built):
    assert SearchIndex(built).is_healthy()


@pytest.mark.parametrize("which", [0, 1, -2, -1])
def test_deleted_segment_is_detected(built, which):
    segment_files(built)[which].unlink()
    assert not SearchIndex(built).is_healthy()


@pytest.mark.parametrize("which", [0, 1, -2, -1])
@pytest.mark.parametrize("keep", [0.0, 0.5, 0.99])
def test_truncated_segment_is_detected(built, which, keep):
    seg = segment_files(built)[which]
    data = seg.read_bytes()
    seg.write_bytes(data[: int(len(data) * keep)])
    assert not SearchIndex(built).is_healthy()


def test_missing_or_garbled_table_of_contents_is_detected(built):
    toc = next(built.glob("_MAIN_*.toc"))
    toc.write_bytes(b"\x00garbage")
    assert not SearchIndex(built).is_healthy()
    toc.unlink()
    assert not SearchIndex(built).is_healthy()


def test_analyzer_version_mismatch_is_detected(built):
    path = built / "index.json"
    versions = json.loads(path.read_text())
    versions["analyzer_version"] -= 1
    path.write_text(json.dumps(versions))
    assert not SearchIndex(built).is_healthy()
    path.unlink()
    assert not SearchIndex(built).is_healthy()


def test_torn_index_without_a_file_list_is_still_detected(built):
    """An index whose file list is missing (written by a crashed writer, say) gets a deeper reading."""
    path = built / "index.json"
    manifest = json.loads(path.read_text())
    del manifest["files"]
    path.write_text(json.dumps(manifest))
    assert SearchIndex(built).is_healthy()  # and the list is written again
    assert "files" in json.loads(path.read_text())
    manifest = json.loads(path.read_text())
    del manifest["files"]
    path.write_text(json.dumps(manifest))
    postings = max(built.glob("MAIN_*.pst"), key=lambda p: p.stat().st_size)
    postings.write_bytes(postings.read_bytes()[: postings.stat().st_size // 2])
    assert not SearchIndex(built).is_healthy()


def test_a_change_after_a_positive_check_is_seen(built):
    index = SearchIndex(built)
    assert index.is_healthy()
    seg = segment_files(built)[-1]
    seg.write_bytes(seg.read_bytes()[:100])
    assert not index.is_healthy()


def test_unhealthy_index_is_repaired_by_rebuild(built):
    segment_files(built)[-1].unlink()
    index = SearchIndex(built)
    assert not index.is_healthy()
    index.rebuild([doc("news:1", "از نو")], 3)
    assert index.is_healthy() and index.applied_seq() == 3 and index.uids() == {"news:1"}


def test_concurrent_searches_while_applying(folder):
    index = SearchIndex(folder)
    index.apply([doc("news:1", "آغاز")], [], 1)
    errors = []

    def reader():
        try:
            for _ in range(30):
                index.search("آغاز")
        except Exception as e:  # pragma: no cover - reported below
            errors.append(e)

    threads = [threading.Thread(target=reader) for _ in range(3)]
    for t in threads:
        t.start()
    for seq in range(2, 12):
        index.apply([doc(f"news:{seq}", "آغاز دوباره")], [], seq)
    for t in threads:
        t.join()
    assert not errors
    assert index.applied_seq() == 11 and index.search("آغاز").total == 11


def test_many_segments_give_the_same_answers(folder, monkeypatch):
    """A rebuild writes several segments; searches, phrases, facets, dates and deletions span them."""
    import press_archive.search.segments as segments_module

    monkeypatch.setattr(segments_module, "SEGMENT_DOCS", 40)
    docs = [doc(f"news:{i}", ("نشست خبری شهردار" if i % 7 == 0 else "خبر شهری") + f" شماره {i}",
                date_iso=f"2016-{1 + i % 12:02d}-{1 + i % 28:02d}", category="الف" if i % 2 else "ب",
                tags=["نوروز"] if i % 3 == 0 else [])
            for i in range(1, 201)]
    index = SearchIndex(folder)
    index.rebuild(docs, 10)
    assert len({p.name.split(".")[0] for p in folder.glob("MAIN_*.*")}) >= 5
    want = {f"news:{i}" for i in range(1, 201) if i % 7 == 0}
    r = index.search('"نشست خبری"', limit=100)
    assert r.total == len(want) and uids_of(r) == want
    assert dict(r.facets["category"]) == {"الف": sum(1 for i in want if int(i[5:]) % 2),
                                          "ب": sum(1 for i in want if int(i[5:]) % 2 == 0)}
    dated = index.search("خبر", sort="date", limit=200).hits
    assert [h.date_iso for h in dated] == sorted((h.date_iso for h in dated), reverse=True)
    # delete and replace documents that live in the oldest segments
    index.apply([doc("news:7", "دیگر هیچ")], ["news:14", "news:21"], 11)
    r = index.search('"نشست خبری"', limit=100)
    assert uids_of(r) == want - {"news:7", "news:14", "news:21"}
    assert dict(index.search("نوروز").facets["type"]) == {"news": len([i for i in range(1, 201) if i % 3 == 0]) - 1}
    assert index.search("هیچ").total == 1 and index.doc_count() == 198


def test_undated_records_come_last_by_date(folder):
    index = SearchIndex(folder)
    index.apply([doc("production:1", "برنامه", date_iso=""), doc("news:2", "برنامه", date_iso="2016-01-01"),
                 doc("news:3", "برنامه", date_iso="2017-01-01")], [], 1)
    assert [h.uid for h in index.search("برنامه", sort="date").hits] == ["news:3", "news:2", "production:1"]
    assert [h.uid for h in index.search("برنامه", date_to="2030-01-01").hits] != []
    assert "production:1" not in uids_of(index.search("برنامه", date_from="1900-01-01"))


def test_small_segments_are_merged_and_big_ones_kept(folder, monkeypatch):
    import press_archive.search.index as index_module
    import press_archive.search.segments as segments_module
    from whoosh import index as windex

    monkeypatch.setattr(segments_module, "SEGMENT_DOCS", 30)
    monkeypatch.setattr(index_module, "SMALL_SEGMENT_DOCS", 10)
    index = SearchIndex(folder)
    index.rebuild([doc(f"news:{i}", "بزرگ") for i in range(1, 301)], 1)

    def segment_sizes():
        ix = windex.open_dir(str(folder), indexname="MAIN")
        try:
            return sorted(s.doc_count_all() for s in ix._segments())
        finally:
            ix.close()

    big = [n for n in segment_sizes() if n >= 10]
    assert big == [30] * 10
    for seq in range(2, 2 + 3 * index_module.SMALL_SEGMENTS_TO_MERGE):
        index.apply([doc(f"event:{seq}", "کوچک")], [], seq)
        sizes = segment_sizes()
        assert len([n for n in sizes if n < 10]) <= index_module.SMALL_SEGMENTS_TO_MERGE  # bounded
        assert [n for n in sizes if n == 30] == big  # the rebuild's segments are never merged
    assert index.search("کوچک").total == 3 * index_module.SMALL_SEGMENTS_TO_MERGE
    assert index.search("بزرگ").total == 300 and index.is_healthy()
