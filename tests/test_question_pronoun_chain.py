"""A he/she after sentences whose subject is that pronoun ("He was not a fighter, as Joe Walsh can be. Rather, he
…") is the person those sentences keep speaking of, not a name their objects or possessives give (question_namer rule
he-she-pronoun-chain)."""

from __future__ import annotations

import pytest

from briefgen.extract.questions import extract_questions
from briefgen.model import Actor, Article, Paragraph

ACTORS = (Actor(name="Tom Reed", type="person"), Actor(name="Joe Walsh", type="person"))
OPENING = "Senator Tom Reed spoke in Ohio on Monday."


def _questions(*paragraphs: str) -> list[str]:
    article = Article(name="t", paragraphs=tuple(Paragraph(p) for p in paragraphs))
    return [q.question for q in extract_questions(article, ACTORS)]


@pytest.mark.parametrize(("paragraphs", "expected"), [
    # a possessive in a sentence opened by "His" is no antecedent of its later "he"
    (("His praise of Joe Walsh's budget surprised aides, and he may run for governor next year.",),
     "Will Tom Reed run for governor next year?"),
    # the sentence before opens with "He": its object is passed over
    (("He was not a fighter, as Joe Walsh can be.", "Rather, he might win over voters with humor."),
     "Will Tom Reed win over voters with humor?"),
    # a quote opened by "His": the names inside the quote are passed over
    (("“His deal with Joe Walsh is under review,” an aide said.", "He may run for governor next year."),
     "Will Tom Reed run for governor next year?"),
])
def test_he_continues_the_pronoun_chain(paragraphs: tuple[str, ...], expected: str) -> None:
    assert _questions(OPENING, *paragraphs) == [expected]


@pytest.mark.parametrize(("paragraphs", "expected"), [
    # a sentence with a named subject breaks the chain
    (("Joe Walsh praised the plan.", "He may run for governor next year."), "Will Joe Walsh run for governor next year?"),
    # the speaker after a quote opened by "He" is not inside the quote: still the last person named
    (("“He is a fine man,” said Joe Walsh.", "He may run for governor next year."),
     "Will Joe Walsh run for governor next year?"),
    # a name after a preposition, not a possessive, stays the pronoun's in its own sentence
    (("He met Joe Walsh, who told reporters he might run for governor.",), "Will Joe Walsh run for governor?"),
])
def test_a_named_subject_or_speaker_still_names_he(paragraphs: tuple[str, ...], expected: str) -> None:
    assert _questions(OPENING, *paragraphs) == [expected]
