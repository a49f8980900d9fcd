"""Paragraph features for the page scorer: shape, wording, position, neighbours and topic."""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from itertools import repeat
from operator import itemgetter

from briefgen.cleaning.topic import TopicIndex
from briefgen.cleaning.words import STOP_WORDS, ascii_twin, twin_words

_SENTENCE_END = re.compile(r"[.!?…。！？](?:[\"'”’»)\]]*)(?=\s|$)")
_TERMINAL = re.compile(r"[.!?…。！？:;](?:[\"'”’»)\]]*)\s*$")
# Dates: "3/5/2019", "2019-03-05", "5:23 pm", "March 5, 2019". Two patterns, so that Python's
# regex engine can skip ahead to a digit for the first (a digit with no word character before it
# is "\b\d"); the second runs on the lower-cased text, without IGNORECASE, which is faster.
_NUMERIC_DATE = re.compile(
    r"\d(?<!\w\d)(?:\d?[./-]\d{1,2}[./-]\d{2,4}|\d{3}-\d{2}-\d{2}|\d?:\d{2}\s*(?:[ap]\.?m\.?)?)\b",
    re.IGNORECASE,
)
# _MONTH_DATE has no literal to skip ahead to; it runs only on texts with a "<day>[,] <year>" (see _has_date).
_DAY_YEAR = re.compile(r"\d,?\s+\d{4}\b")
_MONTH_DATE = re.compile(r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2},?\s+\d{4}\b")
_SEPARATOR_CHARS = re.compile(r"[|•·»›©®™]")
_DASH_SEPARATOR = re.compile(r"\s[-–—/]\s")  # "Home / News / World", "Site – Section – Page"
# Every _CONTACT match has "@", "www." or "http": its slow scan runs only on texts with one.
_CONTACT = re.compile(r"https?://|www\.|@\w|\w@\w")
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")
ALL_CAPS_MAX_CHARS = 200
TAIL_CHARS = 12  # the end of a paragraph: its last punctuation and closing quotes
_DIGIT = re.compile(r"\d")



# The shape features of one paragraph, in the order _shape() returns them.
SHAPE_FEATURES = (
    "log_words", "lt5_words", "lt10_words", "lt20_words", "terminal_punct", "sentences_ge2",
    "stop_ratio", "comma_ratio", "capital_ratio", "title_case_ratio", "all_caps", "digit_ratio", "has_date",
    "separators", "contact", "quote_open", "cjk", "link_density",
)
# _shape's fast path for ASCII paragraphs (most of them): each byte mapped to its class — "A" a
# capital, "a" a small letter, "0" a digit, " " whitespace (where str.split() splits), "." any
# other — so that capitals, letters, digits and word starts are counted by a few C scans of one
# bytes object, not by Python loops over characters or split words (~20 % of _shape's cost).
_ASCII_CLASSES = bytes(
    ord("A" if c.isupper() else "a" if c.islower() else "0" if c.isdigit() else " " if c.isspace() else ".")
    for c in map(chr, range(256))
)
_WORD_STARTS = (b" A", b" a", b" 0", b" .")  # whitespace, then a word's first byte


def _all_caps(upper: int, letters: int) -> float:
    """1.0 for (> 8) letters that are more than 80 % capitals."""
    return float(letters > 8 and upper / letters > 0.8)


# More than 8 letters, over 80 % capitals: at least 8 capitals (7 of 9 letters is 78 %). With
# fewer, all_caps is 0.0 whatever the letters, so they are not counted (most paragraphs).
ALL_CAPS_MIN_UPPER = 8


def _case_counts(text: str, twin: str | None) -> tuple[int, int, int, float, bool]:
    """(words, capitalised words, words starting with a letter, all-capitals feature, has a digit)
    of a paragraph; words are what str.split() gives, capitalised ones start with a capital letter.
    `twin`: ascii_twin(text)."""
    if twin is not None:
        classes = twin.encode("ascii").translate(_ASCII_CLASSES)
        first = classes[:1]
        upper_starts, lower_starts, digit_starts, other_starts = map(classes.count, _WORD_STARTS)
        capitalised = upper_starts + (first == b"A")
        lettered = capitalised + lower_starts + (first == b"a")
        n_words = lettered + digit_starts + other_starts + (first in (b"0", b"."))
        all_caps = 0.0
        if len(text) <= ALL_CAPS_MAX_CHARS:  # all-capital lines are short labels
            upper = classes.count(b"A")
            if upper >= ALL_CAPS_MIN_UPPER:
                all_caps = _all_caps(upper, upper + classes.count(b"a"))
        return n_words, capitalised, lettered, all_caps, b"0" in classes
    raw_words = text.split()
    firsts = list(map(itemgetter(0), raw_words))
    capitalised = sum(map(str.isupper, firsts))
    lettered = sum(map(str.isalpha, firsts))
    all_caps = 0.0
    if len(text) <= ALL_CAPS_MAX_CHARS:
        upper = sum(map(str.isupper, text))
        if upper >= ALL_CAPS_MIN_UPPER:  # else no need to test every character for a letter
            all_caps = _all_caps(upper, sum(map(str.isalpha, text)))
    return len(raw_words), capitalised, lettered, all_caps, bool(_DIGIT.search(text))


