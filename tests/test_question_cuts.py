"""Cutting a predicate short keeps what its words need: a verb's infinitive, the clause a bare noun carried."""

from __future__ import annotations

import re

import pytest

from briefgen.extract.question_clauses import clause_subject
from briefgen.extract.question_cuts import generic_noun_end, lost_complement, skip_relative
from briefgen.extract.question_grammar import trim_predicate
from briefgen.extract.question_rules import finish


@pytest.mark.parametrize(("text", "expected"), [
    # a bare generic noun whose "where" clause was cut: the trailing phrase goes with its preposition
    ("candidates like Mr. Carson and Donald J. Trump are wise choices in a world where Western capitals can be made "
     "into killing fields.", "candidates like Mr. Carson and Donald J. Trump are wise choices"),
    # the object-control verb's infinitive is kept past the relative clause, the reason after "given" goes
    ("prompt some Democrats who have had misgivings about Hillary Rodham Clinton to come to terms with her given the "
     "potential for a general election overshadowed by terrorism.", "prompt some Democrats to come to terms with her"),
    # "as much on X as Y": the comparison goes, "focus on X" stays
    ("begin to focus as much on national security and foreign affairs as domestic matters and economic security.",
     "begin to focus on national security and foreign affairs"),
    # a list cut at its comma before the infinitive: no short form, no question
    ("expand the program to allow siblings, biological parents and caregivers to enter the U.S. as well as long as "
     "they are accompanying minors approved under the existing guidelines, officials announced.", None),
    # a "to" in the next sentence is not the verb's complement: kept as it was
    ("carry disease causing bacteria. ’ while most of the colourful blooms and spots of bacteria was found to be "
     "harmless, money has been known to carry dangerous diseases.", "carry disease causing bacteria. ’"),
])
def test_trim_keeps_what_the_words_need(text: str, expected: str | None) -> None:
    assert trim_predicate(text) == expected


@pytest.mark.parametrize(("kept", "rest", "expected"), [
    ("wise choices in a world", " where capitals burn", "wise choices"),
    ("came at a time", " when markets fell", None),  # no preposition before the verb's own object: nothing to keep
    ("find a way", " that works for both", None),
    ("live in the country", " where he was born", "live in the country"),  # "the country" names a place
    ("wise choices in a world", ", he said", "wise choices in a world"),  # no clause was cut after the noun
])
def test_generic_noun_end(kept: str, rest: str, expected: str | None) -> None:
    assert generic_noun_end(kept, rest) == expected


@pytest.mark.parametrize(("kept", "rest", "expected"), [
    ("prompt some Democrats", " who have had doubts to come to terms", True),
    ("allow siblings", ", parents and caregivers to enter the U.S.", True),
    ("allow 24/7 shops", " to open on Sundays", True),  # a word with a slash is a word of the object
    ("enable 3/4 of the towns", " to vote", True),
    ("allow abortions", " in the state", False),
    ("carry disease causing bacteria", ". ’ while most was found to be harmless", False),
    ("put pressure on housing", " to rise", False),
    ("", "'.", False),  # nothing kept (found by test_any_text_gives_well_formed_questions)
])
def test_lost_complement(kept: str, rest: str, expected: bool) -> None:
    assert lost_complement(kept, rest) is expected


@pytest.mark.parametrize(("kept", "rest", "expected"), [
    ("prompt some Democrats", " who doubt Clinton to back her", "prompt some Democrats to back her"),
    ("push voters", " who want to stay home to vote", None),  # the first "to" is the relative clause's own
    ("allow siblings", ", parents and caregivers to enter", None),  # no relative clause to skip
])
def test_skip_relative(kept: str, rest: str, expected: str | None) -> None:
    assert skip_relative(kept, rest) == expected


@pytest.mark.parametrize(("parts", "expected"), [
    (("What happens if", "Chuck Grassley does not"), None),  # the condition's verb stayed in the clause before
    (("What happens if", "the senator does not act"), "What happens if the senator does not act?"),
    (("Does", "his style resonate with voters in ways hers has not"),
     "Does his style resonate with voters in ways hers has not?"),  # no condition: an ellipsis that reads
])
def test_condition_without_its_verb(parts: tuple[str, ...], expected: str | None) -> None:
    assert finish(*parts) == expected


