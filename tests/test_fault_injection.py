"""A short round of the fault-injection harness: SIGKILL at random moments, then nothing lost."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.fault_injection import run  # noqa: E402


@pytest.mark.parametrize("op", ["import", "edit", "index", "backup", "photos"])
def test_kills_lose_nothing(tmp_path, op):
    (result,) = run([op], kills=2, seed=7, work=tmp_path)
    assert result.lost_rows == 0, result.notes
    assert result.half_files == 0, result.notes
    assert result.stray_files == 0, result.notes
    assert result.checks >= 2 and result.unclean_checks == 0, result.notes
