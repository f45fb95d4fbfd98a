"""The office's records: which kinds exist, their fields, and how raw input becomes a clean record.

Pure rules (no Qt, no SQL): the importers, the CLI and the GUI editors all validate through
`clean_record`, so a title is required in the same way everywhere.
"""

from __future__ import annotations

import math
import unicodedata
from dataclasses import dataclass, field
from datetime import date, datetime

from press_archive.domain.digits import to_ascii_digits
from press_archive.domain.jalali import DateError, parse_record_date, to_iso
from press_archive.domain.messages import said, said_of
from press_archive.domain.persian_text import clean_user_text

TEXT = "text"
LONGTEXT = "longtext"
LIST = "list"
DATE = "date"
NUMBER = "number"
INTEGER = "integer"
CHOICE = "choice"
LINK = "link"  # a ref of another record (an event), resolved by the service


@dataclass(frozen=True)
class Field:
    name: str
    type: str
    label_fa: str
    label_en: str
    required: bool = False
    choices: tuple[str, ...] = ()
    default: object = None


@dataclass(frozen=True)
class RecordKind:
    """One kind of record as the office names it, with the table that stores it."""

    name: str  # the contract's import/list KIND ("news", "events", ...)
    search_type: str  # the contract's search type ("news", "event", ...)
    table: str
    label_fa: str
    label_en: str
    fields: tuple[Field, ...]
    title_field: str = "title"
    field_names: frozenset[str] = field(init=False)

    def __post_init__(self):
        object.__setattr__(self, "field_names", frozenset(f.name for f in self.fields))

    def field(self, name: str) -> Field:
        for f in self.fields:
            if f.name == name:
                return f
        raise KeyError(name)


EVENT_KINDS = ("press_conference", "ceremony", "public_meeting", "site_visit", "delegation", "workshop", "other")
PRODUCTION_KINDS = ("tv_programme", "radio_programme", "broadcast_news", "special_issue", "billboard", "survey", "other")
INTERVIEW_STATUSES = ("ordered", "scheduled", "recorded", "aired", "cancelled")
# The moves an interview order may make, one step at a time (and back one step, to correct a mistake),
# and what the new state needs to be true.
INTERVIEW_MOVES = {
    "ordered": ("scheduled", "cancelled"),
    "scheduled": ("ordered", "recorded", "cancelled"),
    "recorded": ("scheduled", "aired", "cancelled"),
    "aired": ("recorded",),
    "cancelled": ("ordered",),
}
INTERVIEW_STATE_NEEDS = {"scheduled": ("scheduled",), "recorded": ("recorded",), "aired": ("aired", "minutes")}


def interview_move_allowed(current: str | None, new: str) -> bool:
    return new in INTERVIEW_MOVES.get(current or "ordered", ())
MEDIUMS = ("tv", "radio")
LANGUAGES = ("fa", "en", "ar")

CHOICE_LABELS_FA = {
    "press_conference": "نشست خبری",
    "ceremony": "مراسم خبری",
    "public_meeting": "ملاقات عمومی",
    "site_visit": "بازدید",
    "delegation": "هیئت",
    "workshop": "کارگاه آموزشی",
    "other": "سایر",
    "tv_programme": "برنامهٔ تلویزیونی",
    "radio_programme": "برنامهٔ رادیویی",
    "broadcast_news": "خبر صداوسیما",
    "special_issue": "ویژه‌نامه",
    "billboard": "بیلبورد",
    "survey": "نظرسنجی",
    "ordered": "سفارش‌شده",
    "scheduled": "زمان‌بندی‌شده",
    "recorded": "ضبط‌شده",
    "aired": "پخش‌شده",
    "cancelled": "لغوشده",
    "tv": "تلویزیون",
    "radio": "رادیو",
    "fa": "فارسی",
    "en": "انگلیسی",
    "ar": "عربی",
}

