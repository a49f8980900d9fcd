"""The page scorer: finds the article's run of prose in a pasted page and drops the furniture around it.

Each paragraph gets a score from a hand-readable weight table over its features (see
`features.py`, `topic.py`; the weights were fitted by `briefgen.cleaning.train` on the DEV half of the
boilerplate data and checked by cross-validation split by page). The article is then the
best-scoring contiguous run of paragraphs, found twice: the second time with the topic feature
measured against the paragraphs the first run kept rather than the whole page's prose.
Paragraphs outside the run are kept only when they look strongly like prose, paragraphs inside
it are dropped only when they look strongly like furniture.
"""

from __future__ import annotations

import operator
import re
from collections.abc import Sequence
from itertools import repeat

from briefgen.cleaning.features import feature_columns
from briefgen.cleaning.topic import TopicIndex
from briefgen.cleaning.words import words

# Logistic-regression weights (log-odds of "article text") per feature.
WEIGHTS: dict[str, float] = {
    "log_words": +0.572,
    "lt5_words": -0.424,
    "lt10_words": +0.687,
    "lt20_words": -0.409,
    "terminal_punct": +1.283,
    "sentences_ge2": -0.360,
    "stop_ratio": -0.558,
    "comma_ratio": +2.412,
    "capital_ratio": -3.070,
    "title_case_ratio": +1.966,
    "all_caps": -0.432,
    "digit_ratio": +1.637,
    "has_date": -3.116,
    "separators": -1.031,
    "contact": -0.036,
    "quote_open": +1.219,
    "cjk": -0.053,
    "topic_sim": +2.487,
    "position": -1.422,
    "edge": -2.004,
    "rel_length": +0.698,
    "nb_log_words": +1.199,
    "nb_terminal": +1.194,
    "nb_stop_ratio": -1.914,
    "prose_nearby": +0.567,
}
BIAS = -5.478
# Block selection: each paragraph adds (score + BLOCK_BIAS) to the run that holds it.
BLOCK_BIAS = 1.0
KEEP_INSIDE = -2.0  # inside the run, drop only paragraphs scoring below this
KEEP_OUTSIDE = 2.0  # outside the run, keep only paragraphs scoring above this
# Fewer paragraphs than this is an article, not a page: nothing to find.
MIN_PARAGRAPHS = 4
# The scorer only runs on text that shows it is a whole pasted page: at least PAGE_FURNITURE_HITS
# paragraphs removed by navigation, legal-footer or comment rules, or at least
# PAGE_LOW_PARAGRAPHS paragraphs scoring below PAGE_LOW_SCORE (menu items, buttons). The 43
# Wikinews articles (with interviews' one-line answers) never reach either (at most 6 low paragraphs); 75 of
# the 82 DEV pages do.
PAGE_FURNITURE_CATEGORIES = frozenset({"nav", "legal", "comments"})
PAGE_FURNITURE_HITS = 2
PAGE_LOW_SCORE = -3.0
PAGE_LOW_PARAGRAPHS = 7
# Where a comment section starts, among the paragraphs a comments.* rule removed: its heading
# ("Comments", "12 Comments"), a reply form, a commenter's "… on May 3, 2018 at 5:23 pm said:"
# line. Not the in-body prompts ("Join the discussion", "What do you think?") that articles
# carry mid-text, nor bare "Reactions" or "Replies", which also head sections of articles.
COMMENT_SECTION_START = re.compile(
    r"^(?:\d+\s+)?(?:comments?|kommentare|commentaires|comentarios|comentários|commenti)\s*(?:\(\d+\))?\s*$"
    r"|^(?:leave|post|add|write|submit) a (?:comment|reply)\b|^comments are (?:closed|disabled)"
    r"|\b(?:said|says|wrote|replied|commented)\s*:\s*$",
    re.IGNORECASE,
)
# The promos set into an article's text, by rule category or name: neutral for the article's run (promos_neutral).
# Not the share buttons, nor bylines, captions and navigation: those sit at the article's edges, and a run let
# across them takes the standfirst above or the teasers below. (Tuned on the even DEV pages, confirmed on the odd.)
RUN_NEUTRAL = frozenset({"newsletter", "subscription", "donation", "app", "affiliate", "plug", "ad",
                         "related.read-more", "nav.all-caps"})
