"""Perfects read by question_clauses: a word ending in -ed/-en that is no participle ("have seven", "have even
more") is not a perfect, and an auxiliary's "not" is read once, whatever space comes before it."""

from __future__ import annotations

import pytest

from briefgen.extract.question_clauses import PARTICIPLE, PERFECT
from briefgen.extract.questions import extract_questions
from briefgen.model import Article, Paragraph


def _questions(*paragraphs: str) -> list[str]:
    article = Article(name="t", paragraphs=tuple(Paragraph(p) for p in paragraphs))
    return [q.question for q in extract_questions(article)]


@pytest.mark.parametrize(("words", "perfect"), [
    ("have collapsed", True),
    ("have fallen", True),
    ("have been", True),
    ("have even collapsed", True),  # an adverb between "have" and its participle
    ("have often misled", True),
    ("have indeed sailed", True),
    ("have seven seats", False),  # a number, not a participle
    ("have ten beds", False),
    ("have even more delays", False),  # "even" before a noun phrase
    ("have often", False),
    ("have women on the board", False),
    ("have children", False),
    ("have when", False),
    ("have between two and three", False),
])
def test_perfect(words: str, perfect: bool) -> None:
    assert bool(PERFECT.match(words)) is perfect


@pytest.mark.parametrize(("word", "participle"), [
    ("opened", True), ("taken", True), ("seen", True), ("been", True),
    ("open", False), ("even", False), ("eleven", False), ("seventeen", False), ("need", False), ("indeed", False),
])
def test_participle(word: str, participle: bool) -> None:
    assert bool(PARTICIPLE.fullmatch(word)) is participle


CASES = [
    # "have" + a number or "even more" is possession in the future, not a perfect asked with "Has"
    ("modal have ten", "Officials say the new clinic could have ten beds by the end of the year.",
     ["Will the new clinic have ten beds by the end of the year?"]),
    ("modal have even more", "Experts think the airline might have even more delays next winter.",
     ["Will the airline have even more delays next winter?"]),
    ("modal have seven", "Analysts believe the ruling party may have seven seats after the vote in June.",
     ["Will the ruling party have seven seats after the vote in June?"]),
    # an adverb before a real participle keeps the perfect
    ("modal have even + participle", "Officials say the bridge may have even collapsed before the storm.",
     ["Has the bridge even collapsed before the storm?"]),
    ("modal have often + participle", "Analysts believe the union may have often misled its members about the deal.",
     ["Has the union often misled its members about the deal?"]),
    ("past perfect with even", "The coach suggested the side had even considered a move.",
     ["Did the side even consider a move?"]),
    # a wh-question drops its clause when the auxiliary is negated, whatever space is before "not"
    ("why, had not", "The board wondered why the mayor had not spoken about the plan.", []),
    ("why, had newline not", "The board wondered why the mayor had\nnot spoken about the plan.", []),
]


@pytest.mark.parametrize(("name", "sentence", "expected"), CASES, ids=[c[0] for c in CASES])
def test_questions(name: str, sentence: str, expected: list[str]) -> None:
    assert _questions(sentence) == expected
