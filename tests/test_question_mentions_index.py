"""Names found through the text's word index are those a whole-word search of the text finds (each place the name
starts, so a name that overlaps itself is found at both places)."""

from __future__ import annotations

import re

import pytest
from hypothesis import example, given, strategies as st

from briefgen.extract.question_mentions import is_family, noun_phrase_ends, occurrences, whole_word, word_index

_PIECES = st.sampled_from(["Trump", "Donald", "U.S.", "AT&T", "O'Brien", "the", "Trumps", "US", " ", ", ", ".", "'s",
                           "-", "7", "Señor", "é", "\n", "“", "Mr."])


def _search(name: str, text: str) -> list[int]:
    return [m.start() for m in whole_word(name).finditer(text)]


def _every_start(name: str, text: str) -> list[int]:
    return [at for at in range(len(text)) if whole_word(name).match(text, at)]


@given(st.lists(_PIECES, max_size=30).map("".join), st.lists(_PIECES, min_size=1, max_size=4).map("".join))
@example(text="the the the", name="the the")  # found at 0 and 4, where finditer, which never overlaps, finds 0 only
def test_the_index_finds_what_a_search_finds(text: str, name: str) -> None:
    found = occurrences(name, text, word_index(text))
    if re.match(r"\w", name):
        assert found == _every_start(name, text)
    else:  # (a name opening with a mark is searched the plain way)
        assert found == _search(name, text)
    assert set(_search(name, text)) <= set(found)


@pytest.mark.parametrize("name, text, found", [
    ("Trump", "Donald Trump met Trump's aides; Trumps and DTrump are others.", [7, 17]),
    ("Donald Trump", "Donald Trump, then Donald Trumpet.", [0]),
    ("U.S.", "The U.S. and the U.S.S.R. and US.", [4]),  # (not the start of "U.S.S.R.")
    ("'s", "it's a 's", [7]),  # a name opening with a mark is searched the plain way
])
def test_occurrences(name: str, text: str, found: list[int]) -> None:
    assert occurrences(name, text, word_index(text)) == found == _search(name, text)


def _is_family_by_search(name: str, text: str) -> bool:
    """is_family as it was written before it read the word index: whole-text searches."""
    if " " in name or not re.fullmatch(r"[A-Z][a-z]+[^s\W]s", name) or not whole_word(name[:-1]).search(text):
        return False
    offsets = _search(name, text)
    the = re.compile(r"\b[Tt]he $")  # (searched in place: "Clintonthe Clintons" has no "the" before the name)
    return sum(the.search(text, max(0, o - 4), o) is not None for o in offsets) * 2 > len(offsets)


_FAMILY_PIECES = st.sampled_from(["Clinton", "Clintons", "the", "The", "Clinton's", " ", ", ", ".", "Obamas", "\n"])


@given(st.lists(_FAMILY_PIECES, max_size=30).map("".join), st.sampled_from(["Clintons", "Obamas", "Clinton", "the"]))
@example(text="Clintonthe Clintons Clinton", name="Clintons")
def test_is_family_through_the_index_as_by_search(text: str, name: str) -> None:
    assert is_family(name, text) == _is_family_by_search(name, text)


@given(st.lists(_PIECES, max_size=30).map("".join), st.lists(_PIECES, min_size=1, max_size=4).map("".join))
def test_noun_phrase_ends_without_an_index_as_the_search(text: str, name: str) -> None:
    # (a name that overlaps itself, "the the" in "the the the", is found where finditer finds it, not at each word)
    assert noun_phrase_ends(name, text) == [o for o in _search(name, text) if noun_phrase_ends(name, text[o:])[:1] == [0]]


@pytest.mark.parametrize("name, text, found", [
    ("the the", "the the the.", []),  # finditer's match at 0 only, not the index's overlapping one at 4 before the "."
    ("Senate", "The Senate said so; the Senate Democratic Caucus met.", [4]),  # (not the modifier)
])
def test_noun_phrase_ends_cases(name: str, text: str, found: list[int]) -> None:
    assert noun_phrase_ends(name, text) == found
