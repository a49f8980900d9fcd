"""Datelines in Title Case at a paragraph's head: a place list ending in a country or a US state, run on to the
story (after three parts), or ended by a dash (after two) or a colon (after three); lists of names are no place."""

from __future__ import annotations

import pytest

from briefgen.readers.dateline import TITLE_DATELINE_ENDS, split_dateline


@pytest.mark.parametrize(
    ("lead", "dateline", "rest"),
    [
        # run-on: three parts, then the story's first word, whatever it is
        ("Ballarat, Victoria, Australia On Sunday, the club opened its stand.", "Ballarat, Victoria, Australia",
         "On Sunday, the club opened its stand."),
        ("Bendigo, Victoria, Australia Reporters spoke to the coach.", "Bendigo, Victoria, Australia",
         "Reporters spoke to the coach."),
        ("Akron, Ohio, United States Wikinews met the mayor.", "Akron, Ohio, United States", "Wikinews met the mayor."),
        # dash: two parts are enough, the dash glued or standing apart
        ("Dayton, Ohio, United States-This year the fair grew.", "Dayton, Ohio, United States", "This year the fair grew."),
        ("Dayton, Ohio-This year the fair grew.", "Dayton, Ohio", "This year the fair grew."),
        ("Lyon, France — The council voted.", "Lyon, France", "The council voted."),
        # colon: three parts, one of them in capitals
        ("Springfield, IL, United States: The council voted.", "Springfield, IL, United States", "The council voted."),
    ],
)
def test_title_case_dateline_at_a_paragraph_head(lead: str, dateline: str, rest: str) -> None:
    assert split_dateline(lead) == (dateline, rest)


@pytest.mark.parametrize(
    "lead",
    [
        "Italy, Spain, Portugal Face a long heat wave.",  # a list of countries: the first part is a country
        "Mary Smith, John Lloyd-Webber and Tim Rice wrote it.",  # names, no country at the end
        "Paris, Texas On Friday it rained.",  # two parts run on: may be what the sentence is about
        "Paris, Texas, The band played its last show.",  # a comma after the state: a list goes on
        "Smith, Jones, Brown Said nothing at all.",  # no country or state
        "Clinton, Sanders: The debate went on.",  # two names and a colon
        "Dayton, Ohio-based firms grew.",  # a hyphen glued to a lower-case word joins words
        "When Bendigo, Victoria, Australia Day arrives, the town empties.",  # a clause's opener is no place
        "If Ballarat, Bendigo, Australia Zoo and Perth close, the tours stop.",
    ],
)
def test_title_case_names_are_no_dateline_at_a_paragraph_head(lead: str) -> None:
    assert split_dateline(lead) == (None, lead)


def test_the_rules_are_named() -> None:
    assert set(TITLE_DATELINE_ENDS) == {"run-on", "dash", "colon"}
