"""One person written with and without a full middle name, or with a given name's doubled letter written once, is one
actor (actor_name_forms.SAME_PERSON_RULES, actor_merge); two people whose names only look alike stay two."""

from __future__ import annotations

import pytest

from briefgen.extract.actor_merge import Mention, cluster_mentions
from briefgen.extract.actor_name_forms import (parent_and_child_by_middle_name, same_person_rule, single_letters,
                                               without_middle_names)
from briefgen.extract.actors import extract_actors
from briefgen.model import Article, Paragraph
from ner_helpers import entities


def _people(*names: str) -> list[list[str]]:
    mentions = [Mention(n, "person", i, 0) for i, n in enumerate(names)]
    return sorted(sorted(c.forms) for c in cluster_mentions(mentions, set()))


@pytest.mark.parametrize("name, plain", [
    ("Marta Okonkwo Vell", "Marta Vell"),
    ("Marta Okonkwo Vell Jr.", "Marta Vell"),
    ("Ivor Dunmore Kettleby Prust", "Ivor Prust"),
    # negatives: an initial in the middle (without_middle_initial's), a known given name in the middle (a son named
    # for his father: "John Quincy Adams"-like), two words, initials first, a figure
    ("Marta O. Vell", None),
    ("Ivor Herbert Prust", None),
    ("Marta Vell", None),
    ("M. Okonkwo Vell", None),
    ("Marta 2nd Vell", None),
])
def test_without_middle_names(name: str, plain: str | None) -> None:
    assert without_middle_names(name) == plain


@pytest.mark.parametrize("word, single", [("Hollis", "Holis"), ("Annabelle", "Anabele"), ("Marta", "Marta")])
def test_single_letters(word: str, single: str) -> None:
    assert single_letters(word) == single


@pytest.mark.parametrize("a, b, rule", [
    ("Marta Okonkwo Vell", "Marta Vell", "middle-names"),
    ("Marta Vell", "Marta Okonkwo Vell", "middle-names"),
    ("Hollis Brandt", "Holis Brandt", "doubled-letter"),
    ("Jonatan Ekwe", "Jonnatan Ekwe", "doubled-letter"),
    ("Walter G. Pike", "Walter Pike Jr.", "suffix-or-middle-initial"),
    ("B. U. Nzeribe", "Benjamin Nzeribe", "initials"),
    # negatives: another letter apart (a brother and sister, a couple), a letter added that doubles nothing, another
    # surname, a given name in the middle, a son's suffix on one only, two suffixes, the same form
    ("Dario Vell", "Daria Vell", None),
    ("Paulo Vell", "Paula Vell", None),
    ("Jorge Vell", "Jorgen Vell", None),
    ("Hollis Brandt", "Holis Brant", None),
    ("Ivor Herbert Prust", "Ivor Prust", None),
    ("Marta Okonkwo Vell", "Marta Vell Jr.", None),
    ("Hollis Brandt Jr.", "Holis Brandt", None),
    ("Marta Okonkwo Vell", "Marta Kemi Vell", None),
    ("Marta Vell", "Marta Vell", None),
])
def test_same_person_rule(a: str, b: str, rule: str | None) -> None:
    assert same_person_rule(a, b) == rule


@pytest.mark.parametrize("names, clusters", [
    # the full middle name joins the name without it, either first; then the bare surname has one person to join
    (("Marta Okonkwo Vell", "Marta Vell", "Vell"), [["Marta Okonkwo Vell", "Marta Vell", "Vell"]]),
    (("Marta Vell", "Marta Okonkwo Vell"), [["Marta Okonkwo Vell", "Marta Vell"]]),
    # a misspelt given name joins the right one
    (("Hollis Brandt", "Holis Brandt", "Brandt"), [["Brandt", "Holis Brandt", "Hollis Brandt"]]),
    # negatives: two middle names (two people may be meant: neither joins), a brother and sister, a son
    (("Marta Okonkwo Vell", "Marta Kemi Vell", "Marta Vell"),
     [["Marta Kemi Vell"], ["Marta Okonkwo Vell"], ["Marta Vell"]]),
    (("Dario Vell", "Daria Vell"), [["Daria Vell"], ["Dario Vell"]]),
    (("Hollis Brandt Jr.", "Holis Brandt"), [["Holis Brandt"], ["Hollis Brandt Jr."]]),
])
def test_one_person_by_middle_name_or_spelling(names: tuple[str, ...], clusters: list[list[str]]) -> None:
    assert _people(*names) == clusters


