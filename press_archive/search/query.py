"""The contract's query language, read into a Whoosh query.

Syntax (``press-archive search QUERY``):

* words: all must match (``نشست خبری`` = both words, anywhere);
* ``"an exact phrase"`` (also «...» and “...”);
* ``a OR b``: either; OR binds the two items beside it (``a b OR c`` = a and (b or c));
* ``-word`` and ``NOT word`` (also before a phrase, a field or a group): must not match;
* ``field:value`` and ``field:"a phrase"``: ``title``, ``tag``, ``photographer``, ``speaker``, ``people``,
  ``place``, ``outlet``, ``category``, ``region``, ``author`` (analyzed like the text), and ``kind``
  (``status``), ``type``, ``year`` (Jalali), ``ref``, ``language`` (exact values);
* ``( ... )`` groups, at most :data:`MAX_DEPTH` deep.

Malformed input gets a safe reading when there is one (an open quote runs to the end, a stray ``)``, a
lone ``-`` and repeated or dangling ``OR`` are ignored, ``*`` is not a wildcard and is ignored) and a
:class:`QueryError` with a plain message otherwise (too long, too many words, too deeply nested, a
field without a value, nothing left to search for). An empty query matches every record.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field

from whoosh import query as wq

from press_archive.domain.digits import to_ascii_digits
from press_archive.domain.messages import said
from press_archive.domain.persian_text import clean_user_text, normalize_for_search
from press_archive.search.analyzer import word_terms
from press_archive.search.schema import EXACT_FIELDS, TEXT_FIELDS

MAX_QUERY_CHARS = 1000
MAX_ITEMS = 60
MAX_DEPTH = 8
MAX_PHRASE_VARIANTS = 8

OPEN_QUOTES = "\"“«„"
CLOSE_QUOTES = "\"”»“"
_WORD_STOP = set("()") | set(OPEN_QUOTES) | set(CLOSE_QUOTES)
_FIELD_RE = re.compile(r"([A-Za-z_]+):(.*)\Z", re.S)

TYPE_ALIASES = {
    "news": "news", "event": "event", "events": "event", "photo_batch": "photo_batch",
    "photo_batches": "photo_batch", "batch": "photo_batch", "photo": "photo", "photos": "photo",
    "interview": "interview", "interviews": "interview", "production": "production",
    "productions": "production",
}

ALL_RECORDS = wq.Term("rec", "1")


class QueryError(ValueError):
    """A query that cannot be read; the message says why, in plain words."""


# --- reading ------------------------------------------------------------------------------------------

@dataclass
class _Item:
    kind: str  # word, phrase, field, or, not, neg, lp, rp
    text: str = ""
    start: int = 0
    end: int = 0
    name: str = ""  # field name as typed
    phrase: bool = False  # field value in quotes


@dataclass
class Atom:
    """One thing to match: a word (field "content"), a phrase, or a field's value."""

    kind: str  # word, phrase, field
    field: str  # index field
    text: str
    start: int = 0
    end: int = 0
    phrase: bool = False
    exact: bool = False
    term: str = ""  # word atoms: the index term
    parts: tuple[str, ...] = ()
    alt: bool = False


@dataclass
class Not:
    child: object


@dataclass
class AnyOf:
    children: list = field(default_factory=list)


@dataclass
class AllOf:
    children: list = field(default_factory=list)


def _lex(q: str) -> list[_Item]:
    items: list[_Item] = []
    i, n = 0, len(q)
    while i < n:
        c = q[i]
        if c.isspace():
            i += 1
            continue
        if c in OPEN_QUOTES:
            j = i + 1
            while j < n and q[j] not in CLOSE_QUOTES:
                j += 1
            items.append(_Item("phrase", q[i + 1:j], i + 1, j))
            i = j + 1
            continue
        if c in CLOSE_QUOTES:  # a closing quote with no opening one
            i += 1
            continue
        if c == "(":
            items.append(_Item("lp", start=i, end=i + 1))
            i += 1
            continue
        if c == ")":
            items.append(_Item("rp", start=i, end=i + 1))
            i += 1
            continue
        if c == "-":
            if i + 1 < n and not q[i + 1].isspace() and q[i + 1] not in ")-":
                items.append(_Item("neg", start=i, end=i + 1))
            i += 1
            continue
        j = i
        while j < n and not q[j].isspace() and q[j] not in _WORD_STOP:
            j += 1
        word = q[i:j]
        if word in ("OR", "|", "||"):
            items.append(_Item("or", start=i, end=j))
        elif word in ("NOT", "!"):
            items.append(_Item("not", start=i, end=j))
        elif word in ("AND", "&", "&&", "+"):
            pass
        else:
            m = _FIELD_RE.match(word)
            name = m.group(1).lower() if m else ""
            if m and (name in TEXT_FIELDS or name in EXACT_FIELDS):
                value = m.group(2)
                if not value and j < n and q[j] in OPEN_QUOTES:
                    k = j + 1
                    while k < n and q[k] not in CLOSE_QUOTES:
                        k += 1
                    items.append(_Item("field", q[j + 1:k], j + 1, k, name=name, phrase=True))
                    i = k + 1
                    continue
                if not value:
                    raise QueryError(said('"{field}:" needs a value after the colon, e.g. {field}:نوروز or '
                                          '{field}:"two words"', field=m.group(1)))
                items.append(_Item("field", value, i + len(m.group(1)) + 1, j, name=name))
            else:
                items.append(_Item("word", word, i, j))
        i = j
    return items


