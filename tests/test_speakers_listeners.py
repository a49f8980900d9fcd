"""The listener after "told" never speaks, and a described speaker's "who" clause is part of its subject (invented
sentences)."""

from __future__ import annotations

import pytest

from briefgen.extract.cues import cue_after, cue_trailing
from briefgen.extract.quotes import extract_quotes


@pytest.mark.parametrize(
    ("frame", "speaker"),
    [
        # LISTENER_VERBS: the name right after "told" heard the words
        (", told Channel Nine.", None),
        (" tells the Ledger on Monday.", None),
        # an inverted "said X" still names X
        (", said Mona Reyes.", "Mona Reyes"),
        (" asked Mona Reyes.", "Mona Reyes"),
    ],
)
def test_no_inverted_listener(frame: str, speaker: str | None) -> None:
    cue = cue_after(frame)
    assert (cue.speaker if cue else None) == speaker


@pytest.mark.parametrize(
    ("frame", "speaker"),
    [
        # a clause between commas after the quote, then "told X": X is not the speaker
        (" about the pumps, in the end, told Channel Nine.", None),
        (" about the pumps, in the end, said Mona Reyes.", "Mona Reyes"),
    ],
)
def test_no_trailing_listener(frame: str, speaker: str | None) -> None:
    cue = cue_trailing(frame)
    assert (cue.speaker if cue else None) == speaker


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        ('"The pumps failed twice this week," a harbour engineer, who was not cleared to talk, told Channel Nine.',
         "a harbour engineer"),
        ('"Nobody checked the ledgers," an election official, speaking on condition of anonymity, said.',
         "an election official"),
        ('"Nobody checked the ledgers," a former aide, who quit in May, said on Friday.', "a former aide"),
        ('"Nobody checked the ledgers," Dora Vance, who quit in May, told the Ledger.', "Dora Vance"),
    ],
)
def test_described_speaker_with_who_clause(paragraph: str, speaker: str) -> None:
    quote = extract_quotes(["Ana Ruiz spoke to the board on Monday.", paragraph])[0]
    assert quote.speaker == speaker
