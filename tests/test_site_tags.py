"""A briefing without tags of its own is tagged with the states and places it is about, by their actor pages' names."""

from __future__ import annotations

from typing import Any

import pytest

from briefgen.site import tags_for


def _actor(name: str, kind: str, mentions: int, key: str | None = None) -> dict[str, Any]:
    return {"name": name, "type": kind, "mentions": mentions, "key": key or name.lower().replace(" ", "-")}


@pytest.mark.parametrize("actors, tags", [
    # most mentioned first, at most three
    ([_actor("Iran", "state", 9), _actor("Israel", "state", 4), _actor("Oman", "state", 2), _actor("Gaza", "place", 3)],
     ["Iran", "Israel", "Gaza"]),
    # a place or a state named once is no subject of the briefing ("a sample from the Sun")
    ([_actor("Sun", "place", 1), _actor("Wicca", "place", 1), _actor("US", "state", 1)], []),
    ([_actor("Houston", "place", 4), _actor("Sun", "place", 1)], ["Houston"]),
    # a state by the gazetteer's name: "US", "U.S.", "America" are one tag, "United States"
    ([_actor("U.S.", "state", 4)], ["United States"]),
    ([_actor("America", "state", 8), _actor("UK", "state", 2)], ["United States", "United Kingdom"]),
    # a name a state shares with a city, by its page's name
    ([_actor("New York", "place", 2, "new-york-city")], ["New York City"]),
    ([_actor("Washington", "place", 3, "washington-state")], ["Washington (state)"]),
    # people and bodies are no tags
    ([_actor("Donald Trump", "person", 9), _actor("NATO", "organization", 5)], []),
])
def test_automatic_tags(actors: list[dict[str, Any]], tags: list[str]) -> None:
    assert tags_for({"actors": actors}) == tags


def test_the_article_s_own_tags_win() -> None:
    assert tags_for({"tags": ["Space", " "], "actors": [_actor("Houston", "place", 4)]}) == ["Space"]
