"""Names on pasted pages that were wrong actors: a verb's -ing form run onto a name ("Hosting Cook"), a section label
with its "More" link, fans named after a person ("Swifties"), a town read as a person, an era's event ("the Black
Death"), a nickname worn as a given name ("Scooter Braun"), a namesake place ("New Delhi" is not "Delhi"), a capital
after "to" or "toward" (the city, not the government)."""

from __future__ import annotations

import pytest

from briefgen.extract.actor_common_words import gerund, without_gerund
from briefgen.extract.actor_lines import is_link_label
from briefgen.extract.actor_merge import Mention, cluster_mentions
from briefgen.extract.actor_names import clean_name, trim_name
from briefgen.extract.actor_products import product_forms, product_line, product_names, storm_names
from briefgen.extract.actor_senses import postal_code_sense
from briefgen.extract.actor_titles import apposition_after
from briefgen.extract.actor_types import Candidate, type_of
from briefgen.extract.actors import extract_actors
from briefgen.extract.gazetteer import gazetteer, lookup_key
from briefgen.model import ActorType, Article, Paragraph
from ner_helpers import Span, entities


def _actors(paragraphs: tuple[tuple[str, tuple[Span, ...]], ...]) -> list[tuple[str, str, int]]:
    article = Article(name="t", paragraphs=tuple(Paragraph(text) for text, _spans in paragraphs))
    ents = [entities(text, spans) for text, spans in paragraphs]
    return [(a.name, a.type, a.mentions) for a in extract_actors(article, entities=ents)]


def _type(name: str, kind: ActorType, text: str, persons: tuple[str, ...] = (), places: tuple[str, ...] = (),
          mostly_places: tuple[str, ...] = ()) -> str:
    start = text.index(name)
    return type_of(Candidate(name, kind, text, start, 2, persons=frozenset(persons), places=frozenset(places),
                             spans=((start, start + len(name)),), mostly_places=frozenset(mostly_places)))[0]


@pytest.mark.parametrize(("word", "expected"), [
    ("Hosting", True), ("Questioning", True), ("Closing", True), ("Running", True), ("Injecting", True),
    # a surname of that shape, a given name, a word that is no verb's form, lower case
    ("Manning", False), ("Sterling", False), ("Irving", False), ("Viking", False), ("hosting", False), ("King", False),
])
def test_gerund(word: str, expected: bool) -> None:
    assert gerund(word) is expected


@pytest.mark.parametrize(("name", "persons", "expected"), [
    ("Hosting Cook", ("Tim Cook", "Hosting Cook"), "Cook"),
    ("Questioning Vindman", ("Alexander Vindman",), "Vindman"),
    ("Painting Trump", ("Trump",), "Trump"),
    # the person after it is named nowhere else; a surname that is an -ing form; a one-word name
    ("Closing Loopholes", ("Closing Loopholes",), "Closing Loopholes"),
    ("Manning Marable", ("Marable", "Manning Marable"), "Manning Marable"),
    ("Hosting", ("Tim Cook",), "Hosting"),
])
def test_without_gerund(name: str, persons: tuple[str, ...], expected: str) -> None:
    assert without_gerund(name, frozenset(persons)) == expected


def test_a_gerund_opening_a_sentence_is_no_part_of_the_name() -> None:
    found = _actors((
        ("Tim Cook spoke at the conference on Tuesday.", (("Tim Cook", "PERSON"),)),
        ("Hosting Cook at the conference was a dream, the organiser said.", (("Hosting Cook", "PERSON"),)),
    ))
    assert found == [("Tim Cook", "person", 2)]


@pytest.mark.parametrize(("text", "expected"), [
    ("Trump Impeachment Inquiry More", True),
    ("World News See All", True),
    ("Local Sports Read More", True),
    # a sentence, a teaser headline, a line that is one word, lower-case words
    ("Senators want to hear more.", False),
    ("Find Burgers & More at the New Diner Downtown", False),
    ("More", False),
    ("Stories about the inquiry More", False),
])
def test_is_link_label(text: str, expected: bool) -> None:
    assert is_link_label(text) is expected


def test_a_section_label_names_no_actor() -> None:
    found = _actors((
        ("Trump Impeachment Inquiry More", (("Trump Impeachment Inquiry More", "ORG"),)),
        ("Trump said on Monday that the call was perfect.", (("Trump", "PERSON"),)),
    ))
    assert found == [("Trump", "person", 1)]


