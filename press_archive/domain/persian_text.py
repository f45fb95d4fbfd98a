"""Persian text rules: cleaning what users paste or import, and the search normal form.

Pure Python, no third-party packages. Two jobs:

* :func:`clean_user_text` makes imported text and file names safe to store and show: control characters
  and the bidi override/embedding/isolate characters are removed; the zero-width non-joiner (ZWNJ), the
  zero-width joiner, newlines and tabs are kept.
* :func:`normalize_word` and :func:`normalize_for_search` bring the usual spelling variants of Persian
  (and Arabic) words to one form, so that a search meets them all:

  - Arabic and Persian letter forms: ي ى → ی, ك → ک, ة ۀ هٔ → ه, أ إ آ ٱ → ا, ؤ → و, ئ → ی/و/ا by context
    (رئیس = رییس, مسئول = مسؤول = مسوول, مسئله = مسأله = مساله, هیئت = هیأت = هیات);
  - diacritics (fatha, damma, kasra, shadda, sukun, tanwin, superscript alef, hamza marks) and tatweel
    are dropped;
  - Arabic presentation forms (U+FB50-U+FDFF, U+FE70-U+FEFF) are NFKC-folded, and only those: ﻻ → لا;
  - Persian (۱۲۳) and Arabic-Indic (١٢٣) digits become ASCII; ٫ is a decimal point, ٬ and ',' between
    digits are thousands separators and dropped;
  - the ZWNJ is removed, so that a word written with it and without it meet (بین‌المللی = بینالمللی);
  - particles written apart are joined to their word: the prefixes می/نمی/بی to the next word and the
    suffixes ها/های/تر/ترین/ای/ی/اند... to the previous one (می شود = می‌شود = میشود).

Tokens keep their diacritics, tatweel and ZWNJ while being cut from the text (a tokenizer that stops at a
kasra turns کِتابِ into تاب); they are normalized afterwards. Stemming and dictionary compounds live in
``press_archive.search`` (they need the word list); this module is the dictionary-free part.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from press_archive.domain.digits import to_ascii_digits

__all__ = [
    "ZWNJ",
    "ZWJ",
    "PREFIX_PARTICLES",
    "SUFFIX_PARTICLES",
    "clean_user_text",
    "normalize_word",
    "word_pieces",
    "is_persian_script",
    "token_spans",
    "Unit",
    "units",
    "normalize_for_search",
]

ZWNJ = "\u200c"
ZWJ = "\u200d"

# --- cleaning -----------------------------------------------------------------------------------------

# Control characters (Cc) but tab and newline, lone surrogates, bidi embeddings/overrides (U+202A-U+202E)
# and isolates (U+2066-U+2069), byte-order marks.
_CLEAN_RE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff\u202a-\u202e\u2066-\u2069\ufeff]")


def clean_user_text(text: str) -> str:
    """Text as it may be stored: no control characters (but newlines and tabs), no bidi overrides,
    embeddings or isolates (U+202A-U+202E, U+2066-U+2069), no byte-order marks. ZWNJ and ZWJ are kept.
    Windows and old Mac line ends, and the Unicode line and paragraph separators, become newlines."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n").replace("\u2029", "\n")
    return _CLEAN_RE.sub("", text)


# --- one word -----------------------------------------------------------------------------------------

# Combining marks of Arabic script (harakat, tanwin, shadda, sukun, hamza above/below, superscript alef,
# Quranic annotation marks) and tatweel: kept inside tokens, dropped by normalization.
_MARKS = "\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06dc\u06df-\u06e4\u06e7\u06e8\u06ea-\u06ed"
_TATWEEL = "\u0640"

_PRESENTATION_RE = re.compile("[\ufb50-\ufdff\ufe70-\ufefe]+")

