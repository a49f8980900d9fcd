"""A weekday with its own date after it is dated by that date, not as the last or next such weekday."""

from __future__ import annotations

import pytest

from briefgen.extract.timeline import extract_timeline
from briefgen.model import Article, Paragraph

REF = "2019-11-19"  # a Tuesday


def _dates(text: str) -> list[tuple[str, str | None]]:
    article = Article(name="t", paragraphs=(Paragraph(text),), date=REF, date_origin="source")  # type: ignore[arg-type]
    return [(e.when, e.date) for e in extract_timeline(article)]


@pytest.mark.parametrize(("text", "dated"), [
    ("Seats for the spring concerts at the old theatre go on sale Friday, Dec. 6 at the box office.",
     [("Dec. 6", "2019-12-06")]),
    ("The harbour council met again on Sunday, October 13th, 2019 to vote on the new sea wall.",
     [("October 13th, 2019", "2019-10-13")]),
    ("The band closed its tour with a long set at the city hall on Monday night (Nov. 18) before a full house.",
     [("Nov. 18", "2019-11-18")]),
    ("The mayor opened the new bridge across the river on Wednesday, 6 November, with the two local schools.",
     [("6 November", "2019-11-06")]),
    # a weekday alone is still the last one
    ("The mayor opened the new bridge across the river on Friday with pupils of the two local schools.",
     [("on Friday", "2019-11-15")]),
])
def test_a_weekday_with_its_date(text: str, dated: list[tuple[str, str | None]]) -> None:
    assert _dates(text) == dated


@pytest.mark.parametrize(("text", "dated"), [
    # a day of the story's own time: no date the article's could give it
    ("At noon on the last Friday in August, the harbour board met the builders at the town hall.", []),
    ("One Sunday in late 2001, the old ferry captain sat down in his kitchen and wrote the letter.",
     [("late 2001", "2001")]),
    ("The town votes, as always, on the first Tuesday in November, the clerk reminded the council.", []),
    # a day counted from another event: "the Wednesday after the caucus"
    ("She spoke to the local radio station on the Wednesday after the county fair, her aide recalled.", []),
    ("Their last meeting was held the Saturday before the harvest festival in the old mill.", []),
    ("The mayor called the council on the Friday following the flood to ask for more pumps.", []),
    # without "the" the weekday is the article's, and "after" opens a phrase of its own
    ("The mayor spoke on Friday after the council's vote on the new harbour.", [("on Friday", "2019-11-15")]),
    # the article's own days still resolve
    ("The board met the builders at the town hall on Friday to sign the contract for the harbour.",
     [("on Friday", "2019-11-15")]),
    ("Last Friday's storm closed the harbour road for most of the day, officials said.",
     [("last Friday", "2019-11-15")]),
])
def test_a_weekday_of_the_storys_own_time(text: str, dated: list[tuple[str, str | None]]) -> None:
    assert _dates(text) == dated


@pytest.mark.parametrize(("text", "dated"), [
    # "the last week of October": a part of another period, no date
    ("Ticket sales peaked in the last week of October, after the band's first concert in the old hall.", []),
    ("The mayor signed the harbour plan in the last year of her second term.", []),
    # without "the" the period is the article's, and "of" belongs to a noun
    ("At a hearing last month of the council's budget committee, the mayor defended the harbour plan.",
     [("last month", "2019-10")]),
    ("The leak led to the disclosure this week of the council's plans for the harbour.", [("this week", "2019-11")]),
])
def test_the_last_week_of_another_period(text: str, dated: list[tuple[str, str | None]]) -> None:
    assert _dates(text) == dated


@pytest.mark.parametrize(("text", "dated"), [
    # "in the past month", "for the last year": a span up to the day it is told, not last month's or last year's dates
    ("The number of riders on the harbour ferry has doubled in the past month, the operator said.", []),
    ("For the last year the old mill has housed a bakery and two small workshops.", []),
    ("The council expects to raise the harbour fees by a tenth over the next year.", []),
    ("In provincial elections the next year, the farmers' party won four more seats.", []),
    # without "the" the period is the calendar one before or after the article's
    ("The ferry operator doubled its fleet last year, the mayor said.", [("last year", "2018")]),
    ("The harbour board will vote on the fees next month.", [("next month", "2019-12")]),
    # a week is left dated: the past seven days and last week are near enough the same (its month: a week is no day)
    ("The mayor met the fishermen twice over the past week to hear their complaints.", [("past week", "2019-11")]),
])
def test_the_past_month_is_a_span(text: str, dated: list[tuple[str, str | None]]) -> None:
    assert _dates(text) == dated


@pytest.mark.parametrize(("text", "dated"), [
    # a change measured against a time: the figure is today's, the time its baseline
    ("Ferry tickets sold at the harbour were down 12 percent from a year ago, the operator said.", []),
    ("The mill's profits dropped sharply from last year, its owners told the council.", []),
    ("The town now has 40 lifeguards on the beach, up from 25 last year.", []),
    ("Turnout in the harbour ward was up about 9 points from 2015, the clerk said.", []),
    ("Both figures are about 10 points higher than in 2012.", []),
    # not a count of time ("more than a year ago"), nor a span ("from 2009 to 2012"), nor a source ("from 2015")
    ("The harbour plan was first put to the council more than a year ago.", [("a year ago", "2018")]),
    ("The number of ferries fell 5 percent from 2009 to 2012, the operator said.", [("from 2009", "2009")]),
    ("The museum showed a photograph of the harbour from 2015.", [("from 2015", "2015")]),
])
def test_a_change_s_baseline_dates_nothing(text: str, dated: list[tuple[str, str | None]]) -> None:
    assert _dates(text) == dated
