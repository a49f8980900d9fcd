"""Type rules found on pasted pages (a Vox page on smog, an NYT article, a market report): a place's people, a
region's adjective, an idea, a road's word alone, a post's department, a place's name prefix, a governor's
description, a common noun opening a sentence."""

from __future__ import annotations

from collections import Counter

import pytest

from briefgen.extract.actor_common_words import opening_word
from briefgen.extract.actor_merge import Cluster
from briefgen.extract.actor_names import trim_name
from briefgen.extract.actor_types import Candidate, type_of
from briefgen.model import ActorType


def _type(name: str, kind: ActorType, text: str, persons: tuple[str, ...] = (), places: tuple[str, ...] = ()) -> str:
    start = text.index(name)
    return type_of(Candidate(name, kind, text, start, 2, persons=frozenset(persons), places=frozenset(places),
                             spans=((start, start + len(name)),)))[0]


@pytest.mark.parametrize("name, kind, text, persons, places, outcome", [
    # a place's people: no one actor
    ("Delhiites", "person", "For Delhiites, breathing the air was like smoking.", (), ("New Delhi",), "not-an-actor"),
    ("Londoners", "person", "Londoners woke to fog.", (), (), "not-an-actor"),
    ("Parisians", "person", "Many Parisians stayed home.", (), (), "not-an-actor"),
    ("Sanders", "person", "Bernie Sanders said so.", (), (), "person"),  # no place "Sand"
    # a region's adjective before a noun (not the region's name)
    ("Middle Eastern", "place", "They spoke about keeping Middle Eastern migrants out.", (), (), "not-an-actor"),
    ("Southeast Asian", "place", "Southeast Asian nations met.", (), (), "not-an-actor"),
    ("Eastern Europe", "place", "They travelled across Eastern Europe.", (), (), "place"),
    # an idea named after its finder
    ("Environmental Kuznets Curve", "organization", "This is the idea behind the Environmental Kuznets Curve.", (), (),
     "not-an-actor"),
    ("Laffer Curve", "organization", "He cited the Laffer Curve again.", (), (), "not-an-actor"),
    # a road's word alone ("the Street", the market), not a street's name
    ("Street", "place", "Reforms in India and Street's expectations of a recovery.", (), (), "not-an-actor"),
    ("Wall Street", "place", "Stocks fell on Wall Street.", (), (), "place"),
    # a post's department, the body after "at" (a centre with a body's head word stays)
    ("Fundamental Research", "organization", "said Rusmik Oza, Head of Fundamental Research at Kotak Securities.", (), (),
     "not-an-actor"),
    ("Texas Politics Project", "organization", "said James Henson, director of the Texas Politics Project at the "
     "University of Texas.", (), (), "organization"),
    # a place's name prefix is no given name: "New Delhi" beside "Delhi" read as a person
    ("New Delhi", "place", "The US Embassy in New Delhi keeps its own monitor.", ("Delhi",), (), "place"),
    # a US state after "of" with a description: the governor's, not the state's
    ("New Jersey", "place", "Aides to Gov. Chris Christie of New Jersey, a former federal prosecutor, said so.", (), (),
     "place"),
    # a browser alone, as a page's footer or help text names it (not-actors table)
    ("Chrome", "place", "The site works best in Chrome or Safari.", (), (), "not-an-actor"),
    ("Safari", "person", "On the toolbar, click Safari. Then, click Preferences.", (), (), "not-an-actor"),
    # a modal opening a question before a pronoun
    ("Shall", "person", "Shall we go back in time to visit the scene?", (), (), "not-an-actor"),
    ("Should", "person", "Should you worry? Not yet.", (), (), "not-an-actor"),
    ("Shall", "person", "He met Shall Ahmed, who said so.", (), (), "person"),
    # a named person's surname in the plural: the family, people (not a place)
    ("Bidens", "place", "He still believed Ukraine needed to investigate Burisma and the Bidens.", ("Joe Biden",), (),
     "person"),
    ("Sanders", "place", "They met in Sanders on Friday.", ("Joe Biden",), (), "place"),
])
def test_pasted_page_type_rules(name: str, kind: ActorType, text: str, persons: tuple[str, ...],
                                places: tuple[str, ...], outcome: str) -> None:
    assert _type(name, kind, text, persons, places) == outcome


def _cluster(name: str, kind: ActorType) -> Cluster:
    cluster = Cluster(kind)
    cluster.forms = Counter({name: 1})
    return cluster


@pytest.mark.parametrize("name, kind, texts, dropped", [
    # a noun-only word opening a sentence before a lower-case noun: a common noun, not a man named Brick
    ("Brick", "person", ["Brick kilns and factories have also been shut down this week."], True),
    # an abstract noun opening a sentence in a quote, read as a body: no firm is named so
    ("Inexperience", "organization", ["He said: “Bombast doesn't cut it. Inexperience doesn't cut it.”"], True),
    # a firm named with a noun stays ("Shell said"); a name followed by a verb stays
    ("Shell", "organization", ["Shell raised its dividend."], False),
    ("Brick", "person", ["Brick said he would run. Brick kilns are his business."], False),
])
def test_opening_common_nouns(name: str, kind: ActorType, texts: list[str], dropped: bool) -> None:
    assert opening_word(_cluster(name, kind), texts) is dropped


@pytest.mark.parametrize("name, kind, trimmed", [
    # a digest's next dateline in capitals run on to a person's name
    ("Fazlur Rehman KARACHI", "person", "Fazlur Rehman"),
    ("Henry VIII", "person", "Henry VIII"),  # a regnal numeral stays
    # a name glued to the next link's text on a pasted page
    ("Ilhan OmarIlhan", "person", "Ilhan Omar"),
    ("Kristi NoemKristi", "person", "Kristi Noem"),
    ("Alexandria Ocasio-CortezAlexandria Ocasio-CortezSanders", "person", "Alexandria Ocasio-Cortez"),
    # a surname's inner capital is no glue
    ("Douglas MacArthur", "person", "Douglas MacArthur"),
    ("Mitch McConnell", "person", "Mitch McConnell"),
    ("Ron DeSantis", "person", "Ron DeSantis"),
    ("James Van Der Beek", "person", "James Van Der Beek"),
    ("Mary Ann UK", "person", "Mary Ann UK"),  # two letters: no city
])
def test_person_trims(name: str, kind: str, trimmed: str) -> None:
    assert trim_name(name, kind) == trimmed


@pytest.mark.parametrize("name, trimmed", [
    # a company's head's post NER ran into the company's name
    ("Founder of Ceres Robotics Inc", "Ceres Robotics Inc"),
    ("CEO of Acme Widgets Corp", "Acme Widgets Corp"),
    # a body whose name opens so stays whole (no company's head word at its end)
    ("Secretary of State", "Secretary of State"),
    ("Founder of the Feast", "Founder of the Feast"),
])
def test_post_run_into_a_company(name: str, trimmed: str) -> None:
    assert trim_name(name, "organization") == trimmed
