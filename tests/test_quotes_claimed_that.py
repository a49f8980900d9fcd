"""A quote a named speaker's verb introduces with "that" is theirs, even when "X said" follows its comma (invented)."""

from __future__ import annotations

import pytest

from briefgen.extract.quotes import extract_quotes


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        ('But even as Ruiz claimed on Monday that "the mayor was fired for far less," one of her former aides said '
         "the two cases were different.", "Ruiz"),
        ('Ruiz insisted that "the budget is balanced this year," a claim the auditor said was false.', "Ruiz"),
        # no verb of the quote's own: the comma hands the quote to the speaker after it
        ('Her friends mocked the plan, calling it "a waste of good public money," Dana Kerr said.', "Dana Kerr"),
    ],
)
def test_claimed_that(paragraph: str, speaker: str) -> None:
    assert extract_quotes(["Tom Hale spoke on Monday.", paragraph])[-1].speaker == speaker
