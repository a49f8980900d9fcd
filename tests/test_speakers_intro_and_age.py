"""A subject after an opening phrase whose comma was left out, and a description headed by an age."""

from __future__ import annotations

import pytest

from briefgen.extract.quotes import extract_quotes


def _speaker(text: str) -> str | None:
    (quote,) = extract_quotes([text])
    return quote.speaker


@pytest.mark.parametrize(
    ("rule", "text", "speaker"),
    [
        ("occasion phrase, no comma", 'During the hearing Okafor said "the plan will never pass the Senate."', "Okafor"),
        ("described occasion", 'In a radio interview Dana Whitfield declared "the plan will never pass the Senate."',
         "Dana Whitfield"),
        ("a day ends the phrase", 'At the rally on Tuesday Dana Whitfield said "the plan will never pass the Senate."',
         "Dana Whitfield"),
        ("with a comma, as before", 'During the hearing, Okafor said "the plan will never pass the Senate."', "Okafor"),
        # the object of "with" may run into the name ("with CNN Okafor"): not read
        ("object of a preposition", 'In an interview with CNN Okafor said "the plan will never pass the Senate."', None),
        ("a place name is no phrase", 'In the United States Senate Okafor said "the plan will never pass it."', None),
        ("the same words earlier, after no preposition, do not hide the phrase before the verb",
         'Fans watched the hearing Okafor won; during the hearing Okafor said "the plan will never pass the Senate."',
         "Okafor"),
    ],
)
def test_after_intro_phrase(rule: str, text: str, speaker: str | None) -> None:
    assert _speaker(text) == speaker, rule


@pytest.mark.parametrize(
    ("rule", "text", "speaker"),
    [
        ("an age heads the description", '"We will appeal the ruling," the 52-year-old told reporters.', "the 52-year-old"),
        ("an age describes a noun", '"We will appeal the ruling," the 52-year-old farmer said.', "the 52-year-old farmer"),
        ("an age after the verb", '"We will appeal the ruling," said the 52-year-old farmer.', "the 52-year-old farmer"),
        ("an age before a name is no part of it", 'The 52-year-old Dana Whitfield said: "We will appeal the ruling."',
         "Dana Whitfield"),
    ],
)
def test_age_description(rule: str, text: str, speaker: str | None) -> None:
    assert _speaker(text) == speaker, rule
