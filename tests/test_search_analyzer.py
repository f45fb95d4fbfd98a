"""The analyzer, through a real index: every spelling variant a rule covers is found by the others."""

from __future__ import annotations

import pytest

from press_archive.domain.persian_text import ZWNJ
from press_archive.search import lexicon
from press_archive.search.analyzer import PersianAnalyzer, analyze, match_keys
from press_archive.search.index import SearchIndex


def doc(uid: str, text: str, title: str = "", **kw) -> dict:
    type_, rid = uid.split(":")
    return {"uid": uid, "type": type_, "id": int(rid), "title": title, "text": text,
            "date_iso": kw.pop("date_iso", "2016-03-19"), **kw}


# Each group: spellings of one word; every document holds one spelling in a sentence.
GROUPS = {
    "yeh": ["شورای عالی", "شوراي عالي"],
    "kaf": ["کارگاه کودک", "كارگاه كودك"],
    "maksura": ["مصطفی", "مصطفى"],
    "marbuta": ["مدرسه", "مدرسة"],
    "alef_hamza": ["تأمین", "تامین", "تـأمـین"],
    "alef_hamza_below": ["إسلامی", "اسلامی"],
    "madda": ["آمار", "امار"],
    "waw_hamza": ["مؤسسه", "موسسه"],
    "yeh_hamza": ["رئیس", "رییس", "رئيس"],
    "yeh_hamza_waw": ["مسئولیت", "مسؤولیت", "مسوولیت"],
    "hamza_between": ["هیئت", "هیأت", "هیات"],
    "heh_hamza": ["برنامۀ", "برنامهٔ", "برنامه"],
    "diacritics": ["کِتابِ", "کتاب"],
    "shadda": ["محمّد", "محمد"],
    "sukun": ["مسْجد", "مسجد"],
    "tanwin": ["ضمناً", "ضمنا"],
    "tatweel": ["مـــدیر", "مدیر"],
    "presentation": ["ﺑﺮﻧﺎﻣﻪ", "برنامه"],
    "lam_alef": ["ﻻله", "لاله"],
    "digits": ["۱۳۹۴", "١٣٩٤", "1394"],
    "zwnj_compound": ["بین" + ZWNJ + "المللی", "بینالمللی", "بین المللی"],
    "zwnj_verb": ["می" + ZWNJ + "شود", "میشود", "می شود"],
    "zwnj_negative": ["نمی" + ZWNJ + "توان", "نمیتوان", "نمی توان"],
    "zwnj_plural": ["همایش" + ZWNJ + "ها", "همایشها", "همایش ها"],
    "zwnj_compound2": ["اطلاع" + ZWNJ + "رسانی", "اطلاعرسانی", "اطلاع رسانی"],
}


@pytest.fixture(scope="module")
def variant_index(tmp_path_factory):
    index = SearchIndex(tmp_path_factory.mktemp("variants") / "index")
    docs, expected = [], {}
    n = 0
    for name, spellings in GROUPS.items():
        for s in spellings:
            n += 1
            docs.append(doc(f"news:{n}", f"در این خبر {s} آمد."))
            expected.setdefault(name, set()).add(f"news:{n}")
    index.apply(docs, [], 1)
    yield index, expected
    index.close()


@pytest.mark.parametrize("name", list(GROUPS))
def test_every_spelling_finds_every_other(variant_index, name):
    index, expected = variant_index
    for spelling in GROUPS[name]:
        for query in (spelling, f'"{spelling}"'):
            found = {h.uid for h in index.search(query, limit=50).hits}
            assert expected[name] <= found, (name, query, found)


@pytest.mark.parametrize("name", ["yeh", "kaf", "alef_hamza", "yeh_hamza", "diacritics", "tatweel", "presentation",
                                  "digits", "zwnj_compound", "zwnj_verb"])
def test_stock_analyzer_does_not_meet_these_variants(name):
    """The rules matter: Whoosh's StandardAnalyzer gives the spellings different terms."""
    from whoosh.analysis import StandardAnalyzer

    stock = StandardAnalyzer()
    terms = {tuple(t.text for t in stock(s)) for s in GROUPS[name]}
    assert len(terms) > 1
    ours = {tuple(sorted({t for t, *_ in analyze(s)})) for s in GROUPS[name]}
    assert len(ours) == 1, ours


# --- stemming -------------------------------------------------------------------------------------------

@pytest.mark.parametrize("inflected,stem", [
    ("کتاب" + ZWNJ + "ها", "کتاب"),
    ("کتابهای", "کتاب"),
    ("هزینه" + ZWNJ + "های", "هزینه"),
    ("برنامه" + ZWNJ + "هایی", "برنامه"),
    ("مدیران", "مدیر"),
    ("شهروندان", "شهروند"),
    ("خبرنگاران", "خبرنگار"),
    ("دانشجویان", "دانشجو"),
    ("نمایندگان", "نماینده"),
    ("اقدامات", "اقدام"),
    ("جلسات", "جلسه"),
    ("صدای", "صدا"),  # ezafe after alef
    ("خانهی", "خانه"),  # ezafe after heh, zwnj lost
    ("بزرگترین", "بزرگ"),
])
def test_plurals_and_suffixes_are_stripped_to_a_known_word(inflected, stem):
    terms = [t for t, *_ in analyze(inflected)]
    assert terms[0] == stem


