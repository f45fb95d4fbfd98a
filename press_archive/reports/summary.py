"""The written summary: the figures as an official report states them, ready for a press release.

«در این مدت ۱۱ هزار و ۴۰۰ خبر (۲٫۵ برابر دورهٔ پیشین) تهیه و منتشر شد ...». Persian digits, numbers
as people say them, growth against the previous window named as such; an empty previous window is
said in words, never divided by.
"""

from __future__ import annotations

from datetime import date

from press_archive.domain import persian_numbers as pn
from press_archive.domain.jalali import format_jalali
from press_archive.reports.labels import COUNT_UNITS_FA, indicator_title
from press_archive.domain.windows import previous_window, whole_months

PREVIOUS = "دورهٔ پیشین"
_EVENT_PARTS = ("press_conferences", "ceremonies", "public_meetings", "site_visits", "delegations", "workshops")
_PRODUCTION_PARTS = ("tv_minutes", "radio_programmes", "radio_minutes", "broadcast_news_minutes", "tv_programmes",
                     "special_issues", "billboards", "surveys")
# Growth is stated for the headline figures; the smaller ones are listed plainly.
_WITH_GROWTH = {"news", "photos", "photo_batches", "events", "press_conferences", "interviews", "interviews_aired",
                "tv_minutes", "radio_programmes", "tv_programmes"}
_KNOWN_INDICATORS = ("hotline_calls", "hotline_answered_share", "portal_visits", "billboards")


def join_fa(items: list[str]) -> str:
    """«الف، ب و ج»."""
    items = [i for i in items if i]
    if len(items) <= 1:
        return "".join(items)
    return "، ".join(items[:-1]) + " و " + items[-1]


def _long(d: date) -> str:
    return format_jalali(d, style="long")


def _duration(start: date, end: date) -> str:
    months = whole_months(start, end)
    if months:
        return pn.duration(months=months)
    days = (end - start).days + 1
    if days < 45:
        return pn.duration(days=days)
    return "حدود " + pn.duration(months=max(1, round(days / 30.44)))


class _Writer:
    def __init__(self, result, indicators: dict | None, previous_indicators: dict | None):
        self.total = result.total or {}
        self.previous = result.total_previous
        self.indicators = indicators or {}
        self.previous_indicators = previous_indicators
        self.compare = self.previous is not None or previous_indicators is not None
        prev_counts_empty = not any((self.previous or {}).values())
        self.previous_empty = self.compare and prev_counts_empty and not previous_indicators

    def n(self, key: str) -> float:
        return self.total.get(key, 0) or 0

    def growth(self, key: str) -> str:
        if not self.compare or self.previous_empty or self.previous is None:
            return ""
        return pn.change_phrase(self.n(key), self.previous.get(key, 0) or 0, than=PREVIOUS)

    def figure(self, key: str, with_growth: bool = True) -> str:
        """«۱۱ هزار و ۴۰۰ خبر (۲٫۵ برابر دورهٔ پیشین)»; empty for a zero figure."""
        value = self.n(key)
        if not value:
            return ""
        text = f"{pn.spoken(value)} {COUNT_UNITS_FA[key]}"
        g = self.growth(key) if with_growth and key in _WITH_GROWTH else ""
        return f"{text} ({g})" if g else text

    def indicator_growth(self, name: str) -> str:
        before = (self.previous_indicators or {}).get(name)
        if not self.compare or self.previous_empty or before is None:
            return ""
        return pn.change_phrase(self.indicators[name], before, than=PREVIOUS)


def _records_paragraphs(w: _Writer) -> list[str]:
    out = []
    sentences = []
    if w.n("news"):
        sentences.append(f"در این مدت {w.figure('news')} تهیه و منتشر شد.")
    if w.n("photos"):
        where = f" در {pn.spoken(w.n('photo_batches'))} مجموعه" if w.n("photo_batches") else ""
        sentences.append(f"همچنین {w.figure('photos')}{where} به ثبت رسید و در بایگانی نگهداری می‌شود.")
    elif w.n("photo_batches"):
        sentences.append(f"همچنین {w.figure('photo_batches')} به ثبت رسید.")
    if sentences:
        out.append(" ".join(sentences))

    if w.n("events"):
        parts = [w.figure(k, with_growth=(k == "press_conferences")) for k in _EVENT_PARTS]
        parts = [p for p in parts if p]
        text = f"در همین مدت از {w.figure('events')} پوشش خبری به عمل آمد"
        text += f"؛ از جمله {join_fa(parts)}." if parts else "."
        out.append(text)

    media = []
    if w.n("interviews"):
        text = f"برای رسانه‌ها {w.figure('interviews')} ثبت شد"
        if w.n("interviews_aired"):
            aired = pn.spoken(w.n("interviews_aired"))
            g = w.growth("interviews_aired")
            text += f" که {aired} مورد از آن پخش شد" + (f" ({g})" if g else "")
        media.append(text + ".")
    skip = {"billboards"} if "billboards" in w.indicators else set()
    if w.n("tv_minutes"):
        skip.add("tv_programmes")  # minutes say more than the number of programmes
    if w.n("radio_programmes"):
        skip.add("radio_minutes")
    productions = [w.figure(k) for k in _PRODUCTION_PARTS if k not in skip]
    productions = [p for p in productions if p]
    if productions:
        media.append(f"تولیدات رسانه‌ای این دوره شامل {join_fa(productions)} بوده است.")
    if media:
        out.append(" ".join(media))
    return out