@pytest.mark.parametrize(("name", "kind", "text", "persons", "outcome"), [
    ("Swifties", "person", "Brace yourself, Swifties: the tour may change.", ("Taylor Swift",), "not-an-actor"),
    ("Clintonites", "organization", "The Clintonites were furious.", ("Hillary Clinton",), "not-an-actor"),
    ("Corbynistas", "person", "Corbynistas cheered the result.", ("Jeremy Corbyn",), "not-an-actor"),
    # a family, a name that is no follower's, one nobody in the article is named after
    ("Bidens", "place", "Burisma and the Bidens were named.", ("Joe Biden",), "person"),
    ("Swifties", "person", "Brace yourself, Swifties: the tour may change.", ("Taylor Brown",), "person"),
])
def test_followers_of_a_person_are_no_actor(name: str, kind: ActorType, text: str, persons: tuple[str, ...],
                                            outcome: str) -> None:
    assert _type(name, kind, text, persons) == outcome


@pytest.mark.parametrize(("name", "text", "places", "mostly", "persons", "outcome"), [
    # read as a place elsewhere and here modifying a noun after "the"; read as a place more often than as a person
    ("Spokane", "She runs the Spokane advertising firm.", ("Spokane",), (), (), "place"),
    ("Clarkston", "He got a job, and Clarkston became his home.", ("Clarkston",), ("Clarkston",), (), "place"),
    # as often a person and no modifier; a speaker; a surname of a full name; no place reading at all
    ("Regan", "Regan is a native of Connecticut.", ("Regan",), (), (), "person"),
    ("Regan", "The Regan family said so.", ("Regan",), ("Regan",), ("Anne Regan",), "person"),
    ("Hege", "Hege said the campaign worried her.", ("Hege",), ("Hege",), (), "person"),
    ("Hege", "She runs the Hege agency.", (), (), (), "person"),
])
def test_a_town_read_as_a_person(name: str, text: str, places: tuple[str, ...], mostly: tuple[str, ...],
                                 persons: tuple[str, ...], outcome: str) -> None:
    assert _type(name, "person", text, persons, places, mostly) == outcome


@pytest.mark.parametrize(("name", "kind", "text"), [
    ("Black Death", "place", "The disease was dubbed the Black Death by historians."),
    ("Black Death", "organization", 'It was known as the "Black Death" in the fourteenth century.'),
    ("Spanish flu", "organization", "The Spanish flu killed millions."),
])
def test_a_past_epidemic_is_no_actor(name: str, kind: ActorType, text: str) -> None:
    assert _type(name, kind, text) == "not-an-actor"


def test_a_quotation_mark_after_the_article_goes() -> None:
    assert clean_name('the "Black Death') == "Black Death"
    assert clean_name("the ‘Big Four’") == "Big Four"


@pytest.mark.parametrize(("name", "kind", "text", "outcome"), [
    ("Scooter Braun", "organization", "The dispute is with Scooter Braun, her former label's owner.", "person"),
    ("Scooter Libby", "place", "The pardon of Scooter Libby was debated.", "person"),
])
def test_a_nickname_worn_as_a_given_name(name: str, kind: ActorType, text: str, outcome: str) -> None:
    assert _type(name, kind, text) == outcome


def test_a_namesake_place_is_another_place() -> None:
    found = _actors((
        ("Air pollution is surging in Delhi this week.", (("Delhi", "GPE"),)),
        ("The embassy in New Delhi keeps its own monitor.", (("New Delhi", "GPE"),)),
        ("The air over Delhi is still.", (("Delhi", "GPE"),)),
    ))
    assert sorted(found) == [("Delhi", "place", 2), ("New Delhi", "place", 1)]


@pytest.mark.parametrize("text", [
    "The minister flew to Moscow for talks on Tuesday.",
    "The delegation travelled toward Moscow overnight.",
    "Negotiators returned to Moscow, where the talks resumed.",
    "Their convoy headed towards Moscow on Friday.",
])
def test_a_capital_after_to_or_toward_is_the_city(text: str) -> None:
    assert _type("Moscow", "place", text) == "place"


@pytest.mark.parametrize(("text", "code", "page"), [
    ("The tour plays Raleigh, NC on July 3.", "NC", "North Carolina"),
    ("PNC Bank Arts Center, Holmdel, NJ June 30 -- Northwell Health", "NJ", "New Jersey"),
    ("Write to P.O. Box 2160, Spokane, WA 99210", "WA", "Washington (state)"),
    ("They were addressed to the Khans, Charlottesville, VA.", "VA", "Virginia"),
    ("The Cynthia Woods Mitchell Pavilion, Houston, TX", "TX", "Texas"),
    # no town and comma before it; a name going on after it; not a postal code
    ("Veterans rely on the VA for care.", "VA", None),
    ("The firm, OR Holdings, said so.", "OR", None),
    ("Seattle, Washington is wet.", "Washington", None),
])
def test_postal_code_sense(text: str, code: str, page: str | None) -> None:
    start = text.index(code, 1)
    assert postal_code_sense(text, start, start + len(code)) == page