@pytest.mark.parametrize("word", ["ایران", "تهران", "خیابان", "باران", "مهمان", "میزان", "جهان", "دوران", "وی",
                                  "شهرداری", "عمومی", "رضوی"])
def test_words_that_only_look_inflected_are_kept(word):
    assert [t for t, *_ in analyze(word)] == [word]


def test_iran_is_not_stemmed_to_ir(variant_index, tmp_path):
    assert lexicon.stem("ایران") == "ایران"
    index = SearchIndex(tmp_path / "index")
    index.apply([doc("news:1", "سفر به ایران"), doc("news:2", "ایر و باد")], [], 1)
    assert [h.uid for h in index.search("ایران").hits] == ["news:1"]
    assert [h.uid for h in index.search("ایر").hits] == ["news:2"]


def test_prefixes_mi_nami_bi_are_never_stripped(tmp_path):
    for word in ("میشود", "نمیشود", "بیسابقه", "میدان", "میز"):
        assert lexicon.stem(word) == word
    index = SearchIndex(tmp_path / "index")
    index.apply([doc("news:1", "این مرکز بین" + ZWNJ + "المللی می" + ZWNJ + "شود"),
                 doc("news:2", "شهر زیبا شود")], [], 1)
    assert [h.uid for h in index.search("شود").hits] == ["news:2"]
    assert [h.uid for h in index.search("می شود").hits] == ["news:1"]


def test_plural_and_singular_meet_in_the_index(tmp_path):
    index = SearchIndex(tmp_path / "index")
    index.apply([doc("news:1", "مدیران شهرداری"), doc("news:2", "مدیر شهرداری"),
                 doc("news:3", "هزینه" + ZWNJ + "های اطلاع" + ZWNJ + "رسانی"), doc("news:4", "هزینه تبلیغات")], [], 1)
    assert {h.uid for h in index.search("مدیر").hits} == {"news:1", "news:2"}
    assert {h.uid for h in index.search("مدیران").hits} == {"news:1", "news:2"}
    assert {h.uid for h in index.search("هزینه").hits} == {"news:3", "news:4"}
    assert {h.uid for h in index.search("تبلیغ").hits} == {"news:4"}


def test_english_items_are_stemmed_in_english(tmp_path):
    index = SearchIndex(tmp_path / "index")
    index.apply([doc("news:1", "The mayor held two press conferences", language="en"),
                 doc("news:2", "Running the city", language="en")], [], 1)
    assert [h.uid for h in index.search("conference").hits] == ["news:1"]
    assert [h.uid for h in index.search("run").hits] == ["news:2"]
    assert [h.uid for h in index.search("MAYOR").hits] == ["news:1"]


def test_arabic_items_are_normalized(tmp_path):
    index = SearchIndex(tmp_path / "index")
    index.apply([doc("news:1", "زيارة وفد من المدينة المنورة إلى مشهد", language="ar")], [], 1)
    for q in ("زیاره", "المدینه", "الی", "زيارة"):
        assert [h.uid for h in index.search(q).hits] == ["news:1"], q


def test_tokenizer_keeps_kasra_inside_the_word(tmp_path):
    index = SearchIndex(tmp_path / "index")
    index.apply([doc("news:1", "این کِتابِ تازه است")], [], 1)
    assert [h.uid for h in index.search("کتاب").hits] == ["news:1"]
    assert index.search("تاب").total == 0  # Whoosh's stock tokenizer would have made «تاب» of it


def test_compound_parts_and_spaced_form_in_phrases(tmp_path):
    index = SearchIndex(tmp_path / "index")
    index.apply([doc("news:1", "دبیرخانه همایش" + ZWNJ + "های بین" + ZWNJ + "المللی تشکیل شد"),
                 doc("news:2", "دبیرخانه همایشهای بینالمللی تشکیل شد"),
                 doc("news:3", "دبیرخانه همایش های بین المللی تشکیل شد"),
                 doc("news:4", "دبیرخانه همایش در بین مردم المللی")], [], 1)
    want = {"news:1", "news:2", "news:3"}
    for q in ('"همایش های بین المللی"', '"همایشهای بینالمللی"', '"همایش' + ZWNJ + 'های بین' + ZWNJ + 'المللی"',
              "بین" + ZWNJ + "المللی", "بینالمللی", '"بین المللی تشکیل"', '"بینالمللی تشکیل"'):
        assert {h.uid for h in index.search(q).hits} == want, q


