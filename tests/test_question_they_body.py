"""'they' and 'it' naming no person: after a sentence whose subject is a plural common noun ("People who …"),
'they' is those, not a body named later in that sentence (question_namer rule they-plural-subject-before); a
pronoun is never its sentence's "The …" subject of the other number (rule number-agrees)."""

from __future__ import annotations

import pytest

from briefgen.extract.questions import extract_questions
from briefgen.model import Actor, Article, Paragraph

ACTORS = (Actor(name="BCD", type="organization"), Actor(name="Acme", type="organization"))


def _questions(*paragraphs: str) -> list[str]:
    article = Article(name="t", paragraphs=tuple(Paragraph(p) for p in paragraphs))
    return [q.question for q in extract_questions(article, ACTORS)]


@pytest.mark.parametrize("first", [
    "Patients who are treated for BCD often sleep badly.",
    "Many families affected by BCD live far from a clinic.",
    "People with BCD often eat too much.",
])
def test_they_after_a_plural_subject_is_not_the_body_that_sentence_names(first: str) -> None:
    questions = _questions(first, "After a long day, they may feel tired and anxious.")
    assert not any("BCD" in q for q in questions)


@pytest.mark.parametrize(("first", "expected"), [
    ("Acme lost two big contracts in May.", "Will Acme cut more jobs?"),
    ("On Monday, Acme lost two big contracts.", "Will Acme cut more jobs?"),
])
def test_they_still_names_the_body_of_the_sentence_before(first: str, expected: str) -> None:
    assert _questions(first, "They may cut more jobs.") == [expected]


@pytest.mark.parametrize("sentence", [
    "The second is a test that decides whether they are eligible for more aid.",  # "they" after "is"
    "The talks were held in secret to decide whether it should be sold.",  # "it" after "were"
    "The buyers have asked whether it will be sold at auction.",  # "it" after "have"
])
def test_a_pronoun_is_not_its_sentences_subject_of_the_other_number(sentence: str) -> None:
    # rule number-agrees: the verb after "The …" tells the subject's number
    assert _questions("The rules took effect in May.", sentence) == []


@pytest.mark.parametrize(("sentence", "expected"), [
    ("The gun was sent to a lab to determine whether it was used in the attack.", "Was the gun used in the attack?"),
    ("The protesters were warned that they might be arrested.", "Will the protesters be arrested?"),
])
def test_a_pronoun_is_its_sentences_subject_of_the_same_number(sentence: str, expected: str) -> None:
    assert _questions("The rules took effect in May.", sentence) == [expected]


def _asked(sentence: str) -> list[str]:
    return [q.question for q in extract_questions(Article(name="t", paragraphs=(Paragraph(sentence),)))]


@pytest.mark.parametrize("sentence", [
    "Critics argued that those featured in the advert may be paid actors.",
    "The union said those who signed the letter may be fired next week.",
    "The mayor fears those of us living by the river may have to move.",
])
def test_those_standing_for_people_is_no_noun_phrase(sentence: str) -> None:
    assert not any(" the featured " in q or " the who " in q or " the of " in q for q in _asked(sentence))


def test_those_with_its_noun_becomes_the() -> None:
    assert "Will the plates recovered from the wreck be sold next year?" in _asked(
        "Those plates recovered from the wreck may be sold next year.")
