"""A company's abbreviated legal form keeps its dot, so that a speaker named with it is found."""

from __future__ import annotations

import pytest

from briefgen.extract.quotes import extract_quotes
from briefgen.extract.speaker_tokens import tokenize


@pytest.mark.parametrize("abbreviation", ["Inc.", "Corp.", "Co.", "Ltd."])
def test_a_company_abbreviation_is_one_token(abbreviation: str) -> None:
    assert abbreviation in [t.text for t in tokenize(f"Acme {abbreviation}, the maker, said")]


@pytest.mark.parametrize("paragraph, speaker", [
    ("Steve Menet, Senior Vice President of Sales for Dräger, Inc., says: “We will ship the first units this spring.”",
     "Steve Menet"),
    ("“The deal closes in March,” said Ann Lee, chief executive of Acme Corp., on Monday.", "Ann Lee"),
])
def test_a_speaker_named_beside_a_company_abbreviation(paragraph: str, speaker: str) -> None:
    assert [q.speaker for q in extract_quotes([paragraph])] == [speaker]