CHOICE_LABELS_EN = {
    "press_conference": "Press conference",
    "ceremony": "Ceremony",
    "public_meeting": "Public meeting",
    "site_visit": "Site visit",
    "delegation": "Delegation",
    "workshop": "Workshop",
    "other": "Other",
    "tv_programme": "TV programme",
    "radio_programme": "Radio programme",
    "broadcast_news": "Broadcast news",
    "special_issue": "Special issue",
    "billboard": "Billboard",
    "survey": "Survey",
    "ordered": "Ordered",
    "scheduled": "Scheduled",
    "recorded": "Recorded",
    "aired": "Aired",
    "cancelled": "Cancelled",
    "tv": "TV",
    "radio": "Radio",
    "fa": "Persian",
    "en": "English",
    "ar": "Arabic",
}

_REF = Field("ref", TEXT, "شناسه", "Reference")

NEWS = RecordKind(
    "news", "news", "news_items", "اخبار", "News items",
    (
        _REF,
        Field("title", TEXT, "عنوان", "Title", required=True),
        Field("date", DATE, "تاریخ", "Date", required=True),
        Field("lead", LONGTEXT, "لید", "Lead"),
        Field("body", LONGTEXT, "متن", "Body"),
        Field("category", TEXT, "دسته", "Category"),
        Field("region", TEXT, "منطقه", "Region"),
        Field("author", TEXT, "نویسنده", "Author"),
        Field("tags", LIST, "برچسب‌ها", "Tags"),
        Field("language", CHOICE, "زبان", "Language", choices=LANGUAGES, default="fa"),
        Field("url", TEXT, "نشانی", "URL"),
        Field("event_ref", LINK, "رویداد", "Event"),
    ),
)

EVENTS = RecordKind(
    "events", "event", "events", "رویدادها", "Events",
    (
        _REF,
        Field("kind", CHOICE, "نوع", "Kind", required=True, choices=EVENT_KINDS),
        Field("title", TEXT, "عنوان", "Title", required=True),
        Field("date", DATE, "تاریخ", "Date", required=True),
        Field("venue", TEXT, "مکان", "Venue"),
        Field("speakers", LIST, "سخنرانان", "Speakers"),
        Field("media", LIST, "رسانه‌های حاضر", "Outlets present"),
        Field("summary", LONGTEXT, "خلاصه", "Summary"),
        Field("body", LONGTEXT, "شرح", "Body"),
        Field("tags", LIST, "برچسب‌ها", "Tags"),
    ),
)

INTERVIEWS = RecordKind(
    "interviews", "interview", "interview_orders", "سفارش‌های مصاحبه", "Interview orders",
    (
        _REF,
        Field("date", DATE, "تاریخ سفارش", "Ordered on", required=True),
        Field("outlet", TEXT, "رسانه", "Outlet", required=True),
        Field("programme", TEXT, "برنامه", "Programme"),
        Field("medium", CHOICE, "رسانه (نوع)", "Medium", choices=MEDIUMS),
        Field("interviewee", TEXT, "مصاحبه‌شونده", "Interviewee"),
        Field("topic", TEXT, "موضوع", "Topic"),
        Field("status", CHOICE, "وضعیت", "Status", choices=INTERVIEW_STATUSES, default="ordered"),
        Field("scheduled", DATE, "تاریخ نوبت", "Scheduled for"),
        Field("recorded", DATE, "تاریخ ضبط", "Recorded on"),
        Field("aired", DATE, "تاریخ پخش", "Aired on"),
        Field("minutes", NUMBER, "دقیقه", "Minutes"),
        Field("notes", LONGTEXT, "یادداشت", "Notes"),
        Field("event_ref", LINK, "رویداد", "Event"),
    ),
    title_field="topic",
)

PRODUCTIONS = RecordKind(
    "productions", "production", "productions", "تولیدات", "Productions",
    (
        _REF,
        Field("kind", CHOICE, "نوع", "Kind", required=True, choices=PRODUCTION_KINDS),
        Field("date", DATE, "تاریخ", "Date", required=True),
        Field("title", TEXT, "عنوان", "Title"),
        Field("minutes", NUMBER, "دقیقه", "Minutes"),
        Field("count", INTEGER, "تعداد", "Count"),
    ),
)

