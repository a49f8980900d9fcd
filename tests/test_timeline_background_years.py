"""Timeline: a year inside a sentence is background to the day its news is told on; a year opening it frames it
(timeline_stories.background_year, near_day)."""

from __future__ import annotations

import pytest

from briefgen.extract.timeline import extract_timeline
from briefgen.extract.timeline_stories import background_year, near_day
from briefgen.model import Article, Paragraph


def _whens(text: str) -> list[str]:
    article = Article(name="t", paragraphs=(Paragraph(text),), date=None)  # type: ignore[arg-type]
    return [e.when for e in extract_timeline(article)]


@pytest.mark.parametrize(("name", "text", "whens"), [
    # a year in an apposition or a participle's phrase: the day dates the news
    ("apposition", "Ruiz, the party's candidate for governor in 2010, endorsed the harbour plan on Monday.",
     ["on Monday"]),
    ("participle", "The ferry, built in 1987 for the island route, was sold to a museum on Friday, its owner said.",
     ["on Friday"]),
    ("noun-from", "On Sunday, the council published the harbour accounts from 1999 that showed a large loss.",
     ["on Sunday"]),
    ("comparison", "Ticket sales at the harbour rose 4 percent on the same months in 2016, according to figures "
                   "released Tuesday by the port.", ["Tuesday"]),
    # a year opening the sentence frames the story
    ("opening", "In 2012, the mayor told the council the harbour would reopen on Friday after the repairs.",
     ["in 2012"]),
    ("opening-back", "Back in 2012, the mayor told the council the harbour would reopen on Friday.", ["in 2012"]),
    # a day in a relative clause is that clause's: the first date stands
    ("relative", "A harbour plan drawn up in 2014 was dropped by the council, which the mayor on Monday regretted.",
     ["in 2014"]),
    # alone, a year still dates its sentence
    ("year-alone", "The ferry, built in 1987 for the island route, carried a million passengers.", ["in 1987"]),
])
def test_which_date_tells_a_sentence(name: str, text: str, whens: list[str]) -> None:
    assert _whens(text) == whens


@pytest.mark.parametrize(("when", "sentence", "start", "expected"), [
    ("in 2010", "Ruiz, the candidate in 2010, spoke.", 20, True),
    ("in 2010", "In 2010, Ruiz spoke.", 0, False),
    ("in 2010", "Back in 2010, Ruiz spoke.", 5, False),
    ("Monday", "Ruiz spoke Monday.", 11, False),
    ("March 2010", "Ruiz, elected in March 2010, spoke.", 18, True),
])
def test_background_year(when: str, sentence: str, start: int, expected: bool) -> None:
    assert background_year(when, sentence, start) is expected


@pytest.mark.parametrize(("when", "expected"), [
    ("on Monday", True), ("yesterday", True), ("Tuesday", True), ("in 2010", False), ("Friday, Dec. 6, 2019", False),
])
def test_near_day(when: str, expected: bool) -> None:
    assert near_day(when) is expected
