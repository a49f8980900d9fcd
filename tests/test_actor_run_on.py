"""Names NER ran on into a word before them: an owner's possessive, a plural of people, a participle, a role noun."""

import pytest

from briefgen.extract.actor_names import strip_demonyms, trim_name


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

