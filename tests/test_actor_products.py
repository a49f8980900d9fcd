"""Products, missions and works are no actors: the names an article calls a spacecraft, a browser, a film or a
book, and models' codes."""

from __future__ import annotations

from collections import Counter

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from briefgen.extract.actor_products import (counted_things, makers_named, model_code, named_products, product_names, sold_things,
                                             titled_works)
from briefgen.extract.actors import extract_actors
from briefgen.extract.nlp import Entity
from briefgen.model import Article, Paragraph
from ner_helpers import entities

MAKERS = frozenset({"NASA", "Microsoft", "Google"})


@pytest.mark.parametrize(("text", "expected"), [
    # the noun, then the name
    ("Engineers lost contact with the probe Philae in November.", {"Philae"}),
    ("She starred in the hit film Gone Girl last year.", {"Gone Girl"}),
    ("His novel Wolf Hall won the prize.", {"Wolf Hall"}),
    # the name, then what it is
    ("Juno is a NASA spacecraft that orbits Jupiter.", {"Juno"}),
    ("Succession was an American drama series created by Jesse Armstrong.", {"Succession"}),
    # a made thing's name before its noun (not its maker's, which the tables know)
    ("Data from the Kepler telescope and the Opera browser were shown.", {"Kepler", "Opera"}),
    ("The NASA spacecraft and the Google browser failed.", set()),
    # not a post, a maker of works, a person described
    ("The film director Ridley Scott spoke.", set()),
    ("A Scorsese film opened on Friday.", set()),
    ("Obama was a senator from Illinois.", set()),
    ("The book publisher Penguin said so.", set()),
    ("The reports show Conservative Solutions PAC spent more.", set()),  # a verb
    ("The crews film Everest from the air.", set()),  # (after a plural noun, a verb too)
    ("The famous series Doctor Who returns.", {"Doctor Who"}),
])
def test_product_names(text: str, expected: set[str]) -> None:
    assert product_names([text], MAKERS) == expected


@pytest.mark.parametrize(("name", "expected"), [
    ("IE6", True), ("STS-134", True), ("A380", True), ("F-35", True), ("MH370", True),
    ("G20", False), ("MI5", False), ("NATO", False), ("UK", False), ("Q", False),
])
def test_model_code(name: str, expected: bool) -> None:
    assert model_code(name) is expected


def _actors(paragraphs: tuple[str, ...], spans: tuple[tuple[tuple[str, str], ...], ...]) -> dict[str, str]:
    ents = [[Entity(s, label, text.index(s), text.index(s) + len(s)) for s, label in found]
            for text, found in zip(paragraphs, spans)]
    article = Article(name="t", paragraphs=tuple(Paragraph(t) for t in paragraphs))
    return {a.name: a.type for a in extract_actors(article, entities=ents)}


def test_a_mission_the_article_describes_is_no_actor_anywhere_in_it() -> None:
    paragraphs = ("Scientists at NASA said the spacecraft Rosetta had woken up.",
                  "Rosetta will reach the comet in August, said Matt Taylor.")
    spans = ((("NASA", "ORG"), ("Rosetta", "PERSON")), (("Rosetta", "PERSON"), ("Matt Taylor", "PERSON")))
    assert _actors(paragraphs, spans) == {"NASA": "organization", "Matt Taylor": "person"}


def test_a_name_run_on_to_a_person_s_does_not_keep_a_mission_an_actor() -> None:
    # NER ran an interview's label onto the name ("Andrew Westphal: Rosetta"): Rosetta is no one's surname
    paragraphs = ("Andrew Westphal: Rosetta is a spacecraft that was launched in 2004.", "Rosetta woke up.")
    spans = ((("Andrew Westphal: Rosetta", "PERSON"),), (("Rosetta", "PERSON"),))
    assert "Rosetta" not in _actors(paragraphs, spans)


def test_a_person_named_in_a_book_s_title_stays_an_actor() -> None:
    # "his book Trump: The Art of the Deal": Trump is the person the article names
    paragraphs = ("Donald Trump promoted his book Trump: The Art of the Deal on Monday.", "Trump said it sold well.")
    spans = ((("Donald Trump", "PERSON"), ("Trump", "PERSON")), (("Trump", "PERSON"),))
    assert _actors(paragraphs, spans) == {"Donald Trump": "person"}


@pytest.mark.parametrize(("name", "label"), [("Mozilla Firefox", "PERSON"), ("Windows XP", "GPE"), ("iPhone", "ORG"),
                                             ("MediaWiki", "PERSON"), ("App Store", "PERSON")])