# Above the run, a sentence-ending paragraph of at least BESIDE_MIN_WORDS words scoring above KEEP_BESIDE is kept
# when its neighbour above the run is kept (scores above KEEP_OUTSIDE): an article's intro that a body of list
# lines (a meal plan) sets apart from the run. Not below the run, where a kept teaser's neighbours are teasers.
# Lines between such an intro (or any kept prose paragraph above the run) and the run are kept when they are few and
# short (lines_between_intro_and_run): the list the intro leads into. A phrase rule's removal among them still wins.
# (Tuned on the even DEV pages, confirmed on the odd.)
GAP_MAX_LINES = 40
GAP_LINE_MAX_WORDS = 40
KEEP_BESIDE = 0.0
BESIDE_MIN_WORDS = 20
# Inside the run, a sentence of at least DATED_MIN_WORDS words that only its date (the has_date feature, meant for
# date lines and timestamps) brings below KEEP_INSIDE is prose: "Voting closes on 8 October at 18:00 Moscow time."
DATED_MIN_WORDS = 8
COMMENT_CUT_MIN_SCORE = 0.0
COMMENT_CUT_MIN_LINES = 2
# A list or table that a kept paragraph introduces with a colon ("The five companies are:", "Final
# standings after 36 races:") is the article's: the scorer reads its items as furniture (a table
# row is names and figures, a list item no sentence). Items are short lines without a sentence's
# end; the list ends at the first paragraph that is not one, or that a phrase rule removed.
LIST_ITEM_MAX_WORDS = 30
LIST_MAX_ITEMS = 80
_INTRODUCES = re.compile(r":\s*$")
ENDS_SENTENCE = re.compile(r"[.!?…。！？][\"'”’)\]]*\s*$")
# The scorer's decisions a list item overrides (not a phrase rule's, nor the comment thread's).
SCORER_DROPS = frozenset({"page.furniture", "page.short-fragment"})
# A social post embedded in the article: the embed's own signature line ("— Jane Roe (@janeroe)
# November 19, 2019", as the embed code writes it in the page), and the post's text above it, up to
# the article's kept paragraph before it. The scorer reads the handle, date and link as furniture.
_POST_SIGNATURE = re.compile(
    r"^[—–-]\s*[^()\n]{1,80}\(@\w{1,30}\)\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2},\s+\d{4}\s*$",
    re.IGNORECASE,
)
# A closing section the article ends with under a heading of its own ("The bottom line", "Conclusion"): the scorer
# reads the heading as furniture and the section's short sentences as the teasers below. Kept when the heading
# follows a kept paragraph: the heading and up to CLOSING_MAX_PARAGRAPHS statements after it (a sentence ending in
# '.' or '!', not a teaser's question).
CLOSING_HEADINGS = re.compile(
    r"^(?:the bottom line|bottom line|conclusions?|in conclusion|in summary|final thoughts|(?:the )?takeaways?"
    r"|key takeaways|wrapping up|to sum up|summing up)\s*:?\s*$",
    re.IGNORECASE,
)
CLOSING_MAX_PARAGRAPHS = 4
# A closing section's statement ends with a full stop or "!" only: not a teaser's question, nor its trailing "…" (and
# unlike clean._ENDS_STATEMENT_OR_COLON, no colon either).
_ENDS_FULL_STOP_OR_BANG = re.compile(r"[.!][\"'”’)\]]*\s*$")
POST_MAX_LINES = 3  # lines of the post's text between the article's paragraph and the signature
POST_MAX_WORDS = 60  # a post is short (280 characters)


_NAMES = tuple(WEIGHTS)
_VALUES = tuple(WEIGHTS.values())
_ZEROS = tuple(repeat(0.0, len(_NAMES)))


def score(features: Sequence[dict[str, float]]) -> list[float]:
    """Log-odds that each paragraph is article text (one feature dict per paragraph)."""
    return [BIAS + sum(map(operator.mul, _VALUES, map(row.get, _NAMES, _ZEROS))) for row in features]


