"""Compose the extraction stages into a Briefing for one cleaned Article."""

from __future__ import annotations

from briefgen.extract.actors import extract_actors, link_speakers
from briefgen.extract.questions import extract_questions
from briefgen.extract.quotes import extract_quotes
from briefgen.extract.summary import summarize
from briefgen.extract.timeline import extract_timeline
from briefgen.model import Article, Briefing


def make_briefing(article: Article) -> Briefing:
    """Run every extractor on a cleaned article."""
    texts = [p.text for p in article.paragraphs]
    found = extract_quotes(texts)
    actors = extract_actors(article, found)
    quotes = link_speakers(found, actors)  # a quote's speaker_key becomes its actor's key
    summary, key_points = summarize(article)
    return Briefing(
        article=article,
        summary=summary,
        key_points=key_points,
        quotes=quotes,
        actors=actors,
        questions=extract_questions(article, actors),
        timeline=extract_timeline(article),
    )
