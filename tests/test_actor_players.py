"""A player NER read as a body in a sports report: a post only a player holds before the name, or what only a player
does after it, says a person (invented sentences, with the NER output the small English model could give)."""

from __future__ import annotations

import pytest

from briefgen.extract.actor_results import entrant_team
from briefgen.extract.actors import extract_actors
from briefgen.model import Article, Paragraph
from ner_helpers import Span, entities

SLUG = ("BASEBALL - MAJOR LEAGUE RESULTS THURSDAY.", ())
PROSE = ("The story begins here with no names at all.", ())


def types(opening: tuple[str, tuple[Span, ...]], text: str, spans: tuple[Span, ...]) -> dict[str, str]:
    paragraphs = (opening, (text, spans))
    article = Article(name="t", paragraphs=tuple(Paragraph(t) for t, _ in paragraphs))
    return {a.name: a.type for a in extract_actors(article, entities=[entities(t, s) for t, s in paragraphs])}


@pytest.mark.parametrize(
    ("opening", "text", "spans", "name", "kind"),
    [
        (SLUG, "Dario Velloso singled home the winning run in the ninth.", (("Dario Velloso", "ORG"),), "Dario Velloso", "person"),
        (SLUG, "Tomas Arrieta pitched two scoreless innings for the win.", (("Tomas Arrieta", "ORG"),), "Tomas Arrieta", "person"),
        (SLUG, "Mateo Quiroga homered twice in the opener.", (("Mateo Quiroga", "GPE"),), "Mateo Quiroga", "person"),
        (SLUG, "Wimbledon finalist Kobus Arendse lost in the first round.", (("Wimbledon", "GPE"), ("Kobus Arendse", "ORG")),
         "Kobus Arendse", "person"),
        (SLUG, "Veteran shortstop Anil Rostow left the game early.", (("Anil Rostow", "ORG"),), "Anil Rostow", "person"),
        # a team scores and wins as a player does: no player's action
        (SLUG, "Port Dalton scored twice in the ninth to win.", (("Port Dalton", "ORG"),), "Port Dalton", "organization"),
        # outside a sports report the verb says nothing ("Dario Velloso doubled its profit")
        (PROSE, "Velloso Holdings doubled its profit last year.", (("Velloso Holdings", "ORG"),), "Velloso Holdings",
         "organization"),
    ],
)
def test_player_read_as_body(opening: tuple[str, tuple[Span, ...]], text: str, spans: tuple[Span, ...], name: str,
                             kind: str) -> None:
    assert types(opening, text, spans).get(name) == kind


@pytest.mark.parametrize(
    ("line", "name", "team"),
    [
        ("3. Rick Dorran (U.S.), Vanta Honda, 54.507", "Vanta Honda", True),
        ("1. Ola Brandt (Norway) Tellmark 4 hours 48 mins", "Tellmark", True),
        ("3. Rick Dorran (U.S.), Vanta Honda, 54.507", "Rick Dorran", False),  # the entrant
        ("2. Rick Dorran (Jamaica), Tom Vasco (Nigeria), Al Ferris (Nigeria) 38.87", "Tom Vasco", False),  # a relay's runner
    ],
)
def test_entrant_team(line: str, name: str, team: bool) -> None:
    assert entrant_team(line, line.index(name)) is team


def test_team_after_ranked_entrant_read_as_person() -> None:
    lines = (("MOTOR RACING - QUALIFIERS FOR THE GRAND PRIX.", ()),
             ("1. Rick Dorran (U.S.), Vanta Honda, 53.980", (("Rick Dorran", "PERSON"), ("U.S.", "GPE"), ("Vanta Honda", "PERSON"))),
             ("2. Joe Palla (Italy), Vanta Honda, 54.120", (("Joe Palla", "PERSON"), ("Italy", "GPE"), ("Vanta Honda", "PERSON"))))
    article = Article(name="t", paragraphs=tuple(Paragraph(t) for t, _ in lines))
    found = {a.name: a.type for a in extract_actors(article, entities=[entities(t, s) for t, s in lines])}
    assert found["Vanta Honda"] == "organization" and found["Rick Dorran"] == "person"
