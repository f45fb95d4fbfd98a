"""Relevance of the archive's search on a judged collection: MAP and P@10.

    python bench/relevance.py DIR [--or] [--index-only] [--no-stock] [--verbose] [--cli CMD]
    python bench/relevance.py tests/data/relevance/press --index-only --or    # the two halves, both spellings

The collection (TREC-style), in DIR:

* ``DIR/docs/ID.txt``: one document per file; the file name without ``.txt`` is its id; the first line
  is the title, the rest the body (UTF-8).
* ``DIR/queries/ID.txt``: one query per file; the file name is the query id; the first line is the
  query as a user would type it.
* ``DIR/qrels.txt``: judgements, one ``query-id doc-id`` pair a line for every relevant document
  (more columns are ignored, so TREC ``query-id 0 doc-id 1`` lines with a relevance of 0 are skipped);
  ``#`` starts a comment.

By default the documents are imported into a new archive with the CLI (``press-archive --archive TMP
init``; ``press-archive --archive TMP import news FILE.jsonl`` with the fields ref, title, date, body) and
each query is run with ``press-archive --archive TMP search QUERY --json --limit 100``. ``--index-only``
builds the index directly with ``SearchIndex`` instead (fast, and independent of the CLI).
``--or`` joins the query's words with OR (any word may match) instead of requiring all of them.

Unless ``--no-stock``, the same collection is also indexed by plain Whoosh with its stock
``StandardAnalyzer`` (BM25F, one text field holding the title and the body, same AND/OR reading), and
both MAPs are printed.

A collection with ``DIR/split.txt`` (lines ``tune QID...`` and ``held_out QID...``) is reported per half:
the queries used while tuning the ranking, and the held-out ones that were not looked at (ours with and
without the expansion from the best matches, and stock Whoosh). Each query is
run twice: as typed on a Persian keyboard (the query file) and as printed (Arabic yeh and kaf, no ZWNJ,
ASCII digits: the spelling of text typed on an Arabic keyboard, as newspapers print it).
"""

from __future__ import annotations

import argparse
import json
import os
import shlex
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

if not __package__:
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

DATE = "2016-03-19"


@dataclass
class Collection:
    docs: dict[str, tuple[str, str]]  # id -> (title, body)
    queries: dict[str, str]  # id -> query text
    qrels: dict[str, set[str]]  # query id -> relevant doc ids


def load_collection(folder: Path) -> Collection:
    folder = Path(folder)
    docs = {}
    for p in sorted((folder / "docs").glob("*.txt")):
        text = p.read_text(encoding="utf-8")
        title, _, body = text.partition("\n")
        docs[p.stem] = (title.strip(), body.strip())
    queries = {p.stem: p.read_text(encoding="utf-8").splitlines()[0].strip()
               for p in sorted((folder / "queries").glob("*.txt"))}
    qrels: dict[str, set[str]] = {q: set() for q in queries}
    for line in (folder / "qrels.txt").read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].split()
        if len(line) < 2:
            continue
        if len(line) >= 4:  # TREC: qid iter docid rel
            qid, did, rel = line[0], line[2], line[3]
            if rel == "0":
                continue
        else:
            qid, did = line[0], line[1]
        qrels.setdefault(qid, set()).add(did)
    return Collection(docs, queries, qrels)


def load_split(folder: Path) -> dict[str, list[str]]:
    """Half name -> query ids, from ``split.txt`` ({} when the collection has none)."""
    path = Path(folder) / "split.txt"
    if not path.exists():
        return {}
    halves = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        words = line.split("#", 1)[0].split()
        if len(words) > 1:
            halves[words[0]] = words[1:]
    return halves


def printed(query: str) -> str:
    """A query as printed (and as typed on an Arabic keyboard): Arabic yeh and kaf, no ZWNJ, ASCII digits."""
    return query.replace("ی", "ي").replace("ک", "ك").replace("\u200c", "").translate(
        str.maketrans("۰۱۲۳۴۵۶۷۸۹", "0123456789"))


def spellings(coll: Collection) -> dict[str, dict[str, str]]:
    return {"typed": dict(coll.queries), "printed": {q: printed(t) for q, t in coll.queries.items()}}


def average_precision(ranking: list[str], relevant: set[str]) -> float:
    if not relevant:
        return 0.0
    hits, total = 0, 0.0
    for i, d in enumerate(ranking, 1):
        if d in relevant:
            hits += 1
            total += hits / i
    return total / len(relevant)


