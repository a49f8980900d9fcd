"""A place the article names, then a capitalised plural, is a team ('Leeds Rhinos'), not a person."""

import pytest

from briefgen.extract.actor_types import Candidate, type_of


@pytest.mark.parametrize(
    ("name", "places", "kind"),
    [
        ("Leeds Rhinos", frozenset({"Leeds"}), "organization"),
        ("Wigan Warriors", frozenset({"Wigan", "Leeds"}), "organization"),
        # negatives: a given name first, or no place the article names, or a surname's plural shape
        ("Leeds Harriers", frozenset(), "person"),  # ("Leeds Rhinos" is a team by its nickname: test_actor_teams)
        ("Paul Adams", frozenset({"Paul"}), "person"),
        ("Sydney Williams", frozenset({"Sydney"}), "person"),
    ],
)
def test_place_then_plural_is_a_team(name: str, places: frozenset[str], kind: str) -> None:
    text = f"They watched {name} play."
    c = Candidate(name, "person", text, text.index(name), 1, places=places)
    assert type_of(c)[0] == kind
