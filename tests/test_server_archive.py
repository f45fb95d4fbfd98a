"""The shared office archive on a PostgreSQL server (CONTRACT.md, "The shared office archive"): what is
particular to the server. Behaviour common to both kinds of archive is in test_both_archives.py."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import psycopg
import pytest

from conftest import run_cli
from pg_cluster import SUPERUSER_PASSWORD
from press_archive.services import records
from press_archive.services.archive import Archive
from press_archive.storage import pg_schema
from press_archive.storage.database import write_transaction


def _rows(url: str, sql: str) -> list[tuple]:
    with psycopg.connect(url) as conn:
        return conn.execute(sql).fetchall()


def test_init_on_an_empty_database_creates_it_once_and_records_the_originals(pg_cluster, tmp_path):
    url = pg_cluster.url(pg_cluster.new_database())
    code, out, err = run_cli("init", "--originals", str(tmp_path / "share"), archive=url)
    assert code == 0, err
    assert "created archive" in out and SUPERUSER_PASSWORD not in out  # the password is never shown
    assert (tmp_path / "share" / "photos" / "originals").is_dir()
    assert _rows(url, "SELECT max(version) FROM press_archive_schema") == [(pg_schema.SCHEMA_VERSION,)]
    code, out, _ = run_cli("init", archive=url)
    assert code == 0 and "nothing changed" in out
    assert _rows(url, "SELECT value FROM settings WHERE key = 'originals_folder'") == [(str(tmp_path / "share"),)]


def test_a_database_without_an_archive_is_refused_and_left_alone(pg_cluster, tmp_path):
    url = pg_cluster.url(pg_cluster.new_database())
    for args in (["list", "news"], ["stats"], ["search", "x"], ["check"]):
        code, _, err = run_cli("--cache", str(tmp_path / "c"), *args, archive=url)
        assert code == 2, args
        assert "holds no press archive" in err and "Traceback" not in err
    assert _rows(url, "SELECT count(*) FROM pg_tables WHERE schemaname = 'public'") == [(0,)]
    code, _, err = run_cli("init", archive=url)
    assert code == 2 and "--originals" in err
    assert _rows(url, "SELECT count(*) FROM pg_tables WHERE schemaname = 'public'") == [(0,)]


def test_init_refuses_a_database_that_holds_other_tables(pg_cluster, tmp_path):
    url = pg_cluster.url(pg_cluster.new_database())
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute("CREATE TABLE payroll (id int)")
    code, _, err = run_cli("init", "--originals", str(tmp_path / "s"), archive=url)
    assert code == 2 and "other tables" in err


def test_counters_and_outbox_are_written_in_the_same_transaction_as_the_change(server_url):
    archive = Archive(server_url)
    try:
        records.add_record(archive, "news", {"title": "خبر", "date": "1402/01/05", "language": "fa"})
        assert _rows(server_url, "SELECT day, metric, n FROM day_counts ORDER BY metric") == [
            ("2023-03-25", "news", 1.0), ("2023-03-25", "news.lang.fa", 1.0)]
        assert _rows(server_url, "SELECT type, record_id FROM change_log") == [("news", 1)]
        with pytest.raises(RuntimeError):
            with write_transaction(archive.db):
                records.add_record(archive, "news", {"title": "نیمه‌کاره", "date": "1402/01/06"})
                raise RuntimeError("a failure half-way")
        # Rolled back whole: no record, no counter, no outbox row, no audit entry.
        assert _rows(server_url, "SELECT count(*) FROM news_items") == [(1,)]
        assert _rows(server_url, "SELECT sum(n) FROM day_counts WHERE metric = 'news'") == [(1.0,)]
        assert _rows(server_url, "SELECT count(*) FROM change_log") == [(1,)]
        assert _rows(server_url, "SELECT count(*) FROM audit_log") == [(1,)]
    finally:
        archive.close()


def test_the_audit_log_names_the_server_login_and_cannot_be_edited(server_url):
    archive = Archive(server_url, user="someone-else")
    try:
        records.add_record(archive, "news", {"title": "خبر", "date": "1402/01/05"})
    finally:
        archive.close()
    assert _rows(server_url, 'SELECT "user", action FROM audit_log') == [("postgres", "add")]
    assert _rows(server_url, "SELECT created_by FROM news_items") == [("postgres",)]
    with pytest.raises(psycopg.errors.RaiseException, match="append-only"):
        _rows(server_url, "UPDATE audit_log SET note = 'x'")


def test_a_desk_finds_another_desks_records_at_its_next_command(server_url, tmp_path):
    desk_a, desk_b = ["--cache", str(tmp_path / "desk-a")], ["--cache", str(tmp_path / "desk-b")]
    news = tmp_path / "news.jsonl"
    news.write_text(json.dumps({"ref": "n1", "title": "نشست خبری شهردار", "date": "1402/02/01"},
                               ensure_ascii=False) + "\n", encoding="utf-8")
    assert run_cli(*desk_b, "search", "شهردار", archive=server_url)[1].count("[news") == 0
    assert run_cli(*desk_a, "import", "news", str(news), archive=server_url)[0] == 0
    code, out, err = run_cli(*desk_b, "search", "شهردار", "--json", archive=server_url)
    assert code == 0, err
    assert [h["ref"] for h in json.loads(out)["hits"]] == ["n1"]
    assert run_cli(*desk_a, "delete", "news", "n1", archive=server_url)[0] == 0
    assert json.loads(run_cli(*desk_b, "search", "شهردار", "--json", archive=server_url)[1])["total"] == 0
    # Each desk's index lives in its own cache; deleting a cache only costs a rebuild.
    assert (tmp_path / "desk-a" / "index").is_dir() and (tmp_path / "desk-b" / "index").is_dir()


def test_a_server_that_cannot_be_reached_is_one_plain_line_and_exit_2(pg_cluster, tmp_path):
    url = f"postgresql://postgres:x@127.0.0.1:{_closed_port()}/nothing"
    code, out, err = run_cli("--cache", str(tmp_path / "c"), "list", "news", archive=url)
    assert code == 2
    assert err.startswith("press-archive: the archive's server cannot be reached") and "Traceback" not in err
    assert len(err.strip().splitlines()) == 1


def _closed_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]  # closed again when the block ends: nothing listens there


def test_two_desks_writing_at_once_queue_and_keep_one_audit_chain(server_url, tmp_path):
    """Two processes import at the same moment: both files stored whole, the chain intact, no error shown."""
    files = []
    for desk in ("a", "b"):
        f = tmp_path / f"{desk}.jsonl"
        f.write_text("".join(json.dumps({"ref": f"{desk}{i}", "title": f"خبر {desk} {i}", "date": "1402/03/01"},
                                        ensure_ascii=False) + "\n" for i in range(300)), encoding="utf-8")
        files.append(f)
    procs = [subprocess.Popen([sys.executable, "-m", "press_archive", "--archive", server_url,
                               "--cache", str(tmp_path / f"cache-{i}"), "import", "news", str(f)],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
             for i, f in enumerate(files)]
    results = [p.communicate(timeout=120) + (p.returncode,) for p in procs]
    for out, err, code in results:
        assert code == 0 and err == "" and out.strip() == "imported 300, updated 0, rejected 0"
    assert _rows(server_url, "SELECT count(*) FROM news_items") == [(600,)]
    code, out, err = run_cli("--cache", str(tmp_path / "cache-0"), "check", archive=server_url)
    assert code == 0 and "archive is clean" in out, out + err
    # The change log's numbers follow commit order: one desk's 300 changes are one unbroken run.
    runs = _rows(server_url, "SELECT count(DISTINCT left(n.ref, 1)) FROM change_log c "
                             "JOIN news_items n ON n.id = c.record_id GROUP BY (c.seq - 1) / 300")
    assert runs == [(1,), (1,)]


# --- people and roles ------------------------------------------------------------------------------------

@pytest.fixture
def office(server_url, pg_cluster, tmp_path):
    """A server archive with an admin (added by the creator) who added one person per role."""
    dbname = server_url.rsplit("/", 1)[1]
    admin = f"{dbname}_boss"
    assert run_cli("users", "add", admin, "--role", "admin", "--password", "pw-admin", archive=server_url)[0] == 0
    people = {}
    for role in ("officer", "photographer", "manager"):
        name = f"{dbname}_{role}"
        code, out, err = run_cli("users", "add", name, "--role", role, "--password", f"pw-{role}",
                                 archive=pg_cluster.url(dbname, admin, "pw-admin"))
        assert code == 0, err
        people[role] = (name, pg_cluster.url(dbname, name, f"pw-{role}"))
    people["admin"] = (admin, pg_cluster.url(dbname, admin, "pw-admin"))
    return people


def _news_file(tmp_path, ref="r1") -> Path:
    f = tmp_path / f"{ref}.jsonl"
    f.write_text(json.dumps({"ref": ref, "title": "خبر", "date": "1402/05/01"}, ensure_ascii=False) + "\n",
                 encoding="utf-8")
    return f


def test_each_role_does_its_work_and_is_refused_the_rest_by_the_server(office, tmp_path, server_url):
    officer, photographer, manager = office["officer"][1], office["photographer"][1], office["manager"][1]
    code, out, err = run_cli("import", "news", str(_news_file(tmp_path)), archive=officer)
    assert code == 0, err
    for url in (photographer, manager):
        code, out, err = run_cli("import", "news", str(_news_file(tmp_path, "r2")), archive=url)
        assert code == 2 and err.strip() == ("press-archive: the server refused: this login's role may not change "
                                             "news items; nothing was changed"), err
        code, _, err = run_cli("delete", "news", "r1", archive=url)
        assert code == 2 and "may not change news items" in err
    assert _rows(server_url, "SELECT ref, deleted_at FROM news_items") == [("r1", None)]
    # Reading is everyone's: the manager lists, searches and counts.
    assert run_cli("list", "news", "--json", archive=manager)[0] == 0
    assert json.loads(run_cli("search", "خبر", "--json", archive=manager)[1])["total"] == 1
    assert json.loads(run_cli("stats", "--json", archive=manager)[1])["total"]["news"] == 1
    # Managing people is the admin's: the officer is refused by the server.
    code, _, err = run_cli("users", "add", "intruder", "--role", "admin", "--password", "x", archive=officer)
    assert code == 2 and "may not manage people" in err
    # The audit log names the login that made each change.
    assert _rows(server_url, "SELECT \"user\", action FROM audit_log WHERE type = 'news'") == [
        (office["officer"][0], "import")]


def test_roles_hold_against_plain_psql(office, pg_cluster, server_url):
    dbname = server_url.rsplit("/", 1)[1]
    name, _ = office["manager"]
    refused = pg_cluster.psql(dbname, "INSERT INTO news_items(title, date) VALUES ('x', '2024-01-01')",
                              user=name, password="pw-manager")
    assert refused.returncode != 0 and "permission denied for table news_items" in refused.stderr
    name, _ = office["officer"]
    for sql in ("INSERT INTO photo_batches(title) VALUES ('x')", "DELETE FROM audit_log",
                "INSERT INTO change_log(type, record_id) VALUES ('news', 1)",
                "UPDATE day_counts SET n = 0"):
        result = pg_cluster.psql(dbname, sql, user=name, password="pw-officer")
        assert result.returncode != 0 and "permission denied" in result.stderr, sql
    # What the role allows works through psql too, and the triggers still keep counters and outbox.
    ok = pg_cluster.psql(dbname, "INSERT INTO news_items(title, date) VALUES ('از psql', '2024-01-01')",
                         user=name, password="pw-officer")
    assert ok.returncode == 0, ok.stderr
    assert _rows(server_url, "SELECT sum(n) FROM day_counts WHERE metric = 'news'") == [(1.0,)]
    assert _rows(server_url, "SELECT count(*) FROM change_log") == [(1,)]


def test_an_audit_entry_cannot_name_another_login_than_the_one_writing_it(office, pg_cluster, server_url):
    """A per-row rule, which grants cannot say: an officer with INSERT on the audit log may not write an entry
    in the admin's name (a trigger refuses it), even through plain psql."""
    dbname = server_url.rsplit("/", 1)[1]
    name, _ = office["officer"]
    forged = pg_cluster.psql(dbname, "INSERT INTO audit_log(at, \"user\", action, prev_hash, hash) "
                                     f"VALUES ('2024-01-01', '{office['admin'][0]}', 'add', 'x', 'y')",
                             user=name, password="pw-officer")
    assert forged.returncode != 0 and "names the login that makes each change" in forged.stderr
    assert _rows(server_url, "SELECT count(*) FROM audit_log WHERE action = 'add' AND type IS NULL") == [(0,)]
    # The check finds the guard as it finds the others.
    with psycopg.connect(server_url, autocommit=True) as admin:
        admin.execute("DROP TRIGGER audit_log_login ON audit_log")
    code, out, _ = run_cli("check", archive=server_url)
    assert code == 1 and "audit_log_login is missing" in out