def score_columns(columns: dict[str, list[float]]) -> list[float]:
    """score() of feature columns (feature → value per paragraph), without building a dict per paragraph."""
    n = len(next(iter(columns.values()), []))
    rows = zip(*(columns.get(name) or repeat(0.0, n) for name in _NAMES))
    return [BIAS + sum(map(operator.mul, _VALUES, values)) for values in rows]


def main_run(scores: Sequence[float]) -> tuple[int, int]:
    """(first, last) index of the contiguous run with the highest total of score + BLOCK_BIAS."""
    best, total, start = float("-inf"), 0.0, 0
    first = last = 0
    for i, value in enumerate(scores):
        if total <= 0:
            total, start = 0.0, i
        total += value + BLOCK_BIAS
        if total > best:
            best, first, last = total, start, i
    return first, last


def promos_neutral(scores: Sequence[float], rule_names: Sequence[str | None] | None) -> list[float]:
    """`scores` with each promo a phrase rule removed set to -BLOCK_BIAS, so that it adds nothing to a run: it
    neither extends the article's run nor breaks it (`rule_names`: the phrase or layout rule that removes each
    paragraph, None for none). A promo set into the article ("Continue Reading Below", "GET FOX BUSINESS ON THE
    GO BY CLICKING HERE") scores as furniture and cut the article's run at it."""
    if not rule_names:
        return list(scores)
    return [-BLOCK_BIAS if name is not None and (name in RUN_NEUTRAL or name.split(".")[0] in RUN_NEUTRAL) else value
            for value, name in zip(scores, rule_names)]


def rescore_on_article_topic(
    scores: Sequence[float],
    page_topic_sims: Sequence[float],
    topics: TopicIndex,
    keep_inside: float | None = None,
    topic_weight: float | None = None,
) -> list[float]:
    """Scores with the topic feature measured against the article instead of the whole page.

    The first pass measures each paragraph against the page's prose — which on many pages is
    mostly other stories' teasers or a comment thread, so those look on-topic and can outweigh
    a short article. Once the first pass has found the article's run, the paragraphs it keeps
    there (score above `keep_inside`) define the topic, and every paragraph is scored again
    against that. (`topics`: the page's TopicIndex, built once for both passes; `keep_inside`,
    `topic_weight`: KEEP_INSIDE and WEIGHTS["topic_sim"] unless given; the trainer passes the
    values it is trying.)
    """
    keep_inside = KEEP_INSIDE if keep_inside is None else keep_inside
    weight = WEIGHTS["topic_sim"] if topic_weight is None else topic_weight
    first, last = main_run(scores)
    members = [i for i in range(first, last + 1) if scores[i] > keep_inside]
    if not members:
        return list(scores)
    sims = topics.similarities(members)
    return [value + weight * (new - old) for value, new, old in zip(scores, sims, page_topic_sims)]


def comment_section_starts(texts: Sequence[str], rule_names: Sequence[str | None]) -> list[bool]:
    """Per paragraph: does a comment section start here (a comments.* rule removed it, and it is
    one of the COMMENT_SECTION_START lines)?"""
    return [name is not None and name.startswith("comments.") and bool(COMMENT_SECTION_START.search(text))
            for text, name in zip(texts, rule_names)]


def comment_cut(scores: Sequence[float], first: int, last: int, starts: Sequence[bool] | None) -> int | None:
    """Where the article's run (first..last) runs into a comment section, the index of the section's
    first line; else None.

    Readers' comments read like prose on the article's topic, so the run often swallows them;
    the article ends where its comments begin. Guards, so that a "Comments" link in the page's
    header cuts nothing: a prose paragraph (score above COMMENT_CUT_MIN_SCORE) comes before the
    cut, and a second comment-section line follows it (a thread, not a lone link).
    """
    if not starts:
        return None
    cut = next((i for i in range(first + 1, last + 1) if starts[i]), None)
    if (cut is None or max(scores[first:cut]) <= COMMENT_CUT_MIN_SCORE
            or sum(starts[cut:]) < COMMENT_CUT_MIN_LINES):
        return None
    return cut


