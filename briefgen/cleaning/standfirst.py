"""page.standfirst: the summary a pasted page sets under its headline, parted from the article by its byline or photo.

A standfirst (dek) reads like a lead, a sentence of prose on the article's topic, so the page scorer keeps it;
article bodies leave it out. The page's layout gives it away: it is the first paragraph kept, and the next one kept
comes only after lines that a byline or credit rule removed (the byline, the date line, a photo's caption or credit),
lines that part a page's head from its article, not an article's paragraphs from each other. A promo or a
subheading between the two is no such line (a promo is set into articles), and a lead that opens with a dateline
("WASHINGTON (Reuters) -") is the article's own. A photo's caption kept above its credit is dropped alike.
(Tuned on the even DEV pages, confirmed on the odd.)
"""

from __future__ import annotations

from collections.abc import Sequence

from briefgen.readers.dateline import split_dateline

# A standfirst is a sentence or two; an article's first paragraph may run longer.
STANDFIRST_MAX_WORDS = 40
# The rule categories of the lines between a page's head and its article: bylines and date lines, credits and captions.
HEAD_CATEGORIES = frozenset({"byline", "credit"})


def standfirsts(texts: Sequence[str], decisions: Sequence[str | None]) -> list[bool]:
    """Per paragraph: is it the page's standfirst — the first kept paragraph (None in `decisions`), of at most
    STANDFIRST_MAX_WORDS words and no dateline, with a line removed by a HEAD_CATEGORIES rule between it and the
    next kept paragraph?"""
    flags = [False] * len(texts)
    kept = [i for i, d in enumerate(decisions) if d is None][:2]
    if len(kept) < 2:
        return flags
    first, second = kept
    head_line = any(d is not None and d.split(".")[0] in HEAD_CATEGORIES for d in decisions[first + 1:second])
    if head_line and len(texts[first].split()) <= STANDFIRST_MAX_WORDS and split_dateline(texts[first])[0] is None:
        flags[first] = True
    return flags
