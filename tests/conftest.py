"""Shared test setup: Qt offscreen before anything imports it; real archives in temporary folders.

A prepared archive is built once per session and copied for each test that wants one
(Anki's pylib/tests/shared.py), so tests stay fast without sharing state.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("PRESS_ARCHIVE_NO_AUTOBACKUP", "1")

SHARED = Path(__file__).resolve().parents[2] / "shared"
SEED_NEWS = SHARED / "seed-news.txt"


# --- the two kinds of archive ---------------------------------------------------------------------------
# A test module that is about behaviour, not about SQLite itself, sets ARCHIVE_BACKENDS = ("folder", "server")
# and its tests then run on a folder archive and on a server archive (a throwaway PostgreSQL cluster).


def pytest_generate_tests(metafunc):
    if "archive_backend" in metafunc.fixturenames:
        backends = getattr(metafunc.module, "ARCHIVE_BACKENDS", None)
        if backends:
            metafunc.parametrize("archive_backend", backends, indirect=True)


@pytest.fixture
def archive_backend(request) -> str:
    return getattr(request, "param", "folder")


@pytest.fixture(scope="session")
def pg_cluster():
    """A PostgreSQL cluster for the whole session, stopped at the end; the test skips without the binaries."""
    from pg_cluster import Cluster, find_binaries

    bindir = find_binaries()
    if bindir is None:
        pytest.skip("no PostgreSQL 15+ server binaries under /usr/lib/postgresql/*/bin (./dev.sh setup installs them)")
    cluster = Cluster(bindir)
    try:
        cluster.start()
    except Exception:
        cluster.stop()
        raise
    yield cluster
    cluster.stop()


@pytest.fixture
def server_url(pg_cluster, tmp_path, monkeypatch) -> str:
    """A fresh server archive (its database, shared originals folder and this desk's cache in tmp_path)."""
    from press_archive.storage.server import create_server_archive

    url = pg_cluster.url(pg_cluster.new_database())
    create_server_archive(url, tmp_path / "originals")
    monkeypatch.setenv("PRESS_ARCHIVE_CACHE", str(tmp_path / "cache"))
    return url


@pytest.fixture
def archive_dir(archive_backend, tmp_path, request) -> Path | str:
    """A new empty archive: a folder, or (for modules on both backends) a server archive's URL."""
    if archive_backend == "server":
        return request.getfixturevalue("server_url")
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


# --- a real read-only medium (root passes chmod, so chmod proves nothing) ---------------------------------


def _mount_read_only(src, mnt) -> None:
    mnt.mkdir()
    try:
        subprocess.run(["mount", "--bind", str(src), str(mnt)], check=True, capture_output=True)
    except (OSError, subprocess.CalledProcessError) as e:
        pytest.skip(f"cannot bind-mount here (needs root and mount rights): {e}")
    done = subprocess.run(["mount", "-o", "remount,ro,bind", str(mnt)], capture_output=True)
    if done.returncode:
        subprocess.run(["umount", str(mnt)])
        pytest.skip(f"cannot remount read-only: {done.stderr.decode().strip()}")


@pytest.fixture
def read_only(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))  # where a read-only archive's index may go
    mounted = []

    def mount(src):
        mnt = tmp_path / f"ro-{len(mounted)}"
        _mount_read_only(src, mnt)
        mounted.append(mnt)
        return mnt

    yield mount
    for mnt in mounted:
        subprocess.run(["umount", str(mnt)], check=True)


@pytest.fixture
def seed_text() -> str:
    if not SEED_NEWS.exists():
        pytest.skip("../shared/seed-news.txt is not beside the checkout")
    return SEED_NEWS.read_text(encoding="utf-8")


def archive_root(location) -> Path:
    """Where an archive's originals live under `photos/`: the folder itself, or a server archive's shared folder."""
    from press_archive.services.archive import Archive

    with Archive(location) as archive:
        return archive.layout.root


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
