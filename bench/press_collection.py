"""Writes the judged press collection (tests/data/relevance/press) from the hand-written topics of
``bench/press_topics.py``.

    python bench/press_collection.py [OUT]

Every topic gets six news items (a title, three or four of its sentences in a varied order, one or two
sentences of the office's usual framing, one to three short notices of a bulletin); each item is judged relevant to its topic's query and to no
other. Two items of other topics per topic carry its passing-mention sentence (near misses: the query's
words, another story), and 60 notices are about none of the topics. Each item is spelled one way: as
typed on a Persian keyboard, or printed with Arabic yeh and kaf, or with the zero-width non-joiner lost
(words joined) or replaced by a space; its digits are Persian, ASCII or Arabic-Indic. Queries of
even-numbered topics are the tuning half, the others the held-out half (``split.txt``). Seeded: the
output is the same on every run.
"""

from __future__ import annotations

import random
import shutil
import sys
from pathlib import Path

if not __package__:
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.press_topics import FRAMING, NOTICES, TOPICS  # noqa: E402

OUT = Path(__file__).resolve().parents[1] / "tests" / "data" / "relevance" / "press"
ZWNJ = "\u200c"
PERSIAN_DIGITS = "۰۱۲۳۴۵۶۷۸۹"
ARABIC_DIGITS = "٠١٢٣٤٥٦٧٨٩"
ITEMS_PER_TOPIC = 6
NEAR_MISSES = 2
NOTICE_ITEMS = 60


def spell(text: str, style: str, digits: str) -> str:
    """``text`` (written as typed) in one of the spellings found in an archive's imported items."""
    if style in ("arabic", "arabic_space"):
        text = text.replace("ی", "ي").replace("ک", "ك")
    if style in ("arabic", "joined"):
        text = text.replace(ZWNJ, "")
    elif style in ("arabic_space", "spaced"):
        text = text.replace(ZWNJ, " ")
    if digits == "ascii":
        text = text.translate(str.maketrans(PERSIAN_DIGITS, "0123456789"))
    elif digits == "arabic":
        text = text.translate(str.maketrans(PERSIAN_DIGITS, ARABIC_DIGITS))
    return text


def printed(query: str) -> str:
    """A query as printed (and as typed on an Arabic keyboard): Arabic yeh and kaf, no ZWNJ."""
    return spell(query, "arabic", "ascii")


def _style(rng: random.Random) -> tuple[str, str]:
    style = rng.choices(["typed", "arabic", "arabic_space", "joined", "spaced"], [35, 20, 10, 20, 15])[0]
    digits = rng.choices(["persian", "ascii", "arabic"], [50, 30, 20])[0]
    return style, digits


def build(out: Path = OUT, seed: int = 13) -> None:
    rng = random.Random(seed)
    items: list[tuple[str, list[str], int | None]] = []  # (title, sentences, topic)
    for t, (_, titles, sentences, _) in enumerate(TOPICS):
        for k in range(ITEMS_PER_TOPIC):
            chosen = rng.sample(range(len(sentences)), rng.choice((3, 4)))
            if k % 2 == 0:  # half of the items lead with the story's first sentence, as a news lead does
                chosen = [0] + [c for c in chosen if c != 0][:3]
            body = [sentences[c] for c in chosen]
            body += rng.sample(FRAMING, rng.choice((1, 2)))
            # an item of a news bulletin carries other short news after its story, as the office's
            # daily bulletins do: longer items, and words shared with unrelated ones
            body += rng.sample(NOTICES, rng.choice((1, 2, 3)))
            items.append((titles[k % len(titles)], body, t))
    # near misses: an item of another topic that mentions this topic's query words in passing
    for t, (_, _, _, mention) in enumerate(TOPICS):
        others = [i for i, it in enumerate(items) if it[2] is not None and it[2] != t]
        for i in rng.sample(others, NEAR_MISSES):
            title, body, topic = items[i]
            body = list(body)
            body.insert(rng.randrange(1, len(body) + 1), mention)
            items.append((title, body, topic))
    for _ in range(NOTICE_ITEMS):
        body = rng.sample(NOTICES, rng.choice((2, 3))) + rng.sample(FRAMING, 1)
        items.append((body[0].split("،")[0].rstrip("."), body, None))
    rng.shuffle(items)

    if out.exists():
        shutil.rmtree(out)
    (out / "docs").mkdir(parents=True)
    (out / "queries").mkdir()
    qrels = ["# query-id doc-id: each item is relevant to the query of its own topic"]
    for n, (title, body, topic) in enumerate(items, 1):
        did = f"p{n:03d}"
        style, digits = _style(rng)
        (out / "docs" / f"{did}.txt").write_text(spell(title, style, digits) + "\n" + spell(" ".join(body), style, digits)
                                                 + "\n", encoding="utf-8")
        if topic is not None:
            qrels.append(f"q{topic + 1:02d} {did}")
    qrels.sort(key=lambda line: (line[0] != "#", line))
    (out / "qrels.txt").write_text("\n".join(qrels) + "\n", encoding="utf-8")
    for t, (query, _, _, _) in enumerate(TOPICS):
        (out / "queries" / f"q{t + 1:02d}.txt").write_text(query + "\n", encoding="utf-8")
    tune = [f"q{t + 1:02d}" for t in range(len(TOPICS)) if t % 2 == 1]
    held = [f"q{t + 1:02d}" for t in range(len(TOPICS)) if t % 2 == 0]
    (out / "split.txt").write_text("# queries used to tune the ranking; the rest are held out\ntune " + " ".join(tune)
                                   + "\nheld_out " + " ".join(held) + "\n", encoding="utf-8")


if __name__ == "__main__":
    build(Path(sys.argv[1]) if len(sys.argv) > 1 else OUT)
