"""A name two states share ("Korea") is the one of them the article names (actor_states.DIVIDED_STATE_NAMES), and
FIFA's names of states ("Korea Republic") are their other names in data/states.tsv."""

import pytest

from briefgen.extract.actors import extract_actors
from briefgen.extract.gazetteer import gazetteer
from briefgen.model import Article, Paragraph


def _actors(*paragraphs):
    return {a.name: a for a in extract_actors(Article(name="t", paragraphs=tuple(Paragraph(p) for p in paragraphs)))}


@pytest.mark.parametrize("paragraphs, state", [
    (("In the opening game, Mexico beat South Korea 2 – 1 in front of a full house.",
      "Korea's captain was booked in the second half after a late tackle."), "South Korea"),
    (("The talks with North Korea ended without a date for the next round, envoys said.",
      "Officials in Korea said a further test could come within weeks."), "North Korea"),
])
def test_the_shared_name_is_the_one_state_named(paragraphs, state):
    actors = _actors(*paragraphs)
    assert "Korea" in actors[state].aliases
    assert actors[state].type == "state"
    assert "Korea" not in actors


@pytest.mark.parametrize("paragraphs", [
    # both named, or neither: the peninsula, as written
    ("Both South Korea and North Korea sent teams to the games, the organisers said.",
     "A joint team from Korea marched under one flag at the opening."),
    ("Tea was traded across Korea and Japan for centuries, the museum's guide said.",),
])
def test_the_shared_name_stays_itself(paragraphs):
    actors = _actors(*paragraphs)
    assert not any("Korea" in a.aliases for a in actors.values())


@pytest.mark.parametrize("form, state", [
    ("Korea Republic", "South Korea"), ("Korea DPR", "North Korea"), ("IR Iran", "Iran"), ("China PR", "China"),
])
def test_fifa_names_are_other_names(form, state):
    assert gazetteer().states[form.lower()] == state
