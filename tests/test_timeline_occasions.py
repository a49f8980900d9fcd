"""Timeline: an occasion named with its year ("after the 1998 Winter Olympics") dates what its sentence tells happened
there, where the occasion opens the sentence or follows a past verb with "after"; elsewhere it dates nothing."""

from __future__ import annotations

import pytest

from briefgen.extract.timeline import extract_timeline
from briefgen.extract.timeline_occasions import occasion_place
from briefgen.model import Article, Paragraph

REF = "2019-11-20"


def _dates(text: str, ref: str | None = REF) -> list[tuple[str, str | None]]:
    article = Article(name="t", paragraphs=(Paragraph(text),), date=ref,  # type: ignore[arg-type]
                      date_origin="source" if ref else "none")
    return [(e.when, e.date) for e in extract_timeline(article)]


@pytest.mark.parametrize(("text", "expected"), [
    ("The skier retired from racing after the 1998 Winter Olympics in Nagano.",
     [("after the 1998 Winter Olympics", "1998")]),
    ("The small party quietly folded after the 2004 election.", [("after the 2004 election", "2004")]),
    ("During the 2006 World Cup, the team reached the semi-finals.", [("during the 2006 World Cup", "2006")]),
    ("In the 2010 mayoral election, turnout was the lowest in decades.", [("in the 2010 mayoral election", "2010")]),
    ("In the 2010 mayoral election in Leeds, only a third of voters took part.",
     [("in the 2010 mayoral election", "2010")]),
    ("At the 2014 Commonwealth Games, the twins won a silver medal together.",
     [("at the 2014 Commonwealth Games", "2014")]),
    ("2008 Championships, we lost the final on penalties.", [("2008 Championships", "2008")]),
    ("“1996 Olympics, we finished fourth,” the coach recalled.", [("1996 Olympics", "1996")]),
    ("But after the 2011 earthquake, the town moved its harbour.", [("after the 2011 earthquake", "2011")]),
])
def test_an_occasion_named_with_its_year_dates_what_happened_there(
        text: str, expected: list[tuple[str, str]]) -> None:
    assert _dates(text) == expected


@pytest.mark.parametrize("text", [
    # a name's background, not the sentence's news
    "Two fishermen killed in the 2011 earthquake are remembered by a plaque on the pier.",
    "The runner, who won gold at the 2000 Olympics, opened a bakery in town.",
    # not past: a plan or a present view
    "In the 2022 election, the party will field a candidate in every seat.",
    "The club hopes to qualify after the 2022 World Cup.",
    # a span, not one occasion
    "In the 2016 election year, the party spent more than ever.",
    "Turnout has fallen steadily since the 2008 election.",
    # a source or a part of something, not a time
    "The figures from the 2012 election show a narrow win.",
    # no occasion's noun
    "In the 2012 season, the club finished third.",
])
def test_an_occasion_elsewhere_dates_nothing(text: str) -> None:
    assert _dates(text) == []


@pytest.mark.parametrize(("text", "phrase", "place"), [
    ("During the 2006 World Cup, the team reached the semi-finals.", "During the 2006 World Cup", "opening"),
    ("And at the 2006 World Cup, the team went out early.", "at the 2006 World Cup", "opening"),
    ("2008 Championships, we lost the final.", "2008 Championships", "opening"),
    ("She retired after the 2012 Paralympics.", "after the 2012 Paralympics", "after a past verb"),
    ("The paper was written long after the 2012 Paralympics.", "after the 2012 Paralympics", "after a past verb"),
    ("She trained hard, and after the 2012 Paralympics she rested.", "after the 2012 Paralympics", None),
    ("The medal she won at the 2012 Paralympics hangs here.", "at the 2012 Paralympics", None),
    ("During the 2006 World Cup the team and its fans travelled together by coach across the country, every day.",
     "During the 2006 World Cup", None),
])
def test_occasion_place(text: str, phrase: str, place: str | None) -> None:
    start = text.index(phrase)
    assert occasion_place(text, start, start + len(phrase)) == place
