"""Timeline: a sentence the speaker broke off before its verb came tells no event; one whose ellipsis left words out
may."""

from __future__ import annotations

import pytest

from briefgen.extract.timeline import extract_timeline
from briefgen.extract.timeline_verbs import breaks_off
from briefgen.model import Article, Paragraph


def _dates(text: str) -> list[tuple[str, str | None]]:
    article = Article(name="t", paragraphs=(Paragraph(text),))  # type: ignore[arg-type]
    return [(e.when, e.date) for e in extract_timeline(article)]


@pytest.mark.parametrize(("text", "broken"), [
    ("And then in 2014 we just ...", True),
    ("Then in 2009 the club really …", True),
    ("“So in 2011 our whole squad ...”", True),
    ("In 2014 the team won the cup …", False),  # (its verb came: a quote trimmed at its end)
    ("“In 2016 the council will …”", False),
    ("In 2012 we … won the cup at last.", False),  # (an ellipsis inside: words left out)
    ("In 2012 we won the cup.", False),
])
def test_breaks_off(text: str, broken: bool) -> None:
    assert breaks_off(text) is broken


@pytest.mark.parametrize(("text", "expected"), [
    ("We played well in 2008. And then in 2014 we just ... I still don't know what went wrong.",
     [("in 2008", "2008")]),
    ("The club was founded in 1990. Then in 2009 the club really … Well, it was a hard year.", [("in 1990", "1990")]),
    ("In 2014 the team won the cup … and the town went wild.", [("in 2014", "2014")]),
])
def test_a_broken_off_sentence_dates_no_event(text: str, expected: list[tuple[str, str]]) -> None:
    assert _dates(text) == expected
