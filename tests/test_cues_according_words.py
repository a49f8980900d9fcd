"""The source a sentence names wherever it stands: "according to X", "in the words of X" (cues_according)."""

from __future__ import annotations

import pytest

from briefgen.extract.cues_according import cue_according
from briefgen.extract.quotes import extract_quotes


@pytest.mark.parametrize(
    ("rule", "sentence", "speaker", "role"),
    [
        ("in the words of, a description then the name",
         'The boy was ill for months, and in the words of the county prosecutor, Tomas Ruiz, "he spent his last weeks '
         'in great pain."', "Tomas Ruiz", "the county prosecutor"),
        ("in the words of, a post before the name", 'In the words of coach Tomas Ruiz, "the squad is tired and needs a '
         'rest."', "Tomas Ruiz", "coach"),
        ("according to, a description then the name and a suffix",
         'The ships stayed in port for "as long as the storm lasts," according to the harbour chief, Ida Berg, QC.',
         "Ida Berg", "the harbour chief"),
    ],
)
def test_source_named(rule: str, sentence: str, speaker: str, role: str) -> None:
    quote = extract_quotes([sentence])[0]
    assert (quote.speaker, quote.role) == (speaker, role), rule


@pytest.mark.parametrize(
    ("rule", "sentence", "speaker"),
    [
        ("a description alone", "The port shut, according to the harbour office.", "the harbour office"),
        ("a description, then no name", "The port shut, according to the harbour office, in a note.",
         "the harbour office"),
        ("a description, then a lower-case apposition", "The port shut, according to the harbour chief, a former "
         "pilot.", "the harbour chief"),
    ],
)
def test_description_stays_speaker(rule: str, sentence: str, speaker: str) -> None:
    cue = cue_according(sentence)
    assert cue is not None and cue.speaker == speaker, rule
