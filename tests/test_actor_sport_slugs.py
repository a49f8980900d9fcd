"""A wire story's sport slug ("SOCCER - …") makes a sports report; in one, a player's or a runner's marks in a scores
line are no club's result, a town after "in" is the town, and a team NER read as a person with its score keeps its slot
in a results table; a statistic's abbreviation ("RBI") there is no body."""

from __future__ import annotations

import pytest

from briefgen.extract.actor_candidate import Candidate
from briefgen.extract.actor_results import results_entities
from briefgen.extract.actor_teams import club_cue, sporting
from briefgen.extract.actor_types import type_of
from briefgen.extract.nlp import Entity


@pytest.mark.parametrize(("headline", "expected"), [
    ("SOCCER - HARROWBY SACK THEIR COACH AFTER CUP EXIT.", True),
    ("Cricket - Castlemere win toss and choose to bat.", True),
    ("RUGBY UNION - PORT ELLIS HOLD ON FOR NARROW WIN.", True),
    ("HORSE RACING - BREEDERS STAKES RESULT.", True),
    # negatives: no slug; a slug that is no sport's; a sport's word not opening the headline
    ("Harrowby sack their coach after cup exit.", False),
    ("MARKETS - Stocks fall on rate fears.", False),
    ("Town council debates SOCCER - pitch fees.", False),
])
def test_a_sport_slug_makes_a_sports_report(headline: str, expected: bool) -> None:
    assert sporting([headline, "The meeting ended late on Friday."]) is expected


@pytest.mark.parametrize(("line", "name", "expected"), [
    ("Harrowby 2 Castlemere 1", "Harrowby", True),
    ("They beat Castlemere at home.", "Castlemere", True),
    # negatives: a scorecard's dismissal, bowling figures, a runner's finishing place before the name
    ("T. Wells c Okoro b Dunmore 13", "Dunmore", False),
    ("Bowling: Okoro 9-1-40-2, Dunmore 10-0-41-2", "Dunmore", False),
    ("2. Paddy Lane 16-1 (ridden by Joe Park)", "Lane", False),
])
def test_club_cue_is_no_player_s_mark(line: str, name: str, expected: bool) -> None:
    start = line.index(name)
    assert club_cue(line, start, start + len(name)) is expected


@pytest.mark.parametrize(("sentence", "name", "expected"), [
    ("The champion lost a title fight in Harbour City in June.", "Harbour City", "place"),
    ("The visitors edged Castlemere in Dunmore 3-2 last April.", "Dunmore", "place"),
    ("Harbour City were beaten at home.", "Harbour City", "organization"),
    ("The visitors edged Dunmore 3-2 last April.", "Dunmore", "organization"),
])
def test_a_town_after_in_stays_a_town(sentence: str, name: str, expected: str) -> None:
    c = Candidate(name, "place", sentence, sentence.index(name), 1, sporting=True)
    assert type_of(c)[0] == expected


def test_a_team_read_as_a_person_with_its_score_keeps_its_slot() -> None:
    lines = ["Harbour Morton 1 Castlemere 0", "Port Ellis 0 Dunmore 3"]
    ents = [[Entity("Harbour Morton 1", "PERSON", 0, 16)], []]  # (its figure is cut in a report, after the slot is read)
    out = results_entities(lines, ents, report=True)
    assert [(e.text, e.label_) for e in out[0]] == [("Harbour Morton", "ORG"), ("Castlemere", "ORG")]


@pytest.mark.parametrize(("sentence", "report", "actor"), [
    ("His 98 RBI lead the league this season.", True, False),
    # negative: outside a sports report the letters may name a body (the Reserve Bank of India)
    ("The RBI held its key rate on Tuesday.", False, True),
])
def test_a_statistic_s_abbreviation_in_a_sports_report_is_no_body(sentence: str, report: bool, actor: bool) -> None:
    c = Candidate("RBI", "organization", sentence, sentence.index("RBI"), 1, sporting=report)
    assert (type_of(c)[0] != "not-an-actor") is actor
