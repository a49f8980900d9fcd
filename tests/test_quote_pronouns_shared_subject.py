"""A "he" or "she" after a sentence whose subject is a surname a man and a woman share: the one with that gender."""

from __future__ import annotations

import pytest

from briefgen.extract.quotes import extract_quotes

FAMILY = "Donald Trump and Ivanka Trump arrived in Ohio on Monday for the rally."
CHAIR = '"We will be fine in November," said Jim Lee, the campaign chairman.'


@pytest.mark.parametrize(
    ("rule", "paragraphs", "expected"),
    [
        ("a speech verb's subject before the quote", [FAMILY, CHAIR, "Trump vowed to cut taxes for every family.",
                                                       '"Americanism will be our creed," he said.'], "Donald Trump"),
        ("the sentence's subject without a speech verb", [FAMILY, CHAIR, "Trump cast himself as a change agent.",
                                                          '"Americanism will be our creed," he said.'], "Donald Trump"),
        ("the pronoun tells which of the two", [FAMILY, CHAIR, "Trump cast herself as her father's best advocate.",
                                                '"He will win this state," she said.'], "Ivanka Trump"),
        ("a gendered title is no other gender's", [
            "Bill Clinton and Hillary Clinton attended the dinner.",
            'But Mrs. Clinton would do well to begin "building bridges to the left" with Mr. Sanders, said David '
            'Axelrod, a strategist.',
            '"It seems certain he will run through the last primaries," he said.'], "David Axelrod"),
    ],
)
def test_shared_surname_subject(rule: str, paragraphs: list[str], expected: str) -> None:
    assert extract_quotes(paragraphs)[-1].speaker == expected, rule
