"""A described group that reports ("The authors say …") is who a later "they" quote stands for (quote_groups)."""

from __future__ import annotations

import pytest

from briefgen.extract.quote_groups import REPORTING_GROUP
from briefgen.extract.quotes import extract_quotes


@pytest.mark.parametrize(
    ("rule", "paragraphs", "speaker"),
    [
        ("they call for, after 'The authors say'",
         ["The authors say the survey shows too little iron in the diet. They call for \"urgent action on the iron "
          "in bread.\""], "The authors"),
        ("they said, the next paragraph",
         ["The two researchers said the samples were clean.", '"We found no trace of the toxin," they said.'],
         "The two researchers"),
    ],
)
def test_they_is_the_reporting_group(rule: str, paragraphs: list[str], speaker: str) -> None:
    assert extract_quotes(paragraphs)[-1].speaker == speaker, rule


@pytest.mark.parametrize(
    ("rule", "paragraphs"),
    [
        ("a group of things is no one", ["The results say little about the diet.",
                                         '"We found no trace of the toxin," they said.']),
        ("a bare plural is not followed", ["Officials said the samples were clean.",
                                           '"We found no trace of the toxin," they said.']),
        ("too far back", ["The authors say the survey shows too little iron.", "The bread was tested.",
                          "The salt was tested.", "The milk was tested.",
                          '"We found no trace of the toxin," they said.']),
    ],
)
def test_they_stays_unresolved(rule: str, paragraphs: list[str]) -> None:
    assert extract_quotes(paragraphs)[-1].speaker is None, rule


@pytest.mark.parametrize(
    ("text", "group"),
    [("The authors say", "The authors"), ("the two senior researchers wrote", "the two senior researchers"),
     ("The results say", "The results")],  # (the plural's singular must be a person's noun: checked after the match)
)
def test_reporting_group_pattern(text: str, group: str) -> None:
    m = REPORTING_GROUP.search(text)
    assert m is not None and m.group(1) == group
