"""Two dates of one sentence that tell its one story give one event; two clauses of their own give two."""

from __future__ import annotations

import pytest

from briefgen.extract.timeline import extract_timeline
from briefgen.model import Article, Paragraph

REF = "2019-11-19"  # a Tuesday


def _whens(text: str) -> list[str]:
    article = Article(name="t", paragraphs=(Paragraph(text),), date=REF, date_origin="source")  # type: ignore[arg-type]
    return [e.when for e in extract_timeline(article)]


@pytest.mark.parametrize(("text", "whens"), [
    # a date in a relative clause of the sentence's own event: one event, the one cut to its clause
    ("The company, which is expected to lay off thousands of employees beginning this week as it faces ballooning "
     "losses, confirmed on Monday that it had been contacted by the office of the NYAG, Letitia James.", ["on Monday"]),
    # a later date inside what was announced before: not the article's "next year", no second event
    ("A year ago, the agency announced that nine companies were eligible to bid for contracts to regularly launch "
     "spacecraft carrying instruments and experiments, and to land that cargo on the moon as early as next year.",
     ["a year ago"]),
    # two clauses, each with its own subject: two events
    ("Tariffs on imported goods were increased from 10% to 25% in May 2019, and the list of goods affected by them "
     "expanded in September 2019 to cover clothes, shoes, televisions and a long list of other household items.",
     ["May 2019", "September 2019"]),
])
def test_one_event_per_story_of_a_sentence(text: str, whens: list[str]) -> None:
    assert sorted(_whens(text)) == sorted(whens)


@pytest.mark.parametrize(("text", "events"), [
    # "and" with no comma between two dated clauses: each date keeps its own clause, none is lost as a repeat
    ("Engineers from every member state of the alliance will be asked to send their designs for the new harbour wall "
     "this month and a panel of builders and local officials will choose the best of them in the spring of next year, "
     "the port authority said.",
     {"this month": "Engineers from every member state of the alliance will be asked to send their designs for the "
                    "new harbour wall this month.",
      "next year": "A panel of builders and local officials will choose the best of them in the spring of next year."}),
    ("The agency hopes to land the first rover, and a small drone, on the floor of the crater by 2027 and to build a "
     "permanent, crewed research station at the edge of that same crater by 2031.",
     {"by 2027": "The agency hopes to land the first rover, and a small drone, on the floor of the crater by 2027.",
      "by 2031": "The agency hopes to land the first rover, and a small drone … and to build a permanent, crewed "
                 "research station at the edge of that same crater by 2031."}),
])
def test_and_between_two_dated_clauses(text: str, events: dict[str, str]) -> None:
    article = Article(name="t", paragraphs=(Paragraph(text),), date=REF, date_origin="source")  # type: ignore[arg-type]
    assert {e.when: e.event for e in extract_timeline(article)} == events


@pytest.mark.parametrize("text", [
    # no second date after the "and": the date's clause runs on through it
    "At a rally held in a crowded school gym in the north of the state, the senator spoke for an hour last week and "
    "his voice sounded hoarse after a long spell of campaigning across the region.",
    # a second date, but the "and" joins two objects of one verb: no clause of its own
    "Ms Okafor, who led the team that has studied the crater for many years, met the mayor last week and the staff of "
    "the old harbour, months before the vote due in 2031.",
])
def test_and_without_a_second_dated_clause_is_not_cut(text: str) -> None:
    article = Article(name="t", paragraphs=(Paragraph(text),), date=REF, date_origin="source")  # type: ignore[arg-type]
    assert all(" and " in e.event for e in extract_timeline(article) if e.when == "last week")
