"""A saved page with neither a site-name tag nor an address is named by its footer's copyright notice
(readers/html.py, notice_lines, with page_source's cues); a page with either keeps what they give."""

from __future__ import annotations

import pytest

from briefgen.model import Source
from briefgen.readers import read

PROSE = ("<p>The ferry crews walked out at dawn on Monday and left hundreds of commuters waiting on the pier while "
         "the harbour authority and the union argued over the new rosters.</p>"
         "<p>Union officials said the rosters added two night shifts a week without the extra pay the agreement "
         "promised, and that the crews would stay out until the authority withdrew them.</p>")


def _source(head: str, footer: str) -> str | None:
    page = (f"<html><head><title>Ferry crews walk out at dawn</title>{head}</head><body><article>"
            f"<h1>Ferry crews walk out at dawn</h1>{PROSE}</article><footer>{footer}</footer></body></html>")
    return read(Source(name="x.html", format="html", data=page.encode(), mtime=None)).source


@pytest.mark.parametrize(("footer", "source"), [
    ("<p>©2021 Harbour Gazette</p>", "Harbour Gazette"),
    ("<div><span>Copyright © 2021 The Harbour Gazette.</span> All Rights Reserved.</div>", "The Harbour Gazette"),
    ("<p>Harbour Gazette <a href='/c'>©</a> 2021</p>", "Harbour Gazette"),
    # a photo's credit or a notice naming no one names no publication
    ("<p>Photo © Jane Roe</p>", None),
    ("<p>© 2021 All rights reserved.</p>", None),
    ("<p>About us</p>", None),
])
def test_the_footer_notice_names_a_page_without_tags(footer: str, source: str | None) -> None:
    assert _source("", footer) == source


@pytest.mark.parametrize(("head", "source"), [
    ("<meta property='og:site_name' content='The Gazette'>", "The Gazette"),
    ("<link rel='canonical' href='https://www.harbourgazette.example/2021/ferry'>", "harbourgazette.example"),
])
def test_a_site_tag_or_an_address_comes_first(head: str, source: str) -> None:
    assert _source(head, "<p>©2021 Bay Media Holdings</p>") == source