def page_decisions(
    texts: Sequence[str],
    link_densities: Sequence[float] | None = None,
    furniture_hits: int = 0,
    token_lists: Sequence[list[str]] | None = None,
    comment_starts: Sequence[bool] | None = None,
    twins: Sequence[str | None] | None = None,
    rule_names: Sequence[str | None] | None = None,
) -> list[str | None]:
    """Per paragraph: None to keep it, else the name of the page rule that drops it.

    `furniture_hits`: how many paragraphs the phrase rules of PAGE_FURNITURE_CATEGORIES removed;
    `comment_starts`: comment_section_starts() of the page; `token_lists` and `twins`: words()
    and ascii_twin() of each paragraph, when the caller has them; `rule_names`: the phrase or layout
    rule that removes each paragraph (None for none), for promos_neutral().
    """
    if len(texts) < MIN_PARAGRAPHS:
        return [None] * len(texts)
    toks = token_lists if token_lists is not None else [words(t) for t in texts]
    topics = TopicIndex(toks)  # both passes measure paragraphs against a topic
    columns = feature_columns(texts, link_densities, toks, topics, twins)
    scores = score_columns(columns)
    low = sum(1 for value in scores if value < PAGE_LOW_SCORE)
    if furniture_hits < PAGE_FURNITURE_HITS and low < PAGE_LOW_PARAGRAPHS:
        return [None] * len(texts)  # an article, not a pasted page
    scores = rescore_on_article_topic(scores, columns["topic_sim"], topics)
    first, last = main_run(promos_neutral(scores, rule_names))
    cut = comment_cut(scores, first, last, comment_starts)
    if cut is not None:
        last = cut - 1
    intro = intro_paragraphs(texts, scores, first)
    decisions: list[str | None] = []
    for i, value in enumerate(scores):
        if intro[i]:
            decisions.append(None)
            continue
        if cut is not None and i >= cut:
            decisions.append("page.comment-thread")
        elif first <= i <= last:
            dated = bool(columns["has_date"][i]) and dated_sentence(texts[i], value)
            decisions.append(None if value > KEEP_INSIDE or dated else "page.short-fragment")
        else:
            decisions.append(None if value > KEEP_OUTSIDE else "page.furniture")
    for i in lines_between_intro_and_run(texts, decisions, first):
        decisions[i] = None
    return decisions


def lines_between_intro_and_run(texts: Sequence[str], decisions: Sequence[str | None], first: int) -> list[int]:
    """Indices of the short lines between the article's intro (the last kept prose paragraph above the run, which
    starts at `first`) and the run: a list the intro leads into and the run did not reach (a meal plan's items).
    Empty when a line there is longer than GAP_LINE_MAX_WORDS words or there are more than GAP_MAX_LINES."""
    intro = next((j for j in range(first - 1, -1, -1) if decisions[j] is None and _intro_prose(texts[j])), None)
    if intro is None or first - intro - 1 > GAP_MAX_LINES:
        return []
    gap = range(intro + 1, first)
    return [] if any(len(texts[j].split()) > GAP_LINE_MAX_WORDS for j in gap) else list(gap)


def intro_paragraphs(texts: Sequence[str], scores: Sequence[float], first: int) -> list[bool]:
    """Per paragraph: is it an intro paragraph above the article's run (which starts at `first`) that the scorer
    would drop — a sentence-ending paragraph of BESIDE_MIN_WORDS words or more, scoring above KEEP_BESIDE but not
    KEEP_OUTSIDE, beside a paragraph above the run scoring above KEEP_OUTSIDE (which is kept)?"""
    def kept(j: int) -> bool:
        return 0 <= j < first and scores[j] > KEEP_OUTSIDE

    return [i < first and KEEP_BESIDE < value <= KEEP_OUTSIDE and (kept(i - 1) or kept(i + 1)) and _intro_prose(text)
            for i, (text, value) in enumerate(zip(texts, scores))]


def _intro_prose(text: str) -> bool:
    """A paragraph of prose an intro above the run may be: BESIDE_MIN_WORDS words or more, ending as a sentence."""
    return len(text.split()) >= BESIDE_MIN_WORDS and ENDS_SENTENCE.search(text) is not None


