"""A person's name cut in two by a line break (a given name ends one line, the surname opens the next): one person,
from the words and the NER output the small English model could give."""

from __future__ import annotations

import pytest

from briefgen.extract.actor_wrapped import wrapped_names
from briefgen.extract.actors import extract_actors
from briefgen.model import Article, Paragraph
from ner_helpers import Span, entities


@pytest.mark.parametrize(
    ("lines", "found"),
    [
        # a known given name ends the line, the surname and a comma open the next
        ((("Squad: Tom Ardle, Peter Vance, Linda", (("Tom Ardle", "PERSON"), ("Peter Vance", "PERSON"))),
          ("Morrow, Cal Dunne, Ed Price.", (("Cal Dunne", "PERSON"), ("Ed Price", "PERSON")))), {1: [("Linda Morrow", 0, 6)]}),
        # any word after a person's name and a list's comma is a given name there
        ((("Squad: Tom Ardle, Peter Vance, Quenby", (("Tom Ardle", "PERSON"), ("Peter Vance", "PERSON"))),
          ("Morrow, Cal Dunne.", (("Cal Dunne", "PERSON"),))), {1: [("Quenby Morrow", 0, 6)]}),
        # a surname then a bracketed country and a time
        ((("In the final Anna Holt beat Linda", (("Anna Holt", "PERSON"),)), ("Morrow (Canada) 3:45.011", (("Canada", "GPE"),))),
         {1: [("Linda Morrow", 0, 6)]}),
        # the surname alone on its line, with a full stop
        ((("The team: Ed Price, Linda", (("Ed Price", "PERSON"),)), ("Morrow.", ())), {1: [("Linda Morrow", 0, 6)]}),
        # no break in a name: the next line opens a sentence
        ((("The prize went to Linda", ()), ("Morrow said nothing of it later.", ())), {}),
        # a state opens the next line
        ((("They beat Linda", ()), ("Canada, 3-1.", (("Canada", "GPE"),))), {}),
        # the word ending the line is inside an entity: a whole name
        ((("Squad: Tom Ardle, Peter Vance", (("Tom Ardle", "PERSON"), ("Peter Vance", "PERSON"))), ("Morrow, Ed Price.", ())), {}),
        # an unknown word after a place, not after a person
        ((("Squad: Tom Ardle (Italy), Quenby", (("Tom Ardle", "PERSON"), ("Italy", "GPE"))), ("Morrow, Ed Price.", ())), {}),
        # the next line's word read as a body
        ((("The sponsor is Linda", ()), ("Morrow, a bank.", (("Morrow", "ORG"),))), {}),
    ],
)
def test_wrapped_names(lines: tuple[tuple[str, tuple[Span, ...]], ...], found: dict[int, list[tuple[str, int, int]]]) -> None:
    texts = [text for text, _ in lines]
    assert wrapped_names(texts, [entities(text, spans) for text, spans in lines]) == found


def test_wrapped_name_is_one_person() -> None:
    lines = (("Squad: Tom Ardle, Peter Vance, Linda", (("Tom Ardle", "PERSON"), ("Peter Vance", "PERSON"))),
             ("Morrow, Cal Dunne, Ed Price.", (("Morrow", "PERSON"), ("Cal Dunne", "PERSON"), ("Ed Price", "PERSON"))))
    article = Article(name="t", paragraphs=tuple(Paragraph(text) for text, _ in lines))
    found = {a.name: a.type for a in extract_actors(article, entities=[entities(t, s) for t, s in lines])}
    assert found.get("Linda Morrow") == "person" and "Morrow" not in found and "Linda" not in found
