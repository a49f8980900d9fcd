"""In a sports report: a listed club's short name is the club, a listed ground a place, a racing team an organisation;
a lone 'City' is the club the report names; a ground's or a club's name a caption ran onto a person's is cut off."""

from __future__ import annotations

import pytest
from actor_type_helpers import type_in as _typed

from briefgen.extract.actor_candidate import Candidate
from briefgen.extract.actor_captions import without_leading_place
from briefgen.extract.actor_teams import lone_club_word
from briefgen.extract.actor_types import type_of
from briefgen.extract.actors import extract_actors
from briefgen.extract.nlp import Entity
from briefgen.model import Article, Paragraph

REPORT = "The striker scored twice and the goalkeeper saved a penalty as the league leaders won."


@pytest.mark.parametrize(("sentence", "name", "kind", "report", "expected"), [
    ("The move pleased Everton after a long chase.", "Everton", "place", True, "organization"),
    ("Tottenham have made an offer for the forward.", "Tottenham", "person", True, "organization"),
    ("West Brom are safe after the result.", "West Brom", "place", True, "organization"),
    ("Spurs were happy with the result.", "Spurs", "person", True, "organization"),
    # negatives: not a sports report; the town ("in Liverpool"); a named person's surname
    ("The move pleased Everton after a long chase.", "Everton", "place", False, "place"),
    ("The parade was held in Liverpool on Sunday.", "Liverpool", "place", True, "place"),
])
def test_a_club_s_short_name_in_a_sports_report(sentence: str, name: str, kind: str, report: bool, expected: str) -> None:
    assert _typed(sentence, name, kind, report) == expected


def test_a_club_s_name_that_is_a_named_person_s_surname_stays_a_person() -> None:
    sentence = "Leicester said he was happy."
    assert _typed(sentence, "Leicester", "person", True, frozenset({"Tom Leicester"})) == "person"


@pytest.mark.parametrize(("sentence", "name", "kind", "report", "expected"), [
    ("The fans filled Anfield on Sunday.", "Anfield", "organization", True, "place"),
    ("They lost at the Etihad last season.", "Etihad", "person", True, "place"),
    ("The horse won at Aintree last year.", "Aintree", "person", True, "place"),
    ("Emirates was packed for the derby.", "Emirates", "state", True, "place"),
    # negatives: no sports report; a name no table lists
    ("Everyone filled Anfield on Sunday.", "Anfield", "organization", False, "organization"),
    ("The fans filled Rockport on Sunday.", "Rockport", "organization", True, "organization"),
])
def test_a_listed_ground_in_a_sports_report_is_a_place(sentence: str, name: str, kind: str, report: bool, expected: str) -> None:
    assert _typed(sentence, name, kind, report) == expected


def test_the_airline_outside_a_sports_report_is_no_ground() -> None:
    c = Candidate("Emirates", "organization", "Emirates flies to Dubai daily.", 0, 1)
    assert type_of(c)[1].name != "place.venue-in-a-report"  # type: ignore[union-attr]


@pytest.mark.parametrize(("name", "report", "persons", "expected"), [
    ("Ferrari", True, frozenset(), "organization"),
    ("Toro Rosso", True, frozenset(), "organization"),
    ("Williams-Mercedes", True, frozenset(), "organization"),
    ("Sauber", True, frozenset({"Sauber - Ferrari"}), "organization"),  # a results row NER read as a person
    # negatives: a woman of that name the article names; not a sports report
    ("Williams", True, frozenset({"Serena Williams"}), "person"),
    ("Ferrari", False, frozenset(), "person"),
])
def test_a_racing_team_in_a_sports_report(name: str, report: bool, persons: frozenset[str], expected: str) -> None:
    assert _typed(f"On Sunday {name} were fastest.", name, "person", report, persons) == expected