def test_users_list_and_remove(office, server_url):
    code, out, err = run_cli("users", "list", "--json", archive=office["admin"][1])
    assert code == 0, err
    listed = {u["name"]: u["role"] for u in json.loads(out)}
    assert listed == {name: role for role, (name, _) in office.items()}
    name = office["photographer"][0]
    assert run_cli("users", "remove", name, archive=office["admin"][1])[0] == 0
    assert name not in {u["name"] for u in json.loads(run_cli("users", "list", "--json", archive=server_url)[1])}
    assert _rows(server_url, "SELECT \"user\", action, note FROM audit_log WHERE type = 'user' ORDER BY id")[-1] == (
        office["admin"][0], "remove", f"{name}: photographer")


def test_users_on_a_folder_archive_is_a_plain_refusal(archive_dir):
    code, _, err = run_cli("users", "list", archive=archive_dir)
    assert code == 2 and "server archive" in err


# --- moving in: copy --to -------------------------------------------------------------------------------

def _everything(location, tmp_path, cache: str) -> dict:
    """What a user sees of an archive, kind by kind (the ids and refs included), and its audit log."""
    seen = {}
    for kind in ("news", "events", "interviews", "productions", "photo_batches"):
        for trash in ([], ["--trash"]):
            code, out, err = run_cli("--cache", str(tmp_path / cache), "list", kind, "--limit", "1000", "--json",
                                     *trash, archive=location)
            assert code == 0, err
            rows = json.loads(out)
            for row in rows:
                for bookkeeping in ("created_at", "updated_at"):
                    row.pop(bookkeeping, None)
            seen[(kind, bool(trash))] = rows
    code, out, _ = run_cli("--cache", str(tmp_path / cache), "history", "--limit", "10000", "--json",
                           archive=location)
    seen["history"] = json.loads(out)
    return seen


