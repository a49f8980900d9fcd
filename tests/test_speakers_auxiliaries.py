"""Words between a speaker and the speech verb: a perfect's or future's auxiliary, an adverb in -ly."""

from __future__ import annotations

import pytest

from briefgen.extract.quotes import extract_quotes


@pytest.mark.parametrize(
    ("rule", "text", "speaker"),
    [
        ("has written after an apposition",
         '"The duty is paid at the border," Dana Whitfield, a senior fellow at the Tax Center, has written.',
         "Dana Whitfield"),
        ("had written before the quote", 'As Dana Whitfield had written, "the duty is paid at the border."',
         "Dana Whitfield"),
        ("would later say", '"The duty is paid at the border," Dana Whitfield would later say.', "Dana Whitfield"),
        ("an adverb after a name", '"Can I give it to Sam?" Okafor tearfully asked.', "Okafor"),
        ("an adverb after a description", '"Can I give it to Sam?" the mayor quietly asked.', "the mayor"),
    ],
)
def test_between_subject_and_verb(rule: str, text: str, speaker: str | None) -> None:
    (quote,) = extract_quotes([text])
    assert quote.speaker == speaker, rule
