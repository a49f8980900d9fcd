"""The actor index: most briefings first, then by the name shown, as a reader looks a name up."""

from __future__ import annotations

import re
from typing import Any

import pytest

from briefgen.site import Entry, site_pages


def _org(name: str, key: str) -> dict[str, Any]:
    return {"name": name, "key": key, "type": "organization", "role": None, "aliases": [], "mentions": 2}


def _entry(slug: str, actors: list[dict[str, Any]]) -> Entry:
    data = {"name": f"{slug}.md", "title": slug.title(), "date": "2025-03-0" + slug[-1], "date_origin": "source",
            "source": "Wire", "tags": [], "summary": ["A summary."], "key_points": [], "body": ["Text."], "removed": [],
            "quotes": [], "actors": actors, "questions": [], "timeline": [], "notes": [], "license": {}}
    return Entry(slug, data, key=slug)


def _listed(per_briefing: list[list[dict[str, Any]]]) -> list[str]:
    entries = [_entry(f"b{i}", actors) for i, actors in enumerate(per_briefing, 1)]
    return re.findall(r'<li><a href="[^"]+">([^<]+)</a>', site_pages(entries)["actors/index.md"].render())


@pytest.mark.parametrize(("actors", "expected"), [
    # rule: a name's case does not order it (its page's slug, from another spelling, neither)
    ([_org("Navy", "navy"), _org("NATO", "north-atlantic-treaty-organization")], ["NATO", "Navy"]),
    ([_org("Lower House", "lower-house"), _org("House of Keys", "tynwald")], ["House of Keys", "Lower House"]),
    # rule: nor its accents
    ([_org("Fjord Line", "fjord-line"), _org("Électricité de France", "state-power-company")], ["Électricité de France", "Fjord Line"]),
])
def test_actors_of_as_many_briefings_are_listed_by_name(actors: list[dict[str, Any]], expected: list[str]) -> None:
    assert _listed([actors, list(reversed(actors))]) == expected


def test_more_briefings_still_come_first() -> None:
    navy, nato = _org("Navy", "navy"), _org("NATO", "north-atlantic-treaty-organization")
    assert _listed([[navy, nato], [navy, nato], [navy]]) == ["Navy", "NATO"]
