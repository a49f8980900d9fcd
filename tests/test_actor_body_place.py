"""A one-word body the sentence puts somewhere ("in Chuman", "neighbouring Chatelineaux") is a place; "the island of X" too."""

from __future__ import annotations

import pytest

from briefgen.extract.actor_candidate import Candidate
from briefgen.extract.actor_types import type_of


@pytest.mark.parametrize(("sentence", "name", "expected"), [
    ("They set up a headquarters in Velmora, an official said.", "Velmora", "place"),
    ("Thieves hit a store in neighbouring Ostrelle last night.", "Ostrelle", "place"),
    ("The plane crashed on the Arctic island of Quessa on Thursday.", "Quessa", "place"),
    # negatives: a holding in a company; an acronym; a possessive; no place word before
    ("The bank bought a stake in Velmora last year.", "Velmora", "organization"),
    ("He worked in Velmora for ten years.", "Velmora", "organization"),
    ("Talks in NATO went on.", "NATO", "organization"),
    ("Officials in Velmora's cabinet met.", "Velmora", "organization"),
    ("Velmora said it would appeal.", "Velmora", "organization"),
])
def test_body_in_place_context(sentence: str, name: str, expected: str) -> None:
    c = Candidate(name, "organization", sentence, sentence.index(name), 2)
    assert type_of(c)[0] == expected


@pytest.mark.parametrize(("sentence", "name", "expected"), [
    ("Its publisher, mineral water firm Velmora, said it would sell.", "Velmora", "organization"),
    ("Egypt's largest militant group al-Quessa said", "al-Quessa", "organization"),
    ("the state oil company Petronor Varde will invest", "Petronor Varde", "organization"),
    # negatives: a person's trade; a known given name; the word is not right before
    ("publisher Velkor Tass said", "Velkor Tass", "person"),
    ("the company Ellen Marsh founded", "Ellen Marsh", "person"),
    ("the firm's chairman Velkor Tass said", "Velkor Tass", "person"),
])
def test_body_kind_before(sentence: str, name: str, expected: str) -> None:
    c = Candidate(name, "person", sentence, sentence.index(name), 2)
    assert type_of(c)[0] == expected


@pytest.mark.parametrize(("sentence", "name", "kind", "expected"), [
    ("He is in Velmora Terme, Trento, Italy, for a meeting.", "Velmora Terme", "organization", "place"),
    ("Walk from Ostrava Hospital Station or Brend Station.", "Ostrava Hospital Station", "organization", "place"),
    ("the Velmora Free Document License and others", "Velmora Free Document License", "organization", "not-an-actor"),
    # negatives: no place after the comma; a holding; a body without a stop's or a licence's head
    ("He is in Velmora Terme, said Ostrin.", "Velmora Terme", "organization", "organization"),
    ("a stake in Velmora Steel, Italy", "Velmora Steel", "organization", "organization"),
    ("Velmora Broadcasting said", "Velmora Broadcasting", "organization", "organization"),
])
def test_modern_place_and_text_heads(sentence: str, name: str, kind: str, expected: str) -> None:
    c = Candidate(name, kind, sentence, sentence.index(name), 2, places=frozenset({"Trento", "Italy"}))  # type: ignore[arg-type]
    assert type_of(c)[0] == expected
