"""A server archive's change log is pruned up to what the slowest desk seen lately has applied (issue #11):
each desk (a cache folder) records its progress on the server; a desk gone longer than the window no
longer holds the log back, and when it comes back it rebuilds its cache from the records."""

from __future__ import annotations

import json

import psycopg
import pytest

from conftest import run_cli
from press_archive.services import indexing


def _rows(url: str, sql: str) -> list[tuple]:
    with psycopg.connect(url) as conn:
        return conn.execute(sql).fetchall()


def _seqs(url: str) -> list[int]:
    return [seq for (seq,) in _rows(url, "SELECT seq FROM change_log ORDER BY seq")]


def _import(url: str, desk, tmp_path, *refs: str) -> None:
    f = tmp_path / f"{refs[0]}.jsonl"
    f.write_text("".join(json.dumps({"ref": ref, "title": f"گزارش جلسه {ref}", "date": "1402/04/01"},
                                    ensure_ascii=False) + "\n" for ref in refs), encoding="utf-8")
    code, _, err = run_cli("--cache", str(desk), "import", "news", str(f), archive=url)
    assert code == 0, err


def _found(url: str, desk) -> list[str]:
    code, out, err = run_cli("--cache", str(desk), "search", "جلسه", "--json", "--limit", "50", archive=url)
    assert code == 0, err
    return sorted(h["ref"] for h in json.loads(out)["hits"])


@pytest.fixture
def small_batches(monkeypatch):
    monkeypatch.setattr(indexing, "PRUNE_BATCH", 1)  # prune at every command, not once 2,000 changes can go


def test_the_log_keeps_what_a_desk_behind_needs_and_is_pruned_once_it_caught_up(server_url, tmp_path,
                                                                                small_batches):
    desk_a, desk_b = tmp_path / "desk-a", tmp_path / "desk-b"
    _import(server_url, desk_a, tmp_path, "n1")
    assert _found(server_url, desk_b) == ["n1"]  # both desks have applied change 1
    _import(server_url, desk_a, tmp_path, "n2", "n3", "n4")  # desk b is away
    # Desk a has applied 4, desk b only 1: what b still needs (2 to 4) stays.
    assert _seqs(server_url) == [2, 3, 4]
    assert _found(server_url, desk_b) == ["n1", "n2", "n3", "n4"]
    # Both at 4: the log keeps only its newest change (it carries the log's last number).
    assert _seqs(server_url) == [4]
    assert sorted(_rows(server_url, "SELECT applied FROM desks")) == [(4,), (4,)]
    code, out, err = run_cli("--cache", str(desk_b), "check", archive=server_url)
    assert code == 0 and "archive is clean" in out, out + err


def test_a_desk_gone_past_the_window_no_longer_holds_the_log_and_rebuilds_when_back(server_url, tmp_path,
                                                                                   small_batches):
    from photo_factory import make_jpeg

    desk_a, desk_b = tmp_path / "desk-a", tmp_path / "desk-b"
    _import(server_url, desk_a, tmp_path, "n1", "n2")
    assert _found(server_url, desk_b) == ["n1", "n2"]
    assert run_cli("--cache", str(desk_b), "check", archive=server_url)[0] == 0  # its thumbnails too
    _import(server_url, desk_a, tmp_path, "n3")
    assert _seqs(server_url) == [3]  # desk a at 3, desk b at 2: 1 and 2 went
    # Desk b was last seen 91 days ago: it no longer holds the log back.
    desk_b_id = (desk_b / "desk.id").read_text().strip()
    with psycopg.connect(server_url, autocommit=True) as conn:
        conn.execute("UPDATE desks SET seen_at = seen_at - interval '91 days' WHERE id = %s", [desk_b_id])
    assert run_cli("--cache", str(desk_a), "delete", "news", "n1", archive=server_url)[0] == 0
    shoot = tmp_path / "shoot"
    shoot.mkdir()
    for i in range(2):
        make_jpeg(shoot / f"p{i}.jpg", seed=i)
    assert run_cli("--cache", str(desk_a), "import", "photos", str(shoot), "--title", "بازدید",
                   archive=server_url)[0] == 0
    _import(server_url, desk_a, tmp_path, "n4", "n5")
    last = _seqs(server_url)
    assert len(last) == 1 and last[0] > 6  # every change desk b never applied is gone but the newest
    # Back after the window: b's cache cannot follow the log (it misses n1's deletion, the photos, n3 to n5),
    # so its index and thumbnails are rebuilt from the records and it finds exactly what the archive holds.
    assert _found(server_url, desk_b) == ["n2", "n3", "n4", "n5"]
    code, out, err = run_cli("--cache", str(desk_b), "check", archive=server_url)
    assert code == 0 and "archive is clean" in out, out + err
    assert len(list((desk_b / "thumbnails").rglob("*.jpg"))) == 4  # 256 and 1024 px of each new photo
    assert _rows(server_url, f"SELECT applied FROM desks WHERE id = '{desk_b_id}'") == [(last[0],)]


def test_every_role_records_its_desk_and_none_writes_the_table_directly(server_url, pg_cluster, tmp_path):
    """A manager reads only, yet its desk follows the log: its progress must count, or it would be pruned
    past at every command. The table itself is written only through desk_applied."""
    dbname = server_url.rsplit("/", 1)[1]
    name = f"{dbname}_manager"
    assert run_cli("users", "add", name, "--role", "manager", "--password", "pw-m", archive=server_url)[0] == 0
    _import(server_url, tmp_path / "desk-a", tmp_path, "n1", "n2")
    manager = pg_cluster.url(dbname, name, "pw-m")
    assert _found(manager, tmp_path / "desk-m") == ["n1", "n2"]
    assert _rows(server_url, f"SELECT applied FROM desks WHERE login = '{name}'") == [(2,)]
    for sql in ("UPDATE desks SET applied = 0", "DELETE FROM change_log",
                "INSERT INTO desks VALUES ('x', 'y', 0, now())"):
        refused = pg_cluster.psql(dbname, sql, user=name, password="pw-m")
        assert refused.returncode != 0 and "permission denied" in refused.stderr, sql
