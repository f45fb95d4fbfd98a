"""A large backlog of changes (another desk's big import) reaches the index by the fast paths: new segments
written beside the index's own by the parallel segment writer, or a rebuild when the backlog is most of the
archive. Checked against the reference, Whoosh's own writer applying the same changes batch by batch."""

from __future__ import annotations

import shutil

import pytest

from press_archive.services import indexing, records
from press_archive.services.archive import Archive
from press_archive.services.indexing import index_problems, sync_index

QUERIES = ("خبر", "شهردار", '"بودجه شهر"', "title:گزارش", "-خبر بودجه", "tag:ویژه")


def _add(archive, start: int, n: int) -> None:
    from press_archive.storage.database import write_transaction

    with write_transaction(archive.db):
        for i in range(start, start + n):
            records.add_record(archive, "news", {
                "ref": f"n{i}", "title": f"خبر {i} " + ("گزارش شهردار" if i % 3 == 0 else "بودجه شهر"),
                "date": "1402/05/%02d" % (1 + i % 28), "body": "متن " * (i % 7) + ("ویژه " if i % 5 == 0 else ""),
                "tags": ["ویژه"] if i % 4 == 0 else []})


def _answers(archive) -> dict:
    index = archive.index
    # What each query finds. Not the scores: the statistics they rest on count a replaced document's old
    # postings until its segment is merged, and Whoosh's writer merges small segments as it goes.
    return {q: sorted(h.uid for h in index.search(q, limit=1000, facets=False).hits)
            for q in QUERIES} | {"uids": sorted(index.uids()), "seq": index.applied_seq()}


@pytest.fixture
def two_desks(archive, tmp_path):
    """One archive with an index of 300 news, then a backlog: 400 new, 60 edited, 20 deleted; and a copy."""
    _add(archive, 0, 300)
    sync_index(archive)
    _add(archive, 300, 400)
    for i in range(0, 60):
        records.edit_record(archive, "news", i + 1, {"title": f"ویرایش شده {i} گزارش"})
    for i in range(100, 120):
        records.delete_record(archive, "news", i + 1)
    archive.close()
    shutil.copytree(tmp_path / "archive", tmp_path / "reference")
    return tmp_path / "archive", tmp_path / "reference"


def test_a_large_backlog_written_as_new_segments_answers_as_whooshs_writer_does(two_desks, monkeypatch):
    fast, reference = two_desks
    with Archive(reference) as ref:
        sync_index(ref)  # the reference: Whoosh's writer, 2,000 changes a commit
        expected = _answers(ref)
    monkeypatch.setattr(indexing, "APPEND_MIN", 100)
    monkeypatch.setattr(indexing, "APPEND_BATCH", 150)  # several appending commits, each its own segments
    with Archive(fast) as archive:
        before = archive.index.doc_count()
        assert sync_index(archive) == 480 and before == 300
        assert _answers(archive) == expected
        assert index_problems(archive) == []


def test_a_backlog_bigger_than_the_index_is_rebuilt(two_desks, monkeypatch):
    fast, reference = two_desks
    with Archive(reference) as ref:
        sync_index(ref)
        expected = _answers(ref)
    monkeypatch.setattr(indexing, "REBUILD_MIN", 100)  # the 480 changes outnumber the 300 records indexed
    with Archive(fast) as archive:
        folder = archive.index.folder
        first_file = sorted(p.name for p in folder.iterdir())
        sync_index(archive)
        assert _answers(archive) == expected
        assert not set(first_file) & {p.name for p in folder.iterdir() if p.suffix == ".seg"}  # all new
        assert index_problems(archive) == []


def test_a_cancelled_catch_up_keeps_every_change_it_did_not_apply(two_desks, monkeypatch):
    """Closing the window during a big catch-up: what was not written to the index stays in the outbox, so
    the next catch-up still brings every record (pruning up to the batch read, not the batch applied, lost them)."""
    fast, reference = two_desks
    with Archive(reference) as ref:
        sync_index(ref)
        expected = _answers(ref)
    monkeypatch.setattr(indexing, "APPEND_MIN", 100)
    monkeypatch.setattr(indexing, "APPEND_BATCH", 150)
    monkeypatch.setattr(indexing, "PRUNE_KEEP", 0)  # prune all the index has applied, at once
    monkeypatch.setattr(indexing, "PRUNE_BATCH", 1)
    with Archive(fast) as archive:
        assert sync_index(archive, cancelled=lambda: True) == 0
        sync_index(archive)
        assert _answers(archive) == expected
        assert index_problems(archive) == []
