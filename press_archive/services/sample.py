"""The sample archive a newcomer explores: invented Persian records across several Jalali years."""

from __future__ import annotations

from pathlib import Path

from press_archive.services.archive import Archive

ORDER = ("events", "news", "interviews", "productions")  # events first: the others link to them


def resources_dir() -> Path:
    """The checkout's resources/ folder (the package is installed from the checkout)."""
    return Path(__file__).resolve().parents[2] / "resources"


def load_sample(archive: Archive) -> str:
    from press_archive.services.imports import import_records
    from press_archive.services.indexing import sync_index

    folder = resources_dir() / "sample"
    parts = []
    for kind in ORDER:
        path = folder / f"{kind}.jsonl"
        if path.exists():
            report = import_records(archive, kind, [path])
            parts.append(f"{kind} {report.imported + report.updated + report.unchanged}")
    indicators = folder / "indicators.csv"
    if indicators.exists():
        try:
            from press_archive.services.indicators import import_indicators

            import_indicators(archive, indicators)
            parts.append("indicators")
        except ImportError:
            pass
    try:
        from press_archive.services.photos import load_sample_photos

        n = load_sample_photos(archive)
        if n:
            parts.append(f"photos {n}")
    except ImportError:
        pass
    sync_index(archive)
    return ", ".join(parts) if parts else "no sample files found"
