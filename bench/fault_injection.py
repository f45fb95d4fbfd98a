"""Fault injection: SIGKILL an operation at a random moment, restart, and check that nothing was lost.

    .venv/bin/python bench/fault_injection.py [--kills 200] [--ops import,edit,index,backup,photos] [--seed 1]

For each kill: integrity ok, every committed row there, no half-imported file, the index equal to the
database after it catches up, no stray files once `check --repair` has run. CI runs a short round of
the same functions (tests/test_fault_injection.py).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from press_archive.services import records  # noqa: E402
from press_archive.services.archive import Archive  # noqa: E402
from press_archive.services.care import check_archive  # noqa: E402
from press_archive.services.indexing import index_problems, sync_index  # noqa: E402

CLI = [sys.executable, "-m", "press_archive"]


@dataclass
class Round:
    op: str
    kills: int = 0
    lost_rows: int = 0
    half_files: int = 0
    unclean_after_repair: int = 0
    notes: list[str] = field(default_factory=list)


def _kill_after(cmd: list[str], delay: float, *, stdout=subprocess.DEVNULL) -> subprocess.Popen:
    proc = subprocess.Popen(cmd, stdout=stdout, stderr=subprocess.DEVNULL, cwd=ROOT)
    time.sleep(delay)
    if proc.poll() is None:
        proc.send_signal(signal.SIGKILL)
    proc.wait()
    return proc


def _write_news(path: Path, start: int, n: int, tag: str) -> Path:
    with open(path, "w", encoding="utf-8") as f:
        for i in range(start, start + n):
            f.write(json.dumps({"ref": f"{tag}-{i}", "title": f"خبر {tag} شمارهٔ {i}", "date": "1401/06/15",
                                "body": "نشست خبری روابط عمومی شهرداری " * 20}, ensure_ascii=False) + "\n")
    return path


def _settle(root: Path, result: Round) -> None:
    """What a restart does: catch the index up, then check (and repair what is derived)."""
    with Archive(root) as archive:
        sync_index(archive)
        problems = index_problems(archive)
        if problems:
            result.notes += problems
        report = check_archive(archive, repair=True)
        if report.remaining:
            result.unclean_after_repair += 1
            result.notes += report.remaining


def kill_import(root: Path, work: Path, rng: random.Random, kills: int) -> Round:
    result = Round("import")
    files = [_write_news(work / f"news-{k}.jsonl", 0, 3000, f"f{k}") for k in range(3)]
    for k in range(kills):
        cmd = CLI + ["--archive", str(root), "import", "news"] + [str(f) for f in files]
        _kill_after(cmd, rng.uniform(0.2, 2.5))
        result.kills += 1
        with Archive(root) as archive:
            for f in files:
                tag = f.stem.split("-")[1]
                stored = archive.db.execute("SELECT count(*) FROM news_items WHERE ref LIKE ?", [f"f{tag}-%"]).fetchone()[0]
                if stored not in (0, 3000):
                    result.half_files += 1
        _settle(root, result)
    subprocess.run(cmd, check=True, capture_output=True, cwd=ROOT)
    with Archive(root) as archive:
        stored = archive.db.execute("SELECT count(*) FROM news_items WHERE ref LIKE 'f%-%'").fetchone()[0]
        result.lost_rows += max(0, 9000 - stored)
    return result


_EDIT_LOOP = """
import sys
from press_archive.services.archive import Archive
from press_archive.services import records
a = Archive(sys.argv[1])
i = int(sys.argv[2])
while True:
    new_id, _ = records.add_record(a, "news", {"ref": f"edit-{i}", "title": f"ویرایش {i}", "date": "1402/01/01"})
    records.edit_record(a, "news", new_id, {"title": f"ویرایش‌شده {i}"})
    print(i, flush=True)
    i += 1
