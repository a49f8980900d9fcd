"""A plain "will" is the writer's settled statement: its sentence is not asked through it when the only doubt stands
later in its predicate, in a modal verb (questions.LATER_DOUBT_CUES); nor is a court's refusal told in the simple past
(questions._refusal_told)."""

from __future__ import annotations

import pytest

from briefgen.extract.questions import extract_questions
from briefgen.model import Article, Paragraph


def _questions(sentence: str) -> list[str]:
    return [q.question for q in extract_questions(Article(name="t", paragraphs=(Paragraph(sentence),)))]


@pytest.mark.parametrize(("sentence", "not_asked"), [
    ("The new ferry will carry two hundred cars across the bay but dock at a pier where storms could damage its hull.",
     "Will the new ferry carry two hundred cars across the bay?"),
    ("The probe will carry three cameras and a radar, which might find traces of ice on its twelve passes.",
     "Will the probe carry three cameras and a radar?"),
    ("The museum will lend the paintings to the city, which may show them in the old town hall next summer.",
     "Will the museum lend the paintings to the city?"),
    # the first later doubt heads a verb joined by "and" or a clause of its own (LATER_PREDICATE_BREAKS)
    ("The trip will feature a visit to the museum and perhaps yield a new deal on fishing quotas.",
     "Will the trip feature a visit to the museum and perhaps yield a new deal on fishing quotas?"),
    ("The port authority will watch the tides closely and could shut the gates if the water rises.",
     "Will the port authority watch the tides closely?"),
    ("The new board will face tighter rules on spending, meaning that more delays are possible.",
     "Will the new board face tighter rules on spending?"),
])
def test_a_plain_will_is_not_asked_for_a_later_doubt(sentence: str, not_asked: str) -> None:
    assert not_asked not in _questions(sentence)


@pytest.mark.parametrize(("sentence", "asked"), [
    # a condition bears on the "will"
    ("The union will strike next month if the owners cut wages again.",
     "Will the union strike next month if the owners cut wages again?"),
    # a doubt right after "will"
    ("The council will likely approve the new harbour budget next week.",
     "Will the council approve the new harbour budget next week?"),
    # an adverb of doubt later on leaves the forecast itself open
    ("The mayor will win every ward of the city except perhaps the harbour.",
     "Will the mayor win every ward of the city except perhaps the harbour?"),
    # a later modal has its own question
    ("The mayor will open the bridge, and the council may rename it after the engineer.",
     "Will the council rename it after the engineer?"),
])
def test_a_will_with_its_own_doubt_is_still_asked(sentence: str, asked: str) -> None:
    assert asked in _questions(sentence)


@pytest.mark.parametrize("sentence", [
    "Last month, a county judge rejected the builder's attempt to delay the harbour hearing.",
    "The appeals court this week rejected a request from the fishermen to reopen the old pier.",
    "The district court dismissed the union's request to stop the harbour works in a ruling released on Friday.",
])
def test_a_refusal_told_in_the_simple_past_is_not_asked(sentence: str) -> None:
    assert not any(" accept " in q for q in _questions(sentence))


@pytest.mark.parametrize(("sentence", "asked"), [
    # a refusal that stands, or one that bargaining may undo: still open
    ("The harbour board has rejected the union's latest offer on night shifts.",
     "Will the harbour board accept the union's latest offer on night shifts?"),
    ("The dockers rejected the harbour board's latest offer on night shifts.",
     "Will the dockers accept the harbour board's latest offer on night shifts?"),
])
def test_a_standing_refusal_is_still_asked(sentence: str, asked: str) -> None:
    assert asked in _questions(sentence)
