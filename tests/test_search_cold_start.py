"""A search in a new process (a script's, a newly opened window's): what it must not redo, and what its
took_ms covers."""

from __future__ import annotations

import json

import pytest

from press_archive.search import index as index_module
from press_archive.search.index import SearchIndex
from tests.conftest import run_cli
from tests.test_search_whoosh_coupling import doc

ARCHIVE_BACKENDS = ("folder", "server")  # about behaviour: both kinds of archive


@pytest.fixture
def folder(tmp_path):
    folder = tmp_path / "index"
    index = SearchIndex(folder)
    index.rebuild([doc(i, "نشست خبری شهردار") for i in range(1, 50)], seq=1)
    index.close()
    return folder


def count_checks(monkeypatch) -> list:
    calls = []
    check = SearchIndex._check

    def counted(self):
        calls.append(self.folder)
        return check(self)

    monkeypatch.setattr(SearchIndex, "_check", counted)
    return calls


def test_a_new_process_trusts_files_another_found_healthy(folder, monkeypatch):
    calls = count_checks(monkeypatch)
    assert SearchIndex(folder).is_healthy()  # the rebuild itself vouched for its files
    assert SearchIndex(folder).is_healthy()
    assert calls == []


def test_a_changed_file_is_read_again(folder, monkeypatch):
    calls = count_checks(monkeypatch)
    segment = max(folder.glob("*.pst"), key=lambda p: p.stat().st_size)
    segment.write_bytes(segment.read_bytes()[:-10])
    assert not SearchIndex(folder).is_healthy()
    assert len(calls) == 1


def test_another_program_version_checks_again(folder, monkeypatch):
    calls = count_checks(monkeypatch)
    monkeypatch.setattr(index_module, "ANALYZER_VERSION", index_module.ANALYZER_VERSION + 1)
    assert not SearchIndex(folder).is_healthy()
    assert len(calls) == 1


def test_a_read_only_place_still_checks(folder, monkeypatch):
    calls = count_checks(monkeypatch)
    (folder.parent / "index.checked.json").unlink()
    monkeypatch.setattr(SearchIndex, "_checked_file", lambda self: folder.parent / "missing" / "x.json")
    assert SearchIndex(folder).is_healthy() and SearchIndex(folder).is_healthy()
    assert len(calls) == 2


def test_cli_json_took_ms_covers_opening_the_index_and_facets_are_asked_for(archive_dir, tmp_path):
    jsonl = tmp_path / "news.jsonl"
    jsonl.write_text("".join(json.dumps({"ref": f"r{i}", "title": f"نشست {i}", "date": "1395/01/01",
                                         "body": "نشست خبری شهردار", "category": "فرهنگی"}, ensure_ascii=False) + "\n"
                             for i in range(30)), encoding="utf-8")
    assert run_cli("import", "news", str(jsonl), archive=archive_dir)[0] == 0
    code, out, _ = run_cli("search", "شهردار", "--json", archive=archive_dir)
    first = json.loads(out)
    # the first search brings the index up to date (30 changes applied): that is part of its time
    assert code == 0 and first["total"] == 30 and first["took_ms"] > 0
    assert first["facets"] == {}
    code, out, _ = run_cli("search", "شهردار", "--json", "--facets", archive=archive_dir)
    assert dict(map(tuple, json.loads(out)["facets"]["category"])) == {"فرهنگی": 30}


def test_took_ms_is_the_whole_query_bringing_the_index_up_to_date_included(archive, monkeypatch):
    import time

    from press_archive.services import records
    from press_archive.services import search as search_service

    records.add_record(archive, "news", {"title": "نشست", "date": "1395/01/01", "body": "شهردار"})
    sync = search_service.sync_index

    def slow_sync(a):  # as a large backlog of changes would be
        time.sleep(0.3)
        return sync(a)

    monkeypatch.setattr(search_service, "sync_index", slow_sync)
    result = search_service.search(archive, "شهردار")
    assert result.total == 1 and result.took_ms >= 300


def test_a_search_process_does_not_import_asyncio():
    """Whoosh's `cached_property` dependency imported asyncio: half of a cold search's start."""
    import subprocess
    import sys

    code = ("import sys\nimport press_archive.search.index, press_archive.services.search\n"
            "from press_archive.search.index import SearchIndex\nprint('asyncio' in sys.modules)\n")
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert r.stdout.strip() == "False"
