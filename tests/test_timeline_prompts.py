"""Timeline: a sentence addressed to the reader (timeline_prompts.READER_PROMPTS) or page furniture dates no event."""

from __future__ import annotations

import pytest

from briefgen.extract.timeline import extract_timeline
from briefgen.extract.timeline_prompts import reader_prompt
from briefgen.model import Article, Paragraph

REF = "2019-11-19"  # a Tuesday


def _whens(text: str) -> list[str]:
    article = Article(name="t", paragraphs=(Paragraph(text),), date=REF, date_origin="source")  # type: ignore[arg-type]
    return [e.when for e in extract_timeline(article)]


@pytest.mark.parametrize(("sentence", "rule"), [
    ("Tune in tonight at 8 p.m. for the mayor's last speech to the council.", "prompt.imperative"),
    ("Listen to our reporters' take on Monday's council vote in the podcast below.", "prompt.imperative"),
    ("Read on for the ten gadgets that impressed us most this year.", "prompt.imperative"),
    ("“Don't miss our live coverage of the harbour vote on Thursday.", "prompt.imperative"),
    ("This is Harbour Weekly for Tuesday, November 19, 2019.", "prompt.newsletter-greeting"),
    ("We bring you the best deals we've spotted today on laptops and phones.", "prompt.deals"),
])
def test_a_prompt_to_the_reader_dates_nothing(sentence: str, rule: str) -> None:
    assert reader_prompt(sentence) == rule
    assert _whens(sentence) == []


@pytest.mark.parametrize("sentence", [
    "Watchdogs warned on Monday that the harbour wall was unsafe.",
    "Listeners called the station on Tuesday to complain about the new schedule.",
    "This is the budget that the council rejected in 2010.",
    "Readers wrote to the paper last week about the closed ferry route.",
])
def test_news_is_no_prompt(sentence: str) -> None:
    assert reader_prompt(sentence) is None
    assert len(_whens(sentence)) == 1


def test_page_furniture_dates_nothing() -> None:
    # (summary_lines.FURNITURE_LINES: a box of headlines)
    paragraphs = ("River Radio's top local headlines for March 3 are here.",
                  "The council closed the harbour bridge on Monday after engineers found cracks in its piers.")
    article = Article(name="t", paragraphs=tuple(Paragraph(p) for p in paragraphs), date="2026-03-04",
                      date_origin="source")
    assert [e.when for e in extract_timeline(article)] == ["on Monday"]
