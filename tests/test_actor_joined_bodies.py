"""One body's name NER cut at its 'and' is joined again (actor_joined_bodies.joined_bodies)."""

import pytest

from briefgen.extract.actor_joined_bodies import joined_bodies
from briefgen.extract.actors import extract_actors
from briefgen.extract.nlp import Entity
from briefgen.model import Article, Paragraph


def _ent(text, sentence, label):
    start = sentence.index(text)
    return Entity(text, label, start, start + len(text))


@pytest.mark.parametrize("sentence, read, body", [
    ("Trading on the Northern Grain Futures and Options Exchange was thin.",
     [("the Northern Grain Futures", "ORG"), ("Options Exchange", "ORG")], "Northern Grain Futures and Options Exchange"),
    ("The tour was approved by the Test and County Bowls Board on Friday.", [("County Bowls Board", "ORG")],
     "Test and County Bowls Board"),
    ("A grant came from the Marsh and Delta Wildlife Trust.", [("Marsh", "ORG"), ("Delta Wildlife Trust", "ORG")],
     None),  # one word NER reads as a name: two bodies ("the Nasdaq and New York Stock Exchange")
])
def test_a_body_cut_at_its_and(sentence, read, body):
    out = [(e.text, e.label_) for e in joined_bodies(sentence, [_ent(t, sentence, label) for t, label in read])]
    if body is None:
        assert out == read
    else:
        assert out == [(body, "ORG")]


@pytest.mark.parametrize("sentence, read", [
    # the part before "and" a name of its own: a state, a person, a body's head, a legislature, written again
    ("Talks between the Vandor and European Union were held.", [("Vandor", "GPE"), ("European Union", "ORG")]),
    ("The deal split the Kestrel Group and Harbor Authority.", [("the Kestrel Group", "ORG"), ("Harbor Authority", "ORG")]),
    ("Both the Senate and Ethics Committee objected.", [("Senate", "ORG"), ("Ethics Committee", "ORG")]),
    ("The Alder Mills and Ridge Council met; Alder Mills paid.", [("The Alder Mills", "ORG"), ("Ridge Council", "ORG")]),
    # a plural head: two bodies
    ("Members of the Senate and House committees met.", [("Senate", "ORG"), ("House", "ORG")]),
])
def test_two_bodies_stay_two(sentence, read):
    ents = [_ent(t, sentence, label) for t, label in read]
    assert joined_bodies(sentence, ents) == ents


@pytest.mark.parametrize("paragraph, body", [
    ("The tour will start next spring, the Test and County Bowls Board said on Friday.", "Test and County Bowls Board"),
    ("The season opens in May, the Test and County Croquet Board said on Monday.", "Test and County Croquet Board"),
])
def test_the_body_is_one_actor(paragraph, body):
    names = {a.name for a in extract_actors(Article(name="t", paragraphs=(Paragraph(paragraph),)))}
    assert body in names
    assert not any(n != body and body.endswith(n) for n in names)


@pytest.mark.parametrize("sentence, read, joined", [
    ("The Kellerman Foundation for the Performing Arts gave $2 million.",
     [("The Kellerman Foundation", "ORG"), ("the Performing Arts", "ORG")], "The Kellerman Foundation for the Performing Arts"),
    ("A study by the Harwell Institute for Rural Studies found the same.",
     [("the Harwell Institute", "ORG"), ("Rural Studies", "ORG")], "the Harwell Institute for Rural Studies"),
    # not a state after "for", not a head that takes no cause, not another kind of name, not apart
    ("The Ostrava Fund for Ukraine sent aid.", [("The Ostrava Fund", "ORG"), ("Ukraine", "GPE")], None),
    ("The Ostrava Fund for Moldova sent aid.", [("The Ostrava Fund", "ORG"), ("Moldova", "ORG")], None),
    ("Harlan Motors for General Dynamics built it.", [("Harlan Motors", "ORG"), ("General Dynamics", "ORG")], None),
    ("The Ostrava Fund, for the Red Cross, paid.", [("The Ostrava Fund", "ORG"), ("the Red Cross", "ORG")], None),
])
def test_a_body_cut_at_its_for(sentence, read, joined):
    ents = [_ent(t, sentence, label) for t, label in read]
    out = [(e.text, e.label_) for e in joined_bodies(sentence, ents)]
    assert out == (read if joined is None else [(joined, "ORG")])


