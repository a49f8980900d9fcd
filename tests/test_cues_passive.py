"""A speech verb in the passive before "to" is an instruction its subject got: that subject did not say the quote."""

from __future__ import annotations

import pytest

from briefgen.extract.quotes import extract_quotes


@pytest.mark.parametrize(
    ("rule", "sentence", "speaker"),
    [
        ("told to, after 'according to'",
         "According to the Omta news agency, the country's army has been told to prepare for a \"long winter at sea.\"",
         "the Omta news agency"),
        ("asked to, a verb before it",
         'Ana Lima said the army was asked to get ready for a "long winter at sea."', "Ana Lima"),
        ("urged to, adverb between", 'Tomas Ruiz said the army was reportedly urged to plan for a "long winter at sea."',
         "Tomas Ruiz"),
    ],
)
def test_passive_instruction_is_no_speaker(rule: str, sentence: str, speaker: str) -> None:
    assert extract_quotes([sentence])[0].speaker == speaker, rule


@pytest.mark.parametrize(
    ("rule", "paragraphs", "speaker"),
    [
        ("asked about it opens the answer", ["Mr. Ruiz was asked about the storm on Friday.",
                                             '"I hope it passes soon," he said.'], "Ruiz"),
        ("active 'told' after the subject", ['Ana Lima told the crews to prepare for a "long winter at sea."'],
         "Ana Lima"),
        ("progressive, not passive", ['Ana Lima was telling the crews to prepare for a "long winter at sea."'],
         "Ana Lima"),
    ],
)
def test_not_a_passive_instruction(rule: str, paragraphs: list[str], speaker: str) -> None:
    assert extract_quotes(paragraphs)[-1].speaker == speaker, rule
