"""A word NER ran onto the front of a full name ('Shocked Terry Cooper', 'Tory Ruth Davidson') is no part of it; a
noun there names the person's post."""

from __future__ import annotations

import pytest

from briefgen.extract.actor_common_words import without_run_on_word, without_trailing_opener
from briefgen.extract.actors import extract_actors
from briefgen.extract.nlp import Entity
from briefgen.model import Article, Paragraph


@pytest.mark.parametrize(("name", "expected"), [
    ("Stunned Carol Hughes", "Carol Hughes"),  # a caption's adjective
    ("Labourite Susan Webb", "Susan Webb"),  # a description
    ("Lewis Hamilton Hamilton", "Lewis Hamilton"),  # the surname read twice
    # negatives: two given names; a given name that is also a word; a first word no given name follows
    ("Mary Ann Smith", "Mary Ann Smith"),
    ("Rose Mary Woods", "Rose Mary Woods"),
    ("Frank Lee Smith", "Frank Lee Smith"),
    ("Bilbao Aritz Aduriz", "Bilbao Aritz Aduriz"),
    ("Martin Luther King", "Martin Luther King"),
])
def test_without_run_on_word(name: str, expected: str) -> None:
    assert without_run_on_word(name) == expected


@pytest.mark.parametrize(("text", "surface", "name", "role"), [
    ("Assemblywoman Carol Hughes spoke on Monday.", "Assemblywoman Carol Hughes", "Carol Hughes", "Assemblywoman"),
    ("Stunned Carol Hughes left the court.", "Stunned Carol Hughes", "Carol Hughes", None),
])
def test_the_run_on_word_is_a_role_only_when_a_noun(text: str, surface: str, name: str, role: str | None) -> None:
    article = Article(name="t", paragraphs=(Paragraph(text),))
    ents = [[Entity(surface, "PERSON", 0, len(surface))]]
    actors = extract_actors(article, entities=ents)
    assert [(a.name, a.role) for a in actors] == [(name, role)]


@pytest.mark.parametrize(("name", "expected"), [
    ("Swansea Meanwhile", "Swansea"),
    ("Red Cross Elsewhere", "Red Cross"),
    # negatives: the adverb alone (the sentence-opener type rule's case); a last word that is no opening adverb
    ("Meanwhile", "Meanwhile"),
    ("Ana Moreover Smith", "Ana Moreover Smith"),
    ("Jack Later", "Jack"),  # (an opening adverb of the table, whatever the name before it)
])
def test_without_trailing_opener(name: str, expected: str) -> None:
    assert without_trailing_opener(name) == expected