def precision_at(ranking: list[str], relevant: set[str], k: int = 10) -> float:
    return sum(1 for d in ranking[:k] if d in relevant) / k


def evaluate(runs: dict[str, list[str]], coll: Collection,
             only: list[str] | None = None) -> tuple[float, float, dict[str, float]]:
    """(MAP, P@10, AP per query) of rankings per query id (of the ``only`` queries, when given)."""
    qids = [q for q in coll.queries if only is None or q in only]
    aps = {q: average_precision(runs.get(q, []), coll.qrels.get(q, set())) for q in qids}
    p10 = [precision_at(runs.get(q, []), coll.qrels.get(q, set())) for q in qids]
    n = max(1, len(qids))
    return sum(aps.values()) / n, sum(p10) / n, aps


def or_query(text: str) -> str:
    return " OR ".join(text.split())


def documents(coll: Collection) -> list[dict]:
    return [{"uid": f"news:{i}", "type": "news", "id": i, "ref": did, "title": title, "date_iso": DATE,
             "text": body, "language": "en" if title.isascii() else "fa"}
            for i, (did, (title, body)) in enumerate(sorted(coll.docs.items()), 1)]


def run_index_only(coll: Collection, use_or: bool = False, work: Path | None = None,
                   forms: dict[str, dict[str, str]] | None = None, **options) -> dict:
    """Rankings per query id; with ``forms`` (name -> queries), rankings per form name. ``options`` go
    to ``SearchIndex.search``."""
    from press_archive.search.index import SearchIndex
    from press_archive.search.query import QueryError

    work = Path(work or tempfile.mkdtemp(prefix="relevance-"))
    index = SearchIndex(work / "index")
    index.rebuild(documents(coll), seq=1)
    out = {}
    for form, queries in (forms or {"": coll.queries}).items():
        runs = out[form] = {}
        for qid, text in queries.items():
            try:
                result = index.search(or_query(text) if use_or else text, limit=100, facets=False, **options)
                runs[qid] = [h.ref for h in result.hits]
            except QueryError:
                runs[qid] = []
    index.close()
    return out if forms else out[""]


def run_cli(coll: Collection, use_or: bool = False, work: Path | None = None,
            cli: list[str] | None = None, expand: bool = True) -> dict[str, list[str]]:
    work = Path(work or tempfile.mkdtemp(prefix="relevance-"))
    cli = cli or [sys.executable, "-m", "press_archive"]
    archive = work / "archive"
    env = dict(os.environ, PRESS_ARCHIVE_NO_AUTOBACKUP="1")

    def call(*args) -> subprocess.CompletedProcess:
        return subprocess.run([*cli, "--archive", str(archive), *args], capture_output=True, text=True,
                              encoding="utf-8", env=env)

    r = call("init")
    if r.returncode != 0:
        raise SystemExit(f"press-archive init failed: {r.stderr.strip()}")
    jsonl = work / "news.jsonl"
    with open(jsonl, "w", encoding="utf-8") as f:
        for did, (title, body) in sorted(coll.docs.items()):
            f.write(json.dumps({"ref": did, "title": title, "date": DATE, "body": body,
                                "language": "en" if title.isascii() else "fa"}, ensure_ascii=False) + "\n")
    r = call("import", "news", str(jsonl))
    if r.returncode != 0:
        raise SystemExit(f"press-archive import failed: {r.stderr.strip()}")
    runs = {}
    for qid, text in coll.queries.items():
        r = call("search", or_query(text) if use_or else text, "--json", "--limit", "100",
                 *([] if expand else ["--no-expand"]))
        if r.returncode != 0:
            runs[qid] = []
            continue
        runs[qid] = [h.get("ref") for h in json.loads(r.stdout)["hits"]]
    return runs


