"""Timeline: a year that is a measure's baseline ("below 2005 levels") dates nothing; the other dates of its sentence do."""

from __future__ import annotations

import pytest

from briefgen.extract.date_rules import DATE_RULES, RECORD_WORDS, YEAR_BASELINE_NOUNS
from briefgen.extract.timeline import extract_timeline
from briefgen.model import Article, Paragraph


def _events(text: str) -> list[tuple[str, str | None]]:
    article = Article(name="t", paragraphs=(Paragraph(text),), date="2026-02-11", date_origin="source")  # type: ignore[arg-type]
    return [(e.when, e.date) for e in extract_timeline(article)]


@pytest.mark.parametrize(("text", "expected"), [
    ("The city promised to cut its water use 30 percent from 2010 levels by 2035.", [("by 2035", "2035")]),
    ("Wages in the region are still lower than in 1998 dollars, the union said in a report.", []),
    ("Rents fell back to March 2019 levels after the new towers opened in 2024.", [("in 2024", "2024")]),
    ("The bakery's bread costs more than twice what it did in 2001 prices, the owner said.", []),
])
def test_a_baseline_year_is_no_date(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert _events(text) == expected


@pytest.mark.parametrize("text", [
    "The mill reopened in 2005 and levels of hiring rose.",  # ("and" between them: the year is a date)
    "Prices rose sharply in 2005, the board said.",
])
def test_a_year_before_other_words_stays_a_date(text: str) -> None:
    assert _events(text)[0] == ("in 2005", "2005")


@pytest.mark.parametrize("noun", YEAR_BASELINE_NOUNS)
def test_every_baseline_noun_stops_the_year_rules(noun: str) -> None:
    sentence = f"Output stayed near 2012 {noun} after the strike began in 2014."
    found = [m.group(0) for rule in DATE_RULES if rule.name in ("year", "month-year") for m in rule.pattern.finditer(
        sentence.replace("near 2012", "since 2012"))]
    assert found == ["in 2014"]


@pytest.mark.parametrize(("text", "expected"), [
    # a record counted since a time: the time dates nothing (RECORD_BEFORE)
    ("The ferry union won a majority on the board for the first time since 1993.", []),
    ("The harbour now handles its largest cargo since March 2011, the port said on Monday.", [("on Monday", "2026-02-09")]),
    ("Rents in the old town are higher than in any year since 2004.", []),
    ("The river reached levels not seen since 1955 after the storm.", []),
    ("It was the deadliest flood in the valley since Sept. 3, 1998.", []),
    # a span that starts: the time is a date
    ("She has held the harbour master's post since 2001.", [("since 2001", "2001")]),
    ("Most of the fishermen have lived on the island since 1990.", [("since 1990", "1990")]),
])
def test_a_record_since_a_time_is_no_date(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert _events(text) == expected


@pytest.mark.parametrize("word", RECORD_WORDS)
def test_every_record_word_is_read(word: str) -> None:
    assert _events(f"The port had its {word} winter since 1990.") == []
