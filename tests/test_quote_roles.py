"""A speaker quoted without a role takes the role the narration gives the same person (quote_roles)."""

from __future__ import annotations

import pytest

from briefgen.extract.quotes import extract_quotes

QUOTE = '"We will reopen the east wing before the summer," {who} said.'


@pytest.mark.parametrize("narration, who, role", [
    # the subject with an apposition
    ("Marta Ilves, director of the harbour museum, welcomed the grant on Monday.", "Ilves",
     "director of the harbour museum"),
    # a role set off before the name, in a sentence that reports speech
    ("The council's lawyer, Tomas Brandt, said in a letter that the roof was sound.", "Brandt",
     "The council's lawyer"),
    # a relative clause after the post is no part of it
    ("Oona Keel, a carpenter who restored the old pier, praised the plan.", "Keel", "a carpenter"),
    # the full name quoted
    ("Marta Ilves, director of the harbour museum, welcomed the grant on Monday.", "Marta Ilves",
     "director of the harbour museum"),
    # title: a post run up to the name of a speech verb's subject
    ("Harbour board chair Ilse Marten said on Monday that the pier would reopen.", "Marten", "Harbour board chair"),
    ("Rovers coach Piet Olde told reporters the squad was tired.", "Olde", "Rovers coach"),
    # closing-attribution: the post after or before the name that closes the sentence
    ("The pier will reopen in May, said Ilse Marten, the harbour board's chair.", "Marten", "the harbour board's chair"),
    ("The pier will reopen in May, said harbour board chair Ilse Marten.", "Marten", "harbour board chair"),
    # copula
    ("Marten is the chair of the harbour board.", "Marten", "the chair of the harbour board"),
    ("Ilse Marten was a ferry captain for twenty years.", "Marten", "a ferry captain for twenty years"),
    # titled: a role ending in a title run up to the name of any verb's subject
    ("Later, Harbour Gov. Ilse Marten opened the new pier.", "Marten", "Harbour Gov."),
    ("Harbour Board President Ilse Marten opened the new pier.", "Marten", "Harbour Board President"),
    # a post's head noun a reader left on the name goes back to the post
    ("Police Superintendent Ilse Marten said the pier was safe.", "Marten", "Police Superintendent"),
    # the head comes before "to" or "on" ("adviser", not "campaign" or "board": no person's nouns)
    ("Tomas Brandt, a senior adviser to the Keel campaign, welcomed the grant.", "Brandt",
     "a senior adviser to the Keel campaign"),
    ("Tomas Brandt, an expert on harbour safety, welcomed the grant.", "Brandt", "an expert on harbour safety"),
    # according: the source "according to" names, its role after, before or run up to the name
    ("The pier drew 9,000 visitors, according to Ilse Marten, senior lecturer in design and keeper of the archive.",
     "Marten", "senior lecturer in design and keeper of the archive"),
    ("The pier drew 9,000 visitors, according to curator Ilse Marten.", "Marten", "curator"),
    ("According to Tomas Brandt, a harbour engineer, the tide turned early.", "Brandt", "a harbour engineer"),
    ("The grant was approved in a letter from Harbour Board chair Ilse Marten.", "Marten", "Harbour Board chair"),
])
def test_role_from_narration(narration: str, who: str, role: str) -> None:
    quotes = extract_quotes([narration, QUOTE.format(who=who)])
    assert [(q.speaker, q.role) for q in quotes] == [(who, role)]


