"""The window on a server archive: another desk's change shows in an open window within seconds, without a
restart (LISTEN/NOTIFY), and this desk's search index has it by then (CONTRACT.md, "The shared office archive")."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import psycopg
import pytest

from PySide6.QtWidgets import QLabel

from press_archive.storage.server import WATCH_NAME
from press_archive.ui.roles import role_label

from ui_fixtures import persian_app, ui_settings  # noqa: F401

CROSS_DESK_LIMIT_S = 2.0

# Desk A: another process that stores one news item and prints the time of its commit.
_DESK_A = """
import sys, time
from press_archive.services.archive import Archive
from press_archive.services import records
a = Archive(sys.argv[1], cache=sys.argv[2])
for i, title in enumerate(sys.argv[3:]):
    records.add_record(a, 'news', {'ref': f'a-{title}', 'title': title, 'date': '1403/02/01'})
    print(time.time(), flush=True)
a.close()
"""


def _desk_a_writes(url, tmp_path, *titles) -> list[float]:
    done = subprocess.run([sys.executable, "-c", _DESK_A, url, str(tmp_path / "desk-a"), *titles],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    return [float(t) for t in done.stdout.split()]


@pytest.fixture
def desk_b(server_url, persian_app, ui_settings, qtbot):
    """Desk B: a window open on the server archive (its cache is the test's PRESS_ARCHIVE_CACHE)."""
    from press_archive.services.archive import Archive
    from press_archive.ui.main_window import MainWindow
    from press_archive.ui.session import Session

    archive = Archive(server_url)
    session = Session(archive)
    window = MainWindow(session, ui_settings)
    qtbot.addWidget(window)
    window.show()
    window.navigate({"view": "list", "kind": "news"})
    yield window
    window.close()
    archive.close()


def _indexed(archive, word: str) -> list[str]:
    """What this desk's own index finds, without bringing it up to date first."""
    return [h.ref for h in archive.index.search(word, limit=10).hits]


def test_another_desks_record_shows_in_the_open_window_and_its_search_within_two_seconds(desk_b, server_url,
                                                                                          tmp_path, qtbot):
    session = desk_b.session
    seen: list[float] = []
    session.changed.connect(lambda changes: seen.append(time.time()) if "news" in changes.types() else None)
    assert session.follower.watch.listening.wait(5)
    (committed,) = _desk_a_writes(server_url, tmp_path, "کتابخانه")
    qtbot.waitUntil(lambda: desk_b.list.model.rowCount() == 1, timeout=10_000)
    assert seen, "the window was not told of the change"
    took = seen[0] - committed
    print(f"\ncross-desk: stored at desk A, shown at desk B {took * 1000:.0f} ms later")
    assert took <= CROSS_DESK_LIMIT_S
    # By the time the window was told, desk B's own index had the record (caught up before the notice).
    assert _indexed(session.search_archive(), "کتابخانه") == ["a-کتابخانه"]
    assert desk_b.list.model.record_at(0)["title"] == "کتابخانه"


def test_a_dropped_listening_connection_comes_back_and_nothing_is_missed(desk_b, server_url, tmp_path, qtbot):
    session = desk_b.session
    assert session.follower.watch.listening.wait(5)
    with psycopg.connect(server_url, autocommit=True) as admin:
        dropped = admin.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                                "WHERE application_name = %s", [WATCH_NAME]).fetchall()
    assert dropped, "no listening connection to drop"
    _desk_a_writes(server_url, tmp_path, "ورزشگاه")
    qtbot.waitUntil(lambda: desk_b.list.model.rowCount() == 1, timeout=20_000)
    assert _indexed(session.search_archive(), "ورزشگاه") == ["a-ورزشگاه"]
    # Closing the window does not wait for the listener's next look at the server.
    started = time.monotonic()
    session.follower.watch.stop()
    assert time.monotonic() - started < 1.0 and not session.follower.watch._thread.is_alive()


# --- connecting, who is signed in, and what the role allows ------------------------------------------------