def test_article_with_middle_name_and_misspelling() -> None:
    text = ("Marta Okonkwo Vell opened the plant. Later Marta Vell and Holis Brandt toured it, "
            "and Hollis Brandt said Vell was pleased.")
    spans = (("Marta Okonkwo Vell", "PERSON"), ("Marta Vell", "PERSON"), ("Holis Brandt", "PERSON"),
             ("Hollis Brandt", "PERSON"), ("Vell", "PERSON"))
    found = extract_actors(Article(name="t", paragraphs=(Paragraph(text),)), entities=[entities(text, spans)])
    assert sorted((a.name, a.mentions) for a in found) == [("Hollis Brandt", 2), ("Marta Okonkwo Vell", 3)]


@pytest.mark.parametrize("a, b, kin, apart", [
    # the article calls either the father or son of someone: a son named after his father, two people
    ("Ivor Dunmore Prust", "Ivor Prust", {"Ivor Prust"}, True),
    ("Ivor Prust", "Ivor Dunmore Prust", {"Ivor Dunmore Prust"}, True),
    # negatives: no one named as kin, kin of another name, names the middle-names rule does not join
    ("Ivor Dunmore Prust", "Ivor Prust", set(), False),
    ("Ivor Dunmore Prust", "Ivor Prust", {"Hollis Prust"}, False),
    ("Ivor D. Prust", "Ivor Prust", {"Ivor Prust"}, False),
])
def test_parent_and_child_by_middle_name(a: str, b: str, kin: set[str], apart: bool) -> None:
    assert parent_and_child_by_middle_name(a, b, frozenset(kin)) is apart


@pytest.mark.parametrize("text, spans, people", [
    # "his father, …", "…'s son …": the name without the middle name is another man
    ("Ivor Dunmore Prust became mayor in 1990. His father, Ivor Prust, had run the town's only newspaper.",
     ("Ivor Dunmore Prust", "Ivor Prust"), [["Ivor Dunmore Prust"], ["Ivor Prust"]]),
    ("Ivor Prust ran the newspaper for forty years. Ivor Prust's son, Ivor Dunmore Prust, became mayor in 1990.",
     ("Ivor Prust", "Ivor Prust", "Ivor Dunmore Prust"), [["Ivor Dunmore Prust"], ["Ivor Prust"]]),
    # no kin named: one man (and a mother named: a woman's middle name is most often her own family name)
    ("Ivor Dunmore Prust became mayor in 1990. Ivor Prust later ran for governor.",
     ("Ivor Dunmore Prust", "Ivor Prust"), [["Ivor Dunmore Prust", "Ivor Prust"]]),
    ("Chiara Okonkwo Vell spoke first. Her son's mother, Chiara Vell, later said the plan would fail.",
     ("Chiara Okonkwo Vell", "Chiara Vell"), [["Chiara Okonkwo Vell", "Chiara Vell"]]),
])
def test_son_named_by_middle_name_is_apart(text: str, spans: tuple[str, ...], people: list[list[str]]) -> None:
    ents = entities(text, tuple((s, "PERSON") for s in spans))
    found = extract_actors(Article(name="t", paragraphs=(Paragraph(text),)), entities=[ents])
    assert sorted(sorted({a.name, *a.aliases}) for a in found if a.type == "person") == people
