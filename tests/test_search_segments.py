"""The fast segment writer of rebuilds writes what Whoosh's own writer writes.

One corpus (Persian news with particles and compounds, English, Arabic, photos with only a
photographer, numbers and dates) is indexed twice: by Whoosh's ``SegmentWriter`` and by our
``SegmentBuilder``. Every term of every field must have the same postings (documents, weights,
positions), the same statistics, and every document the same stored fields, lengths and columns.
"""

from __future__ import annotations

import os
import random
import subprocess
import sys
import time
from pathlib import Path

import pytest
from whoosh import index as windex
from whoosh.filedb.filestore import FileStorage

from press_archive.search import whoosh_io as wio
from press_archive.search.documents import to_fields
from press_archive.search.index import INDEX_NAME, SearchIndex
from press_archive.search.schema import make_schema
from press_archive.search.segments import SegmentBuilder, build_segments

WORDS = ["شهرداری", "نشست", "خبری", "بین‌المللی", "بینالمللی", "می‌شود", "میشود", "می شود", "کتاب‌ها",
         "کتابهای", "رئیس", "مسئول", "هیئت", "ایران", "تهران", "۱۴۰۲", "1402", "مراسم", "افتتاح", "پل",
         "خبرنگاران", "press", "conferences", "running", "المدينة", "مؤتمر", "كتاب", "يوم", "کِتابِ",
         "ـــتهران", "پروژه‌های", "عمرانی", "ترافیک", "فضای", "سبز", "خانه‌ی", "هنرمندان"]


def corpus(n: int, seed: int = 3) -> list[dict]:
    rng = random.Random(seed)
    docs = []
    for i in range(1, n + 1):
        kind = ("news", "event", "photo", "interview", "production")[i % 5]
        words = [rng.choice(WORDS[: 8 + i % len(WORDS)]) for _ in range(rng.randrange(0, 60))]
        doc = {"uid": f"{kind}:{i}", "type": kind, "id": i, "ref": f"r-{i}" if i % 3 else None,
               "title": " ".join(rng.sample(WORDS, 4)), "text": " ".join(words),
               "date_iso": f"20{10 + i % 14}-0{1 + i % 9}-1{i % 10}" if i % 7 else "",
               "tags": rng.sample(WORDS, i % 4), "category": rng.choice(["اجتماعی", "فرهنگی", ""]),
               "language": ("fa", "en", "ar")[i % 3]}
        if kind == "photo":
            doc.update(text="", photographer="علی رضایی", place="تهران" if i % 2 else "")
        if kind == "event":
            doc.update(speakers=["شهردار تهران", "رئیس شورا"], outlets=["ایرنا", "ایسنا"], kind="press_conference")
        docs.append(to_fields(doc))
    return docs


def _postings(reader, field: str, tbytes: bytes):
    m = reader._terms.matcher(field, tbytes, reader.schema[field].format)
    out = []
    while m.is_active():
        out.append((m.id(), m.weight(), m.value()))
        m.next()
    return out


def _describe(folder, names) -> dict:
    ix = windex.open_dir(str(folder), indexname=INDEX_NAME)
    try:
        with ix.searcher() as s:
            leaves = [leaf for leaf, _ in s.reader().leaf_readers()]
            leaf = [x for x in leaves if x.doc_count_all() > 1][0]
            out = {"docs": leaf.doc_count_all()}
            for field in names:
                for tbytes in leaf.lexicon(field):
                    info = leaf.term_info(field, tbytes)
                    out[(field, tbytes)] = (
                        _postings(leaf, field, tbytes), info.weight(), info.doc_frequency(),
                        info.min_length(), info.max_length(), info.max_weight(), info.min_id(), info.max_id())
                out[("total_length", field)] = leaf.field_length(field)
            for d in range(leaf.doc_count_all()):
                out[("stored", d)] = leaf.stored_fields(d)
                out[("lengths", d)] = tuple(leaf.doc_field_length(d, f) for f in names)
                out[("columns", d)] = (leaf.column_reader("uid")[d], leaf.column_reader("stamp")[d])
            return out
    finally:
        ix.close()


def test_builder_writes_the_same_postings_statistics_and_stored_fields_as_whoosh(tmp_path):
    from press_archive.search.index import _with_lead

    docs = corpus(400)
    schema = make_schema()
    indexed = [name for name, f in schema.items() if f.indexed]

    by_whoosh = tmp_path / "whoosh"
    by_whoosh.mkdir()
    ix = FileStorage(str(by_whoosh)).create_index(schema, indexname=INDEX_NAME)
    w = ix.writer(compound=False)
    for f in docs:
        w.add_document(**_with_lead(dict(f)))  # as SearchIndex.apply writes an edited record
    w.commit()
    ix.close()

    by_builder = tmp_path / "builder"
    by_builder.mkdir()
    ix = FileStorage(str(by_builder)).create_index(schema, indexname=INDEX_NAME)
    builder = SegmentBuilder(ix.storage, INDEX_NAME, ix.schema)
    for f in docs:
        builder.add(f)
    segment = builder.finish()
    w = ix.writer()
    w._commit_toc([segment])
    w._finish()
    ix.close()

    expected, actual = _describe(by_whoosh, indexed), _describe(by_builder, indexed)
    assert expected["docs"] == actual["docs"] == 400
    # the corpus has terms in more than one block (128 postings) and terms in one document only
    content = [k for k in expected if k[0] == "content"]
    assert max(len(expected[k][0]) for k in content) > 128
    assert any(len(expected[k][0]) == 1 for k in content)
    assert expected.keys() == actual.keys()
    for key in expected:
        assert actual[key] == expected[key], key


