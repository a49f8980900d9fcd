"""A "he" or "she" after a surname a man and a woman share is the one of them with its gender (invented sentences)."""

from __future__ import annotations

import pytest

from briefgen.extract.persons import last_person_named, sole_bearer
from briefgen.extract.quotes import extract_quotes

GENDERS = {"Nora Vance": "she", "Paul Vance": "he", "Vance": "?", "Hale": "he", "Tom Hale": "he",
           "Anna Rook": "she", "Anna Maria Rook": "she", "Lena Rook": "she", "Rook": "she"}


@pytest.mark.parametrize(
    ("surname", "pronoun", "bearer"),
    [
        ("Vance", "she", "Nora Vance"),
        ("Vance", "he", "Paul Vance"),
        ("Hale", "she", None),  # no woman of that name
        ("Rook", "she", None),  # two women named Rook: no one is sure
    ],
)
def test_sole_bearer(surname: str, pronoun: str, bearer: str | None) -> None:
    assert sole_bearer(surname, pronoun, GENDERS) == bearer


def test_sole_bearer_prefers_shortest_of_one_given_name() -> None:
    genders = {"Anna Rook": "she", "Anna Maria Rook": "she", "Rook": "?", "Ben Rook": "he"}
    assert sole_bearer("Rook", "she", genders) == "Anna Rook"


@pytest.mark.parametrize(
    ("text", "last"),
    [
        ("Tom Hale met Vance on Monday.", "Vance"),
        ("Vance met Tom Hale on Monday.", "Tom Hale"),
        ("Nobody came.", None),
    ],
)
def test_last_person_named(text: str, last: str | None) -> None:
    assert last_person_named(text, GENDERS) == last


OWNERS = "The bakery on Elm Street belongs to Nora Vance and her husband, Paul Vance."
QUOTE = '"We cried for an hour when they called our name," she said.'


def test_she_is_the_woman_of_a_shared_surname() -> None:
    paragraphs = [OWNERS, "The prize came as a shock to Vance.", QUOTE]
    assert extract_quotes(paragraphs)[-1].speaker == "Nora Vance"


def test_shared_surname_not_the_last_named_stays_unknown() -> None:
    # the last person named before the quote is a man of another name: "she" is not guessed to be Nora Vance
    paragraphs = [OWNERS, "The prize came as a shock to Vance and to the baker, Tom Hale.", QUOTE]
    assert extract_quotes(paragraphs)[-1].speaker is None
