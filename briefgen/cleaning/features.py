"""Paragraph features for the page scorer: shape, wording, position, neighbours and topic."""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Sequence
from operator import itemgetter

_WORD = re.compile(r"\w+")
_SENTENCE_END = re.compile(r"[.!?…。！？](?:[\"'”’»)\]]*)(?=\s|$)")
_TERMINAL = re.compile(r"[.!?…。！？:;](?:[\"'”’»)\]]*)\s*$")
# Dates: "3/5/2019", "2019-03-05", "5:23 pm", "March 5, 2019". Two patterns, so that Python's
# regex engine can skip ahead to a digit for the first (a digit with no word character before it
# is "\b\d"); the second runs on the lower-cased text, without IGNORECASE, which is faster.
_NUMERIC_DATE = re.compile(
    r"\d(?<!\w\d)(?:\d?[./-]\d{1,2}[./-]\d{2,4}|\d{3}-\d{2}-\d{2}|\d?:\d{2}\s*(?:[ap]\.?m\.?)?)\b",
    re.IGNORECASE,
)
_MONTH_DATE = re.compile(r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2},?\s+\d{4}\b")
_SEPARATOR_CHARS = re.compile(r"[|•·»›©®™]")
_DASH_SEPARATOR = re.compile(r"\s[-–—/]\s")  # "Home / News / World", "Site – Section – Page"
_CONTACT = re.compile(r"https?://|www\.|@\w|\w@\w")
_CONTACT_LITERALS = ("@", "www.", "http")  # every _CONTACT match has one: skip its slow scan without
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")
ALL_CAPS_MAX_CHARS = 200
TAIL_CHARS = 12  # the end of a paragraph: its last punctuation and closing quotes
_DIGIT = re.compile(r"\d")

# Function words of the languages most common in news. A sentence of running prose is
# about 40 % function words in all of them; menus, captions and teasers have far fewer.
STOP_WORDS = frozenset("""
a an the and or but if of to in on at by for with from as is are was were be been being
has have had do does did not no that this these those it its he she they we you i his her
their our your my me him them us who whom which what when where why how than then there
so such also very can could would should will shall may might must just more most other
into over after before about up down out only about again while because said says
der die das und oder aber ist sind war waren ein eine einer eines dem den des zu im am
mit von auf für nicht sich auch als wie bei nach aus noch wird wurde werden hat haben
le la les un une des du de et ou mais est sont était dans sur pour par avec pas que qui
ne se ce il elle ils elles au aux en plus son sa ses leur
el los las y o pero es son era en con por para no que se su sus al lo del como más
o os as e um uma é são em no na nos nas com por para não que se seu sua ao do da dos das
il lo gli e di da in con su per non che si è sono del della dei nel al
de het een en of maar is zijn was in op met voor niet dat die te van
и в не на что с по это как а но он она они к у из за от то же так
""".split())


def words(text: str) -> list[str]:
    """The `\\w+` tokens of a text, lower-cased."""
    return _WORD.findall(text.lower())


def content_bag(tokens: Sequence[str]) -> dict[str, int]:
    """Content words (no function words, no numbers, ≥ 3 letters) with their counts."""
    counts = Counter(tokens)  # filter distinct words, not every token
    return {t: c for t, c in counts.items() if len(t) > 2 and t not in STOP_WORDS and not t.isdigit()}


def _topic_similarity(bag: dict[str, int], topic: dict[str, int], topic_norm2: float, exclude_self: bool) -> float:
    """Cosine of a paragraph's words with the page topic (minus the paragraph itself when it is part of it)."""
    if not bag or not topic_norm2:
        return 0.0
    dot = 0.0
    norm2 = topic_norm2
    for word, count in bag.items():
        t = topic.get(word, 0)
        if exclude_self:
            norm2 -= t * t - (t - count) * (t - count)
            t -= count
        dot += count * t
    own = math.sqrt(sum(v * v for v in bag.values()))
    return dot / (own * math.sqrt(norm2)) if norm2 > 0 and own else 0.0