@pytest.mark.parametrize("procs", [1, 2])
def test_a_rebuild_in_several_segments_and_processes_finds_what_one_segment_finds(tmp_path, procs, monkeypatch):
    import press_archive.search.segments as segments_module

    monkeypatch.setattr(segments_module, "SEGMENT_DOCS", 150)  # several segments, several tasks
    docs = corpus(700)
    raw = [{"uid": f["uid"], "type": f["type"], "id": f["rid"], "title": f["title"],
            "text": f["content"], "date_iso": f["date_iso"]} for f in docs]
    index = SearchIndex(tmp_path / "index")
    assert index.rebuild(iter(raw), seq=7, procs=procs)
    assert index.applied_seq() == 7
    assert index.doc_count() == 700 and index.is_healthy()
    reader_segments = index._current_searcher().reader().leaf_readers()
    # 700 = 4 x 150 + 100, and the meta document (the first, empty one is dropped)
    assert len(list(reader_segments)) == 6
    by_whoosh = SearchIndex(tmp_path / "whoosh")
    by_whoosh.apply(raw, [], 7)  # Whoosh's own writer, one segment
    for query in ("بین‌المللی", "می شود", '"نشست خبری"', "رئیس OR كتاب", "تهران -پل", "title:مراسم", "running"):
        # unexpanded: the words the best matches share are chosen by their rarity in the biggest segment
        expected = by_whoosh.search(query, limit=1000, expand=False)
        actual = index.search(query, limit=1000, expand=False)
        assert expected.total > 0, query
        assert ({h.uid: round(h.score, 4) for h in actual.hits}
                == {h.uid: round(h.score, 4) for h in expected.hits}), query
        assert {h.uid for h in index.search(query, limit=1000).hits} == {h.uid for h in expected.hits}
    # a single document changed afterwards replaces its old version in a built segment
    changed = dict(raw[10], text="واژه‌ای تازه")
    index.apply([changed], [], 8)
    assert index.doc_count() == 700
    assert [h.uid for h in index.search("واژه‌ای تازه").hits] == [changed["uid"]]


def test_cancelled_builds_return_none(tmp_path):
    schema = make_schema()
    FileStorage(str(tmp_path)).create_index(schema, indexname=INDEX_NAME)
    chunks = [corpus(20)[:10], corpus(20)[10:]]
    assert build_segments(tmp_path, INDEX_NAME, schema, iter(chunks), 1, cancelled=lambda: True) is None


_ENDLESS_REBUILD = """
import sys
import press_archive.search.segments as segments_module
from press_archive.search.index import SearchIndex

def docs():
    i = 0
    while True:
        i += 1
        yield {"uid": f"news:{i}", "type": "news", "id": i, "title": "نشست", "text": "نشست خبری شهردار " * 100,
               "date_iso": "2020-01-01"}

if __name__ == "__main__":
    segments_module.SEGMENT_DOCS = 50
    SearchIndex(sys.argv[1]).rebuild(docs(), 1, procs=2)
"""


def _processes_with(marker: str) -> set[int]:
    found = set()
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                if marker.encode() in (entry / "environ").read_bytes():
                    found.add(int(entry.name))
            except OSError:
                pass
    return found


@pytest.mark.skipif(not Path("/proc/self/environ").exists(), reason="finds the workers through /proc")
def test_rebuild_workers_leave_when_the_rebuilding_process_is_killed(tmp_path):
    script = tmp_path / "endless_rebuild.py"
    script.write_text(_ENDLESS_REBUILD, encoding="utf-8")
    marker = f"PRESS_ARCHIVE_TEST_REBUILD_{os.getpid()}_{time.time_ns()}"
    proc = subprocess.Popen([sys.executable, str(script), str(tmp_path / "index")],
                            env={**os.environ, marker: "1"}, cwd=Path(__file__).resolve().parents[1])
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and len(_processes_with(marker) - {proc.pid}) < 2:
            time.sleep(0.2)
        workers = _processes_with(marker) - {proc.pid}
        assert len(workers) >= 2, "the rebuild never started its workers"
    finally:
        proc.kill()
        proc.wait()
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline and _processes_with(marker) & workers:
        time.sleep(0.2)
    assert not _processes_with(marker) & workers