def test_a_postal_code_after_a_person_is_a_post() -> None:
    text = "Speaking for the parents, Tom Molomby, SC, said they came from India."
    assert postal_code_sense(text, text.index("SC"), text.index("SC") + 2, after_person=True) is None
    found = _actors(((text, (("Tom Molomby", "PERSON"), ("SC", "ORG"), ("India", "GPE"))),))
    assert ("SC", "place", 1) not in found


def test_an_address_names_the_town_and_its_state() -> None:
    found = _actors((("June 29 -- BB&T Pavilion, Camden, NJ June 30 -- PNC Bank Arts Center, Holmdel, NJ",
                      (("BB&T Pavilion", "FAC"), ("Camden", "ORG"), ("NJ", "ORG"), ("PNC Bank Arts Center", "ORG"),
                       ("Holmdel", "GPE"), ("NJ", "ORG"))),))
    assert ("NJ", "place", 2) in found and ("Camden", "place", 1) in found


@pytest.mark.parametrize("name", ["Lockheed Martin", "Northrop Grumman", "Best Buy"])
def test_companies_named_like_people(name: str) -> None:
    assert _type(name, "person", f"A contract went to {name} last year.") == "organization"


def test_a_storm_and_its_name_are_no_actor() -> None:
    texts = ["Cyclone Phailin hit the coast on Saturday.", "Phailin weakened overnight, officials said."]
    assert storm_names(texts, frozenset({"Cyclone Phailin"})) == {"Cyclone Phailin", "Phailin"}
    found = _actors(((texts[0], (("Cyclone Phailin", "PERSON"),)), (texts[1], (("Phailin", "PERSON"),))))
    assert found == []


@pytest.mark.parametrize(("texts", "persons", "expected"), [
    (["Hurricane Katrina struck in 2005."], (), {"Hurricane Katrina", "Katrina"}),
    (["Typhoon Haiyan and Tropical Storm Allison were deadly."], (), {"Typhoon Haiyan", "Haiyan", "Tropical Storm Allison",
                                                                      "Allison"}),
    # a person bearing the name; "Storm" alone opens people's names ("Storm Reid")
    (["Hurricane Sandy flooded the city."], ("Sandy Smith", "Ann Sandy"), set()),
    (["Storm Reid starred in the film."], (), set()),
])
def test_storm_names(texts: list[str], persons: tuple[str, ...], expected: set[str]) -> None:
    assert storm_names(texts, frozenset(persons)) == expected


@pytest.mark.parametrize(("surface", "name", "role"), [
    ("Lt Col Alexander Vindman", "Alexander Vindman", "Lt Col"),
    ("Sgt Jane Roe", "Jane Roe", "Sgt"),
    ("Lt. Col. Alexander Vindman", "Alexander Vindman", "Lt. Col."),
])
def test_a_rank_without_its_dot_is_a_role(surface: str, name: str, role: str) -> None:
    text = f"{surface} testified on Tuesday."
    assert extract_actors(Article(name="t", paragraphs=(Paragraph(text),)),
                          entities=[entities(text, ((surface, "PERSON"),))])[0].role == role


@pytest.mark.parametrize(("name", "kind", "text", "persons", "outcome"), [
    ("Moon", "person", "NASA wants to land humans on the Moon by 2024.", (), "place"),
    ("Mercury", "organization", "It is larger than the planet Mercury.", (), "place"),
    # a man named Moon; the Korean president's family name; no "the" before it
    ("Moon", "person", "President Moon said the talks would go on.", (), "person"),
    ("Moon", "person", "The talks, the Moon said, would go on.", ("Moon Jae-in",), "person"),
    ("Mercury", "organization", "Mercury Records signed her.", (), "organization"),
])
def test_a_celestial_body(name: str, kind: ActorType, text: str, persons: tuple[str, ...], outcome: str) -> None:
    assert _type(name, kind, text, persons) == outcome