@pytest.fixture
def people(server_url, pg_cluster):
    """An officer and a manager of the test's server archive: {role: (login, password)}."""
    from conftest import run_cli

    dbname = server_url.rsplit("/", 1)[1]
    found = {}
    for role in ("officer", "manager"):
        login, password = f"{dbname}_{role}", f"pw {role} é"  # a space and a non-ASCII letter travel in the URL
        code, _, err = run_cli("users", "add", login, "--role", role, "--password", password, archive=server_url)
        assert code == 0, err
        found[role] = (login, password)
    return found


def _dialog(ui_settings, server_url, login, password, tmp_path):
    from press_archive.ui.connect_dialog import ConnectDialog

    dialog = ConnectDialog(ui_settings)
    dialog.url.setText(server_url.replace("postgres:cluster-for-tests@", ""))  # the address alone
    dialog.login.setText(login)
    dialog.password.setText(password)
    dialog.originals.setText(str(tmp_path / "originals"))
    return dialog


def test_the_connect_dialog_opens_a_shared_archive_and_keeps_no_password(server_url, people, ui_settings, tmp_path,
                                                                          qtbot, monkeypatch):
    monkeypatch.delenv("PGPASSWORD", raising=False)
    monkeypatch.setenv("PGPASSFILE", str(tmp_path / "no-pgpass"))
    login, password = people["officer"]
    dialog = _dialog(ui_settings, server_url, login, "wrong", tmp_path)
    qtbot.addWidget(dialog)
    dialog.connect_now()
    qtbot.waitUntil(lambda: dialog.problem.isVisibleTo(dialog), timeout=15_000)
    assert dialog.archive is None and ("password" in dialog.problem.text().lower() or "گذرواژه" in dialog.problem.text())
    dialog.password.setText(password)
    with qtbot.waitSignal(dialog.accepted, timeout=15_000):
        dialog.connect_now()
    try:
        assert dialog.archive.is_server and dialog.archive.user == login
        assert dialog.archive.layout.originals_root == tmp_path / "originals"
    finally:
        dialog.archive.close()
    ui_settings.sync()
    kept = Path(ui_settings.q.fileName()).read_text(encoding="utf-8")
    assert login in kept and password not in kept and "wrong" not in kept
    from urllib.parse import quote

    assert quote(password, safe="") not in kept


def test_the_status_bar_names_the_login_and_actions_outside_its_role_are_disabled(server_url, people, ui_settings,
                                                                                 qtbot, tmp_path):
    from press_archive.services.archive import Archive
    from press_archive.storage.server import with_login
    from press_archive.ui.main_window import MainWindow
    from press_archive.ui.session import Session

    for role, allowed, refused in (("officer", "import", "import_photos"), ("manager", None, "import")):
        login, password = people[role]
        archive = Archive(with_login(server_url, login, password), cache=tmp_path / role)
        window = MainWindow(Session(archive), ui_settings)
        qtbot.addWidget(window)
        try:
            badge = window.statusBar().findChild(QLabel, "login_badge")
            assert badge is not None and login in badge.text()
            action = getattr(window, f"action_{refused}")
            assert not action.isEnabled()
            assert role_label(role) in action.toolTip()  # says why: the role, in the window's language
            if allowed:
                assert getattr(window, f"action_{allowed}").isEnabled()
            # the office's photo keywords and the duplicates' keep/reject are photographers' work too
            assert not window.action_keyword_vocabulary.isEnabled() and window.action_keyword_vocabulary.toolTip()
            assert window.roles.refusal_of("photos") and window.roles.refusal_of("photos") in \
                window.action_keyword_vocabulary.toolTip()
            if role == "manager":
                assert not window.action_new.isEnabled() and not window.action_delete.isEnabled()
                assert not window.detail.edit_button.isEnabled() and window.detail.edit_button.toolTip()
                guide = window.list.guide  # the empty archive's first steps too
                assert not guide.import_records.isEnabled() and not guide.load_sample.isEnabled()
            else:
                assert window.list.guide.import_records.isEnabled() and not window.list.guide.load_sample.isEnabled()
        finally:
            window.close()
            archive.close()


def test_a_folder_archive_shows_no_login_and_restricts_nothing(archive, ui_settings, qtbot):
    from press_archive.ui.main_window import MainWindow
    from press_archive.ui.session import Session

    window = MainWindow(Session(archive), ui_settings)
    qtbot.addWidget(window)
    try:
        assert window.statusBar().findChild(QLabel, "login_badge") is None
        assert window.action_import.isEnabled() and window.action_import_photos.isEnabled()
    finally:
        window.close()


