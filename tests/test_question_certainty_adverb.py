"""A certainty adverb the sentence weighed its doubt with is not asked (question_rules.MENDS, rule
'certainty adverb kept'): the question asks the proposition, the adverb was the article's answer."""

from __future__ import annotations

import pytest

from briefgen.extract.question_rules import MENDS, finish
from briefgen.extract.questions import extract_questions
from briefgen.model import Article, Paragraph

RULE = MENDS["certainty adverb kept"][0]


@pytest.mark.parametrize(("question", "expected"), [
    ("Will the council almost certainly approve the levy", "Will the council approve the levy"),
    ("Will the ferry most likely resume service in May", "Will the ferry resume service in May"),
    ("Will the bridge in all likelihood be rebuilt", "Will the bridge be rebuilt"),
    ("Did the old mill probably close in 1950", "Did the old mill close in 1950"),
    ("Will the vote be held in June and almost certainly before the recess",
     "Will the vote be held in June and before the recess"),
])
def test_the_certainty_adverb_goes(question: str, expected: str) -> None:
    assert RULE.sub("", question) == expected


@pytest.mark.parametrize("question", [
    "Are storms most likely to strike in August",  # an adjective's phrase: "likely to"
    "Is the vote likely",
    "Will the ferry resume service in May",
])
def test_other_words_stay(question: str) -> None:
    assert RULE.sub("", question) == question


def test_finish_mends_the_question() -> None:
    assert finish("Will the council almost certainly approve the levy") == "Will the council approve the levy?"


@pytest.mark.parametrize(("sentence", "expected"), [
    ("If the levy passes, the council will almost certainly hire more teachers.", "Will the council hire more teachers?"),
    ("Polling data suggests that the mayor probably got about 9,000 votes, less than half of the total.",
     "Did the mayor get about 9,000 votes?"),
    ("Mr. Vance said the board will most likely vote on the levy on Monday.", "Will the board vote on the levy on Monday?"),
])
def test_questions_are_asked_without_it(sentence: str, expected: str) -> None:
    article = Article(name="t", paragraphs=(Paragraph("The storm closed the harbor in March."), Paragraph(sentence)))
    assert [q.question for q in extract_questions(article, ())] == [expected]
