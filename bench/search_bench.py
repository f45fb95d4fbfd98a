"""Search benchmark: the archive's Whoosh index against SQLite FTS5 on the same generated corpus.

    python bench/search_bench.py [--n 100000] [--words 300] [--queries 200] [--procs N] [--seed 7]
                                 [--no-fts] [--keep DIR]

Generates N news-like documents of about WORDS Persian words each (deterministic: a seeded Zipf draw
from the search word list, with plural and ezafe endings written with a ZWNJ, without it or apart,
and Jalali years spread over 2012-2024), then measures:

* the full index build (``SearchIndex.rebuild``) time and the index size;
* query latency (p50/p95 of ``SearchIndex.search`` wall time, snippets and facets included, first 20
  hits) for 1-3 word queries and for 2-3 word phrases taken from the documents (the 50 most frequent
  words of the vocabulary play the part of stop words: no query is made of them alone), and for
  queries of the 5 most frequent words alone and phrases of them (the worst case: every document
  matches, and such a word stands dozens of times in each);
* how long one edited record takes to become searchable: ``apply()`` of the edit, then a search that
  finds it;
* the same build and queries with SQLite FTS5 (unicode61 tokenizer, bm25 order, snippet(), count),
  and the ratios.

Targets (100k documents on 2 cores): build <= 3 min, p95 <= 100 ms for words, <= 300 ms for phrases.
``--n 2000`` runs in well under a minute.
"""

from __future__ import annotations

import argparse
import random
import shutil
import sqlite3
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

if not __package__:
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from press_archive.search.index import SearchIndex  # noqa: E402
from press_archive.search.segments import default_procs  # noqa: E402

ZWNJ = "\u200c"
CATEGORIES = ["اجتماعی", "فرهنگی", "عمرانی", "ورزشی", "اقتصادی", "خدمات شهری", "ترافیک", "محیط زیست",
              "بین‌الملل", "سلامت"]
PHOTOGRAPHERS = ["علی رضایی", "مریم کاظمی", "حسین احمدی", "زهرا موسوی", "کاوه نادری"]


def vocabulary(size: int, rng: random.Random) -> list[str]:
    from importlib import resources

    text = resources.files("press_archive.search").joinpath("data/words.txt").read_text(encoding="utf-8")
    words = sorted({line.split("\t")[0] for line in text.splitlines() if line and "\t" not in line})
    words = [w for w in words if 2 <= len(w) <= 12]
    rng.shuffle(words)
    return words[:size]


class Corpus:
    def __init__(self, n: int, words_per_doc: int, seed: int):
        self.rng = random.Random(seed)
        self.vocab = vocabulary(20_000, self.rng)
        weights = [1.0 / (r + 1) for r in range(len(self.vocab))]
        total = sum(weights)
        acc, s = [], 0.0
        for w in weights:
            s += w / total
            acc.append(s)
        self.cum = acc
        self.n = n
        self.words_per_doc = words_per_doc

    def _word(self, rng: random.Random) -> str:
        w = rng.choices(self.vocab, cum_weights=self.cum, k=1)[0]
        r = rng.random()
        if r < 0.04:
            return w + ZWNJ + "ها"
        if r < 0.06:
            return w + "های"
        if r < 0.07:
            return w + " ها"
        return w

    def words(self, rng: random.Random, k: int) -> list[str]:
        return [self._word(x) for x in [rng] * k]

    def doc(self, i: int) -> dict:
        rng = random.Random(i * 7919 + 13)
        body_words = rng.choices(self.vocab, cum_weights=self.cum, k=self.words_per_doc)
        for j in range(0, len(body_words), 9):
            r = rng.random()
            if r < 0.3:
                body_words[j] += ZWNJ + "ها"
            elif r < 0.45:
                body_words[j] += "های"
        sentences, step = [], 15
        for j in range(0, len(body_words), step):
            sentences.append(" ".join(body_words[j:j + step]) + ".")
        day = date(2012, 3, 20) + timedelta(days=rng.randrange(0, 365 * 12))
        return {
            "uid": f"news:{i}", "type": "news", "id": i, "ref": f"bench-{i}",
            "title": " ".join(rng.choices(self.vocab, cum_weights=self.cum, k=8)),
            "date_iso": day.isoformat(), "text": " ".join(sentences),
            "tags": rng.sample(self.vocab[:300], 3), "category": rng.choice(CATEGORIES),
            "photographer": rng.choice(PHOTOGRAPHERS) if i % 5 == 0 else None,
            "author": None, "region": None, "language": "fa",
        }

    def __iter__(self):
        for i in range(1, self.n + 1):
            yield self.doc(i)


