"""Capitalised plurals of common words in a parenthesised list of kinds of things are no actors; a leader's surname
used alone is a person, whatever NER read."""

from __future__ import annotations

import pytest

from briefgen.extract.actor_candidate import Candidate
from briefgen.extract.actor_common_words import common_words
from briefgen.extract.actor_types import type_of
from briefgen.extract.actors import extract_actors
from briefgen.extract.nlp import Entity
from briefgen.model import Article, Paragraph


@pytest.mark.parametrize(("name", "kind", "expected"), [
    ("Obama", "place", "person"),
    ("Merkel", "organization", "person"),
    ("Netanyahu", "place", "person"),
    # negatives: a leader's name that is also a place's stays with the other rules; a person stays one
    ("Lincoln", "place", "place"),
    ("Putin", "person", "person"),
])
def test_a_leader_s_surname_alone_is_a_person(name: str, kind: str, expected: str) -> None:
    text = f"Take say on {name}, whose advisor spoke."
    assert type_of(Candidate(name, kind, text, text.index(name), 1))[0] == expected  # type: ignore[arg-type]


def _names(paragraph: str, spans: list[tuple[str, str]]) -> set[str]:
    ents = [[Entity(s, label, paragraph.index(s), paragraph.index(s) + len(s)) for s, label in spans]]
    article = Article(name="t", paragraphs=(Paragraph(paragraph),))
    return {a.name for a in extract_actors(article, entities=ents)}


needs_lists = pytest.mark.skipif(not common_words(), reason="no lemmatizer word lists installed")


@needs_lists
@pytest.mark.parametrize(("paragraph", "spans", "gone", "kept"), [
    # a list of kinds of things, one of them in lower case
    ("The lab handles returned samples (Moon Rocks, Genesis chips, Meteorites, and Interplanetary Dust Particles).",
     [("Moon Rocks", "ORG"), ("Meteorites", "ORG"), ("Interplanetary Dust Particles", "ORG")],
     {"Moon Rocks", "Meteorites", "Interplanetary Dust Particles"}, set()),
    # negatives: a list of bands, all names; the same names outside a list; a listed body; a team's nickname
    ("He toured with bands (Arctic Monkeys, Foo Fighters, Green Days) that year.",
     [("Arctic Monkeys", "ORG")], set(), {"Arctic Monkeys"}),
    ("The lab handles Moon Rocks from the missions.", [("Moon Rocks", "ORG")], set(), {"Moon Rocks"}),
    ("Members came (United Nations, aid workers, Red Cross) to the camp.",
     [("United Nations", "ORG")], set(), {"United Nations"}),
    ("Fans came (Golden State Warriors, school kids, Lakers) to the game.",
     [("Golden State Warriors", "ORG")], set(), {"Golden State Warriors"}),
])
def test_kinds_of_things_in_a_list_are_no_actors(paragraph: str, spans: list[tuple[str, str]], gone: set[str],
                                                 kept: set[str]) -> None:
    names = _names(paragraph, spans)
    assert not names & gone and kept <= names
