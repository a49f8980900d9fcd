"""An adjective of time or order NER runs onto a maker's name ("Recent Samsung smart TVs") is cut from it
(actor_common_words.without_qualifier, actor_words.RUN_ON_QUALIFIERS)."""

from __future__ import annotations

import pytest

from briefgen.extract.actor_common_words import without_qualifier
from briefgen.extract.actor_words import RUN_ON_QUALIFIERS
from briefgen.extract.actors import extract_actors
from briefgen.model import Article, Paragraph


@pytest.mark.parametrize("name, named, cut", [
    # the maker the tables know, or a name the article writes alone
    ("Recent Samsung", (), "Samsung"),
    ("Older Microsoft", (), "Microsoft"),
    ("Latest Brindlecroft", ("Brindlecroft",), "Brindlecroft"),
    ("Upcoming Brindlecroft Audio", ("Brindlecroft Audio",), "Brindlecroft Audio"),
    # negatives: a name nobody writes alone, another first word, one word, a given name first
    ("Recent Brindlecroft", (), "Recent Brindlecroft"),
    ("General Motors", ("Motors",), "General Motors"),
    ("Recent", ("Recent",), "Recent"),
    ("Mary Samsung", (), "Mary Samsung"),
])
def test_without_qualifier(name: str, named: tuple[str, ...], cut: str) -> None:
    assert without_qualifier(name, frozenset(named)) == cut


def test_qualifiers_are_capitalised_single_words() -> None:
    assert all(w[:1].isupper() and w[1:].islower() and " " not in w for w in RUN_ON_QUALIFIERS)


@pytest.mark.parametrize("paragraphs", [
    ("Samsung sells more televisions than anyone.", "Recent Samsung smart TVs also include a streaming app."),
    ("Recent Samsung smart TVs also include a streaming app.",),
])
def test_maker_after_a_qualifier_in_an_article(paragraphs: tuple[str, ...]) -> None:
    article = Article(name="t", paragraphs=tuple(Paragraph(p) for p in paragraphs))
    names = {a.name for a in extract_actors(article)}
    assert "Samsung" in names and not any(n.startswith("Recent") for n in names)
