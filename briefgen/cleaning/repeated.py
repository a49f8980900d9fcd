"""site.repeated-block: paragraphs repeated word for word across many articles of one publication."""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import replace
from typing import Any

from briefgen.cleaning.clean import is_reported_speech
from briefgen.cleaning.rules import RuleSet
from briefgen.model import Article, Removal

RULE = "site.repeated-block"
# A block must recur in at least this many distinct articles: two articles sharing a paragraph
# are as likely one story told twice as a house promo.
MIN_ARTICLES = 3
# ... and in at least this share of the publication's articles: a background paragraph a wire
# service reuses in 3 of 10 related stories is news; a footer or promo is in most of them.
MIN_SHARE_OF_SOURCE = 0.5
# An article whose repeated blocks would hold more than this share of its words is a copy or a
# new version of another article (same story filed twice), not an article with a footer: its
# shared paragraphs are the news itself, so none is removed.
MAX_SHARE_OF_ARTICLE = 0.5
# Fingerprint length in hex digits: 64 bits, no collision in any realistic archive, and page data
# (which stores every paragraph's fingerprint) stays small.
FINGERPRINT_HEX = 16

_WORDS = re.compile(r"\w+")

# One paragraph as the build stores it: (fingerprint, number of words).
Block = tuple[str, int]


def fingerprint(text: str) -> str | None:
    """Hash of the paragraph's casefolded words (punctuation and spacing ignored); None without words."""
    words = _WORDS.findall(text.casefold())
    if not words:
        return None
    return hashlib.sha256(" ".join(words).encode()).hexdigest()[:FINGERPRINT_HEX]


def source_group(source: str | None) -> str | None:
    """The publication an article is grouped under (case and spacing ignored); None: not grouped."""
    name = " ".join((source or "").split()).casefold()
    return name or None


def _paragraph_blocks(article: Article) -> list[tuple[str | None, int]]:
    """Each paragraph's (fingerprint, number of words); the fingerprint is None for a paragraph
    that can never be removed: reported speech, or no words."""
    blocks: list[tuple[str | None, int]] = []
    for para in article.paragraphs:
        fp = None if is_reported_speech(para.text) else fingerprint(para.text)
        blocks.append((fp, len(_WORDS.findall(para.text))))
    return blocks


def _record(article: Article, blocks: Sequence[tuple[str | None, int]]) -> dict[str, Any]:
    return {"source": article.source, "words": sum(n for _, n in blocks),
            "blocks": [[fp, n] for fp, n in blocks if fp is not None]}


def article_blocks(article: Article) -> dict[str, Any]:
    """What the build keeps of a raw article to find repeated blocks without reading it again:
    its publication, its word count and each removable paragraph's (fingerprint, words).
    Reported speech is never removed, so it is left out."""
    return _record(article, _paragraph_blocks(article))


def repeated_blocks(by_source: Mapping[str | None, Sequence[Collection[str]]]) -> dict[str, tuple[str, ...]]:
    """Per publication, the sorted fingerprints found in at least MIN_ARTICLES of its articles and
    in at least MIN_SHARE_OF_SOURCE of them. `by_source`: publication → each article's paragraph
    fingerprints. Articles of an unknown publication (None) are not grouped."""
    found: dict[str, tuple[str, ...]] = {}
    for source in sorted(s for s in by_source if s is not None):
        articles = by_source[source]
        counts = Counter(fp for fps in articles for fp in set(fps))
        need = max(MIN_ARTICLES, MIN_SHARE_OF_SOURCE * len(articles))
        common = tuple(sorted(fp for fp, n in counts.items() if n >= need))
        if common:
            found[source] = common
    return found


def group_articles(articles: Iterable[Mapping[str, Any]]) -> dict[str | None, list[list[str]]]:
    """`article_blocks` records → publication (source_group) → each article's fingerprints."""
    grouped: dict[str | None, list[list[str]]] = {}
    for record in articles:
        grouped.setdefault(source_group(record.get("source")), []).append([fp for fp, _ in record["blocks"]])
    return grouped


def article_hits(record: Mapping[str, Any], repeated: Collection[str]) -> tuple[str, ...]:
    """The sorted fingerprints of this article's blocks that are repeated in its publication;
    none when they would hold more than MAX_SHARE_OF_ARTICLE of its words."""
    wanted = frozenset(repeated)
    hits = [(fp, n) for fp, n in record["blocks"] if fp in wanted]
    if not hits or sum(n for _, n in hits) > MAX_SHARE_OF_ARTICLE * record["words"]:
        return ()
    return tuple(sorted({fp for fp, _ in hits}))


def remove_repeated(article: Article, repeated: Collection[str], rules: RuleSet) -> Article:
    """The article with its paragraphs whose fingerprint is in `repeated` (its publication's repeated
    blocks) moved to `removed`; unchanged when the rule is switched off."""
    rule = rules.get(RULE)
    if rule is None or not repeated:
        return article
    blocks = _paragraph_blocks(article)  # once: the hits and the removal read the same fingerprints
    hits = frozenset(article_hits(_record(article, blocks), repeated))
    if not hits:
        return article
    kept = []
    removed = list(article.removed)
    for para, (fp, _) in zip(article.paragraphs, blocks):
        if fp in hits:  # None (reported speech) never is
            removed.append(Removal(para.text, rule.name, rule.category, rule.reason))
        else:
            kept.append(para)
    return replace(article, paragraphs=tuple(kept), removed=tuple(removed))