@pytest.mark.parametrize(("parts", "expected"), [
    # a modal right after a relative pronoun is the relative clause's own verb
    (("Will", "the museum", "have paintings that could be sold to collectors"),
     "Will the museum have paintings that could be sold to collectors?"),
    (("Will", "the council", "back a plan which would close two schools"),
     "Will the council back a plan which would close two schools?"),
    (("Will", "the mayor", "appoint judges who will review the case"), "Will the mayor appoint judges who will review the case?"),
    # without one, a second modal still shows two clauses run together
    (("Will", "the lawsuit they file", "would be heard"), None),
    (("Will", "the board", "meet the rules could change"), None),
])
def test_modal_of_a_relative_clause(parts: tuple[str, ...], expected: str | None) -> None:
    assert finish(*parts) == expected


@pytest.mark.parametrize(("sentence", "subject"), [
    # "a way that could be illegal": the relative's head is a bare generic noun, nothing to ask about
    ("They parse whether posts are framed in a way that could be illegal.", None),
    ("The city is building a bridge that could open next year.", "the bridge"),
])
def test_relative_on_a_generic_noun(sentence: str, subject: str | None) -> None:
    match = re.search(r"could", sentence)
    assert clause_subject(sentence, match, lambda phrase, _offset: phrase) == subject


@pytest.mark.parametrize(("kept", "rest", "expected"), [
    ("a massive trove of emails or documents relating", " to the Clinton campaign", True),
    ("weeks of uncertainty follow as she tries", " to form a government", True),
    ("Cruz and Rubio implied", " that the billionaire couldn't win", True),
    ("is simply willing", " to ignore the differences", True),
    ("other charges related", " and more", False),  # nothing cut that the word needed
])
def test_words_that_need_their_complement(kept: str, rest: str, expected: bool) -> None:
    assert lost_complement(kept, rest) is expected


def test_relative_preposition_goes_with_the_cut() -> None:
    text = ("Hillary Clinton is pivoting to a general election campaign in which she is the likely Democratic nominee "
            "after a string of primary wins.")
    assert trim_predicate(text) == "Hillary Clinton is pivoting to a general election campaign"


@pytest.mark.parametrize(("parts", "expected"), [
    (("Will the agreement take effect once 55 countries", "have done so"), None),
    (("Is the Republican", "doing the same in blaming the media"), None),
    (("Will the agreement take effect", "so soon"), "Will the agreement take effect so soon?"),
])
def test_done_so(parts: tuple[str, ...], expected: str | None) -> None:
    assert finish(*parts) == expected


@pytest.mark.parametrize(("kept", "rest", "expected"), [
    ("remind voters of his ties by mentioning the fact", " that he was at the March", None),  # the fact is its clause
    ("provide an opportunity for Republicans in an economy", " that retains problems",
     "provide an opportunity for Republicans"),
    ("corral delegates in a race", " that could go to a second ballot", "corral delegates"),
    ("accept the idea", ", he said", "accept the idea"),  # nothing of the noun's was cut
])
def test_content_and_generic_nouns(kept: str, rest: str, expected: str | None) -> None:
    assert generic_noun_end(kept, rest) == expected


@pytest.mark.parametrize(("kept", "rest", "expected"), [
    ("convince the family members", "who make up Trump’s closest inner circle of advisers that he was an asset", True),
    ("convince the family members", "who make up his inner circle", False),
])
def test_convince_without_its_that(kept: str, rest: str, expected: bool) -> None:
    assert lost_complement(kept, rest) is expected


@pytest.mark.parametrize(("sentence", "subject"), [
    ("Analysts see a race that could stretch well into the spring.", "the race"),  # a race is one, not a bare noun
])
def test_relative_on_a_countable_noun(sentence: str, subject: str | None) -> None:
    match = re.search(r"could", sentence)
    assert clause_subject(sentence, match, lambda phrase, _offset: phrase) == subject


@pytest.mark.parametrize(("parts", "expected"), [
    (("Will employers", "push salaries over the cutoff so"), "Will employers push salaries over the cutoff?"),
    (("Will the government", "build a program alongside the plan so"), "Will the government build a program alongside the plan?"),
    (("Will the plans", "reduce emissions only 23 percent or so"), "Will the plans reduce emissions only 23 percent or so?"),
    (("Will the senator", "do so"), None),  # "do so" is still dropped: what is done is elsewhere
])
def test_so_without_its_purpose(parts: tuple[str, ...], expected: str | None) -> None:
    assert finish(*parts) == expected


def test_fail_without_its_infinitive() -> None:
    assert lost_complement("if they fail", " to act on these startling new facts") is True
    assert lost_complement("if the talks fail", ", he said") is False