def test_copy_a_folder_archive_to_the_server_and_back(sample_archive_dir, server_url, pg_cluster, tmp_path):
    source = sample_archive_dir
    assert run_cli("delete", "news", "1", archive=source)[0] == 0  # the trash travels too
    target = pg_cluster.url(pg_cluster.new_database())
    code, out, err = run_cli("copy", "--to", target, "--to-originals", str(tmp_path / "share"),
                             "--to-cache", str(tmp_path / "desk"), archive=source)
    assert code == 0, err
    assert "original(s) copied" in out
    code, out, err = run_cli("--cache", str(tmp_path / "desk"), "check", archive=target)
    assert code == 0 and "archive is clean" in out, out + err
    assert _everything(target, tmp_path, "desk") == _everything(source, tmp_path, "unused")
    originals = sorted(p.relative_to(source / "photos" / "originals")
                       for p in (source / "photos" / "originals").rglob("*.jpg"))
    assert originals and all((tmp_path / "share" / "photos" / "originals" / p).read_bytes()
                             == (source / "photos" / "originals" / p).read_bytes() for p in originals)
    # Running it again changes nothing, in the database or on disk.
    before = _rows(target, "SELECT count(*), max(seq) FROM change_log")
    code, out, err = run_cli("copy", "--to", target, "--to-cache", str(tmp_path / "desk"), archive=source)
    assert code == 0 and out.strip() == "nothing to copy: the target already holds all of this archive", out + err
    assert _rows(target, "SELECT count(*), max(seq) FROM change_log") == before
    # And back: the server archive into a new folder archive, which passes check too.
    back = tmp_path / "back"
    code, out, err = run_cli("--cache", str(tmp_path / "desk"), "copy", "--to", str(back), archive=target)
    assert code == 0, err
    code, out, err = run_cli("check", archive=back)
    assert code == 0 and "archive is clean" in out, out + err
    assert _everything(back, tmp_path, "unused") == _everything(source, tmp_path, "unused")
    # A record added on the server after the copy reaches the folder at the next copy, and only it.
    news = _news_file(tmp_path, "after")
    assert run_cli("--cache", str(tmp_path / "desk"), "import", "news", str(news), archive=target)[0] == 0
    code, out, _ = run_cli("--cache", str(tmp_path / "desk"), "copy", "--to", str(back), "--json", archive=target)
    assert json.loads(out)["added"]["news_items"] == 1 and json.loads(out)["originals_copied"] == 0


