"""Copies of originals carrying the archive's metadata (exiftool writes it)."""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from press_archive.media import store
from press_archive.services.archive import Archive
from press_archive.services.photos.common import (
    FileProblem,
    PhotoError,
    effective_fields,
    one_line,
    resolve_batch,
)
from press_archive.storage import photos as db_photos

# --- export ----------------------------------------------------------------------------------------------

@dataclass
class ExportReport:
    out_dir: str
    files: list[str] = field(default_factory=list)
    errors: list[FileProblem] = field(default_factory=list)

    def as_dict(self) -> dict:
        return {"out": self.out_dir, "exported": len(self.files), "files": self.files,
                "errors": [e.as_dict() for e in self.errors]}


def _export_name(photo: dict, taken: set[str]) -> str:
    stem, suffix = os.path.splitext(one_line(photo["original_name"]) or f"photo-{photo['id']}")
    stem = "".join("_" if c in '/\\:*?"<>|' else c for c in stem).strip(" .") or f"photo-{photo['id']}"
    suffix = os.path.splitext(photo["stored_path"])[1]
    stem = stem[:150]
    name, n = f"{stem}{suffix}", 2
    while name.casefold() in taken:
        name, n = f"{stem} ({n}){suffix}", n + 1
    taken.add(name.casefold())
    return name


def export_photos(archive: Archive, batch, out_dir: str | os.PathLike, photo_ids: Sequence[int] | None = None,
                  progress: Callable[[int, int], None] | None = None) -> ExportReport:
    """Copies of a batch's originals (or of the photos named) in `out_dir`, carrying the archive's caption,
    keywords, photographer, place and date as UTF-8 IPTC-IIM and XMP. The originals are never written."""
    from press_archive.media import exiftool

    try:
        exiftool.exiftool_command()
    except exiftool.ExiftoolMissing as e:
        raise PhotoError(str(e)) from None
    row = resolve_batch(archive, batch)
    if photo_ids is None:
        ids = db_photos.photo_ids(archive.db, row["id"])
    else:
        ids = [int(i) for i in photo_ids]
        owners = db_photos.batch_of_photos(archive.db, ids)
        for photo_id in ids:
            if owners.get(photo_id) != row["id"]:
                raise PhotoError(f"photo {photo_id} is not in batch {row['id']}")
    out = Path(out_dir).absolute()
    root = archive.layout.root.absolute()
    if out == root or root in out.parents:
        raise PhotoError(f"{out}: export to a folder outside the archive")
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as e:
        raise PhotoError(f"{out}: cannot make the folder: {e.strerror or e}") from None
    report = ExportReport(str(out))
    taken = {p.name.casefold() for p in out.iterdir()}
    jobs: list[tuple[Path, exiftool.EmbeddedFields]] = []
    for photo in db_photos.get_photos(archive.db, ids):
        target = out / _export_name(photo, taken)
        source = store.original_path(archive.layout, photo["stored_path"])
        try:
            shutil.copyfile(source, target)
            os.chmod(target, 0o644)
        except OSError as e:
            store.unlink_quietly(target)
            report.errors.append(FileProblem(photo["original_name"], f"cannot copy the original: {e.strerror or e}"))
            continue
        shown = effective_fields(photo, row)
        jobs.append((target, exiftool.EmbeddedFields(
            caption=shown["caption"], title=shown["title"], keywords=shown["keywords"],
            photographer=shown["photographer"], place=shown["place"], people=shown["people"],
            date=shown["date"], rating=photo["rating"])))
    for start in range(0, len(jobs), 200):
        part = jobs[start:start + 200]
        results = exiftool.write_fields(part, tmp_dir=archive.layout.tmp_dir)
        for target, _fields in part:
            problem = results.get(target)
            if problem:
                store.unlink_quietly(target)
                report.errors.append(FileProblem(str(target), f"metadata not written: {problem}"))
            else:
                report.files.append(str(target))
        if progress is not None:
            progress(min(start + 200, len(jobs)), len(jobs))
    return report
