"""Key quotes join the group of the one speaker a later description or a document stands for (site_quotes)."""

from __future__ import annotations

from typing import Any

import pytest

import briefgen
from briefgen.site import quote_groups
from briefgen.site_quotes import RULES, description_head, group_keys, role_head


def q(speaker: str | None, key: str | None = None, role: str | None = None, text: str = "x") -> dict[str, Any]:
    return {"text": text, "speaker": speaker, "role": role, "speaker_key": key}


@pytest.mark.parametrize("speaker, head", [
    ("one tax lawyer", "lawyer"),
    ("the lawyer", "lawyer"),
    ("the Emmy-winning \"Lost\" writer", "writer"),
    ("a memo from the finance ministry", "memo"),
    ("the singer and guitarist", "singer"),
    ("the lawyer's office", None),  # a possessive: the office, not the lawyer
    ("the Daily Courier", None),  # a name
    ("Maria Lopez", None),
])
def test_description_head(speaker: str, head: str | None) -> None:
    assert description_head(speaker) == head


@pytest.mark.parametrize("role, head", [
    ("founding member", "member"),
    ("Director, Acme Capital", "director"),
    ("a chemist at the state university", "chemist"),
    ("Mayor", "mayor"),
    ("of the Tribune", None),
])
def test_role_head(role: str, head: str | None) -> None:
    assert role_head(role) == head


# (rule, the article's quotes in order, actors, the group each quote joins)
CASES = [
    ("definite-description-of-one-earlier-speaker",
     [q("one tax lawyer", "one-tax-lawyer"), q("the lawyer", "lawyer")], [],
     ["one-tax-lawyer", "one-tax-lawyer"]),
    ("definite-description-of-one-earlier-speaker: a role",
     [q("Okafor", "ada-okafor", "a chemist at the state university"), q("the chemist", "chemist")], [],
     ["ada-okafor", "ada-okafor"]),
    ("definite-description-of-one-earlier-speaker: the actor's role",
     [q("Okafor", "ada-okafor"), q("the chemist", "chemist")],
     [{"key": "ada-okafor", "name": "Ada Okafor", "role": "chemist"}],
     ["ada-okafor", "ada-okafor"]),
    ("definite-description-of-one-earlier-speaker: a modifier",
     [q("the pilot", "pilot"), q("the veteran pilot", "veteran-pilot")], [],
     ["pilot", "pilot"]),
    ("no join: two earlier speakers of that head",
     [q("one tax lawyer", "one-tax-lawyer"), q("Brandt", "ivo-brandt", "lawyer"), q("the lawyer", "lawyer")], [],
     ["one-tax-lawyer", "ivo-brandt", "lawyer"]),
    ("no join: an actor not quoted bears that role too",
     [q("one tax lawyer", "one-tax-lawyer"), q("the lawyer", "lawyer")],
     [{"key": "ivo-brandt", "name": "Ivo Brandt", "role": "defence lawyer"}],
     ["one-tax-lawyer", "lawyer"]),
    ("no join: the description comes first",
     [q("the lawyer", "lawyer"), q("one tax lawyer", "one-tax-lawyer")], [],
     ["lawyer", "one-tax-lawyer"]),
    ("no join: an indefinite description is someone new",
     [q("one tax lawyer", "one-tax-lawyer"), q("a lawyer", "a-lawyer")], [],
     ["one-tax-lawyer", "a-lawyer"]),
    ("no join: another head",
     [q("one tax lawyer", "one-tax-lawyer"), q("the judge", "judge")], [],
     ["one-tax-lawyer", "judge"]),
    ("no join: an actor not quoted bears that title written short",
     [q("Okafor", "ada-okafor", "senator"), q("the senator", "senator")],
     [{"key": "ivo-brandt", "name": "Ivo Brandt", "role": "Sen."}],
     ["ada-okafor", "senator"]),
    ("no join: a former holder is not the holder",
     [q("Okafor", "ada-okafor", "former mayor"), q("the mayor", "mayor")], [],
     ["ada-okafor", "mayor"]),
    ("definite-description-of-one-earlier-speaker: former and former",
     [q("Okafor", "ada-okafor", "former mayor of the town"), q("the former mayor", "former-mayor")], [],
     ["ada-okafor", "ada-okafor"]),
    ("definite-description-of-one-earlier-speaker: a title written short",
     [q("Okafor", "ada-okafor", "Gov."), q("the governor", "governor")], [],
     ["ada-okafor", "ada-okafor"]),
    ("document-speaks-for-owner",
     [q("a memo from Harbor Freight Lines", "a-memo-from-harbor-freight-lines"),
      q("Harbor Freight Lines", "harbor-freight-lines")], [],
     ["harbor-freight-lines", "harbor-freight-lines"]),
    ("document-speaks-for-owner: the owner's actor by another name",
     [q("a statement by Okafor", "a-statement-by-okafor"), q("Ada Okafor", "ada-okafor")],
     [{"key": "ada-okafor", "name": "Ada Okafor", "aliases": ["Okafor"], "role": None}],
     ["ada-okafor", "ada-okafor"]),
    ("no join: the owner is not quoted",
     [q("a memo from Harbor Freight Lines", "a-memo-from-harbor-freight-lines"), q("Brandt", "ivo-brandt")], [],
     ["a-memo-from-harbor-freight-lines", "ivo-brandt"]),
]


