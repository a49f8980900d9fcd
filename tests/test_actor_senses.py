"""A name a US state shares with a city: each mention means the city or the state (actor_senses.SENSE_RULES)."""

from __future__ import annotations

import pytest

from briefgen.extract.actor_senses import SENSE_RULES, abbreviation_sense, page_titles, place_sense
from briefgen.extract.actors import extract_actors
from briefgen.model import Article, Paragraph
from ner_helpers import entities


def _sense(text: str, name: str, places: tuple[str, ...] = ()):  # type: ignore[no-untyped-def]
    start = text.index(name)
    return place_sense(name, text, start, start + len(name), frozenset(places))


@pytest.mark.parametrize("text, name, places, page, rule", [
    ("A ferry terminal opened in Tacoma, Washington on Monday.", "Washington", ("Tacoma",), "Washington (state)",
     "state.after-a-town"),
    ("Hops grown near Yakima, Washington sell well.", "Washington", ("Yakima",), "Washington (state)", "state.after-a-town"),
    ("The Governor of Washington praised the builders.", "Washington", (), "Washington (state)", "state.office-of"),
    ("Voters in the state of New York chose a new governor.", "New York", (), "New York (state)", "state.office-of"),
    ("Washington state lawmakers voted on Tuesday.", "Washington", (), "Washington (state)", "state.state-word-after"),
    ("New York Gov. Mario Bell signed the bill.", "New York", (), "New York (state)", "state.office-after"),
    ("Apple growers in upstate New York expect a record year.", "New York", (), "New York (state)", "state.region"),
    ("Wildfires spread across eastern Washington overnight.", "Washington", (), "Washington (state)", "state.region"),
    ("Caucuses in Alaska, Hawaii, and Washington take place.", "Washington", (), "Washington (state)",
     "state.listed-with-us-states"),
    ("Washington and Oregon share the river.", "Washington", (), "Washington (state)", "state.listed-with-us-states"),
    ("Voters in Texas, New York or Ohio decide.", "New York", (), "New York (state)", "state.listed-with-us-states"),
    # the city and its neighbours
    ("Commuters from Maryland, Virginia and Washington crowd the trains.", "Washington", (), "Washington, D.C.",
     "city.default"),
    ("Bombs went off in New York and New Jersey.", "New York", (), "New York City", "city.default"),
    # a part of the city, then its name: still the city
    ("The bar is in Brooklyn, New York, near the bridge.", "New York", ("Brooklyn",), "New York City", "city.part-before"),
    # a list of cities, not a town and its state
    ("Fans in Chicago, New York and Boston cheered.", "New York", ("Chicago", "Boston"), "New York City", "city.default"),
    # a comma after a word that is no place NER saw ("However, …")
    ("However, Washington has not replied.", "Washington", (), "Washington, D.C.", "city.default"),
    ("The senator flew back to Washington after the vote.", "Washington", (), "Washington, D.C.", "city.default"),
    ("There is a nine-hour difference between Tokyo and New York.", "New York", ("Tokyo",), "New York City", "city.default"),
])
def test_sense_rules(text: str, name: str, places: tuple[str, ...], page: str, rule: str) -> None:
    sense = _sense(text, name, places)
    assert sense is not None and (sense.page, sense.rule) == (page, rule)


@pytest.mark.parametrize("text, name, page, written", [
    # the city's own suffix NER left out is taken into the name as written
    ("The students arrived in Washington D.C. on Tuesday.", "Washington", "Washington, D.C.", "Washington D.C."),
    ("Talks in Washington, D.C., ended late.", "Washington", "Washington, D.C.", "Washington, D.C."),
    # a form of the city's or the state's own, as NER read it
    ("Tourists crowded New York City on Sunday.", "New York City", "New York City", "New York City"),
    ("Washington State is dry this year.", "Washington State", "Washington (state)", "Washington State"),
    ("Voters in the District of Columbia backed it.", "District of Columbia", "Washington, D.C.", "District of Columbia"),
])
def test_own_forms(text: str, name: str, page: str, written: str) -> None:
    sense = _sense(text, name)
    assert sense is not None and (sense.page, sense.written) == (page, written)


