"""quotes: '"…," they wrote' resolved to the pair of people or the family named last before the quote."""

from __future__ import annotations

import pytest

from briefgen.extract.quotes import extract_quotes


@pytest.mark.parametrize(
    ("paragraphs", "speakers"),
    [
        # a pair of people who wrote, then "they said"
        (["In an opinion piece, Bill and Denise Richard wrote about the toll taken on their family.",
          '"Our family has grieved and buried our young son," they said in the column.'],
         ["Bill and Denise Richard"]),
        # a family named by the plural of a surname the article gives a person
        (["Martin Richard was killed in the bombing.",
          "Now the Richards are urging the Justice Department to close the case.",
          '"We are in favor of taking the death penalty off the table," they wrote.'],
         ["the Richards"]),
        # a pair quoted, then "they" in the next paragraph
        (['"We will not sell the farm to anyone," Bill and Denise Richard said.',
          '"It has been ours for a hundred years," they added.'],
         ["Bill and Denise Richard", "Bill and Denise Richard"]),
        # the group named last wins
        (["Bill and Denise Richard spoke first.", "Then Hillary Clinton arrived, and the Clintons said hello.",
          '"We are glad to be here in Boston," they said.'],
         ["the Clintons"]),
    ],
)
def test_they_is_the_group_named_last(paragraphs: list[str], speakers: list[str]) -> None:
    assert [q.speaker for q in extract_quotes(paragraphs)] == speakers


@pytest.mark.parametrize(
    "paragraphs",
    [
        # a body's name ending "X and Y" is no pair of people
        (["The National Academies of Sciences, Engineering and Medicine published a report on Monday.",
          '"The evidence is clear enough by now," they wrote.']),
        # "the Browns" without a Brown the article names as a person: a team, perhaps
        (["The Browns lost again on Sunday.", '"We have to play much better than that," they said.']),
        # a plural without a name
        (["Officials met on Monday.", '"We have to act before the winter comes," they said.']),
        # named too far back
        (["Bill and Denise Richard wrote about the toll.", "The trial went on.", "It lasted weeks.",
          "The jury was out.", '"We have to act before the winter comes," they said.']),
    ],
)
def test_they_stays_unresolved(paragraphs: list[str]) -> None:
    assert [q.speaker for q in extract_quotes(paragraphs)] == [None]