@pytest.mark.parametrize("name, quotes, actors, keys", CASES, ids=[c[0] for c in CASES])
def test_group_keys(name: str, quotes: list[dict[str, Any]], actors: list[dict[str, Any]], keys: list[str]) -> None:
    found = group_keys(quotes, actors)
    assert [k for k, _ in found] == keys
    rules = {r for _, r in found if r}
    assert rules <= set(RULES) and (rules == {name.split(":")[0]} if not name.startswith("no join") else not rules)


def test_joined_groups_are_headed_by_a_quote_of_their_own_speaker() -> None:
    quotes = [q("a memo from Harbor Freight Lines", "a-memo-from-harbor-freight-lines", text="a"),
              q("Brandt", "ivo-brandt", "driver", text="b"),
              q("Harbor Freight Lines", "harbor-freight-lines", text="c"),
              q("the driver", "driver", text="d")]
    actors = [{"key": "ivo-brandt", "name": "Ivo Brandt", "role": "driver"}]
    groups = quote_groups(quotes, actors)
    assert [(g["speaker"], g["role"], [x["text"] for x in g["quotes"]]) for g in groups] == [
        ("Harbor Freight Lines", None, ["a", "c"]), ("Ivo Brandt", "driver", ["b", "d"])]


def test_an_earlier_quote_off_the_page_still_names_the_speaker() -> None:
    article = [q("one tax lawyer", "one-tax-lawyer", text="a"), q("Brandt", "ivo-brandt", text="b"),
               q("one tax lawyer", "one-tax-lawyer", text="c"), q("the lawyer", "lawyer", text="d")]
    shown = [article[1], article[2], article[3]]  # the page's key quotes
    groups = quote_groups(shown, [], article)
    assert [(g["speaker"], [x["text"] for x in g["quotes"]]) for g in groups] == [
        ("Brandt", ["b"]), ("one tax lawyer", ["c", "d"])]


def test_a_description_alone_on_the_page_is_headed_by_the_actor_it_names() -> None:
    article = [q("Okafor", "ada-okafor", "a chemist at the state university", text="a"), q("the chemist", "chemist", text="b")]
    actors = [{"key": "ada-okafor", "name": "Ada Okafor", "role": "chemist"}]
    groups = quote_groups([article[1]], actors, article)
    assert [(g["speaker"], g["role"], [x["text"] for x in g["quotes"]]) for g in groups] == [("Ada Okafor", "chemist", ["b"])]


@pytest.mark.parametrize("paragraphs, joined", [
    (["One pilot told us the runway was iced over.", "The pilot said the tower had warned them."], True),
    (["One pilot told us the runway was iced over.", "A second pilot, who flew in later, saw no ice."], False),
    (["One pilot told us the runway was iced over.", "She has been a pilot for a decade and is a careful pilot."],
     True),  # what someone is ("is a careful pilot") introduces no one
    (["One pilot told us the runway was iced over.", "It was a question for the pilot."], True),
])
def test_a_second_person_introduced_by_the_noun_leaves_the_description_open(paragraphs: list[str], joined: bool) -> None:
    quotes = [q("one pilot", "one-pilot"), q("the pilot", "pilot")]
    assert group_keys(quotes, [], paragraphs)[1][0] == ("one-pilot" if joined else "pilot")


OKAFOR = {"key": "ada-okafor", "name": "Ada Okafor", "aliases": ["Okafor"], "type": "person", "role": None}
BRANDT = {"key": "ivo-brandt", "name": "Ivo Brandt", "aliases": ["Brandt"], "type": "person", "role": None}
WON, CLOSE = "We won the grant on the last day", "It was closer than anyone thought"


