"""A name written with decomposed accents, or with the signs UTF-8 read as Latin-1 leaves, is one word."""

from __future__ import annotations

import unicodedata

import pytest

from briefgen.extract.quotes import extract_quotes
from briefgen.extract.speaker_tokens import tokenize

DECOMPOSED = unicodedata.normalize("NFD", "José Núñez")  # "Jose\u0301 Nu\u0301n\u0303ez"
MOJIBAKE = "JosÃ© NÃºÃ±ez"  # "José Núñez" as UTF-8 read as Latin-1
BOTH = unicodedata.normalize("NFD", MOJIBAKE)  # and then decomposed: "A\u0303\u00a9"


@pytest.mark.parametrize("name", [DECOMPOSED, MOJIBAKE, BOTH])
def test_accented_name_is_two_words(name: str) -> None:
    assert [t.text for t in tokenize(f"{name} said")] == name.split() + ["said"]


@pytest.mark.parametrize("name", [DECOMPOSED, MOJIBAKE, BOTH])
def test_speaker_with_accented_name(name: str) -> None:
    quotes = extract_quotes([f'"We will open the border crossing next week," said Mayor {name}.'])
    assert [(q.speaker, q.role) for q in quotes] == [(name, "Mayor")]


def test_mask_stays_apart() -> None:
    # the sign that stands for a quote (quote_marks.MASK) is never read into a word
    assert [t.text for t in tokenize("Lee said “§ ”")] == ["Lee", "said", "“", "§", "”"]
