"""The site from analysed briefings: one actor spelled two ways has one page; a state and a city sharing a name have two."""

from __future__ import annotations

from functools import lru_cache

import pytest

from briefgen.brief import make_briefing
from briefgen.model import Article, Paragraph
from briefgen.site import Entry, PageSpec, page_data, site_pages

TEXTS = {
    "ferry": "A new ferry terminal opened in Tacoma, Washington on Monday. The Governor of Washington praised the builders "
             "of the terminal.",
    "wheat": "Wheat farmers from Spokane, Washington said on Friday that the drought had cut their harvest by a third.",
    "robots": "The delegation of students arrived in Washington D.C. on Tuesday for a robotics contest.",
    "vote": "The senator flew back to Washington after the vote in his home town, aides said.",
    "parade": "Thousands of tourists crowded New York City on Sunday to watch the parade, police said.",
    "envoy": "The ambassador spoke at the United Nations headquarters in New York on Thursday about the famine.",
}


@lru_cache(maxsize=1)
def _pages() -> dict[str, PageSpec]:
    entries = []
    for n, (slug, text) in enumerate(TEXTS.items(), start=1):
        article = Article(name=f"{slug}.md", paragraphs=(Paragraph(text),), title=slug.title(), date=f"2024-01-0{n}",
                          date_origin="source")
        entries.append(Entry(slug, page_data(make_briefing(article)), key=slug))
    return site_pages(entries)


def test_no_page_mixes_the_state_and_the_city() -> None:
    assert "actors/washington.md" not in _pages()


@pytest.mark.parametrize("page, title, briefings, others", [
    # two spellings of one city, one page: "Washington D.C." and "Washington"; "New York City" and "New York"
    ("actors/washington-d-c.md", "Washington, D.C.", ("Robots", "Vote"), ("Ferry", "Wheat")),
    ("actors/new-york-city.md", "New York City", ("Parade", "Envoy"), ()),
    # the state that shares the city's name: a page of its own
    ("actors/washington-state.md", "Washington (state)", ("Ferry", "Wheat"), ("Robots", "Vote")),
])
def test_one_page_per_actor(page: str, title: str, briefings: tuple[str, ...], others: tuple[str, ...]) -> None:
    text = _pages()[page].render()
    assert f"title: {title}" in text or f"title: '{title}'" in text
    for name in briefings:
        assert f">{name}<" in text
    for name in others:
        assert f">{name}<" not in text


def test_briefings_link_to_their_own_sense() -> None:
    pages = _pages()
    assert "../actors/washington-state.md" in pages["briefings/ferry.md"].render()
    assert "../actors/washington-d-c.md" in pages["briefings/vote.md"].render()
    assert "../actors/washington-state.md" not in pages["briefings/vote.md"].render()
