"""A state's name that ends the full name of a person the article names is his surname ("Trevor Holland … Holland
was moved"), unless a place's preposition or a place's words go with it."""

from __future__ import annotations

import pytest

from briefgen.extract.actor_candidate import Candidate
from briefgen.extract.actor_types import type_of


@pytest.mark.parametrize(("sentence", "name", "persons", "expected"), [
    ("Holland was moved to a secure unit.", "Holland", {"Trevor Holland"}, "person"),
    ("Critics praised Jordan for the film.", "Jordan", {"Neil Jordan"}, "person"),
    # negatives: no such person; a place's preposition; a place's words
    ("Holland was hit by floods.", "Holland", {"Trevor Smith"}, "state"),
    ("He flew to Jordan on Monday.", "Jordan", {"Neil Jordan"}, "state"),
    ("Troops left the kingdom of Jordan.", "Jordan", {"Neil Jordan"}, "state"),
])
def test_a_state_s_name_as_a_named_person_s_surname(sentence: str, name: str, persons: set[str], expected: str) -> None:
    c = Candidate(name, "place", sentence, sentence.index(name), 1, frozenset(persons))
    assert type_of(c)[0] == expected
