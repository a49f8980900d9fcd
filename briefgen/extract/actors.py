"""Find the people, organisations, states and groups an article involves, merged per actor."""

from __future__ import annotations

from collections.abc import Sequence

from briefgen.model import Actor, Article, Quote


def extract_actors(article: Article, quotes: Sequence[Quote] = ()) -> tuple[Actor, ...]:
    """Return one Actor per real-world actor, most mentioned first."""
    return ()
