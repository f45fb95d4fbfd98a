"""Persian text rules: cleaning, and the search normal form, one test per rule on real Persian words."""

from __future__ import annotations

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from press_archive.domain.persian_text import (
    ZWNJ,
    clean_user_text,
    normalize_for_search,
    normalize_word,
    token_spans,
    units,
    word_pieces,
)

ZWJ = "\u200d"


# --- clean_user_text ----------------------------------------------------------------------------------

def test_clean_removes_controls_and_bidi_overrides_but_keeps_joiners_newlines_tabs():
    dirty = "گزارش\u202e.exe\u202c \u2067نشست\u2069 \x00\x07\x1b[31m\x7f\x85 شهر" + ZWNJ + "داری" + ZWJ + "\n\tپایان\ufeff"
    clean = clean_user_text(dirty)
    for ch in "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\x00\x07\x1b\x7f\x85\ufeff":
        assert ch not in clean
    assert ZWNJ in clean and ZWJ in clean and "\n" in clean and "\t" in clean
    assert clean == "گزارش.exe نشست [31m شهر" + ZWNJ + "داری" + ZWJ + "\n\tپایان"


@pytest.mark.parametrize("ch", ["\u202a", "\u202b", "\u202c", "\u202d", "\u202e", "\u2066", "\u2067", "\u2068",
                                "\u2069"])
def test_clean_removes_every_bidi_embedding_override_and_isolate(ch):
    assert clean_user_text(f"عکس{ch}1.jpg") == "عکس1.jpg"


def test_clean_line_ends_become_newlines():
    assert clean_user_text("الف\r\nب\rج\u2028د") == "الف\nب\nج\nد"


def test_clean_keeps_ordinary_text_unchanged():
    text = "مدیر روابط عمومی گفت: «نوروز ۹۵» — Nowruz 2016!"
    assert clean_user_text(text) == text


@settings(max_examples=200, deadline=None)
@given(st.text())
def test_clean_never_leaves_forbidden_characters(text):
    clean = clean_user_text(text)
    for ch in clean:
        code = ord(ch)
        assert ch in "\n\t" or not (code < 0x20 or 0x7F <= code <= 0x9F)
        assert not (0x202A <= code <= 0x202E or 0x2066 <= code <= 0x2069)


# --- letters --------------------------------------------------------------------------------------------

def same(a: str, b: str) -> bool:
    return normalize_for_search(a) == normalize_for_search(b)


@pytest.mark.parametrize("arabic,persian", [
    ("علي", "علی"),  # Arabic yeh
    ("شوراي", "شورای"),
    ("مصطفى", "مصطفی"),  # alef maksura
    ("كتاب", "کتاب"),  # Arabic kaf
    ("مركز", "مرکز"),
    ("مدرسة", "مدرسه"),  # teh marbuta
    ("خانۀ", "خانه"),  # heh with hamza (ezafe)
    ("خانهٔ", "خانه"),  # heh + hamza above (ezafe)
])
def test_arabic_letter_forms_meet_persian_ones(arabic, persian):
    assert arabic != persian
    assert same(arabic, persian)


@pytest.mark.parametrize("variants", [
    ("تأمین", "تامین"),  # alef with hamza above
    ("إسلام", "اسلام"),  # alef with hamza below
    ("آمار", "امار"),  # alef with madda
    ("مؤسسه", "موسسه"),  # waw with hamza
    ("رئیس", "رییس", "رئيس"),  # yeh with hamza before yeh
    ("مسئول", "مسؤول", "مسوول"),  # ... before waw
    ("مسئله", "مسأله", "مساله"),  # ... between consonants
    ("هیئت", "هیأت", "هیات"),
    ("پائیز", "پاییز"),
    ("ائتلاف", "ایتلاف"),
])
def test_hamza_forms_meet(variants):
    forms = {normalize_for_search(v) for v in variants}
    assert len(forms) == 1, forms


@pytest.mark.parametrize("marked,plain", [
    ("کِتابِ", "کتاب"),  # kasra
    ("مَدرسه", "مدرسه"),  # fatha
    ("مُدیر", "مدیر"),  # damma
    ("محمّد", "محمد"),  # shadda
    ("مسْجد", "مسجد"),  # sukun
    ("ضمناً", "ضمنا"),  # tanwin fath
    ("کتابٌ", "کتاب"),  # tanwin damm
    ("کتابٍ", "کتاب"),  # tanwin kasr
    ("رحمٰن", "رحمن"),  # superscript alef
])
def test_diacritics_are_dropped(marked, plain):
    assert marked != plain
    assert normalize_word(marked) == plain


def test_tatweel_is_dropped():
    assert normalize_word("مـــدیر") == "مدیر"
    assert normalize_word("شهـرداری") == "شهرداری"


@pytest.mark.parametrize("form,plain", [
    ("ﻻ", "لا"),  # lam-alef ligature
    ("ﺑ", "ب"),  # beh initial form
    ("ﺑﺮﻧﺎﻣﻪ", "برنامه"),  # a word in presentation forms
    ("ﻛﺘﺎﺏ", "کتاب"),  # presentation forms of Arabic kaf
])
def test_arabic_presentation_forms_are_folded(form, plain):
    assert normalize_word(form) == plain


def test_nfkc_is_applied_to_presentation_forms_only():
    # NFKC elsewhere would turn the superscript two into a digit and the ligature fi into "fi"
    assert normalize_word("x²") == "x²"
    assert normalize_word("ﬁle") == "ﬁle"


@pytest.mark.parametrize("digits", ["۱۲۳", "١٢٣", "123"])
def test_persian_arabic_indic_and_ascii_digits_meet(digits):
    assert normalize_word(digits) == "123"


