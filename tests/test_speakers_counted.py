"""A figure counting a speaker group opens its phrase: "25 percent of likely voters say" (invented sentences)."""

from __future__ import annotations

import pytest

from briefgen.extract.quotes import extract_quotes
from briefgen.extract.speaker_tokens import tokenize
from briefgen.extract.speakers import np_before


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The survey is bad news for Hale: 25 percent of likely voters say", "25 percent of likely voters"),
        ("In the poll, 61 percent of older voters said", "61 percent of older voters"),
        # a figure that counts no group is still no part of the phrase: "in 2019 the mayor said"
        ("Back in 2019 the mayor said", "the mayor"),
    ],
)
def test_counted_group(text: str, speaker: str) -> None:
    tokens = tokenize(text)
    cue = np_before(tokens, len(tokens) - 1, text)
    assert cue is not None and cue.speaker == speaker


def test_counted_group_quote() -> None:
    paragraph = 'The survey is bad news for Hale: 25 percent of likely voters say they would "never vote for him" again.'
    assert extract_quotes([paragraph])[0].speaker == "25 percent of likely voters"