@pytest.mark.parametrize("name", ["Seattle", "Texas", "Washington Heights", "Paris"])
def test_names_no_state_shares_with_a_city_have_no_sense(name: str) -> None:
    assert _sense(f"He lives in {name} now.", name) is None


@pytest.mark.parametrize("form, state", [("Wash.", "Washington (state)"), ("N.Y.", "New York (state)"),
                                         ("Mich.", "Michigan"), ("W.Va.", "West Virginia"), ("VA", None)])
def test_a_state_abbreviation_names_the_state(form: str, state: str | None) -> None:
    assert abbreviation_sense(form) == state


def test_rule_names_are_unique_and_say_their_sense() -> None:
    names = [r.name for r in SENSE_RULES]
    assert len(names) == len(set(names))
    assert all(r.name.split(".")[0] == r.sense for r in SENSE_RULES)


def test_page_titles_by_key() -> None:
    titles = page_titles()
    assert titles["washington-state"] == "Washington (state)"
    assert titles["washington-d-c"] == "Washington, D.C."
    assert titles["new-york-city"] == "New York City"
    assert titles["new-york-state"] == "New York (state)"


def _actors(*paragraphs: tuple[str, tuple[tuple[str, str], ...]]) -> dict[str, tuple[str, str]]:
    article = Article(name="t", paragraphs=tuple(Paragraph(text) for text, _ in paragraphs))
    found = extract_actors(article, entities=[entities(text, spans) for text, spans in paragraphs])
    return {a.name: (a.type, a.key) for a in found}


def test_one_article_s_city_and_state_are_two_actors_and_a_person_is_neither() -> None:
    found = _actors(("George Washington never saw the city.", (("George Washington", "PERSON"),)),
                    ("Apples from Yakima, Washington reached Washington D.C. on Monday.",
                     (("Yakima", "GPE"), ("Washington", "GPE"), ("Washington", "GPE"))))
    assert found["George Washington"] == ("person", "george-washington")
    assert found["Washington D.C."] == ("place", "washington-d-c")
    assert found["Washington"] == ("place", "washington-state")


@pytest.mark.parametrize("paragraphs, expected", [
    # a site's name read once as a place and once, shorter, as a body: one actor
    ((("The orbiter goes to the Steven F. Udvar-Hazy Center in Virginia.", (("Steven F. Udvar-Hazy Center", "FAC"),)),
      ("The Udvar-Hazy Center will show it next year.", (("Udvar-Hazy Center", "ORG"),))),
     {"Steven F. Udvar-Hazy Center": ("place", "steven-f-udvar-hazy-center")}),
    # no site's head word: "Los Angeles" is no "East Los Angeles"
    ((("He grew up in East Los Angeles.", (("East Los Angeles", "ORG"),)),
      ("He moved to Los Angeles later.", (("Los Angeles", "GPE"),))),
     {"East Los Angeles": ("organization", "east-los-angeles"), "Los Angeles": ("place", "los-angeles")}),
])
def test_a_site_named_two_ways_is_one_actor(paragraphs, expected) -> None:  # type: ignore[no-untyped-def]
    assert _actors(*paragraphs) == expected


def test_a_state_and_a_city_written_alike_in_one_article_are_named_apart() -> None:
    found = _actors(("Apples from Yakima, Washington sell well.", (("Yakima", "GPE"), ("Washington", "GPE"))),
                    ("Growers flew to Washington to lobby.", (("Washington", "GPE"),)))
    assert found == {"Yakima": ("place", "yakima"), "Washington (state)": ("place", "washington-state"),
                     "Washington, D.C.": ("place", "washington-d-c")}
