"""Speakers a quote takes from the narration before it, when its own sentence names no one (invented sentences)."""

from __future__ import annotations

import pytest

from briefgen.extract.quotes import extract_quotes


def speakers(paragraphs: list[str]) -> list[str | None]:
    return [q.speaker for q in extract_quotes(paragraphs)]


@pytest.mark.parametrize(
    ("rule", "paragraphs", "expected"),
    [
        ("a quote standing as its own paragraph: the subject of the paragraph before",
         ["Mayor Ana Ruiz praised the new levee plan on Monday.", "“It will keep the river out of our homes.”"],
         ["Ana Ruiz"]),
        ("… or the speaker of its reported speech",
         ["Ruiz said the county would pay for the first phase.", "“We cannot wait for the state to act.”"],
         ["Ruiz"]),
        ("no name in the paragraph before: unknown stays unknown",
         ["The river rose three feet overnight.", "“We have never seen anything like this.”"], [None]),
        ("narration beside the quote: not a paragraph of the speaker's words alone",
         ["Mayor Ana Ruiz praised the new levee plan on Monday.",
          "“It will keep the river out of our homes.” The vote is set for June."], [None]),
    ],
)
def test_quote_paragraph_after_narration(rule: str, paragraphs: list[str], expected: list[str | None]) -> None:
    assert speakers(paragraphs) == expected, rule


@pytest.mark.parametrize(
    ("rule", "paragraphs", "expected"),
    [
        ("an attribution closing the sentence names who said the quotes inside it",
         ["The pledge to “rebuild every bridge” and “fix every road” won over rural voters who felt that the capital "
          "had forgotten them and their towns for more than twenty long years, said Ann Lee, a pollster at Marist."],
         ["Ann Lee", "Ann Lee"]),
        ("… in the form 'Lee said' as well",
         ["The pledge to “rebuild every bridge” won over rural voters who felt that the capital had forgotten them "
          "and their towns for more than twenty long years, Lee said."],
         ["Lee"]),
        ("… but a closing clause without a speech verb names no one",
         ["Her call for “a total and complete review” of the levees won praise from farmers, engineers and, "
          "eventually, the mayor."], [None]),
    ],
)
def test_attribution_at_the_sentence_end(rule: str, paragraphs: list[str], expected: list[str | None]) -> None:
    assert speakers(paragraphs) == expected, rule
