"""The word list read once and kept between processes: a new search process (a script's, a newly
opened window's) must not spend a quarter of a second reading it again, and must read the same."""

from __future__ import annotations

import json
import os
import subprocess
import sys

PROBE = ("import hashlib, json, time\n"
         "t = time.perf_counter()\n"
         "from press_archive.search import lexicon\n"
         "lexicon.ensure_loaded()\n"
         "ms = (time.perf_counter() - t) * 1000\n"
         "h = hashlib.sha1(repr((sorted(lexicon.LEMMAS), sorted(lexicon.TARGETS), sorted(lexicon.COMPOUNDS.items())))"
         ".encode()).hexdigest()\n"
         "print(json.dumps({'ms': ms, 'hash': h, 'stem': lexicon.stem('مدیران')}))\n")


def probe(cache_dir) -> dict:
    env = dict(os.environ, PRESS_ARCHIVE_LEXICON_CACHE=str(cache_dir))
    r = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True, env=env, check=True)
    return json.loads(r.stdout)


def test_a_second_process_reads_the_same_word_list_from_the_cache(tmp_path):
    first = probe(tmp_path)
    files = list(tmp_path.glob("lexicon-*.marshal"))
    assert len(files) == 1
    second = probe(tmp_path)
    assert second["hash"] == first["hash"] and second["stem"] == "مدیر"
    assert second["ms"] < first["ms"]


def test_a_damaged_cache_is_read_again_from_the_word_list(tmp_path):
    first = probe(tmp_path)
    cache = next(tmp_path.glob("lexicon-*.marshal"))
    cache.write_bytes(cache.read_bytes()[:1000])
    assert probe(tmp_path)["hash"] == first["hash"]
    cache.write_bytes(b"not marshal at all")
    assert probe(tmp_path)["hash"] == first["hash"]
    assert probe(tmp_path)["hash"] == first["hash"]  # and rewritten whole


def test_an_unwritable_cache_folder_still_searches(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    assert probe(blocker / "sub")["stem"] == "مدیر"  # a folder that cannot be made: read each time
