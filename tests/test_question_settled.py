"""A modal that tells what was so or what is allowed asks nothing (question_settled.SETTLED_MODALS): a past
perception ('could see the smoke'), a permission ('may now return'), a habit of the past ('Every summer he would')."""

from __future__ import annotations

import pytest

from briefgen.extract.question_settled import settled_modal
from briefgen.extract.questions import extract_questions
from briefgen.model import Article, Paragraph


def _questions(sentence: str) -> list[str]:
    return [q.question for q in extract_questions(Article(name="t", paragraphs=(Paragraph(sentence),)))]


@pytest.mark.parametrize(("rule", "sentence", "not_asked"), [
    ("past perception", "Maria Lopez could see the smoke from her window as the fire spread across the valley.",
     "Will Maria Lopez see the smoke from her window as the fire spread across the valley?"),
    ("past perception", "Witnesses at the Westfield mall could hear gunshots and screaming from inside the building.",
     "Will witnesses at the Westfield mall hear gunshots and screaming from inside the building?"),
    ("past perception", "Mayor Anne Brook could sense the anger in the room during the meeting.",
     "Will Mayor Anne Brook sense the anger in the room during the meeting?"),
    ("permission now", "Residents of Ashford may now return to their homes, the council said.",
     "Will residents of Ashford return to their homes?"),
    ("permission now", "Students may now apply for the grant online.",
     "Will students apply for the grant online?"),
    ("past habit", "As a boy, John Carter would spend hours in the workshop, possibly because his father worked there.",
     "Will John Carter spend hours in the workshop?"),
])
def test_a_settled_modal_is_not_asked(rule: str, sentence: str, not_asked: str) -> None:
    assert not_asked not in _questions(sentence)


@pytest.mark.parametrize(("rule", "modal", "predicate", "before", "sentence"), [
    ("past perception", "could", "see the smoke from her window", "Maria Lopez ",
     "Maria Lopez could see the smoke from her window."),
    ("past perception", "could not", "hear the pilot over the engines", "The crew ",
     "The crew could not hear the pilot over the engines."),
    ("permission now", "may now", "formally register their boats", "Fishermen ",
     "Fishermen may now formally register their boats."),
    ("past habit", "would", "sail to the island", "Every summer he ", "Every summer he would sail to the island."),
    ("past habit", "would", "walk to the mill", "When she was young, she ",
     "When she was young, she would walk to the mill."),
])
def test_rule_names(rule: str, modal: str, predicate: str, before: str, sentence: str) -> None:
    assert settled_modal(modal, predicate, before, sentence) == rule


@pytest.mark.parametrize(("sentence", "asked"), [
    # a forecast "sees" what may come
    ("Acme Corp could see profits fall next year if the tariffs stay.",
     "Will Acme Corp see profits fall next year if the tariffs stay?"),
    # "may now" with a doubt, not a permission
    ("Officials said the storm may now hit the coast on Friday.", "Will the storm hit the coast on Friday?"),
])
def test_an_open_modal_is_still_asked(sentence: str, asked: str) -> None:
    assert asked in _questions(sentence)


@pytest.mark.parametrize(("modal", "predicate", "before", "sentence"), [
    ("could", "see a sharp rise in prices", "Farmers ", "Farmers could see a sharp rise in prices."),
    ("could", "feel a budget pinch", "Towns ", "Towns could feel a budget pinch if new residents arrive."),
    ("may", "return to their homes", "Residents ", "Residents may return to their homes."),
    ("may now", "be working against him", "History ", "History may now be working against him."),
    ("would", "sail to the island", "He said he ", "He said he would sail to the island."),
])
def test_open_modals_meet_no_rule(modal: str, predicate: str, before: str, sentence: str) -> None:
    assert settled_modal(modal, predicate, before, sentence) is None


@pytest.mark.parametrize("sentence", [
    "Small savers could see their deposits wiped out by the new levy.",
    "Farmers could see prices climb sharply after the drought.",
])
def test_a_forecast_seen_is_no_past_perception(sentence: str) -> None:
    predicate = sentence.split(" could ", 1)[1]
    assert settled_modal("could", predicate, sentence.split(" could ", 1)[0] + " ", sentence) is None


@pytest.mark.parametrize(("predicate", "sentence"), [
    ("feel the pinch at the pump", "Drivers could feel the pinch at the pump."),
    ("hear the appeal", "The Supreme Court could hear the appeal."),
])
def test_a_forecast_object_is_no_past_perception(predicate: str, sentence: str) -> None:
    assert settled_modal("could", predicate, sentence.split(" could ", 1)[0] + " ", sentence) is None


def test_a_proposals_yearly_effect_is_no_past_habit() -> None:
    sentence = "Each year the plan would save the county three million dollars."
    assert settled_modal("would", "save the county three million dollars", "Each year the plan ", sentence) is None
    assert settled_modal("would", "walk to the mill", "Every day she ", "Every day she would walk to the mill.") == \
        "past habit"
