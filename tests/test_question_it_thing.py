"""'it' in a question's clause: a singular thing named with 'the' before it in its own sentence keeps it from naming
a body of the sentence before (question_namer._THING_BEFORE)."""

from __future__ import annotations

import pytest

from briefgen.extract.questions import extract_questions
from briefgen.model import Actor, Article, Paragraph

ACME = (Actor(name="Acme", type="organization"),)


def _questions(*paragraphs: str) -> list[str]:
    article = Article(name="t", paragraphs=tuple(Paragraph(p) for p in paragraphs))
    return [q.question for q in extract_questions(article, ACME)]


@pytest.mark.parametrize("second", [
    "The unions urged a quick vote on the contract, saying it would end the dispute.",  # "it" is the contract
    "Its critics still debate the merger and ask whether it was ever necessary.",
    "Reviewers praised the new drug, though its long-term effects are unknown.",
])
def test_it_after_a_thing_in_its_own_sentence_is_not_the_body_before(second: str) -> None:
    assert not any("Acme" in q for q in _questions("Acme delayed the plan on Tuesday.", second))


@pytest.mark.parametrize(("second", "expected"), [
    ("It expects to close two plants next year.", "Will Acme close two plants next year?"),
    ("On Friday, it said it might close two plants.", "Will Acme close two plants?"),
])
def test_it_still_names_the_body_before_when_no_thing_comes_between(second: str, expected: str) -> None:
    assert _questions("Acme reported a loss on Tuesday.", second) == [expected]


@pytest.mark.parametrize("sentence", [
    "Jane Roe, an Acme spokeswoman, said she would not judge the campaign, and thinks it could still succeed.",
    "Acme praised the new policy on Monday, though it might prove costly.",
    "Acme reviewed this proposal in March, and it could save money.",
])
def test_it_after_a_thing_between_it_and_the_body_in_its_own_sentence_is_the_thing(sentence: str) -> None:
    # rule thing-between-in-sentence: the thing is nearer than the body named before it
    assert not any("Acme" in q for q in _questions("The results came out on Tuesday.", sentence))


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Acme said on Monday that it might close two plants.", "Will Acme close two plants?"),
    ("Acme warned investors that it could miss its targets.", "Will Acme miss its targets?"),
    # (a thing after a preposition is no subject: "in the past" leaves "it" to Acme)
    ("Acme said that in the past it had weighed a merger and that it expects to expand next year.",
     "Will Acme expand next year?"),
])
def test_it_names_the_body_of_its_own_sentence_with_no_thing_between(sentence: str, expected: str) -> None:
    assert _questions("The results came out on Tuesday.", sentence) == [expected]


def test_a_speaker_named_with_the_is_lower_case_inside_a_question() -> None:
    # the speaker before "said" names the clause's "it"; its "The" opened the sentence, not the question
    assert _questions("The agency said it will review the rules and could cut the fee if it finds savings.") == [
        "What happens if the agency finds savings?"]


@pytest.mark.parametrize(("sentence", "wrong"), [
    # rule it-thing-change: an "it" that changes with no object, a thing named between, is the thing, not the speaker
    ("The ferry company said it will watch the storm closely and could cancel more crossings if it worsens.",
     "the ferry company worsens"),
    ("The council said it will monitor the flooding and could reopen the road if it subsides.",
     "the council subsides"),
    ("The utility said it will watch the drought and could lift the limits if it eases further.",
     "the utility eases"),
])
def test_it_that_changes_after_a_thing_is_not_the_speaker(sentence: str, wrong: str) -> None:
    assert not any(wrong in q for q in _questions(sentence))


@pytest.mark.parametrize(("sentence", "expected"), [
    # an act a body does, or a change verb with an object, leaves "it" to the speaker
    ("Acme said it will close the plant if it cannot find a buyer.",
     "Will Acme close the plant if it cannot find a buyer?"),
    ("The agency said it will review the rules and could cut the fee if it improves its systems.",
     "What happens if the agency improves its systems?"),
])
def test_it_that_acts_after_a_thing_is_still_the_speaker(sentence: str, expected: str) -> None:
    assert expected in _questions(sentence)
