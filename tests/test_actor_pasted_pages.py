"""Actor rules found by reading the Actors section of pasted web pages: figures NER runs into names or reads as
bodies (a unit after a figure, a number after a person's name)."""

from __future__ import annotations

import pytest
from actor_type_helpers import type_and_rule

from briefgen.extract.actor_names import drop_trailing_number
from briefgen.extract.actor_type_rule import NOT_AN_ACTOR
from briefgen.extract.actors import extract_actors
from briefgen.extract.nlp import Entity
from briefgen.model import Article, Paragraph

UNIT_RULE = "not-actor.unit-after-a-figure"


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("The cheaper laptop ships with 256GB of storage.", "GB"),
        ("The farm adds 4.2 GW of capacity next year.", "GW"),
        ("A 150 MW plant opened near the river.", "MW"),
        ("It runs on a 3.1GHz chip and a 5000 mAh battery.", "GHz"),
        ("It runs on a 3.1GHz chip and a 5000 mAh battery.", "mAh"),
    ],
)
def test_unit_after_a_figure_is_no_actor(sentence: str, name: str) -> None:
    assert type_and_rule(sentence, name) == (NOT_AN_ACTOR, UNIT_RULE)


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("GB finished second in the relay final.", "GB"),  # no figure before it: left to the other rules
        ("The MW team said it would appeal.", "MW"),
        ("Team 7 Eleven won.", "Eleven"),  # not a unit
    ],
)
def test_same_letters_without_a_figure_are_not_the_unit_rule(sentence: str, name: str) -> None:
    assert type_and_rule(sentence, name)[1] != UNIT_RULE


@pytest.mark.parametrize(
    ("entity", "after", "given_named", "name"),
    [
        ("Maria Lopez 412", " Tom Brady 388", True, "Maria Lopez"),  # a standings table's points
        ("Donald Cole 17", "\n", True, "Donald Cole"),
        ("Apollo 11", " landed", False, "Apollo 11"),  # no person's given name: the name's own figure
        ("Route 66", " crosses the state", False, "Route 66"),
    ],
)
def test_number_after_a_given_named_person(entity: str, after: str, given_named: bool, name: str) -> None:
    assert drop_trailing_number(entity, after, given_named=given_named) == name


def test_person_with_a_number_is_the_person() -> None:
    text = "Points after the final race: Maria Lopez 412"
    start = text.index("Maria")
    ents = [[Entity("Maria Lopez 412", "PERSON", start, len(text))]]
    found = extract_actors(Article(name="t", paragraphs=(Paragraph(text),)), entities=ents)
    assert [a.name for a in found] == ["Maria Lopez"]


@pytest.mark.parametrize(
    ("sentence", "name", "kind", "outcome"),
    [
        ("The Acme Glide 3 Mouse pairs with two laptops.", "3 Mouse", "person", NOT_AN_ACTOR),
        ("Readers picked Jane 2 Tone Shoes as the gift of the year.", "Jane 2 Tone Shoes", "person", NOT_AN_ACTOR),
        ("Phones shipped with 802.11ax Wi-Fi support.", "802.11ax Wi-Fi", "person", NOT_AN_ACTOR),
        ("The Vexo 4K Screen ships today.", "4K Screen", "person", NOT_AN_ACTOR),
        # a figure right after a letter, a model's code, in any word
        ("The Skyrunner X4 router covers the whole house.", "Skyrunner X4", "person", NOT_AN_ACTOR),
        ("Readers liked the Orvo S10 Plus best.", "Orvo S10 Plus", "person", NOT_AN_ACTOR),
    ],
)
def test_figure_before_a_persons_last_word_is_no_person(sentence: str, name: str, kind: str, outcome: str) -> None:
    assert type_and_rule(sentence, name, kind) == (outcome, "not-actor.figure-in-a-person")


@pytest.mark.parametrize(
    ("sentence", "name", "kind"),
    [
        ("Maria Lopez won the third stage.", "Maria Lopez", "person"),
        ("The 3M chief executive spoke.", "3M", "organization"),  # a firm's name may open on a figure
        ("The 7 Eleven shop closed.", "7 Eleven", "organization"),
        ("Henry Tudor 8th spoke.", "Henry Tudor 8th", "person"),  # (a figure in the last word only)
        ("Henry Tudor VIII spoke.", "Henry Tudor VIII", "person"),  # (a numeral in letters)
    ],
)
def test_names_without_a_figure_word_inside_a_person_are_not_caught(sentence: str, name: str, kind: str) -> None:
    assert type_and_rule(sentence, name, kind)[1] != "not-actor.figure-in-a-person"
