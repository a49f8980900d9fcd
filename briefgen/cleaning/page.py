"""The page scorer: finds the article's run of prose in a pasted page and drops the furniture around it.

Each paragraph gets a score from a hand-readable weight table over its features (see
`features.py`; the weights were fitted by `briefgen.cleaning.train` on the DEV half of the
boilerplate data and checked by cross-validation split by page). The article is then the
best-scoring contiguous run of paragraphs; paragraphs outside it are kept only when they look
strongly like prose, paragraphs inside it are dropped only when they look strongly like furniture.
"""

from __future__ import annotations

from collections.abc import Sequence

from briefgen.cleaning.features import page_features

# Logistic-regression weights (log-odds of "article text") per feature.
WEIGHTS: dict[str, float] = {
    "log_words": +0.647,
    "lt5_words": -0.394,
    "lt10_words": +0.725,
    "lt20_words": -0.381,
    "terminal_punct": +1.278,
    "sentences_ge2": -0.367,
    "stop_ratio": -0.595,
    "comma_ratio": +2.538,
    "capital_ratio": -1.135,
    "all_caps": -0.350,
    "digit_ratio": +2.718,
    "has_date": -2.967,
    "separators": -0.966,
    "contact": +0.069,
    "quote_open": +1.280,
    "cjk": -0.154,
    "topic_sim": +2.451,
    "position": -1.151,
    "edge": -1.971,
    "rel_length": +0.423,
    "nb_log_words": +1.176,
    "nb_terminal": +1.164,
    "nb_stop_ratio": -1.653,
    "prose_nearby": +0.520,
    "after_end_marker": -0.683,
}
BIAS = -5.556
# Block selection: each paragraph adds (score + BLOCK_BIAS) to the run that holds it.
BLOCK_BIAS = 1.5
KEEP_INSIDE = -1.0  # inside the run, drop only paragraphs scoring below this
KEEP_OUTSIDE = 2.0  # outside the run, keep only paragraphs scoring above this
# Phrase-rule categories whose paragraphs mark the end of an article (comments, footers…).
END_MARKER_CATEGORIES = frozenset({"comments", "related", "legal", "share", "newsletter"})
# Fewer paragraphs than this is an article, not a page: nothing to find.
MIN_PARAGRAPHS = 4


def score(features: Sequence[dict[str, float]]) -> list[float]:
    """Log-odds that each paragraph is article text."""
    return [BIAS + sum(WEIGHTS[k] * row.get(k, 0.0) for k in WEIGHTS) for row in features]


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


def page_decisions(
    texts: Sequence[str],
    link_densities: Sequence[float] | None = None,
    end_markers: Sequence[bool] | None = None,
) -> list[str | None]:
    """Per paragraph: None to keep it, else the name of the page rule that drops it."""
    if len(texts) < MIN_PARAGRAPHS:
        return [None] * len(texts)
    scores = score(page_features(texts, link_densities, end_markers=end_markers))
    first, last = main_run(scores)
    decisions: list[str | None] = []
    for i, value in enumerate(scores):
        if first <= i <= last:
            decisions.append(None if value > KEEP_INSIDE else "page.short-fragment")
        else:
            decisions.append(None if value > KEEP_OUTSIDE else "page.furniture")
    return decisions
