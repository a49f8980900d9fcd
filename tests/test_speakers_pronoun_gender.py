"""'she said' skips the last person named when a gender table or a title tells that person is a man (and 'he' a
woman); a name of unknown gender is read as before."""

from __future__ import annotations

import pytest

from briefgen.extract.persons import given_gender
from briefgen.extract.quotes import extract_quotes
from briefgen.readers.text import split_paragraphs


@pytest.mark.parametrize(
    ("name", "gender"),
    [
        ("Siobhan Quill", "she"),  # data/given_name_genders.tsv
        ("Declan Quill", "he"),
        ("Giulia Quill", "she"),
        ("Carole Quill", "she"),
        ("Jane Quill", "she"),  # lexicon.GIVEN_NAMES, as before
        ("Jaime Quill", None),  # a man's name in Spain, a woman's in English: left out
        ("Kim Quill", None),  # lexicon.UNISEX_GIVEN_NAMES
        ("Zorblax Quill", None),
    ],
)
def test_given_gender(name: str, gender: str | None) -> None:
    assert given_gender(name) == gender


@pytest.mark.parametrize(
    ("rule", "text", "speakers"),
    [
        ("she skips a man named after her (table)",
         '"The budget is short," said Siobhan Quill. "We saw it coming," said Declan Varga. "It is our duty," she added.',
         ["Siobhan Quill", "Declan Varga", "Siobhan Quill"]),
        ("he skips a woman named after him (table)",
         '"The budget is short," said Declan Varga. "We saw it coming," said Giulia Quill. "It is our duty," he added.',
         ["Declan Varga", "Giulia Quill", "Declan Varga"]),
        ("narration names them, the quote's she is the woman",
         "Siobhan Quill chairs the council. Declan Varga told reporters the vote was close.\n"
         '"We cannot afford another year like this," she said.', ["Siobhan Quill"]),
        ("honorifics tell it",
         'Mrs. Quill chairs the council. Mr. Varga told reporters the vote was close. "We cannot afford it," she said.',
         ["Quill"]),
        # a last-named person of unknown gender is taken as today (no table tells he is not "she")
        ("unknown gender stays as today",
         '"The budget is short," said Siobhan Quill. "We saw it coming," said Zorblax Varga. "It is our duty," she added.',
         ["Siobhan Quill", "Zorblax Varga", "Zorblax Varga"]),
    ],
)
def test_pronoun_by_gender(rule: str, text: str, speakers: list[str]) -> None:
    assert [q.speaker for q in extract_quotes(split_paragraphs(text))] == speakers, rule