def test_copy_refuses_a_target_that_holds_another_archive(server_url, tmp_path):
    other = tmp_path / "other"
    run_cli("init", archive=other)
    assert run_cli("import", "news", str(_news_file(tmp_path, "theirs")), archive=other)[0] == 0
    assert run_cli("import", "news", str(_news_file(tmp_path, "ours")), archive=server_url)[0] == 0
    code, _, err = run_cli("copy", "--to", str(other), archive=server_url)
    assert code == 2 and "another archive" in err
    assert [r["ref"] for r in json.loads(run_cli("list", "news", "--json", archive=other)[1])] == ["theirs"]


def test_another_desk_makes_its_thumbnails_from_the_change_log(server_url, tmp_path):
    from photo_factory import make_jpeg

    photos = tmp_path / "shoot"
    photos.mkdir()
    for i in range(3):
        make_jpeg(photos / f"p{i}.jpg", seed=i)
    code, out, err = run_cli("--cache", str(tmp_path / "desk-a"), "import", "photos", str(photos),
                             "--title", "بازدید", archive=server_url)
    assert code == 0, err
    thumbs_b = tmp_path / "desk-b" / "thumbnails"
    assert not thumbs_b.exists()
    code, out, err = run_cli("--cache", str(tmp_path / "desk-b"), "check", archive=server_url)
    assert code == 0 and "archive is clean" in out, out + err
    assert len(list(thumbs_b.rglob("*.jpg"))) == 6  # 256 and 1024 px for each photo
    assert (tmp_path / "desk-b" / "index").is_dir()


