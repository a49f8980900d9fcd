"""Sports clubs and teams are organisations: by their own words ('Real Madrid', 'Bolton Wanderers', 'Dallas
Cowboys'), and a town's one-word name beside a club's words in a sports report ('beat Sevilla', 'Valencia were')."""

from __future__ import annotations

import pytest

from briefgen.extract.actor_candidate import Candidate
from briefgen.extract.actor_teams import sporting
from briefgen.extract.actor_types import type_of
from briefgen.extract.actors import extract_actors
from briefgen.extract.nlp import Entity
from briefgen.model import Article, Paragraph

REPORT = "The striker scored twice and the goalkeeper saved a penalty as the league leaders won."


@pytest.mark.parametrize(("name", "kind", "expected"), [
    ("Real Sociedad", "place", "organization"),  # a club's first word
    ("Sporting Lisbon", "place", "organization"),
    ("Bolton Wanderers", "person", "organization"),  # a club's last word
    ("Leeds United", "person", "organization"),
    ("Plymouth Argyle", "person", "organization"),
    ("Denver Broncos", "person", "organization"),  # a team's plural nickname
    ("Wigan Warriors", "place", "organization"),
    ("Boston Red Sox", "person", "organization"),
    # negatives: a given name and a surname; a surname's plural; a city
    ("David Villa", "person", "person"),
    ("Emma Roberts", "person", "person"),
    ("Kansas City", "place", "place"),
    ("Cape Town", "place", "place"),
])
def test_a_club_by_its_own_words(name: str, kind: str, expected: str) -> None:
    text = f"On Saturday {name} were in the news again."
    c = Candidate(name, kind, text, text.index(name), 1)  # type: ignore[arg-type]
    assert type_of(c)[0] == expected


@pytest.mark.parametrize(("sentence", "name", "kind", "report", "expected"), [
    ("Celta Vigo beat Osasuna on Sunday.", "Osasuna", "place", True, "organization"),
    ("He scored twice against Malaga in the cup.", "Malaga", "place", True, "organization"),
    ("Former Porto winger Ricardo joined the club.", "Porto", "person", True, "organization"),
    ("Levante were reduced to ten men.", "Levante", "place", True, "organization"),
    ("It was his first goal for Burnley this season.", "Burnley", "place", True, "organization"),
    # negatives: no sports report; a sovereign state (a national side is the country); a person's surname, a given
    # name; a place with no club words beside it
    ("Protesters marched against Malaga's new port.", "Malaga", "place", False, "place"),
    ("The side lost against Portugal in the final.", "Portugal", "place", True, "state"),
    ("A late header to equalise for Korea went wide.", "Korea", "place", True, "place"),
    ("Nadal beat Federer in the final.", "Federer", "person", True, "person"),
    ("The draw with Georgia was a relief.", "Georgia", "person", True, "person"),  # (NER's label stands)
    ("The team flew into Malaga on Friday.", "Malaga", "place", True, "place"),
])
def test_a_club_in_a_sports_report(sentence: str, name: str, kind: str, report: bool, expected: str) -> None:
    persons = frozenset({"Roger Federer", "Federer"})
    c = Candidate(name, kind, sentence, sentence.index(name), 1, persons=persons, sporting=report)  # type: ignore[arg-type]
    assert type_of(c)[0] == expected


@pytest.mark.parametrize(("name", "kind", "report", "expected"), [
    ("Stoke City", "place", True, "organization"),
    ("Ipswich Town", "person", True, "organization"),
    ("Derby County", "place", True, "organization"),
    # negatives: no sports report; a capital; a name NER read as a body stays one
    ("Stoke City", "place", False, "place"),
    ("Mexico City", "place", True, "place"),
])
def test_a_town_s_club_in_a_sports_report(name: str, kind: str, report: bool, expected: str) -> None:
    text = f"Fans travelled from {name} for the game."
    c = Candidate(name, kind, text, text.index(name), 0, sporting=report)  # type: ignore[arg-type]
    assert type_of(c)[0] == expected


@pytest.mark.parametrize(("texts", "expected"), [
    ([REPORT], True),
    (["The minister said the league of nations had failed.", "He scored a point in the debate."], False),
])
def test_sporting(texts: list[str], expected: bool) -> None:
    assert sporting(texts) is expected


@pytest.mark.parametrize(("second", "expected"), [
    # "Borussia Dortmund" read as a person, then "Dortmund" as a place: one club, not a city beside it
    ("Dortmund paid a fee for the striker, who scored a penalty on his debut.",
     {"Borussia Dortmund": ("organization", ("Dortmund",), 2)}),
    # "in Dortmund": the town the club plays in
    ("The striker scored a penalty on his debut in Dortmund.",
     {"Borussia Dortmund": ("organization", (), 1), "Dortmund": ("place", (), 1)}),
])
def test_a_club_s_short_name_is_the_club(second: str, expected: dict[str, tuple[str, tuple[str, ...], int]]) -> None:
    paragraphs = ("Borussia Dortmund signed the midfielder from the league champions.", second, REPORT)
    spans = ((("Borussia Dortmund", "PERSON"),), (("Dortmund", "GPE"),), ())
    ents = []
    for text, found in zip(paragraphs, spans):
        ents.append([Entity(s, label, text.index(s), text.index(s) + len(s)) for s, label in found])
    article = Article(name="t", paragraphs=tuple(Paragraph(t) for t in paragraphs))
    actors = {a.name: (a.type, a.aliases, a.mentions) for a in extract_actors(article, entities=ents)}
    assert actors == expected
