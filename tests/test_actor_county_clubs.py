"""In a sports report a first-class county's bare name is its cricket club, typed so and found where NER misses it in a
scores table; elsewhere, after a place's preposition or as a named person's surname it is no club."""

from __future__ import annotations

import pytest
from actor_type_helpers import type_in as _typed

from briefgen.extract.actor_teams import missed_county_clubs


@pytest.mark.parametrize(("sentence", "name", "kind", "report", "expected"), [
    ("Sussex were bowled out before tea on the second day.", "Sussex", "person", True, "organization"),
    ("The spinner helped Warwickshire to a comfortable win.", "Warwickshire", "person", True, "organization"),
    ("Rain saved Glamorgan from defeat.", "Glamorgan", "place", True, "organization"),
    # negatives: no sports report; the county itself ("in Kent"); a named person's surname
    ("Floods hit Sussex overnight.", "Sussex", "place", False, "place"),
    ("The ground lies in Somerset near the coast.", "Somerset", "place", True, "place"),
    ("Kent said the pitch was slow.", "Kent", "person", True, "person"),
])
def test_a_county_s_name_in_a_sports_report(sentence: str, name: str, kind: str, report: bool, expected: str) -> None:
    persons = frozenset({"Ralph Kent"}) if name == "Kent" else frozenset()
    assert _typed(sentence, name, kind, report, persons) == expected


@pytest.mark.parametrize(("text", "spans", "expected"), [
    ("Essex 412 and 180-3, Durham 250.", [], [("Essex", 0), ("Durham", 21)]),
    ("Middlesex 199, Yorkshire 301.", [(0, 9)], [("Yorkshire", 15)]),  # NER found the first
    # negatives: inside a longer name, a region of a county, a ground's county after its comma, a compound
    ("Police in East Sussex and Surrey Police said so.", [], []),
    ("The match at Grace Road, Leicestershire was drawn.", [], []),
    ("A Yorkshire-born player and Kent Street.", [], []),
])
def test_a_county_club_ner_missed(text: str, spans: list[tuple[int, int]], expected: list[tuple[str, int]]) -> None:
    assert missed_county_clubs(text, spans) == expected


def test_a_county_club_inside_a_date_ner_read_is_found() -> None:
    from briefgen.extract.actors import extract_actors
    from briefgen.model import Article, Paragraph
    lines = ("CRICKET - TOURISTS' FIXTURES.", "Fixtures of the tour:", "May 31 - June 2 v Derbyshire (three days)",
             "June 14-16 v Somerset (three days)")
    actors = extract_actors(Article(name="t", paragraphs=tuple(Paragraph(line) for line in lines)))
    assert {a.name: a.type for a in actors}.get("Derbyshire") == "organization"