PHOTO_BATCHES = RecordKind(
    "photo_batches", "photo_batch", "photo_batches", "مجموعه‌های عکس", "Photo batches",
    (
        _REF,
        Field("title", TEXT, "عنوان", "Title"),
        Field("date", DATE, "تاریخ", "Date"),
        Field("photographer", TEXT, "عکاس", "Photographer"),
        Field("keywords", LIST, "کلیدواژه‌ها", "Keywords"),
        Field("caption", LONGTEXT, "شرح عکس", "Caption"),
        Field("place", TEXT, "مکان", "Place"),
        Field("people", LIST, "افراد", "People"),
        Field("event_ref", LINK, "رویداد", "Event"),
    ),
)

IMPORT_KINDS: dict[str, RecordKind] = {k.name: k for k in (NEWS, EVENTS, INTERVIEWS, PRODUCTIONS)}
ALL_KINDS: dict[str, RecordKind] = {**IMPORT_KINDS, PHOTO_BATCHES.name: PHOTO_BATCHES}
KIND_BY_SEARCH_TYPE: dict[str, RecordKind] = {k.search_type: k for k in ALL_KINDS.values()}
SEARCH_TYPES = ("news", "event", "photo_batch", "photo", "interview", "production")

# Persian labels people type in spreadsheets, accepted for choice fields.
_CHOICE_ALIASES = {clean_user_text(v).replace("\u200c", ""): k for k, v in CHOICE_LABELS_FA.items()}
_CHOICE_ALIASES.update({v.lower(): k for k, v in CHOICE_LABELS_EN.items()})


def kind_named(name: str) -> RecordKind:
    """The record kind for a contract KIND or search type name ("news", "events", "event", ...)."""
    if name in ALL_KINDS:
        return ALL_KINDS[name]
    if name in KIND_BY_SEARCH_TYPE:
        return KIND_BY_SEARCH_TYPE[name]
    raise KeyError(name)


@dataclass
class FieldProblem:
    field: str
    message: str


class RecordError(ValueError):
    """A record that cannot be stored; carries every problem found."""

    def __init__(self, problems: list[FieldProblem]):
        self.problems = problems
        super().__init__("; ".join(f"{p.field}: {p.message}" for p in problems))


def split_list(value: str) -> list[str]:
    """A list written as text: split on the Latin or the Arabic comma."""
    parts = value.replace("،", ",").split(",")
    return [p.strip() for p in parts if p.strip()]


def _is_blank(value) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def has_visible_text(text: str) -> bool:
    """False for text made only of spaces, bidi marks and zero-width characters (Unicode Cf, Z*, C*)."""
    return any(not c.isspace() and unicodedata.category(c)[0] not in "CZ" for c in text)


def _number(value, integer: bool):
    if isinstance(value, bool):
        raise ValueError("expected a number, got true/false")
    if isinstance(value, (int, float)):
        number = value
    elif isinstance(value, str):
        text = to_ascii_digits(value.strip()).replace("٫", ".").replace(",", "").replace("٬", "")
        try:
            number = float(text) if ("." in text or "e" in text.lower()) else int(text)
        except ValueError:
            raise ValueError(said("expected a number, got {value!r}", value=value)) from None
    else:
        raise ValueError(f"expected a number, got {type(value).__name__}")
    if isinstance(number, float) and (math.isnan(number) or math.isinf(number)):
        raise ValueError(said("expected a number, got {value!r}", value=value))
    if number < 0:
        raise ValueError(said("must not be negative, got {value!r}", value=value))
    if integer:
        if isinstance(number, float):
            if not number.is_integer():
                raise ValueError(said("expected a whole number, got {value!r}", value=value))
            number = int(number)
    return number


