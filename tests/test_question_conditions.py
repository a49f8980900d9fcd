"""A question asked of now or later puts its condition's reported past in the present with its subject's number
(question_conditions, rule condition-in-present); an indirect question, 'as if', a past question stay as written."""

from __future__ import annotations

import pytest

from briefgen.extract.question_conditions import condition_in_present, present
from briefgen.extract.questions import extract_questions
from briefgen.model import Article, Paragraph

MOVED_BACK_SENTENCE = "The owner said the club would fold if the city refused the lease."


@pytest.mark.parametrize(("question", "expected"), [
    ("Will Ms. Lane quit the club if Mr. Lane won?", "Will Ms. Lane quit the club if Mr. Lane wins?"),
    ("Will the mill close if the owners failed to find a buyer?",
     "Will the mill close if the owners fail to find a buyer?"),
    ("Will the ferry stop if the council did not pay for it?",
     "Will the ferry stop if the council does not pay for it?"),
    ("Will the school shut if they did nothing?", "Will the school shut if they do nothing?"),
    ("What happens if the mayor ran again and lost?", "What happens if the mayor runs again and loses?"),
    ("How will the league fare if the club left Denver?", "How will the league fare if the club leaves Denver?"),
    ("Will the bank sue if the town tried to tax it?", "Will the bank sue if the town tries to tax it?"),
    ("Will the plan stall if the proposed levy passed?", "Will the plan stall if the proposed levy passes?"),
    ("Will the club fold unless the city approved the lease?",
     "Will the club fold unless the city approves the lease?"),
    ("Will the port grow if it wanted more ships?", "Will the port grow if it wants more ships?"),
    ("Will the lake shrink if the drought continued unabated?",
     "Will the lake shrink if the drought continues unabated?"),
    ("Will prices rise if the taxes remained unchanged?", "Will prices rise if the taxes remain unchanged?"),
])
def test_the_condition_goes_to_the_present(question: str, expected: str) -> None:
    assert condition_in_present(question, MOVED_BACK_SENTENCE) == expected


@pytest.mark.parametrize("question", [
    "Will the board say if the mayor lied?",  # "if" as "whether": an indirect question keeps its tense
    "Will the town act as if nothing happened?",
    "Did the club fold if the city won?",  # asked of the past
    "Will the mill close if elected?",  # no subject, no verb to move
    "Will the mill close if the owners had sold it?",  # a past perfect is never moved
    "What happens if the mayor won and the council lost?",  # a second past of another subject: left as written
    "Will the council act if the levy passes?",
    "What happens if the grant isn't approved and the plant closes?",  # a negated passive: nothing to move
])
def test_other_questions_stay(question: str) -> None:
    assert condition_in_present(question, MOVED_BACK_SENTENCE) == question


def test_a_sentence_that_moved_nothing_back_keeps_its_past() -> None:
    # "Voters will not care if the mayor cheated": a past that is one, not a condition the reporting moved back
    question = "Will voters care if the mayor cheated?"
    assert condition_in_present(question, "Voters will not care if the mayor cheated.") == question
    assert condition_in_present(question, "Voters said they'd not care if the mayor cheated.") == \
        "Will voters care if the mayor cheats?"
    assert condition_in_present(question, "Voters said they wouldn’t care if the mayor cheated.") == \
        "Will voters care if the mayor cheats?"
    assert condition_in_present("Will Ms. Lane sue the city if the council refused the permit?",
                                "Ms. Lane vowed to sue the city if the council refused the permit.") == \
        "Will Ms. Lane sue the city if the council refuses the permit?"


@pytest.mark.parametrize(("base", "plural", "expected"), [
    ("win", False, "wins"), ("win", True, "win"), ("do", False, "does"), ("go", False, "goes"),
    ("have", False, "has"), ("pass", False, "passes"), ("try", False, "tries"), ("pay", False, "pays"),
    ("reach", False, "reaches"),
])
def test_present(base: str, plural: bool, expected: str) -> None:
    assert present(base, plural) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Ms. Lane said on Monday that she would quit the club if Mr. Lane won the vote.",
     "Will Ms. Lane quit the club if Mr. Lane wins the vote?"),
    # the condition's pronoun named as the sentence has it, "if she lost the vote", then asked in the present
    ("Ms. Lane spoke on Monday when asked how the club would fare if she lost the vote.",
     "How will the club fare if Ms. Lane loses the vote?"),
])
def test_a_reported_condition_is_asked_in_the_present(sentence: str, expected: str) -> None:
    article = Article(name="t", paragraphs=(Paragraph("The club met in March."), Paragraph(sentence)))
    assert [q.question for q in extract_questions(article, ())] == [expected]


@pytest.mark.parametrize(("question", "sentence", "expected"), [
    # past forecast: "is likely to" moved back by the reporting
    ("Will the river rise if the rain continued?", "Engineers warned the river was likely to rise if the rain continued.",
     "Will the river rise if the rain continues?"),
    ("Will the fund run dry if the board did nothing?", "The fund was expected to run dry if the board did nothing.",
     "Will the fund run dry if the board does nothing?"),
    # reported should: what ought to happen, told after "said"
    ("Will Mr. Reyes be able to stay on if his son became mayor?",
     "Most members said Mr. Reyes should be able to stay on if his son became mayor.",
     "Will Mr. Reyes be able to stay on if his son becomes mayor?"),
])
def test_other_sentences_that_moved_back(question: str, sentence: str, expected: str) -> None:
    assert condition_in_present(question, sentence) == expected


@pytest.mark.parametrize(("question", "sentence"), [
    # "should" judging a past that may be one, no reporting verb before it
    ("Will the clerk resign if he lied?", "The clerk should resign if he lied."),
    # a "should" said before the reporting verb, not reported by it
    ("Will the clerk resign if he lied?", "The clerk should resign if he lied, the mayor said."),
    # "was set to" a noun, no forecast: a past told as one
    ("Will the fire spread if the wind shifted?", "The fire was set to music if the wind shifted, the crew joked."),
])
def test_a_sentence_without_those_cues_keeps_its_past(question: str, sentence: str) -> None:
    assert condition_in_present(question, sentence) == question


@pytest.mark.parametrize(("question", "expected"), [
    ("Will the firm fold if it owed the bank more?", "Will the firm fold if it owes the bank more?"),
    ("What happens if the old chief died?", "What happens if the old chief dies?"),
    ("Will the envoy leave if they used force?", "Will the envoy leave if they use force?"),
    ("Will the village empty if the farmers fled?", "Will the village empty if the farmers flee?"),
    ("Will the coach look fitter if he ate less?", "Will the coach look fitter if he eats less?"),
    ("Will the deal fail if it meant higher fees?", "Will the deal fail if it means higher fees?"),
    ("Will the crowd cheer if the team built a new stadium?",
     "Will the crowd cheer if the team builds a new stadium?"),
])
def test_short_and_irregular_pasts_go_to_the_present(question: str, expected: str) -> None:
    assert condition_in_present(question, MOVED_BACK_SENTENCE) == expected


def test_used_to_is_a_habit_not_moved() -> None:
    question = "Will the mill close if the owners used to sell it?"
    assert condition_in_present(question, MOVED_BACK_SENTENCE) == question
