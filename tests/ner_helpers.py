"""Given NER output for actor tests: spans found left to right in a paragraph, as spaCy would report them."""

from __future__ import annotations

from briefgen.extract.nlp import Entity

Span = tuple[str, str]  # (entity text as it appears in the paragraph, spaCy label)


def entities(text: str, spans: tuple[Span, ...]) -> list[Entity]:
    """The given spans found left to right in the paragraph, as NER would report them."""
    found, at = [], 0
    for surface, label in spans:
        start = text.index(surface, at)
        found.append(Entity(surface, label, start, start + len(surface)))
        at = start + len(surface)
    return found