def shape_features(text: str, tokens: Sequence[str], link_density: float = 0.0) -> dict[str, float]:
    """Features of one paragraph on its own: how much it looks like running prose."""
    n = len(tokens)
    cjk = len(_CJK.findall(text)) if _CJK.search(text) else 0
    # CJK text has no spaces between words: count roughly two characters as one word.
    n_eff = max(n, cjk // 2)
    raw_words = text.split()
    capitalised = sum(map(str.isupper, map(itemgetter(0), raw_words)))
    # All-capital lines are short labels; counting letters of long paragraphs is wasted time.
    short = len(text) <= ALL_CAPS_MAX_CHARS
    n_letters = sum(map(str.isalpha, text)) if short else 0
    upper = sum(map(str.isupper, text)) if short else 0
    sentences = len(_SENTENCE_END.findall(text))
    has_digit = bool(_DIGIT.search(text))  # every date pattern has a digit: skip the slow one without
    return {
        "log_words": math.log1p(n_eff),
        "lt5_words": float(n_eff < 5),
        "lt10_words": float(n_eff < 10),
        "lt20_words": float(n_eff < 20),
        "terminal_punct": float(bool(_TERMINAL.search(text[-TAIL_CHARS:]))),
        "sentences_ge2": float(sentences >= 2),
        "stop_ratio": (sum(map(STOP_WORDS.__contains__, tokens)) / n) if n else 0.0,
        "comma_ratio": min(text.count(",") / max(n, 1), 0.5),
        "capital_ratio": capitalised / max(len(raw_words), 1),
        "all_caps": float(n_letters > 8 and upper / n_letters > 0.8),
        "digit_ratio": sum(map(str.isdigit, tokens)) / max(n, 1),
        "has_date": float(has_digit and bool(_NUMERIC_DATE.search(text) or _MONTH_DATE.search(text.lower()))),
        "separators": float(bool(_SEPARATOR_CHARS.search(text)) or len(_DASH_SEPARATOR.findall(text)) >= 2),
        "contact": float(any(c in text for c in _CONTACT_LITERALS) and bool(_CONTACT.search(text))),
        "quote_open": float(text[:1] in "\"“«„'‘—–-"),
        "cjk": float(cjk > 10),
        "link_density": link_density,
    }


def page_features(
    texts: Sequence[str],
    link_densities: Sequence[float] | None = None,
    token_lists: Sequence[list[str]] | None = None,
) -> list[dict[str, float]]:
    """Features of every paragraph of a page, including position, neighbours and topic.

    `token_lists`: words(text) of each paragraph, when the caller has them already.
    """
    toks = token_lists if token_lists is not None else [words(t) for t in texts]
    links = link_densities or [0.0] * len(texts)
    rows = [shape_features(t, w, d) for t, w, d in zip(texts, toks, links)]
    n = len(rows)
    bags = [content_bag(w) for w in toks]
    # The page's topic: the content words of its prose-like paragraphs (long, function-word rich).
    prose = [i for i, r in enumerate(rows) if r["log_words"] > math.log1p(25) and r["stop_ratio"] > 0.2]
    prose_set = set(prose)
    topic: dict[str, int] = {}
    for i in prose:
        for word, count in bags[i].items():
            topic[word] = topic.get(word, 0) + count
    longest = max((len(w) for w in toks), default=1) or 1
    topic_norm2 = sum(v * v for v in topic.values())
    is_prose = [float(i in prose_set) for i in range(n)]
    last = max(n - 1, 1)
    for i, row in enumerate(rows):
        row["topic_sim"] = _topic_similarity(bags[i], topic, topic_norm2, exclude_self=i in prose_set)
        row["position"] = i / last
        row["edge"] = float(i < 2 or i >= n - 2)
        row["rel_length"] = len(toks[i]) / longest
        prev_r = rows[i - 1] if i > 0 else None
        next_r = rows[i + 1] if i + 1 < n else None
        if prev_r is not None and next_r is not None:
            row["nb_log_words"] = (prev_r["log_words"] + next_r["log_words"]) / 2
            row["nb_terminal"] = (prev_r["terminal_punct"] + next_r["terminal_punct"]) / 2
            row["nb_stop_ratio"] = (prev_r["stop_ratio"] + next_r["stop_ratio"]) / 2
        else:
            only = prev_r or next_r
            row["nb_log_words"] = only["log_words"] if only else 0.0
            row["nb_terminal"] = only["terminal_punct"] if only else 0.0
            row["nb_stop_ratio"] = only["stop_ratio"] if only else 0.0
        # Share of prose paragraphs within two places either side: articles are runs of prose.
        lo, hi = max(0, i - 2), min(n, i + 3)
        row["prose_nearby"] = (sum(is_prose[lo:hi]) - is_prose[i]) / max(hi - lo - 1, 1)
    return rows
