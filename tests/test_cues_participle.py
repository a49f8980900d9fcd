"""cues_participle: a crowd's participle after a scene-setting clause goes with the people gathered in that clause."""

from __future__ import annotations

import pytest

from briefgen.extract.quotes import extract_quotes


@pytest.mark.parametrize(
    ("rule", "sentence", "speaker"),
    [
        ("where-clause, counted people, chanting",
         'The trouble began at the town hall, where about 40 protesters had gathered on Monday, chanting "fair pay, fair play."',
         "40 protesters"),
        ("where-clause, crowd count of people",
         'The trouble began at the depot, where dozens of dock workers had gathered, chanting "fair pay, fair play."',
         "dozens of dock workers"),
        ("when-clause, named people, shouting",
         'The first clash came at the depot, when Acme strikers blocked the gate, shouting "no deal, no ships!"',
         "Acme strikers"),
        ("as-clause, described people, yelling",
         'The mayor left the stage as the angry farmers rose, yelling "bring back the market!"',
         "the angry farmers"),
    ],
)
def test_crowd_participle_after_scene_clause(rule: str, sentence: str, speaker: str) -> None:
    (quote,) = extract_quotes([sentence])
    assert quote.speaker == speaker, rule


@pytest.mark.parametrize(
    ("rule", "sentence", "speaker"),
    [
        ("a plain saying stays with the main clause",
         'Ann Lee spoke as the reporters waited in the hall, saying she was "proud of the whole team."', "Ann Lee"),
        ("after-clause left to the main clause",
         'Ann Lee went after the mayor over his budget, calling it "a disgrace to the whole town."', "Ann Lee"),
        ("a pronoun opening the clause is no described crowd",
         'Ann Lee waved as she left the hall, shouting "see you all next spring!"', "Ann Lee"),
    ],
)
def test_main_clause_keeps_its_participle(rule: str, sentence: str, speaker: str) -> None:
    (quote,) = extract_quotes([sentence])
    assert quote.speaker == speaker, rule
