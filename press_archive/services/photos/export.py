"""Copies of originals carrying the archive's metadata (exiftool writes it)."""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from press_archive.domain.messages import said, said_of
from press_archive.media import store
from press_archive.media.formats import RAW_SUFFIXES
from press_archive.services.archive import Archive
from press_archive.services.photos.common import (
    FileProblem,
    PhotoError,
    effective_fields,
    legacy_charset,
    long_text,
    name_list,
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


EXPORT_FILES = ("jpeg", "raw", "both")


def export_photos(archive: Archive, batch, out_dir: str | os.PathLike, photo_ids: Sequence[int] | None = None,
                  progress: Callable[[int, int], None] | None = None, files: str = "jpeg") -> ExportReport:
    """Copies of a batch's originals (or of the photos named) in `out_dir`, carrying the archive's caption,
    keywords, photographer, place and date as UTF-8 IPTC-IIM and XMP. Only what differs from what the original
    says is written; every old IPTC field is carried over as UTF-8. The originals are never written.

    `files` says which originals of a RAW+JPEG photo go: "jpeg", "raw" or "both". A raw file is copied as it is,
    with an XMP sidecar (NAME.xmp) holding the archive's text; a photo with one file exports that file."""
    from press_archive.media import exiftool, metadata

    if files not in EXPORT_FILES:
        raise PhotoError(said("files {files!r}: choose one of {choices}", files=files, choices=", ".join(EXPORT_FILES)))
    try:
        exiftool.exiftool_command()
    except exiftool.ExiftoolMissing as e:
        raise PhotoError(said_of(e) or str(e)) from None
    row = resolve_batch(archive, batch)
    if photo_ids is None:
        ids = db_photos.photo_ids(archive.db, row["id"])
    else:
        ids = [int(i) for i in photo_ids]
        owners = db_photos.batch_of_photos(archive.db, ids)
        for photo_id in ids:
            if owners.get(photo_id) != row["id"]:
                raise PhotoError(said("photo {id} is not in batch {batch}", id=photo_id, batch=row["id"]))
    out = Path(out_dir).absolute()
    root = archive.layout.root.absolute()
    if out == root or root in out.parents:
        raise PhotoError(said("{folder}: export to a folder outside the archive", folder=str(out)))
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as e:
        raise PhotoError(said("{folder}: cannot make the folder: {reason}", folder=str(out), reason=e.strerror or str(e))) from None
    metadata.configure_legacy_charset(legacy_charset(archive))
    report = ExportReport(str(out))
    taken = {p.name.casefold() for p in out.iterdir()}
    jobs: list[tuple[Path, exiftool.EmbeddedFields]] = []
    twins = db_photos.raw_files(archive.db, ids)
    for photo in db_photos.get_photos(archive.db, ids):
        twin = twins.get(photo["id"])
        originals = []  # (stored path, shown name)
        if twin is None or files in ("jpeg", "both"):
            originals.append((photo["stored_path"], photo["original_name"]))
        if twin is not None and files in ("raw", "both"):
            originals.append((twin["stored_path"], twin["original_name"]))
        for stored_path, name in originals:
            target = out / _export_name(photo | {"original_name": name, "stored_path": stored_path}, taken)
            source = store.original_path(archive.layout, stored_path)
            try:
                shutil.copyfile(source, target)
                os.chmod(target, 0o644)
            except OSError as e:
                store.unlink_quietly(target)
                report.errors.append(FileProblem(name, f"cannot copy the original: {e.strerror or e}"))
                continue
            if os.path.splitext(stored_path)[1].lower() in RAW_SUFFIXES:
                # a raw file is never rewritten: its text goes into a sidecar beside it
                report.files.append(str(target))
                sidecar = target.with_suffix(".xmp")
                if sidecar.name.casefold() in taken or sidecar.exists():
                    sidecar = target.with_name(target.name + ".xmp")
                taken.add(sidecar.name.casefold())
                jobs.append((sidecar, _sidecar(photo, row)))
            else:
                jobs.append((target, _changes(photo, row, metadata.file_metadata(source))))
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


def _changes(photo: dict, batch: dict, original: dict):
    """What the export writes into the copy of `photo`: each field the archive shows differently from what
    the original says (compared as the import cleaned it), and a capture date where the original has none."""
    from press_archive.media.exiftool import EmbeddedFields

    shown = effective_fields(photo, batch)
    out = EmbeddedFields(iptc_charset=original.get("iptc_charset", "utf-8"))
    for name, clean in (("caption", long_text), ("title", one_line), ("photographer", one_line),
                        ("place", one_line)):
        if (shown[name] or None) != clean(original.get(name)):
            setattr(out, name, shown[name] or "")
    for name in ("keywords", "people"):
        if list(shown[name]) != name_list(original.get(name)):
            setattr(out, name, list(shown[name]))
    if int(photo.get("rating") or 0) != int(original.get("rating") or 0):
        out.rating = int(photo.get("rating") or 0)
    captured = photo.get("captured_at")  # the photo's own: never its batch's date, taken from another camera
    if captured and not (original.get("iptc_date") and original.get("xmp_date")):
        out.date = captured
        out.date_in_iptc = not original.get("iptc_date")
        out.date_in_xmp = not original.get("xmp_date")
    return out


def _sidecar(photo: dict, batch: dict):
    """Everything the archive shows for a photo, for the XMP sidecar of its raw file."""
    from press_archive.media.exiftool import EmbeddedFields

    shown = effective_fields(photo, batch)
    return EmbeddedFields(
        caption=shown["caption"], title=shown["title"], keywords=shown["keywords"] or None,
        photographer=shown["photographer"], place=shown["place"], people=shown["people"] or None,
        date=photo.get("captured_at"), date_in_iptc=False, rating=int(photo.get("rating") or 0) or None,
        xmp_only=True)
