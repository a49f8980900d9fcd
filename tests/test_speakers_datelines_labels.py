"""A dateline left at a sentence's head is no subject; a label may carry a party; who obtained a document did not
say it."""

from __future__ import annotations

import pytest

from briefgen.extract.quotes import extract_quotes
from briefgen.extract.speaker_labels import cue_label


def _speaker(text: str) -> str | None:
    (quote,) = extract_quotes([text])
    return quote.speaker


@pytest.mark.parametrize(
    ("rule", "text", "speaker"),
    [
        ("dateline with an agency",
         'BOSTON, May 3 (UPI) — The city council released a report on Monday, calling the plan "a costly mistake".',
         "The city council"),
        ("dateline, a dash", 'DENVER — Sen. Ada Kline on Monday called the plan "a costly mistake for the state".',
         "Ada Kline"),
        ("no dateline, as before", 'The city council on Monday called the plan "a costly mistake for the state".',
         "The city council"),
    ],
)
def test_subject_after_dateline(rule: str, text: str, speaker: str) -> None:
    assert _speaker(text) == speaker, rule


@pytest.mark.parametrize(
    ("frame", "speaker"),
    [
        ("Rep. Ada Kline (D-Ore.):", "Rep. Ada Kline"),
        ("The exchange went on. Sen. Sam Ortiz (R-Texas):", "Sen. Sam Ortiz"),
        ("Sam Ortiz:", "Sam Ortiz"),
        ("Update (D-Ore.):", None),  # furniture stays furniture
    ],
)
def test_label_with_party(frame: str, speaker: str | None) -> None:
    cue = cue_label(frame)
    assert (cue.speaker if cue else None) == speaker


@pytest.mark.parametrize(
    ("rule", "text", "speaker"),
    [
        # (the letter's owner speaks in it: speaker_check.document_owner)
        ("obtained by a newspaper",
         'A letter from the union obtained by The Daily Ledger warns that "any further use will be challenged."',
         "the union"),
        ("reviewed by a newspaper",
         'A memo from Mayor Ada Kline reviewed by The Daily Ledger says the plant "will not reopen before the spring."',
         "Mayor Ada Kline"),
        ("the document itself", 'The leaked memo obtained by The Daily Ledger says it "will not reopen before spring."',
         "The leaked memo"),
        # who gave a document out does speak through it
        ("released by its owner", '"We will not reopen," read a statement released by Borlan Foods.', "Borlan Foods"),
    ],
)
def test_obtained_by(rule: str, text: str, speaker: str | None) -> None:
    assert _speaker(text) == speaker, rule
