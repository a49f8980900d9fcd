"""Texts whose capitals do not mark names: a case-folded text, a line in capitals, a headline in Title Case, a section
label with its "More" link."""

from __future__ import annotations

import re
from collections.abc import Sequence

# Share of capitalised words inside sentences under which a text reads as lower-cased throughout (a
# case-folded corpus text: "paul armstrong, 26, of sunderland"); running news has well over 5 %.
FOLDED_CAPITALS = 0.02
_INNER_WORD = re.compile(r"(?<![.!?:\"“‘'(\[]\s)(?<!^)\b([A-Za-z][a-z]*)\b")


def case_folded(texts: Sequence[str]) -> bool:
    """True when the text is lower-cased but for its sentences' first words: NER then finds no names but those
    first words ("Paul" of "Paul armstrong"), which are not actors."""
    words = [w for t in texts for w in _INNER_WORD.findall(t)]
    if len(words) < 100:
        return False
    return sum(w[0].isupper() for w in words) / len(words) < FOLDED_CAPITALS


_LETTER = re.compile(r"[^\W\d_]")
_UPPER = re.compile(r"[A-ZÀ-ÖØ-ÞΑ-ΩА-Я]")  # capitals of the Latin, Greek and Cyrillic alphabets


def is_caps_line(text: str) -> bool:
    """A line mostly in capitals (a headline or a label): its names are not counted as running text."""
    letters = len(_LETTER.findall(text))
    return letters > 3 and len(_UPPER.findall(text)) / letters > 0.8


# Short words a Title Case headline leaves in lower case ("Obama Seeks More Muslim Refugees as He Recognizes …").
_HEADLINE_SMALL_WORDS = frozenset("a an the and or but nor of in on at to for from by with as vs via".split())
TITLE_CASE_MIN_WORDS = 5  # a shorter capitalised line is as often a name or a label


def is_title_case_line(text: str) -> bool:
    """The article's first line, a headline in Title Case ("Clinton Hid Past Health Problems From Public, Former White House Doctor Says"):
    every word but the short ones capitalised, so NER reads its verbs into names ("Obama Seeks", "Clinton Breaks");
    like a line in capitals, its names count only when the body names the same actor."""
    words = [w for w in re.findall(r"[^\W\d_][\w'’.-]*", text)]
    if (len(words) < TITLE_CASE_MIN_WORDS or re.search(r"[.!?]\s+[A-Z]", text) or text.count(",") > 1
            or re.search(r"\d|,\s*$", text) or any(len(w) > 3 and w.isupper() for w in words)):
        # (two sentences: running text; commas or figures: a list of names, a table's row; a word in capitals: a
        # wire's slug, "IPO FILING -- Homegate Hospitality Inc.")
        return False
    content = [w for w in words if w.lower() not in _HEADLINE_SMALL_WORDS]
    return len(content) >= TITLE_CASE_MIN_WORDS - 1 and all(w[0].isupper() for w in content)


# A link's words closing a page's section label ("Trump Impeachment Inquiry More", "World News See All").
LINK_LABEL_ENDINGS = ("More", "Read More", "See More", "Show More", "See All", "View All")
LINK_LABEL_MAX_WORDS = 8


def is_link_label(text: str) -> bool:
    """A short line in Title Case without a sentence's punctuation that ends with a link's words: a section's label
    and its "More" link on a pasted page, whose words are no names in the text ("Trump Impeachment Inquiry More")."""
    words = text.split()
    if not 1 < len(words) <= LINK_LABEL_MAX_WORDS or re.search(r"[.,;:!?\"“”]", text):
        return False
    ending = next((e for e in LINK_LABEL_ENDINGS if text.rstrip().endswith(" " + e)), None)
    return ending is not None and all(w[:1].isupper() or not w[:1].isalpha() for w in words)