def _count(value: float) -> str:
    """An indicator's count: whole (a month partly in the window gives a fraction of its figure)."""
    return pn.spoken(round(value)) if value >= 10 else pn.decimal(value, 1)


def _indicator_paragraph(w: _Writer, partial_months: bool) -> str:
    ind, sentences = w.indicators, []
    prev = w.previous_indicators or {}
    show_before = w.compare and not w.previous_empty
    calls = ind.get("hotline_calls")
    share = ind.get("hotline_answered_share")
    share_text = ""
    if share is not None:
        share_text = f"به‌طور میانگین {pn.percent(share)} تماس‌ها بی‌درنگ پاسخ داده شد"
        if show_before and prev.get("hotline_answered_share") is not None:
            share_text += f" ({PREVIOUS}: {pn.percent(prev['hotline_answered_share'])})"
    if calls is not None:
        before = prev.get("hotline_calls")
        if show_before and before:
            g = pn.change_phrase(calls, before, than="")
            text = f"تماس‌های مردمی با مرکز ۱۳۷ از {_count(before)} در {PREVIOUS} به {_count(calls)} رسید"
            text += f" ({g})" if g else ""
        else:
            g = w.indicator_growth("hotline_calls")
            text = f"در این مدت {_count(calls)} تماس با مرکز ۱۳۷ برقرار شد" + (f" ({g})" if g else "")
        sentences.append(text + (f" و {share_text}." if share_text else "."))
    elif share_text:
        sentences.append(share_text.replace("تماس‌ها", "تماس‌ها با مرکز ۱۳۷", 1) + ".")
    if ind.get("portal_visits") is not None:
        g = w.indicator_growth("portal_visits")
        sentences.append(f"پورتال خبری {_count(ind['portal_visits'])} بار بازدید شد" + (f" ({g})" if g else "") + ".")
    if ind.get("billboards") is not None:
        g = w.indicator_growth("billboards")
        sentences.append(f"همچنین {_count(ind['billboards'])} بیلبورد اطلاع‌رسانی در سطح شهر اجرا شد" + (f" ({g})" if g else "") + ".")
    for name in sorted(set(ind) - set(_KNOWN_INDICATORS)):
        value = ind[name]
        if name.endswith("_share"):
            text = f"میانگین شاخص «{indicator_title(name)}» در این مدت {pn.percent(value)} بود"
            if show_before and prev.get(name) is not None:
                text += f" ({PREVIOUS}: {pn.percent(prev[name])})"
        else:
            g = w.indicator_growth(name)
            text = f"شاخص «{indicator_title(name)}» در این مدت به {_count(value)} رسید" + (f" ({g})" if g else "")
        sentences.append(text + ".")
    if sentences and show_before and not prev:
        sentences.append(f"برای {PREVIOUS} رقم ماهانه‌ای از این شاخص‌ها ثبت نشده است.")
    if sentences and partial_months:
        sentences.append("(ارقام ماهانهٔ ماه‌هایی که تنها بخشی از آن‌ها در این بازه است، به نسبت روزهایشان به حساب آمده است.)")
    return " ".join(sentences)


def written_summary(result, indicators: dict | None = None, previous_indicators: dict | None = None, *,
                    previous: tuple[date, date] | None = None) -> str:
    """The figures of a counts_by_period result (and the indicators over the same window) as paragraphs
    of an official report, separated by blank lines.

    Growth is stated against ``result.total_previous`` and ``previous_indicators`` (the window just
    before, ``previous`` or else :func:`previous_window`); without them the summary states the figures alone.
    """
    if result.start is None or result.end is None:
        return "در بایگانی هنوز موردی ثبت نشده است."
    w = _Writer(result, indicators, previous_indicators)
    start, end = result.start, result.end
    intro = (f"این گزارش عملکرد روابط عمومی را از {_long(start)} تا {_long(end)} ({_duration(start, end)}) "
             "بر پایهٔ داده‌های ثبت‌شده در بایگانی نشان می‌دهد.")
    if w.compare:
        pa, pb = previous or previous_window(start, end)
        if w.previous_empty:
            intro += (f" برای دورهٔ هم‌اندازهٔ پیش از آن (از {_long(pa)} تا {_long(pb)}) داده‌ای در بایگانی ثبت نشده "
                      "است؛ از این رو مقایسه با دورهٔ پیشین ممکن نیست.")
        else:
            intro += f" ارقام با دورهٔ هم‌اندازهٔ پیش از آن، از {_long(pa)} تا {_long(pb)}، مقایسه شده است."
    paragraphs = [intro] + _records_paragraphs(w)
    indicators_text = _indicator_paragraph(w, partial_months=whole_months(start, end) is None)
    if indicators_text:
        paragraphs.append(indicators_text)
    if len(paragraphs) == 1:
        paragraphs.append("در این بازه موردی در بایگانی ثبت نشده است.")
    return "\n\n".join(paragraphs)