@pytest.mark.parametrize(("name", "names", "expected"), [
    ("City", {"Manchester City": 3}, "Manchester City"),
    ("City", {"Manchester City": 3, "Swansea City": 1}, "Manchester City"),  # the most named
    ("United", {"Manchester United": 2, "Leeds": 4}, "Manchester United"),
    # negatives: a tie; no club of that word; a word no club ends with; a capital's city
    ("United", {"Manchester United": 2, "West Ham United": 2}, None),
    ("City", {"Manchester United": 2}, None),
    ("Madrid", {"Real Madrid": 2}, None),
    ("City", {"Salt Lake City": 2}, None),
])
def test_lone_club_word(name: str, names: dict[str, int], expected: str | None) -> None:
    from collections import Counter
    assert lone_club_word(name, Counter(names)) == expected


@pytest.mark.parametrize(("name", "persons", "bodies", "expected"), [
    ("Goodison Park Rooney", {"Wayne Rooney"}, set(), "Rooney"),  # a venue's head word
    ("Wembley Frank Lampard", set(), set(), "Frank Lampard"),  # a listed ground, a given name
    ("McLaren Fernando Alonso", set(), set(), "Fernando Alonso"),  # a racing team
    ("Holland Del Bosque", {"Vicente del Bosque"}, set(), "Del Bosque"),  # a state; a surname without case
    ("Malaga Benzema", {"Karim Benzema"}, {"Malaga"}, "Benzema"),  # a name NER read as a body
    ("SPAIN Benaud", {"Richie Benaud"}, set(), "Benaud"),  # a state in a caption's capitals
    # negatives: a given name first; the rest no person; the place not known as one; a place's given name
    ("Jordan Henderson", {"Jordan Henderson"}, {"Jordan"}, "Jordan Henderson"),
    ("Chelsea Clinton", {"Hillary Clinton"}, {"Chelsea"}, "Chelsea Clinton"),
    ("Washington Irving", set(), {"Washington"}, "Washington Irving"),
    ("Bilbao Aduriz", {"Aritz Aduriz"}, set(), "Bilbao Aduriz"),
    ("Alexandria Redwood", {"Michael Redwood"}, set(), "Alexandria Redwood"),
    ("Wembley Stadium", set(), set(), "Wembley Stadium"),
])
def test_without_leading_place(name: str, persons: set[str], bodies: set[str], expected: str) -> None:
    assert without_leading_place(name, frozenset(persons), frozenset(bodies)) == expected


def _actors(paragraphs: tuple[str, ...], spans: tuple[tuple[tuple[str, str], ...], ...]) -> dict[str, str]:
    ents = [[Entity(s, label, text.index(s), text.index(s) + len(s)) for s, label in found]
            for text, found in zip(paragraphs, spans)]
    article = Article(name="t", paragraphs=tuple(Paragraph(t) for t in paragraphs))
    return {a.name: a.type for a in extract_actors(article, entities=ents)}


def test_a_caption_run_on_and_a_lone_city_in_a_report() -> None:
    paragraphs = ("Wayne Rooney scored as Manchester City lost.",
                  "The fans sang at Goodison Park Rooney celebrates his goal.",
                  "City were poor all afternoon.", REPORT)
    spans = ((("Wayne Rooney", "PERSON"), ("Manchester City", "GPE")), (("Goodison Park Rooney", "PERSON"),),
             (("City", "GPE"),), ())
    assert _actors(paragraphs, spans) == {"Wayne Rooney": "person", "Manchester City": "organization"}


def test_outside_a_report_the_lone_city_and_a_known_place_stay() -> None:
    paragraphs = ("Alexandria Redwood met Michael Redwood in Alexandria.", "The City council met on Monday.")
    spans = ((("Alexandria Redwood", "PERSON"), ("Michael Redwood", "PERSON"), ("Alexandria", "GPE")),
             (("City", "GPE"),))
    actors = _actors(paragraphs, spans)
    assert actors.get("Alexandria Redwood") == "person" and "Manchester City" not in actors


