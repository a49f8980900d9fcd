"""A word opening a subordinate clause or a glued heading label is no subject (question_namer
SUBORDINATING_PARTICIPLES, HEADING_LABELS), and a verb that needs
its object or clause does not end a question (question_ends.DANGLING_END); a past verb after a subordinator
is not its clause's (question_clauses.SUBORDINATORS_IN_SUBJECT)."""

from __future__ import annotations

import pytest

from briefgen.extract.question_ends import DANGLING_END
from briefgen.extract.questions import extract_questions
from briefgen.model import Article, Paragraph


def _questions(sentence: str) -> list[str]:
    return [q.question for q in extract_questions(Article(name="t", paragraphs=(Paragraph(sentence),)))]


@pytest.mark.parametrize(("sentence", "opener"), [
    ("Considering a tablet is intended to be a travel device, the short battery life is annoying.", "considering"),
    ("Assuming a ferry is intended to be a cheap ride, the new fares are a shock.", "assuming"),
])
def test_a_subordinating_participle_is_no_subject(sentence: str, opener: str) -> None:
    assert not any(opener in q.lower() for q in _questions(sentence))


@pytest.mark.parametrize("sentence", [
    "Summary Sleep apnea may be linked to a higher risk of heart disease.",
    "Summary The new diet may help some people lose weight.",
    "Conclusion Regular walks may lower blood pressure in older adults.",
])
def test_a_glued_heading_label_is_no_subject(sentence: str) -> None:
    assert not any(sentence.split()[0] in q for q in _questions(sentence))


def test_a_label_word_before_a_lower_case_word_stays() -> None:
    assert "Will the summary of the report be published next week?" in _questions(
        "The summary of the report may be published next week.")


@pytest.mark.parametrize(("question", "dangling"), [
    ("Will the harbour board provide an opportunity to ensure?", True),
    ("Will the new locks ensure?", True),
    ("Will the new locks ensure the safety of the boats?", False),
    ("Will the council ensure that the school opens on time?", False),
])
def test_ensure_needs_its_object(question: str, dangling: bool) -> None:
    assert bool(DANGLING_END["verb without its object"].search(question.rstrip("?"))) is dangling


@pytest.mark.parametrize("sentence", [
    "We didn't expect much change when it came to prices, but after the sale we were surprised.",
    "The mayor did not expect many voters when it came to the vote.",
])
def test_a_past_verb_after_a_subordinator_is_not_the_clauses(sentence: str) -> None:
    assert not any(" come " in q for q in _questions(sentence))


def test_a_subordinate_clause_after_the_verb_stays() -> None:
    assert "Did the dockers walk out when the owners cut their pay?" in _questions(
        "Police believe the dockers walked out when the owners cut their pay.")
