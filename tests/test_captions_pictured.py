"""captions.PICTURED_ASIDE: the name before "pictured" is read from its word's start, as the letter-by-letter
pattern it replaced read it, in time linear in the word's length."""

from __future__ import annotations

import re
import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from briefgen.extract.captions import CAPTION_MARKERS, PICTURED_ASIDE

# The pattern as it was: tried from every capital letter of a word, so a long capitalised word took quadratic time.
_LETTER_BY_LETTER = re.compile(r"(?:[,(]\s*|(?-i:[A-Z][\w'’-]+\s+))pictured\b", re.I)
_ASIDE = re.compile(PICTURED_ASIDE, re.I)


@pytest.mark.parametrize(
    ("text", "fires"),
    [
        ("Michael Schumacher pictured during testing.", True),
        ("Ronald McDonald pictured at the opening.", True),  # a capital inside the word
        ("Martin O’Neill pictured in 2014.", True),
        ("The iPhone pictured here is a fake.", True),  # (a capital after the word's first letter, as before)
        ("Lindsay Sandiford, pictured, believes she will die.", True),
        ("Kym Ellery (pictured left) walked out.", True),
        ("They were pictured arriving at the port.", False),
        ("A word endinG pictured nothing.", False),  # a capital only as the word's last letter, as before
        ("x pictured", False),
    ],
)
def test_pictured_aside(text: str, fires: bool) -> None:
    assert bool(CAPTION_MARKERS["pictured aside"].pattern.search(text)) is fires
    assert bool(_LETTER_BY_LETTER.search(text)) is fires


@settings(max_examples=300)
@given(st.lists(st.sampled_from(["A", "b", "Mc", "’", "-", "1", " ", ", ", "(", "pictured", "Pictured", "é", "\n"]),
                max_size=14).map("".join))
def test_same_findings_as_letter_by_letter(text: str) -> None:
    assert bool(_ASIDE.search(text)) == bool(_LETTER_BY_LETTER.search(text))


@pytest.mark.parametrize("word", ["A" * 50_000, "Ab" * 25_000, "a" * 50_000 + "B"])
def test_a_long_word_is_read_once(word: str) -> None:
    # (the letter-by-letter pattern took 0.19 s on 6,400 capitals and grew with the square of the length: ~12 s here)
    began = time.perf_counter()
    assert not _ASIDE.search(f"Hello {word} was pictured here")
    assert time.perf_counter() - began < 0.5
