"""A few short lines the page scorer dropped between kept paragraphs inside the article: a list's items, subheadings.

Inside the article's run the scorer drops a line that scores low (page.short-fragment): a short line of names or
a product's name reads like a menu item. Set between two paragraphs it keeps, with no phrase rule naming any line of
the gap, such a line is the article's own: the items of a list ("SpaceX, Hawthorne, California"), a section's name
("Meal Plan B"), a deal's headline. A longer gap is a block set into the article (teasers, a gallery), and so is a gap
holding a line a phrase or teaser rule named.
(Tuned on the even DEV pasted pages, confirmed on the odd.)
"""

from __future__ import annotations

import re
from collections.abc import Sequence

INNER_GAP_MAX_LINES = 3
SHORT_FRAGMENT = "page.short-fragment"
# A clock time marks a line as a live blog's entry stamp ("10:10 p.m.") or a comment widget's ("… 9:33PM"), which the
# scorer's decision leaves out: no gap holding one is restored
_CLOCK_TIME = re.compile(r"\b\d{1,2}:\d\d\s*(?:[ap]\.?m\b\.?)?", re.IGNORECASE)


def inner_gaps(texts: Sequence[str], decisions: Sequence[str | None]) -> list[bool]:
    """Per paragraph: is it in a gap of at most INNER_GAP_MAX_LINES lines between kept paragraphs (None in
    `decisions`), every line of which the scorer dropped as SHORT_FRAGMENT and none of which holds a clock time?"""
    flags = [False] * len(decisions)
    i = 0
    while i < len(decisions):
        if decisions[i] is None:
            i += 1
            continue
        end = i
        while end < len(decisions) and decisions[end] is not None:
            end += 1
        if 0 < i and end < len(decisions) and end - i <= INNER_GAP_MAX_LINES and \
                all(d == SHORT_FRAGMENT and not _CLOCK_TIME.search(t) for d, t in zip(decisions[i:end], texts[i:end])):
            flags[i:end] = [True] * (end - i)
        i = end
    return flags
