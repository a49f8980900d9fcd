"""page.title-repeat: the headline repeated as one of the first paragraphs of the body (HTML extractors keep it)."""

from __future__ import annotations

import re

from briefgen.cleaning.page import ENDS_SENTENCE
from briefgen.model import Article

_WORDS = re.compile(r"\w+")
TITLE_REPEAT_WITHIN = 3  # the headline repeated in the body is one of its first paragraphs
# The page's <title> is often the headline with the site's name after it ("… lands among the stars - VG247"), or the
# headline shown differs from it by a word ("Michael Anastassiades’ light installation" / "Anastassiades' light …").
TITLE_SUFFIX_MAX_WORDS = 4
TITLE_EXTRA_MAX_WORDS = 2
TITLE_MIN_WORDS = 4
# A heading at the top that holds this share of the title's words is the headline in another wording ("Hunter in X
# diagnosed with plague after eating a rabbit" / "Hunter diagnosed with plague after eating a rabbit making him X's
# third case"): headings there are the headline, a standfirst set large, or the article's first subheading.
HEADING_TITLE_WORDS_SHARE = 0.8


def _norm(text: str) -> str:
    return " ".join(_WORDS.findall(text.lower()))


def _repeats_title(line: str, title: str) -> bool:
    """Is the (normalised) line the (normalised) title: the same, the title without a site's name after it, or
    the title's words with at most TITLE_EXTRA_MAX_WORDS more?"""
    if line == title:
        return True
    lw, tw = line.split(), title.split()
    if len(lw) < TITLE_MIN_WORDS:
        return False
    return ((tw[:len(lw)] == lw and len(tw) - len(lw) <= TITLE_SUFFIX_MAX_WORDS)
            or (set(tw) <= set(lw) and 0 < len(lw) - len(tw) <= TITLE_EXTRA_MAX_WORDS))


def _holds_title_words(line: str, title: str) -> bool:
    tw = set(title.split())
    return len(tw) >= TITLE_MIN_WORDS and len(tw & set(line.split())) >= HEADING_TITLE_WORDS_SHARE * len(tw)


def _repeats(kind: str, text: str, title: str, title_guessed: bool) -> bool:
    line = _norm(text)
    if kind == "heading":  # a heading's question is the headline too ("Does X Own Y?")
        return _repeats_title(line, title) or _holds_title_words(line, title)
    if not ENDS_SENTENCE.search(text):
        return _repeats_title(line, title)
    # a line ending as a sentence does may be the lead a guessed title was cut from; the title the source gives,
    # repeated word for word, is its headline all the same ("… More Reviews from Our Visitors!")
    return not title_guessed and line == title


def title_repeats(article: Article) -> list[bool]:
    """Per paragraph: the headline repeated among the first TITLE_REPEAT_WITHIN paragraphs?"""
    title = _norm(article.title or "")
    head = [bool(title) and _repeats(p.kind, p.text, title, article.title_guessed)
            for p in article.paragraphs[:TITLE_REPEAT_WITHIN]]
    return head + [False] * (len(article.paragraphs) - len(head))  # (the rest looked at no further)