# ASCII bytes mapped for the date gate: a digit to "0", a date or time separator (. / - :) to ":",
# a comma to ",", whitespace (what \s matches) to " ", any other byte to "x".
_DATE_CLASSES = bytes(
    ord("0" if c.isdigit() else ":" if c in "./-:" else "," if c == "," else " " if c.isspace() else "x")
    for c in map(chr, range(256))
)


def _has_date(text: str, twin: str | None) -> bool:
    """A date or time in the text (its caller knows it has a digit: every date pattern needs one).

    `twin`: ascii_twin(text). With a twin, a few byte searches of its character classes rule out
    most texts, and show where _NUMERIC_DATE can first match, before any regex scans the text
    character by character (most paragraphs with a digit have no date). The twin has the text's
    digits and separators where the text has them (its stand-ins only add separators where the
    text has a dash or "…", which can only let more texts through), and a space where the text
    has a no-break space (`\\s` to the patterns); the patterns read the text itself.
    """
    if twin is None:
        return bool(_NUMERIC_DATE.search(text)) or _has_month_date(text)
    classes = twin.encode("ascii").translate(_DATE_CLASSES)
    # Every _NUMERIC_DATE match has a digit, a separator and a digit in a row ("3/5", "5:23",
    # "9-0" in "2019-03-05") within its first four characters: it starts at most 3 before the first.
    first = classes.find(b"0:0")
    if first >= 0 and _NUMERIC_DATE.search(text, max(0, first - 3)):  # (its lookbehind still sees the text before)
        return True
    # Every _DAY_YEAR match has a digit before a space or a comma, and a space before four digits.
    return b" 0000" in classes and (b"0 " in classes or b"0," in classes) and _has_month_date(text)


def _has_month_date(text: str) -> bool:
    """A month date ("March 5, 2019"). It ends "<day>[,] <year>": _MONTH_DATE (no literal to skip
    ahead to) runs only on texts with that, found by a pattern that opens with a digit.
    Lower-casing changes no digit, comma or space, and no character's \\w-ness, so the test is
    the same on the original text."""
    return bool(_DAY_YEAR.search(text) and _MONTH_DATE.search(text.lower()))


# ASCII bytes mapped for _has_dash_separators: whitespace (what \s matches) to " ", "-" and "/" to
# "-", any other byte to "x".
_DASH_CLASSES = bytes(ord(" " if c.isspace() else "-" if c in "-/" else "x") for c in map(chr, range(256)))


def _has_dash_separators(text: str, twin: str | None) -> bool:
    """Two _DASH_SEPARATOR matches ("Home / News / World"). In a twin every dash of the text is a
    "-" and every space a space, so the matches are the twin's " - " in its classes, counted
    without overlap as findall() finds them, by one C scan instead of a regex testing each character."""
    if twin is not None:
        return ("-" in twin or "/" in twin) and twin.encode("ascii").translate(_DASH_CLASSES).count(b" - ") >= 2
    return any(dash in text for dash in "-–—/") and len(_DASH_SEPARATOR.findall(text)) >= 2


def _has_two_sentence_ends(text: str, twin: str | None) -> bool:
    """Two _SENTENCE_END matches, the second searched for from the end of the first. With a twin,
    the search starts at its first ".", "!" or "?" (no match starts elsewhere; "…" is a "." in the
    twin), found by C scans, and a text with fewer than two of them has not two."""
    start = 0
    if twin is not None:
        if twin.count(".") + twin.count("!") + twin.count("?") < 2:
            return False
        start = min(i for i in (twin.find("."), twin.find("!"), twin.find("?")) if i >= 0)
    end = _SENTENCE_END.search(text, start)
    return end is not None and _SENTENCE_END.search(text, end.end()) is not None


