"""A post 'of' a body before a person's name ('RNC Chief of Staff Katie Walsh'): the person speaks (invented names)."""

from __future__ import annotations

import pytest

from briefgen.extract.speaker_tokens import tokenize
from briefgen.extract.speakers import np_before
from briefgen.extract.speakers_after import np_after

CASES = [
    # a title word before "of", a body, then a name opened by a given name: the person, the post as the role
    ("Ohio Secretary of State Ann Lee", "Ann Lee", "Ohio Secretary of State"),
    ("GOP Chief of Staff Tom Hale", "Tom Hale", "GOP Chief of Staff"),
    ("Union Director of Government Affairs Mary Stone", "Mary Stone", "Union Director of Government Affairs"),
    # a person's name before "of": the person, and where they are from
    ("Ann Lee of the Dover Review", "Ann Lee", "of the Dover Review"),
    ("Tom Hale of Dover", "Tom Hale", "of Dover"),
]


@pytest.mark.parametrize(("phrase", "speaker", "role"), CASES)
def test_after_the_verb(phrase: str, speaker: str, role: str) -> None:
    text = f"said {phrase}."
    cue = np_after(tokenize(text), 1, text)
    assert cue is not None and (cue.speaker, cue.role) == (speaker, role)


@pytest.mark.parametrize(("phrase", "speaker", "role"), CASES)
def test_before_the_verb(phrase: str, speaker: str, role: str) -> None:
    text = f"{phrase} said"
    tokens = tokenize(text)
    cue = np_before(tokens, len(tokens) - 1, text)
    assert cue is not None and (cue.speaker, cue.role) == (speaker, role)
