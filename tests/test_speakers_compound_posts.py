"""speaker_check: a compound post ending in a head that names a person only there ("harbor master") is one speaker."""

from __future__ import annotations

import pytest

from briefgen.extract.quotes import extract_quotes
from briefgen.extract.speaker_check import trim_description


@pytest.mark.parametrize(
    ("rule", "speaker", "expected"),
    [
        ("compound post after an agent-like noun", "the harbor master", "the harbor master"),
        ("compound post, verb after it", "the station master warned", "the station master"),
        ("compound post after a plain noun", "a quiz master", "a quiz master"),
        ("plural compound post", "the dock masters", "the dock masters"),
        ("a compound head alone heads nothing", "the master", None),
        ("a compound head before a noun modifies it", "the master plan", None),
        ("a compound head after a determiner only", "a master said", None),
        ("a compound head before its own of", "the master of ceremonies", "the master of ceremonies"),
        ("a compound head before of, verb after", "the master of ceremonies thanked", "the master of ceremonies"),
    ],
)
def test_compound_post_heads(rule: str, speaker: str, expected: str | None) -> None:
    assert trim_description(speaker) == expected, rule


@pytest.mark.parametrize(
    ("rule", "sentence", "speaker", "role"),
    [
        ("said, then the compound post", '"The ferry will sail at noon," said the harbour master.', "the harbour master", None),
        ("compound post, then said", '"The ferry will sail at noon," the port master said.', "the port master", None),
        ("compound post apposed to a name", '"The ferry will sail at noon," said the harbor master, Ines Varga.',
         "Ines Varga", "the harbor master"),
        ("another compound post still stands", '"We will train on Sunday," said the head coach.', "the head coach", None),
        ("said, then the post with its of", '"Welcome to the fair," said the master of ceremonies.',
         "the master of ceremonies", None),
        ("said, then the post with its of before a name", '"Welcome to the fair," said master of ceremonies Ines Varga.',
         "Ines Varga", "master of ceremonies"),
        ("the post with its of before a name, then said", '"Welcome to the fair," master of ceremonies Ines Varga said.',
         "Ines Varga", "master of ceremonies"),
        ("the post with its of opening the sentence", 'Master of ceremonies Ines Varga said: "Welcome to the fair."',
         "Ines Varga", "Master of ceremonies"),
        ("a role noun's own of still a post", '"Welcome to the fair," said chief of staff Ines Varga.',
         "Ines Varga", "chief of staff"),
    ],
)
def test_compound_post_speakers(rule: str, sentence: str, speaker: str, role: str | None) -> None:
    (quote,) = extract_quotes([sentence])
    assert (quote.speaker, quote.role) == (speaker, role), rule
