"""The words before a candidate, read from the end of its paragraph's prefix, are those a split of the prefix gives."""

from __future__ import annotations

from hypothesis import given, strategies as st

from briefgen.extract.actor_candidate import Candidate

_WORDS = st.sampled_from(["the", "The", "a", "An", "in", "Moscow's", "AB’s", "Bank's", "said", ",", " ", "  ", "\n", "x"])


def _naive_word_before(prefix: str) -> str:
    words = prefix.split()
    while words and (words[-1].lower() in {"the", "a", "an"} or words[-1][:1].isupper() and words[-1].endswith(("'s", "’s"))):
        words = words[:-1]
    return words[-1].lower() if words else ""


@given(st.lists(_WORDS, max_size=60).map(" ".join), st.integers(min_value=1, max_value=3))
def test_words_before_and_word_before_match_a_split_of_the_prefix(prefix: str, n: int) -> None:
    candidate = Candidate(name="Acme", kind="organization", paragraph=prefix + "Acme said.", start=len(prefix), index=1)
    assert candidate.words_before(n) == prefix.split()[-n:]
    assert candidate.word_before() == _naive_word_before(prefix)


def test_a_long_run_of_owners_is_stepped_over() -> None:
    prefix = "in " + "Moscow's " * 40 + "the "
    candidate = Candidate(name="Clinic", kind="place", paragraph=prefix + "Clinic", start=len(prefix), index=1)
    assert candidate.word_before() == "in"
