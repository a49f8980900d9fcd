"""Timeline: a year opening a sentence that frames a state since then or a hypothetical dates no event; a week names
no one day."""

from __future__ import annotations

import pytest

from briefgen.extract.timeline import extract_timeline
from briefgen.extract.timeline_openings import opening_year_non_event
from briefgen.model import Article, Paragraph

REF = "2019-11-20"  # a Wednesday


def _dates(text: str, ref: str | None = None) -> list[tuple[str, str | None]]:
    article = Article(name="t", paragraphs=(Paragraph(text),), date=ref,  # type: ignore[arg-type]
                      date_origin="source" if ref else "none")
    return [(e.when, e.date) for e in extract_timeline(article)]


@pytest.mark.parametrize(("rule", "text"), [
    ("state since", "Since 1988, most of the island's doctors have been women."),
    ("state since", "Since 2003, it's been the busiest ferry line on the coast."),
    ("state since", "Since 2011, the harbour towns have become steadily poorer."),
    ("state since", "Since 1995, the old lighthouse has remained closed to visitors."),
    ("state since", "But since 1990, the valley's farms have stayed in the same three families."),
    ("hypothetical", "By 2040, the rising sea would cover half of the lower town, the study found."),
    ("hypothetical", "In 2035, the valley could run short of water for the first time."),
    ("hypothetical", "“By 2030, the mill might employ twice as many people,” the owner said."),
    ("present state", "“In 2018, it's harder than ever to find a berth here,” the harbour master said."),
    ("present state", "In 2031, it is a quieter town than the one the miners left."),
])
def test_an_opening_year_of_a_state_or_a_hypothetical_dates_no_event(rule: str, text: str) -> None:
    start = text.index(next(w for w in ("Since", "since", "By", "In") if w in text))
    end = start + len(text[start:].split(",")[0])
    assert opening_year_non_event(text, start, end, text[start:end]) == rule
    assert _dates(text) == []


@pytest.mark.parametrize(("text", "expected"), [
    # an event at the year, or an action that starts then
    ("In 2014, the old paper mill by the river closed for good.", [("in 2014", "2014")]),
    ("Since 2009, the orchestra has played every summer in the castle yard.", [("since 2009", "2009")]),
    ("By 2012, the village school had lost half of its pupils.", [("by 2012", "2012")]),
    # the modal belongs to another clause: the event is the saying, or the unveiling
    ("In 2008, the mayor said the bridge would be rebuilt within a year.", [("in 2008", "2008")]),
    ("In 2015, the council unveiled what would become the town's new harbour plan.", [("in 2015", "2015")]),
    ("In 2010, officials predicted the ferry would close.", [("in 2010", "2010")]),
    # a future told with "will" is still a planned event
    ("By 2030, the city will open three new schools in the north.", [("by 2030", "2030")]),
    # a story's "would" telling what came next
    ("In 1968, the young lawyer would go on to win the seat.", [("in 1968", "1968")]),
    ("By 1975, the firm would eventually employ most of the town.", [("by 1975", "1975")]),
    # "it" in the past, or a plan, or a passive that may tell an event
    ("In 2012, it was the wettest summer the valley had known.", [("in 2012", "2012")]),
    ("In 2026, it is set to host the regional games.", [("in 2026", "2026")]),
    ("In 2014, it is believed, the last ferry left the old pier.", [("in 2014", "2014")]),
    # "could not" tells a past fact; a link word opens the sentence as well
    ("And in 2012, the mayor and her deputy could not agree on a budget.", [("in 2012", "2012")]),
    # a state since a year told inside a sentence is not this rule's
    ("The mill, which has been closed since 1995, is for sale.", [("since 1995", "1995")]),
])
def test_an_opening_year_of_an_event_still_dates_it(text: str, expected: list[tuple[str, str]]) -> None:
    assert _dates(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a Wednesday's article: last week ran from Monday 11 to Sunday 17 November; this week lies in November too
    ("The boy brought his clock to school last week.", [("last week", "2019-11")]),
    ("The harbour board met twice this week to discuss the fees.", [("this week", "2019-11")]),
])
def test_a_week_is_dated_by_its_month(text: str, expected: list[tuple[str, str]]) -> None:
    assert _dates(text, REF) == expected


@pytest.mark.parametrize(("ref", "text", "expected"), [
    # a week that runs over a month's end is only its year's; over a year's end, no date
    ("2019-11-20", "The ferry will be back in service next week, the operator said.", [("next week", "2019")]),
    ("2019-10-09", "The ferry company sold two boats last week.", [("last week", "2019")]),
    ("2020-01-08", "The ferry company sold two boats last week.", [("last week", None)]),
    ("2019-11-27", "The ferry will be back in service next week, the operator said.", [("next week", "2019-12")]),
])
def test_a_week_over_a_months_end(ref: str, text: str, expected: list[tuple[str, str | None]]) -> None:
    assert _dates(text, ref) == expected
