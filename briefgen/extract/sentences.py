"""Split article text into sentences with rules: abbreviations, initials, numbers and quotes."""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache

# Abbreviations that end with a period but rarely end a sentence: a following capital is a
# name or a noun, not a new sentence ("Mr. Smith", "Jan. 5", "Gen. Milley", "St. Louis").
NEVER_FINAL = frozenset("""
mr mrs ms dr prof sen rep gov gen lt col maj capt sgt adm cmdr cpl pvt rev fr st sr jr hon pres
supt det insp amb atty messrs mme mlle mt ft
jan feb mar apr jun jul aug sep sept oct nov dec
vs v approx dept univ assn ave blvd rd hwy
""".split())  # ("v": a court case's "versus", "Roe v. Wade")

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

# A run of [.!?] is taken whole and from its first mark only (a lookbehind, a possessive +): a boundary found from
# inside the run would be the same one, and retrying every shorter run at every mark of a long one ("?????", "......"
# with no space after it) made the scan quadratic in the run's length.
_BOUNDARY = re.compile(
    r"""
    (?P<end>(?<![.!?])[.!?]++|\.\.\.|…)   # terminal punctuation
    (?P<close>[\"”’')\]]*)            # closing quotes / brackets stay with the sentence
    (?P<space>\s+)                    # a boundary needs whitespace after it
    (?=(?P<next>[\"“‘'(\[]*\S+))      # look at the next token
    """,
    re.VERBOSE,
)
# A photo caption run into the prose without a full stop ("… a study found It could also reduce …", "… in January A
# Texas teacher has been …"): a sentence opener, capitalised, right after a word that ends no sentence. Only openers
# that are rarely a name's part are listed, and only before a lower-case word ("The result", not "The Times").
RUN_IN_OPENERS = frozenset("""
The A An It He She They His Her Their Its This These Those There But And However Meanwhile In On At After When While
As If For
""".split())
# Words a name or a title follows inside one sentence ("told The Times", "in The Great Escape", "and It Follows"): no
# caption ends on them.
RUN_IN_NOT_AFTER = frozenset("""
of at in on to for from by with about into onto than like as and or nor but the a an his her their its this that
told tell said says say called named dubbed titled entitled starring featuring watched watch read see saw via vs
versus between against per under over is was are were be been being become became
""".split())
# Nouns a capital letter labels ("type A blood", "letters A through I", "Plan A was"): "A" after them is no opener.
LETTER_LABELS = frozenset("type plan vitamin grade group class category section exhibit option model letters part tier "
                          "appendix schedule level division".split())
# Page furniture run into the prose with no full stop: it ends a unit of its own ("Scroll down for video A new …").
RUN_IN_FURNITURE = re.compile(r"\b(?:scroll down for (?:videos?|more)|scroll down to see more)\b(?=\s+[A-Z\"“‘'])",
                              re.I)
_RUN_IN = re.compile(r"(?<=[a-z0-9)'’])\s+(?=(?P<opener>[A-Z][a-z]*)(?P<colon>:?)\s+(?P<after>\S+))")
_ENDS = re.compile(r"[.!?…:;,][)'’\"”]*$")
# A spaced dash and a word in small letters after the mark go on with the sentence ("and I have! - but the real culprit
# is …", "So says a voice at the end of ''Hail, Caesar!'' -- a movie set for release …"): no new sentence opens so.
CONTINUING_DASHES = ("-", "--", "—", "–")
_CONTINUES_AFTER_DASH = re.compile(rf"(?:{'|'.join(map(re.escape, CONTINUING_DASHES))})\s+[a-z]")
_INITIAL = re.compile(r"^(?:[A-Z]\.){2,}$")  # "U.S.", "J.R.R." — letters with inner dots
_NUMBERISH = re.compile(r"^\d")
_NON_SPACE = re.compile(r"\S+")


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
    if _CONTINUES_AFTER_DASH.match(text, match.end("space")):
        return False
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
    if bare in NEVER_FINAL or bare.rsplit("-", 1)[-1] in NEVER_FINAL:  # (after a prefix too: "then-Sen. Obama")
        return False
    if re.fullmatch(r"[A-Z]", word):
        return False  # a middle initial continues a name ("John F. Kennedy")
    if bare in SOMETIMES_FINAL or _INITIAL.match(word + "."):
        # "U.S.", "N.J.", "J.R.R.", "Inc.": a sentence ends only if a usual opener follows.
        return nxt.lower().strip("\"“‘'(,") in SENTENCE_OPENERS
    if bare in BEFORE_NUMBER and _NUMBERISH.match(first):
        return False
    return first.isupper() or first.isdigit() or first in "\"“‘'(["