def test_another_desks_change_just_before_our_own_write_is_not_skipped(desk_b, server_url, tmp_path, qtbot):
    """Desk A edits a news item, then this window stores an event before hearing of A's edit: announcing our
    write must not mark A's change as seen (the news list would keep showing the old title)."""
    from press_archive.services import records

    session = desk_b.session
    assert session.follower.watch.listening.wait(5)
    _desk_a_writes(server_url, tmp_path, "عنوان نخست")
    qtbot.waitUntil(lambda: desk_b.list.model.rowCount() == 1, timeout=10_000)
    assert desk_b.list.model.record_at(0)["title"] == "عنوان نخست"
    session.follower.watch.stop()  # the notice of A's edit comes late (below)
    edit = ("import sys; from press_archive.services.archive import Archive; from press_archive.services import records;"
            "a = Archive(sys.argv[1], cache=sys.argv[2]); records.edit_record(a, 'news', 1, {'title': 'عنوان دوم'})")
    subprocess.run([sys.executable, "-c", edit, server_url, str(tmp_path / "desk-a")], check=True, timeout=60)
    with qtbot.waitSignal(session.changed, timeout=10_000):
        session.run_write(lambda a: records.add_record(a, "events", {"kind": "ceremony", "title": "آیین",
                                                                     "date": "1403/02/02"})[1])
    told: list = []
    session.changed.connect(told.append)
    session.follower._noticed(records.last_change(session.archive))  # the notice arrives
    qtbot.waitUntil(lambda: any(1 in c.edited.get("news", []) for c in told), timeout=10_000)
    assert desk_b.list.model.record_at(0)["title"] == "عنوان دوم"


def test_the_window_opens_on_a_server_archive_with_this_desks_cache(server_url, pg_cluster, tmp_path):
    """`gui --screenshot` on a server archive: --cache is this desk's cache; a database without an archive is
    a plain refusal, and nothing named after the URL is created."""
    env = {"PRESS_ARCHIVE_LANG": "fa", "QT_QPA_PLATFORM": "offscreen"}
    shot = tmp_path / "shot.png"
    done = subprocess.run([sys.executable, "-m", "press_archive", "--archive", server_url, "--cache",
                           str(tmp_path / "desk-z"), "gui", "--screenshot", str(shot)], capture_output=True, text=True,
                          timeout=120, env={**os.environ, **env}, cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert shot.stat().st_size > 10_000 and (tmp_path / "desk-z" / "index").is_dir()
    empty = pg_cluster.url(pg_cluster.new_database())
    done = subprocess.run([sys.executable, "-m", "press_archive", "--archive", empty, "gui", "--screenshot",
                           str(tmp_path / "none.png")], capture_output=True, text=True, timeout=120,
                          env={**os.environ, **env}, cwd=tmp_path)
    assert done.returncode == 2 and "holds no press archive" in done.stderr
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith("postgres")] == []


def test_a_window_opened_after_another_desks_photo_import_makes_its_thumbnails(server_url, persian_app, ui_settings,
                                                                              qtbot, tmp_path):
    from conftest import run_cli
    from photo_factory import make_jpeg
    from press_archive.services.archive import Archive
    from press_archive.ui.app import open_window

    shoot = tmp_path / "shoot"
    shoot.mkdir()
    for i in range(3):
        make_jpeg(shoot / f"p{i}.jpg", seed=i)
    code, _, err = run_cli("--cache", str(tmp_path / "desk-a"), "import", "photos", str(shoot), "--title", "دیدار",
                           archive=server_url)
    assert code == 0, err
    archive = Archive(server_url, cache=tmp_path / "desk-b")
    window = open_window(archive, ui_settings)
    qtbot.addWidget(window)
    try:
        thumbnails = tmp_path / "desk-b" / "thumbnails"
        qtbot.waitUntil(lambda: len(list(thumbnails.rglob("*.jpg"))) == 6, timeout=30_000)
    finally:
        window.close()
        archive.close()
