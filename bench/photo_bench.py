"""How fast a batch of camera photos gets into the archive.

    .venv/bin/python bench/photo_bench.py [--n 20] [--batch 500] [--workers N] [--out bench/out/photos]

1. Makes camera-like JPEGs (deterministic textures with detail at every scale, so sizes are those of real
   frames: 24 MP around 10 MB; EXIF with camera, lens, capture time and some portrait orientations): --n files,
   half 24 MP (6000x4000) and half 12 MP (4000x3000). They are kept in --out for the next run.
2. Per photo, on the same files in the same run: a bare Pillow loop (open, draft() at the preview size,
   decode) against the archive's whole per-file pipeline (read once, SHA-256, duplicate lookup, scan-data hash,
   scaled decode, EXIF/IPTC/XMP, preview and thumbnail, copy + fsync + verify). Target: pipeline <= 2x bare.
3. A batch import of --batch 24 MP photos through the worker pool into a fresh archive (target: 500 photos
   in <= 45 s on 2 cores). Batch files are the 24 MP frames with a stamped corner each, so every file is a
   distinct photo.
4. Thumbnail and preview sizes (targets: <= 20 KB and <= 150 KB).
5. With --raw-pairs, the same batch again with a raw twin beside every JPEG (IMG_0001.JPG + IMG_0001.CR2, the
   same capture time; the raw file a CR2 layout around the frame's JPEG, about as large as a real one's
   preview part): each pair is one photo with two originals, both copied and verified.
"""

from __future__ import annotations

import argparse
import io
import os
import random
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

from PIL import Image, ImageDraw

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from press_archive.media import render  # noqa: E402

SIZES = {"24MP": (6000, 4000), "12MP": (4000, 3000)}


