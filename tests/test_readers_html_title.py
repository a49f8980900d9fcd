"""A saved page's title without the site's name its end repeats ("… | Harbour Gazette"): html.title_without_site; and
without a section's label or another name the tags add when the page's <h1> shows the headline alone
(html.title_as_shown)."""

from __future__ import annotations

import pytest

from briefgen.model import Source
from briefgen.readers import read
from briefgen.readers.html import title_as_shown, title_without_site


@pytest.mark.parametrize(("title", "site", "expected"), [
    ("Ferry crews walk out at dawn | Harbour Gazette", "Harbour Gazette", "Ferry crews walk out at dawn"),
    ("Ferry crews walk out at dawn - The Harbour Gazette", "The Harbour Gazette", "Ferry crews walk out at dawn"),
    ("Balsas param ao amanhecer — Gazeta do Porto", "Gazeta do Porto", "Balsas param ao amanhecer"),
    ("Ferry crews walk out at dawn – harbourgazette", "HarbourGazette", "Ferry crews walk out at dawn"),  # case, spaces
    # a dash inside the headline stays: only the last separator before the site's name is cut
    ("Pier review - rough but ready - Harbour Gazette", "Harbour Gazette", "Pier review - rough but ready"),
    # another name after the separator (a section, a slogan) is not the site's: the title stands
    ("Ferry crews walk out at dawn - Local News", "Harbour Gazette", "Ferry crews walk out at dawn - Local News"),
    ("Harbour Gazette - Ferry crews walk out at dawn", "Harbour Gazette", "Harbour Gazette - Ferry crews walk out at dawn"),
    # nothing but the site's name: the title stands
    ("Harbour Gazette", "Harbour Gazette", "Harbour Gazette"),
    ("Ferry crews walk out at dawn | Harbour Gazette", None, "Ferry crews walk out at dawn | Harbour Gazette"),
])
def test_title_without_site(title: str, site: str | None, expected: str) -> None:
    assert title_without_site(title, site) == expected


def test_a_saved_page_title_without_its_site_name() -> None:
    body = " ".join(["The ferry crews walked out at dawn on Monday and left hundreds of commuters on the pier."] * 3)
    page = (f'<html><head><meta property="og:title" content="Ferry crews walk out at dawn | Harbour Gazette">'
            f'<meta property="og:site_name" content="Harbour Gazette"></head>'
            f'<body><article><h1>Ferry crews walk out at dawn</h1><p>{body}</p><p>{body}</p></article></body></html>')
    article = read(Source(name="x.html", format="html", data=page.encode(), mtime=0.0))
    assert (article.title, article.source) == ("Ferry crews walk out at dawn", "Harbour Gazette")


@pytest.mark.parametrize(("title", "h1s", "expected"), [
    ("Opinion | Ferry crews walk out at dawn", ["Ferry crews walk out at dawn"], "Ferry crews walk out at dawn"),
    ("Ferry crews walk out at dawn - Local News", ["Ferry crews  walk out at DAWN"], "Ferry crews walk out at dawn"),
    ("Analysis — Ferry crews walk out", ["Harbour Gazette", "Ferry crews walk out"], "Ferry crews walk out"),  # any <h1>
    # the <h1> shows the whole title, or another text, or nothing: the title stands
    ("Milan Week | Ferry crews walk out", ["Milan Week | Ferry crews walk out"], "Milan Week | Ferry crews walk out"),
    ("Milan Week | Ferry crews walk out", ["Milan Week | Jane Roe's ferry crews walk out"],
     "Milan Week | Ferry crews walk out"),
    ("Opinion | Ferry crews walk out", [], "Opinion | Ferry crews walk out"),
    ("Opinion | Ferry crews walk out", [" "], "Opinion | Ferry crews walk out"),
    ("Ferry crews walk out at dawn", ["Ferry crews"], "Ferry crews walk out at dawn"),  # no separator
    # a dash inside the headline: the part the <h1> shows, cut at the right separator
    ("Pier review - rough but ready - Local News", ["Pier review - rough but ready"], "Pier review - rough but ready"),
])
def test_title_as_shown(title: str, h1s: list[str], expected: str) -> None:
    assert title_as_shown(title, h1s) == expected


@pytest.mark.parametrize(("head", "title", "guessed"), [
    ("<title>Ferry crews walk out at dawn</title>", "Ferry crews walk out at dawn", False),
    ("", "The ferry crews walked out at dawn on Monday", True),  # (cut from the lead)
])
def test_a_title_cut_from_the_lead_is_guessed(head: str, title: str, guessed: bool) -> None:
    body = " ".join(["The ferry crews walked out at dawn on Monday and left hundreds of commuters on the pier."] * 3)
    page = f"<html><head>{head}</head><body><article><p>{body}</p><p>{body}</p></article></body></html>"
    article = read(Source(name="x.html", format="html", data=page.encode(), mtime=0.0))
    assert article.title.startswith(title) and article.title_guessed is guessed
