"""Players a sports report lists: scorers with the minute, numbered line-ups and seeded draws, a leaderboard's rows."""

from __future__ import annotations

import pytest

from briefgen.extract.actor_lineups import lineup_entities, listed_players
from briefgen.extract.nlp import Entity


@pytest.mark.parametrize(("line", "shape", "expected"), [
    ("Ruritania - Velkor Tass (31st), Orla Brend (75th)", "scorer", ["Velkor Tass", "Orla Brend"]),
    ("Ostrava - Jan Allan Mott (60th minute)", "scorer", ["Jan Allan Mott"]),
    ("Ruritania - 15 - Velkor Tass (Ivo Brandt, 70), 14 - Orla Brend, 13 - Pim van Hal", "numbered",
     ["Velkor Tass", "Orla Brend", "Pim van Hal"]),
    ("2 - Velkor Tass (Chile) beat 4 - Orla Brend (Peru) 15-10 8-15", "numbered", ["Velkor Tass", "Orla Brend"]),
    ("65 Velkor Tass, Orla Brend, Ivo Brandt (Chile)", "leaderboard", ["Velkor Tass", "Orla Brend", "Ivo Brandt"]),
    # negatives: one word is no full name; a sentence; a count that is no score line
    ("Ruritania - Tass (31st)", "scorer", []),
    ("The 15 - member board met on Monday, officials said.", "numbered", []),
    ("Scores 67 Velkor Tass", "leaderboard", []),
])
def test_listed_players(line: str, shape: str, expected: list[str]) -> None:
    assert [line[a:b] for a, b in listed_players(line, shape)] == expected


def test_lineup_entities_need_two_lines_and_keep_ner_people() -> None:
    lines = ["Scorers:", "Ruritania - Velkor Tass (31st)", "Ostrava - Orla Brend (12th), Ivo Brandt (80th)"]
    ents: list[list[Entity]] = [[], [], [Entity("Ivo Brandt", "PERSON", 29, 39)]]
    out = lineup_entities(lines, ents)
    assert [(e.text, e.label_) for e in out[1]] == [("Velkor Tass", "PERSON")]
    assert [e.text for e in out[2]] == ["Orla Brend", "Ivo Brandt"]
    assert lineup_entities(lines[:2], ents[:2]) == [[], []]  # one line is no list
