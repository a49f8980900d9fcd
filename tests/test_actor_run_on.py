"""Names NER ran on into a word before them: an owner's possessive, a plural of people, a participle, a role noun."""

import pytest

from briefgen.extract.actor_names import join_split_names, strip_demonyms, trim_name
from briefgen.extract.nlp import Entity


@pytest.mark.parametrize(
    ("raw", "kind", "name"),
    [
        ("Fox News’ Sean Hannity", "organization", "Sean Hannity"),  # a plural's apostrophe before a given name
        ("CNN’s Wolf Blitzer", "organization", "Wolf Blitzer"),
        ("Rubio’s Miami", "place", "Miami"),  # a place's owner
        ("That’s Jeb Bush", "person", "Jeb Bush"),  # a contraction run on
        ("Texans Ted Cruz", "person", "Ted Cruz"),  # a plural of people
        ("Asserting Hillary Clinton", "person", "Hillary Clinton"),  # a participle opening the sentence
        # negatives: one name, kept whole
        ("Bond Traders' Association", "organization", "Bond Traders' Association"),
        ("African Nations' Cup", "organization", "African Nations' Cup"),
        ("St. Mary's Hospital", "place", "St. Mary's Hospital"),
        ("Sterling Brown", "person", "Sterling Brown"),  # a given name ending in -ing
        ("Evans", "person", "Evans"),
        ("Ted Cruz", "person", "Ted Cruz"),
    ],
)
def test_trim_name_drops_what_ran_into_a_name(raw: str, kind: str, name: str) -> None:
    assert trim_name(raw, kind) == name


@pytest.mark.parametrize(
    ("raw", "name"),
    [
        ("Moderator Hugh Hewitt", "Hugh Hewitt"),
        ("Host Maria Bartiromo", "Maria Bartiromo"),
        ("Moderator Hewitt", "Moderator Hewitt"),  # no given name after it: left to the title tables
        ("Mason Crosby", "Mason Crosby"),  # no role noun
    ],
)
def test_a_capitalised_role_noun_before_a_given_name_is_no_part_of_the_name(raw: str, name: str) -> None:
    assert strip_demonyms(raw) == name



@pytest.mark.parametrize(
    ("raw", "kind", "name"),
    [
        ("Euro- NATO", "organization", "NATO"),  # a hyphen's fragment left before a name
        ("Scientology on French", "organization", "Scientology"),  # "… on French television"
        ("Church in Russian", "organization", "Church"),
        # negatives
        ("Council on Foreign Relations", "organization", "Council on Foreign Relations"),
        ("Anglo-French", "organization", "Anglo-French"),
        ("Office for National", "organization", "Office for National"),  # 'National' is no demonym
    ],
)
def test_trim_name_drops_fragments(raw: str, kind: str, name: str) -> None:
    assert trim_name(raw, kind) == name


@pytest.mark.parametrize(
    ("text", "name", "parts"),
    [
        # a post of the body before it, then its speaker
        ("Executive director of the Council on American-Islamic Relations Alia Salem said he was proud.",
         "the Council on American-Islamic Relations Alia Salem",
         [("the Council on American-Islamic Relations", "ORG"), ("Alia Salem", "PERSON")]),
        # a known given name
        ("A member of the Campaign for Nuclear Disarmament Sarah Jones said it was wrong.",
         "the Campaign for Nuclear Disarmament Sarah Jones",
         [("the Campaign for Nuclear Disarmament", "ORG"), ("Sarah Jones", "PERSON")]),
        # negatives: one body's name
        ("A spokesman for the Iraqi National Congress said talks failed.", "the Iraqi National Congress",
         [("the Iraqi National Congress", "ORG")]),
        ("The Council on American-Islamic Relations Alia Salem Center was closed.",
         "The Council on American-Islamic Relations Alia Salem Center",
         [("The Council on American-Islamic Relations Alia Salem Center", "ORG")]),
        ("Staff of the Council on American-Islamic Relations Alia Salem met on Monday.",
         "the Council on American-Islamic Relations Alia Salem",
         [("the Council on American-Islamic Relations Alia Salem", "ORG")]),  # no speech verb after it
    ],
)
def test_a_speaker_run_into_a_body_is_split(text: str, name: str, parts: list[tuple[str, str]]) -> None:
    start = text.index(name)
    got = join_split_names(text, [Entity(name, "ORG", start, start + len(name))])
    assert [(e.text, e.label_) for e in got] == parts
