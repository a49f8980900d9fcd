"""A sporting contest's name ("British Masters", "Ostrava Open", "Grand Prix Final") is an event, no actor."""

from __future__ import annotations

import pytest

from briefgen.extract.actor_candidate import Candidate
from briefgen.extract.actor_types import NOT_AN_ACTOR, type_of


@pytest.mark.parametrize(("sentence", "name", "kind", "expected"), [
    ("He won the Ruritanian Masters on Sunday.", "Ruritanian Masters", "organization", NOT_AN_ACTOR),
    ("She reached the final of the Ostrava Open.", "Ostrava Open", "place", NOT_AN_ACTOR),
    ("going to the Grand Prix Final in Milan", "Grand Prix Final", "organization", NOT_AN_ACTOR),
    ("the Velmora World Series opener", "Velmora World Series", "organization", NOT_AN_ACTOR),
    ("won the Ostrava Rally twice", "Ostrava Rally", "organization", NOT_AN_ACTOR),
    # negatives: a person whose surname is such a word; a body with another head
    ("Helen Masters said on Friday", "Helen Masters", "person", "person"),
    ("the Ostrava Open University said", "Ostrava Open University", "organization", "organization"),
])
def test_contest_heads(sentence: str, name: str, kind: str, expected: str) -> None:
    c = Candidate(name, kind, sentence, sentence.index(name), 2)  # type: ignore[arg-type]
    assert type_of(c)[0] == expected
