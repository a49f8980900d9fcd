"""speaker_tokens.named_people: 'Trump supporters chanted' is the supporters' chant, not Trump's."""

from __future__ import annotations

import pytest

from briefgen.extract.quotes import extract_quotes


@pytest.mark.parametrize(
    ("rule", "sentence", "speaker"),
    [
        ("a name's supporters before the verb", 'Lindqvist supporters chanted "four more years, four more years."',
         "Lindqvist supporters"),
        ("a school's fans, an adverb before the verb", 'Acme High School fans also chanted, "Build a new stadium now."',
         "Acme High School fans"),
        ("a name's staff after the quote", '"We are not done with this race yet," Varga staffers said.', "Varga staffers"),
        ("a name alone still speaks", '"We are not done with this race yet," Varga said.', "Varga"),
    ],
)
def test_named_people_speak(rule: str, sentence: str, speaker: str) -> None:
    (quote,) = extract_quotes([sentence])
    assert quote.speaker == speaker, rule


def test_owned_people_leave_the_names_after_them() -> None:
    sentence = 'Henry Clay\'s biographers, Ann and Jo Lindqvist, wrote that he "had a fine ear for the crowd and its moods."'
    (quote,) = extract_quotes([sentence])
    assert quote.speaker == "Ann and Jo Lindqvist"