def _expand_runs(q: str, items: list[_Item]) -> list:
    """Plain words next to each other are read together (so that ``می شود`` and ``کتاب ها`` join):
    each run becomes one Atom per word the analyzer sees."""
    out: list = []
    k = 0
    while k < len(items):
        it = items[k]
        if it.kind != "word" or (out and isinstance(out[-1], _Item) and out[-1].kind in ("neg", "not")):
            out.append(it)
            k += 1
            continue
        j = k
        while j + 1 < len(items) and items[j + 1].kind == "word":
            j += 1
        start, end = it.start, items[j].end
        text = q[start:end]
        atoms = [Atom("word", "content", text[s:e], start + s, start + e, term=term, parts=parts, alt=alt)
                 for term, parts, alt, s, e in word_terms(text)]
        if not atoms:
            # nothing searchable (e.g. "*"): keep a marker so that the query is not read as empty
            out.append(_Item("empty", text, start, end))
        out.extend(atoms)
        k = j + 1
    return out


class _Parser:
    def __init__(self, items: list):
        self.items = items
        self.pos = 0

    def peek(self):
        return self.items[self.pos] if self.pos < len(self.items) else None

    @staticmethod
    def _is(item, kind: str) -> bool:
        return isinstance(item, _Item) and item.kind == kind

    def sequence(self, depth: int) -> list:
        nodes = []
        while self.pos < len(self.items):
            item = self.peek()
            if self._is(item, "rp"):
                self.pos += 1
                if depth > 0:
                    return nodes
                continue  # a stray ")"
            before = self.pos
            node = self.either(depth)
            if node is not None:
                nodes.append(node)
            if self.pos == before:
                self.pos += 1
        return nodes

    def either(self, depth: int):
        left = self.unary(depth)
        while self._is(self.peek(), "or"):
            while self._is(self.peek(), "or"):
                self.pos += 1
            nxt = self.peek()
            if nxt is None or self._is(nxt, "rp"):
                break
            right = self.unary(depth)
            if left is None:
                left = right
            elif right is not None:
                left = AnyOf((left.children if isinstance(left, AnyOf) else [left]) + [right])
        return left

    def unary(self, depth: int):
        negate = False
        while self._is(self.peek(), "neg") or self._is(self.peek(), "not"):
            negate = True
            self.pos += 1
        item = self.peek()
        if item is None or self._is(item, "or") or self._is(item, "rp"):
            return None
        self.pos += 1
        if self._is(item, "lp"):
            if depth + 1 > MAX_DEPTH:
                raise QueryError(said("too many parentheses inside each other (at most {most} levels)", most=MAX_DEPTH))
            children = self.sequence(depth + 1)
            node = AllOf(children) if children else None
        elif isinstance(item, Atom):
            node = item
        elif item.kind == "phrase":
            node = Atom("phrase", "content", item.text, item.start, item.end, phrase=True)
        elif item.kind == "field":
            name = item.name
            if name in EXACT_FIELDS:
                node = Atom("field", EXACT_FIELDS[name], item.text, item.start, item.end, phrase=item.phrase,
                            exact=True)
            else:
                node = Atom("field", TEXT_FIELDS[name], item.text, item.start, item.end, phrase=item.phrase)
        elif item.kind == "word":  # a negated word, read on its own
            wt = word_terms(item.text)
            if not wt:
                return None
            nodes = [Atom("word", "content", item.text[s:e], item.start + s, item.start + e, term=t, parts=p,
                          alt=a) for t, p, a, s, e in wt]
            node = nodes[0] if len(nodes) == 1 else AllOf(nodes)
        else:  # "empty"
            return None
        if node is not None and negate:
            node = Not(node)
        return node


