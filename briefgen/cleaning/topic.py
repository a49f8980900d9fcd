"""How near each paragraph of a page is to the page's topic: cosine similarity of content words."""

from __future__ import annotations

import math
import operator
from collections import Counter
from collections.abc import Sequence
from itertools import chain, repeat

from briefgen.cleaning.words import content_words


class TopicIndex:
    """The content words of each paragraph of one page, for measuring paragraphs against a topic.

    The page scorer measures every paragraph against a topic twice (the page's prose, then the
    article's run): what does not depend on the topic — which words are content words, each
    paragraph's content words and the sum of their squared counts — is computed here once per page.
    """

    def __init__(self, token_lists: Sequence[list[str]]) -> None:
        content = content_words(set().union(*token_lists))
        # Each paragraph's content words, in order (the topic and the dot products need no others).
        self.content: list[list[str]] = [list(filter(content.__contains__, tokens)) for tokens in token_lists]
        # Σ c² over each paragraph's content-word counts c.
        self.own2: list[int] = [_sum_of_squared_counts(mine) for mine in self.content]
        # √own², the paragraph's norm, for both passes (0.0 for a paragraph without content words).
        self.roots: list[float] = list(map(math.sqrt, self.own2))

    def similarities(self, members: Sequence[int]) -> list[float]:
        """Cosine of each paragraph's content words with the topic (the content words of the
        `members` paragraphs), a member's own words taken out of the topic it is compared with.

        Only sums are needed: with dot = Σ c·T and own² = Σ c² over the paragraph's content words
        (counts c, topic counts T), leaving itself out gives dot − own² and ‖T‖² − 2·dot + own².
        All integers, so the result is exactly that of comparing word by word.
        """
        topic = Counter(chain.from_iterable(self.content[i] for i in members))
        counts = topic.values()
        topic_norm2 = sum(map(operator.mul, counts, counts))
        if not topic_norm2:
            return [0.0] * len(self.content)
        get, zeros = topic.get, repeat(0)  # words outside the topic count 0
        dots = [sum(map(get, mine, zeros)) for mine in self.content]
        # Every paragraph against the whole topic (list comprehensions: one Python loop each),
        # then the members again, each against the topic without its own words.
        norm = math.sqrt(topic_norm2)
        sims = [dot / (root * norm) if root else 0.0 for dot, root in zip(dots, self.roots)]
        for i in set(members):
            root, own2, dot = self.roots[i], self.own2[i], dots[i]
            if root:
                norm2 = topic_norm2 - 2 * dot + own2
                sims[i] = (dot - own2) / (root * math.sqrt(norm2)) if norm2 > 0 else 0.0
        return sims


def _sum_of_squared_counts(tokens: list[str]) -> int:
    """Σ c² over the counts c of the distinct tokens."""
    if len(set(tokens)) == len(tokens):  # no word twice: every count is 1
        return len(tokens)
    counts = Counter(tokens).values()
    return sum(map(operator.mul, counts, counts))