def test_a_server_layout_names_every_part_a_folder_layout_does(tmp_path):
    """Services reach the parts through the layout; a part added to the folder layout needs a place here too."""
    from press_archive.storage.archive import ArchiveLayout
    from press_archive.storage.server import ServerLayout

    parts = {n for n, v in vars(ArchiveLayout).items() if isinstance(v, property)}
    server = ServerLayout("postgresql://x@h/db", tmp_path / "share", tmp_path / "cache")
    for name in parts:
        getattr(server, name)  # every part has a place (db_path: None, there is no file)
    derived = ("index_dir", "index_lock", "thumbnails_dir", "backups_dir")
    assert all(getattr(server, n).is_relative_to(tmp_path / "cache") for n in derived)
    assert server.originals_dir.is_relative_to(tmp_path / "share") and server.tmp_dir.is_relative_to(tmp_path / "share")


def test_a_server_archives_backup_restores_as_a_folder_archive(server_url, tmp_path):
    from photo_factory import make_jpeg

    shoot = tmp_path / "shoot"
    shoot.mkdir()
    make_jpeg(shoot / "a.jpg", seed=4)
    assert run_cli("import", "photos", str(shoot), "--title", "دیدار", archive=server_url)[0] == 0
    assert run_cli("import", "news", str(_news_file(tmp_path, "b1")), archive=server_url)[0] == 0
    code, out, err = run_cli("backup", str(tmp_path / "backup"), archive=server_url)
    assert code == 0, err
    assert (tmp_path / "backup" / "archive.sqlite3").is_file()
    code, out, err = run_cli("restore", str(tmp_path / "backup"), archive=tmp_path / "restored")
    assert code == 0, err
    code, out, err = run_cli("check", archive=tmp_path / "restored")
    assert code == 0 and "archive is clean" in out, out + err
    assert _everything(tmp_path / "restored", tmp_path, "x") == _everything(server_url, tmp_path, "y")