@dataclass
class ParsedQuery:
    """A read query: the tree, and what the search needs besides it."""

    text: str
    root: AllOf
    browse: bool  # no words at all: every record
    cleaned: str = ""  # the text as read (atoms' offsets point into it)

    def atoms(self, positive_only: bool = False) -> list[Atom]:
        out: list[Atom] = []

        def walk(node, negated):
            if isinstance(node, Atom):
                if not (positive_only and negated):
                    out.append(node)
            elif isinstance(node, Not):
                walk(node.child, not negated)
            else:
                for c in node.children:
                    walk(c, negated)

        walk(self.root, False)
        return out


def parse_query(text: str) -> ParsedQuery:
    """Read a query (see the module docstring); raises :class:`QueryError`."""
    if text is None:
        text = ""
    if not isinstance(text, str):
        raise QueryError(said("the query must be text"))
    if len(text) > MAX_QUERY_CHARS:
        raise QueryError(said("the query is too long ({length} characters; at most {most})", length=len(text),
                              most=MAX_QUERY_CHARS))
    q = clean_user_text(text).replace("\n", " ").replace("\t", " ")
    if not q.strip():
        return ParsedQuery(text, AllOf([]), True, q)
    items = _expand_runs(q, _lex(q))
    if sum(1 for it in items if isinstance(it, Atom) or it.kind in ("phrase", "field", "word")) > MAX_ITEMS:
        raise QueryError(said("the query has too many words (at most {most})", most=MAX_ITEMS))
    root = AllOf(_Parser(items).sequence(0))
    parsed = ParsedQuery(text, root, False, q)
    if not any(_atom_has_terms(a) for a in parsed.atoms()):
        raise QueryError(said("nothing to search for: type one or more words (wildcards such as * are not supported)"))
    if any(_atom_has_terms(a) and not _is_particle(a) for a in parsed.atoms(positive_only=True)):
        parsed.root = _without_particles(root)
    return parsed


def _particles() -> frozenset[str]:
    global _PARTICLE_TERMS
    if _PARTICLE_TERMS is None:
        from press_archive.domain.persian_text import PREFIX_PARTICLES, SUFFIX_PARTICLES, normalize_word
        from press_archive.search.lexicon import stem

        _PARTICLE_TERMS = frozenset(stem(normalize_word(p)) for p in PREFIX_PARTICLES | SUFFIX_PARTICLES)
    return _PARTICLE_TERMS


_PARTICLE_TERMS: frozenset[str] | None = None


def _is_particle(atom: Atom) -> bool:
    """A particle standing alone as a word (ها، های، ای، می... written apart where nothing joins them,
    e.g. between ORs): it matches only the rare documents where it also stands alone, so it would be
    the query's rarest, highest-weighted word and lift wrong documents."""
    return atom.kind == "word" and atom.term in _particles()


def _without_particles(node):
    """The tree without its particle words (their groups kept when something else is left)."""
    if isinstance(node, Atom):
        return None if _is_particle(node) else node
    if isinstance(node, Not):
        child = _without_particles(node.child)
        return None if child is None else Not(child)
    children = [c for c in (_without_particles(c) for c in node.children) if c is not None]
    if isinstance(node, AnyOf):
        return None if not children else AnyOf(children)
    return AllOf(children) if children or node.children == [] else None


def _atom_has_terms(atom: Atom) -> bool:
    if atom.kind == "word":
        return bool(atom.term)
    if atom.exact:
        return bool(atom.text.strip())
    return bool(word_terms(atom.text))


# --- into Whoosh --------------------------------------------------------------------------------------

def _word_query(fieldname: str, term: str, parts: tuple[str, ...], alt: bool) -> wq.Query:
    if alt:
        return wq.Or([wq.Term(fieldname, term), wq.Phrase(fieldname, list(parts))])
    return wq.Term(fieldname, term)


def _text_query(fieldname: str, text: str, phrase: bool) -> wq.Query | None:
    wt = word_terms(text)
    if not wt:
        return None
    if len(wt) == 1:
        term, parts, alt, _, _ = wt[0]
        return _word_query(fieldname, term, parts, alt)
    if not phrase:
        return wq.And([_word_query(fieldname, t, p, a) for t, p, a, _, _ in wt])
    options = []
    for term, parts, alt, _, _ in wt:
        opts = [list(parts) if parts else [term]]
        if alt:
            opts.append([term])
        options.append(opts)
    seqs = []
    for combo in itertools.product(*options):
        seqs.append([w for part in combo for w in part])
        if len(seqs) >= MAX_PHRASE_VARIANTS:
            break
    phrases = [wq.Phrase(fieldname, s) if len(s) > 1 else wq.Term(fieldname, s[0]) for s in seqs]
    return phrases[0] if len(phrases) == 1 else wq.Or(phrases)