def _clean_value(f: Field, value):
    """One field's raw value (JSON or CSV text) to its stored form; ValueError says why not."""
    if f.type in (TEXT, LONGTEXT, LINK):
        if isinstance(value, bool) or not isinstance(value, (str, int)):
            raise ValueError(f"expected text, got {type(value).__name__}")
        if isinstance(value, int) and f.name not in ("ref", "event_ref"):
            raise ValueError("expected text, got a number")
        text = clean_user_text(str(value)).strip()
        if f.type != LONGTEXT:
            text = " ".join(text.split())
        return text
    if f.type == LIST:
        if isinstance(value, str):
            items = split_list(value)
        elif isinstance(value, list):
            items = []
            for item in value:
                if isinstance(item, bool) or not isinstance(item, (str, int, float)):
                    raise ValueError("expected a list of text")
                items.append(str(item))
        else:
            raise ValueError(f"expected a list or comma-separated text, got {type(value).__name__}")
        cleaned = []
        for item in items:
            item = " ".join(clean_user_text(item).split())
            if item and item not in cleaned:
                cleaned.append(item)
        return cleaned
    if f.type == DATE:
        if not isinstance(value, str):
            raise ValueError(f"expected a date such as 1394/12/29 or 2016-03-19, got {type(value).__name__}")
        try:
            return to_iso(parse_record_date(value))
        except DateError as e:
            raise ValueError(said_of(e) or str(e)) from None
    if f.type == NUMBER:
        return _number(value, integer=False)
    if f.type == INTEGER:
        return _number(value, integer=True)
    if f.type == CHOICE:
        if not isinstance(value, str):
            raise ValueError(f"expected one of {', '.join(f.choices)}")
        key = value.strip()
        if key not in f.choices:
            key = _CHOICE_ALIASES.get(clean_user_text(key).replace("\u200c", "").lower(), key)
        if key not in f.choices:
            raise ValueError(said("{value!r} is not one of {choices}", value=value, choices=", ".join(f.choices)))
        return key
    raise AssertionError(f"unknown field type {f.type}")


def unknown_field_warning(name: str) -> str:
    return said("unknown field {name!r} ignored", name=name)


def clean_record(kind: RecordKind, raw: dict, *, partial: bool = False) -> tuple[dict, list[str]]:
    """Validate and normalise one record.

    Returns (clean, warnings); raises RecordError listing every bad field. `partial` is for edits
    that change some fields only: required fields are checked only when present.
    Unknown fields become warnings and are ignored, never columns.
    """
    clean: dict = {}
    problems: list[FieldProblem] = []
    warnings: list[str] = []
    for name in raw:
        if name not in kind.field_names and name not in ("id",):
            warnings.append(unknown_field_warning(name))
    for f in kind.fields:
        if f.name not in raw:
            if f.required and not partial:
                problems.append(FieldProblem(f.name, said("is required but missing")))
            elif f.default is not None and not partial:
                clean[f.name] = f.default
            continue
        value = raw[f.name]
        if _is_blank(value) or (isinstance(value, list) and not value):
            if f.required:
                problems.append(FieldProblem(f.name, said("is required but empty")))
            else:
                clean[f.name] = [] if f.type == LIST else (f.default if not partial else None)
            continue
        try:
            clean[f.name] = _clean_value(f, value)
        except ValueError as e:
            problems.append(FieldProblem(f.name, said_of(e) or str(e)))
            continue
        if f.type in (TEXT, LINK) and not has_visible_text(clean[f.name]):
            if f.required or f.name in ("ref", "event_ref"):
                # Stored, such a ref would be '' or invisible: no one could find it or tell it from another.
                problems.append(FieldProblem(f.name, said("holds no visible character (only spaces, bidi marks "
                                                          "or zero-width characters)")))
            else:
                clean[f.name] = f.default if not partial else None
            continue
        if f.required and clean[f.name] in ("", []):
            problems.append(FieldProblem(f.name, said("is required but empty")))
    if problems:
        raise RecordError(problems)
    return clean, warnings


def parse_stored(iso: str) -> date | datetime:
    return datetime.fromisoformat(iso) if "T" in iso else date.fromisoformat(iso)
