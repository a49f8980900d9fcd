"""Timeline: a bare "Sept. 11" in an article that names the attacks elsewhere, near the anniversary or not, and a
weekday inside a story told of an earlier year (date_restated.stated_years, restated_day, _anniversary)."""

from __future__ import annotations

import pytest

from briefgen.extract.timeline import extract_timeline
from briefgen.model import Article, Paragraph

NAMED = "The harbour town changed for good after the Sept. 11 attacks."
SHORTHAND = "The harbour town changed for good after 9/11."


def _timeline(paragraphs: list[str], date: str) -> list[tuple[str, str | None]]:
    article = Article(name="t", paragraphs=tuple(Paragraph(p) for p in paragraphs), date=date,  # type: ignore[arg-type]
                      date_origin="source")
    return [(e.when, e.date) for e in extract_timeline(article)]


@pytest.mark.parametrize(("name", "paragraphs", "date", "expected"), [
    # "9/11" gives a bare mention 2001's year, months away from the anniversary
    ("shorthand-far", [SHORTHAND, "Two of its firemen worked at the towers on Sept. 11 and later fell ill."],
     "2026-02-11", [("Sept. 11", "2001-09-11")]),
    # near the anniversary a bare mention is that year's day
    ("shorthand-anniversary", [SHORTHAND, "On Sept. 11, crowds gathered by the harbour to read the names of the dead."],
     "2025-09-12", [("Sept. 11", "2025-09-11")]),
    ("stated-anniversary", ["The consulate was stormed on Sept. 11, 2012 by armed men.",
                            "On Sept. 11, crowds gathered by the consulate to read the names of the dead."],
     "2013-09-12", [("Sept. 11, 2012", "2012-09-11"), ("Sept. 11", "2013-09-11")]),
    # with its event's noun it stays the event's, near the anniversary too
    ("named-anniversary", [NAMED], "2025-09-12", [("Sept. 11", "2001-09-11")]),
    # a day to come is never the attacks'
    ("to-come", [SHORTHAND, "The new harbour museum will open its doors on Sept. 11 with a small exhibition."],
     "2026-02-11", [("Sept. 11", "2026-09-11")]),
    # the attacks named with their noun state no year for a bare mention ("the Sept. 11 attack" may be 2012's): the
    # closest year, as any month's day
    ("named-elsewhere", [NAMED, "Two of its firemen worked at the towers on Sept. 11 and later fell ill."],
     "2026-02-11", [("Sept. 11", "2001-09-11"), ("Sept. 11", "2025-09-11")]),
    ("not-named", ["The ferry company raised its fares on Sept. 11 after a stormy summer."],
     "2025-11-20", [("Sept. 11", "2025-09-11")]),
    # a year the article states the day with, away from the anniversary
    ("stated-year", ["The consulate was stormed on Sept. 11, 2012 by armed men.",
                     "Guards at the consulate had asked for help before Sept. 11, officials said."],
     "2013-02-11", [("Sept. 11, 2012", "2012-09-11"), ("Sept. 11", "2012-09-11")]),
])
def test_a_bare_named_day(name: str, paragraphs: list[str], date: str, expected: list[tuple[str, str]]) -> None:
    assert _timeline(paragraphs, date) == expected


@pytest.mark.parametrize(("name", "text", "expected"), [
    # a weekday inside a story of an earlier year: the sentence's first date, the year, dates its one event
    ("last-year", "Last year, the mayor said the vote on the harbour would come next Tuesday.", [("last year", "2020")]),
    ("in-year", "In 2015, the mayor said the council would vote on the harbour on Tuesday.", [("in 2015", "2015")]),
    ("ago", "Two years ago the mayor promised that the harbour pool would reopen on Friday.",
     [("two years ago", "2019")]),
])
def test_a_weekday_in_a_past_story(name: str, text: str, expected: list[tuple[str, str]]) -> None:
    assert _timeline([text], "2021-03-09") == expected
