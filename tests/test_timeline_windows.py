"""The timeline's per-date look-backs, read once per sentence or in a window of words, equal the searches of the whole
text before each date they replace (which made long sentences with many dates quadratic)."""

from __future__ import annotations

from bisect import insort

from hypothesis import given
from hypothesis import strategies as st

from briefgen.extract import date_captions, timeline, timeline_tense
from briefgen.extract.captions import PHOTO_VERB_CAPTION
from briefgen.extract.sentences import words_back

WORDS = ["Smith", "Jones", "Ann", "poses", "looks", "on", "pictured", "posed", "was", "hundred", "walked", "the", "a",
         "his", "Monday", "2019", "and", "To", "waves", "Mr.", "Lee's", "(pictured", "in", "said", "is", "reds", "ed",
         "smiles", "look", "Paul,", "Casey", "stand", "stands"]
SENTENCES = st.lists(st.sampled_from(WORDS), min_size=1, max_size=14).map(" ".join)


@given(SENTENCES, st.integers(0, 120))
def test_found_before_equals_a_search_of_the_prefix(sentence: str, end: int) -> None:
    end = min(end, len(sentence))
    for pattern in (PHOTO_VERB_CAPTION, date_captions._HAS_VERB):
        assert date_captions._found_before(pattern, sentence, end) is bool(pattern.search(sentence[:end]))


@given(SENTENCES, st.integers(0, 120))
def test_word_windows_equal_a_search_of_the_prefix(sentence: str, end: int) -> None:
    end = min(end, len(sentence))
    for pattern, words in ((date_captions._PICTURED, date_captions.PICTURED_WORDS),
                           (date_captions._MODIFIES_NEXT, date_captions.MODIFIER_WORDS),
                           (timeline_tense._OPENS_CLAUSE, timeline_tense.OPENS_CLAUSE_WORDS)):
        windowed = pattern.search(sentence, words_back(sentence, end, words), end)
        assert bool(windowed) is bool(pattern.search(sentence[:end]))


@given(st.lists(st.tuples(st.integers(0, 60), st.integers(0, 8)), max_size=30))
def test_overlaps_equals_testing_every_span(spans: list[tuple[int, int]]) -> None:
    taken: list[tuple[int, int]] = []
    for start, length in spans:
        end = start + length
        expected = any(s < end and start < e for s, e in taken)
        assert timeline._overlaps(taken, start, end) is expected
        if not expected:
            insort(taken, (start, end))
