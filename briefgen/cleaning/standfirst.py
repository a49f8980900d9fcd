"""page.standfirst: the summary a pasted page sets under its headline, parted from the article by its byline or photo.

A standfirst (dek) reads like a lead, a sentence of prose on the article's topic, so the page scorer keeps it;
article bodies leave it out. The page's layout gives it away: it is the first paragraph kept, and the next one kept
comes only after lines that a byline or credit rule removed (the byline, the date line, a photo's caption or credit),
lines that part a page's head from its article, not an article's paragraphs from each other. A promo or a
subheading between the two is no such line (a promo is set into articles), and a lead that opens with a dateline
("WASHINGTON (Reuters) -") is the article's own. A photo's caption kept above its credit is dropped alike.
A head of two or three short lines (the headline kept, a claim and who made it) goes too, when what parts it from
the article is the author's byline: a photo's credit after an article's second paragraph is common, a byline is not.
page.above-dateline: the lines kept above a paragraph that opens with a dateline ("BUFFALO, N.Y. — …"), which starts
an article: the page's headline, its section's name or another story's headline, none a sentence.
(Both tuned on the even DEV pages, confirmed on the odd.)
"""

from __future__ import annotations

from collections.abc import Sequence

from briefgen.cleaning.page import ENDS_SENTENCE
from briefgen.readers.dateline import split_dateline

# A standfirst is a sentence or two; an article's first paragraph may run longer.
STANDFIRST_MAX_WORDS = 40
# The rule categories of the lines between a page's head and its article: bylines and date lines, credits and captions.
HEAD_CATEGORIES = frozenset({"byline", "credit"})
# A head of more than one kept line: at most this many, parted from the article by one of these rules' lines.
HEAD_MAX_PARAGRAPHS = 3
AUTHOR_RULES = frozenset({"byline.author"})


def standfirsts(texts: Sequence[str], decisions: Sequence[str | None]) -> list[bool]:
    """Per paragraph: is it the page's standfirst (or one line of its head) — one of the kept paragraphs (None in
    `decisions`) above the first gap between kept ones that holds a line a HEAD_CATEGORIES rule removed, each of at
    most STANDFIRST_MAX_WORDS words, the first with no dateline; one alone, or up to HEAD_MAX_PARAGRAPHS when the
    gap holds an AUTHOR_RULES line?"""
    flags = [False] * len(texts)
    kept = [i for i, d in enumerate(decisions) if d is None][:HEAD_MAX_PARAGRAPHS + 1]
    if len(kept) < 2 or split_dateline(texts[kept[0]])[0] is not None:
        return flags
    for k in range(len(kept) - 1):
        if len(texts[kept[k]].split()) > STANDFIRST_MAX_WORDS:
            return flags
        gap = [d for d in decisions[kept[k] + 1:kept[k + 1]] if d is not None]
        if any(d.split(".")[0] in HEAD_CATEGORIES for d in gap):
            if k == 0 or any(d in AUTHOR_RULES for d in gap):
                for i in kept[:k + 1]:
                    flags[i] = True
            return flags
    return flags


# The dateline is looked for among the first kept paragraphs, the lines above it at most this many.
DATELINE_LEAD_WITHIN = 3


def above_dateline(texts: Sequence[str], decisions: Sequence[str | None]) -> list[bool]:
    """Per paragraph: is it a kept line (None in `decisions`) above the first kept paragraph that opens with a dateline,
    itself one of the first DATELINE_LEAD_WITHIN + 1 kept, when each line above it is no sentence (no sentence's end,
    no colon introducing what follows)?"""
    flags = [False] * len(texts)
    kept = [i for i, d in enumerate(decisions) if d is None][:DATELINE_LEAD_WITHIN + 1]
    lead = next((k for k, i in enumerate(kept) if split_dateline(texts[i])[0] is not None), 0)
    above = kept[:lead]
    if above and not any(ENDS_SENTENCE.search(texts[i]) or texts[i].rstrip().endswith(":") for i in above):
        for i in above:
            flags[i] = True
    return flags
