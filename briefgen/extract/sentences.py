"""Split article text into sentences with rules: abbreviations, initials, numbers and quotes."""

from __future__ import annotations

import re
from functools import lru_cache

# Abbreviations that end with a period but rarely end a sentence: a following capital is a
# name or a noun, not a new sentence ("Mr. Smith", "Jan. 5", "Gen. Milley", "St. Louis").
NEVER_FINAL = frozenset("""
mr mrs ms dr prof sen rep gov gen lt col maj capt sgt adm cmdr cpl pvt rev fr st sr jr hon pres
supt det insp amb atty messrs mme mlle mt ft
jan feb mar apr jun jul aug sep sept oct nov dec
vs approx dept univ assn ave blvd rd hwy
""".split())

# Abbreviations that precede a number ("No. 5", "Fig. 2", "pp. 10"); before a word they end a
# sentence like any other ("The answer was no. Then ...").
BEFORE_NUMBER = frozenset("no nos vol vols fig figs p pp art ch sec".split())

# Abbreviations that often end a sentence too ("... in the U.S. The next day"): split before a
# capital only when the next word is a common sentence opener, not a name.
SOMETIMES_FINAL = frozenset("""
inc ltd co corp plc llc bros etc a.m p.m u.s u.k u.n e.u d.c u.s.a l.a n.y
""".split())

# Words that usually start a sentence after "U.S." / "Inc." rather than continue a name.
SENTENCE_OPENERS = frozenset("""
the a an he she it they we i you his her its their our this that these those there then
but and or so yet however meanwhile still also in on at for after before when while if as
some many most several both one two no not what who why how where which
""".split())

_BOUNDARY = re.compile(
    r"""
    (?P<end>[.!?]+|\.\.\.|…)          # terminal punctuation
    (?P<close>[\"”’')\]]*)            # closing quotes / brackets stay with the sentence
    (?P<space>\s+)                    # a boundary needs whitespace after it
    (?=(?P<next>[\"“‘'(\[]*\S+))      # look at the next token
    """,
    re.VERBOSE,
)
_INITIAL = re.compile(r"^(?:[A-Z]\.){2,}$")  # "U.S.", "J.R.R." — letters with inner dots
_NUMBERISH = re.compile(r"^\d")


def _token_before(text: str, end: int) -> str:
    start = max(text.rfind(" ", 0, end), text.rfind("\n", 0, end)) + 1
    return text[start:end]


def _is_boundary(text: str, match: re.Match[str]) -> bool:
    """Decide whether the punctuation in `match` ends a sentence."""
    punct = match.group("end")
    nxt = match.group("next").lstrip("\"“‘'([")
    if not nxt:
        return True
    first = nxt[0]
    if punct != ".":
        # "!" and "?" end a sentence unless the quote continues lower-case ("Why?" he asked).
        return not first.islower()
    if first.islower():
        return False  # "e.g. the", "approx. five", lower-case continuation
    word = _token_before(text, match.start("end")).lstrip("\"“‘'([")
    if match.group("close"):
        # '... said "yes." Then' — a closing quote after the period: a real end.
        return first.isupper() or first.isdigit() or first in "\"“"
    bare = word.lower().rstrip(".")
    if bare in NEVER_FINAL:
        return False
    if re.fullmatch(r"[A-Z]", word):
        return False  # a middle initial continues a name ("John F. Kennedy")
    if bare in SOMETIMES_FINAL or _INITIAL.match(word + "."):
        # "U.S.", "N.J.", "J.R.R.", "Inc.": a sentence ends only if a usual opener follows.
        return nxt.lower().strip("\"“‘'(,") in SENTENCE_OPENERS
    if bare in BEFORE_NUMBER and _NUMBERISH.match(first):
        return False
    return first.isupper() or first.isdigit() or first in "\"“‘'(["


def split_sentences(text: str) -> list[str]:
    """Return the sentences of `text` in order, whitespace-trimmed; newlines always split paragraphs."""
    return list(_split(text))


@lru_cache(maxsize=4096)
def _split(text: str) -> tuple[str, ...]:
    # Cached: the summary, question and timeline stages all split the same paragraphs.
    sentences: list[str] = []
    for block in re.split(r"\n\s*\n|\n(?=\s*[-*•]\s)", text):
        block = " ".join(block.split())
        if not block:
            continue
        start = 0
        for match in _BOUNDARY.finditer(block):
            if _is_boundary(block, match):
                sentence = block[start:match.start("space")].strip()
                if sentence:
                    sentences.append(sentence)
                start = match.end("space")
        rest = block[start:].strip()
        if rest:
            sentences.append(rest)
    return tuple(sentences)
