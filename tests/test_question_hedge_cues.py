"""Open questions from conditions and epistemic words: inverted "should", a step that waits "until" a clause,
"supposed to", "imply", "tentatively"; and the sentences these cues must leave alone."""

from __future__ import annotations

import pytest

from briefgen.extract.hedges import find_cues, uncertainty_score
from briefgen.extract.question_rules import finish
from briefgen.extract.questions import MAX_QUESTIONS, extract_questions
from briefgen.model import Article, Paragraph


def _questions(sentence: str) -> list[str]:
    return [q.question for q in extract_questions(Article(name="t", paragraphs=(Paragraph(sentence),)))]


CUE_CASES = [
    ("condition.should-inverted", "The miners will return to work should the owners raise wages."),
    ("condition.should-inverted", "Should the Senate reject the treaty, the talks would start again."),
    ("condition.should-inverted", 'One adviser wrote: "Should the governor veto the bill, the party will split."'),
    ("condition.looks-ahead-until", "The blockade will stay in place until the rebels release the hostages."),
    ("condition.looks-ahead-until", "She intends to keep the post only until the new board is elected."),
    ("epistemic.supposed", "The bridge is supposed to reopen next spring."),
    ("epistemic.imply", "The new figures imply that exports will fall."),
    ("epistemic.supposed", "All the records are supposed to be released by March."),  # a step still due
    ("epistemic.tentative", "The two unions tentatively agreed to a wage deal."),
]


@pytest.mark.parametrize(("name", "sentence"), CUE_CASES, ids=[f"{c[0]}-{i}" for i, c in enumerate(CUE_CASES)])
def test_cue_marks_the_sentence_uncertain(name: str, sentence: str) -> None:
    assert name in [cue.name for cue, _ in find_cues(sentence)]
    assert uncertainty_score(sentence) >= 2.5


NOT_CUE_CASES = [
    ("condition.should-inverted", "Officials said the city should act before winter."),  # advice, not a condition
    ("condition.should-inverted", "Critics asked why should the city pay for it."),  # a reported question
    ("condition.looks-ahead-until", "The sale will run until Dec. 31."),  # a date, not a clause
    ("condition.looks-ahead-until", "The museum will stay closed until the end of the year."),
    ("condition.looks-ahead-until", "The farmer worked the land until he died in 1890."),  # nothing looks ahead
    ("epistemic.supposed", "The ferry was supposed to dock at noon, but it arrived late."),  # it did not happen
    ("epistemic.supposed", "A coin toss is supposed to be the fairest way to decide."),  # reputed, not due
    ("condition.should-inverted", "Poll Says Mayor Should Quit Race."),  # a headline's capitals, not an inversion
    ("epistemic.imply", "The coach implied that the referees should be fired."),  # an insinuation told
    # a doubt denied is certainty
    ("belief.think", "I have no doubt that the harbour will be rebuilt by the spring."),
    ("belief.think", "The trial showed beyond any doubt that the dam was badly built."),
    ("belief.think", "The new mayor will no doubt move the market back to the square."),
]


@pytest.mark.parametrize("sentence", [
    "Many fishermen have doubts about the new quota system.",
    "The engineer doubts that the bridge will open on time.",
])
def test_a_doubt_held_is_still_a_cue(sentence: str) -> None:
    assert "belief.think" in [cue.name for cue, _ in find_cues(sentence)]


@pytest.mark.parametrize(("name", "sentence"), NOT_CUE_CASES, ids=[f"{c[0]}-{i}" for i, c in enumerate(NOT_CUE_CASES)])
def test_cue_leaves_the_sentence_alone(name: str, sentence: str) -> None:
    assert name not in [cue.name for cue, _ in find_cues(sentence)]


QUESTION_CASES = [
    ("should-inverted", "The airline said it would cancel the order should the engines prove unreliable.",
     "Will the engines prove unreliable?"),
    ("should-inverted-opening", "Should the board reject the bid, the investors will go to court.",
     "Will the board reject the bid?"),
    ("until-clause", "The blockade will stay in place until the rebels release the hostages.",
     "Will the blockade stay in place until the rebels release the hostages?"),
    ("supposed", "The new bridge is supposed to open to traffic next spring.",
     "Will the new bridge open to traffic next spring?"),
    ("imply", "The latest surveys imply that the recovery will stall next year.",
     "Will the recovery stall next year?"),
]


@pytest.mark.parametrize(("name", "sentence", "expected"), QUESTION_CASES, ids=[c[0] for c in QUESTION_CASES])
def test_question(name: str, sentence: str, expected: str) -> None:
    assert _questions(sentence) == [expected]


def test_an_inverted_condition_with_an_object_pronoun_is_not_asked() -> None:
    # "them" is the rules: "Will the appeals panel strike them down?" would not say what
    sentence = "The agency could scrap the rules should the appeals panel strike them down."
    assert "Will the appeals panel strike them down?" not in _questions(sentence)


@pytest.mark.parametrize("sentence", [
    "The council can argue about the past, but now why should the museum stay open.",  # a question it asks
    "The ferry was supposed to be escorted by two tugs, but the storm drove them back to port.",
    "The mayor had implied he studied at the academy but that was not the case.",
    "Ms. Reyes is a fine leader and will be until she retires.",  # "will be" only repeats the first clause
])
def test_no_question(sentence: str) -> None:
    assert len(_questions(sentence)) <= MAX_QUESTIONS
    assert _questions(sentence) == []


@pytest.mark.parametrize(("parts", "expected"), [
    # an adverbial clause keeps its own "be": not two clauses run together
    (("Will", "the firm", "keep its chief executive until the stores are sold"),
     "Will the firm keep its chief executive until the stores are sold?"),
    (("Will", "the talks", "resume once the ceasefire is signed"), "Will the talks resume once the ceasefire is signed?"),
    # a second "be" with no conjunction before it still means a misread clause
    (("Will", "the firm", "keep its chief executive the stores are sold"), None),
    # a pronoun opening the clause would be left unnamed in the question
    (("Will", "the navy", "rescue the sailors after they were found at sea"), None),
])
def test_finish_and_adverbial_clauses(parts: tuple[str, ...], expected: str | None) -> None:
    assert finish(*parts) == expected