def test_a_listed_product_is_no_actor(name: str, label: str) -> None:
    paragraphs = (f"Users of {name} were told to update, Jane Roe said.",)
    spans = (((name, label), ("Jane Roe", "PERSON")),)
    assert _actors(paragraphs, spans) == {"Jane Roe": "person"}


@pytest.mark.parametrize("name", ["Premiership", "Bundesliga", "Championship"])
def test_a_league_s_competition_is_no_actor(name: str) -> None:
    paragraphs = (f"The club were top of the {name} again, Jane Roe said.",)
    assert _actors(paragraphs, (((name, "ORG"), ("Jane Roe", "PERSON")),)) == {"Jane Roe": "person"}


_WORDS = st.sampled_from(["the", "a", "his", "film", "spacecraft", "browser", "is", "was", "an", "that", "Stardust",
                          "Gone", "Girl", "NASA", "Google", "Ulysses", "and", ",", ".", "crews", "famous", "Mars", "of"])


@settings(max_examples=200, deadline=None)
@given(st.lists(_WORDS, max_size=40))
def test_product_names_are_capitalised_words_of_the_text_and_no_maker(words: list[str]) -> None:
    text = " ".join(words)
    for name in product_names([text], MAKERS):
        assert name in text and name[:1].isupper() and not name.isupper()
        assert name.split()[0] not in MAKERS


@pytest.mark.parametrize(
    ("texts", "persons", "peoples", "things"),
    [
        # a name counted in the plural twice: a thing
        (("The gallery shows Kessler's Zorblets and roughly 40 Zorblets of film stars.",), (), (), {"Zorblet"}),
        (("Several Zorblets were sold.", "Zorblets of the era fetch more."), (), (), {"Zorblet"}),
        # once is not enough
        (("The gallery shows 40 Zorblets.",), (), (), set()),
        # people: NER reads them as a people or a party, or they speak or think
        (("Many Quorvians voted, and 200 Quorvians stayed home.",), (), ("Quorvians",), set()),
        (("Many Quorvians say so, and 200 Quorvians who stayed home agree.",), (), (), set()),
        # the surname of a person the article names in full ("the two Lowes" beside "Daniel Lowe")
        (("Daniel Lowe spoke. Two Lowes ran, and three Lowes of Ohio won.",), ("Daniel Lowe",), (), set()),
        # a state, a people the tables know
        (("Two Germanys met; the two Germanys of old.",), (), (), set()),
    ],
)
def test_counted_things(texts: tuple[str, ...], persons: tuple[str, ...], peoples: tuple[str, ...], things: set[str]) -> None:
    assert counted_things(texts, persons, peoples) == things


def test_a_counted_name_is_no_actor() -> None:
    paragraphs = ("The museum shows 90 Zorblets of film stars from its collection.",
                  "Visitors could have their own Zorblet taken, and the Zorblets of the stars hung by the door.",
                  "The Zorblet camera made Kessler famous, curator Ann Holt said.")
    spans = ((), (("Zorblet", "ORG"),), (("Zorblet", "ORG"), ("Kessler", "PERSON"), ("Ann Holt", "PERSON")))
    article = Article(name="t", paragraphs=tuple(Paragraph(p) for p in paragraphs))
    found = extract_actors(article, entities=[entities(p, s) for p, s in zip(paragraphs, spans)])
    assert "Zorblet" not in {a.name for a in found}
    assert "Ann Holt" in {a.name for a in found}


@pytest.mark.parametrize(
    ("texts", "labels", "sold"),
    [
        # a deal line's thing, read as a person or a place: a made thing
        (("Zorbo Deck with Kestrel Blue and Case for $238.99",), {"Kestrel Blue": "PERSON", "Zorbo Deck": "GPE"},
         {"Kestrel Blue", "Zorbo Deck"}),
        (("New Price Drop: Quill Lite 4K Vexa Screen for $169.99 (Originally $200)",), {"Vexa Screen": "PERSON"},
         {"Vexa Screen"}),
        # the shop, and a maker NER reads as a body, are not the thing
        (("Get it at Brannock Mart for $238.99",), {"Brannock Mart": "PERSON"}, set()),
        (("Zorbo Deck by Kestrel for $99",), {"Kestrel": "ORG", "Zorbo Deck": "PERSON"}, {"Zorbo Deck"}),
        # a sentence, or a long line, is no price line
        (("Ann Holt sold the farm for $200.",), {"Ann Holt": "PERSON"}, set()),
        (("Ann Holt, who ran the farm for forty years and the mill before that, and who never once took a day off, "
          "finally sold it to her nephew for $200",), {"Ann Holt": "PERSON"}, set()),
        # a name elsewhere in the text than on the price line
        (("Ann Holt reviewed it.", "Zorbo Deck for $99"), {"Ann Holt": "PERSON", "Zorbo Deck": "PERSON"}, {"Zorbo Deck"}),
    ],
)
def test_sold_things(texts: tuple[str, ...], labels: dict[str, str], sold: set[str]) -> None:
    assert sold_things(texts, {n: Counter([label]) for n, label in labels.items()}) == sold


