"""'they' reaching back one sentence for a body: after a sentence whose subject is a plural common noun ("People who
…") it is those, not a body named later in that sentence (question_namer rule they-plural-subject-before)."""

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
