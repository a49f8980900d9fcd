"""A pull-quote whose closing mark wraps a sign-off line (a post and a name): the name speaks, the line is no quote."""

from __future__ import annotations

import pytest

from briefgen.extract.quotes import extract_quotes
from briefgen.extract.speaker_labels import cue_inner_signoff, without_inner_signoff
from briefgen.readers.text import split_paragraphs

_BEFORE = "The committee met for the first time on Tuesday.\n\n"


@pytest.mark.parametrize(
    ("rule", "quoted", "expected"),
    [
        ("post and name", "The party has to listen to the young voters now. Former union president Ada Kline.",
         ("Ada Kline", "Former union president", "The party has to listen to the young voters now.")),
        ("an acronym and a title", "We will take this to the floor. Veteran NAACP organizer Sam Ortiz.",
         ("Sam Ortiz", "Veteran NAACP organizer", "We will take this to the floor.")),
        # anything else stays part of the quote, its speaker unknown here
        ("a verb before the name", "The vote is done. Ask former senator Ada Kline.", None),
        ("a name alone", "We love you all. Ada Kline.", None),
        ("a sentence that ends in a name", "He was wrong. I thank Senator Ada Kline.", None),
        ("an abbreviation ends no sentence", "Four died, including U.S. Ambassador Sam Ortiz.", None),
        ("one sentence only", "Former union president Ada Kline.", None),
    ],
)
def test_signoff(rule: str, quoted: str, expected: tuple[str, str, str] | None) -> None:
    cue = cue_inner_signoff(quoted)
    if expected is None:
        assert cue is None and without_inner_signoff(quoted) == quoted, rule
    else:
        assert cue is not None and (cue.speaker, cue.role, without_inner_signoff(quoted)) == expected, rule


def test_pull_quote_paragraph() -> None:
    text = _BEFORE + '"The party has to listen to the young voters now.\nFormer union president Ada Kline."'
    (quote,) = extract_quotes(split_paragraphs(text))
    assert (quote.text, quote.speaker, quote.role) == (
        "The party has to listen to the young voters now.", "Ada Kline", "Former union president")


def test_only_a_quote_standing_alone() -> None:
    # inside a narration sentence the marks' last words are read as written (no sign-off cut)
    text = _BEFORE + 'Lee said the plan failed: "The party has to listen now. Former union president Ada Kline."'
    (quote,) = extract_quotes(split_paragraphs(text))
    assert quote.text.endswith("Ada Kline.") and quote.speaker == "Lee"
