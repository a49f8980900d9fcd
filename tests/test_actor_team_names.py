"""A town and a team's plural nickname NER read apart or missed are one team in a sports report
(actor_team_names.team_entities)."""

import pytest

from briefgen.extract.actor_team_names import team_entities
from briefgen.extract.actors import extract_actors
from briefgen.extract.nlp import Entity
from briefgen.model import Article, Paragraph


def _ent(text, sentence, label):
    start = sentence.index(text)
    return Entity(text, label, start, start + len(text))


@pytest.mark.parametrize("sentence, read, team", [
    # the town read as a place, the nickname as a person
    ("Rookie Ty Bell pitched well as the Florida Marlins won 4-2.", [("Florida", "GPE"), ("Marlins", "PERSON")],
     "Florida Marlins"),
    # the town read, the nickname missed
    ("The Detroit Tigers lost at home.", [("Detroit", "GPE")], "Detroit Tigers"),
    # nothing read: a US state the tables know
    ("A late homer lifted the Minnesota Twins past Oakland.", [("Oakland", "GPE")], "Minnesota Twins"),
    # two town words with a dot
    ("Sam Ortiz homered for the St. Louis Cardinals.", [("Sam Ortiz", "PERSON"), ("St. Louis", "GPE")],
     "St. Louis Cardinals"),
])
def test_town_and_nickname_are_one_team(sentence, read, team):
    ents = [_ent(t, sentence, label) for t, label in read]
    out = team_entities(sentence, ents)
    assert (team, "ORG") in [(e.text, e.label_) for e in out]
    assert not any(e.text != team and team.startswith(e.text) for e in out)  # (the town's entity replaced)


@pytest.mark.parametrize("sentence, read", [
    ("The Twins lost again on Friday.", []),                                    # "The" is no town
    ("Coach Dale Brewers praised the fans.", [("Dale Brewers", "PERSON")]),      # a player's or coach's name
    ("Fans cheered the Boston Red Sox at Fenway.", [("the Boston Red Sox", "ORG"), ("Fenway", "FAC")]),  # read whole
    ("The Kansas City Royals won.", [("The Kansas City Royals", "ORG")]),        # read whole, "The" in it
])
def test_other_names_stay_as_read(sentence, read):
    ents = [_ent(t, sentence, label) for t, label in read]
    assert team_entities(sentence, ents) == ents


def test_a_report_names_the_team_and_not_the_state():
    paragraphs = ("BASEBALL - TWINS LOSE IN 12TH.",
                  "Tom Hale homered in the 12th inning as the Brewers rallied past the Minnesota Twins 5-4 on Friday.",
                  "The Brewers pitcher struck out nine.")
    actors = {a.name: a.type for a in extract_actors(Article(name="t", paragraphs=tuple(Paragraph(p) for p in paragraphs)))}
    assert actors.get("Minnesota Twins") == "organization"
    assert "Minnesota" not in actors