def test_phrases_and_columns_read_fast_agree_with_whoosh_over_many_segments(tmp_path, monkeypatch):
    """The engine's phrase evaluation and its whole-column reads against Whoosh's own, on a rebuilt
    index of several segments with some documents deleted afterwards."""
    import gc

    from whoosh import query as wq

    import press_archive.search.segments as segments_module

    monkeypatch.setattr(segments_module, "SEGMENT_DOCS", 120)
    docs = corpus(600, seed=11)
    raw = [{"uid": f["uid"], "type": f["type"], "id": f["rid"], "title": f["title"], "text": f["content"],
            "date_iso": f["date_iso"]} for f in docs]
    index = SearchIndex(tmp_path / "index")
    index.rebuild(iter(raw), seq=1, procs=1)
    index.apply([], [d["uid"] for d in raw[::37]], 2)  # deletions inside the built segments
    assert gc.isenabled()
    index.search('"نشست خبری"')
    assert gc.isenabled()  # the collector is paused during a query only
    engine = index._engine
    searcher = index._current_searcher()
    phrases = [["نشست", "خبری"], ["بینالمللی", "میشود"], ["رییس", "مسوول", "هیات"], ["شهرداری", "نشست"],
               ["ایران", "تهران", "1402"], ["press", "confer"], ["کتاب", "کتاب"]]
    checked = 0
    for words in phrases:
        q = wq.Phrase("content", words)
        expected = {d for d in q.docs(searcher)} - engine.deleted
        assert engine.phrase_docs("content", words) == expected, words
        checked += bool(expected)
    assert checked >= 4  # the phrases do occur
    reader = searcher.reader()
    stamps = engine.column("stamp")
    lengths = engine.column("len:content")
    for leaf, off in reader.leaf_readers():
        col = leaf.column_reader("stamp")
        for d in range(leaf.doc_count_all()):
            # the engine keeps the stored length byte; Whoosh decodes the same byte
            assert wio.LENGTH_OF_BYTE[lengths[off + d]] == (leaf.doc_field_length(d, "content") or 0)
            raw_stamp = col[d]
            assert stamps[off + d] == (raw_stamp if 0 <= raw_stamp < 2**62 else 0)


def test_a_cancelled_rebuild_in_processes_keeps_the_current_index(tmp_path, monkeypatch):
    import press_archive.search.segments as segments_module

    monkeypatch.setattr(segments_module, "SEGMENT_DOCS", 100)
    index = SearchIndex(tmp_path / "index")
    index.apply([{"uid": "news:1", "type": "news", "id": 1, "title": "موجود", "text": "", "date_iso": "2020-01-01"}],
                [], 3)
    raw = [{"uid": f["uid"], "type": f["type"], "id": f["rid"], "title": f["title"], "text": f["content"],
            "date_iso": f["date_iso"]} for f in corpus(1000)]
    calls = []

    def cancelled():
        calls.append(1)
        return len(calls) > 4  # after a few chunks went to the workers

    assert index.rebuild(iter(raw), 9, cancelled=cancelled, procs=2) is False
    assert index.applied_seq() == 3
    assert [h.uid for h in index.search("موجود").hits] == ["news:1"]
    assert not (tmp_path / "index.new").exists()


def test_segments_are_cut_by_text_as_well_as_by_count(monkeypatch):
    """A worker's memory grows with a segment's text: long items make fewer per segment, short ones
    (photos) many more, so that neither memory nor the number of segments runs away."""
    from press_archive.search import segments as segments_module
    from press_archive.search.segments import segment_chunks

    monkeypatch.setattr(segments_module, "SEGMENT_DOCS", 100)
    monkeypatch.setattr(segments_module, "SEGMENT_CHARS", 1_000)
    long_items = [{"uid": f"news:{i}", "content": "x" * 300} for i in range(10)]
    assert [len(c) for c in segment_chunks(long_items)] == [4, 4, 2]
    short_items = [{"uid": f"photo:{i}", "content": "y"} for i in range(250)]
    assert [len(c) for c in segment_chunks(short_items)] == [100, 100, 50]
    assert list(segment_chunks([])) == []


def test_a_rebuild_starts_no_more_workers_than_free_memory_holds(monkeypatch):
    """A worker holds a segment's postings (about 650 MB for news items): on a desk whose memory is
    mostly taken, fewer workers, never a machine pushed into swap."""
    from press_archive.search import segments as segments_module

    cores = max(1, min(4, os.cpu_count() or 1))
    monkeypatch.setattr(segments_module, "_available_memory", lambda: 1_500_000_000)
    assert segments_module.default_procs() == 1
    monkeypatch.setattr(segments_module, "_available_memory", lambda: 100_000_000)
    assert segments_module.default_procs() == 1  # one always
    monkeypatch.setattr(segments_module, "_available_memory", lambda: 64_000_000_000)
    assert segments_module.default_procs() == cores
    monkeypatch.setattr(segments_module, "_available_memory", lambda: None)
    assert segments_module.default_procs() == cores
    monkeypatch.undo()
    assert segments_module._available_memory() > 0  # this machine says
