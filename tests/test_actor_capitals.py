"""A capital read as its state's government (TYPE_RULES state.capital-as-government), and where it stays a city."""

from __future__ import annotations

import pytest

from briefgen.extract.actor_types import Candidate, type_of


def _outcome(name: str, text: str, places: tuple[str, ...] = ()) -> str:
    outcome, _rule = type_of(Candidate(name, "place", text, text.index(name), 2, places=frozenset(places)))
    return outcome


@pytest.mark.parametrize("name, text, places, outcome", [
    ("Washington", "Officials fear that Washington might pursue a narrow deal.", (), "state"),
    ("Moscow", "Moscow denied the report on Friday.", (), "state"),
    # the city: after a preposition of place, its state or its own suffix after it, a noun it modifies
    ("Washington", "Netanyahu had rushed to Washington on Monday.", (), "place"),
    ("Washington", "The team arrived in Washington D.C. after many difficulties.", (), "place"),
    ("Washington", "Their plane reached Washington D.C. late.", (), "place"),
    ("Washington", "The museum in Seattle, Washington was proposed.", ("Seattle",), "place"),
    ("Paris", "Fear grew after the Paris attacks in November.", (), "place"),
    ("Paris", "Nearly 200 countries signed the Paris agreement.", (), "place"),
    ("Washington", "James Hamilton, the Washington lawyer leading the search, said so.", (), "place"),
])
def test_capital_as_government(name: str, text: str, places: tuple[str, ...], outcome: str) -> None:
    assert _outcome(name, text, places) == outcome
