"""Phrase the questions an article leaves open, each resting on a sentence of the article."""

from __future__ import annotations

from collections.abc import Sequence

from briefgen.model import Actor, Article, Question


def extract_questions(article: Article, actors: Sequence[Actor] = ()) -> tuple[Question, ...]:
    """Return at most about six open questions, most important first."""
    return ()
