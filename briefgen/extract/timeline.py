"""Find dated events in an article and resolve relative dates against the article's date."""

from __future__ import annotations

from briefgen.model import Article, TimelineEvent


def extract_timeline(article: Article) -> tuple[TimelineEvent, ...]:
    """Return dated events sorted by time."""
    return ()
