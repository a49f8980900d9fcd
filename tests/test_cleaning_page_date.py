"""A pasted page's publication date from its date line (briefgen.cleaning.page_date)."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, strategies as st

from briefgen.cleaning import clean
from briefgen.cleaning.page_date import date_line_date, page_date
from briefgen.model import Source
from briefgen.readers import read


@pytest.mark.parametrize("line, date", [
    ("Published 18 November 2019", "2019-11-18"),
    ("By Joseph Tsidulko November 19, 2019, 07:47 PM EST", "2019-11-19"),
    ("Last Updated : Nov 20, 2019 01:41 PM IST | Source: Moneycontrol.com", "2019-11-20"),
    ("November 20, 2019 / 1:07 AM / CBS News", "2019-11-20"),
    ("Posted: Fri 6:45 PM, Feb 16, 2018 |", "2018-02-16"),
    ("By FEDERICA LUSIARDI - 2019-04-10", "2019-04-10"),
    ("11/19/2019 by Lars Brandle", "2019-11-19"),  # the US order, known because 19 is no month
    ("21/06/2014 Tony Carter", "2014-06-21"),  # the day first
    ("Updated 12:24 am EST, Wednesday, November 20, 2019", "2019-11-20"),
    ("By Louis Jacobson on Monday, November 18th, 2019 at 11:04 a.m.", "2019-11-18"),
    ("Nov. 20, 2019, 9:28 AM UTC", "2019-11-20"),
])
def test_date_lines_give_their_date(line: str, date: str) -> None:
    assert date_line_date(line) == date


@pytest.mark.parametrize("line", [
    "BREAKING: Tottenham Announce Mourinho as New Coach November 20, 2019",  # a teaser's headline
    "An MSC cargo ship leaves PortMiami, on Aug. 31, 2019. (AP)",  # a caption
    "Revenues from the tariffs have totaled about $63 billion through June 30, 2019.",  # a sentence of the story
    "05/10/2018 Clarissa Borba",  # May 10 or 5 October: the order is not known
    "February 30, 2019",  # no such day
    "Posted on November 19",  # no year
    "Subscribe for $5 a month",  # no date at all
])
def test_other_lines_are_not_date_lines(line: str) -> None:
    assert date_line_date(line) is None


def _decisions(texts: list[str], article_from: int) -> list[str | None]:
    return ["page.furniture" if i < article_from else None for i in range(len(texts))]


def test_the_date_line_nearest_the_article_wins() -> None:
    texts = ["Wednesday, November 20, 2019 Spokane", "Menu", "November 19, 2019 Emiliano Bellini", "The story begins."]
    found = page_date(texts, _decisions(texts, 3), None)
    assert found is not None and (found.date, found.line) == ("2019-11-19", 2)


def test_an_update_date_gives_way_to_the_publication_date() -> None:
    texts = ["Posted: 18 Nov 2019 8:11 pm", "Updated: 19 Nov 2019 9:38 pm", "The story begins."]
    assert page_date(texts, _decisions(texts, 2), None).date == "2019-11-18"  # type: ignore[union-attr]


def test_an_update_date_is_taken_when_it_is_the_only_one() -> None:
    texts = ["By Umair Irfan Updated Nov 13, 2019, 10:28am EST", "The story begins."]
    assert page_date(texts, _decisions(texts, 1), None).date == "2019-11-13"  # type: ignore[union-attr]


def test_a_list_of_dated_teasers_dates_nothing() -> None:
    texts = ["Lexus LC 500", "January 22, 2018", "All-new Lexus LC500", "January 12, 2016", "Hybrid driving",
             "October 18, 2019", "The story begins."]
    assert page_date(texts, _decisions(texts, 6), None) is None


def test_dates_far_above_the_article_or_inside_it_are_not_looked_at() -> None:
    far = ["Published 18 November 2019"] + ["Menu item"] * 12 + ["The story begins."]
    assert page_date(far, _decisions(far, 13), None) is None
    kept = ["The story begins.", "November 20, 2019"]
    assert page_date(kept, [None, None], None) is None  # nothing was removed above the article


def test_a_date_line_below_the_headline_is_found() -> None:
    texts = ["Headline of the story here", "Published 18 November 2019"] + ["Menu item"] * 14 + ["The story."]
    found = page_date(texts, _decisions(texts, 16), headline_line=0)
    assert found is not None and found.date == "2019-11-18"


PASTED_PAGE = "\n\n".join([
    "Skip to main content", "Sign in", "Newsletters", "World", "Business",
    "Senate passes the long-awaited water bill after months of talks",
    "By Jane Doe Published November 19, 2019 at 8:59 pm",
    "WASHINGTON — The Senate on Tuesday passed a water bill that had stalled for months, sending it to the House "
    "after a late compromise on funding for rural districts.",
    "The bill sets aside $2 billion for pipes and treatment plants in small towns, its sponsors said.",
    "Share this article", "Copyright 2019 Example Media. All rights reserved.",
])


def test_a_pasted_page_is_dated_by_its_date_line() -> None:
    article = clean(read(Source(name="page.txt", format="text", data=PASTED_PAGE.encode(), mtime=0.0)))
    assert (article.date, article.date_origin) == ("2019-11-19", "text")


def test_a_date_the_source_states_is_kept() -> None:
    page = "---\ntitle: Water bill\ndate: 2019-11-21\n---\n\n" + PASTED_PAGE
    article = clean(read(Source(name="page.md", format="markdown", data=page.encode(), mtime=0.0)))
    assert (article.date, article.date_origin) == ("2019-11-21", "source")


def test_without_a_date_line_the_file_date_stays() -> None:
    page = PASTED_PAGE.replace("By Jane Doe Published November 19, 2019 at 8:59 pm", "By Jane Doe")
    article = clean(read(Source(name="page.txt", format="text", data=page.encode(), mtime=0.0)))
    assert (article.date, article.date_origin) == ("1970-01-01", "file")


@given(st.text(max_size=300))
def test_any_line_gives_a_real_date_or_none(line: str) -> None:
    date = date_line_date(line)
    assert date is None or dt.date.fromisoformat(date).year >= 1950