def test_a_connection_lost_mid_import_stores_nothing_and_a_rerun_finishes(server_url, tmp_path):
    import time

    big = tmp_path / "big.jsonl"
    big.write_text("".join(json.dumps({"ref": f"b{i}", "title": f"خبر شماره {i}", "date": "1402/06/01",
                                       "body": "متن " * 50}, ensure_ascii=False) + "\n" for i in range(2000)),
                   encoding="utf-8")
    command = [sys.executable, "-m", "press_archive", "--archive", server_url, "--cache", str(tmp_path / "c"),
               "import", "news", str(big)]
    proc = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    killed = []
    deadline = time.monotonic() + 60
    with psycopg.connect(server_url, autocommit=True) as admin:
        while not killed and time.monotonic() < deadline and proc.poll() is None:
            # The import's connection, once it is inside its write transaction: the server drops it.
            killed = admin.execute(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = 'press-archive' "
                "AND xact_start IS NOT NULL AND pid <> pg_backend_pid() "
                "AND (SELECT count(*) FROM pg_locks l WHERE l.pid = pg_stat_activity.pid AND l.locktype = 'advisory') > 0"
            ).fetchall()
            time.sleep(0.02)
    out, err = proc.communicate(timeout=120)
    assert killed, "the import finished before its connection could be dropped"
    assert proc.returncode == 2, (out, err)
    assert "the archive's server cannot be reached" in err and "Traceback" not in err
    assert len(err.strip().splitlines()) == 1
    assert _rows(server_url, "SELECT count(*) FROM news_items") == [(0,)]  # the file is stored whole or not at all
    rerun = subprocess.run(command, capture_output=True, text=True, timeout=500)
    assert rerun.returncode == 0 and rerun.stdout.strip() == "imported 2000, updated 0, rejected 0", rerun.stderr
    assert _rows(server_url, "SELECT count(*) FROM news_items") == [(2000,)]


def test_the_server_schema_has_every_table_and_column_of_the_folder_schema(server_url, tmp_path):
    """A folder schema step that adds a table or a column needs its server side too (storage/pg_schema.py)."""
    from press_archive.storage.archive import create_archive
    from press_archive.storage.database import connect

    create_archive(tmp_path / "folder")
    folder = connect(tmp_path / "folder" / "archive.sqlite3")
    tables = [r[0] for r in folder.execute("SELECT name FROM sqlite_master WHERE type = 'table' "
                                           "AND name NOT LIKE 'sqlite_%'")]
    server = Archive(server_url)
    try:
        for table in tables:
            mine = {d[0] for d in folder.execute(f"SELECT * FROM {table} LIMIT 0").description}
            theirs = {d[0] for d in server.db.execute(f"SELECT * FROM {table} LIMIT 0").description}
            assert mine == theirs, table
    finally:
        server.close()
        folder.close()


# --- conflicts: retried, never shown ---------------------------------------------------------------------

def _import_command(url, tmp_path, name: str, n: int = 300) -> list[str]:
    f = tmp_path / f"{name}.jsonl"
    f.write_text("".join(json.dumps({"ref": f"{name}{i}", "title": f"خبر {name} {i}", "date": "1402/03/01"},
                                    ensure_ascii=False) + "\n" for i in range(n)), encoding="utf-8")
    return [sys.executable, "-m", "press_archive", "--archive", url, "--cache", str(tmp_path / f"cache-{name}"),
            "import", "news", str(f)]