_CHAR_MAP: dict[int, str | None] = {
    # yeh
    0x064A: "ی", 0x0649: "ی", 0x06D0: "ی", 0x06CD: "ی", 0x06CE: "ی", 0x0620: "ی",
    # kaf
    0x0643: "ک", 0x06AA: "ک",
    # heh and teh marbuta
    0x0629: "ه", 0x06C0: "ه", 0x06C1: "ه", 0x06C2: "ه", 0x06D5: "ه", 0x06BE: "ه",
    # alef with hamza/madda, alef wasla
    0x0622: "ا", 0x0623: "ا", 0x0625: "ا", 0x0671: "ا", 0x0672: "ا", 0x0673: "ا",
    # waw with hamza
    0x0624: "و",
    # decimal and thousands separators
    0x066B: ".", 0x066C: None,
    # joiners: the ZWNJ is dropped so that the written and the lost forms meet
    0x200C: None, 0x200D: None,
    0x0640: None,
}
for _c in list(range(0x0610, 0x061B)) + list(range(0x064B, 0x0660)) + [0x0670] + list(range(0x06D6, 0x06DD)) \
        + list(range(0x06DF, 0x06E5)) + [0x06E7, 0x06E8] + list(range(0x06EA, 0x06EE)):
    _CHAR_MAP[_c] = None
_CHAR_TABLE = str.maketrans(_CHAR_MAP)

_YEH_HAMZA = "\u0626"  # ئ
_YEH_FORMS = "یيى"
_HAMZA_ABOVE = "\u0654"
_THOUSANDS_RE = re.compile(r"(?<=\d),(?=\d)")


def _fold_yeh_hamza(word: str) -> str:
    """ئ by context: before ی it is ی (رئیس → رییس, پائیز → پاییز), before و it is و (مسئول → مسوول),
    after ا/و or at the end it is ی (ژوئن → ژوین, ائتلاف → ایتلاف), before ا it is ی (تئاتر → تیاتر),
    otherwise it is the ا that the other spellings use (مسئله → مساله, هیئت → هیات)."""
    out = []
    n = len(word)
    for i, ch in enumerate(word):
        if ch != _YEH_HAMZA:
            out.append(ch)
            continue
        nxt = word[i + 1] if i + 1 < n else ""
        prev = out[-1] if out else ""
        if nxt in _YEH_FORMS or nxt in "اآ" or nxt == "":
            out.append("ی")
        elif nxt in "وؤ":
            out.append("و")
        elif prev in ("ا", "و", ""):
            out.append("ی")
        else:
            out.append("ا")
    return "".join(out)


def normalize_word(word: str) -> str:
    """The search form of one token (no splitting, no stemming): letters unified, marks, tatweel and
    joiners dropped, digits ASCII, lower case."""
    if _PRESENTATION_RE.search(word):
        word = _PRESENTATION_RE.sub(lambda m: unicodedata.normalize("NFKC", m.group(0)), word)
        word = "".join(word.split())
    if _HAMZA_ABOVE in word:
        # yeh + hamza above written as two characters is ئ
        word = word.replace("ی" + _HAMZA_ABOVE, _YEH_HAMZA).replace("ي" + _HAMZA_ABOVE, _YEH_HAMZA)
    if _YEH_HAMZA in word:
        word = _fold_yeh_hamza(word)
    word = word.translate(_CHAR_TABLE)
    if "ء" in word and word.endswith("اء"):
        word = word[:-1]  # اجزاء → اجزا, انشاء → انشا
    word = to_ascii_digits(word)
    if "," in word:
        word = _THOUSANDS_RE.sub("", word)
    return word.lower()


def is_persian_script(word: str) -> bool:
    """True when the word has an Arabic-script letter (Persian, Arabic)."""
    for ch in word:
        if "\u0600" <= ch <= "\u06ff" or "\ufb50" <= ch <= "\ufeff" or "\u0750" <= ch <= "\u077f":
            return True
    return False


