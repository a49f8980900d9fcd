"""speaker_tokens.tokenize keeps recent texts' tokens: the same words give the same tokens, each call its own list."""

from __future__ import annotations

import pytest

from briefgen.extract.speaker_tokens import tokenize

SENTENCES = [
    '"We will rebuild the pier," said Harbour Master Olwen Price.',
    "Mr. Dabrowski of Grantham Ltd. said the van was late.",
    "",
]


@pytest.mark.parametrize("sentence", SENTENCES)
def test_same_text_same_tokens(sentence: str) -> None:
    assert tokenize(sentence) == tokenize(sentence)


@pytest.mark.parametrize("sentence", SENTENCES)
def test_each_call_gets_its_own_list(sentence: str) -> None:
    first = tokenize(sentence)
    expected = list(first)
    first.clear()  # a caller that pops or trims its tokens leaves the next caller's alone
    first.append(None)  # type: ignore[arg-type]
    assert tokenize(sentence) == expected
    assert tokenize(sentence) is not tokenize(sentence)


def test_tokens_of_a_text_read_again_after_others() -> None:
    text = "said Ursula von der Leyen on Tuesday."
    before = tokenize(text)
    for n in range(1000):  # more texts than are kept
        tokenize(f"Lee said {n} times.")
    assert tokenize(text) == before
    assert [t.text for t in before] == ["said", "Ursula", "von der Leyen", "on", "Tuesday", "."]
