"""NOT_SPEECH_AFTER "dated citation": a source list's title followed only by its date is no quote (invented lines)."""

from __future__ import annotations

import pytest

from briefgen.extract.quotes import extract_quotes


@pytest.mark.parametrize(
    "paragraph",
    [
        'Farm Bureau, "What the New Grain Tariffs Mean for Growers," Aug. 22, 2019',
        'Daily Ledger, "Mayor Calls for More Buses on the East Side," Oct. 13, 2019',
        'Hale, Tom. "Five things we learned from the harbour hearing." The Courier. 15 November 2019.',
        'State Office of Water Policy, "Use of river water by the farms of the valley" February 2014',
    ],
)
def test_dated_citation_is_no_quote(paragraph: str) -> None:
    assert extract_quotes([paragraph]) == ()


@pytest.mark.parametrize(
    "paragraph",
    [
        # a date after the attribution, not alone after the marks
        '"We will build the new bridge by the end of the year," Hale said on Aug. 22, 2019.',
        # a year inside a sentence that goes on
        '"The port had its best year since 2019," Hale said, adding that it would hire.',
    ],
)
def test_dated_speech_stays(paragraph: str) -> None:
    assert len(extract_quotes([paragraph])) == 1
