"""Phrases that read like a described name but are clauses: a gerund clause, a relative clause's verb and object."""

from __future__ import annotations

import pytest

from briefgen.extract.speaker_tokens import tokenize
from briefgen.extract.quotes import extract_quotes
from briefgen.extract.speakers import np_before


def _before(text: str) -> str | None:
    tokens = tokenize(text)
    cue = np_before(tokens, len(tokens) - 1, text)
    return cue.speaker if cue else None


@pytest.mark.parametrize(
    ("rule", "text", "speaker"),
    [
        ("a gerund clause", "Rural Ohio embracing Okafor announced", None),
        ("a relative clause's verb", "the letters, which included staff members suggesting", None),
        ("a post ending in -ing stays", "the Danish king Frederik said", "the Danish king Frederik"),
        ("a lower-case post before a name stays", "managing editor Dana Whitfield said", "Dana Whitfield"),
        ("a capitalised post stays", "Acting Director Dana Whitfield said", "Dana Whitfield"),
        ("a plain described subject stays", "the staff members said", "the staff members"),
    ],
)
def test_clause_is_no_speaker(rule: str, text: str, speaker: str | None) -> None:
    assert _before(text) == speaker, rule


def test_gerund_clause_leaves_the_quote_to_its_neighbour() -> None:
    from briefgen.extract.quotes import extract_quotes

    text = ('"It was a turning point for the whole county," Okafor said. Rural Ohio embracing Whitfield announced '
            '"a new era, and that is the best way to put it."')
    assert [q.speaker for q in extract_quotes([text])] == ["Okafor", "Okafor"]


@pytest.mark.parametrize(
    ("rule", "text", "role", "context"),
    [
        ("a participle is a circumstance", 'Others, reacting to the delay, chanted "Open the gates now!"',
         None, "reacting to the delay"),
        ("after the role", 'Gov. Dana Whitfield, hoping to win the state, said "we will open the gates."',
         "Gov.", "hoping to win the state"),
        ("acting is a post", 'Dana Whitfield, acting director of the port, said "we will open the gates."',
         "acting director of the port", None),
        ("visiting is a post", 'Dana Whitfield, a visiting professor at Yale, said "we will open the gates."',
         "a visiting professor at Yale", None),
    ],
)
def test_participle_apposition(rule: str, text: str, role: str | None, context: str | None) -> None:
    from briefgen.extract.quotes import extract_quotes

    (quote,) = extract_quotes([text])
    assert (quote.role, quote.context) == (role, context), rule


@pytest.mark.parametrize(
    ("rule", "text", "speaker"),
    [
        ("a name described as a person",
         "Quorin Vasht, a longtime party consultant and radio host, voted for Okafor twice. "
         '"Nobody expected him to win," he said.', "Quorin Vasht"),
        # "The former New Mexico governor" read as "New Mexico" described as "The former": no person
        ("a role modifier is no person's noun",
         "The former New Mexico governor is a triathlete. He released a letter from his doctor that says he has "
         '"extraordinarily good health" for his age.', None),
    ],
)
def test_narration_subject_described_as_person(rule: str, text: str, speaker: str | None) -> None:
    from briefgen.extract.quotes import extract_quotes

    assert [q.speaker for q in extract_quotes([text])] == [speaker], rule


def test_what_he_called_leaves_the_subject() -> None:
    from briefgen.extract.quotes import extract_quotes

    text = ("Sam Ortiz and Dana Whitfield spoke at the hearing. Secretary Pell Okafor condemned what he called a "
            'reckless plan. "We must stop this spiral of escalation now," he told reporters.')
    assert [q.speaker for q in extract_quotes([text])] == ["Pell Okafor"]


@pytest.mark.parametrize(
    ("sentence", "role"),
    [
        # a relative clause cut by commas: its predicate is no description of the speaker
        ("Jane Roe, whose son, Tom, was hurt in the crash, said: \"We want answers from the city now.\"", None),
        ("Dana Whitfield, whose town, Riverton, is projected to flood within decades, argues that the plan would "
         "\"ruin the valley for good.\"", None),
        ("Dana Whitfield, who has picked up on the criticism, said: \"We want answers from the city now.\"", None),
        # a description still is one
        ("Jane Roe, a nurse at the clinic, said: \"We want answers from the city now.\"", "a nurse at the clinic"),
    ],
)
def test_a_clauses_predicate_is_no_role(sentence: str, role: str | None) -> None:
    (quote,) = extract_quotes([sentence])
    assert quote.speaker in {"Jane Roe", "Dana Whitfield"} and quote.role == role