# Particles written as their own piece (after a ZWNJ or a space) that belong to a neighbouring word.
PREFIX_PARTICLES = frozenset({"می", "نمی", "بی"})
SUFFIX_PARTICLES = frozenset({
    "ها", "های", "هایی", "هایم", "هایت", "هایش", "هایمان", "هایتان", "هایشان",
    "تر", "ترین", "ای", "ی", "یی", "ایی",
    "ام", "ات", "اش", "ایم", "اید", "اند", "مان", "تان", "شان",
})


def word_pieces(raw: str) -> list[str]:
    """The normalized pieces of one written token after particles rejoined: ``بین‌المللی`` →
    ``['بین', 'المللی']``, ``هزینه‌های`` → ``['هزینههای']``, ``می‌شود`` → ``['میشود']``."""
    if ZWNJ not in raw:
        word = normalize_word(raw)
        return [word] if word else []
    pieces = [normalize_word(p) for p in raw.split(ZWNJ)]
    return merge_particles([p for p in pieces if p])


def merge_particles(pieces: list[str]) -> list[str]:
    """Join prefix particles to the next piece and suffix particles to the previous one."""
    out: list[str] = []
    pending_prefix = ""
    for p in pieces:
        if p in PREFIX_PARTICLES:
            pending_prefix += p
            continue
        if p in SUFFIX_PARTICLES and out and not pending_prefix:
            if p != "ی" or not out[-1].endswith("ه"):  # خانه‌ی is خانهٔ: the ezafe ی after ه is dropped
                out[-1] += p
            continue
        out.append(pending_prefix + p)
        pending_prefix = ""
    if pending_prefix:
        if out:
            out[-1] += pending_prefix
        else:
            out.append(pending_prefix)
    return out


# --- text into tokens ---------------------------------------------------------------------------------

# A token: letters and digits (not '_'), with Arabic-script marks, tatweel and joiners inside, and
# '.', ',', '٫', '٬' between two digits (2.5, 1,800, ۲٫۵).
_TOKEN_RE = re.compile(
    "(?:[^\\W_]|[" + _MARKS + _TATWEEL + ZWNJ + ZWJ + "]|(?<=\\d)[.,\u066b\u066c](?=\\d))+"
)
# What may stand between a particle and its word for the two to be joined: spaces on one line, however
# many (the normal form writes one space between words: joined there, it must be joined here too).
_JOINABLE_GAP_RE = re.compile("[ \t\u00a0\u200e\u200f\u202f\u2009\u200a\u2002-\u2007]+")


