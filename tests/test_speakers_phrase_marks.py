"""Short phrases in quotation marks inside a speaker's words (a nickname, a show's name) and titled names after rank words."""

from __future__ import annotations

import pytest

from briefgen.extract.quote_marks import without_phrase_marks
from briefgen.extract.quotes import extract_quotes


@pytest.mark.parametrize(
    ("rule", "text", "expected"),
    [
        ("a nickname inside the name is left out",
         '"We will fix every road in the county," said Harold "Hal" Rogers.', ("Harold Rogers", None, None)),
        ("a quoted name inside an apposition",
         '"We have had better years than this one," Ohio delegate Ann Lee, wearing a "Vote Lee" pin, said.',
         ("Ann Lee", "Ohio delegate", "wearing a Vote Lee pin")),
        ("a show's name inside the apposition before the verb",
         'Tom Ruiz, a contestant on the quiz show, "Big Money," said the host was "always fair to every player."',
         ("Tom Ruiz", "a contestant on the quiz show", None)),
        ("a one-word quote opening the sentence is speech",
         '"Safety," said Jo Kent, a shop owner. "Safety for the whole street, everybody."',
         ("Jo Kent", "a shop owner", None)),
        ("a programme's name after a possessive still cuts the context",
         '"We will hold the line," Lee said on KXRT’s “Morning Desk” on Sunday.', ("Lee", None, "on KXRT")),
        ("rank words and a title before the name after a description",
         '"This is a big year for all of us," Scott\'s niece, state Sen. Marcia Price, said.',
         ("Marcia Price", "Scott's niece", None)),
        ("… and a party label in brackets after it",
         '"This is a big year for all of us," his niece, former Rep. Marcia Price (D-Va.), said.',
         ("Marcia Price", "his niece", None)),
    ],
)
def test_speaker_past_phrase_marks(rule: str, text: str, expected: tuple[str | None, str | None, str | None]) -> None:
    quotes = extract_quotes([text])
    assert {(q.speaker, q.role, q.context) for q in quotes} == {expected}, rule


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('a hat and “Ted Cruz” pins', 'a hat and  Ted Cruz  pins'),
        ('Marcia "Cia" Price spoke', 'Marcia       Price spoke'),
        ('"Safety," said Kent', '"Safety," said Kent'),  # opens the paragraph: a quote
        ('he said "we will win this" then', 'he said "we will win this" then'),  # three words: a quote
        ('on CNN’s “Morning Desk” today', 'on CNN’s “Morning Desk” today'),  # a programme after a possessive
    ],
)
def test_without_phrase_marks(text: str, expected: str) -> None:
    assert without_phrase_marks(text) == expected
    assert len(without_phrase_marks(text)) == len(text)