def percentile(values: list[float], p: float) -> float:
    values = sorted(values)
    if not values:
        return 0.0
    k = min(len(values) - 1, max(0, int(round(p / 100 * (len(values) - 1)))))
    return values[k]


COMMON = 50  # the most frequent words of the vocabulary play the part of stop words


def _base(word: str) -> str:
    """The vocabulary word behind a generated token (without the plural endings the corpus adds)."""
    for ending in (ZWNJ + "ها", "های"):
        if word.endswith(ending):
            return word[: -len(ending)]
    return word


def word_queries(corpus: Corpus, count: int, seed: int) -> list[str]:
    """1-3 words of one document (so that they meet), none of them among the COMMON most frequent."""
    rng = random.Random(seed)
    common = set(corpus.vocab[:COMMON])
    out = []
    for i in range(count):
        k = 1 + i % 3
        doc = corpus.doc(rng.randrange(1, corpus.n + 1))
        words = sorted({w for w in doc["text"].replace(".", "").split() if _base(w) not in common})
        out.append(" ".join(rng.sample(words, min(k, len(words)))))
    return out


def phrase_queries(corpus: Corpus, count: int, seed: int) -> list[str]:
    """2-3 consecutive words of one document, not all of them among the COMMON most frequent."""
    rng = random.Random(seed + 1)
    common = set(corpus.vocab[:COMMON])
    out = []
    while len(out) < count:
        doc = corpus.doc(rng.randrange(1, corpus.n + 1))
        words = rng.choice(doc["text"].split(".")).split()
        k = 2 + len(out) % 2
        if len(words) < k:
            continue
        j = rng.randrange(0, len(words) - k + 1)
        phrase = words[j:j + k]
        if all(_base(w) in common for w in phrase):
            continue
        out.append('"' + " ".join(phrase) + '"')
    return out


def time_queries(index: SearchIndex, queries: list[str]) -> tuple[list[float], int]:
    times, found = [], 0
    for q in queries:
        t = time.perf_counter()
        r = index.search(q, limit=20)
        times.append((time.perf_counter() - t) * 1000)
        found += r.total > 0
    return times, found


def folder_size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file())


def fts_build(path: Path, corpus: Corpus) -> float:
    t = time.perf_counter()
    db = sqlite3.connect(path)
    db.execute("CREATE VIRTUAL TABLE docs USING fts5(uid UNINDEXED, title, body, "
               "tokenize='unicode61 remove_diacritics 2')")
    batch = []
    for d in corpus:
        batch.append((d["uid"], d["title"], d["text"]))
        if len(batch) >= 2000:
            db.executemany("INSERT INTO docs VALUES (?, ?, ?)", batch)
            batch.clear()
    if batch:
        db.executemany("INSERT INTO docs VALUES (?, ?, ?)", batch)
    db.commit()
    db.close()
    return time.perf_counter() - t


def fts_match(q: str) -> str:
    if q.startswith('"'):
        return q.replace(ZWNJ, " ")
    return " ".join('"' + w.replace(ZWNJ, " ") + '"' for w in q.split())


