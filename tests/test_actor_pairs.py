"""Two names NER read as one across 'and' are two actors when a pair rule (actor_pairs.PAIR_RULES) says so."""

from __future__ import annotations

import pytest

from briefgen.extract.actor_pairs import PAIR_RULES, split_pair
from briefgen.extract.actors import extract_actors
from briefgen.model import Article, Paragraph
from briefgen.extract.nlp import Entity
from ner_helpers import Span, entities


@pytest.mark.parametrize(
    ("entity", "label", "known", "parts"),
    [
        # two full names, each opened by a known given name
        ("Daniel Morrow and Mary Quenby", "ORG", (), [("Daniel Morrow", "PERSON"), ("Mary Quenby", "PERSON")]),
        ("Mary J. Ardle and Peter Vance", "PERSON", (), [("Mary J. Ardle", "PERSON"), ("Peter Vance", "PERSON")]),
        # two one-word names, each the short name of a body the article names in full
        ("Holloway and Crestline", "ORG", ("Holloway Bancorp Inc", "Crestline Savings Corp"),
         [("Holloway", "ORG"), ("Crestline", "ORG")]),
        # a firm of two surnames stays one name
        ("Morrow and Quenby", "ORG", ("Morrow and Quenby",), [("Morrow and Quenby", "ORG")]),
        # one side opens no other name: one name
        ("Holloway and Crestline", "ORG", ("Holloway Bancorp Inc",), [("Holloway and Crestline", "ORG")]),
        # the same word on both sides
        ("Holloway and Holloway", "ORG", ("Holloway Bancorp Inc",), [("Holloway and Holloway", "ORG")]),
        # a body's name with 'and' inside it
        ("Office of Roads and Bridges", "ORG", ("Office of Roads and Bridges",), [("Office of Roads and Bridges", "ORG")]),
        # one full name and one body
        ("Daniel Morrow and Crestline", "ORG", ("Crestline Savings Corp",), [("Daniel Morrow and Crestline", "ORG")]),
        # two 'and's: no pair
        ("Daniel Morrow and Mary Quenby and Peter Vance", "ORG", (),
         [("Daniel Morrow and Mary Quenby and Peter Vance", "ORG")]),
    ],
)
def test_split_pair(entity: str, label: str, known: tuple[str, ...], parts: list[tuple[str, str]]) -> None:
    ent = Entity(entity, label, 10, 10 + len(entity))
    found = split_pair(ent, frozenset(known))
    assert [(e.text, e.label_) for e in found] == parts
    assert all(entity[e.start_char - 10:e.end_char - 10] == e.text for e in found)


def test_pair_rules_are_named() -> None:
    assert [r.name for r in PAIR_RULES] == ["two full names", "two short names"]


@pytest.mark.parametrize(
    ("paragraph", "spans", "people"),
    [
        ("Daniel Morrow and Mary Quenby scored a goal apiece in the win.",
         (("Daniel Morrow and Mary Quenby", "ORG"),), {"Daniel Morrow", "Mary Quenby"}),
    ],
)
def test_pair_of_people_in_an_article(paragraph: str, spans: tuple[Span, ...], people: set[str]) -> None:
    actors = extract_actors(Article(name="t", paragraphs=(Paragraph(paragraph),)), entities=[entities(paragraph, spans)])
    assert {a.name for a in actors if a.type == "person"} == people
    assert not [a for a in actors if " and " in a.name]
