"""A focusing adverb before a name ('Even Obama tried …') leaves the name the sentence's subject."""

from __future__ import annotations

import pytest

from briefgen.extract.cues_clauses import cue_first_clause
from briefgen.extract.cues_subject import sentence_subject
from briefgen.extract.quotes import extract_quotes
from briefgen.extract.speaker_tokens import tokenize


@pytest.mark.parametrize("sentence, subject", [
    ("Even Alvarez tried to calm the crowd, noting that the vote was close.", "Alvarez"),
    ("And even Alvarez tried to calm the crowd, saying the count would go on.", "Alvarez"),
    ("Only Whitfield voted against the budget, adding that it cut too deep.", "Whitfield"),
    ("Even before the vote, Whitfield was sure of the outcome.", "Whitfield"),  # an intro phrase, not a subject
])
def test_subject_after_focus_adverb(sentence: str, subject: str) -> None:
    assert sentence_subject(tokenize(sentence), sentence).speaker == subject


@pytest.mark.parametrize("sentence", [
    "Even Alvarez tried to calm the crowd, noting that the vote was close.",
    "And even Alvarez tried to calm the crowd, noting that the vote was close.",
])
def test_participle_reporter_after_focus_adverb(sentence: str) -> None:
    assert cue_first_clause(sentence).speaker == "Alvarez"


def test_he_said_after_focus_adverb_is_that_subject() -> None:
    # (the two men named just before are not who "he" is: the sentence's subject, who spoke, is)
    paragraphs = [
        "Mayor Luis Alvarez spoke first at the rally on Sunday.",
        "Both Carlos Brandt and Peter Holm promised to accept the result. And even Alvarez tried to calm the crowd,"
        " noting that he would wait for the count.",
        '"Nobody should claim a win before every ballot is in," he said.',
    ]
    assert [q.speaker for q in extract_quotes(paragraphs)] == ["Alvarez"]
