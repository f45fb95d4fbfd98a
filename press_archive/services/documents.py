"""Records as search documents: what of each record the index sees."""

from __future__ import annotations


def _join(*parts) -> str:
    return "\n".join(p for p in parts if p)


def _base(type_: str, row: dict, title: str | None) -> dict:
    return {
        "uid": f"{type_}:{row['id']}",
        "type": type_,
        "id": row["id"],
        "ref": row.get("ref"),
        "title": title or "",
        "date_iso": row.get("date") or "",
        "text": "",
        "tags": [],
        "photographer": None,
        "speakers": [],
        "people": [],
        "place": None,
        "outlets": [],
        "kind": None,
        "category": None,
        "region": None,
        "author": None,
        "language": "fa",
    }


def news_document(row: dict) -> dict:
    doc = _base("news", row, row.get("title"))
    doc.update(text=_join(row.get("lead"), row.get("body")), tags=row.get("tags") or [],
               category=row.get("category"), region=row.get("region"), author=row.get("author"),
               language=row.get("language") or "fa")
    return doc


def event_document(row: dict) -> dict:
    doc = _base("event", row, row.get("title"))
    doc.update(text=_join(row.get("summary"), row.get("body")), tags=row.get("tags") or [],
               speakers=row.get("speakers") or [], outlets=row.get("media") or [],
               place=row.get("venue"), kind=row.get("kind"))
    return doc


def interview_document(row: dict) -> dict:
    title = row.get("topic") or row.get("programme") or row.get("outlet")
    doc = _base("interview", row, title)
    doc.update(text=_join(row.get("topic"), row.get("programme"), row.get("notes")),
               people=[row["interviewee"]] if row.get("interviewee") else [],
               speakers=[row["interviewee"]] if row.get("interviewee") else [],
               outlets=[row["outlet"]] if row.get("outlet") else [],
               kind=row.get("status"), category=row.get("medium"))
    return doc


def production_document(row: dict) -> dict:
    doc = _base("production", row, row.get("title"))
    doc.update(kind=row.get("kind"))
    return doc


def photo_batch_document(row: dict) -> dict:
    """A photo batch: its text speaks for every photo that inherits it."""
    doc = _base("photo_batch", row, row.get("title"))
    people = row.get("people") or []
    doc.update(text=_join(row.get("caption"), row.get("place"), "، ".join(people)), tags=row.get("keywords") or [],
               photographer=row.get("photographer"), people=people, place=row.get("place"))
    return doc


def photo_document(row: dict, batch: dict | None) -> dict:
    """A photo with text of its own; what it leaves empty it inherits from its batch."""
    from press_archive.services.photos import effective_fields

    shown = effective_fields(row, batch)
    title = " — ".join(t for t in ((batch or {}).get("title"), row.get("original_name")) if t)
    doc = _base("photo", row, title)
    doc.update(ref=None, text=_join(shown["caption"], shown["place"], "، ".join(shown["people"])),
               tags=shown["keywords"], photographer=shown["photographer"], people=shown["people"],
               place=shown["place"])
    return doc


BUILDERS = {
    "news": news_document,
    "event": event_document,
    "interview": interview_document,
    "production": production_document,
    "photo_batch": photo_batch_document,
}