def test_a_deadlock_with_another_program_is_retried_and_never_shown(server_url, tmp_path):
    """Another program holds the audit head's row and then asks for the write lock an import holds: the server
    breaks the deadlock by rolling the import back, and the import runs again and finishes, saying nothing of it."""
    import time

    from press_archive.storage.postgres import WRITE_LOCK

    with psycopg.connect(server_url) as other:  # a transaction of its own, as a third-party tool's
        other.execute("SELECT 1 FROM settings WHERE key = 'audit.head' FOR UPDATE")
        proc = subprocess.Popen(_import_command(server_url, tmp_path, "d"), stdout=subprocess.PIPE,
                                stderr=subprocess.PIPE, text=True)
        deadline = time.monotonic() + 60
        with psycopg.connect(server_url, autocommit=True) as watch:
            while time.monotonic() < deadline and proc.poll() is None and not watch.execute(
                    "SELECT 1 FROM pg_stat_activity WHERE application_name = 'press-archive' "
                    "AND wait_event_type = 'Lock' AND wait_event IN ('transactionid', 'tuple')").fetchall():
                time.sleep(0.02)
        assert proc.poll() is None, "the import did not wait for the row"
        other.execute("SELECT pg_advisory_xact_lock(%s)", [WRITE_LOCK])  # the server breaks the cycle here
        time.sleep(0.3)
    out, err = proc.communicate(timeout=120)
    assert proc.returncode == 0 and err == "" and out.strip() == "imported 300, updated 0, rejected 0", (out, err)
    assert _rows(server_url, "SELECT count(*) FROM news_items") == [(300,)]
    code, out, err = run_cli("--cache", str(tmp_path / "cache-d"), "check", archive=server_url)
    assert code == 0 and "archive is clean" in out, out + err


def test_a_server_that_defaults_to_serializable_still_queues_concurrent_desks(server_url, tmp_path):
    dbname = server_url.rsplit("/", 1)[1]
    with psycopg.connect(server_url, autocommit=True) as admin:
        admin.execute(f'ALTER DATABASE "{dbname}" SET default_transaction_isolation = \'serializable\'')
    procs = [subprocess.Popen(_import_command(server_url, tmp_path, name), stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, text=True) for name in ("s", "t", "u")]
    for proc in procs:
        out, err = proc.communicate(timeout=180)
        assert proc.returncode == 0 and err == "" and out.strip() == "imported 300, updated 0, rejected 0", (out, err)
    assert _rows(server_url, "SELECT count(*) FROM news_items") == [(900,)]


@pytest.fixture
def own_cluster():
    """A cluster of the test's own, which it may stop and start (the session's serves other tests)."""
    from pg_cluster import Cluster, find_binaries

    cluster = Cluster(find_binaries())
    try:
        cluster.start()
        yield cluster
    finally:
        cluster.stop()


def test_the_server_stopped_mid_import_stores_nothing_and_a_rerun_finishes(own_cluster, tmp_path):
    import time

    from press_archive.storage.server import create_server_archive

    url = own_cluster.url(own_cluster.new_database())
    create_server_archive(url, tmp_path / "share")
    command = _import_command(url, tmp_path, "big", 3000)
    proc = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 60
    with psycopg.connect(url, autocommit=True) as watch:
        while time.monotonic() < deadline and proc.poll() is None and not watch.execute(
                "SELECT 1 FROM pg_locks WHERE locktype = 'advisory' AND pid <> pg_backend_pid()").fetchall():
            time.sleep(0.02)
    assert proc.poll() is None, "the import finished before the server could be stopped"
    own_cluster.halt()
    out, err = proc.communicate(timeout=120)
    assert proc.returncode == 2, (out, err)
    assert err.startswith("press-archive: the archive's server cannot be reached") and "Traceback" not in err
    assert len(err.strip().splitlines()) == 1
    own_cluster.resume()
    assert _rows(url, "SELECT count(*) FROM news_items") == [(0,)]  # stored whole or not at all
    rerun = subprocess.run(command, capture_output=True, text=True, timeout=300)
    assert rerun.returncode == 0 and rerun.stdout.strip() == "imported 3000, updated 0, rejected 0", rerun.stderr
    code, out, err = run_cli("--cache", str(tmp_path / "cache-big"), "check", archive=url)
    assert code == 0 and "archive is clean" in out, out + err


