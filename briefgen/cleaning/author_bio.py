"""An author's biography at the article's end, known by the name the page's byline gives ("By Phil Helsel")."""

from __future__ import annotations

import re
from collections.abc import Sequence

from briefgen.extract.date_rules import MONTHS

# The name a byline line gives: "By Phil Helsel", "written by Regan", "By Kashmira Gander On 11/13/19 …" (capitalised
# words after "by", up to a word that is no name's: a date's, a cue's).
_BYLINE = re.compile(r"^(?:(?:written|posted|reported)\s+)?by\s+((?-i:[A-Z][\w'’-]+)(?:\s+(?-i:[A-Z][\w'’.-]+)){0,3})",
                     re.IGNORECASE)
_NOT_NAME_WORDS = (frozenset("On At In And Updated Published Posted Last".split())
                   | {month.capitalize() for month in MONTHS})  # "January", "Jan", "Sept"
# After the author's name, the verbs of a biography: "Phil Helsel is a reporter for …", "Regan has lived …".
BIO_VERBS = r"(?:is|was|has|writes|covers|lives|joined)"
BIO_MAX_WORDS = 80
BIO_LAST_KEPT = 3  # a biography closes the article: among its last kept paragraphs


def byline_names(texts: Sequence[str], decisions: Sequence[str | None]) -> set[str]:
    """The authors' names the byline lines (removed by a byline.* rule) give."""
    names = set()
    for text, decision in zip(texts, decisions):
        if decision is None or not decision.startswith("byline."):
            continue
        m = _BYLINE.match(text.strip())
        if m:
            words = []
            for word in m.group(1).split():
                if word in _NOT_NAME_WORDS:
                    break
                words.append(word)
            if words:
                names.add(" ".join(words))
    return names


def author_bios(texts: Sequence[str], decisions: Sequence[str | None]) -> list[bool]:
    """Per paragraph: is it a kept paragraph among the article's last BIO_LAST_KEPT that opens with a byline's name
    and a biography's verb, short and without quotation marks ("Phil Helsel is a reporter for NBC News.")?"""
    flags = [False] * len(texts)
    names = byline_names(texts, decisions)
    if not names:
        return flags
    opening = re.compile(r"^(?:" + "|".join(sorted(map(re.escape, names), key=len, reverse=True)) + r")\s+"
                         + BIO_VERBS + r"\b")
    kept = [i for i, d in enumerate(decisions) if d is None]
    for i in kept[-BIO_LAST_KEPT:]:
        text = texts[i].strip()
        if (opening.match(text) and len(text.split()) <= BIO_MAX_WORDS and not re.search(r"[\"“”]", text)
                and i != kept[0]):
            flags[i] = True
    return flags
