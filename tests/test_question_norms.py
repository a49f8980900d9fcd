"""A "should" that tells what ought to be asks nothing (question_norms): a norm about people at large, an ongoing
duty, a fitting feeling or role, the speaker's own view; a demand on a named party, a third person's view and a
forecast with a time ahead are still asked."""

from __future__ import annotations

import pytest

from briefgen.extract.question_norms import GENERIC_SUBJECTS, NORMATIVE_PREDICATES, normative_should, own_view_of_norm
from briefgen.extract.questions import extract_questions
from briefgen.model import Article, Paragraph


def _questions(sentence: str) -> list[str]:
    return [q.question for q in extract_questions(Article(name="t", paragraphs=(Paragraph(sentence),)))]


@pytest.mark.parametrize(("rule", "sentence", "not_asked"), [
    ("ongoing duty", "Mayor Ann Lee suggested the council should be doing more for cyclists.",
     "Will the council be doing more for cyclists?"),
    ("fitting feeling", "The owners should be very worried, the analysts suggested.",
     "Will the owners be very worried?"),
    ("generic subject", "Professor Ruth Hale suggested a person should not have to choose between rent and food.",
     "Will a person have to choose between rent and food?"),
    ("generic subject", "Coach Dan Price thinks kids should actually listen to their teachers.",
     "Will kids actually listen to their teachers?"),
    ("generic subject", "\"Well done,\" Coach Dan Price replied, before adding that he thinks \"kids should actually "
     "listen to their teachers.\"", "Will kids actually listen to their teachers?"),
    ("generic subject", "Coach Dan Price suggested that parents should read to their children every night.",
     "Will parents read to their children every night?"),
    ("fitting role", "Mayor Ann Lee thinks road safety should now be the first priority for the council.",
     "Will road safety now be the first priority for the council?"),
    ("fitting role", "Mayor Ann Lee thinks the closure should be a \"red flag\" for the region.",
     "Will the closure be a \"red flag\" for the region?"),
    ("fitting role", "Mayor Ann Lee thinks the closure should be a warning to the other mills.",
     "Will the closure be a warning to the other mills?"),
    ("first-person view", "\"We don't believe that councils should sell their parks to developers,\" said Tom Reed, "
     "director of the Parks Trust.", "Will councils sell their parks to developers?"),
    ("first-person view", "\"We do not think the school should close,\" said Ann Lee, a parent.",
     "Will the school close?"),
    ("undue burden", "Nurse Ellen Park suggested that the ward's patients should not have to wait a week for a bed.",
     "Will the ward's patients have to wait a week for a bed?"),
    ("undue burden", "The union suggested that the drivers should never have to work a double shift.",
     "Will the drivers never have to work a double shift?"),
    ("commended stance", "The union suggested Norwegians should value their public broadcaster over the streaming "
     "giants.", "Will Norwegians value their public broadcaster over the streaming giants?"),
    ("commended stance", "Coach Dan Price suggested the supporters should appreciate the young squad more.",
     "Will the supporters appreciate the young squad more?"),
])
def test_a_norm_is_not_asked(rule: str, sentence: str, not_asked: str) -> None:
    assert not_asked not in _questions(sentence), rule


@pytest.mark.parametrize(("sentence", "asked"), [
    # a demand on a named party: a live question
    ("Mayor Ann Lee suggested the council should publish the audit.", "Will the council publish the audit?"),
    # a third person's view
    ("Voters in Ohio think Senator Jane Cole should resign over the scandal.",
     "Will Senator Jane Cole resign over the scandal?"),
    # a nation's people: a vote to come
    ("The union suggested Canadians should reject the trade deal.", "Will Canadians reject the trade deal?"),
    # an act a party may or may not take, and a burden it may have to bear
    ("The envoy suggested the rebels should respect the ceasefire.", "Will the rebels respect the ceasefire?"),
    ("The mayor suggested the bus company should have to repay the subsidy.",
     "Will the bus company have to repay the subsidy?"),
    # a time ahead: a forecast
    ("We believe the storm should reach the coast by Friday, the forecasters said.",
     "Will the storm reach the coast by Friday?"),
    ("Analysts suggested the markets should be recovering by next spring.",
     "Will the markets be recovering by next spring?"),
])
def test_a_demand_or_forecast_is_still_asked(sentence: str, asked: str) -> None:
    assert asked in _questions(sentence)


@pytest.mark.parametrize(("subject", "predicate", "rule"), [
    ("Kids", "say thank you", "generic subject"),
    ("everyone", "wash their hands", "generic subject"),
    ("the council", "be doing more", "ongoing duty"),
    ("the board", "not be ignoring the warnings", "ongoing duty"),
    ("the owners", "be very, very worried", "fitting feeling"),
    ("the minister", "be ashamed of himself", "fitting feeling"),
    ("this", "be a wake-up call for the league", "fitting role"),
    ("road safety", "now be the top priority", "fitting role"),
    ("patients", "not have to wait a week", "undue burden"),
    ("the family", "never ever have to choose", "undue burden"),
    ("no family", "ever have to choose", "undue burden"),
    ("the ward", "care for 200 patients", None),  # a task, not a stance
    ("Americans", "value stability over change", "commended stance"),
    ("the fans", "really appreciate the squad", "commended stance"),
    ("investors", "think twice", "commended stance"),
    ("the firm", "have to pay the fine", None),  # a burden with no negation: a live demand
    ("the rebels", "respect the ceasefire", None),  # an act that may or may not come
    ("the council", "value the land at $2 million", None),  # a price, not a stance
    ("the council", "publish the audit", None),
    ("the new stadium", "be the home of the club", None),
    ("the club", "be something special", None),  # no participle: "something"
    ("the council", "be sold", None),
    ("people", "see lower bills next year", None),  # a time ahead
    ("the markets", "be recovering by next spring", None),
])
def test_normative_should(subject: str, predicate: str, rule: str | None) -> None:
    assert normative_should(subject, predicate) == rule


@pytest.mark.parametrize(("predicate", "negated", "rule"), [
    ("have to wait a week", True, "undue burden"),  # "should not have to wait": the builders keep "not" apart
    ("have to wait a week", False, None),  # "should have to wait": a demand
    ("be worried", True, "fitting feeling"),  # "should not be worried"
    ("publish the audit", True, None),  # "should not publish the audit": a live demand
])
def test_a_negated_should(predicate: str, negated: bool, rule: str | None) -> None:
    assert normative_should("the council", predicate, negated) == rule


@pytest.mark.parametrize(("before", "predicate", "rule"), [
    ("\"We don't believe that councils ", "sell their parks", "first-person view"),
    ("I really think the club ", "sell him", "first-person view"),
    ("I feel that the school ", "stay open", "first-person view"),
    ("Voters think the senator ", "resign", None),  # a third person's view
    ("I think the talks ", "resume next week", None),  # a time ahead
    ("We said the club ", "sell him", None),  # a saying, not a view
])
def test_own_view_of_norm(before: str, predicate: str, rule: str | None) -> None:
    assert own_view_of_norm(before, predicate) == rule


def test_tables_are_named_and_lower_case() -> None:
    assert all(s == s.lower() for s in GENERIC_SUBJECTS)
    assert set(NORMATIVE_PREDICATES) == {"ongoing duty", "fitting feeling", "fitting role", "undue burden",
                                        "commended stance"}
