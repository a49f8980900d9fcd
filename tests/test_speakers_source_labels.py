"""A digest's source label ('More from X:', 'From X's post:') and a 'what X called' clause name the speaker."""

from __future__ import annotations

import pytest

from briefgen.extract.quotes import extract_quotes
from briefgen.extract.speaker_labels import cue_from_label


@pytest.mark.parametrize(
    ("frame", "speaker"),
    [
        ("More from Okafor and Whitfield:", "Okafor and Whitfield"),
        ("Polls shifted late. More from Dana Whitfield:", "Dana Whitfield"),
        ("From Okafor's campaign blog:", "Okafor"),
        ("— From Dana Whitfield:", "Dana Whitfield"),
        ("From Monday:", None),  # a day is no source
        ("From the start:", None),
        ("Apart from Okafor:", None),  # the label opens its sentence
    ],
)
def test_from_label(frame: str, speaker: str | None) -> None:
    cue = cue_from_label(frame)
    assert (cue.speaker if cue else None) == speaker


@pytest.mark.parametrize(
    ("rule", "text", "speaker", "role"),
    [
        ("in what X, a description, called",
         'He guarded the delegates, in what Dana Whitfield, the party treasurer, called "trench warfare by other means."',
         "Dana Whitfield", "the party treasurer"),
        ("what X called", 'It was what Dana Whitfield called "trench warfare by other means."', "Dana Whitfield", None),
        ("a source label before the quote", 'Turnout was high. More from Dana Whitfield: "The lines ran for hours."',
         "Dana Whitfield", None),
    ],
)
def test_in_sentence(rule: str, text: str, speaker: str, role: str | None) -> None:
    (quote,) = extract_quotes([text])
    assert (quote.speaker, quote.role) == (speaker, role), rule
