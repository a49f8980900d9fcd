"""A post written in brackets after a person's name is the actor's role (actor_titles.bracketed_post_after)."""

import pytest

from briefgen.extract.actor_titles import bracketed_post_after, post_after
from briefgen.extract.actors import extract_actors
from briefgen.model import Article, Paragraph


@pytest.mark.parametrize("text, name, post", [
    ("The note was signed by Walter Brandt (Vice President) on Monday.", "Walter Brandt", "Vice President"),
    ("Nadia Okoro (Speaker of the Assembly) opened the session.", "Nadia Okoro", "Speaker of the Assembly"),
    ("On stage were Priya Raman (CEO, Fernwood Labs) and two guests.", "Priya Raman", "CEO, Fernwood Labs"),
    ("Hugo Marsh (deputy mayor) cut the ribbon.", "Hugo Marsh", "deputy mayor"),
    ("Lena Voss (former Chief Financial Officer of Brightmoor) testified.", "Lena Voss",
     "former Chief Financial Officer of Brightmoor"),
    ("Carlos Ibarra (Senate Minority Leader) voted no.", "Carlos Ibarra", "Senate Minority Leader"),
])
def test_a_post_in_brackets_is_read(text, name, post):
    assert bracketed_post_after(text, text.index(name) + len(name)) == post


@pytest.mark.parametrize("text, name", [
    ("Sen. Dana Whitlow (R-Kansas) objected.", "Dana Whitlow"),             # a party label
    ("Tobias (Toby) Renner joined the board.", "Tobias"),                   # a nickname
    ("Keanu Falk (junior) won the state title.", "Keanu Falk"),             # a class year
    ("Mira Dunn (45) was arrested.", "Mira Dunn"),                          # an age
    ("Omar Bell (who was then president) left early.", "Omar Bell"),        # words of a sentence
    ("Rosa Kemp (officials said) would resign.", "Rosa Kemp"),              # a plural, and a verb
    ("Ivy Stone (Republican) won the seat.", "Ivy Stone"),                  # a party alone names no post
    ("Ada Lutz (police) was named.", "Ada Lutz"),                            # an office, not its holder
    ("Ben Ortiz, (left) smiled.", "Ben Ortiz"),                              # no bracket right after the name
])
def test_other_brackets_give_no_post(text, name):
    assert bracketed_post_after(text, text.index(name) + len(name)) is None


def test_the_post_becomes_the_actors_role():
    paragraphs = ("The letter was signed by Joe Biden (Vice President) and Mitch McConnell (Senate Majority Leader).",
                  "Biden said the plan was sound.")
    actors = {a.name: a for a in extract_actors(Article(name="t", paragraphs=tuple(Paragraph(p) for p in paragraphs)))}
    assert actors["Joe Biden"].role == "Vice President"
    assert actors["Joe Biden"].aliases == ("Biden",)
    assert actors["Mitch McConnell"].role == "Senate Majority Leader"


@pytest.mark.parametrize("text, name, post", [
    ("Walter Brandt, an adviser to the mayor, spoke first.", "Walter Brandt", "an adviser to the mayor"),
    ("The note was signed by Walter Brandt (Vice President) on Monday.", "Walter Brandt", "Vice President"),
    ("Mira Dunn (45) was arrested.", "Mira Dunn", None),
    ("Hugo Marsh cut the ribbon.", "Hugo Marsh", None),
])
def test_post_after_reads_an_apposition_else_a_bracketed_post(text, name, post):
    assert post_after(text, text.index(name) + len(name)) == post
