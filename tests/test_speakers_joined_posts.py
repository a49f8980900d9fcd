"""Speakers named with two posts joined by "and", with their co-workers, or through a document they gave out."""

from __future__ import annotations

import pytest

from briefgen.extract.quotes import extract_quotes
from briefgen.extract.speaker_check import document_owner


def _only(text: str) -> tuple[str | None, str | None, str | None]:
    quotes = extract_quotes([text])
    assert len(quotes) == 1
    return quotes[0].speaker, quotes[0].role, quotes[0].context


@pytest.mark.parametrize(
    ("rule", "text", "expected"),
    [
        ("two posts before the name, after the quote",
         '"The ice sheet is thinning fast," chief glaciologist and Arctic survey leader Maren Holt said on Friday.',
         ("Maren Holt", "chief glaciologist and Arctic survey leader", "on Friday")),
        ("two posts before the name, after an inverted verb",
         '"The ice sheet is thinning fast," said chief glaciologist and Arctic survey leader Maren Holt.',
         ("Maren Holt", "chief glaciologist and Arctic survey leader", None)),
        ("two posts opening the sentence before the quote",
         'Chief glaciologist and Arctic survey leader Maren Holt said: "The ice sheet is thinning fast."',
         ("Maren Holt", "Chief glaciologist and Arctic survey leader", None)),
        ("one post is left as it was",
         '"The ice sheet is thinning fast," Arctic survey leader Maren Holt said.',
         ("Maren Holt", "Arctic survey leader", None)),
        ("a clause before 'and' is no post",
         'Crowds cheered and Democratic senator Ray Dunn said: "The ice sheet is thinning fast."',
         ("Ray Dunn", "Democratic senator", None)),
        ("the same post earlier in the sentence is not the one before the name",
         'Every Arctic survey leader agreed; chief glaciologist and Arctic survey leader Maren Holt said: "The ice sheet is'
         ' thinning fast."',
         ("Maren Holt", "chief glaciologist and Arctic survey leader", None)),
    ],
)
def test_joined_posts(rule: str, text: str, expected: tuple[str | None, str | None, str | None]) -> None:
    assert _only(text) == expected, rule


@pytest.mark.parametrize(
    ("rule", "text", "speaker"),
    [
        ("name and his team", '"We found salt on the far side," Okafor and his team wrote in the journal.', "Okafor"),
        ("name and colleagues", '"The signal is real," Dana Whitfield and colleagues said.', "Dana Whitfield"),
        ("name and her co-authors before the quote",
         'Dana Whitfield and her co-authors wrote: "The signal is real."', "Dana Whitfield"),
        ("after the verb", '"The signal is real," said Dana Whitfield and colleagues.', "Dana Whitfield"),
        # a group that is no co-workers' keeps today's reading: no speaker from "and the crowd"
        ("not co-workers", '"The signal is real," Dana Whitfield and the crowd chanted.', None),
    ],
)
def test_coworkers(rule: str, text: str, speaker: str | None) -> None:
    assert _only(text)[0] == speaker, rule


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("a statement released by Borlan Foods", ("Borlan Foods", "in a statement")),
        ("a statement from the company", ("the company", "in a statement")),
        ("the letter signed by Mayor Ruth Ogden", ("Mayor Ruth Ogden", "in a letter")),
        ("an email from Ruth Ogden", ("Ruth Ogden", "in an email")),
        ("Cornyn's statement", ("Cornyn", "in a statement")),  # the owner before the document, as before
        ("a report from the agency", None),  # a report is not its owner's own words
        ("a statement from his lawyer", None),  # lower-case, no name: not read as an owner
    ],
)
def test_document_owner(phrase: str, expected: tuple[str, str] | None) -> None:
    assert document_owner(phrase) == expected


@pytest.mark.parametrize(
    ("rule", "text", "expected"),
    [
        ("document read out", '"We regret the delay," read a statement released by Borlan Foods.',
         ("Borlan Foods", None, "in a statement")),
        ("document as subject", '"We regret the delay," a statement from Borlan Foods said.',
         ("Borlan Foods", None, "in a statement")),
        ("in a statement released by, no verb",
         'In a statement released by Borlan Foods on Monday, "we regret the delay" was the only message.',
         ("Borlan Foods", None, "in a statement")),
        # a plural document takes no article: "in statements", never "in a statements"
        ("in statements released by, plural",
         'In their statements released by Borlan Foods on Monday, "we regret the delay" was the only message.',
         ("Borlan Foods", None, "in statements")),
        ("quoted as saying", '"We regret the delay," Ruth Ogden was quoted as saying.', ("Ruth Ogden", None, None)),
        ("can be heard asking", '"Will you build it here?" a reporter can be heard asking Ruth Ogden.',
         ("a reporter", None, None)),
        ("was heard saying", '"We regret the delay," Ruth Ogden was heard saying.', ("Ruth Ogden", None, None)),
        ("could be seen shouting", '"We regret nothing," Ruth Ogden could be seen shouting at the crowd.',
         ("Ruth Ogden", None, "at the crowd")),
    ],
)
def test_indirect_naming(rule: str, text: str, expected: tuple[str | None, str | None, str | None]) -> None:
    assert _only(text) == expected, rule