@pytest.mark.parametrize("name, paragraphs, before, actors, joined", [
    ("the next paragraph", [f'"{WON}," Okafor said.', f'"{CLOSE}," said the chemist.'], q("Okafor", "ada-okafor", text=WON),
     [OKAFOR], True),
    ("the same paragraph", [f'"{WON}," Okafor said. "{CLOSE}," the chemist added.'],
     q("Okafor", "ada-okafor", text=WON), [OKAFOR], True),
    ("no join: another person named in between",
     [f'"{WON}," Okafor said.', f'Brandt was not so sure. "{CLOSE}," said the chemist.'],
     q("Okafor", "ada-okafor", text=WON), [OKAFOR, BRANDT], False),
    ("no join: another person named after the last speaker's quote",
     [f'"{WON}," Okafor said, and Brandt nodded.', f'"{CLOSE}," said the chemist.'],
     q("Okafor", "ada-okafor", text=WON), [OKAFOR, BRANDT], False),
    ("no join: a paragraph in between",
     [f'"{WON}," Okafor said.', "The laboratory opened in May.", f'"{CLOSE}," said the chemist.'],
     q("Okafor", "ada-okafor", text=WON), [OKAFOR], False),
    ("no join: the last speaker has a post of their own",
     [f'"{WON}," Okafor said.', f'"{CLOSE}," said the chemist.'], q("Okafor", "ada-okafor", "mayor", text=WON),
     [OKAFOR], False),
    ("no join: the last speaker is no person",
     [f'"{WON}," Okafor said.', f'"{CLOSE}," said the chemist.'], q("Okafor", "ada-okafor", text=WON),
     [{**OKAFOR, "type": "organization"}], False),
    ("no join: someone is introduced by the noun",
     [f'"{WON}," Okafor said while a chemist from the city looked on.', f'"{CLOSE}," said the chemist.'],
     q("Okafor", "ada-okafor", text=WON), [OKAFOR], False),
])
def test_definite_description_of_the_last_speaker(name: str, paragraphs: list[str], before: dict[str, Any],
                                                  actors: list[dict[str, Any]], joined: bool) -> None:
    quotes = [before, q("the chemist", "chemist", text=CLOSE)]
    found = group_keys(quotes, actors, paragraphs)
    expected = ("ada-okafor", "definite-description-of-the-last-speaker") if joined else ("chemist", None)
    assert found[1] == expected


@pytest.mark.parametrize("description", ["the chemists", "the campaign", "the statement", "the building"])
def test_the_last_speaker_is_taken_up_only_by_one_persons_post(description: str) -> None:
    # a plural, a body or a document that speaks, a thing: no description of the one person quoted before
    quotes = [q("Okafor", "ada-okafor", text=WON), q(description, description.replace(" ", "-"), text=CLOSE)]
    paragraphs = [f'"{WON}," Okafor said.', f'"{CLOSE}," said {description}.']
    assert group_keys(quotes, [OKAFOR], paragraphs)[1] == (description.replace(" ", "-"), None)


@pytest.mark.parametrize("paragraph, joined", [
    (2, True),      # the index the briefing carries: the quote Okafor said right before the chemist's
    (None, False),  # data without it: the first paragraph holding the words, three paragraphs back
])
def test_the_last_speakers_paragraph_is_the_one_its_index_names(paragraph: int | None, joined: bool) -> None:
    paragraphs = [f'Supporters chanted "{WON}" on Monday.', "The laboratory opened in May.", f'"{WON}," Okafor said.',
                  f'"{CLOSE}," said the chemist.']
    before = {**q("Okafor", "ada-okafor", text=WON), **({} if paragraph is None else {"paragraph": paragraph})}
    quotes = [before, q("the chemist", "chemist", text=CLOSE) | {"paragraph": 3}]
    expected = ("ada-okafor", "definite-description-of-the-last-speaker") if joined else ("chemist", None)
    assert group_keys(quotes, [OKAFOR], paragraphs)[1] == expected


def test_a_briefings_quotes_carry_their_paragraph() -> None:
    text = ("The harbour board met on Monday to vote on the new pier.\n\n"
            "Nobody spoke for an hour.\n\n"
            '"We will rebuild the pier by May," said Ilse Marten, the board\'s chair.')
    data = briefgen.analyze(text, name="pier.txt").to_dict()
    assert [(q["text"], q["paragraph"]) for q in data["quotes"]] == [("We will rebuild the pier by May,", 2)]
    assert "We will rebuild the pier by May," in data["body"][2]