@pytest.mark.parametrize(
    ("texts", "labels", "works"),
    [
        # a name only ever inside a colon-joined title: part of a work's name
        (("Quill Harbor Zenda: Broken Vow is out now.", "I played Quill Harbor Zenda: Broken Vow for a week."),
         {"Harbor Zenda": "PERSON", "Broken Vow": "PERSON"}, {"Harbor Zenda", "Broken Vow"}),
        (("They include Siege on Morvath: Last Tide 2, Korrin: Emberfall and Drift Kings.",),
         {"Morvath": "GPE", "Emberfall": "GPE", "Korrin": "PERSON"}, {"Morvath", "Emberfall"}),
        # the same name elsewhere, alone: not only a title's
        (("Quill Harbor Zenda: Broken Vow is out now.", "Broken Vow stumbles at times."), {"Broken Vow": "PERSON"},
         set()),
        # a headline's subject, the whole first part, and a name read as an organisation somewhere
        (("Pelkova: Budget Talks Will Resume",), {"Pelkova": "PERSON"}, set()),
        (("Drift Kings: Ember Studio Edition",), {"Ember Studio": "ORG"}, set()),
        # a label's colon before a sentence, a list of people joined by "and", a speaker's full name
        (("But beware, voters: Because Varnak, the trickster, is on our side.",), {"Varnak": "PERSON"}, set()),
        (("CLIP: Marlow and Tessaly and Quint all said so.",), {"Tessaly": "PERSON", "Quint": "PERSON"}, set()),
        (("John Pellam: Harrow Cream, orange vodka and bitters.",), {"Harrow Cream": "PERSON"}, set()),
        # a person named by a given name
        (("Quill Harbor: Maria Voss Returns", "Quill Harbor: Maria Voss Returns"), {"Maria Voss": "PERSON"}, set()),
        # a label's colon written once, before a list or a result: no title
        (("Scorers: Tavik Orlan (47th), Brem Sodic (57th).",), {"Tavik Orlan": "PERSON"}, set()),
        (("At Brennock Vale: Sussex 363 and 144.",), {"Brennock Vale": "GPE"}, set()),
        (("Penalties: Orlan.",), {"Orlan": "PERSON"}, set()),
    ],
)
def test_titled_works(texts: tuple[str, ...], labels: dict[str, str], works: set[str]) -> None:
    assert titled_works(texts, {n: Counter([label]) for n, label in labels.items()}) == works


@pytest.mark.parametrize(
    ("texts", "persons", "made"),
    [
        # "X is a game whose/that …" says what X is, though NER reads it as a person's full name
        (("Broken Vow is a game whose best moments linger.",), ("Broken Vow",), {"Broken Vow"}),
        (("Critics agree. Ember Drift is a game that rewards patience.",), ("Ember Drift",), {"Ember Drift"}),
        # a player in a game, a game's star, a person named by a given name
        (("Pelkova was the best player in the game.",), ("Pelkova",), set()),
        (("The game Pelkova won was close.",), ("Pelkova",), set()),
        (("Maria Voss is a game changer.", "Maria Voss is a game that nobody plays."), ("Maria Voss",), set()),
    ],
)
def test_a_game_the_article_says_it_is(texts: tuple[str, ...], persons: tuple[str, ...], made: set[str]) -> None:
    assert named_products(texts, frozenset(persons)) == made


def test_a_title_part_is_read_up_to_twelve_words() -> None:
    # (at most twelve: an unbounded part reread a long run of capitalised words from each of its words, quadratic)
    first = " ".join(["Zenda"] * 11 + ["Korrin"])
    texts = (f"{first}: Broken Vow is out.", f"{first}: Broken Vow is out.")
    assert titled_works(texts, {"Korrin": Counter(["PERSON"])}) == {"Korrin"}


def test_a_maker_before_its_title_has_at_most_twelve_words() -> None:
    run = " ".join(f"W{n}" for n in range(20))
    assert makers_named([f"{run}, a keyboard maker, said so."]) == {" ".join(f"W{n}" for n in range(8, 20))}
