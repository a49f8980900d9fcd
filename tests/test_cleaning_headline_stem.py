"""headline._stem: the first of STEM_ENDINGS a word ends with is cut, trying only the endings of its last letter."""

from __future__ import annotations

import pytest

from briefgen.cleaning.headline import STEM_ENDINGS, STEM_MIN_CHARS, _content_words, _stem


def first_ending_stem(word: str) -> str:
    """The rule as written: every ending tried in STEM_ENDINGS' order."""
    for ending in STEM_ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= STEM_MIN_CHARS:
            return word[:-len(ending)]
    return word


@pytest.mark.parametrize("word, stem", [
    ("hibernation", "hibern"), ("hibernating", "hibern"), ("pleads", "plead"), ("pleaded", "plead"),
    ("investigations", "investig"), ("meetings", "meet"), ("libraries", "librar"), ("council", "council"),
    ("states", "stat"), ("created", "creat"), ("notes", "note"), ("ates", "ates"), ("city", "city"), ("year", "year"),
    ("", ""), ("bus", "bus"), ("houses", "hous"), ("2019", "2019"), ("café", "café"), ("大学", "大学"),
])
def test_stem_cuts_the_first_ending_leaving_four_characters(word: str, stem: str) -> None:
    assert _stem(word) == stem == first_ending_stem(word)


def test_stem_agrees_with_trying_every_ending_on_each_ending_and_letter() -> None:
    for ending in STEM_ENDINGS:
        for root in ("", "a", "abc", "abcd", "stat", "creat", "ion", "ation", "ing"):
            for word in (root + ending, root + ending + "x", root + ending[1:], ending[:-1]):
                assert _stem(word) == first_ending_stem(word), word


def test_content_words_of_a_set_are_the_set_of_content_words() -> None:
    tokens = "the council voted to close the libraries and the council met again about the library".split()
    assert set(_content_words(set(tokens))) == set(_content_words(tokens))
