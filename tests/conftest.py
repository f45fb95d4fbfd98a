"""Shared test setup: Qt offscreen before anything imports it; real archives in temporary folders.

A prepared archive is built once per session and copied for each test that wants one
(Anki's pylib/tests/shared.py), so tests stay fast without sharing state.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("PRESS_ARCHIVE_NO_AUTOBACKUP", "1")

SHARED = Path(__file__).resolve().parents[2] / "shared"
SEED_NEWS = SHARED / "seed-news.txt"


@pytest.fixture
def archive_dir(tmp_path) -> Path:
    from press_archive.storage.archive import create_archive

    root = tmp_path / "archive"
    create_archive(root)
    return root


@pytest.fixture
def archive(archive_dir):
    from press_archive.services.archive import Archive

    a = Archive(archive_dir)
    yield a
    a.close()


@pytest.fixture(scope="session")
def _sample_archive_template(tmp_path_factory) -> Path:
    from press_archive.services.archive import Archive
    from press_archive.services.sample import load_sample

    root = tmp_path_factory.mktemp("template") / "archive"
    archive, _ = Archive.create(root)
    try:
        load_sample(archive)
        archive.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        archive.close()
    return root


@pytest.fixture
def sample_archive_dir(_sample_archive_template, tmp_path) -> Path:
    root = tmp_path / "sample"
    shutil.copytree(_sample_archive_template, root)
    return root


@pytest.fixture
def sample_archive(sample_archive_dir):
    from press_archive.services.archive import Archive

    a = Archive(sample_archive_dir)
    yield a
    a.close()


@pytest.fixture
def seed_text() -> str:
    if not SEED_NEWS.exists():
        pytest.skip("../shared/seed-news.txt is not beside the checkout")
    return SEED_NEWS.read_text(encoding="utf-8")


def run_cli(*args: str, archive: Path | None = None) -> tuple[int, str, str]:
    """Run the command line in-process; returns (exit code, stdout, stderr)."""
    import contextlib
    import io

    from press_archive.cli.main import main

    argv = (["--archive", str(archive)] if archive else []) + list(args)
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main(argv)
    return code, out.getvalue(), err.getvalue()
