"""Failures of the medium, not of the program, are one plain line: never an exception's class name."""

from __future__ import annotations

from conftest import run_cli


def test_a_damaged_database_is_named_plainly(archive_dir):
    (archive_dir / "archive.sqlite3").write_bytes(bytes(range(256)) * 64)
    code, out, err = run_cli("list", "news", archive=archive_dir)
    assert code == 2
    assert "database in" in err and "is damaged" in err and "restore" in err
    assert "Error" not in err and "unexpected" not in err and len(err.strip().splitlines()) == 1
