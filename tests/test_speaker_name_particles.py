"""A speaker's name that opens with a lower-case particle ("de Blasio", "al Ashry", "von der Leyen") is kept whole."""

from __future__ import annotations

import pytest

from briefgen.extract.quotes import extract_quotes
from briefgen.extract.speaker_tokens import tokenize


@pytest.mark.parametrize("paragraph, speaker, role", [
    ("“The bridge will open in May,” de Rosa said.", "de Rosa", None),
    ("“The bridge will open in May,” said de Rosa.", "de Rosa", None),
    ("“The bridge will open in May,” said Mayor Paula de Rosa.", "Paula de Rosa", "Mayor"),
    ("“The bridge will open in May,” Mayor Paula de Rosa said.", "Paula de Rosa", "Mayor"),
    ("The council met late, de Rosa said, “We will open the bridge in May.”", "de Rosa", None),
    ("de Rosa wrote, “The bridge will open in May.”", "de Rosa", None),
    ("The school wrote that al Hamdi said he flew home because “my mother is ill and needs me.”", "al Hamdi", None),
    ("“Our ports are open,” al Hamdi told reporters.", "al Hamdi", None),
    ("The school wrote that, according to its post, al Hamdi said he left because “my mother is ill.”", "al Hamdi", None),
    ("“Our ports are open,” van Dijk said.", "van Dijk", None),
    ("“Our ports are open,” de Rosa and van Dijk said.", "de Rosa and van Dijk", None),
    ("“Our ports are open,” von der Berg said.", "von der Berg", None),
    ("“Our ports are open,” said Karl von der Berg.", "Karl von der Berg", None),
])
def test_a_particle_stays_in_the_speakers_name(paragraph: str, speaker: str, role: str | None) -> None:
    assert [(q.speaker, q.role) for q in extract_quotes([paragraph])] == [(speaker, role)]


@pytest.mark.parametrize("text, joined", [
    ("said de Rosa", "de Rosa"),
    ("a letter saying that de Rosa", "de Rosa"),
    ("according to al Hamdi", "al Hamdi"),
    ("the trial, van Dijk said", "van Dijk"),
    ("de Rosa said", "de Rosa"),
    ("Paula de Rosa said", "de Rosa"),
])
def test_a_particle_joins_the_name_after_it(text: str, joined: str) -> None:
    assert joined in [t.text for t in tokenize(text)]


@pytest.mark.parametrize("text, word", [
    ("a van Driver came", "van"),  # an English word before a capitalised one
    ("llegamos a la Casa Blanca", "la"),  # a Spanish article inside a sentence
    ("the mayor of de Rosa", "de"),
    ("a van and a truck", "van"),  # no capitalised word after it
])
def test_a_particle_inside_a_sentence_stays_a_word(text: str, word: str) -> None:
    assert word in [t.text for t in tokenize(text)]
