"""Actor pages across briefings: one actor, one page, however each briefing spells it."""

from __future__ import annotations

from typing import Any

from briefgen.site import Entry, actor_index, site_pages


def _entry(slug: str, date: str, actors: list[dict[str, Any]], quotes: list[dict[str, Any]] = ()) -> Entry:
    data = {
        "name": f"{slug}.md", "title": slug.title(), "date": date, "date_origin": "source", "source": "Wire",
        "dateline": None, "url": None, "tags": [], "summary": ["A summary."], "key_points": [], "body": ["Text."],
        "removed": [], "quotes": list(quotes), "actors": actors, "questions": [], "timeline": [], "notes": [],
        "license": {},
    }
    return Entry(slug, data, key=slug)


def _actor(name: str, key: str, aliases: list[str] = ()) -> dict[str, Any]:
    return {"name": name, "key": key, "type": "person", "role": None, "aliases": list(aliases), "mentions": 2}


def test_surname_in_one_briefing_and_full_name_in_another_share_one_page() -> None:
    entries = [
        _entry("talks", "2025-02-01", [_actor("Trump", "trump")],
               [{"text": "A good deal would mean no missiles.", "speaker": "Trump", "role": None, "context": None, "speaker_key": "trump"}]),
        _entry("summit", "2025-01-01", [_actor("Donald Trump", "donald-trump", ["Trump"])]),
    ]
    pages = site_pages(entries)
    actor_pages = sorted(p for p in pages if p.startswith("actors/") and p != "actors/index.md")
    assert actor_pages == ["actors/donald-trump.md"]
    text = pages["actors/donald-trump.md"].render()
    assert "Donald Trump" in text  # titled with the full name although the newest briefing says "Trump"
    assert "no missiles" in text  # the quote given under the surname is on the page
    assert "../actors/donald-trump.md" in pages["briefings/talks.md"].render()


def test_a_surname_shared_by_two_people_is_not_merged() -> None:
    entries = [
        _entry("a", "2025-01-01", [_actor("George Bush", "george-bush")]),
        _entry("b", "2025-01-02", [_actor("Jeb Bush", "jeb-bush")]),
        _entry("c", "2025-01-03", [_actor("Bush", "bush")]),
    ]
    index = actor_index(entries)
    assert index.key("Bush") == "bush"  # ambiguous: never guessed
    assert index.key("George Bush") == "george-bush"
