"""Distances of the visual hash (64-bit dHash of the 256 px thumbnail) for what should match and what should
not: crops, recompression and resizing of the same photo against distinct photos and flat images. The
threshold in press_archive/media/similar.py is chosen from this table.

    .venv/bin/python bench/phash_table.py [FOLDER_OF_PHOTOS]   (default: ../shared/camera-samples)
"""

from __future__ import annotations

import io
import itertools
import statistics
import sys
from pathlib import Path

from PIL import Image, ImageDraw

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from press_archive.media.render import dhash, fit, low_detail  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]


def thumb(im: Image.Image) -> Image.Image:
    im = im.convert("RGB")
    return im.resize(fit(im.size, 256), Image.Resampling.BICUBIC)


def crop(im: Image.Image, percent: float) -> Image.Image:
    w, h = im.size
    dx, dy = round(w * percent / 200), round(h * percent / 200)  # percent of each side, half from each edge
    return im.crop((dx, dy, w - dx, h - dy))


def corner_crop(im: Image.Image, percent: float) -> Image.Image:
    w, h = im.size
    return im.crop((0, 0, w - round(w * percent / 100), h - round(h * percent / 100)))


def recompress(im: Image.Image, quality: int) -> Image.Image:
    buffer = io.BytesIO()
    im.convert("RGB").save(buffer, "JPEG", quality=quality)
    return Image.open(io.BytesIO(buffer.getvalue()))


def flat_images() -> dict[str, Image.Image]:
    text = Image.new("RGB", (800, 600), "white")
    ImageDraw.Draw(text).text((40, 40), "Press release\nCity of Tehran\n1403/05/01", fill="black")
    return {"white": Image.new("RGB", (800, 600), "white"), "black": Image.new("RGB", (800, 600), "black"),
            "green": Image.new("RGB", (800, 600), (30, 160, 40)), "grey": Image.new("RGB", (800, 600), (128,) * 3),
            "text on white": text}


def main() -> None:
    folder = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT.parent / "shared" / "camera-samples"
    photos = {}
    for path in sorted(folder.glob("*.jp*g")) + sorted(folder.glob("*.JPG")):
        try:
            with Image.open(path) as im:
                im.draft("RGB", (1024, 1024))
                photos[path.name] = im.convert("RGB").copy()
        except OSError:
            continue
    hashes = {n: int(dhash(thumb(im)), 16) for n, im in photos.items()}
    detailed = {n for n, im in photos.items() if not low_detail(thumb(im))}
    print(f"{len(photos)} photos ({len(detailed)} with enough detail for a visual hash)")
    print("| change of the same photo | median | max | found at <= 6 | found at <= 8 |")
    print("| --- | --- | --- | --- | --- |")
    for label, change in [("recompressed q=60", lambda im: recompress(im, 60)),
                          ("resized to 50 %", lambda im: im.resize((im.width // 2, im.height // 2))),
                          ("crop 1 %", lambda im: crop(im, 1)), ("crop 3 %", lambda im: crop(im, 3)),
                          ("crop 5 %", lambda im: crop(im, 5)), ("crop 10 %", lambda im: crop(im, 10)),
                          ("crop 3 % from one corner", lambda im: corner_crop(im, 3)),
                          ("crop 5 % from one corner", lambda im: corner_crop(im, 5))]:
        d = [(hashes[n] ^ int(dhash(thumb(change(photos[n]))), 16)).bit_count() for n in detailed]
        print(f"| {label} | {statistics.median(d)} | {max(d)} | {sum(x <= 6 for x in d)}/{len(d)} "
              f"| {sum(x <= 8 for x in d)}/{len(d)} |")
    # "Issue 600 (1)" and "(2)" are one picture saved twice: not a distinct pair
    distinct = sorted((hashes[a] ^ hashes[b]).bit_count() for a, b in itertools.combinations(sorted(detailed), 2)
                      if a.split(" (")[0] != b.split(" (")[0])
    print(f"distinct photos, {len(distinct)} pairs: min {distinct[0]}, 5th percentile {distinct[len(distinct) // 20]}, "
          + ", ".join(f"<= {t}: {sum(d <= t for d in distinct)}" for t in (6, 8, 10, 12)))
    flats = flat_images()
    flat_hashes = {n: int(dhash(thumb(im)), 16) for n, im in flats.items()}
    print("flat images: " + ", ".join(f"{n} {h:016x} (low detail: {low_detail(thumb(flats[n]))})"
                                       for n, h in flat_hashes.items()))


if __name__ == "__main__":
    main()