def _shape(text: str, tokens: Sequence[str], link_density: float, twin: str | None) -> tuple[float, ...]:
    """The SHAPE_FEATURES of one paragraph, as a tuple (no dict: this runs for every paragraph).
    `twin`: ascii_twin(text)."""
    n = len(tokens)
    ascii = text.isascii()
    # A text with a twin (ASCII, or only typographic quotes, dashes and spaces away from it) holds no
    # CJK character, and no separator character but "|": the slow scans are for the others.
    plain = twin is not None
    cjk = len(_CJK.findall(text)) if not plain and _CJK.search(text) else 0
    # CJK text has no spaces between words: count roughly two characters as one word.
    n_eff = max(n, cjk // 2) if cjk else n
    n_raw_words, capitalised, lettered, all_caps, has_digit = _case_counts(text, twin)
    return (
        math.log1p(n_eff),
        float(n_eff < 5),
        float(n_eff < 10),
        float(n_eff < 20),
        float(bool(_TERMINAL.search(text[-TAIL_CHARS:]))),
        float(_has_two_sentence_ends(text, twin)),
        # (counted as the length of a filtered list: summing a map of bools costs more)
        (len(list(filter(STOP_WORDS.__contains__, tokens))) / n) if n else 0.0,
        min(text.count(",") / (n or 1), 0.5),
        capitalised / (n_raw_words or 1),
        # capitals among words that start with a letter: numbers and dashes lower capital_ratio but
        # not this, so a table row ("3 Ana Silva 412 7") or a menu reads as all title case
        capitalised / (lettered or 1),
        all_caps,
        # an ASCII text without a digit has no digit token (str.isdigit also takes "²", not ASCII)
        (len(list(filter(str.isdigit, tokens))) / (n or 1)) if has_digit or not ascii else 0.0,
        float(has_digit and _has_date(text, twin)),
        float(("|" in text if plain else bool(_SEPARATOR_CHARS.search(text))) or _has_dash_separators(text, twin)),
        float(("@" in text or "www." in text or "http" in text) and bool(_CONTACT.search(text))),
        float(text[:1] in "\"“«„'‘—–-"),
        float(cjk > 10),
        link_density,
    )


def shape_features(text: str, tokens: Sequence[str], link_density: float = 0.0) -> dict[str, float]:
    """Features of one paragraph on its own: how much it looks like running prose."""
    return dict(zip(SHAPE_FEATURES, _shape(text, tokens, link_density, ascii_twin(text))))


# Every feature of page_features(), in order.
PAGE_FEATURES = SHAPE_FEATURES + (
    "topic_sim", "position", "edge", "rel_length", "nb_log_words", "nb_terminal", "nb_stop_ratio", "prose_nearby",
)
_LOG_26 = math.log1p(25)


def _neighbour_mean(column: Sequence[float]) -> list[float]:
    """Mean of the values either side; the one neighbour's value at the ends (0.0 for a lone paragraph)."""
    n = len(column)
    if n < 2:
        return [0.0] * n
    return [column[1], *((column[i - 1] + column[i + 1]) / 2 for i in range(1, n - 1)), column[n - 2]]


def feature_columns(
    texts: Sequence[str],
    link_densities: Sequence[float] | None = None,
    token_lists: Sequence[list[str]] | None = None,
    topics: TopicIndex | None = None,
    twins: Sequence[str | None] | None = None,
) -> dict[str, list[float]]:
    """Every paragraph's PAGE_FEATURES, one column (list over paragraphs) per feature.

    `token_lists`: words(text) of each paragraph, `topics`: TopicIndex(token_lists), and `twins`:
    ascii_twin(text) of each, when the caller has them already.
    """
    twins = twins if twins is not None else list(map(ascii_twin, texts))
    toks = token_lists if token_lists is not None else list(map(twin_words, texts, twins))
    links = link_densities or repeat(0.0)
    n = len(texts)
    columns = dict(zip(SHAPE_FEATURES, map(list, zip(*map(_shape, texts, toks, links, twins))))) if n else {
        name: [] for name in SHAPE_FEATURES}
    log_words, stop_ratio = columns["log_words"], columns["stop_ratio"]
    # The page's topic: the content words of its prose-like paragraphs (long, function-word rich).
    prose = [i for i in range(n) if log_words[i] > _LOG_26 and stop_ratio[i] > 0.2]
    is_prose = [0.0] * n
    for i in prose:
        is_prose[i] = 1.0
    longest = max(map(len, toks), default=1) or 1
    last = max(n - 1, 1)
    columns["topic_sim"] = (topics or TopicIndex(toks)).similarities(prose)
    columns["position"] = [i / last for i in range(n)]
    columns["edge"] = [float(i < 2 or i >= n - 2) for i in range(n)]
    columns["rel_length"] = [len(t) / longest for t in toks]
    columns["nb_log_words"] = _neighbour_mean(log_words)
    columns["nb_terminal"] = _neighbour_mean(columns["terminal_punct"])
    columns["nb_stop_ratio"] = _neighbour_mean(stop_ratio)
    # Share of prose paragraphs within two places either side: articles are runs of prose.
    nearby = []
    for i in range(n):
        lo, hi = max(0, i - 2), min(n, i + 3)
        nearby.append((sum(is_prose[lo:hi]) - is_prose[i]) / max(hi - lo - 1, 1))
    columns["prose_nearby"] = nearby
    return columns


def page_features(
    texts: Sequence[str],
    link_densities: Sequence[float] | None = None,
    token_lists: Sequence[list[str]] | None = None,
) -> list[dict[str, float]]:
    """Features of every paragraph of a page, including position, neighbours and topic (one dict each)."""
    columns = feature_columns(texts, link_densities, token_lists)
    return [dict(zip(PAGE_FEATURES, values)) for values in zip(*(columns[k] for k in PAGE_FEATURES))]