@pytest.mark.parametrize("sentence, read, joined", [
    ("Prints hang in the Kemble Museum and Art Gallery until May.",
     [("the Kemble Museum", "ORG"), ("Art Gallery", "PERSON")], "the Kemble Museum and Art Gallery"),
    ("She was taken to the Orland Hospital and Medical Center on Friday.",
     [("the Orland Hospital", "ORG"), ("Medical Center", "ORG")], "the Orland Hospital and Medical Center"),
    ("The Brill Library and Museum reopened.", [("The Brill Library", "ORG"), ("Museum", "ORG")],
     "The Brill Library and Museum"),
    ("The Brill Library and Museum reopened.", [("The Brill Library and", "ORG"), ("Museum", "ORG")],
     "The Brill Library and Museum"),  # (NER's "and" at the end of the first)
    # a second name of its own, a body whose head houses nothing, words apart, too many words before the head
    ("The Kemble Museum and National Gallery lent works.",
     [("The Kemble Museum", "ORG"), ("National Gallery", "ORG")], None),
    ("The Kemble Museum and Cornell University lent works.",
     [("The Kemble Museum", "ORG"), ("Cornell University", "ORG")], None),
    ("The Harlan Society and Art Gallery staff met.", [("The Harlan Society", "ORG"), ("Art Gallery", "ORG")], None),
    ("The Kemble Museum, and Art Gallery staff, met.", [("The Kemble Museum", "ORG"), ("Art Gallery", "ORG")], None),
    ("The Kemble Museum and Fine Art Research Center met.",
     [("The Kemble Museum", "ORG"), ("Fine Art Research Center", "ORG")], None),
    ("The Kemble Museum and Anna Gallery met.", [("The Kemble Museum", "ORG"), ("Anna Gallery", "PERSON")], None),
])
def test_two_houses_of_one_institution(sentence, read, joined):
    ents = [_ent(t, sentence, label) for t, label in read]
    out = [(e.text, e.label_) for e in joined_bodies(sentence, ents)]
    assert out == (read if joined is None else [(joined, "ORG")])


def test_the_institution_is_one_actor():
    paragraph = "Prints by the painter hang in the Kemble Teaching Museum and Art Gallery at Harlan College until May."
    names = {a.name for a in extract_actors(Article(name="t", paragraphs=(Paragraph(paragraph),)))}
    assert "Kemble Teaching Museum and Art Gallery" in names
    assert "Art Gallery" not in names
    assert not any(n.endswith("Kemble Teaching Museum") for n in names)


@pytest.mark.parametrize("sentence, read, joined", [
    ("Prints hang in the Kemble Museum and Art Gallery at Harlan College.", [("the Kemble Museum", "ORG")],
     "the Kemble Museum and Art Gallery"),
    ("The Brill Library and Museum reopened.", [("The Brill Library", "FAC")], "The Brill Library and Museum"),
    # more of a name after it, a second name of its own, a body whose head houses nothing, words NER read
    ("The Kemble Museum and Art Gallery of Ontario lent works.", [("The Kemble Museum", "ORG")], None),
    ("The Kemble Museum and Museum Director Jane Roe met.", [("The Kemble Museum", "ORG")], None),
    ("The Kemble Museum and National Gallery lent works.", [("The Kemble Museum", "ORG")], None),
    ("The Harlan Society and Art Gallery met.", [("The Harlan Society", "ORG")], None),
    ("The Kemble Museum and Art Gallery met.", [("The Kemble Museum", "ORG"), ("Gallery", "ORG")], None),
])
def test_a_second_house_ner_did_not_read(sentence, read, joined):
    ents = [_ent(t, sentence, label) for t, label in read]
    out = [(e.text, e.label_) for e in joined_bodies(sentence, ents)]
    assert out == (read if joined is None else [(joined, read[0][1])])
