"""A narration sentence closed by an inverted attribution (', said Ann Lee, a pollster.') names that reporter, who is
then the one a following '"…," she said' quotes."""

from __future__ import annotations

import pytest

from briefgen.extract.cues_clauses import cue_first_clause
from briefgen.extract.quotes import extract_quotes


@pytest.mark.parametrize("sentence, speaker, role", [
    ("Farm exports have fallen sharply, too, said Nora K. Halvorsen, a Fargo grain trader.", "Nora K. Halvorsen",
     "a Fargo grain trader"),
    ("Ferry fares will rise next spring, said Osei.", "Osei", None),
    ("Rents in the old town are climbing, says Pieter de Wit, an estate agent.", "Pieter de Wit", "an estate agent"),
])
def test_inverted_close_names_the_reporter(sentence: str, speaker: str, role: str | None) -> None:
    cue = cue_first_clause(sentence)
    assert (cue.speaker, cue.role) == (speaker, role)


@pytest.mark.parametrize("sentence, speaker", [
    # the name after "said" opens the clause reported: the reporter is the subject before it
    ("Mr. Okafor, a former port official, said Ms. Duran handled the talks with patience.", "Okafor"),
    ("Tamsin Reilly, the council's treasurer, said Harlow would pay for the repairs.", "Tamsin Reilly"),
])
def test_name_opening_a_reported_clause_is_no_reporter(sentence: str, speaker: str) -> None:
    assert cue_first_clause(sentence).speaker == speaker


def test_she_said_after_inverted_close() -> None:
    paragraphs = [
        "Farm exports have fallen sharply, too, said Nora K. Halvorsen, a Fargo grain trader. "
        '"Nobody is buying soybeans at these prices," she said.',
    ]
    quotes = extract_quotes(paragraphs)
    assert [(q.speaker, q.role) for q in quotes] == [("Nora K. Halvorsen", "a Fargo grain trader")]
