"""A speech verb in the passive ("was told", "been asked") names the one spoken to as its subject: the question it
makes is whole (question_rules 'speech without its words', question_grammar._NOT_PASSIVE)."""

from __future__ import annotations

import pytest

from briefgen.extract.question_grammar import trim_predicate
from briefgen.extract.questions import extract_questions
from briefgen.model import Article, Paragraph


def _questions(sentence: str) -> list[str]:
    paragraphs = ("The committee met on Thursday.", sentence, "The chairman left early.")
    return [q.question for q in extract_questions(Article(name="t", paragraphs=tuple(map(Paragraph, paragraphs))))]


@pytest.mark.parametrize(("sentence", "expected"), [
    ("It is unclear whether the auditors had even been told.", "Were the auditors even told?"),
    ("It is not known whether the pilots were asked.", "Were the pilots asked?"),
    ("It remains unclear whether the tenants will be told.", "Will the tenants be told?"),
    ("It is uncertain whether the inspector was ever asked.", "Was the inspector ever asked?"),
    ("Shareholders may never be told.", "Will shareholders be told?"),
    # (a passive speech verb before its complement is no attribution that ends the clause)
    ("The nurses may be told before the strike.", "Will the nurses be told before the strike?"),
    ("It is unclear whether the coach has been told yet.", "Has the coach been told yet?"),
    ("It is uncertain whether the witness was told by the judge.", "Was the witness told by the judge?"),
])
def test_a_passive_speech_verb_is_asked(sentence: str, expected: str) -> None:
    assert _questions(sentence) == [expected]


@pytest.mark.parametrize("sentence", [
    "“If one steps back and says, what is the largest cost, it is rent,” Okafor said.",  # speech, no words
    "It is unclear what the treasurer told.",  # the words told are what is missing
    "The same could not be said for the goalkeeper, who was injured in May.",  # a passive "said": a statement
])
def test_speech_without_its_words_still_asks_nothing(sentence: str) -> None:
    assert _questions(sentence) == []


@pytest.mark.parametrize("predicate", [
    "be ready in June the governor told reporters",  # an attribution ends the clause
    "close the mill analysts said on Friday",
])
def test_an_active_speech_verb_ends_the_clause(predicate: str) -> None:
    assert not any(verb in (trim_predicate(predicate) or "").split() for verb in ("told", "said"))


@pytest.mark.parametrize("predicate", [
    "be told before the strike",
    "have been told by the judge",
    "get told about the plan",
])
def test_a_passive_speech_verb_does_not_end_the_clause(predicate: str) -> None:
    assert trim_predicate(predicate) == predicate
