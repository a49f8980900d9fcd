"""Words NER reads as names that describe rather than name (an idea, a predicate, a work, a state's post), a given name
NER cut from its surname, a title run into a body's name, and one word after a person's role."""

from __future__ import annotations

import pytest

from actor_type_helpers import type_and_rule
from briefgen.extract.actor_cut_names import glued_surnames, name_after_role
from briefgen.extract.actor_titles import title_before
from briefgen.extract.actors import extract_actors
from briefgen.model import Article, Paragraph
from ner_helpers import Span, entities

NOT = "not-an-actor"


@pytest.mark.parametrize("sentence, name, kind, expected, rule", [
    # an idea, a creed or a fear in one word ("-ism", "-phobia")
    ("Residents say they are subject to Xenophobia every day.", "Xenophobia", "organization", NOT, "not-actor.concept"),
    ("The essay traces Regionalism in the north.", "Regionalism", "organization", NOT, "not-actor.concept"),
    # a description after "is a": no one is named
    ("Dr. Ortiz is a self-styled Radical Centrist.", "Radical Centrist", "person", NOT, "not-actor.predicate-description"),
    ("The mayor was an avowed Green Progressive, friends said.", "Green Progressive", "person", NOT,
     "not-actor.predicate-description"),
    # the name a speaker gave a work
    ("We named it Blue Harbour, after the bay.", "Blue Harbour", "person", NOT, "not-actor.named-work"),
    ("Tidewater Songs we called it, and it sold well.", "Tidewater Songs", "person", NOT, "not-actor.named-work"),
    # a US state's post, though the state's name is also a given name
    ("Which Georgia Governor do you admire?", "Georgia Governor", "person", NOT, "not-actor.post"),
    # one word after a person's lower-case role
    ("The gowns came from fashion designer Ravello, a former tailor.", "Ravello", "place", "person",
     "person.role-before-one-word"),
    ("The crowd cheered as singer Marisol took the stage.", "Marisol", "organization", "person",
     "person.role-before-one-word"),
    # an institution cut from a longer name ("the Harbour Museum and Maritime Gallery"), read as a person
    ("It hangs at the Harbour Museum and Maritime Gallery downtown.", "Maritime Gallery", "person", "organization",
     "organization.institution-head"),
    ("Visit the Art Library today.", "Art Library", "person", "organization", "organization.institution-head"),
])
def test_description_rules(sentence: str, name: str, kind: str, expected: str, rule: str) -> None:
    assert type_and_rule(sentence, name, kind) == (expected, rule)


@pytest.mark.parametrize("sentence, name, kind", [
    ("Members of the Church of Scientology gathered.", "Scientology", "organization"),  # a church: no "-ology" rule
    ("The PRISM files were leaked.", "PRISM", "organization"),  # upper case: a programme's name
    ("She is a close friend of Maria Lopez.", "Maria Lopez", "person"),  # after a preposition: named
    ("He wants to be a Carl Benson-type leader.", "Carl Benson", "person"),  # more words follow
    ("Senator Ana Ruiz called it a failure.", "Ana Ruiz", "person"),  # the subject who named it
    ("John Mayor spoke first.", "John Mayor", "person"),  # a given name and no state: a man
])
def test_names_the_description_rules_keep(sentence: str, name: str, kind: str) -> None:
    outcome, rule = type_and_rule(sentence, name, kind)
    assert outcome != NOT, rule


@pytest.mark.parametrize("sentence, name, kind", [
    ("Talks with envoy Norway stalled.", "Norway", "place"),  # a state's name
    ("The striker Madrid signed was injured.", "Madrid", "place"),  # a capital
])
def test_one_word_after_a_role_that_stays(sentence: str, name: str, kind: str) -> None:
    assert type_and_rule(sentence, name, kind)[1] != "person.role-before-one-word"


@pytest.mark.parametrize("prefix, role", [
    ("According to the Arts and Letters Review Board Professor", "Professor"),  # the body's name is no role
    ("He met the Founder and Managing Director", "Managing Director"),  # "Founder" is a title: no body
    ("U.S. envoy to the European Union Oskar Brandt and Energy Secretary", "Energy Secretary"),  # four words: a name
    ("the United Farm Workers, and Dream Act activist", "Dream Act activist"),  # a comma ends the body's name
    ("said the White House Press Secretary", "White House Press Secretary"),  # no "and"
])
def test_title_run_into_a_body_name(prefix: str, role: str) -> None:
    text = prefix + " Anna Berg said."
    assert title_before(text, len(prefix) + 1) == role


def _glued(*paragraphs: tuple[str, tuple[Span, ...]]) -> list[list[tuple[str, str]]]:
    texts = [t for t, _ in paragraphs]
    found = glued_surnames(texts, [entities(t, s) for t, s in paragraphs], frozenset({"italy", "italian"}))
    return [[(e.text, e.label_) for e in ents] for ents in found]


