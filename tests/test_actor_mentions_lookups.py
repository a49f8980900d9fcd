"""The per-paragraph lookups of actor_mentions (pronoun_after's next person, _after_person's entity ending before a
name): the same answers as reading every entity of the paragraph for each mention."""

from __future__ import annotations

import pytest

from briefgen.extract.actor_mentions import _after_person, _ends
from briefgen.extract.actor_surnames import person_starts, pronoun_after
from briefgen.extract.nlp import Entity
from ner_helpers import entities


@pytest.mark.parametrize(
    ("text", "spans", "end", "gender"),
    [
        # a person named before the mention does not cut the window; the next one after it does
        ("Tom Reed met Lowe, and she left.", (("Tom Reed", "PERSON"), ("Lowe", "PERSON")), 17, "she"),
        ("Tom Reed met Lowe and Ann Bell, and she left.", (("Lowe", "PERSON"), ("Ann Bell", "PERSON")), 17, None),
        ("Lowe met Acme Corp and then his team.", (("Lowe", "PERSON"), ("Acme Corp", "ORG")), 4, "he"),
    ],
)
def test_pronoun_after_stops_at_the_next_persons_name(text: str, spans: tuple, end: int, gender: str | None) -> None:
    assert pronoun_after(text, end, person_starts(entities(text, spans))) == gender


def test_person_starts_are_sorted_persons_only() -> None:
    ents = [Entity("B", "PERSON", 10, 11), Entity("X", "ORG", 5, 6), Entity("A", "PERSON", 2, 3)]
    assert person_starts(ents) == [2, 10]


@pytest.mark.parametrize(
    ("ents", "after"),
    [
        ([Entity("Tom Molomby", "PERSON", 0, 11), Entity("SC", "ORG", 13, 15)], True),
        ([Entity("Acme", "ORG", 0, 4), Entity("SC", "ORG", 6, 8)], False),
        ([Entity("SC", "ORG", 13, 15)], False),  # nothing before it
        # two entities end before it: the last in NER's order counts, as before
        ([Entity("Tom", "PERSON", 0, 11), Entity("Acme", "ORG", 5, 12), Entity("SC", "ORG", 13, 15)], False),
        ([Entity("Acme", "ORG", 5, 12), Entity("Tom", "PERSON", 0, 11), Entity("SC", "ORG", 13, 15)], True),
    ],
)
def test_after_person(ents: list[Entity], after: bool) -> None:
    assert _after_person(ents[-1], _ends(ents)) is after