def _texture(size: tuple[int, int], rnd: random.Random) -> Image.Image:
    """Grey structure at several scales plus sensor-like grain: compresses like a real photo."""
    w, h = size
    out = Image.new("L", size, 128)
    for scale, weight in ((96, 0.45), (24, 0.3), (6, 0.25), (1, 0.12)):
        small = (max(1, w // scale), max(1, h // scale))
        layer = Image.frombytes("L", small, rnd.randbytes(small[0] * small[1]))
        if scale > 1:
            layer = layer.resize(size, Image.Resampling.BICUBIC)
        out = Image.blend(out, layer, weight)
    return out


def camera_frame(size: tuple[int, int], seed: int) -> Image.Image:
    rnd = random.Random(seed)
    channels = [_texture(size, rnd) for _ in range(3)]
    im = Image.merge("RGB", channels)
    draw = ImageDraw.Draw(im)
    w, h = size
    for _ in range(25):  # edges and flat areas, as a scene has
        x, y = rnd.randrange(w), rnd.randrange(h)
        box = (x, y, x + rnd.randrange(w // 20, w // 4), y + rnd.randrange(h // 20, h // 4))
        colour = tuple(rnd.randrange(256) for _ in range(3))
        (draw.rectangle if rnd.random() < 0.5 else draw.ellipse)(box, outline=colour, width=rnd.randrange(2, 30))
    return im


def exif_for(seed: int, portrait: bool) -> bytes:
    exif = Image.Exif()
    exif[0x010F], exif[0x0110] = "Canon", "Canon EOS 5D Mark IV"
    exif[0x0112] = 6 if portrait else 1
    sub = exif.get_ifd(0x8769)
    sub[0x9003] = f"2016:03:19 10:{seed // 60 % 60:02d}:{seed % 60:02d}"
    sub[0xA434] = "EF24-70mm f/2.8L II USM"
    return exif.tobytes()


def encode(im: Image.Image, seed: int) -> bytes:
    buffer = io.BytesIO()
    im.save(buffer, "JPEG", quality=92, exif=exif_for(seed, portrait=seed % 5 == 0))
    return buffer.getvalue()


def make_set(out: Path, n: int) -> list[Path]:
    out.mkdir(parents=True, exist_ok=True)
    files = []
    for i in range(n):
        label = "24MP" if i % 2 == 0 else "12MP"
        path = out / f"set-{label}-{i:03d}.jpg"
        if not path.exists():
            path.write_bytes(encode(camera_frame(SIZES[label], seed=i), seed=i))
        files.append(path)
    return files


def make_batch(out: Path, bases: list[Path], count: int) -> Path:
    folder = out / f"batch-{count}"
    folder.mkdir(parents=True, exist_ok=True)
    frames: list[Image.Image] = []
    for i in range(count):
        path = folder / f"IMG_{i:04d}.JPG"
        if path.exists():
            continue
        if not frames:
            frames = [Image.open(p) for p in bases if "24MP" in p.name]
            for im in frames:
                im.load()
        im = frames[i % len(frames)].copy()
        ImageDraw.Draw(im).rectangle((0, 0, 80 + i % 97, 80 + i // 97), fill=(i % 256, i * 7 % 256, i * 13 % 256))
        path.write_bytes(encode(im, seed=1000 + i))
    return folder


def raw_twin(jpeg_bytes: bytes) -> bytes:
    """A CR2-like raw file around a JPEG: the "CR" signature, IFD0 holding the JPEG and the frame's EXIF."""
    import struct

    with Image.open(io.BytesIO(jpeg_bytes)) as im:
        taken = im.getexif().get_ifd(0x8769).get(0x9003, "2016:03:19 10:00:00")
    body = bytearray(b"II*\x00\x00\x00\x00\x00CR\x02\x00\x00\x00\x00\x00")
    preview_at = len(body)
    body += jpeg_bytes + b"\x00" * (len(jpeg_bytes) % 2)
    taken_at = len(body)
    body += taken.encode() + b"\x00"
    body += b"\x00" * (len(body) % 2)
    exif_at = len(body)
    body += struct.pack("<HHHII", 1, 0x9003, 2, 20, taken_at) + b"\x00" * 4
    make_at = len(body)
    body += b"Canon\x00"
    entries = [(0x010F, 2, 6, make_at), (0x0103, 3, 1, 6), (0x0111, 4, 1, preview_at),
               (0x0117, 4, 1, len(jpeg_bytes)), (0x8769, 4, 1, exif_at)]
    ifd0 = len(body)
    body += struct.pack("<H", len(entries)) + b"".join(
        struct.pack("<HHII", tag, kind, count, value) for tag, kind, count, value in sorted(entries)) + b"\x00" * 4
    body[4:8] = struct.pack("<I", ifd0)
    return bytes(body)


def make_raw_pairs(out: Path, batch: Path) -> Path:
    folder = out / f"{batch.name}-raw"
    folder.mkdir(parents=True, exist_ok=True)
    for jpeg_path in sorted(batch.iterdir()):
        twin = folder / jpeg_path.name
        if not twin.exists():
            os.link(jpeg_path, twin)
        raw_path = twin.with_suffix(".CR2")
        if not raw_path.exists():
            raw_path.write_bytes(raw_twin(jpeg_path.read_bytes()))
    return folder


def bare(path: Path) -> None:
    with Image.open(path) as im:
        im.draft("RGB", render.fit(im.size, render.PREVIEW_SIZE))
        im.load()


def _bare_many(paths: list[Path]) -> None:
    for path in paths:
        bare(path)


def parallel_bare(paths: list[Path], processes: int) -> float:
    """The bare decode loop over `paths` split across processes: the floor any import of them stands on."""
    import multiprocessing

    with multiprocessing.get_context("spawn").Pool(processes) as pool:
        pool.map(_bare_many, [paths[:1]] * processes)  # start-up and imports, not measured
        t = time.perf_counter()
        pool.map(_bare_many, [paths[i::processes] for i in range(processes)])
        return time.perf_counter() - t


def per_photo(files: list[Path], archive) -> dict[str, dict[str, float]]:
    from press_archive.media import worker
    from press_archive.media.sources import Source

    worker.init_worker()
    work = Path(tempfile.mkdtemp(dir=archive.layout.tmp_dir))
    results: dict[str, dict[str, list[float]]] = {}
    sizes: dict[str, list[int]] = {"preview": [], "thumbnail": []}
    for path in files:  # warm the page cache and the decoders once
        path.read_bytes()
        bare(path)
    for _round in range(2):
        for path in files:
            label = path.name.split("-")[1]
            t0 = time.perf_counter()
            bare(path)
            t1 = time.perf_counter()
            task = worker.Task(Source(str(path), str(path), path.stat().st_size), str(work / path.stem))
            result = worker.process_file(task)
            t2 = time.perf_counter()
            for tmp in task.tmp_files():
                Path(tmp).unlink(missing_ok=True)
            assert result["status"] == "ok", result
            slot = results.setdefault(label, {"bare": [], "pipeline": [], "mb": []})
            slot["bare"].append(t1 - t0)
            slot["pipeline"].append(t2 - t1)
            slot["mb"].append(path.stat().st_size / 1e6)
            sizes["preview"].append(result["preview_bytes"])
            sizes["thumbnail"].append(result["thumbnail_bytes"])
    shutil.rmtree(work, ignore_errors=True)
    summary = {label: {k: statistics.median(v) for k, v in slot.items()} for label, slot in results.items()}
    summary["sizes"] = {k: {"mean": statistics.mean(v), "max": max(v)} for k, v in sizes.items()}
    return summary


def timed_import(out: Path, folder: Path, workers: int):
    """(seconds, report, raw twins stored) of importing `folder` into a fresh archive, its files in the page cache
    first (as from a card just read)."""
    from press_archive.services import photos
    from press_archive.services.archive import Archive

    with tempfile.TemporaryDirectory(dir=out) as tmp:
        with Archive.create(Path(tmp) / "arch")[0] as archive:
            for path in folder.iterdir():
                with open(path, "rb") as f:
                    while f.read(1 << 20):
                        pass
            t = time.perf_counter()
            report = photos.import_photos(archive, [folder], title="bench", workers=workers)
            took = time.perf_counter() - t
            return took, report, len(photos.raw_files(archive, report.photo_ids))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, default=20, help="files in the per-photo set (half 24 MP, half 12 MP)")
    parser.add_argument("--batch", type=int, default=500, help="24 MP photos in the batch import (0: skip)")
    parser.add_argument("--workers", type=int, default=None, help="decoding processes (default: as the app)")
    parser.add_argument("--out", type=Path, default=Path(__file__).parent / "out" / "photos")
    parser.add_argument("--raw-pairs", action="store_true", help="then the batch again, each JPEG with a raw twin")
    args = parser.parse_args()

    from press_archive.services import photos
    from press_archive.services.archive import Archive

    if args.workers is None:
        args.workers = photos.DEFAULT_WORKERS

    t = time.perf_counter()
    files = make_set(args.out, max(2, args.n))
    print(f"photo set: {len(files)} files in {args.out} ({time.perf_counter() - t:.1f} s to make or find)")
    print(f"load average before measuring: {', '.join(f'{x:.2f}' for x in os.getloadavg())} "
          "(other programs on the machine slow every figure)")
    with tempfile.TemporaryDirectory(dir=args.out) as tmp:
        with Archive.create(Path(tmp) / "arch")[0] as archive:
            summary = per_photo(files, archive)
    print("\nper photo (median of 2 rounds)      bare draft+decode   whole pipeline   ratio   (target <= 2x)")
    for label in ("24MP", "12MP"):
        s = summary[label]
        print(f"  {label}  {s['mb']:5.1f} MB files           {s['bare'] * 1000:7.1f} ms      "
              f"{s['pipeline'] * 1000:7.1f} ms    {s['pipeline'] / s['bare']:4.2f}x")
    for name, size, target in (("thumbnail", "256 px", 20), ("preview", "1024 px", 150)):
        kb = {k: v / 1024 for k, v in summary["sizes"][name].items()}
        print(f"{name} {size}: mean {kb['mean']:.1f} KB, max {kb['max']:.1f} KB (target <= {target} KB)")

    if args.batch:
        t = time.perf_counter()
        folder = make_batch(args.out, files, args.batch)
        print(f"\nbatch: {args.batch} distinct 24 MP files in {folder} "
              f"({time.perf_counter() - t:.1f} s to make or find)")
        took, report, _twins = timed_import(args.out, folder, args.workers)
        per = took / max(1, report.imported)
        print(f"imported {report.imported} (rejected {report.rejected}) with {args.workers} workers on "
              f"{os.cpu_count()} cores in {took:.1f} s: {per * 1000:.0f} ms per photo; "
              f"500 photos ~ {per * 500:.0f} s (target <= 45 s)")
        bare_took = parallel_bare(sorted(folder.iterdir()), max(1, args.workers))
        print(f"bare draft+decode of the same files in {max(1, args.workers)} processes: {bare_took:.1f} s; "
              f"the import took {took / bare_took:.2f}x that")
        if args.raw_pairs:
            pairs = make_raw_pairs(args.out, folder)
            paired_took, report, twins = timed_import(args.out, pairs, args.workers)
            print(f"RAW+JPEG: imported {report.imported} photos with {twins} raw twins (rejected {report.rejected}) "
                  f"in {paired_took:.1f} s: {paired_took / bare_took:.2f}x the bare decode, "
                  f"{paired_took / took:.2f}x the JPEG-only import")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
