"""Open questions: where the article names its actors (question_mentions), and the names it says with "the"."""

from __future__ import annotations

import pytest

from briefgen.extract.question_mentions import (definite_names, is_family, mentions, pronoun_without_person,
                                                said_with_the, unnamed_possessives)
from briefgen.model import Actor


@pytest.mark.parametrize(("text", "actor", "definite"), [
    ("The Supreme Court heard the case. Lawyers told the Supreme Court that …", Actor(name="Supreme Court",
                                                                                   type="organization"), True),
    ("Acme said. The shares of Acme rose.", Actor(name="Acme", type="organization"), False),
    # a name before a noun is the noun's modifier: its "the" is the noun's
    ("The New Zealand government announced a process.", Actor(name="New Zealand", type="state"), False),
    ("The New Zealand government met. New Zealand's flag is old.", Actor(name="New Zealand", type="state"), False),
    # a person's name takes "the" only when it is a title
    ("The Queen is expected to return. The Queen said …", Actor(name="Queen", type="person"), True),
    ("The Donald Trump campaign said. The Donald Trump team is …", Actor(name="Donald Trump", type="person"), False),
    # a family ("the Clintons") keeps it, though its actor is a person
    ("Clinton spoke. The Clintons have known him for years; the Clintons stayed.", Actor(name="Clintons", type="person"),
     True),
])
def test_definite_names(text: str, actor: Actor, definite: bool) -> None:
    assert (actor.name in definite_names(text, (actor,))) is definite


def test_mentions_give_kind_and_the_sex_a_title_tells() -> None:
    text = "Prince George was born. George is third in line."
    found = mentions(text, (Actor(name="George", type="person"), Actor(name="Acme", type="organization")))
    assert [(m.offset, m.name, m.kind, m.gender) for m in found] == [(7, "George", "person", "male"),
                                                                     (24, "George", "person", "male")]


@pytest.mark.parametrize(("name", "text", "family"), [
    ("Clintons", "Hillary Clinton spoke. He has known the Clintons for decades.", True),
    ("Obamas", "Mr. Obama left. The Obamas cut back the ritual.", True),
    # no singular of it in the text, mostly without "the", more than one word, or "-ss"
    ("Clintons", "He has known the Clintons for decades.", False),
    ("Rogers", "Rogers said Roger had left. Rogers added that …", False),
    ("Bill Clintons", "Bill Clinton met the Bill Clintons.", False),
    ("Ross", "Ros met the Ross.", False),
])
def test_is_family(name: str, text: str, family: bool) -> None:
    assert is_family(name, text) is family


@pytest.mark.parametrize(("name", "text", "said"), [
    # "the" with up to two modifiers between it and the name
    ("Arab American Institute", "He heads the D.C.-based Arab American Institute, which said …", True),
    ("National Democratic Party", "It is resisted by the extremist National Democratic Party, which …", True),
    ("Acme", "Acme said. The shares of Acme rose. The Acme plant is new.", False),
    # only a modifier: nothing to count
    ("New Zealand", "The New Zealand government met.", False),
])
def test_said_with_the(name: str, text: str, said: bool) -> None:
    assert said_with_the(name, text) is said


@pytest.mark.parametrize(("question", "without"), [
    # a he/she/his/her with no word before it that could be its person
    ("Was the panel created to hurt her political prospects?", True),
    ("Will the team replicate that success each time he scores a big win?", True),
    ("Will a loss in either state knock her out of the race?", True),
    # a name, a person or role noun, an agent noun or an age may be its person
    ("Will Tom Ray keep his seat?", False),
    ("Will the former president need to update his approach?", False),
    ("Was each skater honing her own specialty?", False),
    ("Does the 34-year-old throw his hands?", False),
    ("Will the bill pass?", False),
])
def test_pronoun_without_person(question: str, without: bool) -> None:
    assert pronoun_without_person(question) is without


@pytest.mark.parametrize(("question", "mended"), [
    # a possessive no word before it can own becomes "the" (as question_rules.stray_possessives does for its/their)
    ("What happens if his departure signals a change in strategy?", "What happens if the departure signals a change in "
     "strategy?"),
    # a subject or object pronoun, or "her own", cannot be mended: no question
    ("Will air strikes continue if he does not stop building weapons?", None),
    ("Will a new platform help her defeat the governor?", None),
    ("Was the skating her own idea?", None),
    # a person before it owns it
    ("Will the king revoke his order?", "Will the king revoke his order?"),
])
def test_unnamed_possessives(question: str, mended: str | None) -> None:
    assert unnamed_possessives(question) == mended
