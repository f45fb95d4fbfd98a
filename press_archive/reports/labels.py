"""Persian names of the report's figures: column titles, units for running text, breakdown titles."""

from __future__ import annotations

from press_archive.domain.records import CHOICE_LABELS_FA

# Column and row titles (tables, charts, sheets).
COUNT_TITLES_FA = {
    "news": "اخبار",
    "events": "رویدادها",
    "press_conferences": "نشست‌های خبری",
    "ceremonies": "مراسم",
    "public_meetings": "ملاقات‌های عمومی",
    "site_visits": "بازدیدها",
    "delegations": "هیئت‌ها",
    "workshops": "کارگاه‌های آموزشی",
    "photo_batches": "مجموعه‌های عکس",
    "photos": "عکس (فریم)",
    "interviews": "سفارش مصاحبه",
    "interviews_aired": "مصاحبهٔ پخش‌شده",
    "interviews_cancelled": "مصاحبهٔ لغوشده",
    "interview_minutes": "دقایق مصاحبه",
    "tv_programmes": "برنامهٔ تلویزیونی",
    "tv_minutes": "دقایق تلویزیون",
    "radio_programmes": "برنامهٔ رادیویی",
    "radio_minutes": "دقایق رادیو",
    "broadcast_news_minutes": "دقایق خبر صداوسیما",
    "special_issues": "ویژه‌نامه",
    "billboards": "بیلبورد",
    "surveys": "نظرسنجی",
}

# The noun after a figure in running text: «۱۱ هزار و ۴۰۰ خبر».
COUNT_UNITS_FA = {
    "news": "خبر",
    "events": "رویداد",
    "press_conferences": "نشست خبری",
    "ceremonies": "مراسم",
    "public_meetings": "ملاقات عمومی",
    "site_visits": "بازدید",
    "delegations": "هیئت",
    "workshops": "کارگاه آموزشی",
    "photo_batches": "مجموعهٔ عکس",
    "photos": "فریم عکس",
    "interviews": "سفارش مصاحبه",
    "interviews_aired": "مصاحبهٔ پخش‌شده",
    "interviews_cancelled": "مصاحبهٔ لغوشده",
    "interview_minutes": "دقیقه مصاحبه",
    "tv_programmes": "برنامهٔ تلویزیونی",
    "tv_minutes": "دقیقه برنامهٔ تلویزیونی",
    "radio_programmes": "برنامهٔ رادیویی",
    "radio_minutes": "دقیقه برنامهٔ رادیویی",
    "broadcast_news_minutes": "دقیقه خبر در صداوسیما",
    "special_issues": "ویژه‌نامه",
    "billboards": "بیلبورد",
    "surveys": "نظرسنجی",
}

# The figures a report shows first, in this order (tables and the key-figures block).
MAIN_KEYS = ("news", "events", "press_conferences", "ceremonies", "photo_batches", "photos", "interviews",
             "interviews_aired", "tv_minutes", "radio_programmes", "broadcast_news_minutes", "special_issues",
             "billboards", "surveys")

INDICATOR_TITLES_FA = {
    "hotline_calls": "تماس با مرکز ۱۳۷",
    "hotline_answered_share": "پاسخ بی‌درنگ ۱۳۷",
    "billboards": "بیلبورد (گزارش ماهانه)",
    "portal_visits": "بازدید از پورتال",
}

BREAKDOWN_TITLES_FA = {
    "event_kind": "رویدادها بر پایهٔ نوع",
    "category": "اخبار بر پایهٔ دسته",
    "region": "اخبار بر پایهٔ منطقه",
    "language": "اخبار بر پایهٔ زبان",
    "author": "اخبار بر پایهٔ نویسنده",
    "photographer": "مجموعه‌های عکس بر پایهٔ عکاس",
    "photos_by_photographer": "عکس‌ها بر پایهٔ عکاس",
    "interview_status": "مصاحبه‌ها بر پایهٔ وضعیت",
    "outlet": "مصاحبه‌ها بر پایهٔ رسانه",
    "production_kind": "تولیدات بر پایهٔ نوع",
}

# Short sheet names (Excel allows 31 characters and no []:*?/\).
BREAKDOWN_SHEETS_FA = {
    "event_kind": "نوع رویداد",
    "category": "دستهٔ خبر",
    "region": "منطقه",
    "language": "زبان خبر",
    "author": "نویسنده",
    "photographer": "عکاس (مجموعه)",
    "photos_by_photographer": "عکاس (فریم)",
    "interview_status": "وضعیت مصاحبه",
    "outlet": "رسانه",
    "production_kind": "نوع تولید",
}

UNSPECIFIED_FA = "نامشخص"


def count_title(key: str) -> str:
    return COUNT_TITLES_FA.get(key, key)


def indicator_title(name: str) -> str:
    return INDICATOR_TITLES_FA.get(name, name)


def breakdown_title(name: str) -> str:
    return BREAKDOWN_TITLES_FA.get(name, name)


def breakdown_value(name: str, value: str) -> str:
    """A breakdown's row label: choice values in Persian («نشست خبری»), blanks as «نامشخص»."""
    if not value:
        return UNSPECIFIED_FA
    if name in ("event_kind", "interview_status", "production_kind", "language"):
        return CHOICE_LABELS_FA.get(value, value)
    return value