@pytest.mark.parametrize(("text", "name", "role"), [
    # a comma inside the description: a list of adjectives before the noun, a town's state before the noun
    ("Donors included Leonard Blavatnik, a Russian-born, London-based American investor; others gave less.",
     "Leonard Blavatnik", "a Russian-born, London-based American investor"),
    ("Nega, a burly, balding 58-year-old, rubbed his forehead.", "Nega", "a burly, balding 58-year-old"),
    ("Jane Roe, a Neptune, N.J., native and college graduate, owes $92,000.", "Jane Roe",
     "a Neptune, N.J., native and college graduate"),
    ("He met the family of John Doe, a driver shot by a North Charleston, S.C., police officer.", "John Doe",
     "a driver shot by a North Charleston, S.C., police officer"),
    # whole descriptions stay as they were
    ("Steven Roe, a broker based in Tampa, Fla., who sells golf courses, said so.", "Steven Roe",
     "a broker based in Tampa"),
    ("Ali Shamkhani, an adviser to Iran's supreme leader, said so.", "Ali Shamkhani", "an adviser to Iran's supreme leader"),
    # an adjective no noun follows: no role
    ("Jane Roe, a burly, said so.", "Jane Roe", None),
])
def test_a_description_runs_past_its_inner_commas(text: str, name: str, role: str | None) -> None:
    assert apposition_after(text, text.index(name) + len(name)) == role


@pytest.mark.parametrize(("name", "expected"), [
    ("Retina MacBook Pro", True), ("iPad Pro", True), ("iPhones", True), ("Apple Watch", True), ("Switch Lite", True),
    ("Premiere Edition", True), ("Nintendo Switch", True), ("Google Stadia Founder", True),
    # the makers, a body, a person, a club, a name a product line's word does not open
    ("Apple", False), ("Nintendo", False), ("Siri Hustvedt", False), ("LA Galaxy", False), ("Pro", False),
    ("Roku", False), ("Edition Limited", False),
])
def test_product_line(name: str, expected: bool) -> None:
    assert product_line(name) is expected


def test_product_forms() -> None:
    assert product_forms(["Nintendo Switch", "Mac Pro", "Touch Bar", "Apple", "Tim Cook"]) == {
        "Switch", "NS", "Mac", "Pro", "MP", "Bar", "TB"}


def test_a_review_names_its_products_and_their_makers() -> None:
    found = _actors((
        ("Apple's new Retina MacBook Pro is fast, and Nintendo Switch sales rose.",
         (("Apple", "ORG"), ("Retina MacBook Pro", "PERSON"), ("Nintendo Switch", "PERSON"))),
        ("The Switch costs less, and its USB ports are faster, Apple said.",
         (("Switch", "PERSON"), ("USB", "ORG"), ("Apple", "ORG"))),
    ))
    assert found == [("Apple", "organization", 2)]


def _sport_type(name: str, kind: ActorType, text: str, sporting: bool) -> str:
    start = text.index(name)
    return type_of(Candidate(name, kind, text, start, 2, sporting=sporting, spans=((start, start + len(name)),)))[0]


@pytest.mark.parametrize(("name", "text", "sporting", "outcome"), [
    ("Thunder", "The Lakers led, but the Thunder scored nine straight points.", True, "organization"),
    ("Heat", "It was a long night for the Heat in Boston.", True, "organization"),
    # outside a sports report; without "the"; no nickname
    ("Thunder", "Jane Thunder said the Thunder family agreed.", False, "person"),
    ("Heat", "Heat scored twice, the coach said.", True, "person"),
    ("Smith", "The coach praised the Smith in the lineup.", True, "person"),
])
def test_a_singular_nickname_in_a_sports_report(name: str, text: str, sporting: bool, outcome: str) -> None:
    assert _sport_type(name, "person", text, sporting) == outcome


@pytest.mark.parametrize(("name", "kind", "outcome"), [
    ("Ricky Stenhouse Jr", "place", "person"),
    ("Harry B. Harris Jr.", "organization", "person"),
    ("Joe Manchin III", "place", "person"),
    # two words, lower-case words
    ("Ford II", "organization", "organization"),
])
def test_a_generational_suffix_ends_a_persons_name(name: str, kind: ActorType, outcome: str) -> None:
    assert _type(name, kind, f"23 {name} 679 0 0 1 3") == outcome


