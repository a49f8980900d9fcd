"""Names found through the text's word index are exactly those a whole-word search of the text finds."""

from __future__ import annotations

import pytest
from hypothesis import given, strategies as st

from briefgen.extract.question_mentions import occurrences, whole_word, word_index

_PIECES = st.sampled_from(["Trump", "Donald", "U.S.", "AT&T", "O'Brien", "the", "Trumps", "US", " ", ", ", ".", "'s",
                           "-", "7", "Señor", "é", "\n", "“", "Mr."])


def _search(name: str, text: str) -> list[int]:
    return [m.start() for m in whole_word(name).finditer(text)]


@given(st.lists(_PIECES, max_size=30).map("".join), st.lists(_PIECES, min_size=1, max_size=4).map("".join))
def test_the_index_finds_what_a_search_finds(text: str, name: str) -> None:
    assert occurrences(name, text, word_index(text)) == _search(name, text)


@pytest.mark.parametrize("name, text, found", [
    ("Trump", "Donald Trump met Trump's aides; Trumps and DTrump are others.", [7, 17]),
    ("Donald Trump", "Donald Trump, then Donald Trumpet.", [0]),
    ("U.S.", "The U.S. and the U.S.S.R. and US.", [4]),  # (not the start of "U.S.S.R.")
    ("'s", "it's a 's", [7]),  # a name opening with a mark is searched the plain way
])
def test_occurrences(name: str, text: str, found: list[int]) -> None:
    assert occurrences(name, text, word_index(text)) == found == _search(name, text)