def test_given_name_read_as_a_body_joins_the_surname_read_as_a_person() -> None:
    found = _glued(("Goals came from Pablo Ruiz, Tomas Hurt, and Jorik Vandamme early on.",
                    (("Pablo Ruiz", "PERSON"), ("Tomas Hurt", "PERSON"), ("Jorik", "ORG"))),
                   ("Jorik Vandamme's shot went wide; later Vandamme scored.",
                    (("Vandamme's", "PERSON"), ("Vandamme", "PERSON"))),
                   ("Jorik Vandamme celebrated.", (("Jorik Vandamme", "PRODUCT"),)))
    assert found[0][-1] == ("Jorik Vandamme", "PERSON")
    assert found[1] == [("Jorik Vandamme's", "PERSON"), ("Vandamme", "PERSON")]
    assert found[2] == [("Jorik Vandamme", "PERSON")]


@pytest.mark.parametrize("paragraphs", [
    # a name the article reads alone elsewhere is no given name ("Orchard" is the company)
    (("Orchard Nimbus ships soon; Orchard said so.", (("Orchard", "ORG"), ("Nimbus", "PERSON"), ("Orchard", "ORG"))),
     ("Nimbus sells well.", (("Nimbus", "PERSON"),))),
    # a state's people give no given name
    (("The Italian Rossi scored.", (("Italian", "ORG"),)), ("Rossi ran.", (("Rossi", "PERSON"),))),
    # no surname read alone as a person
    (("Jorik Vandamme ran.", (("Jorik", "ORG"),)),),
])
def test_no_glued_name(paragraphs: tuple[tuple[str, tuple[Span, ...]], ...]) -> None:
    assert _glued(*paragraphs) == [[(e.text, e.label_) for e in entities(t, s)] for t, s in paragraphs]


def test_glued_name_is_one_person_in_the_actors() -> None:
    paragraphs = (("Goals came from Pablo Ruiz, Tomas Hurt, and Jorik Vandamme early on.",
                   (("Pablo Ruiz", "PERSON"), ("Tomas Hurt", "PERSON"), ("Jorik", "ORG"))),
                  ("Later Vandamme scored again.", (("Vandamme", "PERSON"),)))
    article = Article(name="t", paragraphs=tuple(Paragraph(t) for t, _ in paragraphs))
    found = extract_actors(article, entities=[entities(t, s) for t, s in paragraphs])
    names = {(a.name, a.type) for a in found}
    assert ("Jorik Vandamme", "person") in names
    assert not any(a.name == "Jorik" for a in found)


@pytest.mark.parametrize("text, spans, expected", [
    ("It shows athletes Mirko Stanek (rowing) and Ida Holm.", (("Stanek", "GPE"), ("Ida Holm", "PERSON")),
     [("Mirko Stanek", "PERSON"), ("Ida Holm", "PERSON")]),
    ("The film stars actor Lenn Varga today.", (("Varga", "ORG"),), [("Lenn Varga", "PERSON")]),
    # a hyphenated role, a given name and one word NER read as a person
    ("Her photos show singer-songwriter Carly Brennan at home.", (("Brennan", "PERSON"),), [("Carly Brennan", "PERSON")]),
    ("It shows poet-actor Mirko Stanek.", (("Stanek", "GPE"),), [("Mirko Stanek", "PERSON")]),
    # read as a person: only after a given name; a hyphenated word that is no role
    ("It shows actor Westside Varga today.", (("Varga", "PERSON"),), [("Varga", "PERSON")]),
    ("They met at the state-owned Carly Brennan plant.", (("Brennan", "PERSON"),), [("Brennan", "PERSON")]),
    # no role before the capitalised word, or that word read as a name itself: left as NER read it
    ("They flew via Lake Toba to Medan.", (("Toba", "LOC"), ("Medan", "GPE")), [("Toba", "LOC"), ("Medan", "GPE")]),
    ("The singer Adele Hall sang.", (("Adele", "PERSON"), ("Hall", "FAC")), [("Adele", "PERSON"), ("Hall", "FAC")]),
])
def test_name_after_a_role(text: str, spans: tuple[Span, ...], expected: list[tuple[str, str]]) -> None:
    assert [(e.text, e.label_) for e in name_after_role(text, entities(text, spans))] == expected


_ARTIST = frozenset({"Ada Lindqvist", "Lindqvist Prism"})


@pytest.mark.parametrize("sentence, name, expected", [
    # a thing named after the person the article names in full
    ("Two Lindqvist Prism shows open today.", "Lindqvist Prism", NOT),
    # a venue's head: typed by the venue rules, not dropped
    ("They met at Lindqvist Tower on Friday.", "Lindqvist Tower", "place"),
    # a person who speaks or has an age, the surname written first
    ("\u201cWe waited,\u201d said Lindqvist Oskar, 31.", "Lindqvist Oskar", "person"),
    # a given name opens it: another person
    ("Later Ada Brenner arrived.", "Ada Brenner", "person"),
    # a king's numeral
    ("Lindqvist I ruled long.", "Lindqvist I", "person"),
])
def test_thing_after_a_person(sentence: str, name: str, expected: str) -> None:
    assert type_and_rule(sentence, name, "person", persons=_ARTIST)[0] == expected