def fts_queries(path: Path, queries: list[str]) -> tuple[list[float], int]:
    db = sqlite3.connect(path)
    times, found = [], 0
    for q in queries:
        m = fts_match(q)
        t = time.perf_counter()
        db.execute("SELECT uid, title, snippet(docs, 2, '<b>', '</b>', '…', 24) FROM docs WHERE docs MATCH ? "
                   "ORDER BY bm25(docs) LIMIT 20", (m,)).fetchall()
        n = db.execute("SELECT count(*) FROM docs WHERE docs MATCH ?", (m,)).fetchone()[0]
        times.append((time.perf_counter() - t) * 1000)
        found += n > 0
    db.close()
    return times, found


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--n", type=int, default=100_000, help="documents (default 100000)")
    ap.add_argument("--words", type=int, default=300, help="words per document (default 300)")
    ap.add_argument("--queries", type=int, default=200, help="queries of each kind (default 200)")
    ap.add_argument("--procs", type=int, default=None,
                    help="worker processes for the index build (default: as the app, one per core, at most 4)")
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--no-fts", action="store_true", help="skip SQLite FTS5")
    ap.add_argument("--keep", type=Path, help="build in this folder and keep it")
    args = ap.parse_args(argv)

    work = args.keep or Path(tempfile.mkdtemp(prefix="search-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    corpus = Corpus(args.n, args.words, args.seed)
    print(f"corpus: {args.n} documents x ~{args.words} words (seed {args.seed})", flush=True)

    index = SearchIndex(work / "index")
    t = time.perf_counter()
    index.rebuild(iter(corpus), seq=1, procs=args.procs)
    build_s = time.perf_counter() - t
    procs = args.procs if args.procs is not None else default_procs()
    print(f"whoosh build: {build_s:.1f} s ({args.n / build_s:.0f} docs/s, procs={procs}), "
          f"index {folder_size(work / 'index') / 1e6:.1f} MB, {index.doc_count()} docs", flush=True)

    wq = word_queries(corpus, args.queries, args.seed)
    pq = phrase_queries(corpus, args.queries, args.seed)
    index.search(wq[0])  # open the searcher, load the word list and facet tables
    w_times, w_found = time_queries(index, wq)
    p_times, p_found = time_queries(index, pq)
    c_times, _ = time_queries(index, corpus.vocab[:5] + ['"' + " ".join(corpus.vocab[i:i + 2]) + '"' for i in range(3)])
    print(f"whoosh words   (1-3): p50 {percentile(w_times, 50):.1f} ms, p95 {percentile(w_times, 95):.1f} ms, "
          f"max {max(w_times):.1f} ms, found {w_found}/{len(wq)}")
    print(f"whoosh phrases (2-3): p50 {percentile(p_times, 50):.1f} ms, p95 {percentile(p_times, 95):.1f} ms, "
          f"max {max(p_times):.1f} ms, found {p_found}/{len(pq)}")
    print(f"whoosh most common words alone or as a phrase (worst case): max {max(c_times):.1f} ms")

    edited = corpus.doc(args.n // 2 or 1)
    edited["text"] += " واژه‌ای‌تازه‌برای‌سنجش"
    t = time.perf_counter()
    index.apply([edited], [], seq=2)
    r = index.search("واژه‌ای‌تازه‌برای‌سنجش")
    edit_ms = (time.perf_counter() - t) * 1000
    assert r.total == 1 and r.hits[0].uid == edited["uid"], r
    print(f"edit visible:  {edit_ms:.0f} ms (apply + search)")
    index.close()

    if not args.no_fts:
        fts_path = work / "fts.sqlite3"
        if fts_path.exists():
            fts_path.unlink()
        fts_s = fts_build(fts_path, corpus)
        fw, fw_found = fts_queries(fts_path, wq)
        fp, fp_found = fts_queries(fts_path, pq)
        print(f"fts5 build:    {fts_s:.1f} s, {fts_path.stat().st_size / 1e6:.1f} MB")
        print(f"fts5 words:    p50 {percentile(fw, 50):.1f} ms, p95 {percentile(fw, 95):.1f} ms, "
              f"found {fw_found}/{len(wq)}")
        print(f"fts5 phrases:  p50 {percentile(fp, 50):.1f} ms, p95 {percentile(fp, 95):.1f} ms, "
              f"found {fp_found}/{len(pq)}")
        print(f"ratio whoosh/fts5: build {build_s / fts_s:.1f}x, words p95 "
              f"{percentile(w_times, 95) / max(percentile(fw, 95), 0.01):.1f}x, phrases p95 "
              f"{percentile(p_times, 95) / max(percentile(fp, 95), 0.01):.1f}x")
    targets = [("build", build_s * 100_000 / args.n, 180, "s (scaled to 100k)"),
               ("words p95", percentile(w_times, 95), 100, "ms"),
               ("phrases p95", percentile(p_times, 95), 300, "ms")]
    for name, value, target, unit in targets:
        print(f"target {name}: {value:.1f} {unit} vs {target} -> {'ok' if value <= target else 'MISSED'}")
    if not args.keep:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