@pytest.mark.parametrize(("name", "text", "outcome"), [
    # the medium: after "on"/"via", past a list of platforms, after "took to", before a medium's noun
    ("Twitter", "The spokesman responded on Twitter, calling the charge pathetic.", "not-an-actor"),
    ("Instagram", "Be sure to visit us on Facebook, Twitter, and Instagram.", "not-an-actor"),
    ("Twitter", "The singer took to Twitter to air her grievances.", "not-an-actor"),
    ("YouTube", "A 2010 YouTube video shows him talking.", "not-an-actor"),
    ("Twitter", "The campaign built Facebook and Twitter followings of 45 million.", "not-an-actor"),
    ("Netflix", "She is filming an upcoming Netflix special.", "not-an-actor"),
    # the company acting
    ("Twitter", "Twitter suspended the account on Friday.", "organization"),
    ("Twitter", "A Twitter spokesman said the rules were clear.", "organization"),
    ("Twitter", "The pressure on Twitter and other companies grew.", "organization"),
])
def test_a_platform_as_the_medium(name: str, text: str, outcome: str) -> None:
    assert _type(name, "organization", text) == outcome


@pytest.mark.parametrize(("name", "kind", "text", "outcome"), [
    ("House of Representatives Speaker", "organization", "The House of Representatives Speaker spoke.", "not-an-actor"),
    ("House Speaker", "organization", "The House Speaker spoke.", "not-an-actor"),
    # a body of a post ("the Office of the Governor"), a man named Speaker
    ("Office of the Governor", "organization", "The Office of the Governor said so.", "organization"),
    ("Tom Speaker", "person", "Tom Speaker said so.", "person"),
])
def test_a_post_after_a_bodys_name(name: str, kind: ActorType, text: str, outcome: str) -> None:
    assert _type(name, kind, text) == outcome


def test_a_name_without_letters_is_no_actor() -> None:
    assert _actors((("Add ½ ¼ cup of sugar, Jane Roe said.", (("½ ¼", "PERSON"), ("Jane Roe", "PERSON"))),)) == [
        ("Jane Roe", "person", 1)]


@pytest.mark.parametrize(("name", "kind"), [
    ("Lester Holt", "organization"), ("Britney Spears", "organization"), ("Sheryl Crow", "place"),
    ("Dustin Volz", "place"), ("Thibaut Courtois", "organization"),
])
def test_common_given_names_read_as_a_body_or_a_place(name: str, kind: ActorType) -> None:
    assert _type(name, kind, f"The debate with {name} ran late.") == "person"


@pytest.mark.parametrize(("name", "kind", "expected"), [
    ("Yellen The", "person", "Yellen"),
    ("E.U. Those", "organization", "E.U."),
    # a name that ends so; an initial
    ("Liu He", "person", "Liu He"),
    ("Michael A", "person", "Michael A"),
])
def test_a_determiner_run_on_after_a_name(name: str, kind: str, expected: str) -> None:
    assert trim_name(name, kind) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("We're using our Blue Moon lander, which is a big one.", {"Blue Moon"}),
    ("The agency chose its Dragonfly mission to visit Titan.", {"Dragonfly"}),
    ("NASA and their Artemis missions go on.", {"Artemis"}),
])
def test_a_made_thing_after_its_makers_possessive(text: str, expected: set[str]) -> None:
    assert product_names([text]) == expected


@pytest.mark.parametrize("name", ["Oromos", "Amharas", "Tigrayans"])
def test_ethiopias_peoples_are_communities(name: str) -> None:
    assert lookup_key(name) in gazetteer().peoples


@pytest.mark.parametrize(("text", "name", "role"), [
    ("With Bush, the aggressive militarism of the Bush administration, Russia armed.", "Bush", None),
    ("He trails Trump, a majority of likely voters say.", "Trump", None),
    ("He was named Ted, a suggestion from his mother, in 1970.", "Ted", None),
    # a person's description: its head is who, whatever abstract nouns follow it
    ("Jane Roe, the director of communications, said so.", "Jane Roe", "the director of communications"),
    ("Jane Roe, an opposition leader, said so.", "Jane Roe", "an opposition leader"),
])
def test_a_description_of_what_is_no_role(text: str, name: str, role: str | None) -> None:
    assert apposition_after(text, text.index(name) + len(name)) == role


def test_a_label_in_capitals_does_not_type_its_actor() -> None:
    found = _actors((
        ("TRUMP: The deaths in Louisiana were a tragedy.", (("TRUMP", "ORG"),)),
        ("Voters heard that message from Mr. Trump on Monday.", (("Trump", "PERSON"),)),
    ))
    assert found == [("Trump", "person", 2)]


def test_a_dateline_in_capitals_still_types_its_place() -> None:
    clusters = cluster_mentions([Mention("MIDWAY", "place", 0, 0, evidence=1), Mention("Midway", "organization", 3, 40)],
                                set())
    assert [(c.kind, sum(c.forms.values())) for c in clusters] == [("place", 2)]
