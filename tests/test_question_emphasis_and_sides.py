"""An 'indeed' stressing a degree is not asked (question_rules.MENDS 'emphatic indeed'), and a question never names a party by
the word a side of a conflict calls it ('the enemy': question_rules.NOT_A_QUESTION "a side's word for its foe")."""

from __future__ import annotations

import pytest

from briefgen.extract.question_rules import MENDS, NOT_A_QUESTION, finish

INDEED = MENDS["emphatic indeed"][0]
FOE = NOT_A_QUESTION["a side's word for its foe"]


@pytest.mark.parametrize(("question", "expected"), [
    ("Has the port taken the storm very seriously indeed", "Has the port taken the storm very seriously"),
    ("Will the storm be very strong indeed", "Will the storm be very strong"),
    ("Is the risk quite small indeed", "Is the risk quite small"),
])
def test_indeed_goes(question: str, expected: str) -> None:
    assert INDEED.sub(MENDS["emphatic indeed"][1], question) == expected


@pytest.mark.parametrize("question", [
    "Will the mayor run again",
    "Will the mayor indeed run again",  # whether he does: the question's own doubt
    "Did the minister indeed sign the order",
    "Will the club be very good indeedee",  # a word that only starts so
])
def test_other_words_stay(question: str) -> None:
    assert INDEED.sub(MENDS["emphatic indeed"][1], question) == question


def test_finish_drops_indeed() -> None:
    assert finish("Has the port taken the storm very seriously indeed") == "Has the port taken the storm very seriously?"


@pytest.mark.parametrize("question", [
    "What happens if the enemy does not stop the broadcasts",
    "Will the invaders leave the valley by May",
    "Will our foes give up the hills",
    "Will the army hold off the aggressors",
])
def test_a_sides_word_is_no_question(question: str) -> None:
    assert FOE.search(question)
    assert finish(question) is None


@pytest.mark.parametrize("question", [
    "Will the army hold the hills by May",
    "Will the film Enemy of the People open in June",  # a title, no "the" before the word
])
def test_other_parties_stay(question: str) -> None:
    assert not FOE.search(question)
