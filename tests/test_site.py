"""Build the whole site from seeds/ (plus one hostile article) into a temp folder and check it."""

from __future__ import annotations

import json
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

from briefgen.build import build_site
from briefgen.config import BriefConfig
from conftest import ROOT, make_project

HOSTILE = """---
title: "<script>alert('t')</script> {{ 7*7 }} & <img src=x onerror=alert('i')>"
date: 2001-02-03
source: "<b>Evil</b> Times"
url: "javascript:alert('u')"
tags: ["<script>tag</script>"]
---
<script>alert('s')</script> Zanzibar officials said <img src=x onerror=alert('o')> and [click](javascript:alert('l')).

# Heading? {: onclick="alert('a')" }

!!! danger "Injected"
    <iframe src="https://evil.example/"></iframe>
"""


class Page(HTMLParser):
    """Collects the elements, attributes and links of one HTML page."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.elements: list[tuple[str, dict[str, str | None]]] = []
        self.scripts: list[str] = []
        self._in_script = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.elements.append((tag, dict(attrs)))
        self._in_script = tag == "script"
        if self._in_script:
            self.scripts.append("")

    def handle_endtag(self, tag: str) -> None:
        self._in_script = False if tag == "script" else self._in_script

    def handle_data(self, data: str) -> None:
        if self._in_script:
            self.scripts[-1] += data


def parse(path: Path) -> Page:
    page = Page()
    page.feed(path.read_text(encoding="utf-8"))
    return page


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = make_project(tmp_path_factory.mktemp("site") / "project")
    (root / "seeds" / "zz-hostile.md").write_text(HOSTILE, encoding="utf-8")
    assert build_site(BriefConfig(root=root), strict=False) == 0
    return root / "site"


def seed_slugs() -> list[str]:
    return sorted(p.stem for p in (ROOT / "seeds").iterdir() if p.suffix in (".md", ".txt", ".html"))


def test_every_seed_has_a_briefing_page(site: Path) -> None:
    for slug in seed_slugs():
        html = (site / "briefings" / slug / "index.html").read_text(encoding="utf-8")
        for section in ("Summary", "Full text"):
            assert f">{section}<" in html or f">{section}<a" in html, (slug, section)


def test_example_page_shows_quotes_actors_and_removed_block(site: Path) -> None:
    html = (site / "briefings" / "iran-talks-white-house" / "index.html").read_text(encoding="utf-8")
    assert "<blockquote>" in html
    assert "Shamkhani" in html and "Netanyahu" in html
    assert re.search(r"<details class=\"note\">\s*<summary>Removed from the source", html)
    assert "Subscribe to HTT News" in html.split("Removed from the source")[1]


def test_wikinews_pages_carry_the_licence_attribution(site: Path) -> None:
    html = (site / "briefings" / "2015-08-21-wikinews-news-korea" / "index.html").read_text(encoding="utf-8")
    assert 'href="https://creativecommons.org/licenses/by/2.5/"' in html and "CC BY 2.5" in html
    assert 'href="https://en.wikinews.org/wiki/North_Korea_puts_military_in_%27quasi-state_of_war%27"' in html
    assert "Text modified" in html


def test_home_page_lists_briefings_newest_first(site: Path) -> None:
    html = (site / "index.html").read_text(encoding="utf-8")
    slugs = re.findall(r'href="briefings/([^/"]+)/"', html)
    dated = [s for s in slugs if re.match(r"\d{4}-\d\d-\d\d", s)]
    assert len(dated) >= 12 and dated == sorted(dated, reverse=True)


def test_briefings_are_not_in_the_sidebar(site: Path) -> None:
    html = (site / "briefings" / "iran-talks-white-house" / "index.html").read_text(encoding="utf-8")
    primary = html.split('md-nav--primary')[1].split("md-nav--secondary")[0]
    assert "briefings/" not in primary
    for label in ("Home", "Archive", "Actors", "Tags", "About"):
        assert label in primary


def test_search_index_has_titles_and_recurring_actors_only(site: Path) -> None:
    index = json.loads((site / "search" / "search_index.json").read_text(encoding="utf-8"))
    docs = {d["location"]: d for d in index["docs"]}
    for slug in seed_slugs():
        assert docs[f"briefings/{slug}/"]["title"]  # every briefing is found by its title
    assert not [loc for loc in docs if loc.startswith("briefings/") and "#" in loc]  # no section is indexed
    assert not [slug for slug in seed_slugs() if docs[f"briefings/{slug}/"]["text"]]  # (a reader's note would show)
    actor_pages = sorted(p.parent.name for p in (site / "actors").glob("*/index.html") if p.parent.name != "actors")
    assert "donald-trump" in actor_pages  # Trump recurs in the seeds
    for slug in actor_pages:
        assert f"actors/{slug}/" in docs
    assert not any(loc.startswith("archive/") for loc in docs)
    body_only = "narrow diplomatic window"  # last paragraph of the example: on the page, not in the index
    assert body_only in (site / "briefings" / "iran-talks-white-house" / "index.html").read_text(encoding="utf-8")
    assert body_only not in json.dumps(index)


def test_hostile_article_injects_nothing(site: Path) -> None:
    for path in [site / "briefings" / "zz-hostile" / "index.html", site / "index.html", site / "archive" / "2001-02" / "index.html", site / "tags" / "index.html"]:
        page = parse(path)
        for tag, attrs in page.elements:
            assert tag not in ("iframe", "img"), (path, tag)
            assert not any(name.startswith("on") for name in attrs), (path, tag, attrs)
            assert not (attrs.get("href") or "").lower().startswith("javascript"), (path, attrs)
        assert not any("alert(" in script for script in page.scripts), path
    html = (site / "briefings" / "zz-hostile" / "index.html").read_text(encoding="utf-8")
    assert "&lt;script&gt;alert" in html or "&#60;script&#62;alert" in html  # shown as text, not removed
    assert "{{ 7*7 }}" in html.replace("&#123;", "{").replace("&#125;", "}").replace("&#42;", "*")
    assert 'class="admonition danger"' not in html
    index = (site / "search" / "search_index.json").read_text(encoding="utf-8")
    assert "<script>alert" not in index and "<img src=x" not in index


def test_page_shows_the_key_quotes_with_their_context_and_counts_the_rest() -> None:
    from briefgen.render import render
    from briefgen.site import Entry, briefing_context

    quotes = [{"text": f"Quote number {n} of the article,", "speaker": "Jane Roe", "role": None, "speaker_key": "jane-roe",
               "context": "told reporters" if n == 0 else None, "key": n < 2} for n in range(5)]
    data = {"name": "x.md", "title": "T", "date": None, "source": None, "dateline": None, "url": None, "tags": [],
            "summary": ["S."], "key_points": [], "body": ["B."], "notes": [], "removed": [], "quotes": quotes,
            "actors": [], "questions": [], "timeline": []}
    page = render("briefing.html.j2", **briefing_context(Entry("x", data), {}))
    assert "Quote number 0 of the article<br><small>— told reporters</small>" in page  # no dangling comma
    assert "Quote number 1 of the article</p>" in page
    assert "Quote number 2" not in page.split("Full text")[0]
    assert "3 more quotes in the full text." in page


def test_quote_groups_are_headed_by_the_actor_name_and_role() -> None:
    from briefgen.site import quote_groups

    quotes = [{"text": "a", "speaker": "Trump", "role": None, "speaker_key": "donald-trump"},
              {"text": "b", "speaker": "a policy expert", "role": None, "speaker_key": "a-policy-expert"},
              {"text": "c", "speaker": "Trump", "role": None, "speaker_key": "donald-trump"},
              {"text": "d", "speaker": None, "role": None, "speaker_key": None}]
    actors = [{"name": "Donald Trump", "key": "donald-trump", "role": "President"}]
    groups = quote_groups(quotes, actors)
    assert [(g["speaker"], g["role"], [q["text"] for q in g["quotes"]]) for g in groups] == [
        ("Donald Trump", "President", ["a", "c"]), ("a policy expert", None, ["b"]), (None, None, ["d"])]
    assert quote_groups(quotes)[0]["speaker"] == "Trump"  # page data without actors: the speaker as written