def dated_sentence(text: str, value: float) -> bool:
    """Is `text`, which scores `value` and has a date, a sentence that scores above KEEP_INSIDE without its date?"""
    return (value - WEIGHTS["has_date"] > KEEP_INSIDE and len(text.split()) >= DATED_MIN_WORDS
            and bool(ENDS_SENTENCE.search(text)))


def with_article_parts(texts: Sequence[str], decisions: Sequence[str | None]) -> list[str | None]:
    """`decisions` with the lines the scorer dropped that are the article's after all kept (None): a line introducing
    a kept paragraph with a colon (introducing_lines), the items of a list it introduces with a colon
    (introduced_list_items), then a social post embedded in it (embedded_posts), then the closing section under its
    heading (closing_sections)."""
    out = list(decisions)
    for step in (introducing_lines, introduced_list_items, embedded_posts, closing_sections):
        out = [None if part else d for d, part in zip(out, step(texts, out))]
    return out


def introducing_lines(texts: Sequence[str], decisions: Sequence[str | None]) -> list[bool]:
    """Per paragraph: is it a line the scorer dropped that ends with a colon right above a kept paragraph — the
    article's own words leading into what follows ("Here are some of the highlights:")?"""
    return [d in SCORER_DROPS and i + 1 < len(texts) and decisions[i + 1] is None and _INTRODUCES.search(text) is not None
            for i, (text, d) in enumerate(zip(texts, decisions))]


def _list_item(text: str) -> bool:
    return len(text.split()) <= LIST_ITEM_MAX_WORDS and not ENDS_SENTENCE.search(text)


def introduced_list_items(texts: Sequence[str], decisions: Sequence[str | None]) -> list[bool]:
    """Per paragraph: is it an item the scorer dropped of a list or table that a kept paragraph
    ending with a colon introduces (`decisions`: None for kept, else the rule that drops it)?"""
    flags = [False] * len(texts)
    i = 0
    while i < len(texts):
        j = i + 1
        if decisions[i] is None and _INTRODUCES.search(texts[i]):
            while (j < len(texts) and j - i <= LIST_MAX_ITEMS and (decisions[j] is None or decisions[j] in SCORER_DROPS)
                   and _list_item(texts[j])):
                flags[j] = decisions[j] is not None
                j += 1
        i = j
    return flags


def embedded_posts(texts: Sequence[str], decisions: Sequence[str | None]) -> list[bool]:
    """Per paragraph: is it a line the scorer dropped of a social post embedded in the article — its
    signature line, or its text between the signature and a kept paragraph at most POST_MAX_LINES above?"""
    flags = [False] * len(texts)
    for i, text in enumerate(texts):
        removed_by_a_rule = decisions[i] is not None and decisions[i] not in SCORER_DROPS
        if removed_by_a_rule or not _POST_SIGNATURE.match(text):
            continue
        start = next((j for j in range(i - 1, max(-1, i - POST_MAX_LINES - 2), -1) if decisions[j] is None), None)
        if start is None:
            continue
        post = range(start + 1, i + 1)
        if all(decisions[j] in SCORER_DROPS or decisions[j] is None for j in post) and \
                all(len(texts[j].split()) <= POST_MAX_WORDS for j in post):
            for j in post:
                flags[j] = decisions[j] is not None
    return flags


def closing_sections(texts: Sequence[str], decisions: Sequence[str | None]) -> list[bool]:
    """Per paragraph: is it a line the scorer dropped of a closing section under a CLOSING_HEADINGS heading that
    follows a kept paragraph — the heading, or one of the statements after it (at most CLOSING_MAX_PARAGRAPHS)?"""
    flags = [False] * len(texts)
    for i, text in enumerate(texts):
        if i == 0 or decisions[i - 1] is not None or decisions[i] not in SCORER_DROPS or not CLOSING_HEADINGS.match(text):
            continue
        j = i + 1
        while (j < len(texts) and j - i <= CLOSING_MAX_PARAGRAPHS and decisions[j] in SCORER_DROPS
               and _ENDS_FULL_STOP_OR_BANG.search(texts[j])):
            j += 1
        if j > i + 1:  # a heading with nothing under it is no section
            for k in range(i, j):
                flags[k] = True
    return flags
