"""A cricket scorecard's players: the batsman, fielder and bowler of each batting line, the bowlers' figures."""

from __future__ import annotations

import pytest

from briefgen.extract.actor_scorecards import player_spans, scorecard_entities
from briefgen.extract.nlp import Entity


@pytest.mark.parametrize(("line", "expected"), [
    ("K. Varde c and b Ostrin 50", ["K. Varde", "Ostrin"]),
    ("T. Holm c Brask b Nendel 13", ["T. Holm", "Brask", "Nendel"]),
    ("P. Rask lbw b Nendel 0", ["P. Rask", "Nendel"]),
    ("J. Orley st Brask b Tamm 6", ["J. Orley", "Brask", "Tamm"]),
    ("A.de Varo not out 83", ["A.de Varo"]),
    ("M. Selt run out 9", ["M. Selt"]),
    ("Bowling: Ostrin 7-0-29-0, de Varo 4-0-25-0, Nendel 9-0-49-1", ["Ostrin", "de Varo", "Nendel"]),
    # negatives: a scorecard's totals; prose
    ("Extras (lb-3 nb-2) 5", []),
    ("Total (nine wickets, 50 overs) 228", []),
    ("Holm said he was not out of form.", []),
])
def test_player_spans(line: str, expected: list[str]) -> None:
    assert [line[a:b] for a, b in player_spans(line)] == expected


def test_scorecard_entities_need_a_scorecard() -> None:
    lines = ["K. Varde c and b Ostrin 50", "T. Holm c Brask b Nendel 13", "P. Rask lbw b Nendel 0"]
    ents: list[list[Entity]] = [[Entity("Ostrin 50", "ORG", 16, 25)], [], []]
    out = scorecard_entities(lines, ents)
    assert [(e.text, e.label_) for e in out[0]] == [("K. Varde", "PERSON"), ("Ostrin", "PERSON")]
    assert scorecard_entities(lines[:2], ents[:2]) == ents[:2]  # two lines are no scorecard
