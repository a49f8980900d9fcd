"""Capitalised words NER reads as names that name no actor (actor_not_names; rules in actor_types.TYPE_RULES), and a US
state's formal name as the state (actor_senses.formal_state_sense)."""

from __future__ import annotations

import pytest

from briefgen.extract.actor_types import Candidate, type_of
from briefgen.extract.actors import extract_actors
from briefgen.model import Article, Paragraph
from ner_helpers import Span, entities


def _rule(name: str, kind: str, text: str, persons: frozenset[str] = frozenset()) -> str | None:
    outcome, rule = type_of(Candidate(name, kind, text, text.index(name), 1, persons))  # type: ignore[arg-type]
    return rule.name if rule is not None and outcome == "not-an-actor" else None


@pytest.mark.parametrize("name, kind, text, rule", [
    ("State Department Spokesperson", "organization", "The State Department Spokesperson said nothing.", "not-actor.post"),
    ("Foreign Ministry Spokesman", "person", "A Foreign Ministry Spokesman declined to comment.", "not-actor.post"),
    ("Army Capt", "organization", "Army Capt. Humayun Khan died in 2004.", "not-actor.post"),
    ("Lifestyle-Religion", "organization", "It ranked third in the Lifestyle-Religion category.", "not-actor.kind-label"),
    ("Social Welfare", "organization", "He won in the Social Welfare constituency.", "not-actor.kind-label"),
    ("Professors", "person", "We have had too many elites and Professors in office.", "not-actor.plural-common-noun"),
    ("Agnostics", "person", "A union of atheists and Agnostics filed the petition.", "not-actor.plural-common-noun"),
    ("Nah", "person", "Nah, I am kidding.", "not-actor.listed"),
    ("Foreign Affairs", "organization", "He had to resign as Foreign Affairs minister.", "not-actor.portfolio-before-lower-title"),
    ("Group G", "organization", "In the first game of Group G, Belgium won.", "not-actor.competition-stage"),
    ("Pool B", "organization", "Fiji top Pool B after two games.", "not-actor.competition-stage"),
    ("National Magic Month", "organization", "October is National Magic Month.", "not-actor.event-head"),
    ("Magic Jubilee", "person", "He played the Midwest Magic Jubilee in St. Louis.", "not-actor.event-head"),
    ("Summer Paralympics", "organization", "She swam at the Summer Paralympics.", "not-actor.event-head"),
    ("British Ring Convention", "organization", "He spoke at the British Ring Convention in Buxton.", "not-actor.event-head"),
    ("U.S.-Mexico", "organization", "Crossings at the U.S.-Mexico border fell.", "not-actor.pair-of-states"),
    ("Super", "place", "Eleven states vote on Super Tuesday.", "not-actor.day-name"),
    ("Black", "organization", "Shops opened early on Black Friday.", "not-actor.day-name"),
    ("State of the Union", "organization", "He gave his last State of the Union on Tuesday.", "not-actor.listed"),
    ("Great Recession", "place", "Jobs lost in the Great Recession came back.", "not-actor.event-head"),
    ("Formica", "person", "The team used Formica fusca, a common black ant.", "not-actor.species-name"),
    ("Beauveria", "place", "Some were infected with Beauveria bassiana, a fungus.", "not-actor.species-name"),
    ("Edwardsiella", "person", "The anemone Edwardsiella andrillae lives under ice.", "not-actor.species-name"),
])
def test_not_actors(name: str, kind: str, text: str, rule: str) -> None:
    assert _rule(name, kind, text) == rule


