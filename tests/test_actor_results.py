"""A results table's teams: each line shape's slots, the entities they replace, a score run on to a name cut off."""

from __future__ import annotations

import pytest

from briefgen.extract.actor_candidate import Candidate
from briefgen.extract.actor_results import results_entities, team_slots, without_score
from briefgen.extract.actor_types import type_of
from briefgen.extract.nlp import Entity


@pytest.mark.parametrize(("line", "expected"), [
    ("Harrowby 2 Castlemere 1", ["Harrowby", "Castlemere"]),  # score
    ("Kelso Rovers (Scotland) 88 Brno (Czech Republic) 79 (halftime 40-41)", ["Kelso Rovers", "Brno"]),
    ("Blue Harbour (Chile) beat Ostrava (Czech Republic) 90-88", ["Blue Harbour", "Ostrava"]),  # beat
    ("Harrowby 5 3 1 1 9 4 10", ["Harrowby"]),  # a standings row
    ("WESTPORT 70 62 .530 4 1/2", ["WESTPORT"]),
    ("Postponed: Harrowby v Castlemere, Port Ellis v Dunmore", ["Harrowby", "Castlemere", "Port Ellis", "Dunmore"]),
    ("May 17 v Harrowby", ["Harrowby"]),  # a touring side's fixture list
    ("June 28-30 v Castlemere (three days)", ["Castlemere"]),
    ("1. Velkor Tass (Chile) Brightline 4 hours 48 mins", ["Brightline"]),  # a rider's team
    ("2. Velkor Tass (Chile), Harrow Ford, 54.483", ["Harrow Ford"]),
    ("3. Velkor Tass (Chile) Brightline same time", ["Brightline"]),
    # negatives: a player's row (a known given name), a ranked result, prose, a heading
    ("Tom Harrowby 69 70 72 211", []),
    ("1. Maria Castlemere (Chile) 12.71 seconds", []),
    ("Harrowby said on Monday that 3 players were hurt.", []),
    ("Division two", []),
])
def test_team_slots(line: str, expected: list[str]) -> None:
    assert [line[a:b] for a, b in team_slots(line)] == expected


def test_results_entities_need_a_table() -> None:
    one = ["Harrowby 2 Castlemere 1", "The weather was fine."]
    assert results_entities(one, [[], []]) == [[], []]
    two = ["Harrowby 2 Castlemere 1", "Port Ellis 0 Dunmore 3"]
    ents = [[Entity("Harrowby 2", "PERSON", 0, 10)], []]
    out = results_entities(two, ents)
    assert [(e.text, e.label_) for e in out[0]] == [("Harrowby", "ORG"), ("Castlemere", "ORG")]
    assert [e.text for e in out[1]] == ["Port Ellis", "Dunmore"]


def test_results_entities_replace_a_fixture_read_as_a_person() -> None:
    lines = ["Postponed: Harrowby v Castlemere", "Port Ellis 0 Dunmore 3"]
    ents = [[Entity("Harrowby v Castlemere", "PERSON", 11, 32)], []]
    assert [(e.text, e.label_) for e in results_entities(lines, ents)[0]] == [("Harrowby", "ORG"), ("Castlemere", "ORG")]


def test_results_entities_leave_players_to_ner() -> None:
    lines = ["Anna Kessel (Chile) beat Ivo Brandt (Peru) 2-0", "Harrowby 2 Castlemere 1"]
    ents = [[Entity("Anna Kessel", "PERSON", 0, 11), Entity("Ivo Brandt", "PERSON", 25, 35)], []]
    assert [e.text for e in results_entities(lines, ents)[0]] == ["Anna Kessel", "Ivo Brandt"]


@pytest.mark.parametrize(("text", "report", "expected"), [
    ("Westport Hawks 4-0", False, "Westport Hawks"),
    ("Castlemere 2-1 3-2", False, "Castlemere"),
    ("Harrowby 1", True, "Harrowby"),
    ("Apollo 11", False, "Apollo 11"),  # a name's own figure outside a sports report
    ("1996-97", False, "1996-97"),
])
def test_without_score(text: str, report: bool, expected: str) -> None:
    assert without_score(Entity(text, "ORG", 0, len(text)), report).text == expected


@pytest.mark.parametrize(("paragraph", "name", "expected"), [
    ("Real Ostrava 1 (Ivo Brandt, 22nd minute)", "Real Ostrava 1", "Real Ostrava"),  # a club's name, then a figure
    ("1. Velkor Tass (Chile) Brightline 20:36:54", "Brightline 20", "Brightline"),  # the figure opens a time
    ("Launch of Apollo 11 in 1969", "Apollo 11", "Apollo 11"),
])
def test_without_score_outside_a_report(paragraph: str, name: str, expected: str) -> None:
    start = paragraph.index(name)
    assert without_score(Entity(name, "ORG", start, start + len(name)), False, paragraph).text == expected


