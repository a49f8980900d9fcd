"""A body's acronym that spoke is what a following "it added" stands for (speaker_check.BODY_ACRONYM)."""

from __future__ import annotations

import pytest

from briefgen.extract.quotes import extract_quotes
from briefgen.extract.speaker_check import is_thing


@pytest.mark.parametrize(
    ("rule", "paragraphs", "speakers"),
    [
        ("it added after an acronym, an earlier document named",
         ["The memo reached the port on Monday.",
          '"The ships will stay in the harbour," said OMTA. "The storm is too strong," it added.'],
         ["OMTA", "OMTA"]),
        ("a he after an acronym's statement",
         ["''The league is open to all,'' FIRA said in a statement.",
          "Earlier, Mark Ruiz defended himself on a radio show.",
          "''I never meant to hurt anyone,'' he told the hosts."],
         ["FIRA", "Mark Ruiz"]),
    ],
)
def test_acronym_speaks_for_it(rule: str, paragraphs: list[str], speakers: list[str]) -> None:
    assert [q.speaker for q in extract_quotes(paragraphs)] == speakers, rule


@pytest.mark.parametrize(
    ("speaker", "expected"),
    [("OMTA", True), ("NATO", True), ("AT&T", True), ("JFK", False), ("Omta", False), ("I", False),
     ("the memo", True), ("Mark Ruiz", False)],
)
def test_is_thing(speaker: str, expected: bool) -> None:
    assert is_thing(speaker) is expected
