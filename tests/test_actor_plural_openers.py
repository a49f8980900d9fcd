"""A plural common noun opening its sentence that NER read as a place or a body ("Eyewitnesses told …") is no name,
a place whatever verb follows, a body unless it speaks; a state's plural name, a team's nickname, a word after "the"
and one inside a sentence stay."""

from __future__ import annotations

import pytest
from actor_type_helpers import type_and_rule as _typed


@pytest.mark.parametrize(("sentence", "name", "kind"), [
    ("Eyewitnesses told reporters they heard two blasts.", "Eyewitnesses", "place"),
    ("Insurers expect the claims to be paid.", "Insurers", "organization"),
    ("The storm passed. Farmers counted their losses on Monday.", "Farmers", "place"),
])
def test_a_plural_noun_opening_a_sentence_is_no_name(sentence: str, name: str, kind: str) -> None:
    assert _typed(sentence, name, kind) == ("not-an-actor", "not-actor.plural-common-noun")


@pytest.mark.parametrize(("sentence", "name", "kind"), [
    ("Philippines troops left the island.", "Philippines", "place"),  # a state
    ("Crowds gathered in the Highlands on Sunday.", "Highlands", "place"),  # inside a sentence, after "the"
    ("Voters met Farmers at the hall.", "Farmers", "organization"),  # inside a sentence
    ("Cardinals lost at home on Sunday.", "Cardinals", "organization"),  # a team's nickname
    ("Regulators said the deal was fair.", "Regulators", "organization"),  # a body that speaks
])
def test_other_plurals_stay(sentence: str, name: str, kind: str) -> None:
    assert _typed(sentence, name, kind)[1] != "not-actor.plural-common-noun"
