"""Drawn frames for the sample archive: simple city scenes, so a newcomer's photo grid is not empty.

They are made at load time (nothing binary is shipped) and carry EXIF capture dates like a camera's.
"""

from __future__ import annotations

import random
from datetime import datetime
from pathlib import Path

from PIL import Image, ImageDraw


def _scene(seed: int, size=(1600, 1067)) -> Image.Image:
    rng = random.Random(seed)
    w, h = size
    img = Image.new("RGB", size)
    draw = ImageDraw.Draw(img)
    top, bottom = (rng.randint(60, 140), rng.randint(120, 190), 235), (rng.randint(200, 250), rng.randint(200, 235), 210)
    horizon = int(h * rng.uniform(0.55, 0.7))
    for y in range(horizon):  # sky
        t = y / horizon
        draw.line([(0, y), (w, y)], fill=tuple(int(a + (b - a) * t) for a, b in zip(top, bottom)))
    draw.rectangle([0, horizon, w, h], fill=(rng.randint(70, 110), rng.randint(90, 120), rng.randint(60, 90)))
    sx, sy, r = rng.randint(100, w - 100), rng.randint(60, horizon // 2), rng.randint(40, 80)
    draw.ellipse([sx - r, sy - r, sx + r, sy + r], fill=(255, 236, 170))
    x = 0
    while x < w:  # the city line
        bw, bh = rng.randint(60, 180), rng.randint(int(h * 0.15), int(h * 0.5))
        shade = rng.randint(90, 200)
        draw.rectangle([x, horizon - bh, x + bw, horizon], fill=(shade, shade - 10, shade - 25))
        for wy in range(horizon - bh + 15, horizon - 20, 34):
            for wx in range(x + 10, x + bw - 20, 28):
                if rng.random() < 0.6:
                    draw.rectangle([wx, wy, wx + 14, wy + 18], fill=(250, 230, 150) if rng.random() < 0.3 else (60, 70, 90))
        x += bw + rng.randint(0, 20)
    for _ in range(rng.randint(3, 9)):  # people at the event
        px, py = rng.randint(0, w), rng.randint(horizon + 40, h - 40)
        color = tuple(rng.randint(20, 200) for _ in range(3))
        draw.ellipse([px - 14, py - 70, px + 14, py - 42], fill=(220, 180, 150))
        draw.rectangle([px - 22, py - 42, px + 22, py + 30], fill=color)
    return img


def write_sample_frames(folder: Path, count: int, taken: datetime, seed: int = 0) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(count):
        img = _scene(seed * 1000 + i)
        exif = Image.Exif()
        exif[0x010F], exif[0x0110] = "Sample", "Drawn frame"  # Make, Model
        moment = taken.replace(minute=(taken.minute + i) % 60)
        exif[0x0132] = moment.strftime("%Y:%m:%d %H:%M:%S")  # DateTime
        exif.get_ifd(0x8769)[0x9003] = moment.strftime("%Y:%m:%d %H:%M:%S")  # DateTimeOriginal
        path = folder / f"frame-{seed:02d}-{i + 1:03d}.jpg"
        img.save(path, "JPEG", quality=85, exif=exif)
        paths.append(path)
    return paths