@pytest.mark.parametrize("name, kind, text, persons", [
    ("Office of the Governor", "organization", "The Office of the Governor said nothing.", frozenset()),
    ("John Mayor", "person", "John Mayor said nothing.", frozenset()),  # a given name: a man
    ("Hong Kong Island", "place", "He won in the Hong Kong Island constituency.", frozenset()),  # a place's
    ("Clintons", "person", "A week with the Clintons ended.", frozenset()),  # a family
    ("Waters", "person", "Waters said the show would open.", frozenset()),  # speaks
    ("Waters", "person", "The show, Waters added, opens soon.", frozenset({"Kathryn Waters"})),  # her surname
    ("Clinton", "person", "Clinton told reporters nothing.", frozenset()),  # an English word after the name
    ("NATO", "organization", "He met the NATO secretary on Monday.", frozenset()),  # an acronym: the body
    ("Miami", "place", "He spoke in Miami Tuesday.", frozenset()),  # a place and its date
    ("Group Four", "organization", "Group Four won the contract.", frozenset()),  # a company, no stage's letter
    ("Moscow", "place", "Moscow insists it is right.", frozenset()),  # (not a species: 'is', English)
])
def test_kept(name: str, kind: str, text: str, persons: frozenset[str]) -> None:
    assert _rule(name, kind, text, persons) is None


def _actors(*paragraphs: tuple[str, tuple[Span, ...]]) -> dict[str, tuple[str, str]]:
    article = Article(name="t", paragraphs=tuple(Paragraph(text) for text, _ in paragraphs))
    found = extract_actors(article, entities=[entities(text, spans) for text, spans in paragraphs])
    return {a.name: (a.type, a.key) for a in found}


@pytest.mark.parametrize("formal", ["State of Texas", "Commonwealth of Texas"])
def test_a_us_state_s_formal_name_is_the_state(formal: str) -> None:
    found = _actors(("Farmers in Texas lost crops.", (("Texas", "GPE"),)),
                    (f"The {formal} will pay for the repairs.", ((formal, "ORG"),)))
    assert found == {"Texas": ("place", "texas")}


def test_the_state_of_a_shared_name_is_the_state() -> None:
    found = _actors(("The State of New York sued the firm.", (("State of New York", "ORG"),)))
    assert found == {"State of New York": ("place", "new-york-state")}


def _fragment_rule(name: str, kind: str, text: str, others: tuple[str, ...] = ()) -> str | None:
    """The rule dropping `name` when NER found the names `others` in the paragraph too."""
    spans = tuple((text.index(o), text.index(o) + len(o)) for o in others)
    outcome, rule = type_of(Candidate(name, kind, text, text.index(name), 1, spans=spans))  # type: ignore[arg-type]
    return rule.name if rule is not None and outcome == "not-an-actor" else None


@pytest.mark.parametrize("name, kind, text", [
    ("Survival", "place", "His latest book, Hegemony or Survival, sold well."),
    ("Arts", "organization", "According to the Arts and Humanities Citation Index he is often cited."),
    ("Underground", "place", "My favourite is Notes from the Underground by Dostoyevsky."),
])
def test_a_piece_of_a_longer_title_is_no_actor(name: str, kind: str, text: str) -> None:
    assert _fragment_rule(name, kind, text) == "not-actor.fragment-of-a-title"


@pytest.mark.parametrize("name, kind, text, others", [
    ("Leeds", "place", "Fans in York and Leeds cheered.", ("York",)),  # two names NER found
    ("Leeds", "place", "Snow fell. Wind and Leeds traffic did not mix.", ()),  # "Wind" opens a sentence
    ("Leeds", "place", "The Mayor and Leeds councillors met.", ()),  # a title
    ("Rachel", "person", "The girls, Rachel and Severine, were found.", ()),  # a person's name
    ("NTU Hospital Station", "place", "Walk from NTU Hospital Station or Shandao Station.", ()),  # a whole name
])
def test_names_joined_to_names_are_kept(name: str, kind: str, text: str, others: tuple[str, ...]) -> None:
    assert _fragment_rule(name, kind, text, others) is None


@pytest.mark.parametrize("span", [("Latinos", "ORG"), ("Latino", "ORG"), ("Hispanics", "NORP")])
def test_a_community_named_as_a_whole_is_no_actor(span: tuple[str, str]) -> None:
    text = f"Polls show {span[0]} voters moving to the Democratic Party."
    assert _actors((text, (span, ("Democratic Party", "ORG")))) == {"Democratic Party": ("group", "democratic-party")}