def test_unknown_zwnj_compound_meets_its_lost_and_spaced_forms(tmp_path):
    index = SearchIndex(tmp_path / "index")
    index.apply([doc("news:1", "مهدی رضوی" + ZWNJ + "کیا گفت"), doc("news:2", "مهدی رضویکیا گفت"),
                 doc("news:3", "مهدی رضوی کیا گفت")], [], 1)
    assert {h.uid for h in index.search("رضوی" + ZWNJ + "کیا").hits} == {"news:1", "news:2", "news:3"}
    assert {h.uid for h in index.search('"مهدی رضوی' + ZWNJ + 'کیا گفت"').hits} == {"news:1", "news:2", "news:3"}


def test_analyzer_positions_and_offsets():
    text = "بین المللی شد"
    tokens = [(t.text, t.pos, t.startchar, t.endchar)
              for t in PersianAnalyzer()(text, positions=True, chars=True)]
    assert ("بین", 0, 0, 3) in tokens
    assert ("بینالمللی", 0, 0, 10) in tokens
    assert ("المللی", 1, 4, 10) in tokens
    assert ("شد", 2, 11, 13) in tokens


def test_analyzer_is_picklable_and_compares_equal():
    import pickle

    a = PersianAnalyzer()
    assert pickle.loads(pickle.dumps(a)) == a
    assert len(pickle.dumps(a)) < 300  # no word list inside the pickled schema


def _sample_texts() -> list[str]:
    import json
    from pathlib import Path

    root = Path(__file__).resolve().parents[1] / "resources" / "sample"
    texts = []
    for name in ("news.jsonl", "events.jsonl"):
        for line in (root / name).read_text(encoding="utf-8").splitlines():
            record = json.loads(line)
            texts.extend(str(v) for v in record.values() if isinstance(v, str) and len(v) > 20)
    texts += ["بین المللی و بین‌المللی و بینالمللی", "نمایندگان و نظریات و خانه‌ای", "running happily covid19 1403",
              "کتاب ها و کتاب‌های کتابهای", "می روم و نمی‌روم",
              # a word in three pieces, a piece's final اء before a ZWNJ
              "آنها می گفته اند که نمی دانسته اند", "اعضاء‌شان و اجزاء آن", "بی خانمان ها در شهر"]
    return texts


def test_terms_found_by_keys_are_exactly_those_of_the_whole_analysis():
    """A snippet analyses with match keys: only words that may give a query's terms are stemmed. It must
    find every span the whole analysis finds for those terms, and nothing else."""
    import random

    rnd = random.Random(5)
    texts = _sample_texts()
    assert len(texts) > 50
    checked = 0
    for text in texts:
        full = analyze(text)
        every = sorted({term for term, *_ in full})
        for n in (1, 2, 3):
            terms = set(rnd.sample(every, min(n, len(every))))
            want = [(t, s, e) for t, _, s, e in full if t in terms]
            got = [(t, s, e) for t, _, s, e in analyze(text, match_keys(terms)) if t in terms]
            assert got == want, (text[:60], terms)
            checked += len(want)
    assert checked > 500


def test_snippet_spans_are_those_of_the_whole_analysis():
    """A snippet analyses only the words that may give a query's terms, with their neighbours: it must
    find the same spans as analysing the whole text."""
    import random

    from press_archive.search.snippets import term_spans

    rnd = random.Random(11)
    checked = 0
    for text in _sample_texts():
        full = analyze(text)
        every = sorted({term for term, *_ in full})
        for n in (1, 2, 3):
            terms = set(rnd.sample(every, min(n, len(every))))
            want = sorted({(s, e, t) for t, _, s, e in full if t in terms})
            assert term_spans(text, 0, len(text), match_keys(terms)) == want, (text[:60], terms)
            checked += len(want)
    assert checked > 500


def test_a_text_without_the_terms_has_no_marks_and_one_with_them_all_of_them():
    """A snippet first asks whether the text may hold a term at all (normalized, its spaces dropped): a
    record found by its title or tags gets the text's start at once; a text holding one, however it is
    written (a particle apart, a ZWNJ, Arabic letters), gets every mark."""
    from press_archive.search.snippets import make_snippet

    assert "<b>" not in make_snippet("گزارشی دربارهٔ بازدید از پروژه‌های شهری " * 40, {"کتاب"})
    for text, term in [("این تن ها ماند", "تنها"), ("كتاب‌هاي تازه", "کتاب"), ("نمایندگان شورا", "نماینده"),
                       ("مسئول شهری", "مسوول"), ("آنها می گفته اند", analyze("می‌گفته‌اند")[0][0]),
                       ("اعضاء‌شان آمدند", analyze("اعضاء‌شان")[0][0])]:
        assert "<b>" in make_snippet("واژه " * 30 + text, {term}), (text, term)


@pytest.mark.parametrize("word", ["ئیلام", "ئتلاف", "ی\u0654تلاف", "ئوریه"])
def test_a_word_beginning_with_yeh_hamza_is_marked(word):
    from press_archive.domain.persian_text import normalize_word
    from press_archive.search.snippets import make_snippet

    term = lexicon.stem(normalize_word(word))
    assert "<b>" in make_snippet("واژه " * 30 + word + " پایان", {term}), (word, term)
