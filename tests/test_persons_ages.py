"""person_genders: a name set off with an age ("Groberg, 33,") is a person of unknown gender (invented sentences)."""

from __future__ import annotations

import pytest

from briefgen.extract.persons import person_genders
from briefgen.extract.quotes import extract_quotes


@pytest.mark.parametrize(
    ("paragraph", "known"),
    [
        ("Groberg, 33, opened up about his choice.", True),
        ("Dana Pell, 71, a retired nurse, spoke first.", True),
        ("Trump won Florida, 99, and Ohio, 66, on the night.", False),  # delegates counted for states: no ages
        ("The Hale Fund, 2019, was closed.", False),
    ],
)
def test_age_tells_a_person(paragraph: str, known: bool) -> None:
    people = person_genders([paragraph])
    name = paragraph.split(",")[0].split()[-1]
    assert (name in people) == known


def test_he_after_aged_surname() -> None:
    paragraphs = ["Florent Groberg is a former Army captain.",
                  "Groberg, 33, opened up about why he will not vote for the mayor.",
                  '"He has absolutely zero experience of running anything," he said.']
    assert extract_quotes(paragraphs)[-1].speaker == "Groberg"
