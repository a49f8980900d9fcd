"""'it' in a clause reported with 'that' is the body that opens the reported clause, not the reporter
(question_namer.REPORTED_THAT)."""

from __future__ import annotations

import pytest

from briefgen.extract.questions import extract_questions
from briefgen.model import Actor, Article, Paragraph

BODIES = (Actor(name="Harbour Times", type="organization"), Actor(name="Acme", type="organization"),
          Actor(name="Port Authority", type="organization"))


def _questions(sentence: str) -> list[str]:
    article = Article(name="t", paragraphs=(Paragraph(sentence),))
    return [q.question for q in extract_questions(article, BODIES)]


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Harbour Times reported on Friday that Acme is facing scrutiny from the Port Authority over whether it violated "
     "safety rules.", "Did Acme violate safety rules?"),
    ("Harbour Times said that Acme faces questions over whether it paid the dock fees.", "Did Acme pay the dock fees?"),
])
def test_it_in_a_reported_clause_is_that_clause_s_body(sentence: str, expected: str) -> None:
    assert expected in _questions(sentence)


@pytest.mark.parametrize(("sentence", "expected"), [
    # no "that" clause: the sentence's first body stays the one named
    ("Acme told Harbour Times on Friday that it may close the old dock next year.",
     "Will Acme close the old dock next year?"),
])
def test_it_without_a_reported_body_is_the_subject(sentence: str, expected: str) -> None:
    assert expected in _questions(sentence)