def _kind_value(value: str) -> str:
    from press_archive.domain.records import CHOICE_LABELS_FA

    v = value.strip().lower()
    if v in CHOICE_LABELS_FA:
        return v
    wanted = normalize_for_search(v)
    for code, label in CHOICE_LABELS_FA.items():
        if normalize_for_search(label) == wanted:
            return code
    return v.replace(" ", "_")


def _exact_query(atom: Atom) -> wq.Query | None:
    value = atom.text.strip()
    if not value:
        return None
    if atom.field == "type":
        t = TYPE_ALIASES.get(value.lower())
        if t is None:
            raise QueryError(said('unknown type "{value}" (one of {types})', value=value,
                                   types=", ".join(sorted(set(TYPE_ALIASES.values())))))
        return wq.Term("type", t)
    if atom.field == "year":
        v = to_ascii_digits(value)
        if not v.isdigit():
            raise QueryError(said('year:{value} is not a year (e.g. year:1394)', value=value))
        return wq.Term("year", str(int(v)))
    if atom.field == "kind":
        return wq.Term("kind", _kind_value(value))
    if atom.field == "language":
        return wq.Term("language", value.lower())
    return wq.Term(atom.field, value)


def atom_query(atom: Atom) -> wq.Query | None:
    if atom.kind == "word":
        return _word_query(atom.field, atom.term, atom.parts, atom.alt) if atom.term else None
    if atom.exact:
        return _exact_query(atom)
    return _text_query(atom.field, atom.text, atom.phrase or atom.kind == "phrase")


def _build(node) -> wq.Query | None:
    if isinstance(node, Atom):
        return atom_query(node)
    if isinstance(node, Not):
        inner = _build(node.child)
        return None if inner is None else wq.Not(inner)
    if isinstance(node, AnyOf):
        subs = [s for s in (_build(c) for c in node.children) if s is not None]
        if not subs:
            return None
        return subs[0] if len(subs) == 1 else wq.Or(subs)
    # AllOf
    pos, neg = [], []
    for c in node.children:
        if isinstance(c, Not):
            inner = _build(c.child)
            if inner is not None:
                neg.append(inner)
        else:
            sub = _build(c)
            if sub is not None:
                pos.append(sub)
    if not pos and not neg:
        return None
    q = ALL_RECORDS if not pos else (pos[0] if len(pos) == 1 else wq.And(pos))
    if neg:
        q = wq.AndNot(q, neg[0] if len(neg) == 1 else wq.Or(neg))
    return q


def to_whoosh(parsed: ParsedQuery) -> wq.Query:
    """The Whoosh query of a read query: which records match (the ranking is :func:`scoring_terms`)."""
    if parsed.browse:
        return ALL_RECORDS
    q = _build(parsed.root)
    if q is None:
        raise QueryError(said("nothing to search for: type one or more words (wildcards such as * are not supported)"))
    return q


def highlight_terms(parsed: ParsedQuery) -> set[str]:
    """Terms whose occurrences the snippet marks: those of every positive word, phrase and text field."""
    terms: set[str] = set()
    for atom in parsed.atoms(positive_only=True):
        if atom.kind == "word":
            terms.add(atom.term)
            terms.update(atom.parts)
        elif not atom.exact:
            for term, parts, _, _, _ in word_terms(atom.text):
                terms.add(term)
                terms.update(parts)
    terms.discard("")
    return terms


# A plain word found in the title scores this much more (BM25 of the title field). The content field
# already holds the title: at full weight a title hit counted as much as a saturated body word, and a
# word as common as «در» scored in the short title field. 0.3 was best on the tuning half of
# tests/data/relevance/press (0 and 1.0 both lower).
TITLE_BOOST = 0.3


def scoring_terms(parsed: ParsedQuery) -> list[tuple[str, str, float]]:
    """(field, term, boost) that rank the matches: every positive word, phrase word and text-field word;
    plain words are scored in the content and, at :data:`TITLE_BOOST`, in the title."""
    out: dict[tuple[str, str], float] = {}

    def add(fieldname: str, term: str, boost: float = 1.0) -> None:
        if term:
            out[(fieldname, term)] = max(out.get((fieldname, term), 0.0), boost)

    for atom in parsed.atoms(positive_only=True):
        if atom.exact:
            continue
        if atom.kind == "word":
            words = [(atom.term, atom.parts, atom.alt)]
        else:
            words = [(t, p, a) for t, p, a, _, _ in word_terms(atom.text)]
        for term, parts, alt in words:
            add(atom.field, term)
            if alt:
                for p in parts:
                    add(atom.field, p, 0.5)
            if atom.field == "content":
                add("title", term, TITLE_BOOST)
    return [(f, t, b) for (f, t), b in out.items()]
