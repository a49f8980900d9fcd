"""sentence_subject reads past a long "who" clause or a party label set off by commas after the subject (invented)."""

from __future__ import annotations

import pytest

from briefgen.extract.cues_subject import sentence_subject
from briefgen.extract.quotes import extract_quotes
from briefgen.extract.speaker_tokens import tokenize


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("Ana Ruiz, who has represented the rural north of the county on the board for two decades, rallied the "
         "farmers on Monday.", "Ana Ruiz"),
        ("One attendee, who like the others spoke on the condition of anonymity about the meeting, said the plan "
         "was dead.", "One attendee"),
        # a comma left after a party label before the verb
        ("Sen. Ana Ruiz (D-Utah), said after a long lunch on Tuesday that she had not yet had a chance to look at the "
         "plan, but", "Ana Ruiz"),
        # a clause that runs to the end of the sentence closes nothing: no subject is read past it
        ("Ana Ruiz, who has represented the rural north of the county on the board for two decades.", None),
    ],
)
def test_subject_past_who_clause(sentence: str, speaker: str | None) -> None:
    cue = sentence_subject(tokenize(sentence), sentence)
    assert (cue.speaker if cue else None) == speaker


def test_he_after_subject_with_who_clause() -> None:
    paragraphs = [
        "Gov. Dan Cole, who has represented the rural north of the state in Congress for two decades, rallied "
        "farmers with his call to end the tariffs.",
        '"We will all come together to say loudly and clearly that the farms belong to all of us," he said.',
    ]
    assert extract_quotes(paragraphs)[-1].speaker == "Dan Cole"
