"""quote_repeats: the same words quoted twice are one speaker's (invented sentences)."""

from __future__ import annotations

import pytest

from briefgen.extract.quote_repeats import same_words_same_speaker
from briefgen.extract.quotes import extract_quotes
from briefgen.model import Quote


def speakers(paragraphs: list[str]) -> list[str | None]:
    return [q.speaker for q in extract_quotes(paragraphs)]


@pytest.mark.parametrize(
    ("rule", "paragraphs", "expected"),
    [
        ("an unattributed quote takes the speaker the article gives the same words elsewhere",
         ["What “a bridge for every town” would cost.",
          "“A bridge for every town,” Mayor Ann Lee said on Tuesday."], ["Ann Lee", "Ann Lee"]),
        ("two speakers for the same words: unknown stays unknown",
         ["Both camps promised “a bridge for every town” this year.",
          "“A bridge for every town,” Mayor Ann Lee said.", "“A bridge for every town,” Tom Hale said."],
         [None, "Ann Lee", "Tom Hale"]),
        ("other words: no speaker carried",
         ["What “a road for every farm” would cost.", "“A bridge for every town,” Mayor Ann Lee said."],
         [None, "Ann Lee"]),
    ],
)
def test_repeated_words(rule: str, paragraphs: list[str], expected: list[str | None]) -> None:
    assert speakers(paragraphs) == expected, rule


def test_a_short_phrase_is_anyone_s() -> None:
    quotes = [Quote("fake news"), Quote("Fake news", speaker="Ann Lee", speaker_key="ann-lee")]
    assert [q.speaker for q in same_words_same_speaker(quotes)] == [None, "Ann Lee"]


def test_keeps_order_and_fills_the_key() -> None:
    quotes = [Quote("We will build it now", paragraph=0), Quote("we will build it, now!", speaker="Ann Lee",
                                                                    role="Mayor", speaker_key="ann-lee", paragraph=3)]
    filled = same_words_same_speaker(quotes)
    assert [(q.paragraph, q.speaker, q.role, q.speaker_key) for q in filled] == [
        (0, "Ann Lee", "Mayor", "ann-lee"), (3, "Ann Lee", "Mayor", "ann-lee")]
