"""What the services hand the index: one plain dict per record, and how it becomes Whoosh fields."""

from __future__ import annotations

import zlib
from datetime import date, datetime
from typing import TypedDict

from press_archive.domain.jalali import convertible, gregorian_to_jalali
from press_archive.domain.persian_text import clean_user_text
from press_archive.search.analyzer import FACET_SEPARATOR

TYPES = ("news", "event", "photo_batch", "photo", "interview", "production")
LANGUAGES = ("fa", "en", "ar")

META_UID = "__meta__"


class SearchDocument(TypedDict, total=False):
    """One record as the index sees it. ``uid``, ``type`` and ``id`` are required; the rest may be
    missing, None or empty."""

    uid: str  # "news:12", unique across the archive
    type: str  # one of TYPES
    id: int
    ref: str | None
    title: str
    date_iso: str  # "2016-03-19" or "2016-03-19T10:30:00"; "" when unknown
    text: str  # body, lead, summary, caption, notes... joined
    tags: list[str]  # tags, keywords
    photographer: str | None
    speakers: list[str]
    people: list[str]
    place: str | None
    outlets: list[str]
    kind: str | None  # event kind, production kind, interview status
    category: str | None  # news category, interview medium
    region: str | None
    author: str | None
    language: str  # "fa" (default), "en", "ar"


class DocumentError(ValueError):
    """A document the index cannot take (missing uid, unknown type...)."""


def _str(value) -> str:
    if value is None:
        return ""
    if isinstance(value, (list, tuple)):
        return "\n".join(_str(v) for v in value if v is not None)
    return clean_user_text(str(value)).strip()


def _list(value) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str):
        value = [value]
    out = []
    for v in value:
        s = _str(v)
        if s:
            out.append(s)
    return out


def parse_iso(value: str) -> datetime:
    """An ISO date or date-time string as a datetime (a date alone is midnight)."""
    value = value.strip()
    if len(value) <= 10:
        return datetime.combine(date.fromisoformat(value), datetime.min.time())
    return datetime.fromisoformat(value).replace(tzinfo=None)


def stamp_of(moment: datetime) -> int:
    """Seconds since 0001-01-01: the index's number for a moment (sorting and date ranges)."""
    return (moment.toordinal() * 86400 + moment.hour * 3600 + moment.minute * 60 + moment.second)


def facet_value(value: str) -> str:
    """A facet's value as shown: spaces collapsed, Arabic yeh and kaf written the Persian way."""
    return " ".join(value.replace("ي", "ی").replace("ى", "ی").replace("ك", "ک").split())


def to_fields(doc: dict) -> dict:
    """The Whoosh fields of a document; raises :class:`DocumentError` for an unusable one."""
    uid = doc.get("uid")
    if not isinstance(uid, str) or not uid.strip() or uid == META_UID:
        raise DocumentError(f"document without a usable uid: {uid!r}")
    type_ = doc.get("type")
    if type_ not in TYPES:
        raise DocumentError(f"{uid}: unknown type {type_!r} (one of {', '.join(TYPES)})")
    rid = doc.get("id")
    if isinstance(rid, bool) or not isinstance(rid, int):
        try:
            rid = int(rid)
        except (TypeError, ValueError):
            raise DocumentError(f"{uid}: id must be an integer, not {rid!r}") from None
    title = _str(doc.get("title"))
    text = _str(doc.get("text"))
    tags = _list(doc.get("tags"))
    speakers = _list(doc.get("speakers"))
    people = _list(doc.get("people"))
    outlets = _list(doc.get("outlets"))
    photographer = _str(doc.get("photographer"))
    place = _str(doc.get("place"))
    category = _str(doc.get("category"))
    region = _str(doc.get("region"))
    author = _str(doc.get("author"))
    kind = _str(doc.get("kind")).lower()
    ref = doc.get("ref")
    ref = _str(ref) if ref not in (None, "") else ""
    language = _str(doc.get("language")).lower() or "fa"
    date_iso = _str(doc.get("date_iso"))

    fields: dict = {
        "uid": uid,
        "rec": "1",
        "type": type_,
        "rid": rid,
        "ref": ref,
        "title": title,
        "date_iso": date_iso,
        "language": language,
    }
    if date_iso:
        try:
            moment = parse_iso(date_iso)
        except ValueError:
            raise DocumentError(f"{uid}: date_iso {date_iso!r} is not an ISO date") from None
        fields["stamp"] = stamp_of(moment)
        if convertible(moment.date()):  # an old archive's out-of-range day is still found, by its words
            fields["year"] = str(gregorian_to_jalali(moment.date())[0])
    if text:
        fields["body"] = zlib.compress(text.encode("utf-8"), 3)
    # Everything a plain word may match, one value per line (particles never join across lines).
    content = [title, text, "\n".join(tags), photographer, "\n".join(speakers), "\n".join(people), place,
               "\n".join(outlets), category, region, author, ref]
    fields["content"] = "\n".join(c for c in content if c)
    for name, value in (("tags", "\n".join(tags)), ("photographer", photographer),
                        ("speakers", "\n".join(speakers)), ("people", "\n".join(people)), ("place", place),
                        ("outlets", "\n".join(outlets)), ("category", category), ("region", region),
                        ("author", author)):
        if value:
            fields[name] = value
    if kind:
        fields["kind"] = kind
    if tags:
        fields["f_tag"] = FACET_SEPARATOR.join(facet_value(t) for t in tags)
    if category:
        fields["f_category"] = facet_value(category)
    if photographer:
        fields["f_photographer"] = facet_value(photographer)
    return fields


def read_body(stored: dict) -> str:
    body = stored.get("body")
    if not body:
        return ""
    return zlib.decompress(body).decode("utf-8")