@pytest.mark.parametrize(("line", "name", "kind", "expected"), [
    ("Harrowby 2 Castlemere 1", "Castlemere", "place", "organization"),
    ("Harrowby 5 3 1 1 9 4 10", "Harrowby", "person", "organization"),
    ("Chile 2 Peru 1", "Peru", "place", "state"),  # a national team keeps its state
    ("Anna Kessel 2 Castlemere 1", "Anna Kessel", "person", "person"),
])
def test_results_line_rule(line: str, name: str, kind: str, expected: str) -> None:
    c = Candidate(name, kind, line, line.index(name), 3)  # type: ignore[arg-type]
    assert type_of(c)[0] == expected


def test_results_rows_in_capitals_are_counted() -> None:
    from briefgen.extract.actors import extract_actors
    from briefgen.model import Article, Paragraph

    lines = ["BASEBALL - STANDINGS.", "NEW YORK 1996-08-30", "Standings after Thursday's games:", "EAST DIVISION",
             "WESTPORT 71 61 .538 -", "HARROWBY 64 70 .478 7", "CASTLEMERE 59 75 .440 12"]
    actors = extract_actors(Article(name="t", paragraphs=tuple(Paragraph(t) for t in lines)))
    teams = {a.name.upper() for a in actors if a.type == "organization"}
    assert {"WESTPORT", "HARROWBY", "CASTLEMERE"} <= teams


@pytest.mark.parametrize(("line", "name", "kind", "expected"), [
    ("4. Velkor Tass (Chile) 15:06.33", "Velkor Tass", "organization", "person"),
    ("1= Ivo Brandt-Lenz (Peru) 5.86", "Ivo Brandt-Lenz", "place", "person"),
    # negatives: a club; a company; one word; not a ranked line
    ("2. Kelso Rovers (Scotland) 40 points", "Kelso Rovers", "organization", "organization"),
    ("3. Harrow Mining Corp (Canada) 12.5", "Harrow Mining Corp", "organization", "organization"),
    ("3. Harrowby (Chile) 12", "Harrowby", "organization", "organization"),
    ("Velkor Tass (Chile) said it was tired.", "Velkor Tass", "organization", "organization"),
])
def test_ranked_entrant_rule(line: str, name: str, kind: str, expected: str) -> None:
    c = Candidate(name, kind, line, line.index(name), 3)  # type: ignore[arg-type]
    assert type_of(c)[0] == expected


def test_entrant_entities_add_ranked_competitors() -> None:
    from briefgen.extract.actor_results import entrant_entities

    lines = ["Women's 100 metres", "1. Velkor Tass (Chile) 10.94 seconds", "2. Orla Brend (Peru) 11.07",
             "3. Harrow Mining Corp (Canada) 11.20"]
    ents = [[], [Entity("Velkor Tass", "ORG", 3, 14)], [Entity("Orla Brend", "PERSON", 3, 13)], []]
    out = entrant_entities(lines, ents)
    assert [(e.text, e.label_) for e in out[1]] == [("Velkor Tass", "PERSON")]
    assert out[2] == ents[2]  # NER's person stays
    assert out[3] == []  # a company is no competitor
    # one ranked line is no results list
    assert entrant_entities(lines[:2], ents[:2]) == [[], [Entity("Velkor Tass", "ORG", 3, 14)]]


def test_results_row_team_is_apart_from_its_town() -> None:
    from briefgen.extract.actors import extract_actors
    from briefgen.model import Article, Paragraph

    lines = ["BASEBALL - STANDINGS.", "Standings after Thursday's games:", "WESTPORT 71 61 .538 -",
             "HARROWBY 64 70 .478 7", "Fans gathered in Westport, where the mayor spoke on Friday."]
    actors = extract_actors(Article(name="t", paragraphs=tuple(Paragraph(t) for t in lines)))
    kinds = {(a.name.upper(), a.type) for a in actors}
    assert ("WESTPORT", "organization") in kinds and ("WESTPORT", "place") in kinds
    assert len({a.key for a in actors}) == len(actors)  # each its own page


@pytest.mark.parametrize(("line", "team", "venue"), [
    ("WESTPORT AT HARROWBY", "WESTPORT", "HARROWBY"),
    ("Port Ellis at Castlemere", "Port Ellis", "Castlemere"),
    ("Port Ellis @ Castlemere", "Port Ellis", "Castlemere"),
])
def test_schedule_line_team_and_venue(line: str, team: str, venue: str) -> None:
    from briefgen.extract.actor_results import venue_span

    assert [line[a:b] for a, b in team_slots(line)] == [team]
    span = venue_span(line)
    assert span is not None and line[span[0]: span[1]] == venue


@pytest.mark.parametrize("line", ["He stayed at Castlemere.", "Fans AT the ground cheered"])
def test_schedule_line_negatives(line: str) -> None:
    from briefgen.extract.actor_results import venue_span

    assert venue_span(line) is None and team_slots(line) == []
