"""What a reader of the built site would trip over: labels, dates, the source's link, tag order, meta text."""

from __future__ import annotations

import html
import re
from pathlib import Path
from typing import Any

import pytest
from markupsafe import escape

from briefgen.build import build_site
from briefgen.config import BriefConfig
from briefgen.render import render
from briefgen.site import Entry, briefing_context, site_pages, timeline_rows
from conftest import make_project


def _data(**fields: Any) -> dict[str, Any]:
    data = {"name": "x.md", "title": "T", "date": "2020-01-02", "date_origin": "source", "source": "Wire",
            "dateline": None, "url": None, "tags": [], "summary": ["S."], "key_points": [], "body": ["B."], "notes": [],
            "removed": [], "quotes": [], "actors": [], "questions": [], "timeline": []}
    return {**data, **fields}


def _front_matter(page: str) -> str:
    return page.split("---\n", 2)[1]


@pytest.mark.parametrize("summary", [
    "x" * 296 + ' "quoted words" follow here and run on past the cut',  # a '"' right at the old cut
    "word " * 58 + "Tom & Jerry's last stand",
    'A long lead sentence with "quotation marks" ' * 12,
])
def test_meta_description_is_cut_on_a_word_before_escaping(summary: str) -> None:
    page = render("briefing.html.j2", **briefing_context(Entry("x", _data(summary=[summary])), {}))
    description = re.search(r"^description: (.*)$", _front_matter(page), re.M)[1]
    assert not re.search(r"&[#a-z0-9]*$", description.rstrip("…"))  # no character reference cut in two
    shown = html.unescape(description)
    assert len(shown) <= 301 and shown.endswith("…")
    assert summary.startswith(shown[:-1].rstrip())  # whole words of the summary, nothing else


@pytest.mark.parametrize(("when", "date", "label", "shown"), [
    ("in 1999", "1999", "1999", ""),
    ("June 2025", "2025-06", "June 2025", ""),
    ("May 18, 2006", "2006-05-18", "May 18, 2006", ""),
    ("last year", "2006", "last year", "2006"),
    ("on Friday", "2011-03-04", "Friday", "2011-03-04"),  # a bare "on" or "in" before the date goes
    ("Friday", "2011-03-04", "Friday", "2011-03-04"),
    ("March 13", "2009-03-13", "March 13", "2009-03-13"),  # the year is not in the words
    ("the 12006th day", "2006-01-01", "the 12006th day", "2006-01-01"),  # a longer number is no year
    ("next month", None, "next month", ""),
    ("since 1958", "1958", "since 1958", ""),  # a preposition that says something stays
    ("in the coming weeks", None, "in the coming weeks", ""),
])
def test_timeline_label_and_the_resolved_date_only_when_the_words_do_not_state_it(
        when: str, date: str | None, label: str, shown: str) -> None:
    (row,) = timeline_rows([{"when": when, "date": date, "event": "E."}])
    assert (row["when"], row["shown_date"]) == (label, shown)
    page = render("briefing.html.j2", **briefing_context(Entry("x", _data(timeline=[{"when": when, "date": date,
                                                                                       "event": "E."}])), {}))
    assert f"<li><strong>{label}</strong>{f' ({shown})' if shown else ''}: E.</li>" in page


@pytest.mark.parametrize(("when", "event", "label"), [
    ("from 2004", "The schools owe arrears for the period from 2004 to 2009.", "from 2004 to 2009"),
    ("from January 23", "The exhibit is to run from January 23 through March 9.", "from January 23 to March 9"),
    ("from Oct. 2", "Talks ran from Oct. 2 to Nov. 5, 2019 in Geneva.", "from Oct. 2 to Nov. 5, 2019"),
    ("from Monday", "The bridge is shut from Monday until Friday.", "from Monday to Friday"),
    ("from 1987", "The gallery showed a screen print from 1987.", "1987"),  # a work's date, no range
    ("From 1990", "From 1990 the festival grew every year.", "1990"),
    ("since 2007", "Since 2007 the programme has given 28,000 photographs.", "since 2007"),
])
def test_timeline_label_from_is_a_range_only_with_its_end(when: str, event: str, label: str) -> None:
    (row,) = timeline_rows([{"when": when, "date": None, "event": event}])
    assert row["when"] == label


def test_source_line_links_the_original_article_and_never_a_script() -> None:
    url = "https://en.wikinews.org/wiki/Some_story"
    page = render("briefing.html.j2", **briefing_context(Entry("x", _data(source="Wikinews", url=url)), {}))
    line = re.search(r"<p data-search-exclude>(.*?)</p>", page)[1]
    assert line.startswith(f'<strong><a href="{url}">Wikinews</a></strong> · 2020-01-02')
    hostile = render("briefing.html.j2", **briefing_context(
        Entry("x", _data(source="<b>Evil</b>", url="javascript:alert(1)")), {}))
    line = re.search(r"<p data-search-exclude>(.*?)</p>", hostile)[1]
    assert line.startswith("<strong>&lt;b&gt;Evil&lt;/b&gt;</strong> · ") and "href" not in line


def _entry(slug: str, date: str, origin: str, actors: list[dict[str, Any]]) -> Entry:
    return Entry(slug, _data(name=f"{slug}.md", title=f"Title {slug}", date=date, date_origin=origin, actors=actors))