"""


def kill_edit_loop(root: Path, work: Path, rng: random.Random, kills: int) -> Round:
    result = Round("edit")
    for k in range(kills):
        next_i = k * 1_000_000  # a fresh range: a kill may land between an add and its print
        proc = subprocess.Popen(CLI[:1] + ["-c", _EDIT_LOOP, str(root), str(next_i)], stdout=subprocess.PIPE,
                                stderr=subprocess.DEVNULL, text=True, cwd=ROOT)
        time.sleep(rng.uniform(0.3, 1.5))
        proc.send_signal(signal.SIGKILL)
        out, _ = proc.communicate()
        committed = [int(x) for x in out.split()]
        result.kills += 1
        with Archive(root) as archive:
            for i in committed:
                row = archive.db.execute("SELECT title FROM news_items WHERE ref = ?", [f"edit-{i}"]).fetchone()
                if row is None or row[0] != f"ویرایش‌شده {i}":
                    result.lost_rows += 1
        _settle(root, result)
    return result


_REINDEX = """
import sys
from press_archive.services.archive import Archive
from press_archive.services.indexing import rebuild_index, sync_index
a = Archive(sys.argv[1])
rebuild_index(a) if sys.argv[2] == "rebuild" else sync_index(a)
"""


def kill_indexer(root: Path, work: Path, rng: random.Random, kills: int) -> Round:
    result = Round("index")
    if not (root / "archive.sqlite3").exists():
        return result
    for k in range(kills):
        # Give the indexer something to do: a fresh batch of changes, or a full rebuild.
        _write_news(work / "more.jsonl", 0, 500, f"ix{k}")
        with Archive(root) as archive:
            from press_archive.services.imports import import_records

            import_records(archive, "news", [work / "more.jsonl"])
        mode = "rebuild" if k % 2 else "sync"
        _kill_after(CLI[:1] + ["-c", _REINDEX, str(root), mode], rng.uniform(0.2, 3.0))
        result.kills += 1
        _settle(root, result)
    return result


def _half_originals(folder: Path) -> list[Path]:
    """Originals under a backup that are not what their name (their SHA-256) says: half copies."""
    from press_archive.media.store import hash_file

    originals = folder / "photos" / "originals"
    return [p for p in originals.rglob("*") if p.is_file() and not p.name.endswith(".partial")
            and hash_file(p) != p.stem] if originals.is_dir() else []


def kill_backup(root: Path, work: Path, rng: random.Random, kills: int) -> Round:
    """Kill backups of an archive with photos; every finished file in the backup is whole, and the last
    backup restores to an archive with the same records and byte-identical originals that passes check."""
    from press_archive.storage.care import quick_integrity

    result = Round("backup")
    dest = work / "backup"
    for _ in range(kills):
        _kill_after(CLI + ["--archive", str(root), "backup", str(dest)], rng.uniform(0.05, 1.0))
        result.kills += 1
        if (dest / "archive.sqlite3").exists() and quick_integrity(dest / "archive.sqlite3"):
            result.half_files += 1
        result.half_files += len(_half_originals(dest))
    subprocess.run(CLI + ["--archive", str(root), "backup", str(dest)], check=True, capture_output=True, cwd=ROOT)
    result.half_files += len(list(dest.rglob("*.partial")))  # the finished backup cleared what kills left
    restored = work / "restored"
    shutil.rmtree(restored, ignore_errors=True)
    subprocess.run(CLI + ["--archive", str(restored), "restore", str(dest)], check=True, capture_output=True, cwd=ROOT)
    with Archive(root) as a, Archive(restored) as b:
        for kind in ("news", "events", "photo_batches"):
            result.lost_rows += abs(records.count(a, kind) - records.count(b, kind))
        live = dict(a.db.execute("SELECT stored_path, sha256 FROM photos").fetchall())
        for rel, sha in b.db.execute("SELECT stored_path, sha256 FROM photos"):
            copy = b.layout.originals_dir / rel
            if live.get(rel) != sha or not copy.is_file() or copy.read_bytes() != (a.layout.originals_dir / rel).read_bytes():
                result.lost_rows += 1
        result.lost_rows += max(0, len(live) - b.db.execute("SELECT count(*) FROM photos").fetchone()[0])
        problems = check_archive(b).problems
        if problems:
            result.unclean_after_repair += 1
            result.notes += problems
    return result


def kill_photo_import(root: Path, work: Path, rng: random.Random, kills: int) -> Round:
    result = Round("photos")
    try:
        from tests.photo_factory import make_jpeg  # type: ignore
    except Exception:
        result.notes.append("photo factory not available; skipped")
        return result
    folder = work / "frames"
    folder.mkdir(exist_ok=True)
    for i in range(40):
        make_jpeg(folder / f"frame-{i:03d}.jpg", size=(1600, 1067), seed=i)
    for _ in range(kills):
        _kill_after(CLI + ["--archive", str(root), "import", "photos", str(folder), "--ref", "fi-batch"],
                    rng.uniform(0.5, 4.0))
        result.kills += 1
        _settle(root, result)
    subprocess.run(CLI + ["--archive", str(root), "import", "photos", str(folder), "--ref", "fi-batch"],
                   capture_output=True, cwd=ROOT)
    with Archive(root) as archive:
        stored = archive.db.execute("SELECT count(*) FROM photos p JOIN photo_batches b ON b.id = p.batch_id "
                                    "WHERE b.ref = 'fi-batch'").fetchone()[0]
        if stored != 40:
            result.lost_rows += abs(40 - stored)
    return result


OPS = {"import": kill_import, "edit": kill_edit_loop, "index": kill_indexer, "backup": kill_backup,
       "photos": kill_photo_import}


def rounds(ops: list[str], kills: int, seed: int, work: Path):
    """Each operation's round as it finishes, on an archive with photos from the start (the sample)."""
    rng = random.Random(seed)
    root = work / "archive"
    subprocess.run(CLI + ["--archive", str(root), "init", "--sample"], check=True, capture_output=True, cwd=ROOT)
    for op in ops:
        yield OPS[op](root, work, rng, kills)


def run(ops: list[str], kills: int, seed: int, work: Path) -> list[Round]:
    return list(rounds(ops, kills, seed, work))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--kills", type=int, default=200)
    parser.add_argument("--ops", default=",".join(OPS))
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="press-faults-") as tmp:
        started = time.perf_counter()
        for r in rounds(args.ops.split(","), args.kills, args.seed, Path(tmp)):
            print(f"{r.op:<8} kills {r.kills:>4}  lost rows {r.lost_rows}  half files {r.half_files}  "
                  f"unclean after repair {r.unclean_after_repair}  ({time.perf_counter() - started:.0f} s)"
                  + (f"  notes: {r.notes[:3]}" if r.notes else ""), flush=True)
        print(f"took {time.perf_counter() - started:.0f} s")


if __name__ == "__main__":
    main()
