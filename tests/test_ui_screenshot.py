"""`press-archive gui --screenshot FILE.png [--view NAME]`: opens the window on the archive, renders
it, saves the picture and exits 0, with no display at all."""

from __future__ import annotations

import os
import struct
import subprocess
import sys
from pathlib import Path

import pytest

pytest.importorskip("PySide6")
pytestmark = pytest.mark.timeout(180)


def _run(*args, env_extra=None):
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    env.update(env_extra or {})
    return subprocess.run([sys.executable, "-m", "press_archive", *args], capture_output=True, text=True, env=env,
                          timeout=150)


def _png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    return struct.unpack(">II", data[16:24])


@pytest.mark.parametrize("view", [None, "events", "interviews", "reports", "search:بودجه"])
def test_screenshot_without_a_display(sample_archive_dir, tmp_path, view):
    out = tmp_path / "shot.png"
    args = ["--archive", str(sample_archive_dir), "gui", "--screenshot", str(out)]
    if view:
        args += ["--view", view]
    result = _run(*args, env_extra={"XDG_CONFIG_HOME": str(tmp_path / "config")})
    assert result.returncode == 0, result.stderr
    assert out.stat().st_size > 10_000
    width, height = _png_size(out)
    assert width >= 1000 and height >= 600


def test_screenshot_of_a_folder_that_is_no_archive(tmp_path):
    result = _run("--archive", str(tmp_path / "nothing"), "gui", "--screenshot", str(tmp_path / "x.png"),
                  env_extra={"XDG_CONFIG_HOME": str(tmp_path / "config")})
    assert result.returncode == 2
    assert "not a press archive" in result.stderr
    assert not (tmp_path / "nothing").exists()


def test_screenshot_of_an_unknown_view(sample_archive_dir, tmp_path):
    result = _run("--archive", str(sample_archive_dir), "gui", "--screenshot", str(tmp_path / "x.png"),
                  "--view", "nonsense", env_extra={"XDG_CONFIG_HOME": str(tmp_path / "config")})
    assert result.returncode == 2 and "unknown view" in result.stderr


def test_gui_is_the_default_command():
    from press_archive.cli.main import build_parser

    args = build_parser().parse_args(["gui", "--screenshot", "a.png", "--view", "news"])
    assert args.handler.__module__ == "press_archive.cli.gui"
    assert (args.screenshot, args.view) == ("a.png", "news")