def run_stock(coll: Collection, use_or: bool = False, work: Path | None = None,
              forms: dict[str, dict[str, str]] | None = None) -> dict:
    """The same collection with plain Whoosh: StandardAnalyzer, BM25F, one text field (title and body),
    QueryParser. Returns what :func:`run_index_only` returns."""
    from whoosh import fields, index
    from whoosh.analysis import StandardAnalyzer
    from whoosh.qparser import AndGroup, OrGroup, QueryParser

    work = Path(work or tempfile.mkdtemp(prefix="relevance-stock-"))
    folder = work / "stock-index"
    folder.mkdir(parents=True, exist_ok=True)
    schema = fields.Schema(ref=fields.ID(stored=True), text=fields.TEXT(analyzer=StandardAnalyzer()))
    ix = index.create_in(str(folder), schema)
    w = ix.writer()
    for did, (title, body) in sorted(coll.docs.items()):
        w.add_document(ref=did, text=title + "\n" + body)
    w.commit()
    parser = QueryParser("text", schema, group=OrGroup if use_or else AndGroup)
    out = {}
    with ix.searcher() as s:
        for form, queries in (forms or {"": coll.queries}).items():
            runs = out[form] = {}
            for qid, text in queries.items():
                hits = s.search(parser.parse(text), limit=100)
                runs[qid] = [h["ref"] for h in hits]
    ix.close()
    return out if forms else out[""]


def report_halves(args, coll: Collection, halves: dict[str, list[str]]) -> int:
    """MAP and P@10 per half of the queries, as typed and as printed, ours against stock Whoosh."""
    print(f"{len(coll.docs)} documents, {len(coll.queries)} queries "
          f"({', '.join(f'{h}: {len(q)}' for h, q in halves.items())}), "
          f"{sum(len(v) for v in coll.qrels.values())} judgements; {'OR' if args.use_or else 'AND'} queries")
    forms = spellings(coll)
    with tempfile.TemporaryDirectory(prefix="relevance-") as tmp:
        systems = {"ours": run_index_only(coll, args.use_or, Path(tmp) / "ours", forms)}
        systems["unexpanded"] = run_index_only(coll, args.use_or, Path(tmp) / "plain", forms, expand=False)
        systems["stock"] = run_stock(coll, args.use_or, Path(tmp), forms)
    for half, qids in halves.items():
        for form in forms:
            line = []
            for name, runs in systems.items():
                m, p10, aps = evaluate(runs[form], coll, qids)
                line.append(f"{name} MAP {m:.3f} P@10 {p10:.3f}")
            print(f"{half:9s} {form:8s} " + " | ".join(line))
            if args.verbose:
                for q in qids:
                    ap = "  ".join(f"{name} {evaluate(runs[form], coll, [q])[0]:.3f}" for name, runs in systems.items())
                    print(f"    {q} {ap}  {forms[form][q]}")
    return 0


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("dir", type=Path, help="the collection (docs/, queries/, qrels.txt)")
    ap.add_argument("--or", dest="use_or", action="store_true", help="join query words with OR")
    ap.add_argument("--index-only", action="store_true", help="build with SearchIndex, not the CLI")
    ap.add_argument("--no-stock", action="store_true", help="skip the stock StandardAnalyzer comparison")
    ap.add_argument("--cli", help="the command that runs the CLI (default: this Python -m press_archive)")
    ap.add_argument("--verbose", "-v", action="store_true", help="average precision of every query")
    ap.add_argument("--no-expand", dest="expand", action="store_false",
                    help="rank by the query's own words only (no feedback from the best matches)")
    args = ap.parse_args(argv)

    coll = load_collection(args.dir)
    halves = load_split(args.dir)
    if halves:
        return report_halves(args, coll, halves)
    print(f"{len(coll.docs)} documents, {len(coll.queries)} queries, "
          f"{sum(len(v) for v in coll.qrels.values())} judgements; {'OR' if args.use_or else 'AND'} queries")
    with tempfile.TemporaryDirectory(prefix="relevance-") as tmp:
        if args.index_only:
            ours = run_index_only(coll, args.use_or, Path(tmp), expand=args.expand)
            label = "press_archive (index)"
        else:
            ours = run_cli(coll, args.use_or, Path(tmp), shlex.split(args.cli) if args.cli else None, args.expand)
            label = "press_archive (CLI)"
        m, p10, aps = evaluate(ours, coll)
        print(f"{label:28s} MAP {m:.3f}  P@10 {p10:.3f}")
        stock_aps = {}
        if not args.no_stock:
            stock = run_stock(coll, args.use_or, Path(tmp))
            sm, sp10, stock_aps = evaluate(stock, coll)
            print(f"{'whoosh StandardAnalyzer':28s} MAP {sm:.3f}  P@10 {sp10:.3f}")
        if args.verbose:
            for q in coll.queries:
                extra = f"  stock {stock_aps[q]:.3f}" if stock_aps else ""
                print(f"  {q}  AP {aps[q]:.3f}{extra}  {coll.queries[q]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