def test_decimal_and_thousands_separators():
    assert normalize_for_search("۲٫۵") == normalize_for_search("2.5") == "2.5"
    assert normalize_for_search("۱۱٬۴۰۰") == normalize_for_search("11,400") == normalize_for_search("11400")


def test_latin_is_lower_cased():
    assert normalize_word("Mashhad") == "mashhad"


# --- the zero-width non-joiner and particles ------------------------------------------------------------

@pytest.mark.parametrize("written,dropped,spaced", [
    ("می" + ZWNJ + "شود", "میشود", "می شود"),
    ("نمی" + ZWNJ + "شود", "نمیشود", "نمی شود"),
    ("کتاب" + ZWNJ + "ها", "کتابها", "کتاب ها"),
    ("هزینه" + ZWNJ + "های", "هزینههای", "هزینه های"),
    ("بزرگ" + ZWNJ + "ترین", "بزرگترین", "بزرگ ترین"),
    ("بی" + ZWNJ + "سابقه", "بیسابقه", "بی سابقه"),
    ("کرده" + ZWNJ + "اند", "کردهاند", "کرده اند"),
    ("حرفه" + ZWNJ + "ای", "حرفهای", "حرفه ای"),
])
def test_particles_meet_written_dropped_or_spaced(written, dropped, spaced):
    assert normalize_for_search(written) == normalize_for_search(dropped) == normalize_for_search(spaced)


def test_zwnj_compound_written_or_dropped_meet():
    assert normalize_for_search("بین" + ZWNJ + "المللی") == normalize_for_search("بینالمللی") == "بینالمللی"
    assert normalize_for_search("اطلاع" + ZWNJ + "رسانی") == "اطلاعرسانی"


def test_ezafe_written_with_zwnj_or_space_is_the_hamza_form():
    forms = {normalize_for_search(f) for f in ("خانهٔ ما", "خانۀ ما", "خانه" + ZWNJ + "ی ما", "خانه ی ما")}
    assert forms == {"خانه ما"}


def test_particles_do_not_join_across_punctuation_or_lines():
    assert normalize_for_search("می، شود") == "می شود"
    assert normalize_for_search("کتاب\nها") == "کتاب ها"


def test_word_pieces_split_compounds_and_rejoin_particles():
    assert word_pieces("بین" + ZWNJ + "المللی") == ["بین", "المللی"]
    assert word_pieces("اطلاع" + ZWNJ + "رسانی" + ZWNJ + "ها") == ["اطلاع", "رسانیها"]
    assert word_pieces("می" + ZWNJ + "شود") == ["میشود"]
    assert word_pieces(ZWNJ + "کتاب" + ZWNJ) == ["کتاب"]


# --- tokens ---------------------------------------------------------------------------------------------

def test_tokens_keep_diacritics_tatweel_and_zwnj_inside():
    text = "کِتابِ مـدیر بین" + ZWNJ + "المللی"
    spans = token_spans(text)
    assert [text[a:b] for a, b in spans] == ["کِتابِ", "مـدیر", "بین" + ZWNJ + "المللی"]
    assert [u.word for u in units(text)] == ["کتاب", "مدیر", "بینالمللی"]


def test_units_keep_offsets_into_the_original_text():
    text = "«نشست خبری» می شود."
    us = units(text)
    assert [text[u.start:u.end] for u in us] == ["نشست", "خبری", "می شود"]


def test_numbers_with_separators_are_one_token():
    assert [u.word for u in units("رشد 2.5 برابری و ۱٬۸۰۰ مراسم، ۱۲-۱۳")] == [
        "رشد", "2.5", "برابری", "و", "1800", "مراسم", "12", "13"]


def test_seed_news_normal_form(seed_text):
    normal = normalize_for_search(seed_text)
    assert "بینالمللی" in normal.split()
    assert "میشود" in normal.split()
    assert "137" in normal.split()


@pytest.fixture
def seed_text():
    from pathlib import Path

    path = Path(__file__).resolve().parents[2] / "shared" / "seed-news.txt"
    if not path.exists():
        pytest.skip("../shared/seed-news.txt is not there")
    return path.read_text(encoding="utf-8")


_ALPHABET = st.sampled_from(list("ابپتثجچحخدذرزژسشصضطظعغفقکگلمنوهیيكىةۀأإآؤئءًٌٍَُِّْـ۰۱۲٣3 .,،" + ZWNJ + ZWJ)
                            + ["می", "ها", "های", "ی", " ", "\n"])


@settings(max_examples=300, deadline=None)
@given(st.lists(_ALPHABET, max_size=40).map("".join))
@example("ا\u200c۰ ی")  # a digit after a ZWNJ ended the word as non-Persian only the first time
@example("ا ا ی")  # letters apart joined into a particle (ای) that joined again only the second time
@example("م ی کتاب")  # ...into a prefix particle (می) that waited for the next word only the second time
@example("ا ً ی")  # a lone diacritic between two words is gone from the normal form: a gap like a space
@example("کتاب    ها")  # four spaces are one in the normal form: joined here as there
@example("ا ا ی")  # letters apart joined into a particle (ای) that joined again only the second time
@example("م ی کتاب")  # ...into a prefix particle (می) that waited for the next word only the second time
@example("ا ً ی")  # a lone diacritic between two words is gone from the normal form: a gap like a space
@example("کتاب    ها")  # four spaces are one in the normal form: joined here as there
def test_normal_form_has_one_spelling_only(text):
    normal = normalize_for_search(text)
    assert not set(normal) & set("يكىةۀأإآؤئًٌٍَُِّْـ۰۱۲٣" + ZWNJ + ZWJ + "\n")
    if not set(text) & set(".,،\n"):  # punctuation between words is not kept, so only then:
        assert normalize_for_search(normal) == normal