@pytest.mark.parametrize(("name", "persons", "named_only", "expected"), [
    ("Headingley Sinfield", {"Kevin Sinfield"}, True, "Sinfield"),
    # negatives: the club NER called a person is nobody's surname; a body named after a man the article does not
    # name; a given name and a surname alone when only named people count
    ("West Ham United", {"Manchester United"}, False, "West Ham United"),
    ("Liverpool John Moores University", set(), True, "Liverpool John Moores University"),
    ("Wembley Frank Lampard", set(), True, "Wembley Frank Lampard"),
])
def test_without_leading_place_named_only(name: str, persons: set[str], named_only: bool, expected: str) -> None:
    assert without_leading_place(name, frozenset(persons), frozenset({"Liverpool"}), named_only) == expected


def test_a_venue_and_surname_read_as_a_place_in_a_report_is_the_person() -> None:
    paragraphs = ("Kevin Sinfield kicked the goal at Headingley.", "The crowd at Headingley Sinfield waves.", REPORT)
    spans = ((("Kevin Sinfield", "PERSON"), ("Headingley", "GPE")), (("Headingley Sinfield", "GPE"),), ())
    actors = _actors(paragraphs, spans)
    assert "Headingley Sinfield" not in actors and actors["Kevin Sinfield"] == "person"


@pytest.mark.parametrize(("text", "expected"), [
    ("He made three birdies and a bogey before his putt on the last fairway.", True),  # golf
    ("The batsman fell to the bowler as the wicketkeeper took the catch.", True),  # cricket
    ("The jockey rode the last furlongs as the racecourse cheered the knockout win.", True),
    ("Hamilton took pole in qualifying for the Grand Prix, his team-mate second on the grid.", True),  # motor racing
    # negatives: two such words in other news; none
    ("The referee of the dispute called in a substitute teacher.", False),
    ("The council met to discuss the budget on Monday.", False),
])
def test_sporting_reads_other_sports(text: str, expected: bool) -> None:
    from briefgen.extract.actor_teams import sporting
    assert sporting([text]) is expected


@pytest.mark.parametrize(("sentence", "name", "expected"), [
    ("England beat Australia by five wickets.", "England", "place"),  # a home nation's side is its country
    ("Surrey beat Kent by five wickets.", "Surrey", "organization"),  # a county's side
])
def test_a_home_nation_is_no_club(sentence: str, name: str, expected: str) -> None:
    assert _typed(sentence, name, "place" if name == "England" else "person", True) == expected


@pytest.mark.parametrize(("name", "kind", "persons", "expected"), [
    ("Del Bosque", "place", {"Vicente del Bosque"}, "person"),
    ("Van der Wiel", "organization", {"Gregory van der Wiel"}, "person"),
    # negatives: no one of that name; a place that opens with a particle-like word; a name no longer than it
    ("De Vrij", "organization", {"Stefan Vrij"}, "organization"),
    ("Le Mans", "place", {"Maria Lopez"}, "place"),
    ("Van Gaal", "organization", {"Van Gaal"}, "organization"),
])
def test_a_particle_surname_of_a_named_person(name: str, kind: str, persons: set[str], expected: str) -> None:
    text = f"Then {name} was happy."
    c = Candidate(name, kind, text, text.index(name), 1, frozenset(persons))  # type: ignore[arg-type]
    assert type_of(c)[0] == expected


def test_a_particle_surname_joins_the_full_name() -> None:
    paragraphs = ("Vicente del Bosque named his side.", "Del Bosque said the side was ready.")
    spans = ((("Vicente del Bosque", "PERSON"),), (("Del Bosque", "GPE"),))
    ents = [[Entity(s, label, text.index(s), text.index(s) + len(s)) for s, label in found]
            for text, found in zip(paragraphs, spans)]
    article = Article(name="t", paragraphs=tuple(Paragraph(t) for t in paragraphs))
    actors = {a.name: (a.type, a.aliases) for a in extract_actors(article, entities=ents)}
    assert actors == {"Vicente del Bosque": ("person", ("Del Bosque",))}
