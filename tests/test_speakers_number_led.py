"""A number opening the post before a speaker's name after the speech verb: the name speaks, the number stays in the role."""

from __future__ import annotations

import pytest

from briefgen.extract.quotes import extract_quotes
from briefgen.extract.speaker_words import NUMBER_LED


@pytest.mark.parametrize(
    ("rule", "sentence", "speaker", "role"),
    [
        ("a date's number", '"The wait has been too long," said 9/11 widow Ana Ferreira.', "Ana Ferreira", "9/11 widow"),
        ("a year", '"We will run again," said 2020 nominee Tom Ellery.', "Tom Ellery", "2020 nominee"),
        ("a length of service", '"The base will close," said 30-year veteran Ruth Okoye.', "Ruth Okoye", "30-year veteran"),
    ],
)
def test_number_led_post(rule: str, sentence: str, speaker: str, role: str) -> None:
    quote = extract_quotes([sentence])[0]
    assert (quote.speaker, quote.role) == (speaker, role), rule


@pytest.mark.parametrize(
    ("rule", "sentence"),
    [
        ("a count of people, no name", '"We are not leaving," said 2,000 protesters outside.'),
        ("a count, then a body", '"The bill is flawed," said 12 senators in a letter.'),
        ("a year, no post", '"It was different," said 2016 in hindsight.'),
    ],
)
def test_number_without_post_and_name(rule: str, sentence: str) -> None:
    speaker = extract_quotes([sentence])[0].speaker
    assert speaker is None or not speaker[:1].isupper(), rule


@pytest.mark.parametrize("word", ["9", "2012", "30-year", "49ers"])
def test_number_led(word: str) -> None:
    assert NUMBER_LED.fullmatch(word)
