"""A saved page whose tags, structured data and address give no date is dated by the date line under its headline
(readers/html_date.py); a date elsewhere on the page (the story's events, a list of other articles) is not its date."""

from __future__ import annotations

import pytest

from briefgen.model import Source
from briefgen.readers import read

HEADLINE = "Ferry crews walk out at dawn"
PROSE = ("<p>The ferry crews walked out at dawn on Monday and left hundreds of commuters waiting on the pier while "
         "the harbour authority and the union argued over the new rosters.</p>"
         "<p>Union officials said the rosters added two night shifts a week without the extra pay the agreement "
         "promised, and that the crews would stay out until the authority withdrew them.</p>")


def _read(body: str, head: str = f"<title>{HEADLINE}</title>"):
    page = f"<html><head>{head}</head><body>{body}</body></html>"
    return read(Source(name="x.html", format="html", data=page.encode(), mtime=None))


@pytest.mark.parametrize(("under_headline", "date"), [
    ("<div class='when'>March 3, 2021 - 11:28 AMT</div>", "2021-03-03"),
    ("<h3>by <a href='/jane'>Jane Roe</a><br><span>Wednesday, March 3, 2021</span></h3>", "2021-03-03"),
    ("<p>Posted: Wed 6:45 PM, Mar 3, 2021 |</p>", "2021-03-03"),
    ("<p>By Jane Roe on Wednesday, March 3rd, 2021 at 11:08 a.m.</p>", "2021-03-03"),
    ("<div>3 March 2021</div>", "2021-03-03"),
    # a publication date before an update date, in either order
    ("<p>Updated: March 4, 2021</p><p>Published: March 3, 2021</p>", "2021-03-03"),
    ("<p>Updated: March 4, 2021</p>", "2021-03-04"),
])
def test_the_date_line_under_the_headline_dates_the_page(under_headline: str, date: str) -> None:
    article = _read(f"<article><h1>{HEADLINE}</h1>{under_headline}{PROSE}</article>")
    assert (article.date, article.date_origin) == (date, "source")


@pytest.mark.parametrize("body", [
    # a date inside a sentence of the story is the story's event, not the page's date line
    f"<article><h1>{HEADLINE}</h1><p>The strike began on <a href='/x'>March 3, 2021</a> when the rosters were "
    f"posted on the pier's notice board.</p>{PROSE}</article>",
    # a list of other articles, each with its date
    f"<article><h1>{HEADLINE}</h1><p>March 1, 2021</p><p>March 2, 2021</p><p>March 3, 2021</p>{PROSE}</article>",
    # the date line is too far below the headline
    f"<article><h1>{HEADLINE}</h1>{PROSE}{PROSE}{PROSE}<p>March 3, 2021</p></article>",
])
def test_no_date_line_no_date(body: str) -> None:
    article = _read(body)
    assert article.date is None and article.date_origin == "none"


def test_a_site_name_in_an_h1_is_no_headline() -> None:
    head = f"<meta property='og:title' content='{HEADLINE}'><title>{HEADLINE} | Harbour Gazette</title>"
    article = _read(f"<h1>Harbour</h1><p>March 3, 2021</p>{PROSE}", head)
    assert article.title == HEADLINE and article.date is None


def test_the_page_tags_come_first() -> None:
    head = f"<title>{HEADLINE}</title><meta property='article:published_time' content='2021-02-27T08:00:00Z'>"
    article = _read(f"<article><h1>{HEADLINE}</h1><p>March 3, 2021</p>{PROSE}</article>", head)
    assert article.date == "2021-02-27"


def test_each_block_under_the_headline_is_read() -> None:
    # two blocks set alike ("<div><span>…</span></div>"): the second was taken for the first, already read, when they
    # were told apart by the id() of lxml's proxy elements, which a freed proxy's successor may reuse
    article = _read(f"<article><h1>{HEADLINE}</h1><div><span>By Jane Roe</span></div><div><span>3 Mar 2021</span>"
                    f"</div>{PROSE}</article>")
    assert (article.date, article.date_origin) == ("2021-03-03", "source")
