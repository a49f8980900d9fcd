"""A given name's short form ("Josh Apte" of "Joshua Apte") merges with the full name of the same surname
(actor_merge._given_name_variants, data/given_name_forms.tsv) unless another bearer of the surname is named."""

from __future__ import annotations

import pytest

from briefgen.extract.actor_merge import Mention, cluster_mentions
from briefgen.extract.actors import extract_actors
from briefgen.extract.gazetteer import given_name_forms
from briefgen.model import Article, Paragraph


def _people(*names: str) -> list[list[str]]:
    mentions = [Mention(n, "person", i, 0) for i, n in enumerate(names)]
    return sorted(sorted(c.forms) for c in cluster_mentions(mentions, set()))


@pytest.mark.parametrize("names, clusters", [
    # one person: the short form and the full name, and the bare surname with them
    (("Joshua Apte", "Josh Apte", "Apte"), [["Apte", "Josh Apte", "Joshua Apte"]]),
    (("Bill Nelson", "William Nelson"), [["Bill Nelson", "William Nelson"]]),
    (("Chuck Grassley", "Charles Grassley", "Grassley"), [["Charles Grassley", "Chuck Grassley", "Grassley"]]),
    (("Mike Pence", "Michael Pence"), [["Michael Pence", "Mike Pence"]]),
    # two short forms of one full name the article never writes are one person too
    (("Liz Smith", "Beth Smith"), [["Beth Smith", "Liz Smith"]]),
    # another bearer of the surname: no merge (which one "Apte" is stays open)
    (("Joshua Apte", "Josh Apte", "Jane Apte"), [["Jane Apte"], ["Josh Apte"], ["Joshua Apte"]]),
    # a given name the table does not know, or short forms of different names: apart
    (("Josh Apte", "Joshua Brown"), [["Josh Apte"], ["Joshua Brown"]]),
    (("Bob Smith", "Bill Smith"), [["Bill Smith"], ["Bob Smith"]]),
    # a short form of a man's and of a woman's name joins the one the article writes, not when it writes both
    (("Patrick Moyle", "Pat Moyle", "Moyle"), [["Moyle", "Pat Moyle", "Patrick Moyle"]]),
    (("Patricia Moyle", "Pat Moyle"), [["Pat Moyle", "Patricia Moyle"]]),
    (("Patrick Moyle", "Patricia Moyle", "Pat Moyle"), [["Pat Moyle"], ["Patricia Moyle"], ["Patrick Moyle"]]),
])
def test_short_given_names_merge(names: tuple[str, ...], clusters: list[list[str]]) -> None:
    assert _people(*names) == clusters


@pytest.mark.parametrize("form, fulls", [
    ("Josh", {"Joshua"}), ("Bill", {"William"}), ("Bob", {"Robert"}), ("Mike", {"Michael"}), ("Jim", {"James"}),
    ("Tom", {"Thomas"}), ("Liz", {"Elizabeth"}), ("Steve", {"Stephen", "Steven"}), ("Joshua", {"Joshua"}),
    ("Pat", {"Patrick", "Patricia"}), ("Patrick", {"Patrick"}),
])
def test_given_name_forms_table(form: str, fulls: set[str]) -> None:
    assert given_name_forms()[form] == fulls


def _person(text: str, pronoun: str | None) -> Mention:
    return Mention(text, "person", 0, 0, pronoun=pronoun)


@pytest.mark.parametrize("pronoun, clusters", [
    # a pronoun after the short form that tells the full name's gender, or none: one person
    ("he", [["Pat Moyle", "Patrick Moyle"]]),
    (None, [["Pat Moyle", "Patrick Moyle"]]),
    # one that tells the other gender: "Pat" is another person (a Patricia), apart
    ("she", [["Pat Moyle"], ["Patrick Moyle"]]),
])
def test_short_form_of_either_gender_reads_the_pronoun(pronoun: str | None, clusters: list[list[str]]) -> None:
    mentions = [_person("Patrick Moyle", "he"), _person("Pat Moyle", pronoun)]
    assert sorted(sorted(c.forms) for c in cluster_mentions(mentions, set())) == clusters


@pytest.mark.parametrize("paragraphs, people", [
    (("Patrick Moyle runs the bakery on Elm Street.", "Pat Moyle said he would open a second shop next spring."),
     [["Pat Moyle", "Patrick Moyle"]]),
    (("Patrick Moyle runs the bakery on Elm Street.", "Pat Moyle said she would open a second shop next spring."),
     [["Pat Moyle"], ["Patrick Moyle"]]),
])
def test_short_form_in_an_article(paragraphs: tuple[str, ...], people: list[list[str]]) -> None:
    article = Article(name="t", paragraphs=tuple(Paragraph(p) for p in paragraphs))
    found = [sorted({a.name, *a.aliases}) for a in extract_actors(article) if a.type == "person"]
    assert sorted(found) == people
