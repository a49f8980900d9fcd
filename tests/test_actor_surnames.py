"""A bare surname several people bear, or spelt with its last letter doubled: which person it is (actor_surnames)."""

from __future__ import annotations

import pytest

from briefgen.extract.actor_surnames import post, spelling_variants
from briefgen.extract.actors import extract_actors
from briefgen.model import Actor, Article, Paragraph


def _actors(*paragraphs: str) -> dict[str, Actor]:
    article = Article(name="t", paragraphs=tuple(Paragraph(p) for p in paragraphs))
    return {a.name: a for a in extract_actors(article)}


@pytest.mark.parametrize(("role", "expected"), [
    ("former Vice President", "vice president"),
    ("then-Governor", "governor"),
    ("ex-Senator", "senator"),
    ("Vice President", "vice president"),
    ("the former mayor", "the former mayor"),  # an apposition is left as it is
])
def test_post_leaves_out_the_words_that_date_a_title(role: str, expected: str) -> None:
    assert post(role) == expected


@pytest.mark.parametrize(("surname", "variants"), [
    ("Zelenskyy", ("Zelensky",)),
    ("Zelensky", ("Zelenskyy",)),
    ("Russell", ("Russel",)),
    ("Hall", ()),  # too short: "Hal" is a name of its own
    ("O'Neil", ()),
])
def test_spelling_variants_double_or_single_the_last_letter(surname: str, variants: tuple[str, ...]) -> None:
    assert spelling_variants(surname) == variants


@pytest.mark.parametrize(("paragraphs", "holder", "other"), [
    pytest.param(("Governor Walter Okafor opened the new bridge on Monday.",
                  "Adaeze Okafor, a teacher, cut the ribbon beside him.",
                  "Governor Okafor said the bridge would cut travel times in half."),
                 "Walter Okafor", "Adaeze Okafor", id="title-held-by-one-bearer"),
    pytest.param(("Senator Martha Lindqvist met farmers in the valley on Friday.",
                  "Erik Lindqvist, a farmer, hosted the meeting.",
                  "Former Senator Lindqvist promised to raise the water issue in the capital."),
                 "Martha Lindqvist", "Erik Lindqvist", id="former-title-is-the-same-post"),
])
def test_a_shared_surname_with_a_title_goes_to_the_bearer_who_holds_it(
        paragraphs: tuple[str, ...], holder: str, other: str) -> None:
    actors = _actors(*paragraphs)
    surname = holder.split()[-1]
    assert surname in actors[holder].aliases
    assert surname not in actors[other].aliases
    assert surname not in actors


@pytest.mark.parametrize("paragraphs", [
    pytest.param(("Governor Walter Okafor opened the new bridge on Monday.",
                  "Mayor Adaeze Okafor cut the ribbon beside him.",
                  "Governor Okafor and Mayor Okafor then left for the capital."), id="two-titles-two-posts"),
    pytest.param(("Walter Okafor opened the new bridge on Monday.",
                  "Adaeze Okafor cut the ribbon beside him.",
                  "Governor Okafor said the bridge would cut travel times in half."), id="title-nobody-holds"),
])
def test_a_shared_surname_stays_apart_when_its_title_tells_nothing(paragraphs: tuple[str, ...]) -> None:
    actors = _actors(*paragraphs)
    assert "Okafor" not in actors["Walter Okafor"].aliases
    assert "Okafor" not in actors["Adaeze Okafor"].aliases


@pytest.mark.parametrize(("paragraphs", "person", "variant"), [
    pytest.param(("Prime Minister Anatoly Borovskyy visited the port on Tuesday.",
                  "Borovsky said the harbour would reopen next month."),
                 "Anatoly Borovskyy", "Borovsky", id="single-letter-bare"),
    pytest.param(("Prime Minister Anatoly Borovsky visited the port on Tuesday.",
                  "Later, Borovskyy said the harbour would reopen next month."),
                 "Anatoly Borovsky", "Borovskyy", id="doubled-letter-bare"),
])
def test_a_surname_spelt_with_its_last_letter_doubled_or_not_is_one_person(
        paragraphs: tuple[str, ...], person: str, variant: str) -> None:
    actors = _actors(*paragraphs)
    assert variant in actors[person].aliases
    assert variant not in actors
