"""speaker_phrases.joined_description: one person described twice, 'the Ohio senator and party candidate', speaks."""

from __future__ import annotations

import pytest

from briefgen.extract.quotes import extract_quotes


@pytest.mark.parametrize(
    ("rule", "sentence", "speaker"),
    [
        ("two descriptions before said",
         '"We will build the bridge by spring," the Ohio senator and Republican presidential candidate said.',
         "the Ohio senator and Republican presidential candidate"),
        ("two bare posts before told",
         '"We will build the bridge by spring," the mayor and former judge told reporters.', "the mayor and former judge"),
        ("two descriptions opening the sentence",
         'The Ohio senator and Republican presidential candidate said: "We will build the bridge by spring."',
         "The Ohio senator and Republican presidential candidate"),
        ("the same post earlier in the sentence is not the one before the verb",
         'Like every former judge in the state, the mayor and former judge said: "We will build the bridge by spring."',
         "the mayor and former judge"),
    ],
)
def test_joined_description_speaks(rule: str, sentence: str, speaker: str) -> None:
    (quote,) = extract_quotes([sentence])
    assert quote.speaker == speaker, rule


@pytest.mark.parametrize(
    ("rule", "sentence", "speaker"),
    [
        ("two people, each with an article, are no one description",
         '"We will build the bridge by spring," the mayor and the judge said.', None),
        ("a described object of a verb is no subject",
         'Trump called the senator and Republican presidential candidate "a total loser in the race."', "Trump"),
        ("a joined description earlier in the sentence does not describe the post before the verb",
         'The mayor and former judge met the board; former judge said: "We will build the bridge by spring."',
         "former judge"),
    ],
)
def test_not_a_joined_description(rule: str, sentence: str, speaker: str | None) -> None:
    (quote,) = extract_quotes([sentence])
    assert quote.speaker == speaker, rule
