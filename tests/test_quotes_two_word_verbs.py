"""A narration sentence with a two-word speech verb ("pointed out") names a speaker for a later "he said" (invented)."""

from __future__ import annotations

import pytest

from briefgen.extract.quotes import extract_quotes


@pytest.mark.parametrize(
    ("narration", "speaker"),
    [
        ("Raju Menon, Head of Research at Coastal Securities, pointed out that small stocks lag the index.",
         "Raju Menon"),
        ("Raju Menon, Head of Research at Coastal Securities, shot back at the critics of the fund.", "Raju Menon"),
    ],
)
def test_two_word_verb_names_reporter(narration: str, speaker: str) -> None:
    paragraphs = [narration, '"It is a market for single stocks, so do not expect a broad rally," he said.']
    assert extract_quotes(paragraphs)[-1].speaker == speaker