def _actor(name: str, kind: str, role: str | None = None) -> dict[str, Any]:
    return {"name": name, "type": kind, "role": role, "aliases": [], "mentions": 2, "key": name.lower().replace(" ", "-")}


def test_listings_mark_a_file_date_and_actor_types_read_as_the_briefing_labels() -> None:
    actors = [_actor("Acme Corp", "organization"), _actor("Jane Roe", "person", "Mayor")]
    pages = site_pages([_entry("a", "2024-05-01", "source", actors), _entry("b", "2026-11-26", "file", actors)])
    home = pages["index.md"].render()
    assert "Title b</a> · 2026-11-26 (file date) · Wire" in home
    assert "Title a</a> · 2024-05-01 · Wire" in home
    assert "(file date)" in pages["archive/2026-11.md"].render()
    index = pages["actors/index.md"].render()
    assert "Acme Corp</a> · Organisation · 2 briefings" in index and "Jane Roe</a> · Person · 2 briefings" in index
    assert "organization" not in index.split("---\n", 2)[2]
    person = pages["actors/jane-roe.md"].render()
    assert "<p><em>Person</em> · named in 2 briefings" in person
    assert "2026-11-26 (file date), <a" in person  # roles over time
    assert "Title b</a> · 2026-11-26 (file date) · Wire" in person  # its briefings


def test_tags_page_lists_tags_alphabetically_whatever_their_case(tmp_path: Path) -> None:
    root = make_project(tmp_path / "project", seeds=[])
    for n, tags in enumerate((["zanzibar", "AKMA"], ["Afghanistan", "bhutan"])):
        (root / "seeds" / f"s{n}.md").write_text(
            f"---\ntitle: Story {n}\ndate: 2020-01-0{n + 1}\nsource: Wire\ntags: {tags}\n---\n"
            f"Officials in capital number {n} said on Monday that the talks would continue next week.\n",
            encoding="utf-8")  # (two texts: the same text twice is a warning, and a strict build fails on it)
    assert build_site(BriefConfig(root=root), strict=True) == 0
    tags = (root / "site" / "tags" / "index.html").read_text(encoding="utf-8")
    order = re.findall(r'<span class="md-tag">([^<]+)</span>', tags.split('id="tags"', 1)[1])
    assert [t for t in order if t in ("zanzibar", "AKMA", "Afghanistan", "bhutan")][:4] == [
        "Afghanistan", "AKMA", "bhutan", "zanzibar"]


@pytest.mark.parametrize(("text", "shown"), [
    ("not yield to excessive demands", "…not yield to excessive demands"),
    ("emphasized the security needs of the State of Israel.", "…emphasized the security needs of the State of Israel."),
    ("approved security cabinets", "…approved security cabinets"),
    ("There was nothing definitive reached,", "There was nothing definitive reached"),
    ("iPhone sales will fall", "iPhone sales will fall"),  # a name in mixed case opens it
    ("wikiHow is a collaborative effort", "wikiHow is a collaborative effort"),
    ("[The tournament] was good", "[The tournament] was good"),
    ("I'm told two things", "I'm told two things"),
    ("", ""),
])
def test_a_quote_cut_from_a_sentence_opens_with_an_ellipsis(text: str, shown: str) -> None:
    from briefgen.render import quote_text

    assert quote_text(text) == shown
    if text:
        quotes = [{"text": text, "speaker": "Jane Roe", "role": None, "speaker_key": "jane-roe", "context": None,
                   "key": True}]
        page = render("briefing.html.j2", **briefing_context(Entry("x", _data(quotes=quotes)), {}))
        assert f"<p>{escape(shown)}</p>" in page


@pytest.mark.parametrize(("speaker", "shown"), [
    ("a Middle East policy expert at the Council on Foreign Relations",
     "A Middle East policy expert at the Council on Foreign Relations"),
    ("the post by an unknown author", "The post by an unknown author"),
    ("an aide", "An aide"),
    ("de Villepin", "de Villepin"),  # a name's particle stays as written
    ("al-Amr", "al-Amr"),
    ("theologian Jane Roe", "theologian Jane Roe"),  # 'the' only as a word of its own
    ("Netanyahu's office", "Netanyahu's office"),
    (None, "Unattributed"),
])
def test_a_speaker_described_with_an_article_is_headed_with_a_capital(speaker: str | None, shown: str) -> None:
    quotes = [{"text": "We will see.", "speaker": speaker, "role": None, "speaker_key": None, "context": None,
               "key": True}]
    page = render("briefing.html.j2", **briefing_context(Entry("x", _data(quotes=quotes)), {}))
    assert f"<p><strong>{escape(shown)}</strong></p>" in page


def test_archive_names_months_in_words_and_keeps_their_links() -> None:
    entries = [_entry("a", "2024-05-01", "source", []), _entry("b", "2006-12-31", "source", []),
               Entry("c", _data(name="c.md", title="Title c", date=None, date_origin="none"))]
    pages = site_pages(entries)
    archive = pages["archive/index.md"].render()
    assert ['<a href="2024-05.md">May 2024</a> · 1 briefing', '<a href="2006-12.md">December 2006</a> · 1 briefing',
            '<a href="undated.md">Undated</a> · 1 briefing'] == re.findall(r"<li>(.*?)</li>", archive)
    month = pages["archive/2006-12.md"].render()
    assert "title: Briefings of December 2006" in _front_matter(month)
    assert ">Briefings of December 2006<a" in month