@pytest.mark.parametrize("narration, who", [
    # two people share the surname: the quote's may be either
    ("Ada Brandt, the mayor's deputy, opened the session. Her brother Emil Brandt sat in the back.", "Brandt"),
    # an apposition that goes on to other people is a list, not a role
    ("To Keel, his aides and those in attendance, the vote was a relief.", "Keel"),
    # words run up to the name without a comma are no apposition ("rival" is not Keel's post)
    ("Brandt beat rival Keel by nine votes.", "Keel"),
    # not a post: no person's noun heads it
    ("Oona Keel, exhausted after the long night, left early.", "Keel"),
    # a post run up to a name no speech verb makes a speaker
    ("Harbour board chair Oona Keel opened the new pier.", "Keel"),
    # titled: not a title ("Former"), nor a list ("Rival candidates Sen. Keel and Sen. Marten")
    ("Former Oona Keel opened the new pier.", "Keel"),
    ("Rival candidates Sen. Oona Keel and Sen. Ilse Marten opened the new pier.", "Keel"),
    # a form of address is no post, nor is a noun in "-ment"
    ("The Leeds-born, London-made Mr. Keel said he was pleased.", "Keel"),
    ("Keel was the disappointment of the season.", "Keel"),
    # a copula with no article, or denied
    ("Keel is not a pilot.", "Keel"),
    # words a pasted page ran together
    ("Keel And MartenPRESS PHOTOHarbour chair Oona Keel said the pier was safe.", "Keel"),
    # according: no post beside the source's name
    ("The pier drew 9,000 visitors, according to Oona Keel of Leeds.", "Keel"),
    ("According to rival Oona Keel, the tide turned early.", "Keel"),
])
def test_no_role(narration: str, who: str) -> None:
    quotes = extract_quotes([narration, QUOTE.format(who=who)])
    assert [(q.speaker, q.role) for q in quotes] == [(who, None)]


def test_role_given_with_the_quote_stays() -> None:
    paragraphs = ["Marta Ilves, director of the harbour museum, welcomed the grant.",
                  '"We will reopen the east wing," said Ilves, the museum\'s chair.']
    assert [q.role for q in extract_quotes(paragraphs)] == ["the museum's chair"]


@pytest.mark.parametrize("paragraphs, roles", [
    # quoted-with-role: the role a quote's own attribution gives the full name goes to the surname quoted later
    (['"The harbour needs dredging," said Oona Keel, a lawyer at the port authority.',
      '"We lost two days last month," Ms. Keel said.'],
     ["a lawyer at the port authority", "a lawyer at the port authority"]),
    # ... without its relative clause, nor the "and" before one
    (['"The harbour needs dredging," said Oona Keel, a lawyer at the port authority and who sailed for years.',
      '"We lost two days last month," Keel said.'],
     ["a lawyer at the port authority and who sailed for years", "a lawyer at the port authority"]),
    # a narration role comes first
    (['Oona Keel, director of the port authority, opened the session.',
      '"The harbour needs dredging," said Oona Keel, a lawyer.', '"We lost two days last month," Keel said.'],
     ["a lawyer", "director of the port authority"]),
    # two people of that surname: either may be the one quoted
    (['"The harbour needs dredging," said Oona Keel, a lawyer at the port authority.',
      'Her brother, Emil Keel, a ferry captain, disagreed.', '"We lost two days last month," Keel said.'],
     ["a lawyer at the port authority", None]),
])
def test_role_from_another_quote(paragraphs: list[str], roles: list[str | None]) -> None:
    assert [q.role for q in extract_quotes(paragraphs)] == roles


@pytest.mark.parametrize("rule, paragraphs, role", [
    ("a post before the surname is no second given name",
     ["At the launch, Port Administrator Oona Keel announced the new ferries.",
      'Her deputy wrote: "Even Administrator Keel said as much in the meeting."',
      '"We thank all the towns that applied," said Keel.'], "Port Administrator"),
    ("a given name ending like a post is one",
     ["At the launch, Port Administrator Oona Keel announced the new ferries.",
      "Her brother Peter Keel sat in the back.",
      '"We thank all the towns that applied," said Keel.'], None),
])
def test_post_before_surname(rule: str, paragraphs: list[str], role: str | None) -> None:
    assert extract_quotes(paragraphs)[-1].role == role, rule
