"""Timeline: a year that opens a sentence ("In 2014, …"), not one in a headline's Title Case, nor an opening "Since"
that starts a record's count (date_rules.YEAR_PREPOSITIONS, RECORD_AFTER_OPENING_SINCE)."""

from __future__ import annotations

import pytest

from briefgen.extract.timeline import extract_timeline
from briefgen.model import Article, Paragraph


def _dates(text: str) -> list[tuple[str, str | None]]:
    article = Article(name="t", paragraphs=(Paragraph(text),), date="2021-03-09", date_origin="source")  # type: ignore[arg-type]
    return [(e.when, e.date) for e in extract_timeline(article)]


@pytest.mark.parametrize(("name", "text", "expected"), [
    ("in", "In 2014, the old paper mill by the river closed for good.", [("in 2014", "2014")]),
    ("in-no-comma", "In 1987 the ferry company moved its offices to the harbour.", [("in 1987", "1987")]),
    ("by", "By 2012, the village school had lost half of its pupils.", [("by 2012", "2012")]),
    ("from-span", "From 2003 to 2008 the bakery supplied bread to every school in town.", [("from 2003", "2003")]),
    ("after-a-colon", "The warnings proved right: In 1998, the dam gave way after a week of rain.", [("in 1998", "1998")]),
    ("opening-a-quotation", "“In 2006, we rebuilt the whole pier by hand,” the harbour master said.",
     [("in 2006", "2006")]),
    # the first date of the sentence dates its one event
    ("first-of-two", "In 2010, the club sold its ground, and in 2015, it moved to a new town.", [("in 2010", "2010")]),
    # a span that starts, with no record told
    ("since-span", "Since 2009, the orchestra has played every summer in the castle yard.", [("since 2009", "2009")]),
])
def test_a_year_opening_a_sentence_dates_it(name: str, text: str, expected: list[tuple[str, str]]) -> None:
    assert _dates(text) == expected


@pytest.mark.parametrize(("name", "text"), [
    # a headline in Title Case: the preposition after a word is no sentence's opening
    ("headline-in", "Ten Songs Everyone Hummed In 2012 And Why We Still Do"),
    ("headline-until", "The New Bridge Stays Shut Until 2024, But The Ferry Runs"),
    # an opening "Since" with a record after it: the year starts a count
    ("record-only", "Since 1984, only two mayors of the town have won a third term."),
    ("record-just", "Since 1990, just one team from the valley has reached the final."),
    ("record-first", "Since 1975, the first snow has never come so late in the year."),
])
def test_no_event_dated(name: str, text: str) -> None:
    assert _dates(text) == []
