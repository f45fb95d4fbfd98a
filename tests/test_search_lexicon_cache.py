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
    files = list(tmp_path.glob("lexicon-*.shards"))
    assert len(files) == 1
    second = probe(tmp_path)
    assert second["hash"] == first["hash"] and second["stem"] == "مدیر"
    assert second["ms"] < first["ms"]


def test_a_damaged_cache_is_read_again_from_the_word_list(tmp_path):
    first = probe(tmp_path)
    cache = next(tmp_path.glob("lexicon-*.shards"))
    cache.write_bytes(cache.read_bytes()[:1000])
    assert probe(tmp_path)["hash"] == first["hash"]
    cache.write_bytes(b"not marshal at all")
    assert probe(tmp_path)["hash"] == first["hash"]
    assert probe(tmp_path)["hash"] == first["hash"]  # and rewritten whole


def test_an_unwritable_cache_folder_still_searches(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    assert probe(blocker / "sub")["stem"] == "مدیر"  # a folder that cannot be made: read each time


LAZY = ("import json, sys\n"
        "from press_archive.search import lexicon\n"
        "from press_archive.search.analyzer import analyze\n"
        "words = json.loads(sys.stdin.read())\n"
        "if sys.argv[1] == 'whole':\n"
        "    lexicon.ensure_loaded()\n"
        "def fresh():  # each text stemmed with only the shards it loads itself\n"
        "    if sys.argv[1] == 'lazy':\n"
        "        lexicon.LEMMAS.clear(); lexicon.TARGETS.clear(); lexicon.COMPOUNDS.clear()\n"
        "        lexicon._have[:] = bytes(lexicon.SHARDS); lexicon._complete = False; lexicon._cache.clear()\n"
        "first = analyze(words[0])\n"
        "shards = sum(lexicon._have)\n"
        "out = []\n"
        "for w in words:\n"
        "    fresh()\n"
        "    out.append(analyze(w))\n"
        "print(json.dumps({'shards_for_first': shards, 'out': out}))\n")


def _analyze_in_new_process(cache_dir, words, mode):
    env = dict(os.environ, PRESS_ARCHIVE_LEXICON_CACHE=str(cache_dir))
    r = subprocess.run([sys.executable, "-c", LAZY, mode], input=json.dumps(words), capture_output=True,
                       text=True, env=env, check=True)
    return json.loads(r.stdout)


def test_a_search_loads_only_its_words_shards_and_stems_as_the_whole_list_does(tmp_path):
    """A new search process loads the word list shard by shard, only for the words it stems: a
    query's few words must not pay for the whole list, and must stem exactly as with the whole list
    loaded, whichever shards happen to be in memory (a word's own, and those of what it may become)."""
    from pathlib import Path

    probe(tmp_path)  # writes the cache
    words_file = Path(__file__).resolve().parents[1] / "press_archive" / "search" / "data" / "words.txt"
    listed = [line.split("\t")[0] for line in words_file.read_text(encoding="utf-8").splitlines()
              if line and not line.startswith("#")]
    sample = ["مدیران شهری"] + listed[::97]
    # inflected forms: the stem is in another shard than the word
    sample += [w + suffix for w in listed[::389] for suffix in ("ها", "های", "ان", "ات", "ی", "\u200cهایی")]
    sample += [" ".join(listed[i:i + 2]) for i in range(0, len(listed), 1009)]
    compounds = [w for w in listed if "\u200c" in w][::23]
    sample += [w.replace("\u200c", "") for w in compounds] + [w.replace("\u200c", " ") for w in compounds]
    lazy = _analyze_in_new_process(tmp_path, sample, "lazy")
    whole = _analyze_in_new_process(tmp_path, sample, "whole")
    assert lazy["out"] == whole["out"]
    assert sum(1 for terms in whole["out"] if terms) > 1000
    assert lazy["shards_for_first"] <= 16  # two words: their shards and their stems' only
    assert whole["shards_for_first"] == 256
