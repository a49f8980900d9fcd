"""A narration sentence whose first speech verb sits in a subordinate clause: its main clause's named subject."""

from __future__ import annotations

import pytest

from briefgen.extract.cues_clauses import SUBORDINATE_OPENERS, cue_first_clause
from briefgen.extract.quotes import extract_quotes

EARLIER = '"The port needs money," said Peter Hollis, the harbor master.'


@pytest.mark.parametrize(
    ("rule", "sentence", "speaker"),
    [
        ("when", "Mayor Dan Ortiz looked tired when Hollis asked about the budget.", "Dan Ortiz"),
        ("after", "Dan Ortiz left the room after Hollis said the vote was over.", "Dan Ortiz"),
        ("a speech verb in the main clause stays", "Dan Ortiz said the port would wait when Hollis asked.", "Dan Ortiz"),
        ("no subordinate clause", "Dan Ortiz frowned, and Hollis said nothing more.", "Hollis"),
        ("a lower-case subject before", "The room went quiet when Hollis asked about the budget.", "Hollis"),
    ],
)
def test_first_clause(rule: str, sentence: str, speaker: str) -> None:
    cue = cue_first_clause(sentence)
    assert cue is not None and cue.speaker == speaker, rule


@pytest.mark.parametrize(
    ("rule", "paragraphs", "expected"),
    [
        ("when", [EARLIER, "Dan Ortiz did not sound hopeful when Hollis asked whether the port could be saved.",
                  '"Nobody can promise that this year," he said.'], "Dan Ortiz"),
        ("as", [EARLIER, "Dan Ortiz shook his head as Hollis argued for a new tax.",
                '"The voters will never agree," he said.'], "Dan Ortiz"),
    ],
)
def test_pronoun_after_main_subject(rule: str, paragraphs: list[str], expected: str) -> None:
    assert extract_quotes(paragraphs)[-1].speaker == expected, rule


def test_openers_are_lower_case_words() -> None:
    assert all(w.isalpha() and w.islower() for w in SUBORDINATE_OPENERS)
