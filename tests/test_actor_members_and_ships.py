"""One member's noun is no actor (not-actor.member-noun: "a former Methodist"), and a ship named after an owner's
compound or a comma is a vessel (actor_products._VESSEL_THEN_NAME: "the Navy-owned survey ship, Endeavour.")."""

import pytest

from actor_type_helpers import type_and_rule
from briefgen.extract.actor_products import named_products
from briefgen.extract.actor_type_rule import NOT_AN_ACTOR


@pytest.mark.parametrize("sentence, name, kind", [
    ("Jana Holt, a retired nurse and former Methodist, wrote the letter.", "Methodist", "organization"),
    ("He was raised a strict Calvinist in the north.", "Calvinist", "organization"),
])
def test_a_member_noun_is_no_actor(sentence, name, kind):
    assert type_and_rule(sentence, name, kind) == (NOT_AN_ACTOR, "not-actor.member-noun")


@pytest.mark.parametrize("sentence, name, kind, persons", [
    # a surname in -qvist/-quist; a person NER read; a named person's surname
    ("The Lindqvist group bought the site.", "Lindqvist", "organization", frozenset()),
    ("Almquist said the plan would fail.", "Almquist", "organization", frozenset()),
    ("Feist sang the last song.", "Feist", "person", frozenset()),
    ("Tolist paid the fine, the court heard.", "Tolist", "organization", frozenset({"Ana Tolist"})),
])
def test_not_a_member_noun(sentence, name, kind, persons):
    assert type_and_rule(sentence, name, kind, persons=persons)[1] != "not-actor.member-noun"


@pytest.mark.parametrize("texts, ship", [
    (["She worked for years aboard the Navy-owned survey ship, Endeavour."], "Endeavour"),
    (["Supplies came on the old research vessel Polar Dawn that spring."], "Polar Dawn"),
    (["The tanker Marla Quinn ran aground."], "Marla Quinn"),
])
def test_a_ship_is_a_made_thing(texts, ship):
    assert ship in named_products(texts, frozenset())


@pytest.mark.parametrize("texts, name", [
    (["Back on the ship, Harper said nothing had changed."], "Harper"),
    (["They sailed on the ship, Harper and Lewis."], "Harper"),
])
def test_a_name_after_a_comma_not_ending_the_sentence_is_no_ship(texts, name):
    assert name not in named_products(texts, frozenset())
