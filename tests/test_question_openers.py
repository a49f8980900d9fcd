"""Spans that are no subject or no whole question: a subordinating participle or glued heading label
(question_namer), "and this" (question_grammar.subject_before), a past verb after a subordinator (question_clauses),
a verb without its object at the end (question_ends.DANGLING_END), "should be seen as" or a floating "all"
(question_builders), a purpose phrase cut from its verb (question_grammar.trim_predicate)."""

from __future__ import annotations

import pytest

from briefgen.extract.question_ends import DANGLING_END
from briefgen.extract.question_grammar import trim_predicate
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


@pytest.mark.parametrize(("sentence", "asked"), [
    # a participle with its adverb inside the subject, then the clause's own present verb: not "Did the trains park"
    ("Officials still do not know if the trains parked outside need a driver.", []),
    ("Officials still do not know whether the doors blocked off still require a key.", []),
    ("It is unclear whether the cars parked outside are stolen.", ["Are the cars parked outside stolen?"]),
    # the past verb with its particle is the clause's own
    ("It is unclear whether the police sealed off the road because it is unsafe.", ["Did the police seal off the road?"]),
    ("It is unclear whether the firm paid back everything it owes.", ["Did the firm pay back everything it owes?"]),
])
def test_a_participle_with_its_adverb_is_no_past_verb(sentence: str, asked: list[str]) -> None:
    assert _questions(sentence) == asked


@pytest.mark.parametrize(("sentence", "asked"), [
    # an adjective after "how" goes with it when a noun phrase follows and the verb is a bare "be"
    ("It is still not clear how loyal all of the new members will be if the vote goes to a second round.",
     ["How loyal will all of the new members be if the vote goes to a second round?"]),
    ("It is unclear how the town will be in ten years.", ["How will the town be in ten years?"]),
])
def test_how_keeps_its_adjective(sentence: str, asked: list[str]) -> None:
    assert _questions(sentence) == asked


@pytest.mark.parametrize(("sentence", "asked"), [
    # a past perfect put in by the reporting is asked in the simple past
    ("Mayor Ann Lee tried to skirt the question of whether she had really backed the plan.",
     ["Did Ann Lee really back the plan?"]),
    ("The senator did not recall whether the Smiths had stayed at the hotel.", ["Did the Smiths stay at the hotel?"]),
    ("It is unclear why the firm had promised a refund.", ["Why did the firm promise a refund?"]),
    ("Officials asked whether there had been any fraud in the count.", ["Was there any fraud in the count?"]),
    # "had" with an object is possession, and "even" is no participle but an adverb the simple past keeps
    ("The coach suggested the side had the best squad.", ["Did the side have the best squad?"]),
    ("The coach suggested the side had even considered a move.", ["Did the side even consider a move?"]),
    # the adverbs of _PAST_PERFECT_ADVERBS are carried over, and an irregular participle takes its base form
    ("Critics asked whether the mayor had even read the report.", ["Did the mayor even read the report?"]),
    ("It is unclear whether the pilot had never flown that route.", ["Did the pilot never fly that route?"]),
    ("Officials asked whether the firm had once been fined.", ["Was the firm once fined?"]),
    ("It is unclear whether the council had previously approved the deal.",
     ["Did the council previously approve the deal?"]),
    ("Reporters asked whether the minister had indeed signed the order.", ["Did the minister indeed sign the order?"]),
    ("It is unclear whether the board had even been warned.", ["Was the board even warned?"]),
])
def test_a_past_perfect_is_asked_in_the_simple_past(sentence: str, asked: list[str]) -> None:
    assert _questions(sentence) == asked


def test_a_subordinate_clause_after_the_verb_stays() -> None:
    assert "Did the dockers walk out when the owners cut their pay?" in _questions(
        "Police believe the dockers walked out when the owners cut their pay.")


@pytest.mark.parametrize("sentence", [
    '"Warm currents can, we think, carry the larvae down to the deep reef and this can feed the corals there," '
    "added Smith, who led the study.",
    "Salt water can, we think, seep into the old wells and this may spoil the crops.",
])
def test_this_after_and_is_the_clause_before_not_a_subject(sentence: str) -> None:
    assert not any(" and this " in q for q in _questions(sentence))


@pytest.mark.parametrize("sentence", [
    "The ruling should be seen in a wider light, since lenders will have the belief that recovery is likely.",
])
def test_how_a_thing_should_be_regarded_is_not_asked(sentence: str) -> None:
    assert not any(" be seen " in q or " be viewed " in q for q in _questions(sentence))


def test_a_step_that_should_be_taken_is_still_asked() -> None:
    assert "Will more follow?" in _questions(
        "The new harbour rules should be viewed as a first step, since the board believes that more may follow.")


@pytest.mark.parametrize(("sentence", "asked"), [
    ("The new fleet of buses and the old trams could all – at the worst moments – lead to delays.", None),
    ("The buses and the trams could all be late on Monday.", "Will the buses and the trams all be late on Monday?"),
])
def test_a_floating_quantifier_is_no_predicate(sentence: str, asked: str | None) -> None:
    questions = _questions(sentence)
    assert not any(q.endswith(" all?") for q in questions)
    assert asked is None or asked in questions


@pytest.mark.parametrize(("predicate", "kept"), [
    ("been made up out of thin air in a clear attempt to discredit her U.S. House testimony.",
     "been made up out of thin air"),
    ("oppose the effort", "oppose the effort"),
    ("make a new attempt", "make a new attempt"),
])
def test_a_purpose_phrase_cut_from_its_verb_goes(predicate: str, kept: str) -> None:
    assert trim_predicate(predicate) == kept


@pytest.mark.parametrize(("predicate", "kept"), [
    # a name with its role set off by commas is the main clause's subject ("Asked whether the plant would close, …")
    ("close, Tom Reed, a spokesman, declined to comment", "close"),
    ("been any fraud in the count, Ann Lee, the party's lawyer, said", "been any fraud in the count"),
    ("been any fraud in the count, Ann Lee, Labour's lawyer, said", "been any fraud in the count"),
    # a place and its state, and a list of names, stay
    ("open a plant in Springfield, Illinois, next year", "open a plant in Springfield, Illinois"),
    ("visit Paris, Rome, Berlin", "visit Paris, Rome, Berlin"),
])
def test_a_named_subject_with_its_role_ends_the_predicate(predicate: str, kept: str) -> None:
    assert trim_predicate(predicate) == kept
