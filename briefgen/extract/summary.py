"""Pick the summary sentences and key points of an article."""

from __future__ import annotations

from briefgen.model import Article


def summarize(article: Article) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Return (summary sentences, key points)."""
    first = [p.text for p in article.paragraphs if p.kind == "text"]
    return (tuple(first[:1]), tuple(first[1:4]))
