"""Fault injection: SIGKILL an operation at a random moment, restart, and check that nothing was lost.

    .venv/bin/python bench/fault_injection.py [--kills 200] [--ops import,edit,index,backup,photos] [--seed 1]

`--kills` is the total, shared out evenly among the operations. Each operation is small and its kill lands
at a random moment within the time the same operation takes when left alone (measured once per round), so
a round neither grows the archive nor slows down kill after kill. After each kill the judge, which reads
the SQLite file with Python's own sqlite3 and hashes files with hashlib (not through the program), asks:

- is every row committed before still there, as it was (news by ref and title, photos by hash, audit entries)?
- is an import file stored whole or not at all, and is every original whole (its bytes hash to its name)?
- does the restart (`press-archive check`, a new process, no repair) exit 0?
- once the same operation has run again to its end, are the rows all there and are no `.partial`, `.tmp`,
  `index.new`, `index.old` or import tmp folders left behind (named in the notes)?

CI runs a short round of the same functions (tests/test_fault_injection.py).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

CLI = [sys.executable, "-m", "press_archive"]
CAMERA_SAMPLES = ROOT.parent / "shared" / "camera-samples"
NEWS_PER_FILE = 30
PHOTOS_PER_KILL = 3


@dataclass
class Round:
    op: str
    kills: int = 0
    rows_committed: int = 0  # rows (news, photos, audit entries) the judge saw committed by the end of the round
    lost_rows: int = 0
    half_files: int = 0  # half-imported files, originals not matching their hash, a backup database not whole
    stray_files: int = 0  # leftovers once the operation has run again to its end
    checks: int = 0
    unclean_checks: int = 0  # restarts whose `check` did not exit 0
    seconds: float = 0.0
    notes: list[str] = field(default_factory=list)

    def line(self) -> str:
        return (f"{self.op:<7} kills {self.kills:>4}  rows committed {self.rows_committed:>6}  lost {self.lost_rows}  "
                f"half files {self.half_files}  stray files {self.stray_files}  "
                f"check clean {self.checks - self.unclean_checks}/{self.checks}  ({self.seconds:.0f} s)"
                + (f"  notes: {self.notes[:3]}" if self.notes else ""))


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


class Judge:
    """What an independent reader of the archive folder sees; remembers what was committed."""

    def __init__(self, root: Path):
        self.root = root
        self.news: dict[str, str] = {}  # ref -> title
        self.photos: set[str] = set()  # sha256
        self.audit_entries = 0

    def _db(self) -> sqlite3.Connection:
        return sqlite3.connect(self.root / "archive.sqlite3", timeout=30)

    def rows(self, sql: str, params=()) -> list[tuple]:
        db = self._db()
        try:
            return db.execute(sql, params).fetchall()
        finally:
            db.close()

    def committed(self) -> int:
        return len(self.news) + len(self.photos) + self.audit_entries

    def after_kill(self, result: Round) -> None:
        """Nothing committed before is gone or changed; every original is whole; then remember the new state."""
        news = dict(self.rows("SELECT ref, title FROM news_items WHERE ref IS NOT NULL"))
        lost = [ref for ref, title in self.news.items() if news.get(ref) != title]
        photos = {sha for (sha,) in self.rows("SELECT sha256 FROM photos")}
        lost += sorted(self.photos - photos)
        audit = self.rows("SELECT count(*) FROM audit_log")[0][0]
        if audit < self.audit_entries:
            lost.append(f"{self.audit_entries - audit} audit entries")
        result.lost_rows += len(lost)
        result.notes += [f"lost {x}" for x in lost[:3]]
        for rel, sha in self.rows("SELECT stored_path, sha256 FROM photos"):
            original = self.root / "photos" / "originals" / rel
            if not original.is_file() or _sha256(original) != sha:
                result.half_files += 1
                result.notes.append(f"original {rel} missing or not whole")
        result.half_files += len(half_originals(self.root))
        self.news, self.photos, self.audit_entries = news, photos, audit

    def restart(self, result: Round) -> None:
        """A new process opens the archive and checks it, repairing nothing."""
        done = subprocess.run(CLI + ["--archive", str(self.root), "check"], capture_output=True, text=True, cwd=ROOT)
        result.checks += 1
        if done.returncode != 0:
            result.unclean_checks += 1
            result.notes.append(f"check exit {done.returncode}: {(done.stdout + done.stderr).strip()[-300:]}")


def half_originals(folder: Path) -> list[Path]:
    """Originals that are not what their name (their SHA-256) says: half copies in a finished place."""
    originals = folder / "photos" / "originals"
    return [p for p in originals.rglob("*") if p.is_file() and not p.name.endswith(".partial")
            and _sha256(p) != p.stem] if originals.is_dir() else []


def stray_files(folder: Path) -> list[Path]:
    """What an interrupted write leaves behind and a finished one must have cleared."""
    found = [p for p in folder.rglob("*")
             if p.name.endswith((".partial", ".tmp")) or p.name in ("index.new", "index.old")]
    tmp = folder / "tmp"
    return found + (list(tmp.iterdir()) if tmp.is_dir() else [])


def count_strays(result: Round, *folders: Path) -> None:
    for folder in folders:
        found = stray_files(folder)
        result.stray_files += len(found)
        result.notes += [f"left behind: {p.relative_to(folder)}" for p in found[:2]]


def _run(cmd: list[str]) -> subprocess.CompletedProcess:
    return subprocess.run(cmd, capture_output=True, text=True, cwd=ROOT)


def _timed(cmd: list[str]) -> float:
    started = time.perf_counter()
    _run(cmd)
    return time.perf_counter() - started


def _kill_within(cmd: list[str], rng: random.Random, duration: float, *, stdout=subprocess.DEVNULL) -> str:
    """Start the command and SIGKILL it, with every process it started (segment writers, photo decoders: a
    power cut takes them all), at a random moment within its usual duration; its stdout so far."""
    proc = subprocess.Popen(cmd, stdout=stdout, stderr=subprocess.DEVNULL, cwd=ROOT, text=True,
                            start_new_session=True)
    time.sleep(rng.uniform(0.05, 1.0) * duration)
    if proc.poll() is None:
        try:
            os.killpg(proc.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass  # it ended on its own just now
    out, _ = proc.communicate()
    return out or ""


def _write_news(path: Path, tag: str, n: int = NEWS_PER_FILE) -> Path:
    with open(path, "w", encoding="utf-8") as f:
        for i in range(n):
            f.write(json.dumps({"ref": f"{tag}-{i}", "title": f"خبر {tag} شمارهٔ {i}", "date": "1401/06/15",
                                "body": "نشست خبری روابط عمومی شهرداری " * 20}, ensure_ascii=False) + "\n")
    return path


def _import_news(root: Path, path: Path) -> list[str]:
    return CLI + ["--archive", str(root), "import", "news", str(path)]


def kill_import(judge: Judge, work: Path, rng: random.Random, kills: int) -> Round:
    result = Round("import")
    duration = _timed(_import_news(judge.root, _write_news(work / "calibrate.jsonl", "cal")))
    for k in range(kills):
        tag = f"imp{k}"
        cmd = _import_news(judge.root, _write_news(work / f"{tag}.jsonl", tag))
        _kill_within(cmd, rng, duration)
        result.kills += 1
        stored = judge.rows("SELECT count(*) FROM news_items WHERE ref LIKE ?", [f"{tag}-%"])[0][0]
        if stored not in (0, NEWS_PER_FILE):
            result.half_files += 1
            result.notes.append(f"{tag}: {stored} of {NEWS_PER_FILE} rows stored")
        judge.after_kill(result)
        judge.restart(result)
        _run(cmd)  # the rerun stores the rest
        if judge.rows("SELECT count(*) FROM news_items WHERE ref LIKE ?", [f"{tag}-%"])[0][0] != NEWS_PER_FILE:
            result.lost_rows += 1
            result.notes.append(f"{tag}: the rerun did not store the whole file")
        count_strays(result, judge.root)
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


def kill_edit_loop(judge: Judge, work: Path, rng: random.Random, kills: int) -> Round:
    result = Round("edit")
    for k in range(kills):
        cmd = CLI[:1] + ["-c", _EDIT_LOOP, str(judge.root), str(k * 1_000_000)]  # a fresh range each time
        out = _kill_within(cmd, rng, 1.5, stdout=subprocess.PIPE)
        result.kills += 1
        titles = dict(judge.rows("SELECT ref, title FROM news_items WHERE ref LIKE 'edit-%'"))
        for i in (int(x) for x in out.split()):  # printed only after the edit committed
            if titles.get(f"edit-{i}") != f"ویرایش‌شده {i}":
                result.lost_rows += 1
                result.notes.append(f"edit-{i} not as committed")
        judge.after_kill(result)
        judge.restart(result)
        count_strays(result, judge.root)
    return result


_INDEXER = """
import sys
from press_archive.services.archive import Archive
from press_archive.services.indexing import rebuild_index, sync_index
a = Archive(sys.argv[1])
rebuild_index(a) if sys.argv[2] == "rebuild" else sync_index(a)
"""


def kill_indexer(judge: Judge, work: Path, rng: random.Random, kills: int) -> Round:
    """Kill index updates (a few dozen fresh changes) and full rebuilds, alternately."""
    result = Round("index")
    durations = {mode: _timed(CLI[:1] + ["-c", _INDEXER, str(judge.root), mode]) for mode in ("sync", "rebuild")}
    for k in range(kills):
        mode = "rebuild" if k % 2 else "sync"
        if mode == "sync":  # changes the index has not seen yet, stored without touching the index
            _write_news(work / "more.jsonl", f"ix{k}")
            _run(CLI[:1] + ["-c", _STORE_ONLY, str(judge.root), str(work / "more.jsonl")])
        cmd = CLI[:1] + ["-c", _INDEXER, str(judge.root), mode]
        _kill_within(cmd, rng, max(durations[mode], 0.5))
        result.kills += 1
        judge.after_kill(result)
        judge.restart(result)
        _run(cmd)
        count_strays(result, judge.root)
    return result


# An import that leaves the index behind (as a killed import would), so the indexer has work to be killed in.
_STORE_ONLY = """
import sys
from pathlib import Path
from press_archive.services.archive import Archive
from press_archive.services import imports
imports.import_records(Archive(sys.argv[1]), "news", [Path(sys.argv[2])])
"""


def kill_backup(judge: Judge, work: Path, rng: random.Random, kills: int) -> Round:
    """Kill backups of an archive with photos; every finished file in the backup is whole, the rerun
    finishes and leaves nothing partial, and the last backup restores to the same archive, passing check."""
    result = Round("backup")
    dest = work / "backup"
    cmd = CLI + ["--archive", str(judge.root), "backup", str(dest)]
    duration = _timed(CLI + ["--archive", str(judge.root), "backup", str(work / "calibrate-backup")])
    for k in range(kills):
        if k % 4 == 0:  # a fresh destination now and then, so kills land in the copying of every original
            shutil.rmtree(dest, ignore_errors=True)
        _kill_within(cmd, rng, duration)
        result.kills += 1
        db = dest / "archive.sqlite3"
        if db.exists() and _integrity(db) != "ok":
            result.half_files += 1
            result.notes.append("backup database not whole")
        result.half_files += len(half_originals(dest))
        judge.after_kill(result)
        judge.restart(result)
        if _run(cmd).returncode != 0:
            result.unclean_checks += 1
            result.notes.append("the backup after a killed one failed")
        count_strays(result, dest, judge.root)
    restored = work / "restored"
    done = _run(CLI + ["--archive", str(restored), "restore", str(dest)])
    if done.returncode != 0:
        result.notes.append(f"restore failed: {done.stderr.strip()}")
        result.lost_rows += 1
        return result
    live, copy = Judge(judge.root), Judge(restored)
    for sql in ("SELECT ref, title FROM news_items", "SELECT sha256, stored_path FROM photos",
                "SELECT id, title FROM events", "SELECT id, title FROM photo_batches"):
        result.lost_rows += len(set(live.rows(sql)) ^ set(copy.rows(sql)))
    for sha, rel in copy.rows("SELECT sha256, stored_path FROM photos"):
        original = restored / "photos" / "originals" / rel
        if not original.is_file() or _sha256(original) != sha:
            result.lost_rows += 1
    copy.restart(result)
    return result


def _integrity(db: Path) -> str:
    con = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        return con.execute("PRAGMA quick_check").fetchone()[0]
    except sqlite3.DatabaseError as e:
        return str(e)
    finally:
        con.close()


def _photo_folder(work: Path, k: int) -> Path:
    """A few small real JPEGs for kill k: from the photo factory, and a real camera file every few kills."""
    from tests.photo_factory import camera_jpeg

    folder = work / f"frames-{k}"
    folder.mkdir(exist_ok=True)
    for j in range(PHOTOS_PER_KILL):
        camera_jpeg(folder / f"frame-{j}.jpg", seed=k * 10 + j + 1000, size=(640, 427))
    samples = sorted(p for p in CAMERA_SAMPLES.glob("*.jpg") if 50_000 < p.stat().st_size < 400_000)
    if samples and k < len(samples):
        shutil.copyfile(samples[k], folder / samples[k].name)
    return folder


def kill_photo_import(judge: Judge, work: Path, rng: random.Random, kills: int) -> Round:
    result = Round("photos")

    def cmd(folder: Path, ref: str) -> list[str]:
        return CLI + ["--archive", str(judge.root), "import", "photos", str(folder), "--ref", ref]

    duration = _timed(cmd(_photo_folder(work, 10_000), "fi-calibrate"))
    for k in range(kills):
        folder, ref = _photo_folder(work, k), f"fi-{k}"
        _kill_within(cmd(folder, ref), rng, duration)
        result.kills += 1
        judge.after_kill(result)
        judge.restart(result)
        _run(cmd(folder, ref))
        stored = judge.rows("SELECT count(*) FROM photos p JOIN photo_batches b ON b.id = p.batch_id "
                            "WHERE b.ref = ?", [ref])[0][0]
        expected = len(list(folder.iterdir()))
        if stored != expected:
            result.lost_rows += abs(expected - stored)
            result.notes.append(f"{ref}: {stored} of {expected} photos after the rerun")
        count_strays(result, judge.root)
    return result


OPS = {"import": kill_import, "edit": kill_edit_loop, "index": kill_indexer, "backup": kill_backup,
       "photos": kill_photo_import}


def rounds(ops: list[str], kills: int, seed: int, work: Path):
    """Each operation's round (`kills` kills each) as it finishes, on an archive with photos from the start."""
    rng = random.Random(seed)
    root = work / "archive"
    subprocess.run(CLI + ["--archive", str(root), "init", "--sample"], check=True, capture_output=True, cwd=ROOT)
    judge = Judge(root)
    judge.after_kill(Round("init"))
    for op in ops:
        started = time.perf_counter()
        result = OPS[op](judge, work, rng, kills)
        judge.after_kill(result)
        result.rows_committed = judge.committed()
        result.seconds = time.perf_counter() - started
        yield result


def run(ops: list[str], kills: int, seed: int, work: Path) -> list[Round]:
    return list(rounds(ops, kills, seed, work))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--kills", type=int, default=200, help="kills in all, shared out among the operations")
    parser.add_argument("--ops", default=",".join(OPS))
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    ops = args.ops.split(",")
    per_op = max(1, args.kills // len(ops))
    with tempfile.TemporaryDirectory(prefix="press-faults-") as tmp:
        started = time.perf_counter()
        totals = Round("all")
        for r in rounds(ops, per_op, args.seed, Path(tmp)):
            print(r.line(), flush=True)
            for name in ("kills", "lost_rows", "half_files", "stray_files", "checks", "unclean_checks"):
                setattr(totals, name, getattr(totals, name) + getattr(r, name))
            totals.rows_committed = r.rows_committed
        totals.seconds = time.perf_counter() - started
        print(totals.line())


if __name__ == "__main__":
    main()