def test_init_by_a_login_that_may_not_create_roles_leaves_the_database_empty(pg_cluster, tmp_path):
    """The database's owner without CREATEROLE: a plain refusal, nothing created; init by one who may then works."""
    dbname = pg_cluster.new_database()
    owner = f"{dbname}_owner"
    with psycopg.connect(pg_cluster.url(), autocommit=True) as admin:
        admin.execute(f"CREATE ROLE \"{owner}\" LOGIN PASSWORD 'pw-owner' NOCREATEROLE")
        admin.execute(f'ALTER DATABASE "{dbname}" OWNER TO "{owner}"')
    with psycopg.connect(pg_cluster.url(dbname), autocommit=True) as admin:
        admin.execute(f'ALTER SCHEMA public OWNER TO "{owner}"')
    url = pg_cluster.url(dbname, owner, "pw-owner")
    code, out, err = run_cli("init", "--originals", str(tmp_path / "share"), archive=url)
    assert code == 2 and "Traceback" not in err and len(err.strip().splitlines()) == 1, err
    assert f"does not let {owner} create roles" in err and "nothing was created" in err
    superuser = pg_cluster.url(dbname)
    assert _rows(superuser, "SELECT count(*) FROM pg_tables WHERE schemaname = 'public'") == [(0,)]
    assert not (tmp_path / "share").exists()
    code, out, err = run_cli("init", "--originals", str(tmp_path / "share"), archive=superuser)
    assert code == 0 and "created archive" in out, err
    assert _rows(superuser, "SELECT max(version) FROM press_archive_schema") == [(pg_schema.SCHEMA_VERSION,)]


def test_a_connection_lost_mid_photo_import_keeps_what_was_committed_and_a_rerun_finishes(server_url, tmp_path):
    """Photos commit 50 at a time: a connection dropped in the second commit leaves the first 50, the command
    ends with one plain line, and the same command run again stores the rest, each photo once."""
    import time

    from photo_factory import make_jpeg

    shoot = tmp_path / "shoot"
    shoot.mkdir()
    for i in range(120):
        make_jpeg(shoot / f"p{i:03d}.jpg", size=(160, 120), seed=i)
    command = [sys.executable, "-m", "press_archive", "--archive", server_url, "--cache", str(tmp_path / "c"),
               "import", "photos", str(shoot), "--title", "بازدید", "--ref", "shoot-1"]
    proc = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    killed, deadline = [], time.monotonic() + 120
    with psycopg.connect(server_url, autocommit=True) as admin:
        while not killed and time.monotonic() < deadline and proc.poll() is None:
            if admin.execute("SELECT count(*) FROM photos").fetchone()[0] >= 50:  # the first commit is in
                killed = admin.execute(
                    "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = 'press-archive' "
                    "AND pid <> pg_backend_pid()").fetchall()
            time.sleep(0.01)
    out, err = proc.communicate(timeout=120)
    if not killed:
        pytest.skip("the import finished before its connection could be dropped (a very fast machine)")
    assert proc.returncode in (1, 2), (out, err)
    assert "the archive's server cannot be reached" in err and "Traceback" not in err
    assert len(err.strip().splitlines()) == 1, err
    stored = _rows(server_url, "SELECT count(*) FROM photos")[0][0]
    assert 50 <= stored < 120 and stored % 50 == 0  # whole commits only
    rerun = subprocess.run(command, capture_output=True, text=True, timeout=300)
    assert rerun.returncode == 0, rerun.stdout + rerun.stderr
    assert _rows(server_url, "SELECT count(*), count(DISTINCT sha256), count(DISTINCT batch_id) FROM photos") == [
        (120, 120, 1)]
    code, out, err = run_cli("--cache", str(tmp_path / "c"), "check", archive=server_url)
    assert code == 0 and "archive is clean" in out, out + err


def test_an_archive_address_never_shows_a_typed_password():
    """The window keeps a typed password in the address it reopens the archive by: a traceback or log line
    that prints the address must not carry it."""
    from press_archive.services.archive import ArchiveAddress

    address = ArchiveAddress("postgresql://maryam:s3cret-word@server:5432/press", user="maryam")
    assert "s3cret-word" not in repr(address) and "s3cret-word" not in str(address)
    assert "server" in repr(address)
