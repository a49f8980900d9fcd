"""A name NER read as a people (NORP) that is a state's or a capital's name, or a place's after "the state of", is the
place; a demonym, a people's name and other NORP words stay out."""

from __future__ import annotations

import pytest

from briefgen.extract.actor_states import norp_place
from briefgen.extract.gazetteer import lookup_key


@pytest.mark.parametrize(("text", "name", "expected"), [
    ("Five republics, Armenia and Tajikistan among them, signed the pact.", "Tajikistan", True),
    ("Rebels attacked a convoy in the western state of Veracruz on Friday.", "Veracruz", True),
    ("The blast hit a cafe in the coastal town of Zeralda.", "Zeralda", True),
    # negatives: a demonym, a people's name, a party's word
    ("Tajik officials said the talks would resume.", "Tajik", False),
    ("Kurds fled to the mountains.", "Kurds", False),
    ("Republicans met in the town hall.", "Republicans", False),
])
def test_a_norp_name_that_is_a_place(text: str, name: str, expected: bool) -> None:
    assert norp_place(text, text.index(name), lookup_key(name)) is expected
