"""cue_first_clause: a narration sentence's closing inverted attribution names who reports in it (invented sentences)."""

from __future__ import annotations

import pytest

from briefgen.extract.cues_clauses import cue_first_clause
from briefgen.extract.quotes import extract_quotes


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("That will hold only up to a point, said Sherman, a former aide whose temper is well known.", "Sherman"),
        ("The debates are not likely to change the race, noted the pollster Dana Kerr.", "Dana Kerr"),
        # the subject's own verb still comes first
        ("Ana Ruiz said the plan would fail.", "Ana Ruiz"),
    ],
)
def test_closing_attribution(sentence: str, speaker: str) -> None:
    cue = cue_first_clause(sentence)
    assert cue is not None and cue.speaker == speaker


def test_he_after_closing_attribution() -> None:
    paragraphs = [
        "Gov. Paul Reed spoke at the fair on Monday.",
        "The fair has grown every year, said Tom Baker, the director of the county board.",
        '"We had more visitors than ever, and we need more room," he said.',
    ]
    assert extract_quotes(paragraphs)[-1].speaker == "Tom Baker"
