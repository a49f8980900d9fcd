"""Things that speak: a body's acronym, what a following "it added" stands for (speaker_check.BODY_ACRONYM), and a
document's head (lexicon.SPEAKER_HEADS["document"]: "The audit found that "…"")."""

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


@pytest.mark.parametrize(
    ("rule", "sentence", "speaker"),
    [
        ("an owner's analysis", 'Acme Weekly\'s analysis concluded, "Most readers come at night."',
         "Acme Weekly's analysis"),
        ("an audit", 'The audit found that "the books were kept with great care."', "The audit"),
        ("an owner's review", 'The board\'s review said the plan was "sound in every part."', "The board's review"),
    ],
)
def test_document_heads(rule: str, sentence: str, speaker: str) -> None:
    assert extract_quotes([sentence])[0].speaker == speaker, rule