def token_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) character offsets of the written tokens of ``text``."""
    return [m.span() for m in _TOKEN_RE.finditer(text)]


@dataclass(slots=True)
class Unit:
    """A word of the text after normalization and particle joining.

    ``pieces`` is one normalized piece for a plain word, several for a compound written with a ZWNJ
    (``بین‌المللی`` → ``['بین', 'المللی']``); ``start``/``end`` are offsets into the original text;
    ``zwnj`` tells that the pieces came from a ZWNJ inside the word; ``spaced_next`` that only spaces
    separate this unit from the next one (so a dictionary may join the two).
    """

    start: int
    end: int
    pieces: list[str]
    zwnj: bool = False
    spaced_next: bool = False
    start_spaced: bool = False

    @property
    def word(self) -> str:
        word = "".join(self.pieces)
        # A final hamza after a joiner (اجزا‌ء) meets the joined spelling's rule only once joined.
        return word[:-1] if word.endswith("اء") else word


_PLAIN, _PREFIX, _SUFFIX = 0, 1, 2
_Entry = tuple  # (pieces, particle kind, first piece in Arabic script, last piece in Arabic script)
_entries: dict[str, _Entry | None] = {}


def _entry(raw: str) -> _Entry | None:
    pieces = word_pieces(raw)
    if not pieces:
        return None
    kind = _PLAIN
    if len(pieces) == 1:
        if pieces[0] in PREFIX_PARTICLES:
            kind = _PREFIX
        elif pieces[0] in SUFFIX_PARTICLES:
            kind = _SUFFIX
    # By the word's last letter, not its last piece: 'ا‌۰' and 'ا0' must end alike, or a particle after
    # them joins one and not the other and normalizing twice differs from normalizing once.
    return (tuple(pieces), kind, is_persian_script(pieces[0]), is_persian_script(pieces[-1][-1]))


def _joinable(text: str, a: int, b: int) -> bool:
    if b - a == 1 and text[a] == " ":
        return True
    return _JOINABLE_GAP_RE.fullmatch(text, a, b) is not None


def units(text: str) -> list[Unit]:
    """The text as units (see :class:`Unit`): tokens normalized, particles joined to their word whether
    they were written with a ZWNJ, without it, or with a space."""
    entries = _entries
    if len(entries) > 200_000:
        entries.clear()
    out: list[Unit] = []
    pending: Unit | None = None  # a prefix particle (می, نمی, بی) waiting for its word
    last_persian = False  # the last piece of out[-1] is in Arabic script
    prev_end = -1
    for m in _TOKEN_RE.finditer(text):
        raw = m.group()
        try:
            e = entries[raw]
        except KeyError:
            e = entries[raw] = _entry(raw)
        if e is None:
            # A token with nothing left (a lone diacritic) is not in the normal form: it joins the gap
            # around it, as if it were a space.
            if prev_end >= 0 and _joinable(text, prev_end, m.start()):
                prev_end = m.end()
            continue
        pieces, kind, first_persian, end_persian = e
        start, end = m.span()
        spaced = prev_end >= 0 and _joinable(text, prev_end, start)
        prev_end = end
        if pending is not None:
            if spaced and first_persian:
                pending.pieces = [pending.pieces[0] + pieces[0], *pieces[1:]]
                pending.end = end
                pending.zwnj = len(pieces) > 1
                if out and pending.start_spaced:
                    out[-1].spaced_next = True
                out.append(pending)
                pending = None
                last_persian = end_persian
                continue
            out.append(pending)
            last_persian = True
            pending = None
            spaced = False
        elif kind == _SUFFIX and spaced and out and last_persian:
            last = out[-1]
            if pieces[0] != "ی" or not last.pieces[-1].endswith("ه"):  # خانه ی is خانهٔ: the ezafe is dropped
                last.pieces[-1] += pieces[0]
            last.end = end
            pending = _settle(out)
            continue
        if kind == _PREFIX:
            pending = Unit(start, end, [pieces[0]])
            pending.start_spaced = spaced
            continue
        if spaced and out:
            out[-1].spaced_next = True
        out.append(Unit(start, end, list(pieces), len(pieces) > 1))
        last_persian = end_persian
    if pending is not None:
        out.append(pending)
    return out


def _settle(out: list[Unit]) -> Unit | None:
    """A letter written apart can join a particle into another particle ("ب ا ی": ا + ی is ای): the result
    is joined as that particle would be, so that normalizing the normal form changes nothing. Returns a
    prefix particle made this way (بی, می), to wait for its word."""
    while len(out[-1].pieces) == 1:
        word = out[-1].pieces[0]
        if word in SUFFIX_PARTICLES and len(out) > 1 and out[-2].spaced_next \
                and is_persian_script(out[-2].pieces[-1][-1]):
            joined = out.pop()
            out[-1].pieces[-1] += word
            out[-1].end = joined.end
            out[-1].spaced_next = False
            continue
        if word in PREFIX_PARTICLES:
            prefix = out.pop()
            prefix.start_spaced = bool(out) and out[-1].spaced_next
            if out:
                out[-1].spaced_next = False
            return prefix
        break
    return None


def normalize_for_search(text: str) -> str:
    """The dictionary-free search form of a text: its words normalized and particles joined, separated
    by single spaces (``«بین‌المللی» می شود`` → ``بینالمللی میشود``). Equal results mean the texts
    differ only in spelling variants the search ignores (stemming aside)."""
    return " ".join(u.word for u in units(text))