@lru_cache(maxsize=256)
def _word_starts(sentence: str) -> tuple[int, ...]:
    return tuple(m.start() for m in _NON_SPACE.finditer(sentence))


def words_back(sentence: str, end: int, count: int) -> int:
    """Where the last `count` words of sentence[:end] start (a word cut at `end` counts as one), 0 when it has fewer.

    A match that ends at `end` and lies within its last `count` words is found by pattern.search(sentence, start, end)
    from there as it is in sentence[:end] (lookbehinds and \\b still see the text before `start`), without reading the
    whole sentence before each of its dates: that made a long sentence with many of them quadratic.
    """
    starts = _word_starts(sentence)
    index = bisect_left(starts, end) - count
    return starts[index] if index > 0 else 0


def word_count(sentence: str, end: int) -> int:
    """len(sentence[:end].split()), from the sentence's words found once (a split at each of its dates was quadratic)."""
    return bisect_left(_word_starts(sentence), end)


def before_word(sentence: str, end: int) -> str:
    words = sentence[:end].rsplit(None, 1)  # the last word only: split() of every prefix made callers quadratic
    return words[-1].lower() if words else ""


def _run_in_breaks(sentence: str) -> list[str]:
    """The sentence cut where a caption run into it ends (see RUN_IN_OPENERS) or after run-in page furniture."""
    cuts = [m.end() for m in RUN_IN_FURNITURE.finditer(sentence)]
    for match in _RUN_IN.finditer(sentence):
        before = sentence[: match.start()].rsplit(None, 2)  # its last two words (split() made it quadratic)
        opener, after = match.group("opener"), match.group("after")
        if match.group("colon"):
            if not after[:1].isupper() or not sentence[: match.start()].endswith(")"):
                continue  # a caption's label after another's "(above)" ("… (above) Theft: The new car …"); not a
                # title's or a list's colon ("Crippled America: How to …", "behind Cruz: Trump's …")
        elif opener not in RUN_IN_OPENERS or not after[:1].islower():
            continue  # ("The Times", "It Follows": a name)
        elif opener == "A" and before_word(sentence, match.start()) in LETTER_LABELS:
            continue
        if len(before) < 2 or before[-1].lower().strip("'’") in RUN_IN_NOT_AFTER or _ENDS.search(before[-1]):
            continue  # (a full stop the splitter kept inside the sentence is its business: "(It expired.) In …")
        if before[-1].lstrip("\"“‘'(")[:1].isupper() and before[-2].lstrip("\"“‘'(")[:1].isupper():
            continue  # a Title Case run ("Don't Push It was …", "The Times They Are …"): a title
        cuts.append(match.start())
    parts, start = [], 0
    for cut in sorted(set(cuts)):
        parts.append(sentence[start:cut].strip())
        start = cut
    parts.append(sentence[start:].strip())
    return [part for part in parts if part]


# A sentence ends with its full stop (or ! ? …), closing marks after it; a caption or a title in a list does not.
_FULL_STOP = re.compile(r"[.!?…][\"”'’)\]]*$")


def has_full_stop(sentence: str) -> bool:
    """True when the sentence ends as prose does: a caption run into the text ("… a study found") does not."""
    return bool(_FULL_STOP.search(sentence))


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
                    sentences.extend(_run_in_breaks(sentence))
                start = match.end("space")
        rest = block[start:].strip()
        if rest:
            sentences.extend(_run_in_breaks(rest))
    return tuple(sentences)
