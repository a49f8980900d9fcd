"""Sentence splitting of the narration around quotes (quote_marks.sentence_bounds) and what it does to attribution."""

from __future__ import annotations

import pytest

from briefgen.extract.quote_marks import sentence_bounds
from briefgen.extract.quotes import extract_quotes


def _sentences(text: str) -> list[str]:
    return [text[a:b].strip() for a, b in sentence_bounds(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "Del." a Delegate's title before a name: no sentence end
        ("It passed, said Del. Stacey Plaskett. Then it failed.", ["It passed, said Del. Stacey Plaskett.", "Then it failed."]),
        ("The sponsor, Del. Eleanor Holmes Norton, said so.", ["The sponsor, Del. Eleanor Holmes Norton, said so."]),
        ("Scott's niece, state Del. Marcia Price, spoke.", ["Scott's niece, state Del. Marcia Price, spoke."]),
        # … Delaware after a place and a comma: the dot may end the sentence
        ("He lives in Dover, Del. The vote was close.", ["He lives in Dover, Del.", "The vote was close."]),
        ("A man from Wilmington, Del., said so. Then he left.", ["A man from Wilmington, Del., said so.", "Then he left."]),
        # titles and initials that never end one (unchanged)
        ("Mr. Smith left. Sen. Ted Cruz stayed.", ["Mr. Smith left.", "Sen. Ted Cruz stayed."]),
        ("John F. Kennedy spoke. It rained.", ["John F. Kennedy spoke.", "It rained."]),
    ],
)
def test_sentence_bounds_titles_and_states(text: str, expected: list[str]) -> None:
    assert _sentences(text) == expected


@pytest.mark.parametrize(
    ("paragraph", "speaker", "role"),
    [
        ('"This is a waste of the committee\'s time," said Del. Stacey Plaskett of the Virgin Islands.',
         "Stacey Plaskett", "Del. of the Virgin Islands"),
        ('The bill passed. "We will fight this bill all the way," said Del. Stacey Plaskett.', "Stacey Plaskett", "Del."),
        ('John Carney of Wilmington, Del., said "We will fight this bill all the way."', "John Carney", None),
    ],
)
def test_delegate_title_keeps_its_name(paragraph: str, speaker: str, role: str | None) -> None:
    (quote,) = extract_quotes([paragraph])
    assert (quote.speaker, quote.role) == (speaker, role)
